import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checklistSteps } from '@/data';
import { OPERATOR_IDS } from '@/data/schema';
import { progressKey } from '@/utils/progress';
import {
  CURRENT_SCHEMA_VERSION,
  DEFAULT_SETTINGS,
  checkEvidence,
  checkNotices,
  checkSettings,
  EMPTY_EVIDENCE,
  EVIDENCE_FIELD_MAX,
  isIsoDate,
  keepOnClose,
  NOTES_MAX,
  NOTICES_MAX,
  noteStoredVersion,
  onStorageChange,
  REMINDER_DAYS,
  readEvidence,
  readNotices,
  readProgress,
  readSettings,
  type StorageChange,
} from '@/utils/storage';
import { handleMessage, resetWorkerForTests, whenReady } from '@/utils/worker';
import { SUBMITTED_FROM, isSubmissionDate, latestSubmissionDate } from '@/utils/evidence-date';
import { reminderDay } from '@/utils/reminder-day';
import { dueAtFor } from '@/utils/reminders';

const sender = () => ({ id: fakeBrowser.runtime.id });
const local = () => fakeBrowser.storage.local;
const dump = async () => (await local().get(null)) as Record<string, unknown>;

beforeEach(() => {
  fakeBrowser.reset();
  resetWorkerForTests();
});

describe('reads never break on what is stored', () => {
  it('gives defaults for an empty store', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await readEvidence('kcell')).toEqual(EMPTY_EVIDENCE);
    expect(await readProgress('kcell')).toEqual({});
    expect(await readNotices()).toEqual([]);
  });

  it.each([
    ['a JSON string that is not JSON', '{"lang": "ru", '],
    ['a number', 42],
    ['an array', ['ru']],
    ['null-ish fields', { lang: 5, route: null, reminderDays: 'three' }],
  ])('settings stored as %s read as defaults', async (_name, raw) => {
    await local().set({ settings: raw });
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the readable fields of partly broken settings', async () => {
    await local().set({ settings: { lang: 'kk', route: 'post', reminderDays: 7, dismissedSites: 'all' } });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, lang: 'kk', reminderDays: 7 });
  });

  it('reminder days from 1 to 60 are kept as set; 0 and 61 fall back to the default', () => {
    for (const days of [REMINDER_DAYS.min, REMINDER_DAYS.max]) {
      expect(checkSettings({ reminderDays: days })).toEqual({ value: { ...DEFAULT_SETTINGS, reminderDays: days }, valid: true });
    }
    for (const days of [REMINDER_DAYS.min - 1, REMINDER_DAYS.max + 1]) {
      expect(checkSettings({ reminderDays: days })).toEqual({ value: DEFAULT_SETTINGS, valid: false });
    }
  });

  it('over-long proof is cut to its bound, never wiped: the user keeps what fits', () => {
    const checked = checkEvidence({ requestNumber: 'KC-1', notes: 'x'.repeat(NOTES_MAX + 5), place: 'p'.repeat(EVIDENCE_FIELD_MAX + 1) });
    expect(checked.valid).toBe(false);
    expect(checked.value.notes).toBe('x'.repeat(NOTES_MAX));
    expect(checked.value.place).toBe('p'.repeat(EVIDENCE_FIELD_MAX));
    expect(checked.value.requestNumber).toBe('KC-1');
  });

  it('proof saved before the phone number field reads whole, with the number empty; a stored number is kept', () => {
    const older = { requestNumber: 'KC-1', submittedOn: '', place: '', notes: '', updatedAt: 5 };
    expect(checkEvidence(older)).toEqual({ value: { ...older, phoneNumber: '' }, valid: true });
    expect(checkEvidence({ ...older, phoneNumber: '+7 701 000 00 00' }).value.phoneNumber).toBe('+7 701 000 00 00');
    expect(checkEvidence({ ...older, phoneNumber: 87010000000 })).toMatchObject({ value: { phoneNumber: '' }, valid: false });
  });

  it('of more notices than are kept, the newest stay', () => {
    const notices = Array.from({ length: NOTICES_MAX + 5 }, (_, at) => ({ id: `n${at}`, kind: 'reset', item: 'settings', at }));
    expect(checkNotices(notices).value.map((n) => n.at)).toEqual(Array.from({ length: NOTICES_MAX }, (_, i) => i + 5));
  });

  it('a list of hidden sites with a site twice or an unknown one keeps the sites it names (and is marked for repair)', () => {
    const checked = checkSettings({ dismissedSites: ['kcell', 'tele2', 'kcell', 'astelit', 7] });
    expect(checked.value.dismissedSites).toEqual(['kcell', 'tele2']);
    expect(checked.valid).toBe(false);
    expect(checkSettings({ dismissedSites: ['kcell', 'tele2'] })).toEqual({ value: { ...DEFAULT_SETTINGS, dismissedSites: ['kcell', 'tele2'] }, valid: true });
  });

  it('leaves a broken progress entry out and keeps the others', async () => {
    await local().set({
      [progressKey('kcell', 'kcell-submit')]: { done: 'yes', at: 1 },
      [progressKey('kcell', 'kcell-refund')]: { done: true, at: 2 },
    });
    expect(await readProgress('kcell')).toEqual({ 'kcell-refund': { done: true, at: 2 } });
  });
});

