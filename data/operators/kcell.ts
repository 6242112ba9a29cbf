// Kcell (Kcell JSC). Its own pages document a termination form, early exit from a router contract at a
// Kcell Center and (in a 2016 notice) the balance refund; no page offers termination fully online, so the
// online route prepares everything and ends with the office visit.
import type { OperatorGuide, Step } from '../schema';
import { COMPANIES_READ, RESEARCH_READ, STORED_COPIES_READ } from '../dates';
import { NOT_FOUND_FOR_EVERYONE, SIM_AND_CONTRACT_ADVICE } from '../general';
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


/**
 * Kcell's own wording of the shared precaution "Settle debts and device instalments" (same id, so a tick
 * carries over): the one place on Kcell's list about what is owed, with where Kcell says to look.
 */
const settleDebts: Step = {
  id: 'before-settle-debts',
  title: {
    en: 'Settle what you owe Kcell, device instalments included',
    ru: 'Погасите задолженность перед Kcell, включая рассрочку за устройство',
    kk: 'Kcell алдындағы берешекті (құрылғы үшін бөліп төлеуді қоса алғанда) жабыңыз',
    'zh-CN': '结清 Kcell 欠费，包括设备分期',
  },
  detail: {
    en: 'Pay any unpaid bill and any remaining device instalment before you file. Kcell JSC’s activ porting page says that, to avoid a refusal to port your number, you should make sure you owe the operator you are leaving nothing for its services or for a device bought from it; what a debt means for termination was not found, so paying first is our general advice. If you use Kcell’s personal account (named only by unofficial sources), it may show your balance and bills. On postpaid plans, Kcell says service may be suspended on the 3rd of the month after an unpaid due date.',
    ru: 'До подачи заявления погасите неоплаченные счета и остаток рассрочки за устройство, если они есть. На странице АО «Кселл» о переносе номера (на сайте activ) сказано: чтобы избежать отказа в переносе номера, убедитесь, что у вас нет долга за услуги связи и обязательств по покупке устройства у оператора, от которого вы уходите; как задолженность влияет на расторжение, выяснить не удалось, поэтому погасить её заранее\u00a0— наш общий совет. Если вы пользуетесь личным кабинетом Kcell (о нём пишут только неофициальные источники), баланс и счета, возможно, видны там. По данным Kcell, на постоплатных тарифах обслуживание может быть приостановлено 3-го числа месяца, следующего за тем, в котором счёт не был оплачен.',
    kk: 'Өтініш бермес бұрын төленбеген шоттарды және құрылғы үшін бөліп төлеудің қалдығын (болса) төлеңіз. «Кселл» АҚ-тың activ сайтындағы нөмірді көшіру бетінде нөмірді көшіруден бас тартуды болдырмау үшін кетіп бара жатқан операторыңыз алдында байланыс қызметтері немесе одан сатып алынған құрылғы бойынша берешегіңіз болмауы керек екені айтылған; берешектің шартты бұзуға қалай әсер ететіні табылмады, сондықтан оны алдын ала төлеу\u00a0— біздің жалпы кеңесіміз. Kcell жеке кабинетін пайдалансаңыз (ол тек бейресми дереккөздерде аталады), баланс пен шоттар сонда көрінуі мүмкін. Kcell мәліметінше, кейін төлейтін тарифтерде төлем мерзімі өтіп кетсе, қызмет келесі айдың 3-күні тоқтатылуы мүмкін.',
    'zh-CN': '如有未付账单或剩余的设备分期款，请在提交申请前结清。Kcell 股份公司的 activ 携号转网页面提示：为避免被拒绝办理携号转网，请确认您在要离开的运营商处没有通信服务欠费，也没有购买设备的未了义务；欠费对注销有何影响，未找到说明，因此提前结清是我们的一般性建议。如果您使用 Kcell 个人账户（仅见于非官方来源），或许可以在其中查看余额和账单。据 Kcell 说明，后付费套餐如逾期未缴，服务可能在到期后下一个月的 3 日被暂停。',
  },
  channel: 'self',
  sources: [ACTIV_MNP, KCELL_POSTPAID_DEBT],
  verified: RESEARCH_READ,
  confidence: 'general',
  topics: ['personal-account', 'termination', 'porting'],
};

