// Beeline (KaR-Tel LLP). Its own pages document the personal account and contract plans; how to block or
// end a contract is known only from unofficial guides, and refund rules were not found.
import type { OperatorGuide, Step } from '../schema';
import { COMPANIES_READ, RESEARCH_READ } from '../dates';
import { NOT_FOUND_FOR_EVERYONE, SIM_AND_CONTRACT_ADVICE, generalSteps, terminationNotFound } from '../general';

const OFERTA = 'https://www.beeline.kz/kk-kz/almaty/customers/Help/help_mobile/Blanki-dokumenty/oferta';
const CONTRACT_TARIFF = 'https://beeline.kz/kk/products/archived/tariffs/yarkiy-za-3990-kontrakt.html';
const TARIFYKZ = 'https://tarifykz.com/beeline/ub/otkljuchit-tarif';

/**
 * Beeline's own wording of the shared precaution "Settle debts and device instalments" (same id, so a tick
 * carries over): the one place on Beeline's list about what is owed, with the account and app its pages name.
 */
const settleDebts: Step = {
  id: 'before-settle-debts',
  title: {
    en: 'Settle what you owe Beeline, device instalments included',
    ru: 'Погасите задолженность перед Beeline, включая рассрочку за устройство',
    kk: 'Beeline алдындағы берешекті (құрылғы үшін бөліп төлеуді қоса алғанда) жабыңыз',
    'zh-CN': '结清 Beeline 欠费，包括设备分期',
  },
  detail: {
    en: 'Pay any unpaid bill and any remaining device instalment before you file; what a debt means for termination was not found, so this is our general advice. Beeline’s personal-account offer says the account lets you switch services and plans, manage the money on your account and get itemised usage, and that the «Менің Beeline» (“My Beeline”) app lets you pay for services by bank card; it does not mention debts. Sign in to either, look for your balance and charges, and pay there if it lets you, or at an office.',
    ru: 'До подачи заявления погасите неоплаченные счета и остаток рассрочки за устройство, если они есть; как задолженность влияет на расторжение, выяснить не удалось, поэтому это наш общий совет. В оферте личного кабинета Beeline сказано, что в кабинете можно подключать и отключать услуги, менять тариф, распоряжаться деньгами на лицевом счёте и получать детализацию, а в приложении «Менің Beeline»\u00a0— оплачивать услуги банковской картой; о задолженности там не говорится. Войдите в одно из них, поищите баланс и начисления и погасите задолженность там, если это возможно, или в офисе.',
    kk: 'Өтініш бермес бұрын төленбеген шоттарды және құрылғы үшін бөліп төлеудің қалдығын (болса) төлеңіз; берешектің шартты бұзуға қалай әсер ететіні табылмады, сондықтан бұл біздің жалпы кеңесіміз. Beeline жеке кабинетінің офертасында кабинетте қызметтерді қосуға/сөндіруге, тарифті ауыстыруға, жеке шоттағы ақшаға иелік етуге және детализация алуға, ал «Менің Beeline» қосымшасында қызметтерге банк картасымен төлеуге болатыны айтылған; берешек туралы онда ештеңе айтылмаған. Біреуіне кіріп, баланс пен есептелген төлемдерді іздеп көріңіз, мүмкін болса сонда, болмаса кеңседе төлеңіз.',
    'zh-CN': '如有未付账单或剩余的设备分期款，请在提交申请前结清；欠费对注销有何影响，未找到说明，因此这是我们的一般性建议。Beeline 个人账户服务条款说明：个人账户可开通或关闭服务、更换套餐、管理账户资金、获取使用明细，«Менің Beeline»（“我的 Beeline”）应用可用银行卡支付服务费用；条款没有提到欠费。登录其中之一，查找余额和费用，能在那里缴清就在那里缴清，否则到营业厅缴清。',
  },
  channel: 'self',
  sources: [OFERTA],
  verified: RESEARCH_READ,
  confidence: 'general',
  topics: ['personal-account', 'termination', 'porting'],
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
    en: 'One archived Beeline contract plan ran for 3, 6 or 12 months and then moved to the basic plan; check the terms of your own contract. What leaving early costs was not found: ask Beeline before you file. Skip this step if you are not on a contract plan.',
    ru: 'Один архивный контрактный тариф Beeline действовал 3, 6 или 12\u00a0месяцев, затем номер переходил на базовый тариф; проверьте условия своего договора. Сколько стоит досрочный выход, не найдено\u00a0— уточните это у Beeline до подачи заявления. Если у вас нет контрактного тарифа, пропустите шаг.',
    kk: 'Beeline-ның бір мұрағаттағы келісімшарттық тарифі 3, 6 немесе 12\u00a0айға жасалып, содан кейін нөмір базалық тарифке ауысқан; өз шартыңыздың талаптарын тексеріңіз. Мерзімінен бұрын шығудың құны табылмады\u00a0— өтініш бермес бұрын Beeline-нан нақтылаңыз. Келісімшарттық тарифіңіз болмаса, бұл қадамды өткізіп жіберіңіз.',
    'zh-CN': 'Beeline 存档资费中的一款合约套餐期限为 3、6 或 12 个月，到期后转为基础套餐；请查看您自己合同的条款。未找到提前解约的费用规定，请在提交申请前向 Beeline 确认。如果没有合约套餐，可跳过此步。',
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
    en: 'An unofficial guide says a Beeline number can be blocked in my.beeline.kz, and that a blocked number is kept for a year. A block stops use of the number but does not end the contract.',
    ru: 'По неофициальным данным, номер Beeline можно заблокировать в my.beeline.kz, а заблокированный номер сохраняется год. Блокировка прекращает использование номера, но не расторгает договор.',
    kk: 'Бейресми деректер бойынша Beeline нөмірін my.beeline.kz сайтында бұғаттауға болады, ал бұғатталған нөмір бір жыл сақталады. Бұғаттау нөмірді пайдалануды тоқтатады, бірақ шартты бұзбайды.',
    'zh-CN': '据非官方资料，Beeline 号码可在 my.beeline.kz 办理停机，停机后号码保留一年。停机只是暂停使用，并不等于注销、解除合同。',
  },
  channel: 'website',
  sources: [TARIFYKZ],
  verified: RESEARCH_READ,
  confidence: 'third-party',
  topics: ['blocking'],
};

