import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { boundedElements, findFirstTarget, findTarget, findTargets, normalizeLabel } from '@/utils/targets';

// linkedom has no layout: "visible" here means not inside [hidden] and not display:none inline,
// which is what the browser's check adds up to for these pages (the real check runs in the browser tests).
const visible = (el: Element) => !el.closest('[hidden]') && !/display:\s*none/.test(el.getAttribute('style') ?? '');
const page = (body: string) => parseHTML(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`).document;

const TERMINATION = {
  labels: ['Шартты бұзу өтініші', 'Заявление на расторжение договора', 'Application to terminate the contract'],
};

describe('normalizeLabel', () => {
  it.each([
    ['  Заявление   на\nрасторжение  ДОГОВОРА ', 'заявление на расторжение договора'],
    ['Ёлка «Менің Kcell»', 'елка менің kcell'],
    ['📄 Шартты бұзу өтініші 🇰🇿', 'шартты бұзу өтініші'],
    ['Re‑registration — form', 're-registration - form'],
  ])('%j → %j', (input, output) => expect(normalizeLabel(input)).toBe(output));
});

describe('findTarget', () => {
  it('finds the link by its label in each language, whatever the case, spacing, quotes or emoji', () => {
    for (const label of ['📄 ШАРТТЫ БҰЗУ  өтініші', '«Заявление на расторжение договора» (PDF)', 'Application to terminate the contract']) {
      const doc = page(`<ul><li><a id="x" href="/f.pdf">${label}</a></li></ul>`);
      expect(findTarget(doc, TERMINATION, { visible })?.id, label).toBe('x');
    }
  });

  it('prefers what the user clicks: a link over a heading over a paragraph, and a label inside a link means the link', () => {
    const doc = page(`
      <p id="p">Заявление на расторжение договора</p>
      <h2 id="h">Заявление на расторжение договора</h2>
      <a id="a" href="/f.pdf"><span>Заявление на расторжение договора</span></a>`);
    expect(findTarget(doc, TERMINATION, { visible })?.id).toBe('a');
    const noLink = page(`<p id="p">Заявление на расторжение договора</p><h3 id="h">Заявление на расторжение договора</h3>`);
    expect(findTarget(noLink, TERMINATION, { visible })?.id).toBe('h');
    const wrapped = page(`<button id="b"><b>Application to terminate the contract</b></button>`);
    expect(findTarget(wrapped, TERMINATION, { visible })?.id).toBe('b');
  });

  it('skips hidden copies (a collapsed mobile menu) and returns the one the user can see', () => {
    const doc = page(`
      <nav hidden><a id="menu" href="/f.pdf">Заявление на расторжение договора</a></nav>
      <a id="inline" style="display:none" href="/f.pdf">Заявление на расторжение договора</a>
      <main><a id="main" href="/f.pdf">Заявление на расторжение договора</a></main>`);
    expect(findTarget(doc, TERMINATION, { visible })?.id).toBe('main');
  });

  it('never returns the overlay itself, even when the overlay shows the same words', () => {
    const doc = page(`<simexit-guide id="host"><a id="ours">Application to terminate the contract</a></simexit-guide>`);
    const host = doc.getElementById('host');
    expect(findTarget(doc, TERMINATION, { visible, exclude: host })).toBeNull();
    doc.body.insertAdjacentHTML('afterbegin', '<a id="theirs" href="/f">Application to terminate the contract</a>');
    expect(findTarget(doc, TERMINATION, { visible, exclude: host })?.id).toBe('theirs');
  });

  it('does not take a paragraph or a container that merely mentions the words', () => {
    const long = `${'Условия договора и порядок обслуживания абонентов. '.repeat(12)}Заявление на расторжение договора подаётся в офисе.`;
    const doc = page(`<div><p>${long}</p></div><div id="menu"><a href="/1">Тарифы</a><a href="/2">Роуминг</a><a href="/3">Магазин</a><a href="/4">Помощь</a> Заявление на расторжение договора</div>`);
    expect(findTarget(doc, TERMINATION, { visible })).toBeNull();
  });

  it('uses the selector when it matches something visible, else falls back to the label; a broken selector is no match', () => {
    const doc = page(`<a id="by-label" href="/f">Application to terminate the contract</a><a class="form" id="by-selector" href="/g">PDF</a><a class="gone" hidden>PDF</a>`);
    expect(findTarget(doc, { ...TERMINATION, selector: 'a.form' }, { visible })?.id).toBe('by-selector');
    expect(findTarget(doc, { ...TERMINATION, selector: 'a.gone' }, { visible })?.id).toBe('by-label');
    expect(findTarget(doc, { ...TERMINATION, selector: 'a[[broken' }, { visible })?.id).toBe('by-label');
    expect(findTarget(doc, { labels: ['nothing like it'], selector: '#nope' }, { visible })).toBeNull();
  });

  it('finds several targets in one walk, each its own element, null where absent', () => {
    const doc = page(`<a id="t" href="/t">Шартты бұзу өтініші</a><a id="f" href="/f">Қаражат алуға келісім</a>`);
    const found = findTargets(doc, [TERMINATION, { labels: ['Қаражат алуға келісім'] }, { labels: ['Kaspi'] }], { visible });
    expect(found.map((el) => el?.id ?? null)).toEqual(['t', 'f', null]);
    expect(findFirstTarget(doc, [{ labels: ['Kaspi'] }, TERMINATION], { visible })?.id).toBe('t');
    expect(findFirstTarget(doc, undefined, { visible })).toBeNull();
  });

  it('of two equally good links "Show me" takes the first on the page, and still finds the other targets', () => {
    const doc = page(
      `<a id="a1" href="/1">Заявление на расторжение договора</a><a id="a2" href="/2">Заявление на расторжение договора</a>` +
        `<a id="b" href="/p">Перенос номера</a>`,
    );
    expect(findTargets(doc, [TERMINATION, { labels: ['Перенос номера'] }], { visible }).map((el) => el?.id ?? null)).toEqual(['a1', 'b']);
  });
});

describe('bounded search', () => {
  it('visits at most maxElements elements: a label beyond the budget is not found', () => {
    const doc = page(`${'<span>x</span>'.repeat(500)}<a id="late" href="/f">Application to terminate the contract</a>`);
    expect(findTarget(doc, TERMINATION, { visible, maxElements: 100 })).toBeNull();
    expect(findTarget(doc, TERMINATION, { visible, maxElements: 1000 })?.id).toBe('late');
  });

  it('walks a DOM 50 000 levels deep without recursion, in document order, skipping scripts and the excluded subtree', () => {
    // Built node by node: a parser's own limits are not what is tested. A recursive walk runs out of
    // stack long before this depth.
    const doc = page('');
    let parent: Element = doc.body;
    for (let level = 0; level < 50_000; level += 1) parent = parent.appendChild(doc.createElement('div'));
    const deep = parent.appendChild(doc.createElement('a'));
    deep.id = 'deep';
    deep.setAttribute('href', '/f');
    deep.textContent = 'Application to terminate the contract';
    expect(findTarget(doc, TERMINATION, { visible, maxElements: 60_000 })?.id).toBe('deep');

    const small = page(`<p id="a"><b id="b"></b></p><script id="s"><i></i></script><div id="skip"><i id="no"></i></div><span id="c"></span>`);
    const ids = [...boundedElements(small.body, 100, small.getElementById('skip'))].map((el) => el.id);
    expect(ids).toEqual(['a', 'b', 'c']);
    expect([...boundedElements(small.body, 2)].map((el) => el.id)).toEqual(['a', 'b']);
  });
});
