// Kcell (Kcell JSC). Its own pages document a termination form, early exit from contract plans at a
// Kcell Center and the balance refund; no page offers termination fully online, so the online route
// prepares everything and ends with the office visit.
import type { OperatorGuide, Step } from '../schema';
import { RESEARCH_READ } from '../dates';
import {
  ACTIV_FAQ,
  ACTIV_MNP,
  FUNDS_CONSENT,
  KCELL_DOCUMENTS,
  KCELL_POSTPAID_DEBT,
  KCELL_REFUND_NEWS,
  KCELL_ROUTER,
  TERMINATION_FORM,
} from '../kcell-jsc';


const checkDebts: Step = {
  id: 'kcell-check-debts',
  title: {
    en: 'Check and pay what you owe Kcell',
    ru: 'Проверьте и оплатите задолженность перед Kcell',
    kk: 'Kcell алдындағы берешекті тексеріп, төлеңіз',
    'zh-CN': '查询并结清 Kcell 欠费',
  },
  detail: {
    en: 'Look at your balance and bills in the personal account «Менің Kcell» and pay any debt. On postpaid plans Kcell suspends service on the 3rd of the month after an unpaid due date.',
    ru: 'Посмотрите баланс и счета в личном кабинете «Менің Kcell» и погасите долг. На постоплатных тарифах Kcell приостанавливает обслуживание 3-го числа месяца, следующего за неоплаченным сроком.',
    kk: '«Менің Kcell» жеке кабинетінде баланс пен шоттарды қарап, берешекті төлеңіз. Кейін төлейтін тарифтерде төлем мерзімі өтіп кетсе, Kcell келесі айдың 3-күні қызметті тоқтатады.',
    'zh-CN': '在个人账户 «Менің Kcell» 中查看余额和账单，结清欠费。后付费套餐如逾期未缴，Kcell 会在到期后下一个月的 3 日暂停服务。',
  },
  channel: 'website',
  sources: [KCELL_POSTPAID_DEBT],
  verified: RESEARCH_READ,
  confidence: 'official',
  topics: ['personal-account'],
};

const contractPlan: Step = {
  id: 'kcell-contract-plan',
  title: {
    en: 'On a contract plan or paying off a device? Settle it first',
    ru: 'Контрактный тариф или устройство в рассрочку? Сначала закройте их',
    kk: 'Келісімшарттық тариф немесе бөліп төлеуге алынған құрылғы бар ма? Алдымен соны жабыңыз',
    'zh-CN': '签了合约套餐或设备分期？先处理清楚',
  },
  detail: {
    en: 'Leaving a Kcell contract plan early takes a written request at a Kcell Center, and the remaining value of the device must be paid. Skip this step if you have neither.',
    ru: 'Досрочный выход из контрактного тарифа Kcell оформляется письменным заявлением в Kcell Center, при этом нужно оплатить оставшуюся стоимость устройства. Если у вас нет ни того, ни другого, пропустите шаг.',
    kk: 'Kcell келісімшарттық тарифінен мерзімінен бұрын шығу үшін Kcell Center-ге жазбаша өтініш беріледі, құрылғының қалған құнын төлеу қажет. Екеуі де болмаса, бұл қадамды өткізіп жіберіңіз.',
    'zh-CN': '提前退出 Kcell 合约套餐需要到 Kcell Center 营业厅提交书面申请，并付清设备的剩余价款。如果两者都没有，可跳过此步。',
  },
  channel: 'office',
  sources: [KCELL_ROUTER],
  verified: RESEARCH_READ,
  confidence: 'official',
  inPerson: true,
  needsId: true,
  topics: ['termination'],
};

