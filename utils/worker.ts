// The background worker: the single owner of progress. Everything it knows is in storage; the only
// things in memory are the start-up promise and the per-key write queue, and losing them (MV3 stops
// idle workers) loses nothing. Kept apart from entrypoints/background.ts so tests can drive it.
import { browser } from 'wxt/browser';
import type { OperatorId } from '@/data/schema';
import { checklist, checklistSteps, getOperator } from '@/data';
import { isTrustedSender, parseRequest, type Failure, type Request, type Response, type SenderLike, type Shown } from './messages';
import { runMigrations } from './migrations';
import { carryRetiredTicks } from './retired-ticks';
import { progressKey, progressPrefix, supersedes, type StepProgress } from './progress';
import { parseReminderAlarm } from './reminders';
import { isEmptyPlan, noticeItemsAfterRepair, noticeItemsOfPlan, planRepair } from './repair';
import { operatorTickedLast } from './recall-operator';
import { refreshBadge, resetBadgeForTests } from './worker-badge';
import { failure, failureOf, thrownFailure, writeFailure } from './worker-failure';
import { clearWhenChecked, fireReminder, openFromNotification, resyncReminders, syncReminder } from './worker-reminders';
import { foldedIn, rememberFold, resetFoldsForTests } from './worker-fold';
import { forgetLost, rememberLost } from './worker-lost';
import { OVERLAY_SCRIPT, injectionTarget } from './overlay-inject';
import { overlayStrings } from './worker-strings';
import { uiLang } from './i18n';
import { openPopupWindow, resetPopupWindowsForTests } from './popup-window';
import { guideKeys, onCommand } from './worker-command';
import {
  EMPTY_EVIDENCE,
  KEYS,
  evidenceFrom,
  checkTypedAt,
  progressFrom,
  settingsFrom,
  removeNotice,
  evidenceKey,
  isQuotaError,
  itemKind,
  noticeId,
  noticeItem,
  parseChanges,
  readAll,
  readNotices,
  readRaw,
  readSettings,
  recordNotice,
  removeItems,
  serialized,
  writeItems,
  type Evidence,
  type Settings,
  type WriteResult,
} from './storage';

export type WorkerMode = 'ok' | 'newer';

let ready: Promise<WorkerMode> | null = null;

/** Migrations, repair and reminder recovery, once per worker start; every handler waits for it. */
export function whenReady(): Promise<WorkerMode> {
  ready ??= start();
  return ready;
}

async function start(): Promise<WorkerMode> {
  try {
    const outcome = await runMigrations();
    if (outcome.status === 'newer') {
      // Reading is fine; writing could break the newer format, so the worker only tells the user. A
      // notice that cannot be read or written must not send this start to the catch below, which
      // would let every handler write.
      try {
        if (!(await readNotices()).some((n) => n.kind === 'newer-version')) await recordNotice('newer-version', 'storage', Date.now(), { keepUnreadable: true });
      } catch (error) {
        console.error('SimExit: newer-version notice', error);
      }
      return 'newer';
    }
    if (outcome.status === 'failed') {
      // The old data is still there and the next start tries again; only a full store is the user's to fix.
      console.error('SimExit: migration failed, old data kept', outcome.message);
      if (isQuotaError(outcome.message)) await recordNotice('quota', 'storage');
    }
    const items = await readAll();
    await repair(items);
    await saveCarriedTicks(items);
    await resyncReminders();
  } catch (error) {
    console.error('SimExit: start-up', error);
  }
  return 'ok';
}

/** Ticks on steps the guide no longer has go to the steps that took over (utils/retired-ticks.ts); kept where the write fails. */
async function saveCarriedTicks(items: Readonly<Record<string, unknown>>): Promise<void> {
  const { write, remove } = carryRetiredTicks(items);
  if (remove.length === 0) return;
  if ((await writeItems(write)).ok) await removeItems(remove);
}

/** Test hook: forget the start-up promise, as a fresh worker would. */
export function resetWorkerForTests(): void {
  ready = null;
  resetBadgeForTests();
  resetFoldsForTests();
  resetPopupWindowsForTests();
}

// ---------------------------------------------------------------------------------------------
// Corrupt items

