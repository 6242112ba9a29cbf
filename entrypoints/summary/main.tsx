import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ErrorPanel } from '@/components/popup/ErrorPanel';
import type { Lang } from '@/data/schema';
import { cssString } from '@/utils/css-string';
import { recordTitle } from '@/utils/export-markdown';
import { langFromLocale, t } from '@/utils/i18n';
import { loadStrings } from '@/utils/popup-strings';
import { isOperatorId } from '@/utils/progress';
import { onStorageChange, readEvidence, readProgress, readSettings, type StorageChange } from '@/utils/storage';
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
  // Imported here, not at the top: the popup shares this page's chunks, and a static import put every
  // guide into the chunk both pages load.
  const [{ checklist, getOperator }, firstProgress, firstEvidence] = await Promise.all([
    import('@/data'),
    readProgress(operator),
    readEvidence(operator),
  ]);
  const guide = getOperator(operator);
  let progress = firstProgress;
  let evidence = firstEvidence;
  let route = settings.route;
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
    document.documentElement.lang = shown;
    document.title = `${recordTitle(shown, guide.name)} — ${t(shown, 'app.name')}`;
    // The foot of every printed sheet (style.css): a sheet on its own still says whose record it is and when.
    document.documentElement.style.setProperty('--sx-sum-page', cssString(sheetFoot(shown, guide, generatedAt)));
    shownLang = shown;
    render(
      <Summary
        guide={guide}
        route={route}
        sections={checklist(operator, route)}
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
    const mine = (change: StorageChange) =>
      change.item === 'settings' ? change.value.route !== route : change.item !== 'notices' && change.operator === operator;
    if (!changes.some(mine)) return;
    const read = ++reading;
    void Promise.all([readProgress(operator), readEvidence(operator), readSettings()]).then(([nextProgress, nextEvidence, nextSettings]) => {
      if (read !== reading) return;
      progress = nextProgress;
      evidence = nextEvidence;
      route = nextSettings.route;
      generatedAt = Date.now();
      show(shownLang ?? lang);
    });
  });
}

boot().catch(async (error: unknown) => {
  const lang = await loadStrings(shownLang ?? langFromLocale(browserLang));
  document.documentElement.lang = lang;
  render(
    <main class="sx-root sx-sum">
      <ErrorPanel lang={lang} error={error instanceof Error ? error.message : String(error)} />
    </main>,
    root,
  );
});