const contractPlan: Step = {
  id: 'kcell-contract-plan',
  title: {
    en: 'On a contract plan? Leaving it early may take a Kcell Center visit',
    ru: 'Контрактный тариф? Для досрочного выхода может понадобиться визит в Kcell Center',
    kk: 'Келісімшарттық тарифтесіз бе? Мерзімінен бұрын шығу үшін Kcell Center-ге бару қажет болуы мүмкін',
    'zh-CN': '签了合约套餐？提前退出可能需要去 Kcell Center 办理',
  },
  detail: {
    en: 'Kcell’s router offer says leaving its contract early takes a written request at a Kcell Center, and the remaining value of the device must be paid; for other contract plans, ask Kcell whether the same applies. Skip this step if you are not on a contract plan.',
    ru: 'На странице предложения Kcell с роутером сказано, что досрочный выход из контракта оформляется письменным заявлением в Kcell Center, при этом нужно оплатить оставшуюся стоимость устройства; для других контрактных тарифов уточните у Kcell, действует ли то же правило. Если у вас нет контрактного тарифа, пропустите шаг.',
    kk: 'Kcell-дің роутер ұсынысы бетінде келісімшарттан мерзімінен бұрын шығу үшін Kcell Center-ге жазбаша өтініш берілетіні және құрылғының қалған құнын төлеу қажеттігі айтылған; басқа келісімшарттық тарифтерге де сол ереже қолданыла ма, Kcell-ден нақтылаңыз. Келісімшарттық тарифіңіз болмаса, бұл қадамды өткізіп жіберіңіз.',
    'zh-CN': 'Kcell 路由器优惠页面说明：提前退出该合约需到 Kcell Center 营业厅提交书面申请，并付清设备的剩余价款；其他合约套餐是否同样适用，请向 Kcell 确认。如果没有合约套餐，可跳过此步。',
  },
  channel: 'office',
  sources: [KCELL_ROUTER],
  verified: RESEARCH_READ,
  confidence: 'official',
  inPerson: true,
  needsId: false,
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
    en: 'Kcell’s forms page lists the application to terminate the contract, titled «Шартты бұзу өтініші», and a form titled «Қаражат алуға келісім» (consent to receive funds; what it is for was not checked, so ask at the office whether you need it for the balance refund). Print and fill in the application at home to save time in the office. If someone else will keep using the number, the same page has the form to re-register it instead.',
    ru: 'На странице бланков Kcell есть заявление на расторжение договора («Шартты бұзу өтініші») и бланк «Қаражат алуға келісім» (согласие на получение денежных средств; для чего он нужен, мы не проверяли, поэтому спросите в офисе, нужен ли он для возврата остатка). Распечатайте и заполните заявление дома, чтобы сэкономить время в офисе. Если номером будет пользоваться другой человек, там же есть бланк для переоформления номера.',
    kk: 'Kcell-дің бланкілер бетінде «Шартты бұзу өтініші» және «Қаражат алуға келісім» бланкісі бар (оның не үшін қажет екені тексерілмеген, сондықтан қалдықты қайтару үшін қажет пе, кеңседен сұраңыз). Кеңседе уақыт үнемдеу үшін өтінішті үйде басып шығарып, толтырыңыз. Нөмірді басқа адам пайдаланатын болса, сол бетте шартты бұзудың орнына нөмірді қайта тіркеу бланкісі бар.',
    'zh-CN': 'Kcell 的表格页面提供解除合同（注销）申请表（标题为 «Шартты бұзу өтініші»），以及标题为 «Қаражат алуға келісім»（领取款项同意书）的表格；其用途未经核实，退还余额时是否需要，请在营业厅询问。可在家打印并填好申请表，节省在营业厅的时间。如果号码要转给他人继续使用，同一页面也有号码过户表格。',
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
    en: 'Bring your ID',
    ru: 'Возьмите документ, удостоверяющий личность',
    kk: 'Жеке басты куәландыратын құжатты ала барыңыз',
    'zh-CN': '携带身份证件',
  },
  detail: {
    en: `Take the passport or ID the number is registered to. On Kcell JSC’s pages, porting a number at a Kcell Center or Kcell Store needs ID, and registration data are changed by a written application with a copy of your passport or ID, filed at a Kcell Center or your dealer point. ${SIM_AND_CONTRACT_ADVICE.en}`,
    ru: `Возьмите паспорт или удостоверение личности\u00a0— тот документ, на который зарегистрирован номер. На страницах АО «Кселл» сказано, что для переноса номера в Kcell Center или Kcell Store нужен документ, удостоверяющий личность, а регистрационные данные меняют по письменному заявлению с копией паспорта или удостоверения личности, поданному в Kcell Center или дилерский пункт. ${SIM_AND_CONTRACT_ADVICE.ru}`,
    kk: `Нөмір тіркелген паспортты немесе жеке куәлікті ала барыңыз. «Кселл» АҚ беттеріне сәйкес, Kcell Center бөлімшелерінде немесе Kcell Store дүкендерінде нөмірді көшіру үшін жеке басты куәландыратын құжат керек, ал тіркеу деректері Kcell Center-ге немесе дилер пунктіне паспорт немесе жеке куәлік көшірмесі қоса берілген жазбаша өтініш арқылы өзгертіледі. ${SIM_AND_CONTRACT_ADVICE.kk}`,
    'zh-CN': `携带号码登记时使用的护照或身份证件。根据 Kcell 股份公司的页面，在 Kcell Center 或 Kcell Store 办理携号转网需要身份证件；变更登记信息需在 Kcell Center 或经销商网点提交书面申请并附护照或身份证复印件。${SIM_AND_CONTRACT_ADVICE['zh-CN']}`,
  },
  channel: 'self',
  sources: [ACTIV_FAQ, ACTIV_MNP],
  verified: STORED_COPIES_READ,
  confidence: 'official',
  needsId: true,
};