const downloadForms: Step = {
  id: 'kcell-download-forms',
  title: {
    en: 'Download the termination application',
    ru: 'Скачайте заявление на расторжение договора',
    kk: 'Шартты бұзу өтінішін жүктеп алыңыз',
    'zh-CN': '下载解除合同（注销）申请表',
  },
  detail: {
    en: 'Kcell’s forms page lists the application to terminate the contract and a consent to receive funds (for the balance refund). Print and fill them in at home to save time in the office. If someone else will keep using the number, the same page has the form to re-register it instead.',
    ru: 'На странице документов Kcell есть заявление на расторжение договора и согласие на получение денежных средств (для возврата остатка). Распечатайте и заполните их дома, чтобы сэкономить время в офисе. Если номером будет пользоваться другой человек, там же есть форма переоформления номера.',
    kk: 'Kcell құжаттар бетінде шартты бұзу өтініші және қаражат алуға келісім (қалдықты қайтару үшін) бар. Кеңседе уақыт үнемдеу үшін оларды үйде басып шығарып, толтырыңыз. Нөмірді басқа адам пайдаланатын болса, сол бетте нөмірді қайта тіркеу нысаны да бар.',
    'zh-CN': 'Kcell 的表格页面提供解除合同（注销）申请表和领取款项同意书（用于退还余额）。可在家打印并填好，节省在营业厅的时间。如果号码要转给他人继续使用，同一页面也有号码过户表格。',
  },
  channel: 'website',
  sources: [KCELL_DOCUMENTS],
  verified: RESEARCH_READ,
  confidence: 'official',
  topics: ['documents', 'termination', 're-registration'],
  targets: [TERMINATION_FORM],
};

const prepareId: Step = {
  id: 'kcell-prepare-id',
  title: {
    en: 'Bring your ID and the SIM card',
    ru: 'Возьмите удостоверение личности и SIM-карту',
    kk: 'Жеке куәлігіңізді және SIM-картаны алыңыз',
    'zh-CN': '携带身份证件和 SIM 卡',
  },
  detail: {
    en: 'Kcell handles changes to a contract by written application with an identity document (passport or Kazakhstan ID) of the person the number is registered to. Take the SIM card and any contract too, in case staff ask for them.',
    ru: 'Изменения по договору Kcell оформляет по письменному заявлению с документом, удостоверяющим личность (паспорт или удостоверение РК) того, на кого зарегистрирован номер. Возьмите также SIM-карту и договор, если он есть, — их могут попросить.',
    kk: 'Kcell шарт бойынша өзгерістерді нөмір тіркелген адамның жеке басын куәландыратын құжатымен (паспорт немесе ҚР жеке куәлігі) жазбаша өтініш арқылы ресімдейді. Қызметкерлер сұрауы мүмкін, сондықтан SIM-карта мен шартты (болса) ала барыңыз.',
    'zh-CN': 'Kcell 办理合同变更需要号码登记人本人的身份证件（护照或哈萨克斯坦身份证）并提交书面申请。也请带上 SIM 卡和服务合同（如有），工作人员可能会要求查看。',
  },
  channel: 'self',
  sources: [ACTIV_FAQ, ACTIV_MNP],
  verified: RESEARCH_READ,
  confidence: 'official',
  needsId: true,
};

const submit: Step = {
  id: 'kcell-submit',
  title: {
    en: 'Hand in the termination application at a Kcell Center',
    ru: 'Подайте заявление на расторжение в Kcell Center',
    kk: 'Шартты бұзу өтінішін Kcell Center-ге тапсырыңыз',
    'zh-CN': '到 Kcell Center 营业厅提交注销申请',
  },
  detail: {
    en: 'Kcell’s pages describe written applications filed at a Kcell Center with ID; no way to end the contract fully online was found. Hand in the termination application, and ask for a stamped copy or a request number.',
    ru: 'На страницах Kcell описаны письменные заявления, которые подаются в Kcell Center с удостоверением личности; способа расторгнуть договор полностью онлайн не найдено. Подайте заявление на расторжение и попросите копию с отметкой или номер обращения.',
    kk: 'Kcell беттерінде жеке куәлікпен Kcell Center-ге берілетін жазбаша өтініштер сипатталған; шартты толықтай онлайн бұзу тәсілі табылған жоқ. Шартты бұзу өтінішін тапсырып, белгі қойылған көшірмесін немесе өтініш нөмірін сұраңыз.',
    'zh-CN': '根据 Kcell 官网页面，书面申请需携带身份证件到 Kcell Center 营业厅提交；未找到完全在线注销的方式。提交解除合同（注销）申请，并索取盖章副本或受理编号。',
  },
  channel: 'office',
  sources: [KCELL_DOCUMENTS, KCELL_ROUTER, ACTIV_FAQ],
  verified: RESEARCH_READ,
  confidence: 'official',
  inPerson: true,
  needsId: true,
  topics: ['termination', 'documents'],
  targets: [TERMINATION_FORM],
};

