// A date typed late (its reminder day already past) in a popup that closes with its save still on the way
// to a stopped worker: the closing page writes the proof itself (entrypoints/popup/evidence-draft.ts), and
// the worker, woken by that write, must treat it as the typed date it is. The popup has just said "check
// now" under it; a notification a minute later said it again (the message path has spared it since
// helper 106's typedAt, this one did not).
import { signal } from '@preact/signals';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EvidenceDraft } from '@/entrypoints/popup/evidence-draft';
import type { LiveState } from '@/utils/live-state';
import { FIRE_SOON_MS, dueAtFor } from '@/utils/reminders';
import { EMPTY_EVIDENCE, readEvidence, readNotices, readReminder, type Evidence } from '@/utils/storage';
import { resetWorkerForTests, startWorker, whenReady } from '@/utils/worker';
import { fireReminder } from '@/utils/worker-reminders';

// The closing page's message never reaches the worker: the page is gone before the worker has started.
vi.mock('@/utils/client', () => ({ saveEvidence: () => new Promise(() => undefined) }));

const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const daysAgo = (n: number) => {
  const today = new Date();
  return iso(new Date(today.getFullYear(), today.getMonth(), today.getDate() - n));
};

/** The popup's proof form for Beeline, over what storage holds, with `submittedOn` typed and the popup closing. */
function typeAndClose(stored: Evidence, submittedOn: string): void {
  const live = { operator: 'beeline', evidence: signal(stored) } as unknown as LiveState;
  const draft = new EvidenceDraft(live, () => undefined);
  draft.onInput('submittedOn', submittedOn);
  void draft.flush(true);
}

const notified = () => Object.keys(fakeBrowser.notifications.getAllCreateOptions());

beforeEach(() => {
  fakeBrowser.reset();
  resetWorkerForTests();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('a date a closing popup wrote itself', () => {
  it.each([
    ['woken by that write', false],
    ['already running', true],
  ])('typed after its reminder day brings no notification a minute later, worker %s', async (_name, running) => {
    startWorker();
    if (running) await whenReady();
    typeAndClose(EMPTY_EVIDENCE, daysAgo(10));
    await vi.waitFor(async () => expect(await readReminder('beeline')).toMatchObject({ fired: true, shownDay: daysAgo(7) }));
    expect(await readEvidence('beeline')).toMatchObject({ submittedOn: daysAgo(10) });
    expect(await fakeBrowser.alarms.get('reminder:beeline')).toBeUndefined();
    await fireReminder('beeline', Date.now() + FIRE_SOON_MS);
    expect(notified()).toEqual([]);
  });

  it('typed before its reminder day keeps the reminder, on its day', async () => {
    startWorker();
    typeAndClose(EMPTY_EVIDENCE, daysAgo(1));
    const dueAt = dueAtFor(daysAgo(1), 3);
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get('reminder:beeline'))?.scheduledTime).toBe(dueAt));
    await fireReminder('beeline', dueAt);
    expect(notified()).toEqual(['reminder:beeline']);
  });

  it('other proof a closing popup wrote, its date unchanged, spares nothing: a day that passed unseen is still said', async () => {
    // Typed on time (the reminder still ahead then), its day passed while the browser was closed.
    await fakeBrowser.storage.local.set({ 'evidence:beeline': { ...EMPTY_EVIDENCE, submittedOn: daysAgo(10), updatedAt: 1 }, 'reminder:beeline': { dueAt: dueAtFor(daysAgo(10), 3), fired: false } });
    startWorker();
    const live = { operator: 'beeline', evidence: signal(await readEvidence('beeline')) } as unknown as LiveState;
    const draft = new EvidenceDraft(live, () => undefined);
    draft.onInput('notes', 'Office on Abay');
    void draft.flush(true);
    await vi.waitFor(async () => expect(await readEvidence('beeline')).toMatchObject({ notes: 'Office on Abay' }));
    await whenReady();
    await fireReminder('beeline', Date.now() + FIRE_SOON_MS);
    expect(notified()).toEqual(['reminder:beeline']);
  });

  it.each([
    ['from the future, with its save', { typedAt: 8e15, updatedAt: 8e15 }],
    ['later than its save', { typedAt: 8e15, updatedAt: 5 }],
    ['not a time', { typedAt: 'now', updatedAt: 5 }],
    ['an object', { typedAt: { valueOf: 8e15 }, updatedAt: 5 }],
  ])('a marker written behind the popup\'s back (%s) spares no reminder still to come; one that is no closing page\'s is dropped, and nothing is said', async (_name, stamp) => {
    startWorker();
    await whenReady();
    await fakeBrowser.storage.local.set({ 'evidence:beeline': { ...EMPTY_EVIDENCE, requestNumber: 'B-1', submittedOn: daysAgo(1), ...stamp } });
    const dueAt = dueAtFor(daysAgo(1), 3);
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get('reminder:beeline'))?.scheduledTime).toBe(dueAt));
    await vi.waitFor(async () => expect(await fakeBrowser.storage.local.get('evidence:beeline')).toEqual({ 'evidence:beeline': { ...EMPTY_EVIDENCE, requestNumber: 'B-1', submittedOn: daysAgo(1), updatedAt: stamp.updatedAt, ...(stamp.typedAt === 8e15 && stamp.updatedAt === 8e15 ? { typedAt: 8e15 } : {}) } }));
    expect(await readNotices()).toEqual([]);
    await fireReminder('beeline', dueAt);
    expect(notified()).toEqual(['reminder:beeline']);
  });
});
