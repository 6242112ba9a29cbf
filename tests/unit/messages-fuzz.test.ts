// Generated hostile input to the one message protocol: random values of every shape, valid requests
// with one field broken, and senders that are not this extension. Seeded (tests/unit/fuzz.ts): a
// failure names its seed and case, and FUZZ_SEED replays it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LANGS, OPERATOR_IDS } from '@/data/schema';
import { checklistSteps } from '@/data';
import { parseOverlayStrings, parseRequest } from '@/utils/messages';
import { OVERLAY_KEYS } from '@/utils/overlay-keys';
import { handleMessage, resetWorkerForTests, startWorker, whenReady } from '@/utils/worker';
import { sendToWorker } from '@/utils/client';
import { SETTINGS_GUARDS } from '@/utils/storage';
import { anyValue, cases, deep, forCases, forCasesAsync, oddString, withKey, without, wrongValue, type Rng } from './fuzz';

// ---------------------------------------------------------------------------------------------
// An oracle written apart from utils/messages.ts: what the protocol's comments say each field holds.

const isTs = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 8.64e15;
const isText = (max: number) => (v: unknown) => typeof v === 'string' && v.length <= max;
const isOp = (v: unknown) => (OPERATOR_IDS as readonly unknown[]).includes(v);
const isStep = (v: unknown) => typeof v === 'string' && v.length <= 80 && /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(v);
const isBool = (v: unknown) => typeof v === 'boolean';
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** YYYY-MM-DD of a real day. Years below 100 are refused by utils/storage.ts (Date.UTC maps them to 19xx); no UI sends one. */
function isDay(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return y >= 100 && mo >= 1 && mo <= 12 && d >= 1 && d <= (mo === 2 && leap ? 29 : DAYS[mo - 1]!);
}

/** Exactly these own data keys on a plain object. */
function exactKeys(v: unknown, required: string[], optional: string[] = []): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  if (![Object.prototype, null].includes(Object.getPrototypeOf(v))) return false;
  const keys = Object.getOwnPropertyNames(v);
  return required.every((k) => keys.includes(k)) && keys.every((k) => required.includes(k) || optional.includes(k));
}

const EVIDENCE_RULES: Record<string, (v: unknown) => boolean> = {
  phoneNumber: isText(2000),
  requestNumber: isText(2000),
  place: isText(2000),
  notes: isText(10_000),
  submittedOn: (v) => v === '' || isDay(v),
  updatedAt: isTs,
};

const FIELD_RULES: Record<string, Record<string, (v: unknown) => boolean>> = {
  'progress/set': { operator: isOp, stepId: isStep, done: isBool, at: isTs },
  'progress/reset': { operator: isOp, at: isTs },
  'evidence/set': {
    operator: isOp,
    evidence: (v) =>
      exactKeys(v, ['requestNumber', 'submittedOn', 'place', 'notes', 'updatedAt'], ['phoneNumber']) &&
      Object.entries(v).every(([k, x]) => (k === 'phoneNumber' && x === undefined) || EVIDENCE_RULES[k]!(x)),
  },
  'settings/set': {
    patch: (v) =>
      exactKeys(v, [], Object.keys(SETTINGS_GUARDS)) &&
      Object.keys(v).length > 0 &&
      Object.entries(v).every(([k, x]) => {
        if (k === 'lang') return x === null || (LANGS as readonly unknown[]).includes(x);
        if (k === 'route') return x === 'online' || x === 'office';
        if (k === 'operator') return x === null || isOp(x);
        if (k === 'reminderDays') return Number.isInteger(x) && (x as number) >= 1 && (x as number) <= 60;
        return Array.isArray(x) && x.every(isOp) && new Set(x).size === x.length;
      }),
  },
  'site/dismiss': { operator: isOp, dismissed: isBool },
  'notice/dismiss': { id: (v) => typeof v === 'string' && v.length >= 1 && v.length <= 200 },
  'guide/get': { operator: isOp, locale: isText(35) },
  'strings/get': { lang: (v) => (LANGS as readonly unknown[]).includes(v) },
  'badge/refresh': {},
  'overlay/inject': {},
  'overlay/fold': { folded: isBool },
  'overlay/lost': {},
  'popup/open': { operator: isOp },
};
const OPTIONAL: Record<string, string[]> = { 'progress/reset': ['at'], 'guide/get': ['locale'] };