const refund: Step = {
  id: 'kcell-refund',
  title: {
    en: 'Ask for the remaining balance back',
    ru: 'Попросите вернуть остаток на балансе',
    kk: 'Баланстағы қалдықты қайтаруды сұраңыз',
    'zh-CN': '申请退还剩余余额',
  },
  detail: {
    en: 'Kcell returns the remaining balance when a contract is terminated. Together with the termination application, fill in the consent to receive funds from the forms page and say where the money should go.',
    ru: 'При расторжении договора Kcell возвращает остаток средств. Вместе с заявлением на расторжение заполните согласие на получение денежных средств со страницы документов и укажите, куда перечислить деньги.',
    kk: 'Шарт бұзылғанда Kcell қалған қаражатты қайтарады. Шартты бұзу өтінішімен бірге құжаттар бетіндегі қаражат алуға келісімді толтырып, ақшаны қайда аудару керектігін көрсетіңіз.',
    'zh-CN': '解除合同时，Kcell 会退还剩余余额。提交注销申请的同时，填写表格页面上的领取款项同意书，并写明退款去向。',
  },
  channel: 'office',
  sources: [KCELL_REFUND_NEWS, KCELL_DOCUMENTS],
  verified: RESEARCH_READ,
  confidence: 'official',
  inPerson: true,
  topics: ['refund', 'documents'],
  targets: [FUNDS_CONSENT],
};

export const kcell: OperatorGuide = {
  kind: 'operator',
  id: 'kcell',
  name: 'Kcell',
  company: {
    en: 'Kcell JSC (controlled by Kazakhtelecom); also runs the activ brand',
    ru: 'АО «Кселл» (контролируется «Казахтелекомом»); также бренд activ',
    kk: '«Кселл» АҚ («Қазақтелеком» бақылауында); activ брендінің иесі',
    'zh-CN': 'Kcell 股份公司（由哈萨克电信控股），同时经营 activ 品牌',
  },
  hosts: ['kcell.kz'],
  support: [
    {
      url: KCELL_DOCUMENTS,
      label: {
        en: 'Kcell forms: termination, re-registration, refund',
        ru: 'Бланки Kcell: расторжение, переоформление, возврат',
        kk: 'Kcell өтініштері: шартты бұзу, қайта тіркеу, қайтару',
        'zh-CN': 'Kcell 表格：注销、过户、退款',
      },
      topics: ['documents', 'termination', 're-registration', 'refund'],
      verified: RESEARCH_READ,
    },
    {
      url: ACTIV_MNP,
      label: {
        en: 'Number porting (MNP)',
        ru: 'Перенос номера (MNP)',
        kk: 'Нөмірді көшіру (MNP)',
        'zh-CN': '携号转网（MNP）',
      },
      topics: ['porting'],
      verified: RESEARCH_READ,
    },
    {
      url: 'https://my.kcell.kz/',
      label: {
        en: 'Personal account «Менің Kcell»',
        ru: 'Личный кабинет «Менің Kcell»',
        kk: '«Менің Kcell» жеке кабинеті',
        'zh-CN': '个人账户 «Менің Kcell»',
      },
      topics: ['personal-account'],
      verified: RESEARCH_READ,
    },
  ],
  routes: {
    online: [checkDebts, contractPlan, downloadForms, submit, refund],
    office: [prepareId, contractPlan, submit, refund],
  },
  notFound: [
    {
      what: {
        en: 'A way to terminate a Kcell contract fully online',
        ru: 'Способ расторгнуть договор с Kcell полностью онлайн',
        kk: 'Kcell шартын толықтай онлайн бұзу тәсілі',
        'zh-CN': '完全在线注销 Kcell 号码的方式',
      },
      verified: RESEARCH_READ,
    },
  ],
  summary: {
    en: 'Online you can check and pay debts and download the termination and refund forms; ending the contract itself is a written application with ID at a Kcell Center.',
    ru: 'Онлайн можно проверить и оплатить долг и скачать заявления на расторжение и возврат средств; сам договор расторгается письменным заявлением с удостоверением личности в Kcell Center.',
    kk: 'Онлайн берешекті тексеріп төлеуге және шартты бұзу мен қаражатты қайтару өтініштерін жүктеуге болады; шарттың өзі Kcell Center-де жеке куәлікпен жазбаша өтініш арқылы бұзылады.',
    'zh-CN': '线上可以查询并结清欠费、下载注销和退款表格；解除合同本身需携带身份证件到 Kcell Center 营业厅提交书面申请。',
  },
};
