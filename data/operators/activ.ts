// activ is a trademark of Kcell JSC (activ.kz/en/service/legal), so Kcell JSC's forms, Kcell Centers and
// refund notice apply; steps cite activ.kz where it says so itself and kcell.kz for the shared company pages.
// No step has page targets: the forms are on kcell.kz, where the overlay shows Kcell's guide (which points
// at them), and activ.kz names none (stored copy of activ.kz/en/article/faq read 2026-11-28). Targets here
// were never found, so each activ page about documents or termination said the guide "may be out of date".
import type { OperatorGuide, Step } from '../schema';
import { COMPANIES_READ, RESEARCH_READ, STORED_COPIES_READ } from '../dates';
import { NOT_FOUND_FOR_EVERYONE, SIM_AND_CONTRACT_ADVICE } from '../general';
import {
  ACTIV_FAQ,
  ACTIV_LEGAL,
  ACTIV_MNP,
  KCELL_DOCUMENTS,
  KCELL_REFUND_NEWS,
} from '../kcell-jsc';


/**
 * activ's own wording of the shared precaution "Settle debts and device instalments" (same id, so a tick
 * carries over): the one place on activ's list about what is owed.
 */
const settleDebts: Step = {
  id: 'before-settle-debts',
  title: {
    en: 'Settle what you owe activ, device instalments included',
    ru: 'Погасите задолженность перед activ, включая рассрочку за устройство',
    kk: 'activ алдындағы берешекті (құрылғы үшін бөліп төлеуді қоса алғанда) жабыңыз',
    'zh-CN': '结清 activ 欠费，包括设备分期',
  },
  detail: {
    en: 'Pay any unpaid bill and any remaining device instalment before you file. activ’s porting page says that, to avoid a refusal to port your number, you should make sure you owe the operator you are leaving nothing for its services or for a device bought from it; what a debt means for termination was not found, so paying first is our general advice. If you use the activ personal account (named only by unofficial sources), it may show your balance, charges and instalments.',
    ru: 'До подачи заявления погасите неоплаченные счета и остаток рассрочки за устройство, если они есть. На странице activ о переносе номера сказано: чтобы избежать отказа в переносе номера, убедитесь, что у вас нет долга за услуги связи и обязательств по покупке устройства у оператора, от которого вы уходите; как задолженность влияет на расторжение, выяснить не удалось, поэтому погасить её заранее\u00a0— наш общий совет. Если вы пользуетесь личным кабинетом activ (о нём пишут только неофициальные источники), баланс, начисления и рассрочка, возможно, видны там.',
    kk: 'Өтініш бермес бұрын төленбеген шоттарды және құрылғы үшін бөліп төлеудің қалдығын (болса) төлеңіз. activ-тің нөмірді көшіру бетінде нөмірді көшіруден бас тартуды болдырмау үшін кетіп бара жатқан операторыңыз алдында байланыс қызметтері немесе одан сатып алынған құрылғы бойынша берешегіңіз болмауы керек екені айтылған; берешектің шартты бұзуға қалай әсер ететіні табылмады, сондықтан оны алдын ала төлеу\u00a0— біздің жалпы кеңесіміз. activ жеке кабинетін пайдалансаңыз (ол тек бейресми дереккөздерде аталады), баланс, есептелген төлемдер мен бөліп төлеу сонда көрінуі мүмкін.',
    'zh-CN': '如有未付账单或剩余的设备分期款，请在提交申请前结清。activ 的携号转网页面提示：为避免被拒绝办理携号转网，请确认您在要离开的运营商处没有通信服务欠费，也没有购买设备的未了义务；欠费对注销有何影响，未找到说明，因此提前结清是我们的一般性建议。如果您使用 activ 个人账户（仅见于非官方来源），或许可以在其中查看余额、费用和分期。',
  },
  channel: 'self',
  sources: [ACTIV_MNP],
  verified: RESEARCH_READ,
  confidence: 'general',
  topics: ['personal-account', 'termination', 'porting'],
};

