import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ErrorPanel } from '@/components/popup/ErrorPanel';
import type { Lang, Route } from '@/data/schema';
import { cssString } from '@/utils/css-string';
import { errorText } from '@/utils/error-text';
import { recordTitle } from '@/utils/export-markdown';
import { langFromLocale, t } from '@/utils/i18n';
import { loadStrings } from '@/utils/popup-strings';
import { isOperatorId } from '@/utils/progress';
import type { ProgressMap } from '@/utils/progress';
import { onStorageChange, readEvidence, readProgress, readSettings, type Evidence } from '@/utils/storage';
import { GuideUnavailable, askGuide, type GuideAnswer } from './guide';
import { Summary, sheetFoot } from './Summary';
import './style.css';

const root = document.getElementById('app')!;
const browserLang = browser.i18n.getUILanguage();
/**
 * The language a failure is told in: the one chosen in SimExit, then the copy's. The panel used the
 * browser's, so a user who had chosen Russian read it in English.
 */
let shownLang: Lang | null = null;
/** A failure is said: the "preparing" line, due a moment later, must not cover it. */
let failed = false;

/** How long the page may stay blank before it says the copy is on its way: most answers come sooner, and a line shown for a moment reads as a flicker. */
const PENDING_AFTER_MS = 200;

async function boot(): Promise<void> {
  const asked = new URLSearchParams(location.search).get('operator');
  const operator = isOperatorId(asked) ? asked : null;
  /** What the copy is made of, once the worker has answered. */
  let copy: { answer: GuideAnswer; progress: ProgressMap; evidence: Evidence } | null = null;
  /** The route last known (read on opening, then from each change): when it is not the answer's, the worker is asked again. */
  let wanted: Route | null = null;
  let generatedAt = Date.now();
  /** The latest read; an older one that comes back later is dropped. */
  let reading = 0;
  let refresh: (() => void) | null = null;
  // Subscribed before anything is read, as the popup is (utils/live-state.ts): a tick made in another
  // tab while this page waited for the worker was shown only with the next change. A change before
  // the first read is in that read; one after it starts a newer read.
  // A tab left open kept the copy of when it opened: proof typed and steps ticked since were missing from
  // what was printed, under the same date (helper-66). It follows storage, as the popup does.
  if (operator) {
    onStorageChange((changes) => {
      // This operator's ticks or proof, or the route; a language chosen elsewhere leaves this copy alone.
      let mine = false;
      for (const change of changes) {
        if (change.item === 'settings') {
          if (change.value.route !== wanted) mine = true;
          wanted = change.value.route;
        } else if (change.item !== 'notices' && change.operator === operator) mine = true;
      }
      if (mine) refresh?.();
    });
  }
  const settings = await readSettings();
  // A change seen while reading is at least as new as what was read.
  wanted ??= settings.route;
  // This page shares the popup's build, which loads one language's strings on demand.
  const lang = await loadStrings(settings.lang ?? langFromLocale(browserLang));
  document.documentElement.lang = shownLang = lang;
  if (!operator) {
    render(
      <main class="sx-root sx-sum">
        <h1 class="sx-sum__title">{t(lang, 'app.name')}</h1>
        <p>{t(lang, 'popup.summaryPage.missing')}</p>
      </main>,
      root,
    );
    return;
  }
  // The copy's language is this page's alone: printing one in Russian for the operator's staff must
  // not change the language the user reads the extension in. Only the latest choice is drawn: arrowing
  // through the closed menu chooses each language in turn, and their strings may arrive out of order.
  let choice = 0;
  const choose = (next: Lang) => {
    const mine = ++choice;
    void loadStrings(next).then((shown) => mine === choice && show(shown));
  };
  const show = (shown: Lang) => {
    if (!copy) return;
    const { answer, progress, evidence } = copy;
    const { guide } = answer;
    document.documentElement.lang = shown;
    document.title = `${recordTitle(shown, guide.name)} — ${t(shown, 'app.name')}`;
    // The foot of every printed sheet (style.css): a sheet on its own still says whose record it is and when.
    document.documentElement.style.setProperty('--sx-sum-page', cssString(sheetFoot(shown, guide, generatedAt)));
    shownLang = shown;
    render(
      <Summary
        guide={guide}
        route={answer.route}
        sections={answer.sections}
        progress={progress}
        evidence={evidence}
        lang={shown}
        generatedAt={generatedAt}
        onLang={choose}
      />,
      root,
    );
  };
  // Until the worker answers (up to ~6.4 s while it wakes, then a failure is said): not a blank tab.
  // The live region is drawn empty first, so the line put in it later is announced; the heading
  // comes with the line, as on the page without an operator.
  const pending = (said: boolean) =>
    render(
      <main class="sx-root sx-sum">
        {said && <h1 class="sx-sum__title">{t(lang, 'app.name')}</h1>}
        <p class="sx-sum__pending" role="status">
          {said && t(lang, 'popup.summaryPage.loading')}
        </p>
      </main>,
      root,
    );
  pending(false);
  setTimeout(() => !copy && !failed && pending(true), PENDING_AFTER_MS);
  /**
   * The question to the worker under way, and the route known when it was put: ticks saved while it
   * is out share it (each would otherwise start the ~6.4 s of retries again); a route change does not.
   */
  let asking: { route: Route | null; answer: Promise<GuideAnswer> } | null = null;
  refresh = () => {
    const read = ++reading;
    // From the worker, as the popup gets it: a copy of every guide in this page's chunks cost each
    // store package ~29 kB compressed, beside the one in background.js. Another route's checklist is
    // composed by the worker too (an answer superseded here before it came leaves the copy on the old
    // route, so the next change asks again).
    const ask = !copy || (wanted !== null && wanted !== copy.answer.route);
    if (ask && asking?.route !== wanted) {
      const question = { route: wanted, answer: askGuide(operator) };
      const done = () => void (asking === question && (asking = null));
      question.answer.then(done, done);
      asking = question;
    }
    void Promise.all([ask ? asking!.answer : copy!.answer, readProgress(operator), readEvidence(operator)]).then(
      ([answer, progress, evidence]) => {
        if (read !== reading) return;
        if (ask) wanted = answer.route;
        copy = { answer, progress, evidence };
        generatedAt = Date.now();
        show(shownLang ?? lang);
      },
      // A copy of one route under the other's name would be worse than none.
      (error: unknown) => {
        if (read === reading) void fail(error);
      },
    );
  };
  refresh();
  // Stamped when printed, not when opened: a tab left open since the morning printed the afternoon's
  // copy, made after the operator's reply, with the morning's time, and the two read alike again.
  addEventListener('beforeprint', () => {
    generatedAt = Date.now();
    show(shownLang ?? lang);
  });
}

/** Said instead of the copy, in the language chosen in SimExit (or the copy's), never a blank tab. */
async function fail(error: unknown): Promise<void> {
  failed = true;
  const lang = await loadStrings(shownLang ?? langFromLocale(browserLang));
  document.documentElement.lang = lang;
  const text = errorText(error);
  render(
    <main class="sx-root sx-sum">
      {error instanceof GuideUnavailable ? (
        // The worker's own words are English and technical: the sentence says what happened and what to do.
        <section class="sx-fatal" role="alert" aria-labelledby="sx-fatal-title">
          <h1 id="sx-fatal-title" class="sx-h2">
            {t(lang, 'popup.crash.title')}
          </h1>
          <p>{t(lang, 'popup.summaryPage.noWorker')}</p>
          <p class="sx-sum__detail">{text}</p>
        </section>
      ) : (
        // The panel heads itself at level 2, as in the popup; the page still needs its level 1.
        <>
          <h1 class="sx-sum__title">{t(lang, 'app.name')}</h1>
          <ErrorPanel lang={lang} error={text} />
        </>
      )}
    </main>,
    root,
  );
}

boot().catch(fail);
