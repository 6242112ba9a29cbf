// The general in-office procedure, for operators whose own termination procedure the research did not
// find (Tele2, ALTEL, IZI, and Beeline's refund). Every step is labelled 'general' and names no page,
// phone number or form, so nothing here can be mistaken for the operator's documented rules.
import { type Localized, type NotFound, type OperatorId, type Step } from './schema';
import { RESEARCH_READ, WRITTEN } from './dates';

/**
 * No source asks for the SIM card or the contract at termination (the source article did): bringing them
 * is said to be our advice, wherever a step mentions them.
 */
export const SIM_AND_CONTRACT_ADVICE: Localized = {
  en: 'Bringing the SIM card and any contract as well is only our advice: no source says they are needed.',
  ru: 'Взять с собой SIM-карту и договор, если он есть,\u00a0— лишь наш совет: ни один источник не говорит, что они нужны.',
  kk: 'SIM-карта мен шартты (болса) қоса алу\u00a0— тек біздің кеңесіміз: олардың қажет екенін ешбір дереккөз айтпайды.',
  'zh-CN': '同时带上 SIM 卡和服务合同（如有）只是我们的建议：没有任何来源说明需要这些材料。',
};

export interface GeneralSteps {
  /**
   * The operator's own wording of the shared precaution "Settle debts and device instalments" (same id,
   * so a tick carries over): where to check and pay, for OperatorGuide.ownPrecautions.
   */
  readonly settleDebts: Step;
  /**
   * The operator's own wording of the shared precaution "Plan the refund of your balance" (same id, so a
   * tick carries over): the shared one cites a Kcell notice and says to ask at the office whether it still
   * applies, which at another operator's office means nothing, and what to ask is the refund step's.
   */
  readonly balanceRefund: Step;
  readonly prepareId: Step;
  /** Files the termination request: id ends with `-submit`. */
  readonly submit: Step;
  readonly refund: Step;
}

/** The names the general steps are written for. */
export type GeneralName = 'Beeline' | 'Tele2' | 'ALTEL' | 'IZI';

/**
 * Kazakh genitives ("IZI's"): the suffix follows the name's last sound, and writing "IZI операторының"
 * instead would call IZI an operator, which the research could not confirm (izi.ts, company).
 */
const KK_GENITIVE: Record<GeneralName, string> = { Beeline: 'Beeline-ның', Tele2: 'Tele2-нің', ALTEL: 'ALTEL-дің', IZI: 'IZI-нің' };
/**
 * "At IZI" (locative): a noun takes one possessor, so a procedure already owned by a genitive ("шартты
 * бұзудың ресми тәртібі") is placed at the operator, not given a second genitive ("Tele2-нің шартты бұзудың…").
 */
const KK_LOCATIVE: Record<GeneralName, string> = { Beeline: 'Beeline-да', Tele2: 'Tele2-де', ALTEL: 'ALTEL-де', IZI: 'IZI-де' };

/** "Tele2’s own list of required documents was not found.": said on the ID step’s own card (Step.notFoundSentence; IZI’s too). */
export function documentsNotFound(name: GeneralName): Localized {
  return {
    en: `${name}’s own list of required documents was not found.`,
    ru: `Собственный перечень документов ${name} не найден.`,
    kk: `${KK_GENITIVE[name]} талап ететін құжаттар тізімі табылмады.`,
    'zh-CN': `未找到 ${name} 公布的所需材料清单。`,
  };
}