const downloadForms: Step = {
  id: 'activ-download-forms',
  title: {
    en: 'Download the termination application',
    ru: 'Скачайте заявление на расторжение договора',
    kk: 'Шартты бұзу өтінішін жүктеп алыңыз',
    'zh-CN': '下载解除合同（注销）申请表',
  },
  detail: {
    en: 'activ belongs to Kcell JSC, whose forms page on kcell.kz lists the application to terminate the contract, titled «Шартты бұзу өтініші», and a form titled «Қаражат алуға келісім» (consent to receive funds; what it is for was not checked, so ask at the office whether you need it for the balance refund). Print and fill in the application beforehand.',
    ru: 'activ принадлежит АО «Кселл»; на странице бланков kcell.kz есть заявление на расторжение договора («Шартты бұзу өтініші») и бланк «Қаражат алуға келісім» (согласие на получение денежных средств; для чего он нужен, мы не проверяли, поэтому спросите в офисе, нужен ли он для возврата остатка). Распечатайте и заполните заявление заранее.',
    kk: 'activ «Кселл» АҚ-ға тиесілі; kcell.kz сайтының бланкілер бетінде «Шартты бұзу өтініші» және «Қаражат алуға келісім» бланкісі бар (оның не үшін қажет екені тексерілмеген, сондықтан қалдықты қайтару үшін қажет пе, кеңседен сұраңыз). Өтінішті алдын ала басып шығарып, толтырыңыз.',
    'zh-CN': 'activ 隶属于 Kcell 股份公司，kcell.kz 的表格页面提供解除合同（注销）申请表（标题为 «Шартты бұзу өтініші»），以及标题为 «Қаражат алуға келісім»（领取款项同意书）的表格；其用途未经核实，退还余额时是否需要，请在营业厅询问。可提前打印并填好申请表。',
  },
  channel: 'website',
  sources: [KCELL_DOCUMENTS, ACTIV_LEGAL],
  verified: RESEARCH_READ,
  confidence: 'official',
  topics: ['documents', 'termination'],
};

const prepareId: Step = {
  id: 'activ-prepare-id',
  title: {
    en: 'Bring your ID',
    ru: 'Возьмите документ, удостоверяющий личность',
    kk: 'Жеке басты куәландыратын құжатты ала барыңыз',
    'zh-CN': '携带身份证件',
  },
  detail: {
    en: `Take the passport or ID card the number is registered to. activ changes a subscriber’s registration data on a written application with a copy of your passport or ID card, filed at a Kcell Center or your dealer point. Anyone using a SIM bought from someone else must re-register it; ask whether that must be done before the contract can be ended. ${SIM_AND_CONTRACT_ADVICE.en}`,
    ru: `Возьмите паспорт или удостоверение личности\u00a0— тот документ, на который зарегистрирован номер. activ меняет регистрационные данные абонента по письменному заявлению с копией паспорта или удостоверения личности, поданному в Kcell Center или дилерский пункт. SIM-карту, купленную у другого человека, нужно переоформить на себя; уточните, нужно ли это до расторжения. ${SIM_AND_CONTRACT_ADVICE.ru}`,
    kk: `Нөмір тіркелген паспортты немесе жеке куәлікті ала барыңыз. activ абоненттің тіркеу деректерін Kcell Center-ге немесе дилер пунктіне берілген, паспорт немесе жеке куәлік көшірмесі қоса тіркелген жазбаша өтініш бойынша өзгертеді. Басқа адамнан сатып алынған SIM-картаны өз атыңызға қайта тіркеу керек; шартты бұзар алдында мұның қажет-қажет еместігін сұраңыз. ${SIM_AND_CONTRACT_ADVICE.kk}`,
    'zh-CN': `携带号码登记时使用的护照或身份证件。activ 变更用户登记信息，需要在 Kcell Center 或经销商网点提交书面申请并附护照或身份证复印件。从别人手里买的 SIM 卡须过户到自己名下；请询问注销前是否需要先办理。${SIM_AND_CONTRACT_ADVICE['zh-CN']}`,
  },
  channel: 'self',
  sources: [ACTIV_FAQ],
  verified: STORED_COPIES_READ,
  confidence: 'official',
  needsId: true,
  topics: ['re-registration', 'faq'],
};

