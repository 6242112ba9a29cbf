import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../scripts/bench-args';

describe('parseBenchArgs', () => {
  it('defaults to 20 runs and .output/bench.json', () => {
    expect(parseBenchArgs([])).toEqual({ out: '.output/bench.json', runs: 20 });
  });
  it('takes --out and --runs, with a space or =', () => {
    expect(parseBenchArgs(['--out', 'b.json', '--runs', '3'])).toEqual({ out: 'b.json', runs: 3 });
    expect(parseBenchArgs(['--runs=25', '--out=x/y.json'])).toEqual({ out: 'x/y.json', runs: 25 });
  });
  it('refuses what it does not understand, with the reason', () => {
    expect(parseBenchArgs(['--runs', '0'])).toEqual({ error: '--runs must be a whole number from 1 to 1000, not 0' });
    expect(parseBenchArgs(['--runs', '2.5'])).toMatchObject({ error: expect.stringContaining('whole number') });
    expect(parseBenchArgs(['--out'])).toEqual({ error: '--out needs a value' });
    expect(parseBenchArgs(['--fast'])).toEqual({ error: 'unknown argument: --fast' });
    expect(parseBenchArgs(['-h'])).toEqual({ help: true });
  });
});
