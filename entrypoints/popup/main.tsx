import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ErrorPanel } from '@/components/popup/ErrorPanel';
import { langFromLocale } from '@/utils/i18n';
import { createLiveState } from '@/utils/live-state';
import { pickOperator } from '@/utils/operator-pick';
import { markWhenUsable } from '@/utils/popup-ready';
import { readNotices, readSettings } from '@/utils/storage';
import { App } from './App';
import { createShell } from './shell';
import './style.css';

const root = document.getElementById('app')!;
const browserLang = browser.i18n.getUILanguage();
/**
 * How long the first frame waits for the worker's guide. A running worker answers in a few ms, so
 * the first frame is whole; a worker that must start first (or cannot) gets the frame drawn without
 * the checklist, whose place is held until it comes.
 */
const GUIDE_WAIT_MS = 150;

/** The active tab's URL; Chrome reveals it only for the operator sites we have host access to. */
async function activeTabUrl(): Promise<string | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.url ?? null;
  } catch {
    return null;
  }
}

async function boot(): Promise<void> {
  // Everything the first frame needs comes from storage and the tab, not from the worker.
  const [settings, notices, tabUrl] = await Promise.all([readSettings(), readNotices(), activeTabUrl()]);
  const shell = createShell({ settings, notices }, browserLang);
  // Before the first frame, so assistive tech never reads it in the wrong language.
  document.documentElement.lang = shell.lang.value;
  const pick = pickOperator({
    requested: new URLSearchParams(location.search).get('operator'),
    tabUrl,
    inProgress: settings.operator,
  });
  const live = pick.operator ? createLiveState(pick.operator, { browserLang }) : null;
  if (live) {
    await live.stored;
    await Promise.race([live.ready, new Promise((resolve) => setTimeout(resolve, GUIDE_WAIT_MS))]);
  }
  render(<App shell={shell} initialPick={pick} initialLive={live} browserLang={browserLang} />, root);
  markWhenUsable(root);
}

boot().catch((error: unknown) => {
  const lang = langFromLocale(browserLang);
  document.documentElement.lang = lang;
  render(
    <main class="sx-root sx-popup">
      <ErrorPanel lang={lang} error={error instanceof Error ? error.message : String(error)} />
    </main>,
    root,
  );
});
