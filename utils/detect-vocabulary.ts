// The words the page classifier looks for, kept apart from the scoring so that contributors can
// add a phrase seen on a real page without touching logic (then add that page to
// tests/unit/detect.test.ts).
//
// Phrase syntax (matched by utils/detect-phrases.ts against lower-cased text, ё read as е; write
// phrases that way too, lower case, е for ё, one space between words — a unit test checks):
// - words are separated by a space, which matches a run of one to six spaces or punctuation marks
//   («SIM-карта» and «SIM карта» both match `sim карта`);
// - `word*` also matches any letters after `word` (Russian and Kazakh endings: `расторж*`);
// - `a|b` inside one word position matches either (in a first word, all alternatives start with
//   a letter or digit, or all with another character such as ₸);
// - `~` lets up to two other words sit between its neighbours («расторжение абонентского договора»);
// - phrases that start or end with a letter only match whole words (`mnp` does not match in `xmnpx`);
// - Chinese phrases are written without spaces and match anywhere.
// Relative, not '@/': wxt.config.ts reads this file (through utils/help-globs.ts), and its loader knows no alias.
import type { Topic } from '../data/schema';

export interface TopicTerms {
  /** Phrases that by themselves say what the page is about. */
  readonly strong: readonly string[];
  /** Words that menus and footers repeat on every page: they only count when they pile up. */
  readonly weak: readonly string[];
}

export const TOPIC_TERMS: Readonly<Record<Topic, TopicTerms>> = {
  termination: {
    strong: [
      // ru
      'расторж* ~ договор*',
      'расторгн*|расторгать ~ договор*',
      'договор* ~ расторг*|расторж*',
      'прекращени* ~ договор*',
      'отказ* от номер*',
      'отключ* номер*',
      'закрыть номер',
      'закрытие номера',
      // kk
      'шарт* ~ бұз*|тоқтат*',
      'нөмірден бас тарт*',
      'нөмірді өшір*|ажырат*',
      // en
      'terminat* ~ contract*|agreement*',
      'contract* termination',
      'cancel* ~ contract*',
      'end|ending ~ contract*',
      'give up ~ number*',
      'disconnect* ~ number*',
      // zh
      '解除合同',
      '终止合同',
      '解约',
      '注销号码',
      '销号',
    ],
    weak: ['расторжени*', 'termination'],
  },
  're-registration': {
    strong: [
      'переоформ*',
      'смен* владельц*',
      'переда* номер*',
      'изменени* регистрацион* данн*',
      'қайта тірке*',
      'қайта рәсімде*',
      // Kcell's kk forms page spells it with е: «Қайта ресімдеу туралы хабарлама» (www.kcell.kz/kk/product/documents).
      'қайта ресімде*',
      'иесін ауыстыр*',
      're registe*|registra*',
      'reregist*',
      'transfer* ~ ownership',
      'change* ~ owner*',
      'change* ~ registration data',
      // activ's English FAQ (activ.kz/en/article/faq) asks it this way: "have my registration details
      // changed", "the change of mobile number ownership".
      'registration details',
      'number ownership',
      '过户',
      '更改机主',
      '实名变更',
    ],
    weak: [],
  },
  porting: {
    strong: [
      'перенос* номер*',
      'переход* ~ со своим номером',
      'сохран* ~ номер* ~ переход*',
      'mnp',
      'нөмір* көшір*',
      'нөмірді сақтай отырып',
      'number portability',
      'port|porting|ported ~ number*',
      'number* ~ port|porting|ported',
      'keep* your number',
      '携号转网',
      '号码转移',
    ],
    weak: [],
  },
  blocking: {
    strong: [
      'блокир*|заблокир* ~ номер*|sim|сим',
      'номер*|sim|сим ~ блокир*|заблокир*',
      'добровольн* блокир*',
      'временн* блокир*',
      'нөмір* ~ бұғатта*',
      'sim ~ бұғатта*',
      'бұғаттау',
      'block|blocking|blocked ~ sim|number*',
      'suspend* ~ number*',
      '挂失',
      '停机',
      '锁卡',
    ],
    weak: ['блокировк*', 'lost sim', 'утер* sim|сим'],
  },
  refund: {
    strong: [
      'возврат* ~ средств|денег|остатк*|баланс*|платеж*',
      'вернуть ~ деньги|средства|остаток',
      'ошибочн* платеж*',
      'остат* ~ средств* ~ возвра*|верн*',
      'қаражат* ~ қайтар*',
      'ақша* ~ қайтар*',
      'қате төлем*',
      'refund*',
      'return* ~ balance',
      'balance ~ return*',
      'mistaken payment*',
      '退款',
      '余额退还',
      '退还余额',
    ],
    weak: [],
  },
  documents: {
    strong: [
      'бланк*',
      'образ* заявлени*',
      'форм* заявлени*',
      'заявлени* на',
      'скача* ~ заявлени*|бланк*|форм*',
      'өтініш*',
      'письменн* заявлени*',
      'жазбаша өтініш*',
      'written application*|request*',
      'application form*',
      'download ~ form*',
      'forms and documents',
      '申请表',
      '表格下载',
    ],
    weak: ['документы', 'құжаттар', 'documents', 'заявлени*'],
  },
  faq: {
    strong: [
      'часто задаваемые вопросы',
      'вопросы и ответы',
      'жиі қойылатын сұрақтар',
      'сұрақ жауап',
      'сұрақтар мен жауаптар',
      'frequently asked questions',
      '常见问题',
    ],
    weak: ['faq'],
  },
  'personal-account': {
    strong: [
      'вход в личный кабинет',
      'войти в личный кабинет',
      'пароль ~ личн* кабинет*',
      'временный пароль',
      'уақытша құпия сөз',
      'жеке кабинет* ~ кір*',
      'log in to ~ account',
      'temporary password',
      'reset* ~ password',
      '登录个人账户',
    ],
    weak: [
      'личн* кабинет*',
      'жеке кабинет*',
      'мой kcell|activ|beeline|tele2|altel',
      'менің kcell|activ|beeline|tele2|altel',
      'personal account*',
      'self service',
      '个人账户',
      '个人中心',
    ],
  },
};