const submit: Step = {
  id: 'kcell-submit',
  title: {
    en: 'Hand in the termination application',
    ru: 'Подайте заявление на расторжение договора',
    kk: 'Шартты бұзу өтінішін тапсырыңыз',
    'zh-CN': '提交解除合同（注销）申请',
  },
  detail: {
    en: 'Kcell’s router offer says leaving that contract early takes a written request at a Kcell Center, and activ’s FAQ (Kcell JSC’s) that changing registration data takes one at a Kcell Center or a dealer point, with a copy of your ID. Where the termination application goes is not stated; a Kcell Center is the likely place, and staff there can confirm. No way to end the contract fully online was found. Ask for a stamped copy or a request number.',
    ru: 'На странице предложения Kcell с роутером сказано, что заявление о досрочном выходе из этого контракта подают в Kcell Center, а в FAQ activ (бренда АО «Кселл»)\u00a0— что заявление о смене регистрационных данных подают в Kcell Center или дилерский пункт, с копией документа, удостоверяющего личность. Куда подавать заявление на расторжение, не указано; скорее всего, тоже в Kcell Center\u00a0— там это могут подтвердить. Способа расторгнуть договор полностью онлайн не найдено. Попросите копию заявления с отметкой о принятии или номер обращения.',
    kk: 'Kcell-дің роутер ұсынысы бетінде сол келісімшарттан мерзімінен бұрын шығу туралы жазбаша өтініш Kcell Center-ге берілетіні, ал activ-тің («Кселл» АҚ бренді) FAQ бетінде тіркеу деректерін өзгерту туралы өтініш жеке басты куәландыратын құжаттың көшірмесімен Kcell Center-ге немесе дилер пунктіне берілетіні айтылған. Шартты бұзу өтінішінің қайда берілетіні көрсетілмеген; сірә, ол да Kcell Center-ге беріледі\u00a0— мұны сол жердегі қызметкерлерден нақтылай аласыз. Шартты толықтай онлайн бұзу тәсілі табылған жоқ. Қабылданғаны туралы белгі қойылған көшірмесін немесе өтініш нөмірін сұраңыз.',
    'zh-CN': 'Kcell 路由器优惠页面说明：提前退出该合约的书面申请在 Kcell Center 营业厅提交；activ（Kcell 股份公司旗下品牌）的常见问题页面说明：变更登记信息的申请需附身份证件复印件，在 Kcell Center 或经销商网点提交。页面未说明注销申请在哪里提交；很可能同样是 Kcell Center，可在那里确认。未找到完全在线注销的方式。请索取盖章副本或受理编号。',
  },
  channel: 'office',
  sources: [KCELL_DOCUMENTS, KCELL_ROUTER, ACTIV_FAQ],
  verified: RESEARCH_READ,
  confidence: 'general',
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
    en: 'A 2016 Kcell notice says the remaining balance is returned when a contract is terminated; ask at the office whether this still applies, how the money is returned, and whether you need the consent to receive funds from the forms page.',
    ru: 'В уведомлении Kcell 2016\u00a0года сказано, что при расторжении договора остаток средств возвращается; спросите в офисе, действует ли это сейчас, каким способом возвращают деньги и нужно ли согласие на получение денежных средств со страницы бланков.',
    kk: 'Kcell-дің 2016\u00a0жылғы хабарламасында шарт бұзылғанда қалған қаражат қайтарылатыны айтылған; бұл әлі де қолданыла ма, ақша қалай қайтарылады және бланкілер бетіндегі «Қаражат алуға келісім» қажет пе, кеңседен сұраңыз.',
    'zh-CN': 'Kcell 2016 年的一则通知称，解除合同时会退还剩余余额；请在营业厅询问这一做法是否仍然适用、如何退款，以及是否需要表格页面上的领取款项同意书。',
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
  // activ's legal page names Kcell JSC behind the activ trademark; Kazakhtelecom's 51 % stake is a news report's (Kursiv, 2025).
  company: {
    text: {
      en: 'Kcell JSC (controlled by Kazakhtelecom); also runs the activ brand',
      ru: 'АО «Кселл» (контролируется «Казахтелекомом»); также владеет брендом activ',
      kk: '«Кселл» АҚ («Қазақтелеком» бақылауында); activ брендінің иесі',
      'zh-CN': 'Kcell 股份公司（由哈萨克电信控股），同时经营 activ 品牌',
    },
    sources: [
      'https://activ.kz/en/service/legal',
      'https://kz.kursiv.media/en/2025-03-19/engk-nknk-kazakhstans-anti-monopoly-agency-wants-kcell-to-follow-tele2s-suit-and-go-private',
    ],
    verified: COMPANIES_READ,
    confidence: 'third-party',
  },
  hosts: ['kcell.kz'],
  support: [
    {
      url: KCELL_DOCUMENTS,
      label: {
        en: 'Kcell forms: termination, re-registration, refund of a mistaken payment',
        ru: 'Бланки Kcell: расторжение, переоформление, возврат ошибочного платежа',
        kk: 'Kcell бланкілері: шартты бұзу, қайта тіркеу, қате төлемді қайтару',
        'zh-CN': 'Kcell 表格：注销、过户、误付款退款',
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
        en: 'Personal account «Менің Kcell» (“My Kcell”; named by unofficial sources)',
        ru: 'Личный кабинет «Менің Kcell» (упоминается в неофициальных источниках)',
        kk: '«Менің Kcell» жеке кабинеті (бейресми дереккөздерде аталады)',
        'zh-CN': '个人账户 «Менің Kcell»（“我的 Kcell”；见于非官方来源）',
      },
      topics: ['personal-account'],
      verified: RESEARCH_READ,
    },
  ],
  routes: {
    online: [contractPlan, downloadForms, submit, refund],
    office: [prepareId, contractPlan, submit, refund],
  },
  ownPrecautions: [settleDebts],
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
    ...NOT_FOUND_FOR_EVERYONE,
  ],
  summary: {
    en: 'Online you can download the termination application and other forms and, if you use Kcell’s personal account (named only by unofficial sources), you may be able to check your balance there. The evidence found points to the contract itself being ended by a written application with ID, most likely at a Kcell Center, where Kcell JSC’s pages place some of its other written applications.',
    ru: 'Онлайн можно скачать заявление на расторжение и другие бланки, а если вы пользуетесь личным кабинетом Kcell (о нём пишут только неофициальные источники),\u00a0— возможно, проверить там баланс. Судя по найденному, сам договор расторгают письменным заявлением с документом, удостоверяющим личность, скорее всего, в Kcell Center: как сказано на страницах АО «Кселл», туда подают и некоторые другие письменные заявления.',
    kk: 'Шартты бұзу өтінішін және басқа бланкілерді онлайн жүктеп алуға, ал Kcell жеке кабинетін пайдалансаңыз (ол тек бейресми дереккөздерде аталады), сонда балансты тексеруге болатын шығар. Табылған деректерге қарағанда, шарттың өзі, сірә, Kcell Center-де жеке басты куәландыратын құжатпен берілетін жазбаша өтініш арқылы бұзылады: «Кселл» АҚ беттеріне сәйкес, компанияның кейбір басқа жазбаша өтініштері сонда беріледі.',
    'zh-CN': '线上可以下载注销申请表及其他表格；如使用 Kcell 个人账户（仅见于非官方来源），或许还可在其中查询余额。从已找到的资料看，解除合同本身需携带身份证件提交书面申请，地点很可能是 Kcell Center 营业厅：根据 Kcell 股份公司的页面，其他一些书面申请也在那里提交。',
  },
};