async function repair(items: Readonly<Record<string, unknown>>): Promise<void> {
  const plan = planRepair(items);
  if (isEmptyPlan(plan)) return;
  // Each key is re-checked inside its queue, so a valid write that raced ahead is not overwritten.
  const keys = [...Object.keys(plan.set), ...plan.remove];
  await Promise.all(
    keys.map((key) =>
      serialized(key, async () => {
        const fresh = planRepair({ [key]: await readRaw(key) });
        if (key in fresh.set) await writeItems({ [key]: fresh.set[key] });
        else if (fresh.remove.includes(key)) await removeItems([key]);
      }),
    ),
  );
  const named = noticeItemsOfPlan(plan);
  if (plan.reset.includes(KEYS.settings)) await recallOperator();
  // Whether any tick is left decides the words (utils/repair.ts), so storage is read once the repair is done.
  const ticksReset = plan.reset.some((item) => item.startsWith('progress:'));
  for (const item of ticksReset ? noticeItemsAfterRepair(named, await readAll()) : named) {
    // "Some were cleared; the others are kept", recorded before the rest went too, is no longer true.
    if (item.startsWith('ticks:')) await removeNotice(noticeId('reset', `progress:${item.slice(6)}`));
    await recordNotice('reset', item);
  }
}

/** After settings were reset: the operator in progress again, from the ticks that survived (utils/recall-operator.ts). */
async function recallOperator(): Promise<void> {
  const operator = operatorTickedLast(await readAll());
  if (operator) await updateSettings((current) => (current.operator ? current : { ...current, operator }));
}

// ---------------------------------------------------------------------------------------------
// Messages

const knownSteps = new Map<OperatorId, ReadonlySet<string>>();

/** Step ids of an operator's checklist on either route (the user may switch routes). */
function stepIdsOf(operator: OperatorId): ReadonlySet<string> {
  let ids = knownSteps.get(operator);
  if (!ids) {
    ids = new Set([...checklistSteps(operator, 'online'), ...checklistSteps(operator, 'office')].map((s) => s.id));
    knownSteps.set(operator, ids);
  }
  return ids;
}

/**
 * Answers one message. Untrusted senders get no answer at all (undefined); malformed requests get
 * `{ ok: false, error: 'invalid-request' }`; neither changes anything.
 */
export async function handleMessage(raw: unknown, sender: SenderLike | null | undefined): Promise<Response | undefined> {
  if (!isTrustedSender(sender, browser.runtime.id)) return undefined;
  const request = parseRequest(raw);
  if (!request) return failure('invalid-request');
  // Touches no storage, so it need not wait for start-up: the overlay appears that much sooner.
  if (request.type === 'overlay/inject') return injectOverlay(sender);
  // Session storage only (not the user's data), and a page opened: no start-up to wait for, nothing to repair.
  if (request.type === 'overlay/fold') return answered(rememberFold(sender, request.folded));
  // Answered once the tab's button says so.
  if (request.type === 'overlay/lost') return answered(rememberLost(sender).then((kept) => (kept ? refreshBadge() : undefined)));
  if (request.type === 'popup/open') return answered(openPopupWindow(request.operator, request.at));
  // Bundled strings only: nothing stored, no start-up to wait for.
  if (request.type === 'strings/get') return { ok: true, strings: overlayStrings(request.lang) };
  const mode = await whenReady();
  try {
    return await dispatch(request, mode, sender);
  } catch (error) {
    return thrownFailure(error, `handler ${request.type}`);
  }
}

/** `{ ok: true }` once `work` is done, or the internal error: for requests that answer nothing else. */
function answered(work: Promise<void>): Promise<Response> {
  return work.then(
    () => ({ ok: true }),
    (error: unknown) => thrownFailure(error, 'request'),
  );
}

/**
 * Loads the overlay into the frame of the content script that asked, and nowhere else: the tab and
 * frame come from the browser's sender record, the message carries none (see utils/overlay-inject.ts).
 */
