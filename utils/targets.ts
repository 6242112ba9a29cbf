// Finds the page element a step points at (a form link, a button, a heading) by its selector or
// its visible label in ru/kk/en. The page can be huge or hostile, so the search is bounded: one
// walk serves all targets and visits at most `maxElements` elements, text is read only from
// controls, headings and small elements with words of their own, and hidden elements and the
// overlay's own host are never returned.
import type { PageTarget } from '@/data/schema';

export interface FindOptions {
  /** The overlay's shadow host (and anything else of ours) to skip. */
  exclude?: Element | null;
  /** Upper bound on elements visited per search. */
  maxElements?: number;
  /** Whether an element is shown to the user; the default asks the browser's layout. */
  visible?: (el: Element) => boolean;
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

/** Case-, space- and ё-insensitive form of a label, with quotes, dashes and emoji dropped. */
export function normalizeLabel(text: string): string {
  return text
    .toLocaleLowerCase('ru')
    .replace(/ё/g, 'е')
    .replace(/[«»“”„"']/g, '')
    .replace(/[‐‑‒–—]/g, '-')
    // Emoji, flag letters, joiners and variation selectors decorate labels; they are not part of them.
    .replace(/\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|\u200d|\ufe0f/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Rendered and not hidden by display, visibility, content-visibility, `hidden`/`inert` or a zero-size box. */
export function isVisible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function' && !check.call(el, { visibilityProperty: true, contentVisibilityAuto: true })) {
    return false;
  }
  if (el.closest('[hidden],[aria-hidden="true"],[inert]')) return false;
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

/** 0: a control, 1: a heading or label, 2: anything else. */
function rank(el: Element): number {
  if (CONTROL_TAGS.has(el.tagName.toUpperCase())) return 0;
  const role = el.getAttribute('role');
  if (role && CONTROL_ROLES.has(role)) return 0;
  return HEADING_TAGS.has(el.tagName.toUpperCase()) ? 1 : 2;
}

/** The text a user sees as the element's name: its own text, or a control's value/aria-label. */
function labelText(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (el.tagName.toUpperCase() === 'INPUT') return aria ?? (el as HTMLInputElement).value ?? '';
  const text = el.textContent ?? '';
  return aria ? `${aria} ${text}` : text;
}

/** Has words of its own (not only child elements): a leaf-ish element that can carry a label. */
function hasOwnText(el: Element): boolean {
  let node = el.firstChild;
  for (let i = 0; node && i < 8; i++, node = node.nextSibling) {
    if (node.nodeType === 3 && /\S/.test(node.nodeValue ?? '')) return true;
  }
  return false;
}

/**
 * Elements under `start` in document order, at most `max` of them, skipping the subtrees of
 * `exclude` and of elements that never hold labels. Plain sibling/parent steps: no recursion, so a
 * DOM thousands of levels deep costs the same as a flat one.
 */
export function* boundedElements(start: Element, max: number, exclude: Element | null = null): Generator<Element> {
  let el: Element | null = start.firstElementChild;
  let visited = 0;
  while (el && visited < max) {
    visited++;
    const skip = el === exclude || SKIP_TAGS.has(el.tagName.toUpperCase());
    if (!skip) yield el;
    if (!skip && el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && el !== start && !el.nextElementSibling) el = el.parentElement;
    el = el && el !== start ? el.nextElementSibling : null;
  }
}

/** The first visible element matching the selector, or null (an invalid selector counts as no match). */
function bySelector(root: ParentNode, selector: string, options: FindOptions): Element | null {
  let list: NodeListOf<Element>;
  try {
    list = root.querySelectorAll(selector);
  } catch {
    return null;
  }
  const visible = options.visible ?? isVisible;
  const limit = Math.min(list.length, 50);
  for (let i = 0; i < limit; i++) {
    const el = list[i]!;
    if (options.exclude && (el === options.exclude || options.exclude.contains(el))) continue;
    if (visible(el)) return el;
  }
  return null;
}

interface Wanted {
  readonly index: number;
  readonly labels: readonly string[];
}

/**
 * For each wanted target, the element best labelled by one of its labels: a control (link,
 * button) beats a heading, which beats other small elements; among equals the first in document
 * order wins.
 */
function findAllByLabel(start: Element, wanted: readonly Wanted[], results: (Element | null)[], options: FindOptions): void {
  if (wanted.length === 0) return;
  const visible = options.visible ?? isVisible;
  const ranks = wanted.map(() => 3);
  let open = wanted.length;
  for (const el of boundedElements(start, options.maxElements ?? MAX_ELEMENTS, options.exclude ?? null)) {
    if (open === 0) break;
    const r = rank(el);
    // Reading text is the expensive part: only for controls, headings and small elements with words of their own.
    if (r === 2 && (el.childElementCount > 3 || !hasOwnText(el))) continue;
    if (!ranks.some((best) => r < best)) continue;
    const text = labelText(el);
    if (text.length === 0 || text.length > MAX_LABEL_TEXT * 4) continue;
    const normal = normalizeLabel(text);
    if (normal.length > MAX_LABEL_TEXT) continue;
    let shown: boolean | null = null;
    for (let i = 0; i < wanted.length; i++) {
      if (r >= ranks[i]! || !wanted[i]!.labels.some((label) => normal.includes(label))) continue;
      shown ??= visible(el);
      if (!shown) break;
      results[wanted[i]!.index] = el;
      if (r === 0) open--;
      ranks[i] = r;
    }
  }
  // A match inside a control names the control: point at what the user clicks.
  for (let i = 0; i < wanted.length; i++) {
    const found = results[wanted[i]!.index];
    if (!found || ranks[i] === 0) continue;
    const control = found.parentElement?.closest('a,button,summary,[role="button"],[role="link"]');
    if (control && start.contains(control) && visible(control)) results[wanted[i]!.index] = control;
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
      const el = bySelector(root, target.selector, options);
      if (el) {
        results[index] = el;
        return;
      }
    }
    const labels = target.labels.map(normalizeLabel).filter((l) => l.length > 0);
    if (labels.length > 0) wanted.push({ index, labels });
  });
  const start = 'body' in root ? root.body : root;
  if (start) findAllByLabel(start, wanted, results, options);
  return results;
}

/** The element for one target, or null. */
export function findTarget(root: Document | Element, target: PageTarget, options: FindOptions = {}): Element | null {
  return findTargets(root, [target], options)[0] ?? null;
}

/** The first of `targets` found on the page, or null. */
export function findFirstTarget(
  root: Document | Element,
  targets: readonly PageTarget[] | undefined,
  options: FindOptions = {},
): Element | null {
  if (!targets || targets.length === 0) return null;
  return findTargets(root, targets, options).find((el) => el !== null) ?? null;
}