describe('the worker resets a corrupt item only, with a notice', () => {
  const tick = { done: true, at: 1_700_000_000_000 };
  const goodEvidence = { requestNumber: 'A-1', submittedOn: '', place: 'Almaty', notes: 'n', updatedAt: 5 };

  it.each([
    // The operator comes back from the tick that survived (utils/recall-operator.ts); the rest is default.
    ['settings', 'settings', '{not json', { ...DEFAULT_SETTINGS, operator: 'kcell' }],
    ['evidence', 'evidence:tele2', 12, EMPTY_EVIDENCE],
    ['notices', 'notices', { 0: 'x' }, undefined],
    ['reminder', 'reminder:kcell', { dueAt: 'soon' }, undefined],
  ])('%s', async (_name, key, raw, expected) => {
    await local().set({
      schemaVersion: 2,
      [progressKey('kcell', 'kcell-submit')]: tick,
      'evidence:kcell': goodEvidence,
      settings: { ...DEFAULT_SETTINGS, lang: 'ru' },
      [key]: raw,
    });
    await whenReady();
    const after = await dump();
    if (expected !== undefined) expect(after[key]).toEqual(expected);
    else if (key === 'notices') expect(Array.isArray(after.notices)).toBe(true);
    else expect(after[key]).toBeUndefined();
    // everything else is intact
    expect(after[progressKey('kcell', 'kcell-submit')]).toEqual(tick);
    if (key !== 'evidence:kcell') expect(after['evidence:kcell']).toEqual(goodEvidence);
    if (key !== 'settings') expect((after.settings as { lang: string }).lang).toBe('ru');
    expect(await readNotices()).toContainEqual(expect.objectContaining({ kind: 'reset', item: key }));
  });

  it('resets one bad step under one notice for the operator; the other ticks stay', async () => {
    await local().set({
      schemaVersion: 2,
      [progressKey('kcell', 'kcell-submit')]: tick,
      [progressKey('kcell', 'kcell-refund')]: 'done',
      [progressKey('kcell', 'kcell-contract-plan')]: { done: true },
    });
    await whenReady();
    const after = await dump();
    expect(after[progressKey('kcell', 'kcell-submit')]).toEqual(tick);
    expect(after[progressKey('kcell', 'kcell-refund')]).toBeUndefined();
    expect(after[progressKey('kcell', 'kcell-contract-plan')]).toBeUndefined();
    const notices = await readNotices();
    expect(notices.filter((n) => n.kind === 'reset')).toEqual([expect.objectContaining({ item: 'progress:kcell' })]);
  });

  it('every tick of an operator unreadable: the notice says none was kept, not "the others are kept"', async () => {
    await local().set({
      schemaVersion: 2,
      [progressKey('kcell', 'kcell-refund')]: 'done',
      [progressKey('kcell', 'kcell-contract-plan')]: { done: true },
      [progressKey('izi', 'izi-submit')]: tick,
    });
    await whenReady();
    expect((await readNotices()).filter((n) => n.kind === 'reset').map((n) => n.item)).toEqual(['ticks:kcell']);
  });

  it('the last kept tick corrupted later: the "others are kept" notice gives way to one that says none was', async () => {
    const { startWorker } = await import('@/utils/worker');
    startWorker();
    await whenReady();
    await local().set({ [progressKey('kcell', 'kcell-submit')]: tick, [progressKey('kcell', 'kcell-refund')]: 'done' });
    await vi.waitFor(async () => expect((await readNotices()).map((n) => n.item)).toEqual(['progress:kcell']));
    await local().set({ [progressKey('kcell', 'kcell-submit')]: 7 });
    await vi.waitFor(async () => expect((await readNotices()).map((n) => n.item)).toEqual(['ticks:kcell']));
    expect(await readProgress('kcell')).toEqual({});
  });

  it('repairs a value corrupted while the worker runs', async () => {
    const { startWorker } = await import('@/utils/worker');
    startWorker();
    await whenReady();
    await local().set({ settings: 'garbage' });
    await vi.waitFor(async () => expect((await dump()).settings).toEqual(DEFAULT_SETTINGS));
    await vi.waitFor(async () => expect(await readNotices()).toContainEqual(expect.objectContaining({ kind: 'reset', item: 'settings' })));
  });

  it('an item removed on purpose is no corrupt one, even where the change event reports it as null (the fake browser, some implementations)', async () => {
    const { startWorker } = await import('@/utils/worker');
    startWorker();
    await whenReady();
    const proof = { ...EMPTY_EVIDENCE, requestNumber: 'AL-1', submittedOn: '2026-11-20', updatedAt: 10 };
    expect(await handleMessage({ type: 'evidence/set', operator: 'altel', evidence: proof }, sender())).toMatchObject({ ok: true });
    expect((await dump())['reminder:altel']).toBeDefined();
    // The user clears the date: the reminder goes with it.
    expect(await handleMessage({ type: 'evidence/set', operator: 'altel', evidence: { ...proof, submittedOn: '', updatedAt: 20 } }, sender())).toMatchObject({ ok: true });
    await vi.waitFor(async () => expect((await dump())['reminder:altel']).toBeUndefined());
    await new Promise((resolve) => setTimeout(resolve, 20));
    // "The reminder for ALTEL could not be read and was reset" was untrue: it was removed, as asked.
    expect(await readNotices()).toEqual([]);
  });

  it('settings that cannot be read: the operator ticked last is in progress again, and one the user picked since is kept', async () => {
    await local().set({
      schemaVersion: 2,
      [progressKey('kcell', 'kcell-submit')]: { done: true, at: 100 },
      [progressKey('beeline', 'beeline-submit')]: { done: true, at: 200 },
      settings: ['not', 'settings'],
    });
    await whenReady();
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, operator: 'beeline' });
    expect(await readNotices()).toContainEqual(expect.objectContaining({ kind: 'reset', item: 'settings' }));

    // Corrupted while the worker runs, just after the user picked IZI in a valid write: nothing to recall over.
    const { startWorker } = await import('@/utils/worker');
    startWorker();
    await local().set({ settings: { ...DEFAULT_SETTINGS, operator: 'izi', route: 'sideways' } });
    await vi.waitFor(async () => expect((await dump()).settings).toEqual({ ...DEFAULT_SETTINGS, operator: 'izi' }));
  });

  it('settings a development build kept with the withdrawn eGov/Kaspi switch read whole, with no notice', async () => {
    const settings = { ...DEFAULT_SETTINGS, lang: 'kk', operator: 'beeline', guideServices: true };
    await local().set({ schemaVersion: 2, settings });
    await whenReady();
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, lang: 'kk', operator: 'beeline' });
    expect(await readNotices()).toEqual([]);
  });

  it('leaves keys that are not ours alone', async () => {
    await local().set({ schemaVersion: 2, somethingElse: { a: 1 }, 'evidence:astelit': 5 });
    await whenReady();
    const after = await dump();
    expect(after.somethingElse).toEqual({ a: 1 });
    expect(after['evidence:astelit']).toBe(5);
    expect(await readNotices()).toEqual([]);
  });
});