async function injectOverlay(sender: SenderLike | null | undefined): Promise<Response> {
  const target = injectionTarget(sender);
  if (!target) return failure('invalid-request');
  try {
    // The detector asks for the overlay before its own read of storage is back (a relevant page is
    // handed over at once), or before classifying (on a help page still loading): so this read decides
    // that a site the user closed the guide on gets no overlay (and the page no script to compile).
    if ((await readSettings()).dismissedSites.includes(target.operator)) return failure('dismissed');
    await browser.scripting.executeScript({
      target: { tabId: target.tabId, frameIds: [target.frameId] },
      files: [OVERLAY_SCRIPT],
      // By default the browser holds an injection until document_idle: on a page still fetching images
      // the overlay then came ~230 ms after DOMContentLoaded instead of ~70 (bench: image held 2 s).
      injectImmediately: true,
    });
    return { ok: true };
  } catch (error) {
    // The tab navigated or closed meanwhile (not logged: the detector of the next page asks again if
    // it must), or the worker is being stopped.
    return failureOf(error);
  }
}

async function dispatch(
  request: Exclude<Request, { type: 'overlay/inject' | 'overlay/fold' | 'overlay/lost' | 'popup/open' | 'strings/get' }>,
  mode: WorkerMode,
  sender: SenderLike | null | undefined,
): Promise<Response> {
  switch (request.type) {
    case 'guide/get': {
      // The detector's first ask, for a page about to show the guide.
      if (request.locale !== undefined) forgetLost(sender);
      const [settings, folded, keys] = await Promise.all([readSettings(), foldedIn(sender), request.locale === undefined ? '' : guideKeys()]);
      const { route } = settings;
      const answer = { ok: true, guide: getOperator(request.operator), sections: checklist(request.operator, route), route, folded } as const;
      // The overlay's first answer: with the words it will show, read with the same settings, so its
      // first render needs no second request (overlay.js carries no language).
      return request.locale === undefined ? answer : { ...answer, strings: overlayStrings(uiLang(settings.lang, request.locale)), keys };
    }
    case 'notice/dismiss': {
      const result = await removeNotice(request.id);
      return result.ok ? { ok: true } : writeFailure(result, KEYS.notices);
    }
    case 'badge/refresh':
      await refreshBadge();
      return { ok: true };
    default:
      break;
  }
  if (mode === 'newer') return failure('newer-version');
  switch (request.type) {
    case 'progress/set':
      return setProgress(request.operator, request.stepId, { done: request.done, at: request.at });
    case 'progress/reset':
      return resetProgress(request.operator, request.at);
    case 'evidence/set':
      return setEvidence(request.operator, request.evidence);
    case 'settings/set':
      return setSettings(request.patch, request.shown);
    case 'site/dismiss':
      return setSiteDismissed(request.operator, request.dismissed);
  }
}

/**
 * The latest `at` wins, so a time far ahead of this browser's clock would pin a step until the
 * clock caught up: such a tick can only be forged or come from a clock that has since been fixed.
 */
export const MAX_CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

async function setProgress(operator: OperatorId, stepId: string, next: StepProgress): Promise<Response> {
  if (!stepIdsOf(operator).has(stepId)) return failure('unknown-step');
  if (next.at > Date.now() + MAX_CLOCK_SKEW_MS) return failure('future-time');
  const key = progressKey(operator, stepId);
  const response = await serialized(key, async (): Promise<Response> => {
    const current = progressFrom(await readRaw(key)) ?? undefined;
    if (!supersedes(next, current)) return { ok: true, progress: current! };
    const written = await writeItems({ [key]: next });
    return written.ok ? { ok: true, progress: next } : writeFailure(written, noticeItem(key));
  });
  // The first tick names the operator the user is leaving, for the badge and the popup.
  if (response.ok && next.done) await nameOperatorLeft(operator);
  return response;
}

/**
 * Starting over for one operator: every tick becomes "not done" (a newer write, so a tick sent
 * before the reset and delivered after it cannot come back), the evidence is emptied and the
 * reminder removed. What the user changed after `askedAt` (the moment they asked, stamped by the
 * popup) stays: the request may be a copy delivered again after a worker stop.
 */
