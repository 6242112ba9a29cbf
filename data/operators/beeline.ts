// Beeline (KaR-Tel LLP). Its own pages document the personal account and contract plans; how to block or
// end a contract is known only from unofficial guides, and refund rules were not found.
import type { OperatorGuide, Step } from '../schema';
import { RESEARCH_READ } from '../dates';
import { generalSteps, terminationNotFound } from '../general';

const OFERTA = 'https://www.beeline.kz/kk-kz/almaty/customers/Help/help_mobile/Blanki-dokumenty/oferta';
const CONTRACT_TARIFF = 'https://beeline.kz/kk/products/archived/tariffs/yarkiy-za-3990-kontrakt.html';
const TARIFYKZ = 'https://tarifykz.com/beeline/ub/otkljuchit-tarif';
const WHAT = 'https://what.com.ua/';

const checkAccount: Step = {
  id: 'beeline-check-account',
  title: {
    en: 'Check your balance and debts in the Beeline account',
    ru: 'Проверьте баланс и долги в личном кабинете Beeline',
    kk: 'Beeline жеке кабинетінде баланс пен берешекті тексеріңіз',
    'zh-CN': '在 Beeline 个人账户中查询余额和欠费',
  },
  detail: {
    en: 'Sign in to the Beeline personal account or the «Менің Beeline» app, look at your balance, charges and plan, and pay anything owed.',
    ru: 'Войдите в личный кабинет Beeline или приложение «Менің Beeline», посмотрите баланс, начисления и тариф и оплатите долг.',
    kk: 'Beeline жеке кабинетіне немесе «Менің Beeline» қосымшасына кіріп, баланс, есептелген төлемдер мен тарифті қарап, берешекті төлеңіз.',
    'zh-CN': '登录 Beeline 个人账户或 «Менің Beeline» 应用，查看余额、费用和套餐，并结清欠费。',
  },
  channel: 'website',
  sources: [OFERTA],
  verified: RESEARCH_READ,
  confidence: 'official',
  topics: ['personal-account'],
};

const contractPlan: Step = {
  id: 'beeline-contract-plan',
  title: {
    en: 'On a contract plan? Check when it ends',
    ru: 'Контрактный тариф? Узнайте, когда он заканчивается',
    kk: 'Келісімшарттық тариф пе? Оның қашан аяқталатынын біліңіз',
    'zh-CN': '签了合约套餐？先确认何时到期',
  },
  detail: {
    en: 'Beeline contract plans run for 3, 6 or 12 months and then move to the basic plan. What leaving early costs was not found: ask Beeline before you file. Skip this step if you are not on a contract plan.',
    ru: 'Контрактные тарифы Beeline действуют 3, 6 или 12 месяцев, затем номер переходит на базовый тариф. Условия досрочного выхода не найдены — уточните их у Beeline до подачи заявления. Если у вас нет контрактного тарифа, пропустите шаг.',
    kk: 'Beeline келісімшарттық тарифтері 3, 6 немесе 12 ай әрекет етеді, содан кейін нөмір базалық тарифке ауысады. Мерзімінен бұрын шығу шарттары табылмады — өтініш бермес бұрын Beeline-нан нақтылаңыз. Келісімшарттық тарифіңіз болмаса, бұл қадамды өткізіп жіберіңіз.',
    'zh-CN': 'Beeline 合约套餐期限为 3、6 或 12 个月，到期后转为基础套餐。未找到提前解约的费用规定，请在提交申请前向 Beeline 确认。如果没有合约套餐，可跳过此步。',
  },
  channel: 'website',
  sources: [CONTRACT_TARIFF],
  verified: RESEARCH_READ,
  confidence: 'official',
  topics: ['termination'],
};

const block: Step = {
  id: 'beeline-block',
  title: {
    en: 'If you cannot visit soon: block the number',
    ru: 'Если в офис скоро не попасть: заблокируйте номер',
    kk: 'Кеңсеге жақында бара алмасаңыз: нөмірді бұғаттаңыз',
    'zh-CN': '如果近期无法去营业厅：先办理停机',
  },
  detail: {
    en: 'Unofficial guides say a Beeline number can be blocked in my.beeline.kz or by calling 116, and that a blocked number is kept for a year. A block stops use of the number but does not end the contract.',
    ru: 'По неофициальным данным, номер Beeline можно заблокировать в my.beeline.kz или по звонку на 116, а заблокированный номер сохраняется год. Блокировка прекращает использование номера, но не расторгает договор.',
    kk: 'Бейресми деректер бойынша Beeline нөмірін my.beeline.kz сайтында немесе 116 нөміріне қоңырау шалып бұғаттауға болады, ал бұғатталған нөмір бір жыл сақталады. Бұғаттау нөмірді пайдалануды тоқтатады, бірақ шартты бұзбайды.',
    'zh-CN': '据非官方资料，Beeline 号码可在 my.beeline.kz 或拨打 116 办理停机，停机后号码保留一年。停机只是暂停使用，并不等于注销、解除合同。',
  },
  channel: 'website',
  sources: [TARIFYKZ, WHAT],
  verified: RESEARCH_READ,
  confidence: 'third-party',
  topics: ['blocking'],
};

