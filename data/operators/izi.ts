// IZI is app-first: its app's user agreement (at an address that says "manual") covers ordering,
// registering and activating a SIM in the app, and nothing about ending a contract; which operator runs it was not confirmed. So the app is the place to
// start, and the rest is the general procedure, labelled as such.
import type { OperatorGuide, Step } from '../schema';
import { COMPANIES_READ, RESEARCH_READ, WRITTEN } from '../dates';
import { ACTIV_FAQ, KCELL_DOCUMENTS } from '../kcell-jsc';
import { NOT_FOUND_FOR_EVERYONE, documentsNotFound, generalSteps, terminationNotFound } from '../general';

const USER_AGREEMENT = 'https://content.izi.me/binaries/content/assets/docs/manual-en.html';
// The bundles page sits under product-details/: the stored copy the research read is at this address.
const BUNDLES = 'https://content.izi.me/binaries/content/assets/docs/product-details/bundles-en.html';

const general = generalSteps('izi', 'IZI');

const appCheck: Step = {
  id: 'izi-app-check',
  title: {
    en: 'Start in the IZI app',
    ru: 'Начните с приложения IZI',
    kk: 'IZI қосымшасынан бастаңыз',
    'zh-CN': '从 IZI 应用开始',
  },
  detail: {
    en: 'IZI runs through its app: the SIM is ordered, registered and activated there. IZI says leftover bundle minutes are reset if the number is not used for 6 months (no outgoing calls, SMS or mobile internet, and no top-up or spending). (Our advice, not IZI’s: buy nothing new in the app while you are leaving.)',
    ru: 'IZI работает через приложение: в нём заказывают, регистрируют и активируют SIM-карту. По словам IZI, оставшиеся минуты пакетов обнуляются, если номером не пользовались 6\u00a0месяцев (ни исходящих звонков, ни SMS, ни мобильного интернета, ни пополнений или трат с баланса). (Это наш совет, а не совет IZI: пока вы отказываетесь от номера IZI, ничего нового в приложении не покупайте.)',
    kk: 'IZI қосымша арқылы жұмыс істейді: SIM-картаға сонда тапсырыс беріп, оны тіркеп, іске қосады. IZI мәліметінше, нөмір 6\u00a0ай бойы пайдаланылмаса (шығыс қоңырау, SMS, мобильді интернет болмаса, баланс толтырылмаса не жұмсалмаса), пакеттердегі қалған минуттар нөлге түседі. (Бұл IZI-нің емес, біздің кеңесіміз: IZI қызметінен бас тартып жатқанда қосымшада жаңа ештеңе сатып алмаңыз.)',
    'zh-CN': 'IZI 通过应用运营：SIM 卡在应用中订购、登记和激活。据 IZI 说明，如果号码连续 6 个月未被使用（没有拨出电话、发送短信、使用移动网络，也没有充值或消费），套餐内剩余的分钟数将清零。（这是我们的建议，并非 IZI 的规定：在办理注销期间，不要在应用中购买任何新的套餐或服务。）',
  },
  channel: 'app',
  sources: [USER_AGREEMENT, BUNDLES],
  verified: RESEARCH_READ,
  confidence: 'official',
  topics: ['personal-account'],
};

const askSupport: Step = {
  id: 'izi-ask-support',
  title: {
    en: 'Ask IZI how and where to end the contract',
    ru: 'Спросите IZI, как и где расторгнуть договор',
    kk: 'Шартты қалай және қайда бұзуға болатынын IZI-ден сұраңыз',
    'zh-CN': '向 IZI 询问如何、在哪里注销',
  },
  // In the full list the summary has said the procedure was not found, and its last list says which offices.
  detail: {
    en: 'Ask through the app’s help or contact option if it has one, and keep the answer.',
    ru: 'Спросите через раздел помощи или связи в приложении, если он есть, и сохраните ответ.',
    kk: 'Қосымшада көмек немесе байланыс бөлімі болса, сол арқылы сұрап, жауапты сақтап қойыңыз.',
    'zh-CN': '如应用中有帮助或联系入口，请通过它询问，并保存对方的答复。',
  },
  notFoundSentence: {
    text: {
      en: 'IZI’s termination procedure was not found, nor which operator’s offices serve IZI customers.',
      ru: 'Порядок расторжения у IZI не найден, как и то, в офисах какого оператора обслуживают абонентов IZI.',
      kk: 'IZI шартын бұзу тәртібі де, IZI абоненттеріне қай оператордың кеңселері қызмет көрсететіні де табылмады.',
      'zh-CN': '未找到 IZI 的注销流程，也不清楚 IZI 用户由哪家运营商的营业厅提供服务。',
    },
  },
  channel: 'app',
  sources: [],
  verified: WRITTEN,
  confidence: 'general',
  topics: ['termination', 'faq'],
};

