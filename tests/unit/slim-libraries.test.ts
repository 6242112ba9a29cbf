// The cuts the popup's build makes in its libraries (utils/slim-libraries.ts), made on the installed
// libraries and run: what the popup uses still works, what it never uses is gone, and a library that
// changed fails the build.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { slimLibraries, withoutJsxSource, withoutSuspense, withoutSvgAndMath, withoutUnusedSignalParts } from '@/utils/slim-libraries';

/** As the build reads it (node_modules/ beside the project's files). */
const installed = (file: string) => readFileSync(join('node_modules', file), 'utf8');
const SIGNALS = '@preact/signals-core/dist/signals-core.module.js';
const PREACT = 'preact/dist/preact.mjs';
const JSX = 'preact/jsx-runtime/dist/jsxRuntime.mjs';

const dir = mkdtempSync(join(tmpdir(), 'simexit-slim-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let written = 0;
/** The module's code, loaded as a module of its own. */
async function load<T>(code: string): Promise<T> {
  const file = join(dir, `m${written++}.mjs`);
  writeFileSync(file, code.replace(/\/\/# sourceMappingURL=\S*/, ''));
  return import(/* @vite-ignore */ pathToFileURL(file).href) as Promise<T>;
}

describe('signals-core without what the popup never uses', () => {
  it('still tracks, batches, peeks and cleans up as the popup uses it', async () => {
    const core = await load<typeof import('@preact/signals-core')>(withoutUnusedSignalParts(installed(SIGNALS)));
    const count = core.signal(1);
    const double = core.computed(() => count.value * 2);
    const seen: number[] = [];
    const cleaned: number[] = [];
    const stop = core.effect(() => {
      const value = double.value;
      seen.push(value);
      return () => cleaned.push(value);
    });
    core.batch(() => {
      count.value = 2;
      count.value = 3;
    });
    expect(seen).toEqual([2, 6]);
    expect(count.peek()).toBe(3);
    // A signal read with peek() inside an effect is not followed.
    const other = core.signal('a');
    const peeked: string[] = [];
    const stopPeek = core.effect(() => void peeked.push(other.peek() + double.value));
    other.value = 'b';
    expect(peeked).toEqual(['a6']);
    stop();
    stopPeek();
    count.value = 4;
    expect(seen).toEqual([2, 6]);
    expect(cleaned).toEqual([2, 6]);
    // A cycle is still caught.
    const loop = core.signal(0);
    expect(() => core.effect(() => void (loop.value = loop.value + 1))).toThrow(/Cycle detected/);
  });

  it('has no subscribe, brand, watched/unwatched, name or Symbol.dispose left; keeps the conversions', async () => {
    const code = installed(SIGNALS);
    const slim = withoutUnusedSignalParts(code);
    for (const gone of ['subscribe', 'prototype.brand', 'preact-signals', 'watched', '.name=', 'n[Symbol.dispose]=n;']) {
      expect(code, gone).toContain(gone);
      expect(slim, gone).not.toContain(gone);
    }
    const core = await load<typeof import('@preact/signals-core')>(slim);
    const value = core.signal(5, { name: 'x', watched: () => {} });
    expect('subscribe' in value).toBe(false);
    expect(Object.keys(value)).not.toContain('name');
    expect(`${value}`).toBe('5');
    expect(JSON.stringify({ value })).toBe('{"value":5}');
  });

  it('fails the build when signals-core changed, rather than ship it half cut', () => {
    expect(() => withoutUnusedSignalParts(installed(SIGNALS).replace('{name:"sub"}', '{name:"subscribe"}'))).toThrow(
      /subscribe found 0 times, not 1; the library has changed, update utils\/slim-libraries\.ts/,
    );
  });
});

describe('Preact without SVG and MathML', () => {
  it('renders HTML elements, their attributes and text as before', async () => {
    const slim = withoutSvgAndMath(installed(PREACT));
    expect(slim).not.toContain('w3.org/2000/svg');
    expect(slim).not.toContain('MathML');
    const preact = await load<typeof import('preact')>(slim);
    const { document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
    const root = document.getElementById('app')!;
    const h = preact.createElement;
    preact.render(
      h('label', { for: 'box', class: 'sx-step__title' }, 'Back up'),
      root as unknown as Element,
    );
    preact.render(
      h('p', null, h('label', { for: 'box', class: 'sx-step__title' }, 'Back up'), h('input', { id: 'box', type: 'checkbox', 'aria-describedby': 'x', disabled: true })),
      root as unknown as Element,
    );
    const label = root.querySelector('label')!;
    const input = root.querySelector('input')!;
    expect(label.namespaceURI).toBe('http://www.w3.org/1999/xhtml');
    expect(label.getAttribute('for')).toBe('box');
    expect(label.getAttribute('class')).toBe('sx-step__title');
    expect(label.textContent).toBe('Back up');
    expect(input.getAttribute('aria-describedby')).toBe('x');
    expect(input.hasAttribute('disabled')).toBe(true);
  });

  it('fails the build when Preact changed, and when a part of the popup draws <svg> or <math>', () => {
    expect(() => withoutSvgAndMath(installed(PREACT).replace('"math"==', '"math" =='))).toThrow(/the library has changed/);
    const plugin = slimLibraries() as Plugin & { transform: (this: unknown, code: string, id: string) => unknown };
    const context = { error: (message: string) => { throw new Error(message); } };
    const icon = 'export const Icon = () => <svg viewBox="0 0 1 1"><path d="M0 0" /></svg>;';
    expect(() => plugin.transform.call(context, icon, '/x/components/popup/Icon.tsx')).toThrow(/draws <svg> or <math>/);
    expect(plugin.transform.call(context, 'export const A = () => <section class="sx-card" />;', '/x/components/popup/A.tsx')).toBeNull();
  });
});

describe('Preact without suspended renders', () => {
  /** Preact as both builds get it, and a page with an empty root and one holding markup of its own. */
  async function slimPreact() {
    const preact = await load<typeof import('preact')>(withoutSuspense(withoutSvgAndMath(installed(PREACT))));
    const { document } = parseHTML('<!doctype html><html><body><div id="app"></div><div id="held"><p>old</p></div></body></html>');
    return { preact, document, h: preact.createElement };
  }
  /** An ErrorBoundary as the popup's (components/popup/ErrorBoundary.tsx): what a child threw, said instead. */
  const boundary = (preact: typeof import('preact')) =>
    class Boundary extends preact.Component<{ children?: unknown }, { error?: string }> {
      override componentDidCatch(error: unknown) {
        this.setState({ error: error instanceof Error ? error.message : 'a promise' });
      }
      override render() {
        return this.state.error ? preact.h('p', { role: 'alert' }, this.state.error) : (this.props.children as never);
      }
    };
  const settle = () => new Promise((resolve) => setTimeout(resolve));

  it('renders, updates and unmounts; a child that throws, an error or a promise, is caught by the boundary above it', async () => {
    const { preact, document, h } = await slimPreact();
    const root = document.getElementById('app') as unknown as Element;
    const Boundary = boundary(preact);
    let fail: unknown = null;
    const Step = ({ n }: { n: number }) => {
      if (fail) throw fail;
      return h('li', null, `step ${n}`);
    };
    const draw = (steps: number[]) => preact.render(h(Boundary, null, h('ol', null, steps.map((n) => h(Step, { key: n, n })))), root);
    draw([1, 2, 3]);
    draw([3, 1]);
    expect(root.textContent).toBe('step 3step 1');
    fail = new Error('Extension context invalidated.');
    draw([3, 1, 2]);
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Extension context invalidated.');
    // Suspense's signal, with none to suspend for: an error like any other, not a render kept waiting.
    fail = Promise.resolve();
    preact.render(null, root);
    draw([1]);
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('a promise');
    preact.render(null, root);
    expect(root.childNodes.length).toBe(0);
  });

  it('still removes the markup a first render found, when that render throws', async () => {
    const { preact, document, h } = await slimPreact();
    const held = document.getElementById('held') as unknown as Element;
    const Broken = () => {
      throw new Error('broken');
    };
    const Boundary = boundary(preact);
    preact.render(h(Boundary, null, h(Broken, null)), held);
    await settle();
    expect(held.querySelector('p')?.textContent).toBe('broken');
    expect(held.textContent).not.toContain('old');
  });

  it('keeps no suspended range, and fails the build when Preact changed or a part of the popup or the guide could suspend', () => {
    const code = installed(PREACT);
    const slim = withoutSuspense(code);
    for (const gone of ['__z', '|=128|']) {
      expect(code, gone).toContain(gone);
      expect(slim, gone).not.toContain(gone);
    }
    expect(() => withoutSuspense(code.replace('|=128|', '|=128 |'))).toThrow(/suspending on a thrown promise found 0 times, not 1; the library has changed/);
    const plugin = slimLibraries() as Plugin & { transform: (this: unknown, code: string, id: string) => unknown };
    const context = { error: (message: string) => { throw new Error(message); } };
    expect(() => plugin.transform.call(context, "import { Suspense, lazy } from 'preact/compat';", '/x/components/popup/Later.tsx')).toThrow(/hydrates or imports preact\/compat/);
    expect(() => plugin.transform.call(context, "import { hydrate, render } from 'preact';", '/x/entrypoints/popup/main.tsx')).toThrow(/hydrates or imports preact\/compat/);
    expect(plugin.transform.call(context, "import { render } from 'preact';", '/x/entrypoints/popup/main.tsx')).toBeNull();
  });
});

describe("Preact's JSX runtime without jsxDEV's source and self", () => {
  it('makes the same element, its ref taken out of the props, without them', async () => {
    const slim = withoutJsxSource(installed(JSX));
    expect(slim).not.toContain('__source');
    // Its one import, Preact, stood in for by what the runtime reads of it.
    const stub = pathToFileURL(join(dir, 'preact-stub.mjs')).href;
    writeFileSync(join(dir, 'preact-stub.mjs'), 'export const options = {}; export function Fragment(p) { return p.children; }\n');
    const runtime = await load<typeof import('preact/jsx-runtime')>(slim.replaceAll('"preact"', JSON.stringify(stub)));
    const ref = { current: null };
    const jsxDev = runtime.jsxDEV as unknown as (...args: unknown[]) => Record<string, unknown>;
    const vnode = jsxDev('button', { ref, type: 'button', children: 'OK' }, 'k', false, { fileName: 'a.tsx' }, {});
    expect(vnode).toMatchObject({ type: 'button', key: 'k', ref, props: { type: 'button', children: 'OK' } });
    expect(vnode.props).not.toHaveProperty('ref');
    expect(vnode).not.toHaveProperty('__source');
    expect(vnode).not.toHaveProperty('__self');
  });
});