const prepareId: Step = {
  id: 'beeline-prepare-id',
  title: {
    en: 'Bring your ID',
    ru: 'Возьмите документ, удостоверяющий личность',
    kk: 'Жеке басты куәландыратын құжатты ала барыңыз',
    'zh-CN': '携带身份证件',
  },
  detail: {
    // The plain instruction first: the unofficial rule is about blocking, and "or IIN" must not read as enough to end a contract.
    en: `Take the passport or Kazakhstan ID the number is registered with. That is our general advice: what Beeline asks for to end a contract was not found. An unofficial guide says that to block a number, Beeline offices serve the owner in person, with ID or IIN, or someone holding the owner’s power of attorney. ${SIM_AND_CONTRACT_ADVICE.en}`,
    ru: `Возьмите паспорт или удостоверение личности РК\u00a0— тот документ, на который зарегистрирован номер. Это наш общий совет: какие документы Beeline требует для расторжения договора, не найдено. По неофициальным данным, блокировку номера в офисе Beeline оформляют самому владельцу (с документом, удостоверяющим личность, или ИИН) либо представителю по доверенности. ${SIM_AND_CONTRACT_ADVICE.ru}`,
    kk: `Нөмір тіркелген паспортты немесе ҚР жеке куәлігін ала барыңыз. Бұл\u00a0— біздің жалпы кеңесіміз: шартты бұзу үшін Beeline қандай құжаттар талап ететіні табылмады. Бейресми деректер бойынша Beeline кеңсесінде нөмірді иесінің өзі (жеке басты куәландыратын құжатымен немесе ЖСН-імен) не оның сенімхаты бар өкілі бұғаттай алады. ${SIM_AND_CONTRACT_ADVICE.kk}`,
    'zh-CN': `携带号码登记时使用的护照或哈萨克斯坦身份证件。这是我们的一般性建议：未找到 Beeline 解除合同所需的材料。据非官方资料，Beeline 营业厅为号码登记人本人（携带身份证件或 IIN）或持登记人委托书的代办人办理停机。${SIM_AND_CONTRACT_ADVICE['zh-CN']}`,
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
    ru: 'Попросите расторгнуть договор в офисе Beeline',
    kk: 'Beeline кеңсесінен шартты бұзуды сұраңыз',
    'zh-CN': '到 Beeline 营业厅申请注销',
  },
  detail: {
    en: 'An unofficial guide lists ending the contract among Beeline’s options; Beeline’s own termination procedure was not found, nor any way to end the contract online. In general (general guidance, not a Beeline rule), a contract is ended in person at an office with ID: sign a written application and leave with a copy or a request number.',
    ru: 'Неофициальный источник упоминает расторжение договора в числе возможных вариантов; собственный порядок расторжения Beeline не найден, как и способ расторгнуть договор онлайн. Обычно (это общий совет, а не правило Beeline) договор расторгают лично в офисе с документом, удостоверяющим личность: подпишите письменное заявление и получите копию заявления или номер обращения.',
    kk: 'Бейресми дереккөз шартты бұзуды Beeline нұсқаларының бірі ретінде атайды; Beeline-да шартты бұзудың өз тәртібі де, онлайн бұзу тәсілі де табылмады. Әдетте (бұл Beeline ережесі емес, жалпы кеңес) шартты бұзу үшін кеңсеге жеке басты куәландыратын құжатпен өзіңіз барасыз: жазбаша өтінішке қол қойып, көшірмесін немесе өтініш нөмірін алыңыз.',
    'zh-CN': '非官方资料将解除合同列为 Beeline 的可选业务之一；未找到 Beeline 官方的注销流程，也未找到在线注销的方式。一般做法（一般性建议，并非 Beeline 的规定）：本人携带身份证件到营业厅办理，签署书面申请，并拿到副本或受理编号。',
  },
  channel: 'office',
  sources: [TARIFYKZ],
  verified: RESEARCH_READ,
  confidence: 'third-party',
  inPerson: true,
  needsId: true,
  topics: ['termination'],
};

