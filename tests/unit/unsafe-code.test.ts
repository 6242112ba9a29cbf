// Product code renders text, never HTML, and never turns strings into code. Proven twice: the real
// product directories lint clean, and each forbidden construct, written into a file that lives in
// components/, is reported — so a rule that silently stopped matching would fail here.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const PRODUCT_DIRS = ['entrypoints', 'components', 'utils', 'data', 'locales'];
// ESLint parses every product file with typescript-eslint: seconds on a busy two-core machine.
const LINT_TIMEOUT_MS = 120_000;
const SAFETY_RULES = new Set(['no-restricted-syntax', 'no-restricted-properties', 'no-restricted-globals', 'no-implied-eval']);

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT, errorOnUnmatchedPattern: false });
});

async function safetyErrors(code: string, file = 'components/UnsafeProbe.tsx'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, file) });
  expect(result, 'ESLint returned no result').toBeDefined();
  // A probe file that ESLint ignored would "pass" without being checked.
  expect(result!.messages.filter((m) => /ignored/i.test(m.message))).toEqual([]);
  return result!.messages.filter((m) => m.ruleId !== null && SAFETY_RULES.has(m.ruleId) && m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('product code', () => {
  it('has no HTML injection or string evaluation anywhere in entrypoints, components, utils, data, locales', async () => {
    const results = await eslint.lintFiles(PRODUCT_DIRS);
    expect(results.length, 'no product files were linted').toBeGreaterThan(0);
    const found = results.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId !== null && SAFETY_RULES.has(m.ruleId))
        .map((m) => `${r.filePath.slice(ROOT.length + 1)}:${m.line} ${m.ruleId}: ${m.message}`),
    );
    expect(found).toEqual([]);
  }, LINT_TIMEOUT_MS);
});

describe('the lint rules catch every unsafe construct', () => {
  const unsafe: [string, string][] = [
    ['innerHTML', 'export function f(el: HTMLElement, s: string) { el.innerHTML = s; }'],
    ['innerHTML, computed', "export function f(el: HTMLElement, s: string) { el['innerHTML'] = s; }"],
    ['innerHTML, destructured', 'export function f(el: HTMLElement) { const { innerHTML } = el; return innerHTML; }'],
    ['outerHTML', 'export function f(el: HTMLElement, s: string) { el.outerHTML = s; }'],
    ['insertAdjacentHTML', "export function f(el: HTMLElement, s: string) { el.insertAdjacentHTML('beforeend', s); }"],
    ['dangerouslySetInnerHTML', 'export function F(p: { s: string }) { return <div dangerouslySetInnerHTML={{ __html: p.s }} />; }'],
    ['iframe srcdoc', 'export function F(p: { s: string }) { return <iframe srcdoc={p.s} />; }'],
    ['createContextualFragment', 'export function f(s: string) { return document.createRange().createContextualFragment(s); }'],
    ['document.write', 'export function f(s: string) { document.write(s); }'],
    ['eval', 'export function f(s: string) { return eval(s); }'],
    ['window.eval', 'export function f(s: string) { return window.eval(s); }'],
    ['new Function', "export function f(s: string) { return new Function('x', s); }"],
    ['Function, aliased', 'export function f(s: string) { const F = Function; return F(s); }'],
    ['string setTimeout', "export function f() { setTimeout('alert(1)', 10); }"],
  ];

  it.each(unsafe)('%s is an error in components/', async (_name, code) => {
    expect(await safetyErrors(code)).not.toEqual([]);
  }, LINT_TIMEOUT_MS);

  it.each(['entrypoints/guide.content/Probe.tsx', 'entrypoints/popup/Probe.tsx', 'utils/probe.ts', 'data/probe.ts'])(
    'innerHTML is an error in %s too',
    async (file) => {
      expect(await safetyErrors('export function f(el: HTMLElement, s: string) { el.innerHTML = s; }', file)).not.toEqual([]);
    },
    LINT_TIMEOUT_MS,
  );

  it('lets safe rendering through: Preact text, textContent, a Function type', async () => {
    const code = [
      'export function F(p: { s: string; on: Function }) { return <p title={p.s}>{p.s}</p>; }',
      'export function g(el: HTMLElement, s: string) { el.textContent = s; setTimeout(() => el.remove(), 10); }',
    ].join('\n');
    expect(await safetyErrors(code)).toEqual([]);
  }, LINT_TIMEOUT_MS);
});