async function resetProgress(operator: OperatorId, askedAt?: number): Promise<Response> {
  const now = Date.now();
  // Changed after the user asked for the reset, and not stamped ahead of this clock: a later action,
  // which stands (this request may be a copy sent again after a worker stop, seconds later).
  const asked = Math.min(askedAt ?? now, now);
  const since = (at: number) => at > asked && at <= now;
  const prefix = progressPrefix(operator);
  const keys = Object.keys(await readAll()).filter((key) => key.startsWith(prefix));
  const results = await Promise.all(
    keys.map((key) =>
      serialized(key, async (): Promise<WriteResult> => {
        const current = progressFrom(await readRaw(key));
        if (current && ((!current.done && current.at >= now) || since(current.at))) return { ok: true };
        return writeItems({ [key]: { done: false, at: Math.max(now, (current?.at ?? 0) + 1) } });
      }),
    ),
  );
  const failed = results.find((r): r is Extract<WriteResult, { ok: false }> => !r.ok);
  if (failed) return writeFailure(failed, `progress:${operator}`);
  // Emptied, not removed: a save sent before the reset (a retry, another popup's draft) is older
  // than this and is refused; against a removed key it would bring the proof and its reminder back.
  await serialized(evidenceKey(operator), async () => {
    const current = evidenceFrom(await readRaw(evidenceKey(operator)));
    if (since(current.updatedAt)) return { ok: true };
    return writeItems({ [evidenceKey(operator)]: { ...EMPTY_EVIDENCE, updatedAt: Math.max(now, current.updatedAt + 1) } });
  });
  await syncReminder(operator, Date.now(), true);
  return { ok: true };
}

async function setEvidence(operator: OperatorId, incoming: Evidence): Promise<Response> {
  const key = evidenceKey(operator);
  let typedAt = 0;
  const response = await serialized(key, async (): Promise<Response> => {
    const current = evidenceFrom(await readRaw(key));
    // An edit made earlier than the stored one (a late retry) does not replace it.
    if (incoming.updatedAt < current.updatedAt) return { ok: true, evidence: current };
    const written = await writeItems({ [key]: incoming });
    if (written.ok && incoming.submittedOn !== current.submittedOn) typedAt = incoming.updatedAt;
    return written.ok ? { ok: true, evidence: incoming } : writeFailure(written, key);
  });
  // The date typed in the popup, whose reminder it has just told the user about (planReminder).
  if (response.ok) await syncReminder(operator, Date.now(), false, typedAt);
  return response;
}

/** Read-modify-write of settings through their queue; returns the stored settings or the failure. */
async function updateSettings(change: (current: Settings) => Settings): Promise<{ ok: true; settings: Settings } | Failure> {
  return serialized(KEYS.settings, async () => {
    const current = settingsFrom(await readRaw(KEYS.settings));
    const next = change(current);
    if (next === current) return { ok: true, settings: current } as const;
    const written = await writeItems({ [KEYS.settings]: next });
    return written.ok ? ({ ok: true, settings: next } as const) : writeFailure(written, KEYS.settings);
  });
}

/**
 * The first tick names the operator being left (setProgress). A tick a closing page wrote itself
 * (utils/unanswered-ticks.ts) came without that: the `settings/set` naming the operator was dropped
 * with the same page, and the badge then counted nothing. So any new tick in storage names it, as a
 * tick sent to the worker would; only a new one, so an operator cleared on purpose stays cleared
 * until the user ticks again.
 */
function nameOperatorLeft(operator: OperatorId): Promise<unknown> {
  return updateSettings((s) => (s.operator === null ? { ...s, operator } : s));
}

/** `shown`: the operator whose proof the popup shows beside the days field, and when (the request's own field). */
async function setSettings(patch: Partial<Settings>, shown?: Shown): Promise<Response> {
  let daysChanged = false;
  const response = await updateSettings((current) => {
    const next = { ...current, ...patch };
    daysChanged = next.reminderDays !== current.reminderDays;
    return JSON.stringify(next) === JSON.stringify(current) ? current : next;
  });
  // As for a date typed (setEvidence): the popup has just said "check now" for that operator's day if
  // the new days put it in the past, so it is not said again a minute later. Only this save: a
  // migration or a worker start resyncs with no `shown`, and a day passed unseen is still notified.
  if (response.ok && daysChanged) await resyncReminders(Date.now(), shown);
  return response;
}

