// ALTEL (Mobile Telecom-Service LLP, one company with Tele2). The research found no official page on
// ending a contract, its documents or refunds, so every step is the general procedure, labelled as such.
import type { OperatorGuide } from '../schema';
import { COMPANIES_READ, RESEARCH_READ } from '../dates';
import { NOT_FOUND_FOR_EVERYONE, generalSteps, noProcedureSummary, terminationNotFound } from '../general';

const steps = generalSteps('altel', 'ALTEL');

export const altel: OperatorGuide = {
  kind: 'operator',
  id: 'altel',
  name: 'ALTEL',
  // News reports, read in their stored copies: Mobile Telecom-Service is "a joint company of Tele2 and ALTEL brand"
  // (Astana Times, 2024); "Tele2 had merged its Kazakh operations … with Altel in March 2016" (The Conway Bulletin,
  // 2019). Neither brand's site was found to say so.
  company: {
    text: {
      en: 'Mobile Telecom-Service LLP, one company with Tele2 since 2016',
      ru: 'ТОО «Мобайл Телеком-Сервис», с 2016\u00a0года одна компания с Tele2',
      kk: '«Мобайл Телеком-Сервис» ЖШС, 2016\u00a0жылдан бері Tele2-мен бір компания',
      'zh-CN': 'Mobile Telecom-Service 有限责任公司，自 2016 年起与 Tele2 同属一家公司',
    },
    sources: [
      'https://astanatimes.com/2024/06/qatar-holding-to-purchase-kazakh-telecommunications-company/',
      'https://thebulletin.news/newsdesk/45727',
    ],
    verified: COMPANIES_READ,
    confidence: 'third-party',
  },
  hosts: ['altel.kz', 'altel4g.kz'],
  support: [
    {
      url: 'https://altel.kz/',
      label: {
        en: 'ALTEL website (no page on ending a contract was found)',
        ru: 'Сайт ALTEL (страница о расторжении договора не найдена)',
        kk: 'ALTEL сайты (шартты бұзу туралы бет табылмады)',
        'zh-CN': 'ALTEL 官网（未找到关于注销的页面）',
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
  notFound: [...terminationNotFound('ALTEL'), ...NOT_FOUND_FOR_EVERYONE],
  summary: noProcedureSummary('ALTEL'),
};
