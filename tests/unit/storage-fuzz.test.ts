// Generated corruption of stored state: random values for every reader, and a valid store with a few
// items broken (deleted, a type changed, a tick's time made impossible, a date that is no day, a huge
// list, a schema version that is unknown or older). Seeded (tests/unit/fuzz.ts): a failure names its
// seed and case, and FUZZ_SEED replays it.
import { isDeepStrictEqual } from 'node:util';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LANGS, OPERATOR_IDS, type OperatorId } from '@/data/schema';
import { checklistSteps } from '@/data';
import { RETIRED_STEPS } from '@/data/retired-steps';
import { isEmptyPlan, noticeItemsAfterRepair, planRepair } from '@/utils/repair';
import { runMigrations, storedVersion, v2FromV1 } from '@/utils/migrations';
import { UNKNOWN_TIME, parseProgressKey, progressKey, supersedes, type StepProgress } from '@/utils/progress';
import {
  NOTICE_KINDS,
  checkEvidence,
  checkNotices,
  checkProgress,
  checkReminder,
  checkSchemaVersion,
  checkSettings,
  checkTypedAt,
  evidenceKey,
  itemKind,
  noticeItem,
  parseChanges,
  progressFromItems,
  type Notice,
} from '@/utils/storage';
import { resetWorkerForTests, startWorker, whenReady } from '@/utils/worker';
import { anyValue, cases, deep, forCases, forCasesAsync, oddString, withKey, without, type Rng } from './fuzz';

type Items = Record<string, unknown>;
/** toEqual, with a fast path: vitest's own comparison costs more than the code under test, thousands of times over. */
const same = (actual: unknown, expected: unknown, message?: string) => {
  if (!isDeepStrictEqual(actual, expected)) expect(actual, message).toEqual(expected);
};
const json = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));
const READER_CASES = cases(1500);
const STORE_CASES = cases(500);
const V1_CASES = cases(700);
const VERSION_CASES = cases(150);
const NOW = Date.UTC(2026, 10, 28, 9, 0, 0);

const CHECKS = [checkSettings, checkEvidence, checkNotices, checkProgress, checkReminder, checkSchemaVersion] as const;

describe('the readers against random values', () => {
  it(`never throw; what they give is sound; a sound value is given back as it was (${READER_CASES} cases × ${CHECKS.length} readers)`, () => {
    forCases(READER_CASES, (rng) => {
      const raw = rng.chance(0.7) ? anyValue(rng, 3) : json(anyValue(rng, 3));
      for (const check of CHECKS) {
        const { value, valid } = check(raw as never) as { value: unknown; valid: boolean };
        // Reading what was read gives it again, marked sound: a repair repaired once is done.
        if (value !== null) same(check(json(value) as never), { value, valid: true }, `${check.name} ${JSON.stringify(raw)?.slice(0, 200)}`);
        if (valid && raw !== undefined && check !== checkProgress && check !== checkReminder) same(value, check === checkSettings || check === checkEvidence ? { ...(value as object), ...pick(raw, value) } : raw);
      }
      const key = rng.pick(['settings', 'notices', 'progress:kcell:kcell-submit', 'evidence:izi', 'reminder:izi', 'schemaVersion', oddString(rng)]);
      expect(() => parseChanges({ [key]: { newValue: raw } })).not.toThrow();
    });
  });
});

describe('a closing page\'s marker on proof (KeptEvidence.typedAt) against random values', () => {
  it(`never throws; a marker read is a time no later than its save; the repair drops any other, keeps every field the user typed and says nothing (${READER_CASES} cases)`, () => {
    forCases(READER_CASES, (rng) => {
      const proof = { phoneNumber: '', requestNumber: `R-${rng.int(1, 999)}`, submittedOn: day(rng), place: '', notes: '', updatedAt: time(rng) };
      const raw = { ...proof, typedAt: rng.chance(0.3) ? rng.pick([proof.updatedAt, proof.updatedAt - 1, proof.updatedAt + 1]) : anyValue(rng, 2) };
      const stored = rng.chance(0.5) ? json(raw) : raw;
      const { value, valid } = checkTypedAt(stored);
      if (valid && stored.typedAt !== undefined) expect(value === stored.typedAt && value <= proof.updatedAt && value >= 0, JSON.stringify(stored)).toBe(true);
      if (!valid) expect(value).toBe(0);
      const plan = planRepair({ 'evidence:izi': stored });
      expect(plan.reset).toEqual([]);
      if (valid) same(plan.set, {});
      else same(plan.set, { 'evidence:izi': proof });
    });
  });
});

