// Kcell and activ are both brands of Kcell JSC (activ.kz/en/service/legal): the same forms page, Kcell
// Centers, refund notice and porting rules serve both, so their sources and page targets live here once.
import type { PageTarget } from './schema';

export const KCELL_DOCUMENTS = 'https://www.kcell.kz/kk/product/documents';
// The three below were spot-checked in their stored copies on 2026-11-27 (their steps' dates are unchanged, as
// their other sources were not all re-read). Router offer: leaving early "only upon the written request of a
// subscriber, filed with the Kcell Center", paying "the residual value of a subscriber terminal".
export const KCELL_ROUTER = 'https://www.kcell.kz/en/product/router';
// A notice of the July 2016 billing migration: among the services briefly limited, termination of Kcell-brand
// contracts, "any funds remaining on subscribers' accounts will be returned". Hence "ask whether it still applies".
export const KCELL_REFUND_NEWS = 'https://www.kcell.kz/en/news/show/2474?newsId=29&year=2016&key=news.list';
// Postpaid: services "may be suspended on the 3rd of the month following the payment due date".
export const KCELL_POSTPAID_DEBT = 'https://www.kcell.kz/en/service/2886/138';
export const ACTIV_LEGAL = 'https://activ.kz/en/service/legal';
/**
 * Registration data (stored copy read on STORED_COPIES_READ): changed "by applying to Kcell Center or your dealer
 * point with a written request", consumers attaching "a copy of ID card/passport". Not a Kcell Center alone.
 */
export const ACTIV_FAQ = 'https://activ.kz/en/article/faq';
/**
 * Porting (stored copy read likewise): at Kcell Center offices and Kcell Store shops, the subscriber holding ID.
 * On debts it says, "to avoid refusal" of the port, to have no debt for services or obligation for a device
 * bought at the previous operator: advice to avoid a refusal, not a rule that a debt blocks porting (task 132).
 */
export const ACTIV_MNP = 'https://activ.kz/kk/service/mnp';

/** The termination application on Kcell JSC's forms page. */
export const TERMINATION_FORM: PageTarget = {
  labels: ['Шартты бұзу өтініші', 'Заявление на расторжение договора', 'Application to terminate the contract'],
};
// «Қаражат алуға келісім» is the label on the stored Kazakh forms page; the others are its Russian and English equivalents.
export const FUNDS_CONSENT: PageTarget = {
  labels: ['Қаражат алуға келісім', 'Согласие на получение денежных средств', 'Consent to receive funds'],
};