/** Applied to the stored list inside its queue: a whole list sent by a UI would undo another tab's change. */
function setSiteDismissed(operator: OperatorId, dismissed: boolean): Promise<Response> {
  return updateSettings((current) => {
    if (current.dismissedSites.includes(operator) === dismissed) return current;
    const others = current.dismissedSites.filter((id) => id !== operator);
    return { ...current, dismissedSites: dismissed ? [...others, operator] : others };
  });
}

// ---------------------------------------------------------------------------------------------
// Wiring

/** Adds a listener; an API this browser lacks must not keep the others (above all onMessage) from working. */
function listen(add: () => void): void {
  try {
    add();
  } catch (error) {
    console.warn('SimExit: listener not added', error);
  }
}

async function afterStart(): Promise<void> {
  await whenReady();
  await refreshBadge();
}

/**
 * Registers every listener synchronously (MV3 delivers the event that woke the worker only to
 * listeners added in the first turn) and starts the start-up work.
 */
export function startWorker(): void {
  listen(() =>
    // sendResponse + `return true` (not a returned promise): understood the same way by Chrome,
    // Firefox, the polyfill and fakeBrowser. Untrusted senders get no answer and keep no channel open.
    browser.runtime.onMessage.addListener((message: unknown, sender: SenderLike, sendResponse: (response: unknown) => void) => {
      if (!isTrustedSender(sender, browser.runtime.id)) return false;
      handleMessage(message, sender).then(sendResponse, () => sendResponse(failure('internal')));
      return true;
    }),
  );
  listen(() =>
    browser.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local') return;
      const keys = Object.keys(changes);
      // The one badge trigger for stored changes, the worker's own writes included: a handler that
      // also refreshed after writing made every tick compute the badge twice.
      if (keys.some((key) => ['progress', 'settings'].includes(itemKind(key) ?? ''))) void refreshBadge();
      // Proof the popup wrote itself as it closed (utils/storage.ts keepOnClose): a changed date
      // moves its reminder. Only the date: setEvidence syncs its own writes, and typing notes moves nothing.
      // The time that write says the date was typed (KeptEvidence.typedAt) is read from this write alone.
      const parsed = parseChanges(changes);
      void clearWhenChecked(parsed).catch(() => undefined);
      for (const change of parsed) {
        if (change.item !== 'evidence') continue;
        const { oldValue, newValue } = changes[evidenceKey(change.operator)] ?? {};
        if (evidenceFrom(oldValue).submittedOn !== change.value.submittedOn) {
          const { operator } = change;
          const typedAt = checkTypedAt(newValue).value;
          void whenReady().then((mode) => (mode === 'ok' ? syncReminder(operator, Date.now(), false, typedAt) : undefined));
        }
      }
      // A corrupt value written behind our back (or by a broken older build) is repaired at once.
      // No newValue (or null, in some implementations) means removed, as in parseChanges: read as a
      // value, null made every removal (a reminder whose date was cleared) a "could not be read" notice.
      const items = Object.fromEntries(keys.map((key) => [key, changes[key]?.newValue ?? undefined]));
      // A tick a closing page kept itself comes without the message that named its operator (nameOperatorLeft).
      const newTicks = Object.fromEntries(keys.filter((key) => !progressFrom(changes[key]?.oldValue)?.done).map((key) => [key, items[key]]));
      const ticked = operatorTickedLast(newTicks);
      if (ticked) void whenReady().then((mode) => (mode === 'ok' ? nameOperatorLeft(ticked) : undefined));
      if (!isEmptyPlan(planRepair(items))) void whenReady().then((mode) => (mode === 'ok' ? repair(items) : undefined));
    }),
  );
  listen(() =>
    browser.alarms.onAlarm.addListener((alarm) => {
      const operator = parseReminderAlarm(alarm.name);
      // Not in 'newer' mode: the record may be in a newer format, which this version must not rewrite.
      if (operator) void whenReady().then((mode) => (mode === 'ok' ? fireReminder(operator) : undefined));
    }),
  );
  listen(() => browser.notifications.onClicked.addListener((id) => void openFromNotification(id)));
  listen(() => browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab)));
  listen(() => browser.runtime.onStartup.addListener(() => void whenReady().then((mode) => (mode === 'ok' ? resyncReminders() : undefined))));
  listen(() => browser.runtime.onInstalled.addListener(() => void afterStart()));
  void afterStart();
}