const prepareId: Step = {
  id: 'beeline-prepare-id',
  title: {
    en: 'Bring your ID and IIN; go yourself or with a power of attorney',
    ru: 'Возьмите удостоверение личности и ИИН; идите лично или с доверенностью',
    kk: 'Жеке куәлік пен ЖСН-ді алыңыз; өзіңіз барыңыз немесе сенімхатпен',
    'zh-CN': '携带身份证件和 IIN；本人办理或持委托书代办',
  },
  detail: {
    en: 'An unofficial guide says Beeline offices act on a number only for its owner in person with ID and IIN, or for someone holding the owner’s power of attorney. Take the SIM card too.',
    ru: 'По неофициальным данным, в офисе Beeline операции с номером проводят только для владельца лично с удостоверением личности и ИИН или для представителя по доверенности. Возьмите и SIM-карту.',
    kk: 'Бейресми деректер бойынша Beeline кеңсесінде нөмірмен операцияларды тек жеке куәлігі мен ЖСН-і бар иесінің өзіне немесе сенімхаты бар өкіліне жасайды. SIM-картаны да ала барыңыз.',
    'zh-CN': '据非官方资料，Beeline 营业厅只为号码登记人本人（携带身份证件和 IIN）或持登记人委托书的代办人办理号码业务。也请带上 SIM 卡。',
  },
  channel: 'self',
  sources: [TARIFYKZ],
  verified: RESEARCH_READ,
  confidence: 'third-party',
  needsId: true,
};

const submit: Step = {
  id: 'beeline-submit',
  title: {
    en: 'Ask a Beeline office to end the contract',
    ru: 'Подайте заявление о расторжении в офисе Beeline',
    kk: 'Beeline кеңсесінде шартты бұзу туралы өтініш беріңіз',
    'zh-CN': '到 Beeline 营业厅申请注销',
  },
  detail: {
    en: 'An unofficial guide lists ending the contract among Beeline’s options, handled in an office with ID; Beeline’s own termination procedure was not found, and no online way to end the contract was found. Sign the written application and leave with a copy or a request number.',
    ru: 'Неофициальный источник называет расторжение договора одним из вариантов, которое оформляют в офисе с удостоверением личности; собственный порядок расторжения Beeline не найден, как и способ расторгнуть договор онлайн. Подпишите письменное заявление и заберите копию или номер обращения.',
    kk: 'Бейресми дереккөз шартты бұзуды кеңседе жеке куәлікпен ресімделетін нұсқалардың бірі ретінде атайды; Beeline-ның шартты бұзудың өз тәртібі де, онлайн бұзу тәсілі де табылмады. Жазбаша өтінішке қол қойып, көшірмесін немесе өтініш нөмірін алыңыз.',
    'zh-CN': '非官方资料将解除合同列为可选业务之一，需携带身份证件在营业厅办理；未找到 Beeline 官方的注销流程，也未找到在线注销的方式。签署书面申请，并拿到副本或受理编号。',
  },
  channel: 'office',
  sources: [TARIFYKZ],
  verified: RESEARCH_READ,
  confidence: 'third-party',
  inPerson: true,
  needsId: true,
  topics: ['termination'],
};

const { refund } = generalSteps('beeline', 'Beeline');

export const beeline: OperatorGuide = {
  kind: 'operator',
  id: 'beeline',
  name: 'Beeline',
  company: {
    en: 'KaR-Tel LLP (VEON group)',
    ru: 'ТОО «КаР-Тел» (группа VEON)',
    kk: '«КаР-Тел» ЖШС (VEON тобы)',
    'zh-CN': 'KaR-Tel 有限责任公司（VEON 集团）',
  },
  hosts: ['beeline.kz'],
  support: [
    {
      url: OFERTA,
      label: {
        en: 'Personal account offer (forms and documents section)',
        ru: 'Оферта личного кабинета (раздел бланков и документов)',
        kk: 'Жеке кабинет офертасы (өтініштер мен құжаттар бөлімі)',
        'zh-CN': '个人账户服务条款（表格与文件栏目）',
      },
      topics: ['personal-account', 'documents'],
      verified: RESEARCH_READ,
    },
    {
      url: 'https://my.beeline.kz/',
      label: {
        en: 'Beeline personal account',
        ru: 'Личный кабинет Beeline',
        kk: 'Beeline жеке кабинеті',
        'zh-CN': 'Beeline 个人账户',
      },
      topics: ['personal-account', 'blocking'],
      verified: RESEARCH_READ,
    },
  ],
  routes: {
    online: [checkAccount, contractPlan, block, submit, refund],
    office: [prepareId, contractPlan, submit, refund],
  },
  notFound: terminationNotFound('Beeline'),
  summary: {
    en: 'Online you can check and pay your balance in the Beeline account and, per unofficial guides, block the number; ending the contract itself is, per an unofficial guide, done in an office with ID — Beeline’s own procedure was not found.',
    ru: 'Онлайн можно проверить и оплатить баланс в кабинете Beeline и, по неофициальным данным, заблокировать номер; сам договор, по неофициальному источнику, расторгают в офисе с удостоверением личности — собственный порядок Beeline не найден.',
    kk: 'Онлайн Beeline кабинетінде балансты тексеріп, төлеуге және бейресми деректер бойынша нөмірді бұғаттауға болады; шарттың өзі бейресми дереккөз бойынша кеңседе жеке куәлікпен бұзылады — Beeline-ның өз тәртібі табылмады.',
    'zh-CN': '线上可以在 Beeline 个人账户查询并缴纳费用，据非官方资料还可办理停机；据非官方资料，解除合同本身需携带身份证件到营业厅办理——未找到 Beeline 官方流程。',
  },
};