describe('data from a newer version', () => {
  const stored = {
    schemaVersion: 3,
    settings: { lang: 'ru', route: 'office', operator: 'kcell', reminderDays: 5, dismissedSites: [], guideServices: false, theme: 'dark' },
    [progressKey('kcell', 'kcell-submit')]: { done: true, at: 10, by: 'popup' },
    'evidence:kcell': { requestNumber: 'N', submittedOn: '2026-01-02', place: '', notes: '', updatedAt: 1 },
    futureThing: { x: 1 },
  };

  it('is read as far as possible, left untouched, and the user is told', async () => {
    await local().set(stored);
    await whenReady();
    const after = await dump();
    const { notices, ...rest } = after;
    expect(rest).toEqual(stored);
    expect(notices).toEqual([expect.objectContaining({ kind: 'newer-version', item: 'storage' })]);
    expect((await readSettings()).lang).toBe('ru');
    expect(await readProgress('kcell')).toEqual({ 'kcell-submit': { done: true, at: 10 } });
  });

  it('refuses writes with a clear error and changes nothing', async () => {
    await local().set(stored);
    const response = await handleMessage(
      { type: 'progress/set', operator: 'kcell', stepId: 'kcell-refund', done: true, at: 20 },
      sender(),
    );
    expect(response).toEqual({ ok: false, error: 'newer-version' });
    const { notices: _n, ...rest } = await dump();
    expect(rest).toEqual(stored);
  });
});

