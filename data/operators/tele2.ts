// Tele2 (Mobile Telecom-Service LLP, one company with ALTEL). The research found no official page on
// ending a contract, its documents or refunds, so every step is the general procedure, labelled as such.
import type { OperatorGuide } from '../schema';
import { COMPANIES_READ, RESEARCH_READ } from '../dates';
import { NOT_FOUND_FOR_EVERYONE, generalSteps, noProcedureSummary, terminationNotFound } from '../general';

const steps = generalSteps('tele2', 'Tele2');

export const tele2: OperatorGuide = {
  kind: 'operator',
  id: 'tele2',
  name: 'Tele2',
  // News reports, read in their stored copies: Mobile Telecom-Service is "a joint company of Tele2 and ALTEL brand"
  // (Astana Times, 2024); "Tele2 had merged its Kazakh operations … with Altel in March 2016" (The Conway Bulletin,
  // 2019). Neither brand's site was found to say so.
  company: {
    text: {
      en: 'Mobile Telecom-Service LLP, one company with ALTEL since 2016',
      ru: 'ТОО «Мобайл Телеком-Сервис», с 2016\u00a0года одна компания с ALTEL',
      kk: '«Мобайл Телеком-Сервис» ЖШС, 2016\u00a0жылдан бері ALTEL-мен бір компания',
      'zh-CN': 'Mobile Telecom-Service 有限责任公司，自 2016 年起与 ALTEL 同属一家公司',
    },
    sources: [
      'https://astanatimes.com/2024/06/qatar-holding-to-purchase-kazakh-telecommunications-company/',
      'https://thebulletin.news/newsdesk/45727',
    ],
    verified: COMPANIES_READ,
    confidence: 'third-party',
  },
  hosts: ['tele2.kz'],
  support: [
    {
      url: 'https://tele2.kz/',
      label: {
        en: 'Tele2 website (no page on ending a contract was found)',
        ru: 'Сайт Tele2 (страница о расторжении договора не найдена)',
        kk: 'Tele2 сайты (шартты бұзу туралы бет табылмады)',
        'zh-CN': 'Tele2 官网（未找到关于注销的页面）',
      },
      topics: [],
      verified: RESEARCH_READ,
    },
  ],
  routes: {
    online: [steps.prepareId, steps.submit, steps.refund],
    office: [steps.prepareId, steps.submit, steps.refund],
  },
  ownPrecautions: [steps.settleDebts, steps.balanceRefund],
  notFound: [...terminationNotFound('Tele2'), ...NOT_FOUND_FOR_EVERYONE],
  summary: noProcedureSummary('Tele2'),
};
