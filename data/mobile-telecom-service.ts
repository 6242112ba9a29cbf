// Tele2 and ALTEL are brands of one company, Mobile Telecom-Service LLP (shared/research/operators.md:
// ALTEL is the "same company as Tele2"; both brands still active). For neither did the research find an
// official page on ending a contract, its documents or refunds, so both guides are the general
// procedure, labelled as such: the same steps and lists, which differ only in the brand's name, its
// step ids (progress is stored under them) and its site. Built here once, like data/kcell-jsc.ts for
// Kcell and activ.
import type { OperatorGuide } from './schema';
import { COMPANIES_READ, RESEARCH_READ } from './dates';
import { NOT_FOUND_FOR_EVERYONE, generalSteps, noProcedureSummary, terminationNotFound } from './general';

interface Brand {
  id: 'tele2' | 'altel';
  name: 'Tele2' | 'ALTEL';
  /** The brand's own sites, the first its home page. */
  hosts: readonly [string, ...string[]];
}

/** The guide of one brand of Mobile Telecom-Service; `other` is the company's other brand. */
export function mobileTelecomBrand({ id, name, hosts }: Brand, other: Brand['name']): OperatorGuide {
  const steps = generalSteps(id, name);
  // Neither route has a step of its own: the same steps either way, and the popup offers no choice.
  const route = [steps.prepareId, steps.submit, steps.refund];
  return {
    kind: 'operator',
    id,
    name,
    // News reports, read in their stored copies: Mobile Telecom-Service is "a joint company of Tele2 and ALTEL brand"
    // (Astana Times, 2024); "Tele2 had merged its Kazakh operations … with Altel in March 2016" (The Conway Bulletin,
    // 2019). Neither brand's site was found to say so.
    company: {
      text: {
        en: `Mobile Telecom-Service LLP, one company with ${other} since 2016`,
        ru: `ТОО «Мобайл Телеком-Сервис», с 2016\u00a0года одна компания с ${other}`,
        kk: `«Мобайл Телеком-Сервис» ЖШС, 2016\u00a0жылдан бері ${other}-мен бір компания`,
        'zh-CN': `Mobile Telecom-Service 有限责任公司，自 2016 年起与 ${other} 同属一家公司`,
      },
      sources: [
        'https://astanatimes.com/2024/06/qatar-holding-to-purchase-kazakh-telecommunications-company/',
        'https://thebulletin.news/newsdesk/45727',
      ],
      verified: COMPANIES_READ,
      confidence: 'third-party',
    },
    hosts,
    support: [
      {
        url: `https://${hosts[0]}/`,
        label: {
          en: `${name} website (no page on ending a contract was found)`,
          ru: `Сайт ${name} (страница о расторжении договора не найдена)`,
          kk: `${name} сайты (шартты бұзу туралы бет табылмады)`,
          'zh-CN': `${name} 官网（未找到关于注销的页面）`,
        },
        topics: [],
        verified: RESEARCH_READ,
      },
    ],
    routes: { online: route, office: route },
    ownPrecautions: [steps.settleDebts, steps.balanceRefund],
    notFound: [...terminationNotFound(name), ...NOT_FOUND_FOR_EVERYONE],
    summary: noProcedureSummary(name),
  };
}