const submit: Step = {
  id: 'activ-submit',
  title: {
    en: 'Hand in the termination application',
    ru: 'Подайте заявление на расторжение договора',
    kk: 'Шартты бұзу өтінішін тапсырыңыз',
    'zh-CN': '提交解除合同（注销）申请',
  },
  detail: {
    en: 'activ customers are served at Kcell Centers; activ’s FAQ says registration data are changed by a written application with a copy of your ID, filed at a Kcell Center or a dealer point. Where the termination application goes is not stated; a Kcell Center is the likely place, and staff there can confirm. No way to end the contract fully online was found. Ask for a stamped copy or a request number.',
    ru: 'Абонентов activ обслуживают в Kcell Center; в FAQ activ сказано, что регистрационные данные меняют по письменному заявлению с копией документа, удостоверяющего личность, поданному в Kcell Center или дилерский пункт. Куда подавать заявление на расторжение, не указано; скорее всего, тоже в Kcell Center\u00a0— там это могут подтвердить. Способа расторгнуть договор полностью онлайн не найдено. Попросите копию заявления с отметкой о принятии или номер обращения.',
    kk: 'activ абоненттеріне Kcell Center қызмет көрсетеді; activ-тің FAQ бетінде тіркеу деректері жеке басты куәландыратын құжаттың көшірмесі қоса берілген жазбаша өтініш арқылы өзгертілетіні, өтініш Kcell Center-ге немесе дилер пунктіне берілетіні айтылған. Шартты бұзу өтінішінің қайда берілетіні көрсетілмеген; сірә, ол да Kcell Center-ге беріледі\u00a0— мұны сол жердегі қызметкерлерден нақтылай аласыз. Шартты толықтай онлайн бұзу тәсілі табылған жоқ. Қабылданғаны туралы белгі қойылған көшірмесін немесе өтініш нөмірін сұраңыз.',
    'zh-CN': 'activ 用户在 Kcell Center 营业厅办理业务；activ 的常见问题页面说明，变更登记信息需提交附身份证件复印件的书面申请，在 Kcell Center 或经销商网点提交。页面未说明注销申请在哪里提交；很可能同样是 Kcell Center，可在那里确认。未找到完全在线注销的方式。请索取盖章副本或受理编号。',
  },
  channel: 'office',
  sources: [ACTIV_FAQ, KCELL_DOCUMENTS],
  verified: STORED_COPIES_READ,
  confidence: 'general',
  inPerson: true,
  needsId: true,
  topics: ['termination', 'documents'],
};

const refund: Step = {
  id: 'activ-refund',
  title: {
    en: 'Ask for the remaining balance back',
    ru: 'Попросите вернуть остаток на балансе',
    kk: 'Баланстағы қалдықты қайтаруды сұраңыз',
    'zh-CN': '申请退还剩余余额',
  },
  detail: {
    en: 'A 2016 notice from Kcell JSC, which runs activ, says the remaining balance is returned when a Kcell-brand contract is terminated; it does not mention activ. Ask at the office whether an activ balance is returned, how, and whether you need the consent to receive funds from the forms page.',
    ru: 'В уведомлении АО «Кселл» 2016\u00a0года (этой компании принадлежит activ) сказано, что при расторжении договора под брендом Kcell остаток средств возвращается; об activ там не говорится. Спросите в офисе, возвращают ли остаток абонентам activ, каким способом и нужно ли согласие на получение денежных средств со страницы бланков.',
    kk: 'activ иесі «Кселл» АҚ-ның 2016\u00a0жылғы хабарламасында Kcell брендіндегі шарт бұзылғанда қалған қаражат қайтарылатыны айтылған; онда activ туралы ештеңе айтылмаған. activ абоненттеріне қалдық қайтарыла ма, қалай қайтарылады және бланкілер бетіндегі «Қаражат алуға келісім» қажет пе, кеңседен сұраңыз.',
    'zh-CN': '经营 activ 的 Kcell 股份公司 2016 年的一则通知称，解除 Kcell 品牌的合同时会退还剩余余额；通知中没有提到 activ。请在营业厅询问 activ 用户的余额是否退还、如何退还，以及是否需要表格页面上的领取款项同意书。',
  },
  channel: 'office',
  sources: [KCELL_REFUND_NEWS, KCELL_DOCUMENTS],
  verified: RESEARCH_READ,
  confidence: 'official',
  inPerson: true,
  topics: ['refund', 'documents'],
};