export function generalSteps(operator: OperatorId, name: GeneralName): GeneralSteps {
  return {
    settleDebts: {
      id: 'before-settle-debts',
      title: {
        en: `Settle what you owe ${name}, device instalments included`,
        ru: `Погасите задолженность перед ${name}, включая рассрочку за устройство`,
        kk: `${name} алдындағы берешекті (құрылғы үшін бөліп төлеуді қоса алғанда) жабыңыз`,
        'zh-CN': `结清 ${name} 欠费，包括设备分期`,
      },
      detail: {
        en: `Pay any unpaid bill and any remaining device instalment before you file. If you use ${name}’s self-service (website account or app), it may show your balance, bills and any instalment, and let you pay there; an office can take the payment too.`,
        ru: `До подачи заявления погасите неоплаченные счета и остаток рассрочки за устройство, если они есть. Если вы пользуетесь личным кабинетом ${name} на сайте или приложением, там, возможно, видны баланс, счета и рассрочка и можно оплатить задолженность; оплатить её можно и в офисе.`,
        kk: `Өтініш бермес бұрын төленбеген шоттарды және құрылғы үшін бөліп төлеудің қалдығын (болса) төлеңіз. ${KK_GENITIVE[name]} өзіне-өзі қызмет көрсету құралын (сайттағы жеке кабинет немесе қосымша) пайдалансаңыз, баланс, шот және бөліп төлеу сонда көрінуі, берешекті сонда төлеуге болуы мүмкін; оны кеңседе де төлеуге болады.`,
        'zh-CN': `如有未付账单或剩余的设备分期款，请在提交申请前结清。如果您使用 ${name} 的自助服务（网站个人账户或应用），或许可以在其中查看余额、账单和分期并缴清欠费；也可以到营业厅缴费。`,
      },
      notFoundSentence: {
        text: {
          en: `No ${name} page describing this was found, so this is general guidance.`,
          ru: `Страница ${name} с описанием этого не найдена, поэтому это общий совет.`,
          kk: `Бұл туралы ${name} беті табылмады, сондықтан бұл жалпы кеңес.`,
          'zh-CN': `未找到 ${name} 对此的官方说明，因此此为一般性建议。`,
        },
        after: true,
      },
      channel: 'self',
      sources: [],
      verified: WRITTEN,
      confidence: 'general',
      topics: ['personal-account', 'termination', 'porting'],
    },
    balanceRefund: {
      id: 'before-balance-refund',
      title: {
        en: 'Note your balance before you file',
        ru: 'Запишите остаток на балансе',
        kk: 'Баланстағы қалдықты жазып алыңыз',
        'zh-CN': '记下当前余额',
      },
      detail: {
        en: `Before you file, note your current balance or take a screenshot of it: you will need the figure when you ask ${name} for it back and when you check the final bill.`,
        ru: `Перед подачей заявления запишите текущий баланс или сделайте снимок экрана с ним: эта сумма понадобится, когда будете просить ${name} вернуть остаток и проверять итоговый счёт.`,
        kk: `Өтініш бермес бұрын ағымдағы балансты жазып алыңыз немесе экранын суретке түсіріп қойыңыз: бұл сома қалдықты қайтаруды сұрағанда және қорытынды шотты тексергенде керек болады.`,
        'zh-CN': `提交申请前，记下当前余额或截图保存：向 ${name} 申请退还余额和核对最终账单时都要用到这个数字。`,
      },
      channel: 'self',
      sources: [],
      verified: WRITTEN,
      confidence: 'general',
      topics: ['refund'],
    },
    prepareId: {
      id: `${operator}-prepare-id`,
      title: {
        en: 'Bring your ID',
        ru: 'Возьмите документ, удостоверяющий личность',
        kk: 'Жеке басты куәландыратын құжатты ала барыңыз',
        'zh-CN': '携带身份证件',
      },
      detail: {
        en: `Take the passport or Kazakhstan ID the number is registered with. ${SIM_AND_CONTRACT_ADVICE.en}`,
        ru: `Возьмите паспорт или удостоверение личности РК\u00a0— тот документ, на который зарегистрирован номер. ${SIM_AND_CONTRACT_ADVICE.ru}`,
        kk: `Нөмір тіркелген паспортты немесе ҚР жеке куәлігін ала барыңыз. ${SIM_AND_CONTRACT_ADVICE.kk}`,
        'zh-CN': `携带号码登记时使用的护照或哈萨克斯坦身份证件。${SIM_AND_CONTRACT_ADVICE['zh-CN']}`,
      },
      notFoundSentence: { text: documentsNotFound(name) },
      channel: 'self',
      sources: [],
      verified: WRITTEN,
      confidence: 'general',
      needsId: true,
    },
    submit: {
      id: `${operator}-submit`,
      title: {
        en: `Ask ${name} in person to end the contract`,
        ru: `Попросите расторгнуть договор в офисе ${name}`,
        kk: `${name} кеңсесінен шартты бұзуды сұраңыз`,
        'zh-CN': `到 ${name} 营业厅申请注销`,
      },
      detail: {
        en: `In general: go to an office in person, say you want to end the contract and give up the number, pay anything still owed, sign a written application, and leave with a copy or a request number.`,
        ru: `Обычно: придите в офис лично, скажите, что хотите расторгнуть договор и отказаться от номера, погасите задолженность, если она осталась, подпишите письменное заявление и получите копию заявления или номер обращения.`,
        kk: `Әдетте: кеңсеге өзіңіз барып, шартты бұзып, нөмірден бас тартқыңыз келетінін айтыңыз, берешек қалса, оны төлеңіз, жазбаша өтінішке қол қойып, көшірмесін немесе өтініш нөмірін алыңыз.`,
        'zh-CN': `一般做法：本人前往营业厅，说明要解除合同并注销号码，结清剩余欠费，签署书面申请，并拿到申请副本或受理编号。`,
      },
      notFoundSentence: {
        text: {
          en: `${name}’s official termination procedure was not found.`,
          ru: `Официальный порядок расторжения у ${name} не найден.`,
          kk: `${KK_LOCATIVE[name]} шартты бұзудың ресми тәртібі табылмады.`,
          'zh-CN': `未找到 ${name} 官方的注销流程。`,
        },
      },
      channel: 'office',
      sources: [],
      verified: WRITTEN,
      confidence: 'general',
      inPerson: true,
      needsId: true,
      topics: ['termination'],
    },
    refund: {
      id: `${operator}-refund`,
      title: {
        en: 'Ask for the remaining balance back',
        ru: 'Попросите вернуть остаток на балансе',
        kk: 'Баланстағы қалдықты қайтаруды сұраңыз',
        'zh-CN': '申请退还剩余余额',
      },
      detail: {
        en: `When you file the application, ask whether the remaining balance is returned, how, and what you need to sign for it.`,
        ru: `При подаче заявления спросите, возвращается ли остаток на балансе, каким способом и что для этого нужно подписать.`,
        kk: `Өтініш бергенде баланстағы қалдық қайтарыла ма, қалай және ол үшін неге қол қою керек екенін сұраңыз.`,
        'zh-CN': `提交申请时，询问剩余余额是否退还、如何退还，以及需要签署哪些文件。`,
      },
      notFoundSentence: {
        text: {
          en: `${name}’s refund rules were not found.`,
          ru: `Правила возврата средств у ${name} не найдены.`,
          kk: `${KK_GENITIVE[name]} қаражатты қайтару ережелері табылмады.`,
          'zh-CN': `未找到 ${name} 的退款规定。`,
        },
      },
      channel: 'office',
      sources: [],
      verified: WRITTEN,
      confidence: 'general',
      inPerson: true,
      topics: ['refund'],
    },
  };
}

