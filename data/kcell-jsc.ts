// Kcell and activ are both brands of Kcell JSC (activ.kz/en/service/legal): the same forms page, Kcell
// Centers, refund notice and porting rules serve both, so their sources and page targets live here once.
import type { PageTarget } from './schema';

export const KCELL_DOCUMENTS = 'https://www.kcell.kz/kk/product/documents';
export const KCELL_ROUTER = 'https://www.kcell.kz/en/product/router';
export const KCELL_REFUND_NEWS = 'https://www.kcell.kz/en/news/show/2474?newsId=29&year=2016&key=news.list';
export const KCELL_POSTPAID_DEBT = 'https://www.kcell.kz/en/service/2886/138';
export const ACTIV_LEGAL = 'https://activ.kz/en/service/legal';
/**
 * Registration data (stored copy read on STORED_COPIES_READ): changed "by applying to Kcell Center or your dealer
 * point with a written request", consumers attaching "a copy of ID card/passport". Not a Kcell Center alone.
 */
export const ACTIV_FAQ = 'https://activ.kz/en/article/faq';
/** Porting (stored copy read likewise): at Kcell Center offices and Kcell Store shops, the subscriber holding ID. */
export const ACTIV_MNP = 'https://activ.kz/kk/service/mnp';

/** The termination application on Kcell JSC's forms page. */
export const TERMINATION_FORM: PageTarget = {
  labels: ['Шартты бұзу өтініші', 'Заявление на расторжение договора', 'Application to terminate the contract'],
};
// «Қаражат алуға келісім» is the label on the stored Kazakh forms page; the others are its Russian and English equivalents.
export const FUNDS_CONSENT: PageTarget = {
  labels: ['Қаражат алуға келісім', 'Согласие на получение денежных средств', 'Consent to receive funds'],
};