describe('the popup\'s write as it closes (keepOnClose)', () => {
  const proof = { phoneNumber: '', requestNumber: 'NEW', submittedOn: '', place: '', notes: '', updatedAt: 50 };
  afterEach(() => noteStoredVersion(undefined));

  it('keeps proof over data of this version', async () => {
    noteStoredVersion(CURRENT_SCHEMA_VERSION);
    keepOnClose({ 'evidence:kcell': proof });
    await vi.waitFor(async () => expect((await local().get('evidence:kcell'))['evidence:kcell']).toEqual(proof));
  });

  it('never replaces proof saved by a newer version, whatever notice the user has seen', async () => {
    const newer = { requestNumber: 'N', submittedOn: '2026-01-02', place: '', notes: '', updatedAt: 1, format: 'v3' };
    await local().set({ schemaVersion: CURRENT_SCHEMA_VERSION + 1, 'evidence:kcell': newer });
    noteStoredVersion(CURRENT_SCHEMA_VERSION + 1);
    keepOnClose({ 'evidence:kcell': proof });
    // A write would have landed by the next storage round trip.
    await local().get(null);
    expect((await local().get('evidence:kcell'))['evidence:kcell']).toEqual(newer);
  });

  it('a closing page\'s unanswered ticks: written as ticked over data of this version, never over a newer version\'s', async () => {
    noteStoredVersion(CURRENT_SCHEMA_VERSION);
    keepOnClose({ 'progress:kcell:kcell-submit': { done: true, at: 7 } });
    await vi.waitFor(async () => expect((await local().get('progress:kcell:kcell-submit'))['progress:kcell:kcell-submit']).toEqual({ done: true, at: 7 }));

    await local().set({ schemaVersion: CURRENT_SCHEMA_VERSION + 1, 'progress:kcell:kcell-refund': { state: 'v3' } });
    noteStoredVersion(CURRENT_SCHEMA_VERSION + 1);
    keepOnClose({ 'progress:kcell:kcell-refund': { done: true, at: 8 } });
    await local().get(null);
    expect((await local().get('progress:kcell:kcell-refund'))['progress:kcell:kcell-refund']).toEqual({ state: 'v3' });
  });
});

