// A browser spec is counted as a passing test in every run, so one that asserts nothing says something
// untrue: tests/e2e/zz-explore.spec.ts, a measuring script printing figures to the console, was committed
// by mistake and counted for a session (removed in 356b17b).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SPEC_DIRS = ['tests/e2e', 'tests/firefox'];

const specs = SPEC_DIRS.flatMap((dir) =>
  readdirSync(resolve(ROOT, dir))
    .filter((name) => name.endsWith('.spec.ts'))
    .map((name) => join(dir, name)),
);

/** The names the file's tests are given, in order: `test(…)`, or Playwright's own `test` imported as `base`. */
function testNames(source: string): string[] {
  return [...source.matchAll(/\b(?:test|base)(?:\.describe)?\(\s*(['"`])(.+?)\1/g)].map((match) => match[2]!);
}

describe('browser spec files', () => {
  it('are found in both folders', () => {
    expect(specs.filter((path) => path.startsWith('tests/e2e/')).length).toBeGreaterThan(10);
    expect(specs.filter((path) => path.startsWith('tests/firefox/')).length).toBeGreaterThan(1);
  });

  it.each(specs)('%s asserts something', (path) => {
    const source = readFileSync(resolve(ROOT, path), 'utf8');
    expect(testNames(source).length, 'declares tests').toBeGreaterThan(0);
    // A call of Playwright's expect (or expect.poll…) outside comments: importing it is not asserting.
    const code = source.replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
    expect(/\bexpect(?:\.\w+)?\(/.test(code), 'calls expect').toBe(true);
  });

  it('none is a measuring script: no test named to explore, probe or try', () => {
    const named = specs.flatMap((path) => testNames(readFileSync(resolve(ROOT, path), 'utf8')).map((name) => `${path}: ${name}`));
    expect(named.filter((entry) => /:\s*(explore|probe|try|tmp|scratch|wip)\b/i.test(entry))).toEqual([]);
    expect(specs.filter((path) => /(^|\/)(zz|tmp|scratch|explore|probe)[-.]/.test(path))).toEqual([]);
  });
});