const submit: Step = {
  ...general.submit,
  // IZI is app-first and its procedure was not found: "Needs an office visit" and "Bring your ID"
  // would state as definite what the text only says another operator does.
  inPerson: false,
  needsId: false,
  channel: 'self',
  title: {
    en: 'File the termination request where IZI tells you',
    ru: 'Подайте заявление на расторжение договора там, где укажет IZI',
    kk: 'Шартты бұзу туралы өтінішті IZI көрсеткен жерге беріңіз',
    'zh-CN': '按 IZI 指定的地点提交注销申请',
  },
  detail: {
    en: 'IZI may do this differently from other operators. Kcell JSC (Kcell, activ), for example, publishes a form for a written application to end a contract, and takes written requests to change registration data at a Kcell Center or a dealer point, with a copy of ID. Ask IZI where to file yours; pay anything still owed, and leave with a copy or a request number.',
    ru: 'У IZI это может быть устроено иначе, чем у других операторов. Например, Kcell JSC (Kcell, activ) публикует бланк письменного заявления на расторжение договора, а письменные заявления об изменении регистрационных данных принимает в Kcell Center или у дилера, с копией документа, удостоверяющего личность. Уточните у IZI, куда подать заявление; погасите задолженность, если она осталась, и получите копию заявления или номер обращения.',
    kk: 'IZI-де бұл басқа операторлардағыдан өзгеше болуы мүмкін. Мысалы, Kcell JSC (Kcell, activ) шартты бұзуға арналған жазбаша өтініш нысанын жариялайды, ал тіркеу деректерін өзгерту туралы жазбаша өтініштерді Kcell Center-де немесе дилер пунктінде жеке куәлік көшірмесімен қабылдайды. Өтінішіңізді қайда беру керегін IZI-ден сұраңыз; берешек қалса, оны төлеп, көшірмесін немесе өтініш нөмірін алыңыз.',
    'zh-CN': 'IZI 的做法可能与其他运营商不同。例如，Kcell JSC（Kcell、activ）公布了注销合同的书面申请表，并在 Kcell Center 或经销网点凭身份证件复印件受理变更登记资料的书面申请。请向 IZI 询问应在哪里提交；结清剩余欠费，并拿到申请副本或受理编号。',
  },
  // The comparison's basis: Kcell JSC's forms page (its termination application) and activ's FAQ (written
  // requests to change registration data, with a copy of ID, at a Kcell Center or a dealer point).
  sources: [KCELL_DOCUMENTS, ACTIV_FAQ],
  verified: RESEARCH_READ,
  notFoundSentence: {
    text: {
      en: 'IZI’s official procedure was not found.',
      ru: 'Официальный порядок IZI не найден.',
      kk: 'IZI-нің ресми тәртібі табылмады.',
      'zh-CN': '未找到 IZI 的官方流程。',
    },
  },
};

