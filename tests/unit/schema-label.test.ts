// The stored format's label (schemaVersion) is what the next release's migration starts from. This
// file plays that release: the same code with CURRENT_SCHEMA_VERSION raised to 3 and a v2 → v3 step.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MIGRATIONS, runMigrations } from '@/utils/migrations';
import { DEFAULT_SETTINGS } from '@/utils/storage';

const release = vi.hoisted(() => ({ version: 2 }));
vi.mock('@/utils/storage', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/utils/storage')>();
  return {
    ...real,
    get CURRENT_SCHEMA_VERSION() {
      return release.version;
    },
  };
});

const NOW = Date.UTC(2026, 10, 28, 9, 0, 0);
const local = () => fakeBrowser.storage.local;
const dump = async () => (await local().get(null)) as Record<string, unknown>;

/** The next release's step: it rewrites every v2 item (here it only marks that it ran) and labels the store 3. */
const v2ToV3 = {
  from: 2,
  to: 3,
  async run() {
    await local().set({ movedToV3: true, schemaVersion: 3 });
    return null;
  },
};

/** Starts this release's worker code (v2), then the next release's (v3) on what it left. */
async function startedByThisThenNext(): Promise<{ outcome: unknown; items: Record<string, unknown> }> {
  release.version = 2;
  await runMigrations(NOW);
  release.version = 3;
  (MIGRATIONS as unknown as (typeof v2ToV3)[]).push(v2ToV3);
  try {
    const outcome = await runMigrations(NOW + 86_400_000);
    return { outcome, items: await dump() };
  } finally {
    (MIGRATIONS as unknown as unknown[]).pop();
    release.version = 2;
  }
}

const V2_DATA = {
  settings: { ...DEFAULT_SETTINGS, operator: 'kcell', lang: 'ru' },
  'progress:kcell:kcell-submit': { done: true, at: NOW - 1000 },
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the next release migrates what this one stored', () => {
  it('a v2 store that lost its label gets it back at this start, so the next release moves it to v3 instead of reading v2 items as its own', async () => {
    await local().set(structuredClone(V2_DATA));
    const { outcome, items } = await startedByThisThenNext();
    expect(outcome).toEqual({ status: 'migrated', from: 2 });
    expect(items.movedToV3).toBe(true);
  });

  it('labelling changes nothing else and tells the user nothing: nothing was lost', async () => {
    await local().set(structuredClone(V2_DATA));
    expect(await runMigrations(NOW)).toEqual({ status: 'current' });
    expect(await dump()).toEqual({ ...V2_DATA, schemaVersion: 2 });
  });

  it('a labelled v2 store is moved to v3 by the next release, not taken as a broken label over v3 data', async () => {
    await local().set({ ...structuredClone(V2_DATA), schemaVersion: 2 });
    const { outcome, items } = await startedByThisThenNext();
    expect(outcome).toEqual({ status: 'migrated', from: 2 });
    expect(items.movedToV3).toBe(true);
    expect(items.notices).toBeUndefined();
  });
});
