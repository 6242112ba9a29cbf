import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runMigrations, storedVersion, v2FromV1 } from '@/utils/migrations';
import { UNKNOWN_TIME } from '@/utils/progress';
import { noticeText } from '@/utils/popup-notice';
import { DEFAULT_SETTINGS, readEvidence, readNotices, readProgress, readSettings } from '@/utils/storage';
import { FIRE_SOON_MS } from '@/utils/reminders';
import { resetWorkerForTests, startWorker, whenReady } from '@/utils/worker';
import { fireReminder } from '@/utils/worker-reminders';

const V1 = JSON.parse(readFileSync(new URL('../fixtures/storage/v1.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const NOW = Date.UTC(2026, 10, 25, 9, 0, 0);
const local = () => fakeBrowser.storage.local;
const dump = async () => (await local().get(null)) as Record<string, unknown>;
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

beforeEach(() => {
  fakeBrowser.reset();
  resetWorkerForTests();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('v1 → v2 from the stored fixture', () => {
  it('moves settings, ticks and evidence to v2 keys, removes the old state and says so', async () => {
    await local().set(copy(V1));
    expect(await runMigrations(NOW)).toEqual({ status: 'migrated', from: 1 });

    const after = await dump();
    expect(after.state).toBeUndefined();
    expect(after.schemaVersion).toBe(2);
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, lang: 'zh-CN', operator: 'kcell', route: 'office' });
    expect(await readProgress('kcell')).toEqual({
      // v1 kept no day: not the day of the update, when the user did nothing (UNKNOWN_TIME).
      'before-backup': { done: true, at: UNKNOWN_TIME },
      'before-move-egov': { done: true, at: UNKNOWN_TIME },
      'kcell-prepare-id': { done: true, at: UNKNOWN_TIME },
    });
    expect(await readProgress('tele2')).toEqual({ 'before-backup': { done: true, at: UNKNOWN_TIME } });
    expect(await readEvidence('kcell')).toEqual({
      phoneNumber: '',
      requestNumber: 'KC-2026-0042',
      submittedOn: '2026-11-20',
      place: 'Kcell, Almaty, Abay Ave 1',
      notes: 'Asked for the balance refund to my Kaspi card.',
      updatedAt: NOW,
    });
    expect(await readEvidence('tele2')).toEqual({ phoneNumber: '', requestNumber: 'T2-77', submittedOn: '', place: '', notes: '', updatedAt: NOW });
    expect(await readNotices()).toEqual([{ id: 'migrated:state', kind: 'migrated', item: 'state', at: NOW }]);
  });

  it('is idempotent: a second run changes nothing', async () => {
    await local().set(copy(V1));
    await runMigrations(NOW);
    const once = await dump();
    expect(await runMigrations(NOW + 60_000)).toEqual({ status: 'current' });
    expect(await dump()).toEqual(once);
  });

  it('gives the same result when interrupted after the v2 write, before the old state was removed', async () => {
    await local().set(copy(V1));
    await runMigrations(NOW);
    const clean = await dump();

    fakeBrowser.reset();
    await local().set(copy(V1));
    const remove = vi.spyOn(local(), 'remove').mockRejectedValueOnce(new Error('worker stopped'));
    expect((await runMigrations(NOW)).status).toBe('failed');
    expect((await dump()).state).toBeDefined();
    remove.mockRestore();
    // the worker starts again, later
    expect(await runMigrations(NOW + 3_600_000)).toEqual({ status: 'migrated', from: 1 });
    expect(await dump()).toEqual(clean);
  });

  it('a re-run after an interrupted removal keeps the settings the user changed in between', async () => {
    await local().set(copy(V1));
    const remove = vi.spyOn(local(), 'remove').mockRejectedValueOnce(new Error('worker stopped'));
    expect((await runMigrations(NOW)).status).toBe('failed');
    remove.mockRestore();
    // The worker kept working; the user chose another language, operator and route.
    const chosen = { ...(await readSettings()), lang: 'kk' as const, operator: 'beeline' as const, route: 'online' as const };
    await local().set({ settings: chosen });
    expect(await runMigrations(NOW + 3_600_000)).toEqual({ status: 'migrated', from: 1 });
    expect(await readSettings()).toEqual(chosen);
    expect((await dump()).state).toBeUndefined();
  });

  it('a re-run after an interrupted removal does not add "nothing was lost" beside the first run\'s "could not be read"', async () => {
    await local().set({ state: { version: 1, lang: 'fr', operator: 'kcell', done: { kcell: ['kcell-submit'] } } });
    const remove = vi.spyOn(local(), 'remove').mockRejectedValueOnce(new Error('worker stopped'));
    expect((await runMigrations(NOW)).status).toBe('failed');
    remove.mockRestore();
    expect(await runMigrations(NOW + 3_600_000)).toEqual({ status: 'migrated', from: 1 });
    // The operator was read: part of the settings is kept.
    expect((await readNotices()).map((n) => n.id)).toEqual(['reset:part:settings']);
  });

  it('a v1 language named like an Object property ("constructor") is no language: the user is told the settings were reset, not that nothing was lost', () => {
    for (const lang of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const { items, dropped } = v2FromV1({ version: 1, lang, operator: 'izi' }, {}, NOW);
      expect(dropped, lang).toEqual(['settings']);
      expect(copy(items).settings, lang).toEqual({ ...DEFAULT_SETTINGS, operator: 'izi' });
      // The operator was read, so "the rest is kept".
      expect((items.notices as Array<{ id: string }>).map((n) => n.id), lang).toEqual(['reset:part:settings']);
    }
  });

  it('gives the same result when interrupted before the v2 write', async () => {
    await local().set(copy(V1));
    await runMigrations(NOW);
    const clean = await dump();

    fakeBrowser.reset();
    await local().set(copy(V1));
    const realSet = local().set.bind(local());
    let calls = 0;
    vi.spyOn(local(), 'set').mockImplementation((async (items: Record<string, unknown>) => {
      calls += 1;
      if (calls === 2) throw new Error('worker stopped');
      return realSet(items);
    }) as never);
    expect((await runMigrations(NOW)).status).toBe('failed');
    vi.mocked(local().set).mockRestore();
    expect(await runMigrations(NOW + 5_000)).toEqual({ status: 'migrated', from: 1 });
    expect(await dump()).toEqual(clean);
  });

  it('when storage is full, keeps the v1 data, tells the user, and migrates on a later start', async () => {
    await local().set(copy(V1));
    const realSet = local().set.bind(local());
    const set = vi.spyOn(local(), 'set').mockImplementation((async (items: Record<string, unknown>) => {
      if ('schemaVersion' in items) throw new Error('QUOTA_BYTES quota exceeded');
      return realSet(items);
    }) as never);
    await whenReady();
    expect((await dump()).state).toMatchObject({ version: 1, lang: 'zh' });
    expect(await readNotices()).toContainEqual(expect.objectContaining({ kind: 'quota', item: 'storage' }));
    set.mockRestore();
    resetWorkerForTests();
    await whenReady();
    expect((await dump()).state).toBeUndefined();
    expect((await readSettings()).lang).toBe('zh-CN');
  });

  it('after a worker start, the migrated evidence date has its reminder alarm', async () => {
    await local().set(copy(V1));
    await whenReady();
    expect(await fakeBrowser.alarms.get('reminder:kcell')).toBeDefined();
    expect(await fakeBrowser.alarms.get('reminder:tele2')).toBeUndefined();
  });

  it('a migrated date whose reminder day is past is still said: no popup said "check now" under it, and a migration marks no proof as typed', async () => {
    await local().set(copy(V1));
    startWorker();
    await whenReady();
    const migrated = (await dump())['evidence:kcell'];
    expect(migrated).toMatchObject({ submittedOn: '2026-11-20' });
    expect(migrated).not.toHaveProperty('typedAt');
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get('reminder:kcell')).toBeDefined());
    await fireReminder('kcell', Date.now() + FIRE_SOON_MS);
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toEqual(['reminder:kcell']);
  });
});

describe('v1 data that is partly unreadable', () => {
  it('migrates what it can and records a reset notice for the rest', () => {
    const state = {
      version: 1,
      lang: 'fr',
      operator: 'astelit',
      route: 'online',
      done: { kcell: ['kcell-submit', 'Bad Id', 5], nope: ['x'] },
      evidence: { kcell: { number: 7, date: 'yesterday', office: 'A' }, izi: 'text' },
    };
    const { items, dropped } = v2FromV1(state, {}, NOW);
    expect([...dropped].sort()).toEqual(['evidence:izi', 'evidence:kcell', 'progress:kcell', 'settings', 'state']);
    expect(items.settings).toEqual({ ...DEFAULT_SETTINGS, route: 'online' });
    expect(items['progress:kcell:kcell-submit']).toEqual({ done: true, at: UNKNOWN_TIME });
    expect(Object.keys(items).filter((k) => k.startsWith('progress:'))).toHaveLength(1);
    expect(items['evidence:kcell']).toEqual({ phoneNumber: '', requestNumber: '', submittedOn: '', place: 'A', notes: '', updatedAt: NOW });
    expect(items['evidence:izi']).toBeUndefined();
    // One notice for each thing to check, and no "nothing was lost" beside them.
    expect(items.notices).toEqual([
      // The office of Kcell's proof was read: "the rest is kept" for it. The route read is the default
      // one, so the settings are as after a reset.
      expect.objectContaining({ kind: 'reset', item: 'settings' }),
      expect.objectContaining({ kind: 'reset', item: 'progress:kcell' }),
      expect.objectContaining({ kind: 'reset', item: 'state' }),
      expect.objectContaining({ kind: 'reset', item: 'part:evidence:kcell' }),
      expect.objectContaining({ kind: 'reset', item: 'evidence:izi' }),
    ]);
  });

  it('an operator whose old list could not be read at all is told so, not that "the others are kept"', () => {
    const state = { version: 1, done: { kcell: 'kcell-submit', beeline: ['Bad Id', 7], izi: ['izi-request', 'Bad Id'], tele2: [] } };
    const { items, dropped } = v2FromV1(state, {}, NOW);
    expect([...dropped].sort()).toEqual(['progress:izi', 'state:beeline', 'state:kcell']);
    expect(Object.keys(items).filter((k) => k.startsWith('progress:'))).toEqual(['progress:izi:izi-request']);
    const texts = (items.notices as { kind: 'reset'; item: string }[]).map((notice) => noticeText(notice, 'en'));
    expect(texts).toEqual([
      'The ticks for Kcell saved by the earlier version could not be read and were reset. Tick again the steps you have already done.',
      'The ticks for Beeline saved by the earlier version could not be read and were reset. Tick again the steps you have already done.',
      'Some of IZI’s ticks could not be read and were cleared; the others are kept. Check the list.',
    ]);
    for (const lang of ['ru', 'kk', 'zh-CN'] as const) {
      const text = noticeText({ kind: 'reset', item: 'state:kcell' }, lang);
      expect(text).toContain('Kcell');
      expect(text).not.toBe(noticeText({ kind: 'reset', item: 'progress:kcell' }, lang));
    }
  });

  it('names the operator whose proof lost its date, and says nothing of a loss elsewhere', () => {
    const state = { version: 1, operator: 'beeline', done: { beeline: ['before-backup'] }, evidence: { beeline: { number: 'BL-1', date: '20/11/2026' } } };
    const { items, dropped } = v2FromV1(state, {}, NOW);
    expect(dropped).toEqual(['evidence:beeline']);
    expect(items['evidence:beeline']).toMatchObject({ requestNumber: 'BL-1', submittedOn: '' });
    // Its request number is kept: "the rest is kept", not "was reset".
    expect(items.notices).toEqual([expect.objectContaining({ kind: 'reset', item: 'part:evidence:beeline' })]);
    expect(noticeText({ kind: 'reset', item: 'part:evidence:beeline' }, 'en')).toBe(
      'Part of your saved data (proof for Beeline) could not be read and was cleared; the rest is kept. Check it.',
    );
  });

  it('drops a state that is not an object and starts clean, with a notice', async () => {
    await local().set({ state: '{"version":1,' });
    expect(await runMigrations(NOW)).toEqual({ status: 'migrated', from: 1 });
    const after = await dump();
    expect(after.state).toBeUndefined();
    expect(after.schemaVersion).toBe(2);
    expect(await readNotices()).toContainEqual(expect.objectContaining({ kind: 'reset', item: 'state' }));
  });

  it('a migration run again (after an interruption) keeps proof the user edited since', () => {
    const edited = { requestNumber: 'NEW', submittedOn: '', place: '', notes: '', updatedAt: 2_000 };
    const { items } = v2FromV1({ version: 1, evidence: { kcell: { number: 'OLD' } } }, { 'evidence:kcell': edited }, 1_000);
    expect(items['evidence:kcell']).toBeUndefined();
    // Older than the migration: the v1 proof is written.
    const older = v2FromV1({ version: 1, evidence: { kcell: { number: 'OLD' } } }, { 'evidence:kcell': { ...edited, updatedAt: 500 } }, 1_000);
    expect(older.items['evidence:kcell']).toMatchObject({ requestNumber: 'OLD' });
  });

  it('cuts over-long v1 text to the v2 bounds', () => {
    const state = { version: 1, evidence: { beeline: { notes: 'n'.repeat(20_000), number: 'x'.repeat(5_000) } } };
    const evidence = v2FromV1(state, {}, NOW).items['evidence:beeline'] as { notes: string; requestNumber: string };
    expect(evidence.notes).toHaveLength(10_000);
    expect(evidence.requestNumber).toHaveLength(2_000);
  });
});

describe('versions', () => {
  it('a first run writes the current version and no notice', async () => {
    expect(await runMigrations(NOW)).toEqual({ status: 'fresh' });
    expect(await dump()).toEqual({ schemaVersion: 2 });
  });

  it('never touches data from a newer version', async () => {
    const stored = { schemaVersion: 7, state: { version: 1, lang: 'ru' }, settings: { whatever: true } };
    await local().set(copy(stored));
    expect(await runMigrations(NOW)).toEqual({ status: 'newer', version: 7 });
    expect(await dump()).toEqual(stored);
  });

  it.each([
    [{}, null],
    [{ state: {} }, 1],
    [{ schemaVersion: 2, state: {} }, 1],
    [{ schemaVersion: 2 }, 2],
    [{ settings: {} }, 2],
    [{ schemaVersion: 'two', settings: {} }, 2],
    [{ schemaVersion: 3 }, 3],
    [{ schemaVersion: 1, settings: {} }, 2],
    [{ schemaVersion: 1 }, null],
  ])('storedVersion(%j) is %s', (items, version) => {
    expect(storedVersion(items).version).toBe(version);
  });

  it('a schema version 1 over data of this version (no v1 state): the version is repaired and no notice says the old checklist could not be read', async () => {
    const stored = { schemaVersion: 1, settings: { ...DEFAULT_SETTINGS, lang: 'kk' }, 'progress:kcell:kcell-submit': { done: true, at: 5 } };
    await local().set(copy(stored));
    expect(await runMigrations(NOW)).toEqual({ status: 'current' });
    expect(await dump()).toEqual({ ...stored, schemaVersion: 2, notices: [{ id: 'reset:schemaVersion', kind: 'reset', item: 'schemaVersion', at: NOW }] });
  });

  it('an unreadable version and an unreadable notice list: the user is told of both, not only of the version', async () => {
    await local().set({ schemaVersion: 'two', notices: [1, 2, 3], settings: { ...DEFAULT_SETTINGS, lang: 'kk' } });
    await whenReady();
    expect((await readNotices()).map((n) => n.id).sort()).toEqual(['reset:notices', 'reset:schemaVersion']);
  });

  it('rewrites an unreadable schema version, with a notice', async () => {
    await local().set({ schemaVersion: 'two', settings: { lang: 'kk' } });
    expect(await runMigrations(NOW)).toEqual({ status: 'current' });
    expect((await dump()).schemaVersion).toBe(2);
    expect((await readSettings()).lang).toBe('kk');
    expect(await readNotices()).toContainEqual(expect.objectContaining({ kind: 'reset', item: 'schemaVersion' }));
  });
});