/** The fields of `raw` that `value` has: a sound settings or proof item is read field by field as stored. */
function pick(raw: unknown, value: unknown): Items {
  return Object.fromEntries(Object.keys(value as object).filter((k) => (raw as Items)[k] !== undefined).map((k) => [k, (raw as Items)[k]]));
}

// ---------------------------------------------------------------------------------------------
// A valid store of this version.

const STEP_IDS = Object.fromEntries(
  OPERATOR_IDS.map((op) => [op, [...new Set([...checklistSteps(op, 'online'), ...checklistSteps(op, 'office')].map((s) => s.id))].filter((id) => !Object.hasOwn(RETIRED_STEPS, id))]),
) as Record<OperatorId, string[]>;

const day = (rng: Rng) => `20${rng.int(10, 26)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
const time = (rng: Rng) => rng.pick([0, 1, NOW - rng.int(1, 1e9), NOW]);

function validStore(rng: Rng): Items {
  const items: Items = { schemaVersion: 2 };
  if (rng.chance(0.8)) {
    items.settings = {
      lang: rng.pick([null, ...LANGS]),
      route: rng.pick(['online', 'office']),
      operator: rng.pick([null, ...OPERATOR_IDS]),
      reminderDays: rng.int(1, 60),
      dismissedSites: [...new Set(Array.from({ length: rng.int(0, 3) }, () => rng.pick(OPERATOR_IDS)))],
    };
  }
  for (const op of OPERATOR_IDS) {
    if (!rng.chance(0.5)) continue;
    for (const step of STEP_IDS[op]) if (rng.chance(0.3)) items[progressKey(op, step)] = { done: rng.chance(0.8), at: time(rng) };
    // A tick on a step the guide has retired, which the worker carries to its successor.
    if (rng.chance(0.15)) items[progressKey(op, rng.pick(Object.keys(RETIRED_STEPS)))] = { done: rng.chance(0.8), at: time(rng) };
    if (rng.chance(0.5)) {
      items[evidenceKey(op)] = {
        phoneNumber: rng.pick(['', '+7 701 000 00 00']),
        requestNumber: rng.pick(['', 'KC-42', 'x'.repeat(2000)]),
        submittedOn: rng.chance(0.3) ? '' : day(rng),
        place: rng.pick(['', 'Алматы']),
        notes: rng.pick(['', '中文', 'n'.repeat(10_000)]),
        updatedAt: time(rng),
      };
      if (rng.chance(0.2)) items[evidenceKey(op)] = without(items[evidenceKey(op)] as object, 'phoneNumber');
    }
  }
  if (rng.chance(0.5)) {
    const notices: Notice[] = [];
    for (let i = rng.int(0, 5); i > 0; i--) {
      const kind = rng.pick(NOTICE_KINDS);
      const item = rng.pick(['settings', 'storage', 'state', `progress:${rng.pick(OPERATOR_IDS)}`]);
      if (!notices.some((n) => n.id === `${kind}:${item}`)) notices.push({ id: `${kind}:${item}`, kind, item, at: time(rng) });
    }
    items.notices = notices;
  }
  if (rng.chance(0.2)) items['someone-else'] = anyValue(rng, 2);
  return items;
}

/** Keys a reader of this version reads (the v1 state is the migrations'). */
const ours = (key: string) => itemKind(key) !== null && key !== 'state';

/** The same store with a few items broken; returns the keys touched. */
function corrupt(rng: Rng, store: Items): { items: Items; touched: string[] } {
  const items = { ...store };
  const touched: string[] = [];
  const keys = Object.keys(items).filter(ours);
  for (let n = rng.int(1, 3); n > 0 && keys.length > 0; n--) {
    const key = rng.pick(keys);
    const value = items[key];
    touched.push(key);
    const record = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Items) : null;
    const field = record ? rng.pick(Object.keys(record).length ? Object.keys(record) : ['x']) : null;
    switch (rng.int(0, 8)) {
      case 0:
        delete items[key];
        break;
      case 1:
        items[key] = anyValue(rng, 2);
        break;
      case 2:
        // One field's type changed.
        items[key] = record ? withKey(record, field!, rng.pick([String(record[field!]), 1, true, null, [], {}, [record[field!]]])) : String(value);
        break;
      case 3:
        // A time that is no time.
        items[key] = record ? { ...record, [rng.pick(['at', 'updatedAt', 'dueAt'])]: rng.pick([-1, 8.64e15 + 1, '1700000000000', null, 1e308]) } : -1;
        break;
      case 4:
        // A date that is no day.
        items[key] = record ? { ...record, submittedOn: rng.pick(['2026-02-30', '2026-13-01', '20.11.2026', '2026-1-1', ' 2026-11-20', 20261120]) } : '2026-02-30';
        break;
      case 5:
        // A huge list where a short one belongs.
        items[key] = key === 'notices' && Array.isArray(value) && value.length > 0 ? Array.from({ length: 1000 }, (_, i) => ({ ...(value[0] as Notice), id: `x${i}` })) : record ? { ...record, dismissedSites: Array.from({ length: 1000 }, () => rng.pick(OPERATOR_IDS)) } : Array.from({ length: 5000 }, (_, i) => i);
        break;
      case 6:
        items[key] = record ? without(record, field!) : null;
        break;
      case 7:
        items[key] = record ? withKey(record, rng.pick(['__proto__', 'constructor', 'extra']), anyValue(rng, 1)) : deep(rng.int(2, 60));
        break;
      default:
        items[key] = key === 'schemaVersion' ? rng.pick([1, 2, 3, 0, -1, 2.5, '2', null, 1e9]) : { done: 'yes', at: NaN };
    }
  }
  // Storage keeps JSON.
  return { items: json(items), touched: [...new Set(touched)] };
}

/** Storage after `plan` is applied to `items`. */
function applied(items: Items, plan: ReturnType<typeof planRepair>): Items {
  const after = { ...items, ...json(plan.set) };
  for (const key of plan.remove) delete after[key];
  return after;
}

/** The notices already in a stored list, readable or not (a corrupted list's entries are no new notices). */
const noticeStamps = (list: unknown): string[] => (Array.isArray(list) ? list.map((n: Partial<Notice> | null) => `${n?.id}@${n?.at}`) : []);

const isSound = (key: string, value: unknown) => planRepair({ [key]: value }).reset.length === 0;

describe('planRepair against a corrupted store', () => {
  it(`keeps every item that was sound, repairs the rest for good, and names exactly what it changed (${STORE_CASES} cases)`, () => {
    const counts = { repaired: 0, salvaged: 0 };
    forCases(STORE_CASES, (rng) => {
      const store = json(validStore(rng));
      expect(isEmptyPlan(planRepair(store)), 'a generated store is sound').toBe(true);
      const { items } = corrupt(rng, store);
      const plan = planRepair(items);
      const after = applied(items, plan);
      const broken = Object.keys(items).filter((key) => ours(key) && key !== 'schemaVersion' && !isSound(key, items[key]));
      // Nothing sound is changed or lost.
      for (const [key, value] of Object.entries(items)) if (!broken.includes(key)) same(after[key], value, key);
      // Every broken item is repaired (the schema version is the migrations'), and a repair needs no second one.
      same(planRepair(after), { set: {}, remove: [], reset: [] });
      // What the UIs read is what is stored, field for field: no default stands in for a field that is
      // missing (a proof without its request number read as sound, with an empty field and no notice).
      // The phone number came later: proof saved before it has none.
      for (const [key, value] of Object.entries(after)) {
        const kind = itemKind(key);
        if (kind !== 'settings' && kind !== 'evidence') continue;
        const read = (kind === 'settings' ? checkSettings(value) : checkEvidence(value)).value as unknown as Items;
        for (const field of Object.keys(read)) if (field !== 'phoneNumber') same((value as Items)[field], read[field], `${key}.${field}`);
      }
      // The notices name each broken item (ticks by operator) and nothing else.
      expect(new Set(plan.reset)).toEqual(new Set(broken.map(noticeItem)));
      expect(plan.reset.length).toBe(new Set(plan.reset).size);
      if (broken.length) counts.repaired++;
      // What a broken proof still says in its sound fields is kept.
      for (const key of broken.filter((k) => itemKind(k) === 'evidence')) {
        const raw = items[key];
        if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) continue;
        for (const [field, value] of Object.entries(after[key] as Items)) {
          const was = (raw as Items)[field];
          if (typeof was === 'string' && typeof value === 'string' && was.length <= value.length) {
            expect(value, `${key}.${field}`).toBe(was);
            counts.salvaged++;
          }
        }
      }
    });
    expect(counts.repaired).toBeGreaterThan(STORE_CASES / 2);
  });

  it(`"some ticks were cleared, the others are kept" only where a tick is kept (${STORE_CASES} cases)`, () => {
    forCases(STORE_CASES, (rng) => {
      const { items } = corrupt(rng, json(validStore(rng)));
      const plan = planRepair(items);
      const after = applied(items, plan);
      for (const item of noticeItemsAfterRepair(plan.reset, after)) {
        const [kind, op] = item.split(':') as [string, OperatorId];
        const kept = Object.values(progressFromItems(after, op)).some((p) => p.done);
        if (kind === 'progress') expect(kept, item).toBe(true);
        if (kind === 'ticks') expect(kept, item).toBe(false);
      }
    });
  });
});

// ---------------------------------------------------------------------------------------------
// The worker's start: migrations, repair, retired ticks and reminders, on the corrupted store.

describe('the worker starting on a corrupted store', () => {
  const WORKER_CASES = cases(150);
  const dump = async () => (await fakeBrowser.storage.local.get(null)) as Items;
  const tickKeys = (items: Items) => Object.keys(items).filter((k) => itemKind(k) === 'progress');

  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  it(`loses no sound tick or proof, keeps nothing unsound, says what it cleared and only that, and a second start changes nothing (${WORKER_CASES} cases)`, async () => {
    await forCasesAsync(WORKER_CASES, async (rng) => {
      fakeBrowser.reset();
      resetWorkerForTests();
      await fakeBrowser.storage.local.set(corrupt(rng, json(validStore(rng))).items);
      // What storage holds (fakeBrowser keeps no null value).
      const items = await dump();
      const version = storedVersion(items).version;
      await whenReady();
      const after = await dump();
      if (version !== null && version > 2) {
        // A newer version's data: left as it was (a notice may be added).
        expect(without(after, 'notices')).toEqual(without(items, 'notices'));
        return;
      }
      // A sound tick on a retired step lives on in its successor's, unless that one is later.
      const carried: Record<string, StepProgress> = {};
      for (const key of tickKeys(items)) {
        const parsed = parseProgressKey(key)!;
        if (!Object.hasOwn(RETIRED_STEPS, parsed.stepId)) continue;
        expect(after[key], `${key} carried and removed`).toBeUndefined();
        const tick = checkProgress(items[key]).value;
        if (!tick?.done) continue;
        const successor = progressKey(parsed.operator, RETIRED_STEPS[parsed.stepId]!);
        expect(supersedes(tick, checkProgress(after[successor]).value ?? undefined), `${key} carried to ${successor}`).toBe(false);
        carried[successor] = after[successor] as StepProgress;
      }
      // Every other sound tick and proof is still there, as it was (or carried over by a later retired tick).
      for (const key of Object.keys(items).filter((k) => ['progress', 'evidence'].includes(itemKind(k) ?? ''))) {
        if (Object.hasOwn(RETIRED_STEPS, parseProgressKey(key)?.stepId ?? '')) continue;
        if (isSound(key, items[key])) same(after[key], carried[key] ?? items[key], key);
        else expect(isSound(key, after[key]), `${key} repaired`).toBe(true);
      }
      // No new tick appears from nowhere.
      for (const key of tickKeys(after)) expect(items[key] ?? carried[key], key).toBeDefined();
      // Everything of ours is sound now.
      same(planRepair(after), { set: {}, remove: [], reset: [] });
      // The reset notices: one for each item found broken, and none for an item that was sound.
      const old = new Set(noticeStamps(items.notices));
      const resets = checkNotices(after.notices).value.filter((n) => n.kind === 'reset' && !old.has(`${n.id}@${n.at}`)).map((n) => n.item);
      const broken = Object.keys(items).filter((key) => ours(key) && key !== 'schemaVersion' && !isSound(key, items[key]));
      const named = (item: string) => item.replace(/^ticks:/, 'progress:').replace(/^part:/, '');
      // "The rest is kept" only for proof that still holds something typed; "was reset" only for proof that holds nothing.
      for (const item of resets.filter((i) => itemKind(named(i)) === 'evidence')) {
        const kept = Object.entries(after[named(item)] as Items).some(([field, value]) => field !== 'updatedAt' && value !== '');
        expect(item.startsWith('part:'), `${item} ${JSON.stringify(after[named(item)]).slice(0, 300)}`).toBe(kept);
      }
      const expected = new Set(broken.map(noticeItem));
      // A broken version over data is rewritten with a notice; over an empty store it is simply written.
      if (storedVersion(items).corrupt && version !== null) expected.add('schemaVersion');
      const why = JSON.stringify({ notices: after.notices, broken: broken.map((k) => [k, JSON.stringify(items[k])?.slice(0, 200)]) }).slice(0, 3000);
      for (const item of resets) expect([...expected], `notice for ${item} ${why}`).toContain(named(item));
      // Each broken item is named (older notices are dropped past the cap, so only when few were kept).
      if ((checkNotices(after.notices).value.length ?? 0) < 20) for (const item of expected) expect(resets.map(named), `notice for ${item} ${why}`).toContain(item);
      // A second start (the worker stopped and woke again) finds nothing to do.
      resetWorkerForTests();
      await whenReady();
      expect(await dump()).toEqual(after);
    });
  });
});

describe('the running worker when items are corrupted behind its back', () => {
  const CHANGE_CASES = cases(80);
  const dump = async () => (await fakeBrowser.storage.local.get(null)) as Items;

  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  it(`repairs what was broken, keeps every sound tick and proof, and names what it cleared (${CHANGE_CASES} cases)`, async () => {
    await forCasesAsync(CHANGE_CASES, async (rng) => {
      fakeBrowser.reset();
      resetWorkerForTests();
      await fakeBrowser.storage.local.set(json(validStore(rng)));
      startWorker();
      await whenReady();
      // As the start left it (retired ticks carried over, reminders scheduled).
      const store = await dump();
      const { items: corrupted, touched } = corrupt(rng, store);
      const changed = touched.filter((key) => key !== 'schemaVersion' && corrupted[key] !== undefined && corrupted[key] !== null);
      if (changed.length === 0) return;
      const old = new Set([...noticeStamps(store.notices), ...noticeStamps(corrupted.notices)]);
      // The worker hears of the write within it (storage.onChanged), so what it found is taken from here, not read back.
      const items = { ...store, ...Object.fromEntries(changed.map((key) => [key, corrupted[key]])) };
      const broken = changed.filter((key) => !isSound(key, items[key]));
      await fakeBrowser.storage.local.set(Object.fromEntries(changed.map((key) => [key, corrupted[key]])));
      const resets = async () => checkNotices((await dump()).notices).value.filter((n) => n.kind === 'reset' && !old.has(`${n.id}@${n.at}`)).map((n) => n.item.replace(/^ticks:/, 'progress:').replace(/^part:/, ''));
      await vi.waitFor(async () => {
        expect(planRepair(await dump())).toEqual({ set: {}, remove: [], reset: [] });
        expect(new Set(await resets()), JSON.stringify({ changed, broken, items: changed.map((k) => String(JSON.stringify(items[k])).slice(0, 300)), touched })).toEqual(new Set(broken.map(noticeItem)));
      }, { interval: 1, timeout: 2000 });
      const after = await dump();
      for (const key of Object.keys(items).filter((k) => ['progress', 'evidence'].includes(itemKind(k) ?? ''))) {
        if (isSound(key, items[key])) same(after[key], items[key], key);
      }
    });
  });
});

// ---------------------------------------------------------------------------------------------
// The one-key format of version 1, sound and broken.

function v1State(rng: Rng): { state: Items; sound: boolean } {
  const state: Items = { version: 1 };
  if (rng.chance(0.7)) state.lang = rng.pick(['en', 'ru', 'kk', 'zh', 'zh-CN']);
  if (rng.chance(0.7)) state.operator = rng.pick(OPERATOR_IDS);
  if (rng.chance(0.7)) state.route = rng.pick(['online', 'office']);
  const done: Record<string, string[]> = {};
  const evidence: Items = {};
  for (const op of OPERATOR_IDS) {
    if (rng.chance(0.5)) done[op] = STEP_IDS[op].filter(() => rng.chance(0.3));
    if (rng.chance(0.3)) evidence[op] = { number: rng.pick(['', 'KC-1']), date: rng.pick(['', undefined, '2026-11-20', '20.11.2026']), office: 'Алматы', notes: rng.pick(['', 'x']) };
  }
  if (rng.chance(0.8)) state.done = done;
  if (rng.chance(0.6)) state.evidence = evidence;
  if (!rng.chance(0.5)) return { state: json(state), sound: true };
  // One thing broken.
  const target = rng.pick(['lang', 'operator', 'route', 'done', 'evidence', 'version', 'list', 'date']);
  const bad = rng.pick<unknown>(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'xx', 5, null, [], {}]);
  if (target === 'list' && state.done) (state.done as Items)[rng.pick(OPERATOR_IDS)] = rng.pick<unknown>([['Bad Step'], 'kcell-submit', [5, 'before-backup']]);
  else if (target === 'date' && state.evidence) (state.evidence as Items)[rng.pick(OPERATOR_IDS)] = { date: rng.pick(['31.02.2026', 'yesterday', 5]) };
  else if (target === 'done' || target === 'evidence') state[target] = withKey((state[target] as object | undefined) ?? {}, String(bad), ['before-backup']);
  else state[target] = bad;
  return { state: json(state), sound: false };
}

describe('migrating generated version-1 state', () => {
  it(`never throws; writes only sound items; keeps every readable tick and setting; is the same when run again (${V1_CASES} cases)`, () => {
    let migratedClean = 0;
    forCases(V1_CASES, (rng) => {
      const { state, sound } = v1State(rng);
      const { items, dropped } = v2FromV1(state, {}, NOW);
      const written = json(items);
      same(planRepair(written), { set: {}, remove: [], reset: [] }, JSON.stringify(state));
      // Every readable tick of a known operator is moved, with no day: v1 kept none, and the day of the
      // migration was printed as "done on" (summary, Markdown file) for steps done who knows when.
      const done = (state.done ?? {}) as Items;
      for (const op of OPERATOR_IDS) {
        const list = Array.isArray(done[op]) ? (done[op] as unknown[]) : [];
        for (const step of list) if (typeof step === 'string' && /^[a-z0-9-]+$/.test(step)) same(written[progressKey(op, step)], { done: true, at: UNKNOWN_TIME }, `${op}:${step}`);
      }
      // A language, operator or route the new format has is kept; one it has not is named as cleared.
      const settings = checkSettings(written.settings).value;
      const v1Langs: Record<string, string> = { en: 'en', ru: 'ru', kk: 'kk', zh: 'zh-CN', 'zh-CN': 'zh-CN' };
      if (state.lang !== undefined) {
        const known = typeof state.lang === 'string' && Object.hasOwn(v1Langs, state.lang);
        expect(settings.lang, JSON.stringify(state.lang)).toBe(known ? v1Langs[state.lang as string] : null);
        if (!known) expect(dropped).toContain('settings');
      }
      if (state.operator !== undefined && !OPERATOR_IDS.includes(state.operator as OperatorId)) expect(dropped).toContain('settings');
      // The "moved, nothing was lost" notice only when nothing was.
      const kinds = checkNotices(written.notices).value.map((n) => n.kind);
      if (sound) {
        expect(dropped).toEqual([]);
        expect(kinds).toEqual(['migrated']);
        migratedClean++;
      } else {
        expect(kinds.includes('migrated')).toBe(dropped.length === 0);
      }
      // Run again over its own result (a restart after the write, before the old state was removed): the same.
      same({ ...written, ...json(v2FromV1(state, written, NOW).items) }, written);
    });
    expect(migratedClean).toBeGreaterThan(V1_CASES / 4);
  });

  it(`a schema version that is unknown, broken or older never loses the ticks and proof stored with it (${VERSION_CASES} cases)`, async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await forCasesAsync(VERSION_CASES, async (rng) => {
      fakeBrowser.reset();
      resetWorkerForTests();
      const store = json(validStore(rng));
      const version = rng.pick<unknown>([undefined, 1, 2, 3, 0, -1, 2.5, '2', null, 1e9, [2], { v: 2 }]);
      await fakeBrowser.storage.local.set(version === undefined ? without(store, 'schemaVersion') : { ...store, schemaVersion: version });
      // What storage holds (fakeBrowser keeps no null value).
      const items = (await fakeBrowser.storage.local.get(null)) as Items;
      const outcome = await runMigrations(NOW);
      const after = (await fakeBrowser.storage.local.get(null)) as Items;
      for (const key of Object.keys(store).filter((k) => ['progress', 'evidence', 'settings'].includes(itemKind(k) ?? ''))) same(after[key], store[key], key);
      if (outcome.status === 'newer') expect(after).toEqual(items);
      else {
        // A store with no version is this version's (nothing says otherwise) and is labelled so: left
        // without, the next release would take its items for its own format and skip their migration.
        expect(after.schemaVersion, JSON.stringify({ version, keys: Object.keys(items), outcome })).toBe(2);
        // Nothing was in the old format: no notice may say the old checklist could not be read.
        const before = new Set(checkNotices(store.notices).value.map((n) => n.id));
        expect(checkNotices(after.notices).value.filter((n) => !before.has(n.id) && (n.item === 'state' || n.item.startsWith('state:')))).toEqual([]);
      }
    });
  });
});