function oracleAccepts(raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  const type = Object.getOwnPropertyDescriptor(raw, 'type')?.value;
  const rules = typeof type === 'string' && Object.hasOwn(FIELD_RULES, type) ? FIELD_RULES[type]! : null;
  if (!rules) return false;
  const optional = OPTIONAL[type as string] ?? [];
  const required = ['type', ...Object.keys(rules).filter((k) => !optional.includes(k))];
  if (!exactKeys(raw, required, optional)) return false;
  // An optional field sent as undefined is absent (JSON, which Chrome's messaging uses, drops it).
  return Object.entries(raw).every(([k, v]) => k === 'type' || (v === undefined && optional.includes(k)) || rules[k]!(v));
}

// ---------------------------------------------------------------------------------------------
// Valid requests of every type, with plausible and boundary values.

const steps = Object.fromEntries(OPERATOR_IDS.map((op) => [op, checklistSteps(op, 'online').map((s) => s.id)]));

function day(rng: Rng): string {
  const y = rng.pick([2000, 2024, 2026, 2028, 9999]);
  const m = rng.int(1, 12);
  const d = rng.int(1, m === 2 ? 28 : 30);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function text(rng: Rng, max: number): string {
  return rng.pick(['', 'Z-123', 'Алматы, Абая 1', '中文', 'x'.repeat(max), '+7 701 000 00 00']);
}

export function validRequest(rng: Rng): Record<string, unknown> {
  const operator = rng.pick(OPERATOR_IDS);
  const at = rng.pick([0, 1, 1_700_000_000_000, 8.64e15]);
  switch (rng.int(0, 11)) {
    case 0:
      return { type: 'progress/set', operator, stepId: rng.pick(steps[operator]!), done: rng.chance(0.5), at };
    case 1:
      return rng.chance(0.5) ? { type: 'progress/reset', operator } : { type: 'progress/reset', operator, at };
    case 2: {
      const evidence: Record<string, unknown> = {
        phoneNumber: text(rng, 2000),
        requestNumber: text(rng, 2000),
        submittedOn: rng.chance(0.3) ? '' : day(rng),
        place: text(rng, 2000),
        notes: text(rng, 10_000),
        updatedAt: at,
      };
      return { type: 'evidence/set', operator, evidence: rng.chance(0.2) ? without(evidence, 'phoneNumber') : evidence };
    }
    case 3: {
      const all: Record<string, unknown> = {
        lang: rng.pick([null, ...LANGS]),
        route: rng.pick(['online', 'office']),
        operator: rng.pick([null, ...OPERATOR_IDS]),
        reminderDays: rng.int(1, 60),
        dismissedSites: [...new Set(Array.from({ length: rng.int(0, 6) }, () => rng.pick(OPERATOR_IDS)))],
      };
      const keys = Object.keys(all).filter(() => rng.chance(0.5));
      const patch = Object.fromEntries((keys.length ? keys : ['route']).map((k) => [k, all[k]]));
      return { type: 'settings/set', patch };
    }
    case 4:
      return { type: 'site/dismiss', operator, dismissed: rng.chance(0.5) };
    case 5:
      return { type: 'notice/dismiss', id: rng.pick(['reset:settings', 'x', 'q'.repeat(200), 'reset:progress:kcell']) };
    case 6:
      return rng.chance(0.5) ? { type: 'guide/get', operator } : { type: 'guide/get', operator, locale: rng.pick(['', 'ru-KZ', 'zh-Hans-CN', 'x'.repeat(35)]) };
    case 7:
      return { type: 'strings/get', lang: rng.pick(LANGS) };
    case 8:
      return { type: 'badge/refresh' };
    case 9:
      return { type: 'overlay/inject' };
    case 10:
      return { type: 'overlay/fold', folded: rng.chance(0.5) };
    default:
      return { type: 'popup/open', operator };
  }
}

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

/** A valid request with one thing broken (or, now and then, left valid by chance: the oracle decides). */
export function mutatedRequest(rng: Rng): unknown {
  const request = validRequest(rng);
  const fields = Object.keys(request).filter((k) => k !== 'type');
  const nested = ['evidence', 'patch'].find((k) => k in request);
  const target = nested && rng.chance(0.5) ? (request[nested] as Record<string, unknown>) : request;
  const keys = Object.keys(target);
  const rebuild = (inner: Record<string, unknown>) => (target === request ? inner : { ...request, [nested!]: inner });
  switch (rng.int(0, 9)) {
    case 0:
    case 1:
    case 2: {
      const key = keys.length ? rng.pick(keys) : 'type';
      return rebuild(withKey(target, key, wrongValue(rng, target[key])));
    }
    case 3:
      return keys.length ? rebuild(without(target, rng.pick(keys))) : { ...request, type: oddString(rng) };
    case 4:
      return rebuild(withKey(target, rng.chance(0.6) ? rng.pick(PROTO_KEYS) : oddString(rng).slice(0, 20) || 'extra', anyValue(rng, 2)));
    case 5:
      return { ...request, type: rng.pick([oddString(rng), 'PROGRESS/SET', 'progress/set ', null, 7, ['progress/set']]) };
    case 6:
      return rng.chance(0.5) ? [request] : rebuild(withKey(target, keys.length ? rng.pick(keys) : 'type', [target[keys[0] ?? 'type']]));
    case 7:
      return fields.length ? withKey(request, rng.pick(fields), deep(rng.int(3, 40), request[fields[0]!])) : deep(rng.int(1, 40), request);
    case 8: {
      // A prototype-less copy: structured clone never makes one, but a parser must not care either way.
      return Object.assign(Object.create(null) as object, request);
    }
    default:
      return rebuild(withKey(target, rng.pick(keys.length ? keys : ['type']), rng.pick([NaN, -0, Infinity, -Infinity, -1, 1.5, 8.64e15 + 1])));
  }
}

const CASES = cases(2500);

describe('parseRequest against generated input', () => {
  it(`random values of every shape: never throws, takes only what the protocol defines (${CASES} cases)`, () => {
    forCases(CASES, (rng) => {
      const raw = rng.chance(0.5) ? anyValue(rng, 4) : withKey(anyValue(rng, 0) as object ?? {}, 'type', rng.pick(Object.keys(FIELD_RULES)));
      const parsed = parseRequest(raw);
      expect(parsed !== null, JSON.stringify(raw)?.slice(0, 300)).toBe(oracleAccepts(raw));
    });
  });

  it(`valid requests: every one is taken as it was sent (${CASES} cases)`, () => {
    forCases(CASES, (rng) => {
      const raw = validRequest(rng);
      const parsed = parseRequest(raw);
      const evidence = raw.evidence as Record<string, unknown> | undefined;
      const expected = evidence && !('phoneNumber' in evidence) ? { ...raw, evidence: { phoneNumber: '', ...evidence } } : raw;
      expect(parsed, JSON.stringify(raw).slice(0, 300)).toEqual(expected);
      // What was taken is plain data, free of the sender's objects: it survives a JSON round trip unchanged.
      expect(JSON.parse(JSON.stringify(parsed))).toEqual(parsed);
    });
  });

  it(`valid requests with one field broken: refused exactly when the protocol says (${CASES} cases)`, () => {
    let refused = 0;
    forCases(CASES, (rng) => {
      const raw = mutatedRequest(rng);
      const parsed = parseRequest(raw);
      const accepted = oracleAccepts(raw);
      expect(parsed !== null, JSON.stringify(raw)?.slice(0, 300)).toBe(accepted);
      // What was taken is taken again after the JSON trip Chrome's messaging makes (-0 becomes 0 on it).
      if (parsed) expect(JSON.stringify(parseRequest(JSON.parse(JSON.stringify(parsed))))).toBe(JSON.stringify(parsed));
      else refused++;
    });
    // The mutations mostly break the request; a run where they stopped doing so tests nothing.
    expect(refused).toBeGreaterThan(CASES * 0.8);
  });

  it('a hostile size or depth costs a bounded time to refuse', () => {
    const started = performance.now();
    forCases(200, (rng) => {
      const huge = rng.chance(0.5) ? { type: 'notice/dismiss', id: 'x'.repeat(5_000_000) } : { type: 'settings/set', patch: deep(100_000) };
      expect(parseRequest(huge)).toBeNull();
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('parseOverlayStrings against generated input', () => {
  const valid = () => ({ lang: 'ru', strings: Object.fromEntries(OVERLAY_KEYS.map((k) => [k, `слово ${k}`])) });

  it(`takes complete strings of a known language and nothing with a key missing, extra, or of the wrong kind (${CASES} cases)`, () => {
    forCases(CASES, (rng) => {
      const good = valid();
      let raw: unknown;
      let ok = false;
      switch (rng.int(0, 5)) {
        case 0:
          raw = anyValue(rng, 3);
          break;
        case 1:
          raw = withKey(good, 'lang', rng.chance(0.3) ? rng.pick(LANGS) : wrongValue(rng, 'ru'));
          ok = LANGS.includes((raw as { lang: never }).lang);
          break;
        case 2: {
          const key = rng.pick(OVERLAY_KEYS);
          const value = rng.chance(0.2) ? 'ok' : wrongValue(rng, good.strings[key]);
          raw = { ...good, strings: withKey(good.strings, key, value) };
          ok = typeof value === 'string' && value.length > 0 && value.length <= 600;
          break;
        }
        case 3:
          raw = { ...good, strings: without(good.strings, rng.pick(OVERLAY_KEYS)) };
          break;
        case 4:
          raw = rng.chance(0.5) ? withKey(good, rng.pick(PROTO_KEYS), {}) : { ...good, strings: withKey(good.strings, rng.pick(PROTO_KEYS), 'x') };
          break;
        default:
          raw = good;
          ok = true;
      }
      expect(parseOverlayStrings(raw) !== null, JSON.stringify(raw)?.slice(0, 200)).toBe(ok);
    });
  });
});

describe('the worker against generated messages', () => {
  const id = () => fakeBrowser.runtime.id;
  const trusted = () => ({ id: id(), url: `chrome-extension://${id()}/popup.html` });
  const dump = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));

  beforeEach(async () => {
    fakeBrowser.reset();
    resetWorkerForTests();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await whenReady();
  });

  const WORKER_CASES = cases(800);

  it(`a message the protocol refuses gets the clear error answer and changes nothing (${WORKER_CASES} cases)`, async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let refused = 0;
    await forCasesAsync(WORKER_CASES, async (rng) => {
      const raw = rng.chance(0.3) ? anyValue(rng, 3) : mutatedRequest(rng);
      // Requests that would open windows or load scripts are not this test's business.
      if (parseRequest(raw) !== null) return;
      refused++;
      const before = await dump();
      const answer = await handleMessage(raw, trusted());
      expect(answer).toEqual({ ok: false, error: 'invalid-request' });
      expect(await dump()).toBe(before);
    });
    expect(refused).toBeGreaterThan(WORKER_CASES * 0.8);
    expect(error).not.toHaveBeenCalled();
  });

  it(`valid requests always get an answer, never a throw (${WORKER_CASES} cases)`, async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await forCasesAsync(WORKER_CASES, async (rng) => {
      const raw = validRequest(rng);
      if (raw.type === 'popup/open') return;
      const answer = (await handleMessage(raw, trusted())) as { ok: unknown; error?: unknown };
      expect(typeof answer.ok).toBe('boolean');
      if (!answer.ok) {
        // The ways a well-formed request may still be refused, each a clear answer.
        expect(['unknown-step', 'future-time', 'invalid-request']).toContain(answer.error);
        if (answer.error === 'invalid-request') expect(raw.type).toBe('overlay/inject');
        if (answer.error === 'future-time') expect(raw.at).toBeGreaterThan(Date.now());
      }
    });
    expect(error).not.toHaveBeenCalled();
  });

  /**
   * The UIs read an answer's payload after checking `ok` alone (utils/live-state.ts, the overlay, the
   * summary). That is safe because the worker is the only one who answers (next test) and every
   * answer it gives carries exactly its request's payload, checked here against the protocol's
   * comments. A malformed or mismatched answer (a guide where settings were asked for) would leave the
   * overlay or the summary without a checklist, or put undefined where the proof's fields belong.
   */
  it(`every answer with ok: true carries exactly its own request's payload, never another type's or a half-formed one (${WORKER_CASES} cases)`, async () => {
    const isEvidence = (v: unknown) => exactKeys(v, Object.keys(EVIDENCE_RULES)) && Object.entries(v).every(([k, x]) => EVIDENCE_RULES[k]!(x));
    const isSettings = (v: unknown) => exactKeys(v, Object.keys(SETTINGS_GUARDS)) && FIELD_RULES['settings/set']!.patch!(v);
    const seen = new Set<string>();
    await forCasesAsync(WORKER_CASES, async (rng) => {
      const raw = validRequest(rng);
      if (raw.type === 'popup/open') return;
      const answer = (await handleMessage(raw, trusted())) as Record<string, unknown>;
      if (answer.ok !== true) return;
      seen.add(raw.type as string);
      const shape = JSON.stringify({ raw, answer }).slice(0, 300);
      switch (raw.type) {
        case 'progress/set':
          expect(exactKeys(answer, ['ok', 'progress']), shape).toBe(true);
          expect(exactKeys(answer.progress, ['done', 'at']) && isBool((answer.progress as Record<string, unknown>).done) && isTs((answer.progress as Record<string, unknown>).at), shape).toBe(true);
          break;
        case 'evidence/set':
          expect(exactKeys(answer, ['ok', 'evidence']) && isEvidence(answer.evidence), shape).toBe(true);
          break;
        case 'settings/set':
        case 'site/dismiss':
          expect(exactKeys(answer, ['ok', 'settings']) && isSettings(answer.settings), shape).toBe(true);
          break;
        case 'guide/get': {
          expect(exactKeys(answer, ['ok', 'guide', 'sections', 'route', 'folded'], ['strings', 'keys']), shape).toBe(true);
          expect((answer.guide as { id?: unknown }).id, shape).toBe(raw.operator);
          const sections = answer.sections as Array<{ section: unknown; steps: unknown }>;
          expect(Array.isArray(sections) && sections.every((x) => ['before', 'cancel', 'after'].includes(x.section as string) && Array.isArray(x.steps)), shape).toBe(true);
          expect(['online', 'office']).toContain(answer.route);
          expect(isBool(answer.folded), shape).toBe(true);
          // Words only for the detector's first ask, and then complete.
          expect(answer.strings === undefined, shape).toBe(raw.locale === undefined);
          if (answer.strings !== undefined) expect(parseOverlayStrings(answer.strings), shape).not.toBeNull();
          // The shortcut's keys come with the words, as the browser has them ('' when it gave none).
          expect(typeof answer.keys === 'string', shape).toBe(raw.locale !== undefined);
          break;
        }
        case 'strings/get':
          expect(exactKeys(answer, ['ok', 'strings']), shape).toBe(true);
          expect(parseOverlayStrings(answer.strings)?.lang, shape).toBe(raw.lang);
          break;
        default:
          // progress/reset, notice/dismiss, badge/refresh, overlay/fold: nothing to read but ok.
          expect(answer, shape).toEqual({ ok: true });
      }
    });
    expect([...seen].sort()).toEqual(['badge/refresh', 'evidence/set', 'guide/get', 'notice/dismiss', 'overlay/fold', 'progress/reset', 'progress/set', 'settings/set', 'site/dismiss', 'strings/get']);
  });

  // The on-page guide listens too, for the worker's one tab message (the shortcut, utils/messages.ts
  // TabRequest): a content script hears tabs.sendMessage only, never a page's runtime.sendMessage, so it
  // cannot answer a request meant for the worker.
  it('no page of the extension listens for messages: only the worker answers, so an answer cannot come from a page answering for it', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) return sources(path);
        return /\.tsx?$/.test(entry.name) ? [path] : [];
      });
    const listening = ['entrypoints', 'components', 'utils']
      .flatMap(sources)
      .filter((file) => /\bruntime\.onMessage\b|\bonConnect\b|\bonMessageExternal\b/.test(readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')));
    expect(listening.sort()).toEqual([join('entrypoints', 'overlay', 'go-to-guide.ts'), join('utils', 'worker.ts')]);
  });

  it(`senders other than this extension get no answer, keep no channel open and change nothing (${WORKER_CASES} cases)`, async () => {
    startWorker();
    await forCasesAsync(WORKER_CASES, async (rng) => {
      const raw = rng.chance(0.5) ? validRequest(rng) : mutatedRequest(rng);
      const sender = rng.pick<() => unknown>([
        () => undefined,
        () => null,
        () => ({}),
        () => ({ id: rng.pick(['', 'other-extension', id().toUpperCase(), `${id()} `, oddString(rng)]) }),
        () => ({ id: rng.pick([[id()], { toString: id }, 0, null]) }),
        () => ({ url: `chrome-extension://${id()}/popup.html`, tab: { id: 3 }, frameId: 0 }),
        () => ({ url: 'https://www.kcell.kz/', tab: { id: 3 }, frameId: 0, origin: 'https://www.kcell.kz' }),
        () => anyValue(rng, 2),
      ])();
      const before = await dump();
      expect(await handleMessage(raw, sender as never)).toBeUndefined();
      const sendResponse = vi.fn();
      const [kept] = await fakeBrowser.runtime.onMessage.trigger(raw, sender as never, sendResponse);
      expect(kept).toBe(false);
      expect(sendResponse).not.toHaveBeenCalled();
      expect(await dump()).toBe(before);
    });
  });
});

describe('what the UIs take back from the worker (sendToWorker)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const SEND_CASES = cases(200);

  it(`an answer of any shape: only one with a boolean ok is handed on, anything else ends in a clear error, never in undefined (${SEND_CASES} cases)`, async () => {
    fakeBrowser.reset();
    vi.useFakeTimers();
    await forCasesAsync(SEND_CASES, async (rng) => {
      const answers = Array.from({ length: 9 }, () => (rng.chance(0.2) ? { ok: rng.chance(0.5), error: rng.pick(['stopping', 'internal', 'quota']) } : anyValue(rng, 2)));
      let call = 0;
      const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async () => answers[call++]) as never);
      const outcome = sendToWorker({ type: 'badge/refresh' }).then(
        (answer) => ({ answer }),
        (error: unknown) => ({ error }),
      );
      await vi.runAllTimersAsync();
      const result = await outcome;
      const usable = answers.findIndex((a) => typeof (a as { ok?: unknown } | null)?.ok === 'boolean' && (a as { error?: unknown }).error !== 'stopping');
      if (usable >= 0 && usable <= 7) expect(result).toEqual({ answer: answers[usable] });
      else expect(String((result as { error: unknown }).error)).toMatch(/did not answer/);
      send.mockRestore();
    });
  });
});