/** Path words of operators' support sections (seen on kcell.kz, activ.kz, beeline.kz). */
export const PATH_HINTS: Readonly<Record<string, Topic>> = {
  documents: 'documents',
  dokumenty: 'documents',
  blanki: 'documents',
  forms: 'documents',
  mnp: 'porting',
  faq: 'faq',
  oferta: 'personal-account',
};

/**
 * Path words and subdomains of help sections: the page is support, though not which topic. Not 'manual':
 * the one operator page found under that word, IZI's content.izi.me/.../docs/manual-en.html, is the
 * app's user agreement (stored copy read 2026-11-28), which every visit would load and compile
 * overlay.js for (utils/help-globs.ts) and ask a guide for; its words decide it as they do any page's.
 */
export const SUPPORT_PATH_WORDS: readonly string[] = ['help', 'support', 'pomoshch', 'podderzhka', 'komek', 'guide'];

/** Title words of help pages. */
export const SUPPORT_TITLE_TERMS: readonly string[] = [
  'помощь',
  'поддержка',
  'справка',
  'көмек',
  'қолдау',
  'анықтама',
  'help',
  'support',
  'how to',
  '帮助',
  '客服',
];

/** Subdomains that never host consumer support: shops, business sales, investor relations. */
export const NEGATIVE_SUBDOMAINS: readonly string[] = ['shop', 'store', 'b2b', 'business', 'investors', 'ir'];

/** Path words of sales, marketing and news sections. */
export const NEGATIVE_PATH_WORDS: readonly string[] = [
  'tariff',
  'tariffs',
  'tarif',
  'tarify',
  'tarifs',
  // altel4g.kz/tarifnye-plany/…
  'tarifnye',
  'archived',
  'shop',
  'store',
  'devices',
  'device',
  'smartphones',
  'phones',
  'gadgets',
  'router',
  'modem',
  'news',
  'novosti',
  'events',
  'press',
  'promo',
  'promotions',
  'akcii',
  'aktsii',
  'actions',
  'roaming',
  'b2b',
  'business',
  'corporate',
  'investors',
];

/** Title words of sales, marketing and news pages. */
export const NEGATIVE_TITLE_TERMS: readonly string[] = [
  'тариф*',
  'акци*',
  'новост*',
  'скидк*',
  'роуминг*',
  'смартфон*',
  'роутер*',
  'модем*',
  'магазин*',
  'купить',
  'для бизнеса',
  'инвестор*',
  'жаңалық*',
  'дүкен*',
  'сатып ал*',
  'бизнеске',
  'tariff*',
  'promo*',
  'news',
  'shop',
  'roaming',
  'smartphone*',
  'router*',
  'modem*',
  'buy',
  'discount*',
  'for business',
  'investor*',
  '资费',
  '套餐',
  '新闻',
  '促销',
  '优惠',
  '漫游',
  '商店',
  '智能手机',
];

/** Prices and sales words: a tariff page repeats them, a support page says them once or twice. */
export const NEGATIVE_BODY_TERMS: readonly string[] = [
  '₸ мес*',
  'тг мес*',
  'тенге мес*',
  '₸ в месяц',
  'тг в месяц',
  '₸ ай*',
  'тг ай*',
  'айына',
  'per month',
  '₸ month*',
  'kzt month*',
  'безлимит*',
  'шексіз',
  'unlimited',
  'в корзину',
  'купить',
  'себетке',
  'add to cart',
  '元 月',
  '每月',
];
