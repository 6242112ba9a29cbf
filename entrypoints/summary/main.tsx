import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ErrorPanel } from '@/components/popup/ErrorPanel';
import type { Lang } from '@/data/schema';
import { cssString } from '@/utils/css-string';
import { errorText } from '@/utils/error-text';
import { recordTitle } from '@/utils/export-markdown';
import { langFromLocale, t } from '@/utils/i18n';
import { loadStrings } from '@/utils/popup-strings';
import { isOperatorId } from '@/utils/progress';
import { onStorageChange, readEvidence, readProgress, readSettings } from '@/utils/storage';
import { GuideUnavailable, askGuide } from './guide';
import { Summary, sheetFoot } from './Summary';
import './style.css';

const root = document.getElementById('app')!;
const browserLang = browser.i18n.getUILanguage();
/**
 * The language a failure is told in: the one chosen in SimExit, then the copy's. The panel used the
 * browser's, so a user who had chosen Russian read it in English.
 */
let shownLang: Lang | null = null;

async function boot(): Promise<void> {
  const settings = await readSettings();
  // This page shares the popup's build, which loads one language's strings on demand.
  const lang = await loadStrings(settings.lang ?? langFromLocale(browserLang));
  document.documentElement.lang = shownLang = lang;
  const operator = new URLSearchParams(location.search).get('operator');
  if (!isOperatorId(operator)) {
    render(
      <main class="sx-root sx-sum">
        <h1 class="sx-sum__title">{t(lang, 'app.name')}</h1>
        <p>{t(lang, 'popup.summaryPage.missing')}</p>
      </main>,
      root,
    );
    return;
  }
  // From the worker, as the popup gets it: a copy of every guide in this page's chunks cost each
  // store package ~29 kB compressed, beside the one in background.js.
  let [answer, progress, evidence] = await Promise.all([askGuide(operator), readProgress(operator), readEvidence(operator)]);
  /** The route of the latest storage change: when it is not the answer's, the worker is asked again. */
  let wanted = answer.route;
  let generatedAt = Date.now();
  // The copy's language is this page's alone: printing one in Russian for the operator's staff must
  // not change the language the user reads the extension in. Only the latest choice is drawn: arrowing
  // through the closed menu chooses each language in turn, and their strings may arrive out of order.
  let asked = 0;
  const choose = (next: Lang) => {
    const ask = ++asked;
    void loadStrings(next).then((shown) => ask === asked && show(shown));
  };
  const show = (shown: Lang) => {
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
  show(lang);
  // Stamped when printed, not when opened: a tab left open since the morning printed the afternoon's
  // copy, made after the operator's reply, with the morning's time, and the two read alike again.
  addEventListener('beforeprint', () => {
    generatedAt = Date.now();
    show(shownLang ?? lang);
  });
  // A tab left open kept the copy of when it opened: proof typed and steps ticked since were missing from
  // what was printed, under the same date (helper-66). It follows storage, as the popup does.
  let reading = 0;
  onStorageChange((changes) => {
    // This operator's ticks or proof, or the route; a language chosen elsewhere leaves this copy alone.
    let mine = false;
    for (const change of changes) {
      if (change.item === 'settings') {
        if (change.value.route !== wanted) mine = true;
        wanted = change.value.route;
      } else if (change.item !== 'notices' && change.operator === operator) mine = true;
    }
    if (!mine) return;
    const read = ++reading;
    // Another route's checklist is composed by the worker, as the popup's is (an answer superseded
    // here before it came leaves `answer` on the old route, so the next change asks again).
    const nextAnswer = wanted === answer.route ? answer : askGuide(operator);
    void Promise.all([nextAnswer, readProgress(operator), readEvidence(operator)]).then(
      ([a, p, e]) => {
        if (read !== reading) return;
        [answer, progress, evidence] = [a, p, e];
        generatedAt = Date.now();
        show(shownLang ?? lang);
      },
      // A copy of one route under the other's name would be worse than none.
      (error: unknown) => {
        if (read === reading) void fail(error);
      },
    );
  });
}

/** Said instead of the copy, in the language chosen in SimExit (or the copy's), never a blank tab. */
async function fail(error: unknown): Promise<void> {
  const lang = await loadStrings(shownLang ?? langFromLocale(browserLang));
  document.documentElement.lang = lang;
  const text = errorText(error);
  render(
    <main class="sx-root sx-sum">
      {error instanceof GuideUnavailable ? (
        // The worker's own words are English and technical: the sentence says what happened and what to do.
        <section class="sx-fatal" role="alert" aria-labelledby="sx-fatal-title">
          <h1 id="sx-fatal-title" class="sx-sum__title">
            {t(lang, 'popup.crash.title')}
          </h1>
          <p>{t(lang, 'popup.summaryPage.noWorker')}</p>
          <p class="sx-sum__detail">{text}</p>
        </section>
      ) : (
        <ErrorPanel lang={lang} error={text} />
      )}
    </main>,
    root,
  );
}

boot().catch(fail);