/** The summary of an operator with no help page found at all: what may be done online is hedged. */
export function noProcedureSummary(name: GeneralName): Localized {
  return {
    en: `${name} publishes no termination procedure that the research could find. If you have an online account with ${name}, you may be able to check your balance and pay any debt there; ending the contract is, in general, done in person at an office with ID.`,
    ru: `Опубликованный порядок расторжения договора с ${name} найти не удалось. Если у вас есть личный кабинет ${name}, там, возможно, удастся проверить баланс и погасить задолженность, если она есть; договор, как правило, расторгают лично в офисе с документом, удостоверяющим личность.`,
    kk: `${KK_GENITIVE[name]} шартты бұзу тәртібі табылмады. ${name} жеке кабинетін пайдалансаңыз, сонда балансты тексеріп, берешек болса, оны төлеуге болатын шығар; шартты бұзу үшін әдетте кеңсеге жеке басты куәландыратын құжатпен өзіңіз барасыз.`,
    'zh-CN': `未能找到 ${name} 公布的注销流程。如果您使用 ${name} 网上个人账户，或许可以在其中查询余额、结清欠费；注销一般需本人携带身份证件到营业厅办理。`,
  };
}

/** What the research looked for on an operator's site and did not find. */
export function terminationNotFound(name: GeneralName): readonly NotFound[] {
  return [
    {
      what: {
        en: `${name}’s official procedure for ending the contract and giving up the number`,
        ru: `Официальный порядок расторжения договора и отказа от номера у ${name}`,
        kk: `${KK_LOCATIVE[name]} шартты бұзу және нөмірден бас тартудың ресми тәртібі`,
        'zh-CN': `${name} 官方的解除合同（注销号码）流程`,
      },
      verified: RESEARCH_READ,
    },
    {
      what: {
        en: `The documents ${name} requires for termination`,
        ru: `Перечень документов, которые ${name} требует для расторжения`,
        kk: `${KK_GENITIVE[name]} шартты бұзу үшін талап ететін құжаттар тізімі`,
        'zh-CN': `${name} 办理注销所需的材料清单`,
      },
      verified: RESEARCH_READ,
    },
    {
      what: {
        en: `${name}’s rules for refunding the remaining balance`,
        ru: `Правила возврата остатка средств у ${name}`,
        kk: `${KK_GENITIVE[name]} қалдық қаражатты қайтару ережелері`,
        'zh-CN': `${name} 退还剩余余额的规定`,
      },
      verified: RESEARCH_READ,
    },
    {
      what: {
        en: `A way to end the ${name} contract online`,
        ru: `Способ расторгнуть договор с ${name} онлайн`,
        kk: `${name} шартын онлайн бұзу тәсілі`,
        'zh-CN': `在线注销 ${name} 号码的方式`,
      },
      verified: RESEARCH_READ,
    },
  ];
}

