import { describe, expect, it } from 'vitest';
import { formatTable, pairDifferences, percentile, quantileShift, quantiles, verdicts, type BenchResult } from '../../scripts/bench-stats';

describe('percentile (nearest rank)', () => {
  it('picks a measured sample, never an interpolated one', () => {
    const samples = [15, 20, 35, 40, 50];
    expect(percentile(samples, 30)).toBe(20);
    expect(percentile(samples, 40)).toBe(20);
    expect(percentile(samples, 50)).toBe(35);
    expect(percentile(samples, 100)).toBe(50);
    expect(percentile(samples, 0)).toBe(15);
  });

  it('p95 of 20 runs is the 19th smallest, so one outlier does not set it', () => {
    const samples = Array.from({ length: 20 }, (_, i) => 20 - i);
    samples[0] = 1000; // the slowest run was an outlier
    expect(percentile(samples, 95)).toBe(19);
    expect(percentile(samples, 50)).toBe(10);
  });

  it('does not reorder the caller’s array', () => {
    const samples = [3, 1, 2];
    percentile(samples, 50);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('refuses no samples, out-of-range p and non-finite samples', () => {
    expect(() => percentile([], 50)).toThrow(/no samples/);
    expect(() => percentile([1], 101)).toThrow(/out of range/);
    expect(() => percentile([1, Number.NaN], 50)).toThrow(/non-finite/);
  });

  it('quantiles round to 0.01 ms and keep negative differences', () => {
    expect(quantiles([-0.004, 1.234567, 2.5])).toEqual({ p50: 1.23, p95: 2.5 });
    expect(quantiles([-3, -2, -1])).toEqual({ p50: -2, p95: -1 });
  });
});

describe('quantileShift', () => {
  it('is each percentile with the extension minus the same percentile without it', () => {
    const without = [10, 11, 12, 13, 30];
    const withExtension = [13, 14, 15, 16, 34];
    expect(quantileShift(withExtension, without)).toEqual({ p50: 3, p95: 4 });
  });
  it('is not inflated by one slow baseline load the way a paired difference is', () => {
    // Every load gets the same 3 ms more; two loads on each side were slowed by the machine, in different pairs.
    const base = [10, 11, 12, 13, 14, 10, 11, 12, 13, 14, 10, 11, 12, 13, 14, 10, 11, 12, 13, 14];
    const without = base.map((v, i) => (i === 4 || i === 9 ? 30 : v));
    const withExtension = base.map((v, i) => (i === 5 || i === 10 ? 33 : v + 3));
    expect(quantileShift(withExtension, without).p95).toBeLessThanOrEqual(3);
    expect(quantiles(pairDifferences(withExtension, without)).p95).toBeGreaterThan(20);
  });
  it('keeps a negative shift as measured and refuses unpaired runs', () => {
    expect(quantileShift([9, 9, 9], [10, 10, 10])).toEqual({ p50: -1, p95: -1 });
    expect(() => quantileShift([1, 2], [1])).toThrow(/unpaired/);
  });
});

describe('pairDifferences', () => {
  it('subtracts each run without the extension from its own pair', () => {
    expect(pairDifferences([10, 12, 9], [8, 12, 11])).toEqual([2, 0, -2]);
  });
  it('refuses unpaired runs', () => {
    expect(() => pairDifferences([1, 2], [1])).toThrow(/unpaired/);
  });
});

const RESULT: BenchResult = {
  contentScriptGzipBytes: 14_000,
  popupGzipBytes: 25_000,
  addedScriptMs: { support: { p50: 5, p95: 9 }, other: { p50: 0.4, p95: 2.3 } },
  overlayAfterDclMs: { p50: 20, p95: 50 },
  popupReadyMs: { p50: 30, p95: 40 },
  syncLatencyMs: { p50: 10, p95: 31 },
  lostUpdates: 0,
  runs: 20,
  chromium: '142.0',
};

describe('verdicts', () => {
  it('marks each figure against its issue-5 target, at the boundary inclusive', () => {
    const byFigure = Object.fromEntries(verdicts(RESULT).map((v) => [v.figure, v.ok]));
    expect(byFigure).toEqual({
      'all injected, support page (gz)': true,
      'popup (gz)': false,
      'added main-thread, support page': true,
      'added main-thread, other page': false,
      'DOMContentLoaded → overlay': true,
      'popup ready': true,
      'tab → tab sync': false,
      'lost updates': true,
    });
    expect(verdicts({ ...RESULT, lostUpdates: 1 }).at(-1)).toMatchObject({ ok: false, value: '1' });
  });

  it('holds the support page’s total, the figure the JSON carries, and what every page gets to the same 15 kB', () => {
    const rows = verdicts({ ...RESULT, contentScriptGzipBytes: 35_000 }, 10_000);
    expect(rows[0]).toMatchObject({ figure: 'content script, every page (gz)', value: '10.0 kB', ok: true });
    expect(rows[1]).toMatchObject({ figure: 'all injected, support page (gz)', value: '35.0 kB', target: '≤ 15 kB', ok: false });
    expect(verdicts({ ...RESULT, contentScriptGzipBytes: 15_000 }, 10_000)[1]).toMatchObject({ ok: true });
    // A run that saw no overlay did not measure the page: never an "ok" for the detector alone.
    expect(verdicts({ ...RESULT, contentScriptGzipBytes: 10_000 }, 10_000)[1]).toMatchObject({ value: 'overlay not seen', ok: false });
  });

  it('prints one aligned line per figure with MISS where a target is missed', () => {
    const lines = formatTable(verdicts(RESULT)).split('\n');
    expect(lines).toHaveLength(9);
    expect(lines[0]).toMatch(/^figure\s+measured\s+target$/);
    expect(lines[2]).toMatch(/^popup \(gz\)\s+25\.0 kB\s+≤ 20 kB\s+MISS$/);
    expect(lines[1]).toMatch(/ok$/);
    // Columns line up: the target column starts at the same place on every line.
    expect(lines[2]!.indexOf('≤ 20 kB')).toBe(lines[0]!.indexOf('target'));
    expect(lines[3]!.indexOf('≤ 15 ms')).toBe(lines[0]!.indexOf('target'));
  });
});