export const activ: OperatorGuide = {
  kind: 'operator',
  id: 'activ',
  name: 'activ',
  // activ's own legal page: the service under the activ trademark is Kcell JSC's.
  company: {
    text: {
      en: 'A trademark of Kcell JSC',
      ru: 'Товарный знак АО «Кселл»',
      kk: '«Кселл» АҚ тауар белгісі',
      'zh-CN': 'Kcell 股份公司旗下商标',
    },
    sources: [
      'https://activ.kz/en/service/legal',
    ],
    verified: COMPANIES_READ,
    confidence: 'official',
  },
  hosts: ['activ.kz'],
  support: [
    {
      url: ACTIV_FAQ,
      label: {
        en: 'activ FAQ: changing registration data, re-registering a SIM',
        ru: 'Вопросы и ответы activ: смена данных, переоформление SIM-карты',
        kk: 'activ сұрақ-жауаптары: деректерді өзгерту, SIM-картаны қайта тіркеу',
        'zh-CN': 'activ 常见问题：变更登记信息、SIM 卡过户',
      },
      topics: ['faq', 're-registration'],
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
      url: KCELL_DOCUMENTS,
      label: {
        en: 'Kcell JSC forms: termination, re-registration, refund of a mistaken payment',
        ru: 'Бланки АО «Кселл»: расторжение, переоформление, возврат ошибочного платежа',
        kk: '«Кселл» АҚ бланкілері: шартты бұзу, қайта тіркеу, қате төлемді қайтару',
        'zh-CN': 'Kcell 股份公司表格：注销、过户、误付款退款',
      },
      topics: ['documents', 'termination', 're-registration', 'refund'],
      verified: RESEARCH_READ,
    },
  ],
  routes: {
    online: [downloadForms, submit, refund],
    office: [prepareId, submit, refund],
  },
  ownPrecautions: [settleDebts],
  notFound: [
    {
      what: {
        en: 'A way to terminate an activ contract fully online',
        ru: 'Способ расторгнуть договор activ полностью онлайн',
        kk: 'activ шартын толықтай онлайн бұзу тәсілі',
        'zh-CN': '完全在线注销 activ 号码的方式',
      },
      verified: RESEARCH_READ,
    },
    {
      what: {
        en: 'An activ page on termination of its own (Kcell JSC’s forms on kcell.kz are used instead)',
        ru: 'Собственная страница activ о расторжении (вместо неё\u00a0— бланки АО «Кселл» на kcell.kz)',
        kk: 'activ-тің шартты бұзу туралы өз беті (оның орнына kcell.kz сайтындағы «Кселл» АҚ бланкілері)',
        'zh-CN': 'activ 自己关于注销的页面（改用 kcell.kz 上 Kcell 股份公司的表格）',
      },
      verified: RESEARCH_READ,
    },
    ...NOT_FOUND_FOR_EVERYONE,
  ],
  summary: {
    en: 'activ is a Kcell JSC brand: online you can download Kcell JSC’s termination application and other forms (and perhaps check your balance, if you use the activ account). The evidence found points to the contract being ended by a written application with ID, most likely at a Kcell Center, where activ customers are served.',
    ru: 'activ\u00a0— бренд АО «Кселл»: онлайн можно скачать заявление АО «Кселл» на расторжение и другие бланки (а если вы пользуетесь личным кабинетом activ, то, возможно, и проверить баланс). Судя по найденному, договор расторгают письменным заявлением с документом, удостоверяющим личность, скорее всего, в Kcell Center, где обслуживают абонентов activ.',
    kk: 'activ\u00a0— «Кселл» АҚ бренді: «Кселл» АҚ-ның шартты бұзу өтінішін және басқа бланкілерін онлайн жүктеп алуға болады (activ жеке кабинетін пайдалансаңыз, балансты да тексеруге болатын шығар). Табылған деректерге қарағанда, шарт, сірә, activ абоненттеріне қызмет көрсететін Kcell Center-де жеке басты куәландыратын құжатпен берілетін жазбаша өтініш арқылы бұзылады.',
    'zh-CN': 'activ 是 Kcell 股份公司的品牌：线上可以下载 Kcell 股份公司的注销申请表及其他表格（如使用 activ 个人账户，或许还可查询余额）。从已找到的资料看，解除合同需携带身份证件提交书面申请，地点很可能是为 activ 用户服务的 Kcell Center 营业厅。',
  },
};