describe('storage quota exceeded', () => {
  it('tells the user and keeps the progress already saved', async () => {
    const saved = progressKey('kcell', 'kcell-submit');
    await local().set({ schemaVersion: 2, [saved]: { done: true, at: 1 } });
    await whenReady();
    const realSet = local().set.bind(local());
    vi.spyOn(local(), 'set').mockImplementation((async (items: Record<string, unknown>) => {
      if (Object.keys(items).some((k) => k.startsWith('progress:'))) {
        throw new Error('Resource::kQuotaBytes quota exceeded');
      }
      return realSet(items);
    }) as never);
    const response = await handleMessage(
      { type: 'progress/set', operator: 'kcell', stepId: 'kcell-refund', done: true, at: 2 },
      sender(),
    );
    expect(response).toEqual({ ok: false, error: 'quota' });
    expect(await readProgress('kcell')).toEqual({ 'kcell-submit': { done: true, at: 1 } });
    expect(await readNotices()).toContainEqual(expect.objectContaining({ kind: 'quota', item: 'progress:kcell' }));
  });

  it('still answers when not even the notice fits', async () => {
    await local().set({ schemaVersion: 2, 'evidence:kcell': { requestNumber: 'old', submittedOn: '', place: '', notes: '', updatedAt: 1 } });
    await whenReady();
    vi.spyOn(local(), 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const response = await handleMessage(
      {
        type: 'evidence/set',
        operator: 'kcell',
        evidence: { requestNumber: 'new', submittedOn: '', place: '', notes: '', updatedAt: 2 },
      },
      sender(),
    );
    expect(response).toEqual({ ok: false, error: 'quota' });
    expect((await readEvidence('kcell')).requestNumber).toBe('old');
  });
});

describe('onStorageChange', () => {
  it('reports typed, validated changes from local storage and stops after unsubscribe', async () => {
    const seen: StorageChange[][] = [];
    const stop = onStorageChange((changes) => seen.push(changes));
    await local().set({ [progressKey('izi', 'izi-submit')]: { done: true, at: 3 }, settings: 'broken', unrelated: 1 });
    await local().remove(progressKey('izi', 'izi-submit'));
    await fakeBrowser.storage.sync.set({ settings: { lang: 'ru' } });
    stop();
    await local().set({ settings: { lang: 'ru' } });
    expect(seen).toEqual([
      [
        { item: 'progress', operator: 'izi', stepId: 'izi-submit', value: { done: true, at: 3 } },
        { item: 'settings', value: DEFAULT_SETTINGS },
      ],
      [{ item: 'progress', operator: 'izi', stepId: 'izi-submit', value: null }],
    ]);
  });
});

describe('size', () => {
  it('stays far inside the 10 MB storage.local quota with every field at its maximum', () => {
    const items: Record<string, unknown> = { schemaVersion: 2, settings: DEFAULT_SETTINGS };
    for (const operator of OPERATOR_IDS) {
      for (const route of ['online', 'office'] as const)
        for (const step of checklistSteps(operator, route)) items[progressKey(operator, step.id)] = { done: true, at: Date.now() };
      // Worst case: every character a 3-byte UTF-8 one.
      items[`evidence:${operator}`] = {
        requestNumber: 'ж'.repeat(EVIDENCE_FIELD_MAX),
        submittedOn: '2026-11-20',
        place: '中'.repeat(EVIDENCE_FIELD_MAX),
        notes: '中'.repeat(NOTES_MAX),
        updatedAt: Date.now(),
      };
      items[`reminder:${operator}`] = { dueAt: Date.now(), fired: false };
    }
    const bytes = Object.entries(items).reduce((sum, [k, v]) => sum + new TextEncoder().encode(k + JSON.stringify(v)).length, 0);
    expect(bytes).toBeLessThan(512 * 1024);
  });
});

describe('dates of any year', () => {
  it('every date the date field takes (2000-01-01 to today) and any real date of a four-digit year is kept as stored, not called corrupt', async () => {
    const field = [SUBMITTED_FROM, '2000-02-29', '2024-02-29', latestSubmissionDate()];
    // Years 0000–0099 were refused (Date.UTC reads them as 1900–1999) where 0100 and 1999 were kept.
    const early = ['0001-01-01', '0050-06-15', '0099-12-31', '0100-01-01', '1999-12-31'];
    for (const date of [...field, ...early]) {
      expect(isSubmissionDate(date) || early.includes(date), date).toBe(true);
      expect(isIsoDate(date), date).toBe(true);
      expect(checkEvidence({ ...EMPTY_EVIDENCE, submittedOn: date }), date).toEqual({ value: { ...EMPTY_EVIDENCE, submittedOn: date }, valid: true });
    }
    for (const bad of ['2023-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '50-06-15', '20266-11-26', '2026-1-01']) expect(isIsoDate(bad), bad).toBe(false);

    // Read on the next start: the date stays, and no notice says part of the proof was lost.
    await fakeBrowser.storage.local.set({ schemaVersion: 2, 'evidence:kcell': { ...EMPTY_EVIDENCE, requestNumber: 'K-1', submittedOn: '0050-06-15', updatedAt: 1 } });
    resetWorkerForTests();
    await whenReady();
    expect(await readEvidence('kcell')).toMatchObject({ submittedOn: '0050-06-15' });
    expect(await readNotices()).toEqual([]);
    // Its reminder is three days on in year 50, not in 1950.
    expect(reminderDay('0050-06-15', 3)).toBe('0050-06-18');
    expect(reminderDay('0099-12-30', 3)).toBe('0100-01-02');
    expect(new Date(dueAtFor('0050-06-15', 3)).getFullYear()).toBe(50);
  });
});