// Which offices serve IZI was not found, so no IZI step may carry "Needs an office visit" or "Bring
// your ID" as if it were known: the ID is to have ready, the refund is asked wherever IZI says.
const prepareId: Step = {
  ...general.prepareId,
  needsId: false,
  title: {
    en: 'Have your ID ready',
    ru: 'Приготовьте документ, удостоверяющий личность',
    kk: 'Жеке басты куәландыратын құжатты дайындап қойыңыз',
    'zh-CN': '准备好身份证件',
  },
  detail: {
    en: 'Have the passport or Kazakhstan ID the number is registered with at hand: IZI may ask for it to end the contract.',
    ru: 'Держите под рукой паспорт или удостоверение личности РК\u00a0— тот документ, на который зарегистрирован номер: возможно, IZI потребует его для расторжения договора.',
    kk: 'Нөмір тіркелген паспортты немесе ҚР жеке куәлігін дайын ұстаңыз: IZI шартты бұзу үшін соны сұрауы мүмкін.',
    'zh-CN': '准备好号码登记时使用的护照或哈萨克斯坦身份证件：IZI 办理注销时可能要求出示。',
  },
  notFoundSentence: { text: documentsNotFound('IZI'), after: true },
};

const refund: Step = { ...general.refund, inPerson: false, channel: 'self' };

const appFirst = [appCheck, askSupport, prepareId, submit, refund];

export const izi: OperatorGuide = {
  kind: 'operator',
  id: 'izi',
  name: 'IZI',
  // IZI's app user agreement: the SIM is ordered, registered and activated in the app. Whose network it is was not found.
  company: {
    text: {
      en: 'App-first mobile brand; the operator behind it was not confirmed',
      ru: 'Мобильный бренд, работающий через приложение; оператор, которому он принадлежит, не подтверждён',
      kk: 'Қосымша арқылы жұмыс істейтін мобильді бренд; оның қай операторға тиесілі екені расталмаған',
      'zh-CN': '以应用为主的移动品牌；其背后的运营商尚未确认',
    },
    sources: [USER_AGREEMENT],
    verified: COMPANIES_READ,
    confidence: 'official',
  },
  hosts: ['izi.me'],
  support: [
    {
      url: USER_AGREEMENT,
      // Named for what the page is, though its address says "manual": the stored copy (read 2026-11-28) is
      // headed "IZI app User agreement", the app's terms of use, listing what can be done in the app.
      label: {
        en: 'IZI app user agreement',
        ru: 'Пользовательское соглашение приложения IZI',
        kk: 'IZI қосымшасының пайдаланушы келісімі',
        'zh-CN': 'IZI 应用用户协议',
      },
      topics: ['faq', 'personal-account'],
      verified: RESEARCH_READ,
    },
  ],
  // One route: "Straight to an office" would send the user to an office no source names (which offices
  // serve IZI was not found), and its first step asks IZI in the app anyway. With both routes the same,
  // no choice is offered (utils/route-choice.ts), as for Tele2 and ALTEL.
  routes: { online: appFirst, office: appFirst },
  ownPrecautions: [general.balanceRefund],
  notFound: [
    ...terminationNotFound('IZI'),
    {
      what: {
        en: 'Which operator runs IZI, and which offices serve its customers',
        ru: 'Какой оператор стоит за IZI и в каких офисах обслуживают его абонентов',
        kk: 'IZI-нің артында қай оператор тұрғаны және оның абоненттеріне қай кеңселер қызмет көрсететіні',
        'zh-CN': 'IZI 由哪家运营商经营，以及哪些营业厅为其用户服务',
      },
      verified: RESEARCH_READ,
    },
    ...NOT_FOUND_FOR_EVERYONE,
  ],
  summary: {
    en: 'IZI is managed in its app, where the SIM is ordered, registered and activated; its termination procedure was not found, so the rest is general guidance: a written application with ID, filed where IZI tells you.',
    ru: 'IZI управляется через приложение, в котором заказывают, регистрируют и активируют SIM-карту; порядок расторжения не найден, поэтому дальше\u00a0— общие советы: письменное заявление с документом, удостоверяющим личность, поданное там, где укажет IZI.',
    kk: 'IZI қосымша арқылы басқарылады: SIM-картаға сонда тапсырыс беріп, оны тіркеп, іске қосады; шартты бұзу тәртібі табылмады, сондықтан әрі қарай жалпы кеңестер: IZI көрсеткен жерге жеке басты куәландыратын құжатпен жазбаша өтініш беру.',
    'zh-CN': 'IZI 通过应用管理，SIM 卡在应用中订购、登记和激活；未找到其注销流程，以下为一般性建议：按 IZI 指定的地点，携带身份证件提交书面申请。',
  },
};
