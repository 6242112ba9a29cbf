import { render } from 'preact';
import { effect } from '@preact/signals';
import { browser } from 'wxt/browser';
import { LazyErrorPanel } from '@/components/popup/LazyErrorPanel';
import { langFromLocale } from '@/utils/i18n';
import { createLiveState } from '@/utils/live-state';
import { pickOperator } from '@/utils/operator-pick';
import { guideMemory } from '@/utils/popup-guide-cache';
import { readyMarker } from '@/utils/popup-ready';
import { openSnapshot } from '@/utils/popup-snapshot';
import { availableLangs, loadStrings, noteShownLang, shownLangBefore } from '@/utils/popup-strings';
import { adoptStyle } from '@/utils/popup-style';
import { isOperatorId } from '@/utils/progress';
import { KEYS, evidenceFrom, noticesFrom, settingsFrom, evidenceKey, noteStoredVersion, progressFromItems } from '@/utils/storage';
import { keepUnanswered } from '@/utils/unanswered-ticks';
import { App } from './App';
import { loadNoticeBanner } from './lazy-notices';
import { createShell } from './shell';
import css from './style.css?inline';
import { errorText } from '@/utils/error-text';

// First of all, what the first frame waits for and the browser answers: storage (one read for
// everything) and, opened from the toolbar, the active tab. Their answers took 3–5 ms on this busy
// 2-core machine, and the rest of this script (the stylesheet, the remembered strings, about 2 ms)
// now runs meanwhile instead of before they leave (docs/performance.md).
let snapshot = openSnapshot();
// Opened for a named operator (the overlay's "open in popup", a tab of ours): the active tab, which
// could not change the pick, is not asked for. Its guide is not asked for ahead of the storage read
// either: the answer is remembered (utils/popup-guide-cache.ts), so only the first opening of an
// operator after an install or update waits for the worker, one storage read later than it could.
const requested = new URLSearchParams(location.search).get('operator');
const named = isOperatorId(requested) ? requested : null;
const tabUrlRead = named ? null : activeTabUrl();

/** The active tab's URL; Chrome reveals it only for the operator sites we have host access to. */
async function activeTabUrl(): Promise<string | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.url ?? null;
  } catch {
    return null;
  }
}

// The stylesheet comes inside this script, applied before anything renders (the body is empty until
// then), rather than as a <link>: compressed with the script it is smaller than on its own, the
// rules of what few openings show (reset dialog, Astelit note) come with their own chunks
// (utils/popup-style.ts), and it is one extension-file fetch fewer (module scripts also wait for
// pending stylesheets; no difference in popup-ready was measurable on this busy machine).
adoptStyle(css);
// Closing the popup unloads it, and with it any tick still waiting for a worker to start: such ticks go
// to storage directly (utils/unanswered-ticks.ts).
addEventListener('pagehide', keepUnanswered);

const root = document.getElementById('app')!;
const browserLang = browser.i18n.getUILanguage();
/**
 * How long the first frame waits for the worker's guide when none is remembered (utils/popup-guide-cache.ts).
 * A running worker answers in a few ms, so the first frame is whole; a worker that must start first
 * (or cannot) gets the frame drawn without the checklist, whose place is held until it comes.
 */
const GUIDE_WAIT_MS = 150;

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// The strings of the language this popup showed last start loading as soon as they can (the storage
// read is under way already, above): the popup's language unless the user chose another since. With
// none noted (the first opening since install), the strings wait for the read: the language may have
// been chosen in the on-page guide already, and guessing the browser's would fetch two languages.
const shownLang = shownLangBefore();
const aheadLang = shownLang ?? langFromLocale(browserLang);
const aheadStrings = shownLang && loadStrings(shownLang);

async function boot(): Promise<void> {
  const [, tabUrl] = await Promise.all([snapshot.read, tabUrlRead]);
  // From here to createLiveState nothing waits, so storage changes are either in the snapshot or seen by them.
  const items = snapshot.take();
  noteStoredVersion(items[KEYS.schemaVersion]);
  const settings = settingsFrom(items[KEYS.settings]);
  const notices = noticesFrom(items[KEYS.notices]);
  const shell = createShell({ settings, notices }, browserLang);
  const pick = pickOperator({ requested, tabUrl, inProgress: settings.operator });
  // The answer the worker gave last time for this operator and route (guideMemory), drawn at once while
  // live state asks for it again; without one, live state asks and the first frame waits for it (GUIDE_WAIT_MS).
  const live = pick.operator
    ? createLiveState(pick.operator, {
        initial: {
          settings,
          progress: progressFromItems(items, pick.operator),
          evidence: evidenceFrom(items[evidenceKey(pick.operator)]),
        },
        ...guideMemory,
      })
    : null;
  const guideIn = live && !live.guide.peek() ? Promise.race([live.ready, wait(GUIDE_WAIT_MS)]) : null;
  // Notices stored now are in the first frame; one that comes later loads the banner then.
  effect(() => {
    if (shell.notices.value.length > 0) void loadNoticeBanner(shell.lang.peek());
  });
  const lang = settings.lang ?? langFromLocale(browserLang);
  await Promise.all([aheadStrings, loadStrings(lang), guideIn, notices.length > 0 ? loadNoticeBanner(lang) : null]);
  // One effect renders the whole popup (as the overlay does): every signal read while rendering is
  // tracked, so any change renders it again and Preact diffs the tree. The popup's build maps
  // @preact/signals to its core (entrypoints/popup/build.ts), without the per-component adapter,
  // and leaves preact/hooks out: components with state of their own are classes. Every signal a
  // component reads is read on each full render (no read hides behind component state), so renders
  // of one component through setState never miss a subscription.
  const markReady = readyMarker(root);
  effect(() => {
    // Before the frame, so assistive tech never reads it in the wrong language.
    document.documentElement.lang = shell.lang.value;
    // Read so that strings loaded later (a rarely shown line, utils/popup-strings.ts use) render too.
    void availableLangs.value;
    render(<App shell={shell} initialPick={pick} initialLive={live} />, root);
    markReady();
  });
  // On opening and whenever the language changes (it reads only the language), after the frame,
  // which it must not hold up.
  effect(() => void setTimeout(noteShownLang, 0, shell.lang.value));
}

const start = (): Promise<void> =>
  boot().catch(async (error: unknown) => {
    const lang = await loadStrings(aheadLang);
    document.documentElement.lang = lang;
    render(
      <main class="sx-root sx-popup">
        {/* Storage that could not be read (the extension updating), or a script error in the first frame (the strings never
            reject: one that fails to load gives English): "Try again" makes the opening again. */}
        <LazyErrorPanel lang={lang} error={errorText(error)} retry={() => ((snapshot = openSnapshot()), start())} />
      </main>,
      root,
    );
  });
void start();