/**
 * Searched for on behalf of every operator's users and not found (shared/research/operators.md, "Rules
 * for everyone"). Shown with each operator's own list: the first answers "can I just stop using it?",
 * the second the visitors this guide is also written for.
 */
export const NOT_FOUND_FOR_EVERYONE: readonly NotFound[] = [
  {
    what: {
      en: 'A rule in Kazakhstan that ends a number left unused for some time (found only for other countries): leaving a SIM unused is not known to end it',
      ru: 'Правило, по которому в Казахстане отключают номер, которым долго не пользуются (найдено только для других стран): неизвестно, чтобы неиспользуемая SIM-карта отключалась сама',
      kk: 'Ұзақ пайдаланылмаған нөмірді өшіретін Қазақстандағы ереже (тек басқа елдер үшін табылды): пайдаланылмаған SIM-картаның өздігінен өшірілетіні белгісіз',
      'zh-CN': '哈萨克斯坦关于长期不用的号码会被注销的规定（只找到其他国家的规定）：目前不能确认 SIM 卡闲置不用就会自动注销',
    },
    verified: RESEARCH_READ,
  },
  {
    what: {
      en: 'Rules of their own for tourists or short-stay foreigners giving up a SIM card',
      ru: 'Особые правила отказа от SIM-карты для туристов и иностранцев, приехавших ненадолго',
      kk: 'Туристер мен қысқа мерзімге келген шетелдіктердің SIM-картадан бас тартуына арналған арнайы ережелер',
      'zh-CN': '针对游客或短期停留外国人注销 SIM 卡的专门规定',
    },
    verified: RESEARCH_READ,
  },
];