const { refund, balanceRefund } = generalSteps('beeline', 'Beeline');

export const beeline: OperatorGuide = {
  kind: 'operator',
  id: 'beeline',
  name: 'Beeline',
  // Beeline's own offer names «Кар-Тел» ЖШС as the operator under the Beeline trademark; VEON's 4Q2024 factbook (its
  // filing, not Beeline's page; its stored copy read) lists Kazakhstan and the tenge among the group's markets and
  // currencies; Mobile World Live (2022) names them together: "the group's majority stake in Kazakhstan business
  // Kar-Tel, which runs its Beeline operation in that country, will transfer from its Russian subsidiary to Veon".
  company: {
    text: {
      en: 'KaR-Tel LLP (VEON group)',
      ru: 'ТОО «КаР-Тел» (группа VEON)',
      kk: '«КаР-Тел» ЖШС (VEON тобы)',
      'zh-CN': 'KaR-Tel 有限责任公司（VEON 集团）',
    },
    sources: [
      'https://www.beeline.kz/kk-kz/almaty/customers/Help/help_mobile/Blanki-dokumenty/oferta',
      'https://www.sec.gov/Archives/edgar/data/1468091/000146809125000025/factbook4q2024.htm',
      'https://www.mobileworldlive.com/featured-content/home-banner/veon-to-offload-russian-operation-for-2-2b/',
    ],
    verified: COMPANIES_READ,
    confidence: 'third-party',
  },
  hosts: ['beeline.kz'],
  support: [
    {
      url: OFERTA,
      label: {
        en: 'Personal account offer (forms and documents section)',
        ru: 'Оферта личного кабинета (раздел бланков и документов)',
        kk: 'Жеке кабинет офертасы (бланкілер мен құжаттар бөлімі)',
        'zh-CN': '个人账户服务条款（表格与文件栏目）',
      },
      topics: ['personal-account', 'documents'],
      verified: RESEARCH_READ,
    },
    {
      url: 'https://my.beeline.kz/',
      label: {
        en: 'Beeline personal account (named by unofficial sources)',
        ru: 'Личный кабинет Beeline (упоминается в неофициальных источниках)',
        kk: 'Beeline жеке кабинеті (бейресми дереккөздерде аталады)',
        'zh-CN': 'Beeline 个人账户（见于非官方来源）',
      },
      topics: ['personal-account', 'blocking'],
      verified: RESEARCH_READ,
    },
  ],
  routes: {
    online: [contractPlan, block, submit, refund],
    office: [prepareId, contractPlan, submit, refund],
  },
  // Beeline's refund rules were not found: the balance precaution is the general one, not Kcell's 2016 notice.
  ownPrecautions: [settleDebts, balanceRefund],
  notFound: [...terminationNotFound('Beeline'), ...NOT_FOUND_FOR_EVERYONE],
  summary: {
    en: 'Online, Beeline has a personal account and an app, where you may be able to check your balance and pay any debt, and, per unofficial guides, block the number. An unofficial guide lists ending the contract among the options, but Beeline’s own procedure was not found; in general, a contract is ended in person at an office with ID.',
    ru: 'У Beeline есть личный кабинет и приложение: там, возможно, удастся проверить баланс и погасить задолженность, если она есть, а по неофициальным данным\u00a0— и заблокировать номер. Неофициальный источник упоминает расторжение договора в числе возможных вариантов, но собственный порядок Beeline не найден; как правило, договор расторгают лично в офисе с документом, удостоверяющим личность.',
    kk: 'Beeline-ның жеке кабинеті мен қосымшасы бар: сонда балансты тексеріп, берешек болса, оны төлеуге, ал бейресми деректер бойынша нөмірді бұғаттауға да болатын шығар. Бейресми дереккөз шартты бұзуды нұсқалардың бірі ретінде атайды, бірақ Beeline-ның өз тәртібі табылмады; әдетте шартты бұзу үшін кеңсеге жеке басты куәландыратын құжатпен өзіңіз барасыз.',
    'zh-CN': 'Beeline 有个人账户和应用，或许可以在其中查询余额、结清欠费，据非官方资料还可办理停机。非官方资料将解除合同列为可选业务之一，但未找到 Beeline 官方流程；一般而言，解除合同需本人携带身份证件到营业厅办理。',
  },
};
