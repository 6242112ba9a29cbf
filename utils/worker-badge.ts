// The toolbar badge, kept by the worker: how far the cancellation of the operator being left has
// come, and on each operator's tab that operator's own count.
import { browser } from 'wxt/browser';
import type { OperatorId } from '@/data/schema';
import { checklistSteps, getOperator } from '@/data';
import { operatorForHost } from './detect';
import { t } from './i18n';
import { isOperatorId, countDone } from './progress';
import { badgeFor, badgeOperator, hostOf, withLostGuide } from './badge';
import { KEYS, settingsFrom, progressFromItems, readAll } from './storage';
import { userLang } from './worker-lang';
import { lostCheck } from './worker-lost';

/**
 * The three calls the badge makes, as Chrome's `action` and Firefox's `browserAction` take them. A
 * tab's text set to null falls back to the default badge's (both APIs document it); the `action`
 * types of wxt/browser leave null out, `browserAction`'s allow it.
 */
interface BadgeAction {
  setBadgeText(details: { tabId?: number; text?: string | null }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId?: number; color: string }): Promise<void>;
  setTitle(details: { tabId?: number; title: string }): Promise<void>;
}

let badgeTask: Promise<void> | null = null;
let badgeAgain = false;

/**
 * The open tabs that show an operator's site. Without the "tabs" permission the browser gives the
 * URL of a tab only where the extension has host access, i.e. on the operators' sites: other tabs
 * are never looked at.
 */
async function operatorTabs(): Promise<Array<{ tabId: number; operator: OperatorId; url?: string }>> {
  const found: Array<{ tabId: number; operator: OperatorId; url?: string }> = [];
  for (const tab of await browser.tabs.query({})) {
    const host = hostOf(tab.url);
    const site = host ? operatorForHost(host) : null;
    if (typeof tab.id === 'number' && isOperatorId(site)) found.push({ tabId: tab.id, operator: site, url: tab.url });
  }
  return found;
}

/**
 * The badge has two layers, both kept by the browser: every operator tab has its own (that
 * operator's count), and everywhere else the browser shows the default one (the operator being
 * left). Until a cancellation is under way there is no badge at all. So the worker never follows
 * tab switches or navigation on other sites: a tab-specific badge is dropped by the browser when
 * its tab loads a new page, and the detector on an operator page that needs its own asks for it
 * (`badge/refresh`).
 */
async function applyBadge(): Promise<void> {
  // Progress needs the whole store anyway (no prefix reads), so settings come from the same read.
  // The guide-lost notes of these tabs alone (utils/worker-lost.ts), so read once the tabs are known.
  const tabsAndLost = operatorTabs().then(async (tabs) => ({ tabs, lost: await lostCheck(tabs.map((tab) => tab.tabId)) }));
  const [items, { tabs, lost }] = await Promise.all([readAll(), tabsAndLost]);
  const settings = settingsFrom(items[KEYS.settings]);
  const lang = userLang(settings);
  const action: BadgeAction | undefined = browser.action ?? browser.browserAction;
  if (!action) return;
  const badgeOf = (operator: OperatorId | null) => {
    let done = 0;
    let total = 0;
    if (operator) {
      const ids = checklistSteps(operator, settings.route).map((step) => step.id);
      total = ids.length;
      done = countDone(progressFromItems(items, operator), ids);
    }
    return badgeFor(operator ? getOperator(operator) : null, done, total, lang, t(lang, 'app.name'));
  };
  const apply = async (badge: ReturnType<typeof badgeFor>, tabId?: number) => {
    const scope = tabId === undefined ? {} : { tabId };
    await action.setBadgeText({ ...scope, text: badge.text });
    await action.setBadgeBackgroundColor({ ...scope, color: badge.color });
    await action.setTitle({ ...scope, title: badge.title });
  };
  const fallback = badgeOf(badgeOperator(null, settings.operator));
  await apply(fallback);
  for (const tab of tabs) {
    // The tab closed or navigated meanwhile: the browser has dropped its badge, or never had the tab.
    const badge = badgeOf(badgeOperator(tab.operator, settings.operator));
    await apply(lost(tab.tabId, tab.url) ? withLostGuide(badge, t(lang, 'bg.badge.lost')) : badge, tab.tabId).catch(() => undefined);
  }
  // A navigation drops a tab's own badge when it commits; one that committed just before its write
  // kept it, on a page that is no longer this operator's. Seen in one look afterwards, it is undone:
  // the text (null) falls back to the default badge. Title and colour cannot fall back in Chrome: they
  // get the default's values of this moment. Null, not left out: Firefox requires the text, and threw
  // before any of the three was set, so the tab kept this operator's count.
  const now = new Map((await operatorTabs()).map((tab) => [tab.tabId, tab.operator]));
  for (const tab of tabs) {
    if (now.get(tab.tabId) === tab.operator) continue;
    await Promise.all([
      action.setBadgeText({ tabId: tab.tabId, text: null }),
      action.setBadgeBackgroundColor({ tabId: tab.tabId, color: fallback.color }),
      action.setTitle({ tabId: tab.tabId, title: fallback.title }),
    ]).catch(() => undefined);
  }
}

/** Recomputes the badge; calls while one runs are folded into a single re-run after it. */
export function refreshBadge(): Promise<void> {
  if (badgeTask) {
    badgeAgain = true;
    return badgeTask;
  }
  badgeTask = (async () => {
    try {
      do {
        badgeAgain = false;
        await applyBadge().catch((error: unknown) => console.error('SimExit: badge', error));
      } while (badgeAgain);
    } finally {
      badgeTask = null;
    }
  })();
  return badgeTask;
}

/** Test hook: forget a badge run in flight, as a fresh worker would. */
export function resetBadgeForTests(): void {
  badgeTask = null;
  badgeAgain = false;
}
