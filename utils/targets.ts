// Finds the page element a step points at (a form link, a button, a heading) by its selector or
// its visible label in ru/kk/en. The page can be huge or hostile, so the walk is bounded: at most
// `maxElements` elements are visited, text is read only from small elements, and hidden elements
// and the overlay's own host are never returned.
import type { PageTarget } from '@/data/schema';

export interface FindOptions {
  /** The overlay's shadow host (and anything else of ours) to skip. */
  exclude?: Element | null;
  /** Upper bound on elements visited per search. */
  maxElements?: number;
}

export const MAX_ELEMENTS = 20_000;
/** Longer texts are paragraphs or containers, not the label of a control. */
const MAX_LABEL_TEXT = 300;

/** Things a user clicks: the best match for a label. */
const CONTROL_TAGS = new Set(['A', 'BUTTON', 'SUMMARY', 'SELECT', 'INPUT', 'TEXTAREA']);
const CONTROL_ROLES = new Set(['button', 'link', 'tab', 'menuitem', 'option', 'checkbox', 'radio', 'switch']);
/** Things that name a section: next best. */
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LABEL', 'DT', 'TH', 'LEGEND', 'CAPTION']);
/** Never contain visible labels. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD']);

/** Case-, space- and ё-insensitive form of a label, with typographic quotes and dashes unified. */
export function normalizeLabel(text: string): string {
  return text
    .toLocaleLowerCase('ru')
    .replace(/ё/g, 'е')
    .replace(/[«»“”„"']/g, '')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Rendered and not hidden by display, visibility, content-visibility or a zero-size box. */
export function isVisible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') {
    if (!check.call(el, { visibilityProperty: true, contentVisibilityAuto: true })) return false;
  }
  if (el.closest('[hidden],[aria-hidden="true"],[inert]')) return false;
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

function rank(el: Element): number {
  if (CONTROL_TAGS.has(el.tagName)) return 0;
  const role = el.getAttribute('role');
  if (role && CONTROL_ROLES.has(role)) return 0;
  if (HEADING_TAGS.has(el.tagName)) return 1;
  return 2;
}

/** The text a user sees as the element's name: its own text, or a control's value/aria-label. */
function labelText(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (el.tagName === 'INPUT') {
    return aria ?? (el as HTMLInputElement).value ?? '';
  }
  const text = el.textContent ?? '';
  return aria ? `${aria} ${text}` : text;
}

/** The first visible element matching the selector, or null (an invalid selector counts as no match). */
function bySelector(root: ParentNode, selector: string, exclude: Element | null | undefined): Element | null {
  let list: NodeListOf<Element>;
  try {
    list = root.querySelectorAll(selector);
  } catch {
    return null;
  }
  const limit = Math.min(list.length, 50);
  for (let i = 0; i < limit; i++) {
    const el = list[i]!;
    if (exclude && (el === exclude || exclude.contains(el))) continue;
    if (isVisible(el)) return el;
  }
  return null;
}

/** Has its own visible words (not only child elements): a leaf-ish element that can carry a label. */
function hasOwnText(el: Element): boolean {
  let node = el.firstChild;
  for (let i = 0; node && i < 8; i++, node = node.nextSibling) {
    if (node.nodeType === 3 && /\S/.test(node.nodeValue ?? '')) return true;
  }
  return false;
}

interface Wanted {
  readonly index: number;
  readonly labels: readonly string[];
}

/**
 * For each target, the element best labelled by one of its labels: a control (link, button) beats
 * a heading, which beats other small elements; among equals the first in document order wins.
 * One walk serves all targets, so the cost is bounded by `maxElements` whatever the guide holds.
 */
function findAllByLabel(
  root: Document | Element,
  wanted: readonly Wanted[],
  results: (Element | null)[],
  options: FindOptions,
): void {
  if (wanted.length === 0) return;
  const doc = root.ownerDocument ?? (root as Document);
  const start = (root as Document).body ?? (root as Element);
  if (!start || !doc) return;
  const exclude = options.exclude ?? null;
  const max = options.maxElements ?? MAX_ELEMENTS;
  const ranks = wanted.map(() => 3);
  let open = wanted.length;
  const walker = doc.createTreeWalker(start, NodeFilter.SHOW_ELEMENT, {
    acceptNode(node) {
      const el = node as Element;
      if (SKIP_TAGS.has(el.tagName.toUpperCase()) || el === exclude) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  let visited = 0;
  for (let node = walker.nextNode(); node && visited < max && open > 0; node = walker.nextNode()) {
    visited++;
    const el = node as Element;
    const r = rank(el);
    // Reading text is the expensive part: only for controls, headings and small elements with words of their own.
    if (r === 2 && (el.childElementCount > 3 || !hasOwnText(el))) continue;
    if (!ranks.some((best) => r < best)) continue;
    const text = labelText(el);
    if (text.length === 0 || text.length > MAX_LABEL_TEXT * 4) continue;
    const normal = normalizeLabel(text);
    if (normal.length > MAX_LABEL_TEXT) continue;
    let visible: boolean | null = null;
    for (let i = 0; i < wanted.length; i++) {
      if (r >= ranks[i]!) continue;
      if (!wanted[i]!.labels.some((label) => normal.includes(label))) continue;
      visible ??= isVisible(el);
      if (!visible) break;
      results[wanted[i]!.index] = el;
      ranks[i] = r;
      if (r === 0) open--;
    }
  }
  // A match inside a control names the control: point at what the user clicks.
  for (let i = 0; i < wanted.length; i++) {
    const found = results[wanted[i]!.index];
    if (!found || ranks[i] === 0) continue;
    const control = found.parentElement?.closest('a,button,summary,[role="button"],[role="link"]');
    if (control && control !== start && isVisible(control)) results[wanted[i]!.index] = control;
  }
}

/** The element for each target (null when not on the page): its selector if given and found, else its label. */
export function findTargets(
  root: Document | Element,
  targets: readonly PageTarget[],
  options: FindOptions = {},
): (Element | null)[] {
  const results: (Element | null)[] = targets.map(() => null);
  const wanted: Wanted[] = [];
  targets.forEach((target, index) => {
    if (target.selector) {
      const el = bySelector(root, target.selector, options.exclude);
      if (el) {
        results[index] = el;
        return;
      }
    }
    const labels = target.labels.map(normalizeLabel).filter((l) => l.length > 0);
    if (labels.length > 0) wanted.push({ index, labels });
  });
  findAllByLabel(root, wanted, results, options);
  return results;
}

/** The element for one page target, or null. */
export function findTarget(root: Document | Element, target: PageTarget, options: FindOptions = {}): Element | null {
  return findTargets(root, [target], options)[0] ?? null;
}
