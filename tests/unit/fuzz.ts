// Seeded, deterministic generation of odd values for the generative tests (*-fuzz.test.ts). No
// dependency: a failure prints its seed and case number, and FUZZ_SEED=<seed> replays exactly that run.

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function prng(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number): boolean => next() < p;
  return { next, int, pick, chance };
}

export type Rng = ReturnType<typeof prng>;

/** The run's seed: FUZZ_SEED to replay one (or to try others), else a fixed one so CI runs the same cases every time. */
export const SEED = Number(process.env.FUZZ_SEED ?? 20_261_128);

/** How many cases a property runs: `usual` (sized so both fuzz files run in about 2 s) times FUZZ_SCALE, for a longer hunt. */
export const cases = (usual: number): number => Math.max(1, Math.round(usual * Number(process.env.FUZZ_SCALE ?? 1)));

/**
 * Runs `body` for `cases` cases, each with its own generator seeded from SEED and the case number; a
 * failure is rethrown with what replays it.
 */
export function forCases(cases: number, body: (rng: Rng, index: number) => void): void {
  for (let i = 0; i < cases; i++) {
    try {
      body(prng(SEED * 7919 + i), i);
    } catch (error) {
      throw new Error(`fuzz case ${i} failed (FUZZ_SEED=${SEED}): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
}

export async function forCasesAsync(cases: number, body: (rng: Rng, index: number) => Promise<void>): Promise<void> {
  for (let i = 0; i < cases; i++) {
    try {
      await body(prng(SEED * 7919 + i), i);
    } catch (error) {
      throw new Error(`fuzz case ${i} failed (FUZZ_SEED=${SEED}): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
}

const ODD_STRINGS = [
  '',
  ' ',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'null',
  'undefined',
  'NaN',
  '0',
  '-0',
  '1e308',
  'true',
  '\u0000',
  '\ud800',
  '😀',
  'ё',
  'Қазақстан',
  '中文',
  '<img src=x onerror=alert(1)>',
  '../../etc',
  'kcell',
  'KCELL',
  'kcell ',
  'progress:kcell:kcell-submit',
  'en',
  'zh',
  'zh-CN',
  'online',
  'office',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '2026-11-20',
  '20.11.2026',
  '31.02.2026',
];

const ODD_NUMBERS = [0, -0, 1, -1, 0.5, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, 8.64e15, 8.64e15 + 1, 1e308, -1e308, 2, 3, 60, 61, 1_700_000_000_000];

/** A string: odd, random characters, or huge. */
export function oddString(rng: Rng): string {
  const roll = rng.next();
  if (roll < 0.5) return rng.pick(ODD_STRINGS);
  if (roll < 0.9) {
    const length = rng.int(0, 12);
    let text = '';
    for (let i = 0; i < length; i++) text += String.fromCharCode(rng.chance(0.8) ? rng.int(32, 126) : rng.int(0, 0xffff));
    return text;
  }
  return rng.pick(['x', 'ж', '0', '-']).repeat(rng.pick([80, 81, 200, 201, 2_000, 2_001, 10_001, 20_001, 100_000]));
}

export function oddNumber(rng: Rng): number {
  return rng.chance(0.7) ? rng.pick(ODD_NUMBERS) : (rng.next() - 0.5) * 10 ** rng.int(0, 20);
}

/** A JSON-like value of any shape (plus NaN, -0, Infinity, undefined), nested up to `depth`. */
export function anyValue(rng: Rng, depth = 3): unknown {
  const kinds = depth <= 0 ? 6 : 9;
  switch (rng.int(0, kinds - 1)) {
    case 0:
      return null;
    case 1:
      return undefined;
    case 2:
      return rng.chance(0.5);
    case 3:
    case 4:
      return oddNumber(rng);
    case 5:
      return oddString(rng);
    case 6:
      return Array.from({ length: rng.int(0, 4) }, () => anyValue(rng, depth - 1));
    case 7:
    case 8:
    default: {
      const object: Record<string, unknown> = {};
      const count = rng.int(0, 5);
      for (let i = 0; i < count; i++) {
        // defineProperty, so a '__proto__' key is an own key, as JSON.parse and structured clone make it.
        Object.defineProperty(object, oddString(rng).slice(0, 30), { value: anyValue(rng, depth - 1), enumerable: true, writable: true, configurable: true });
      }
      return object;
    }
  }
}

/** A value nested `levels` deep, as a hostile sender might send to make a parser recurse. */
export function deep(levels: number, leaf: unknown = 1): unknown {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

/** A value that should be refused where `original` stood: another type, a bad number, a huge or nested thing. */
export function wrongValue(rng: Rng, original: unknown): unknown {
  for (;;) {
    const value = rng.pick<() => unknown>([
      () => anyValue(rng, 2),
      () => NaN,
      () => Infinity,
      () => -1,
      () => 'x'.repeat(rng.pick([20_001, 100_000])),
      () => deep(rng.int(5, 50)),
      () => [original],
      () => ({ value: original }),
      () => (typeof original === 'string' ? Number(original) || 0 : String(original)),
      () => Object.defineProperty({}, '__proto__', { value: original, enumerable: true }),
      () => null,
    ])();
    if (!Object.is(value, original) && JSON.stringify(value) !== JSON.stringify(original)) return value;
  }
}

/** A copy of a plain object with one own key set by definition (so '__proto__' is a key, not the prototype). */
export function withKey(object: object, key: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...object };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

export function without(object: object, key: string): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...object };
  delete copy[key];
  return copy;
}
