// "Show me": which steps' targets are on the page, the outline drawn around one, and the way back
// from it. Part of the guide (./guide.tsx), which owns the overlay's lifetime and hands in what it
// knows through getters, since the live state and the shadow root come and go with each mount.
import { signal, type Signal } from '@preact/signals';
import type { Lang, Step } from '@/data/schema';
import type { HighlightRect } from '@/components/overlay/model';
import { pick, t } from '@/utils/i18n';
import type { Box } from '@/utils/overlay-geometry';
import { findTargets, isVisible } from '@/utils/targets';

/** How long a "Show me" outline stays. */
const HIGHLIGHT_MS = 6000;
/** No scroll for this long: the scroll "Show me" started has settled. */
const SETTLED_MS = 120;
const FOCUSABLE = 'a[href],button,input,select,textarea,summary,[tabindex]';

export interface ShowMeDeps {
  /** The steps of the mounted guide; null while none is mounted. */
  steps(): readonly Step[] | null;
  lang(): Lang;
  /** The overlay's host, left out of the search; its shadow root, where the "Show me" buttons are. */
  host(): Element | null;
  shadow(): ShadowRoot | null;
  /** The overlay's live region. */
  announcement: Signal<string>;
  /** Opens the panel (it may have folded away from the element "Show me" focused). */
  expand(): void;
  /** Moves the overlay off the outlined element (./page-focus.ts), which need not take focus. */
  keepClear(box: Box): void;
}

export interface ShowMe {
  /** stepId → one of its targets is on the page now. */
  readonly found: Signal<Readonly<Record<string, boolean>>>;
  readonly highlight: Signal<HighlightRect | null>;
  /** Looks for every step's targets again (mount, route switch, an in-app navigation). */
  scan(): void;
  /** Scrolls to the step's target, outlines it and focuses it when it is a control; says so either way. */
  show(step: Step): void;
  clear(): void;
  /** Scroll and resize: the outline follows its element, once a frame. */
  onViewportChange(): void;
  /** Escape on the page after "Show me": clears the outline and goes back to the overlay; the page keeps its key. */
  onPageKey(event: KeyboardEvent): void;
  /** Escape no longer leads back to "Show me": the user folded the panel. */
  forgetWayBack(): void;
  /** The address changed: the outline and the way back go unless their element is still shown. */
  onMoved(): void;
}

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function createShowMe(deps: ShowMeDeps): ShowMe {
  const found = signal<Readonly<Record<string, boolean>>>({});
  const highlight = signal<HighlightRect | null>(null);
  const elements = new Map<string, Element>();
  let highlighted: Element | null = null;
  let highlightTimer: ReturnType<typeof setTimeout> | undefined;
  /** The step whose "Show me" last moved focus onto the page: Escape there goes back to that button. */
  let shownFrom: { step: string; element: Element } | null = null;
  let frame = 0;
  /** The overlay still has to move off the outlined element, once it has scrolled into place. */
  let dodge: ReturnType<typeof setTimeout> | undefined;
  let dodged = true;

  function scan(): void {
    const steps = deps.steps();
    if (!steps) return;
    elements.clear();
    // One bounded walk of the page for every step's targets together.
    const owners: string[] = [];
    const targets = steps.flatMap((step) =>
      (step.targets ?? []).map((target) => {
        owners.push(step.id);
        return target;
      }),
    );
    const next: Record<string, boolean> = {};
    findTargets(document, targets, { exclude: deps.host() }).forEach((el, i) => {
      const id = owners[i]!;
      next[id] ||= el !== null;
      if (el && !elements.has(id)) elements.set(id, el);
    });
    found.value = next;
  }

  function track(): void {
    if (!highlighted) return;
    if (!highlighted.isConnected) return clear();
    const r = highlighted.getBoundingClientRect();
    highlight.value = { left: r.left, top: r.top, width: r.width, height: r.height };
    // Once, where the scroll ends (the element's box before it is meaningless): the overlay must not
    // cover what it points at. Not on later scrolls, or a panel the user opened again would fold again.
    if (!dodged) {
      clearTimeout(dodge);
      dodge = setTimeout(() => {
        dodged = true;
        const el = highlighted;
        if (el?.isConnected) deps.keepClear(el.getBoundingClientRect());
      }, SETTLED_MS);
    }
  }

  function clear(): void {
    // Its announcement ("… Press Escape to clear") goes with it: nothing stale stays for a screen reader to find.
    if (highlight.peek()) deps.announcement.value = '';
    highlighted = null;
    dodged = true;
    clearTimeout(dodge);
    clearTimeout(highlightTimer);
    highlight.value = null;
  }

  function show(step: Step): void {
    let el = elements.get(step.id);
    if (!el || !el.isConnected || !isVisible(el)) {
      scan();
      el = elements.get(step.id);
    }
    const lang = deps.lang();
    if (!el) {
      deps.announcement.value = t(lang, 'overlay.notOnPage');
      return;
    }
    // 'instant', not 'auto': 'auto' follows the page's CSS, and many pages set `scroll-behavior: smooth`.
    el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reducedMotion() ? 'instant' : 'smooth' });
    highlighted = el;
    dodged = false;
    track();
    clearTimeout(highlightTimer);
    highlightTimer = setTimeout(() => {
      clear();
      // With the outline (and its "Press Escape" announcement) gone, Escape is the page's own again.
      shownFrom = null;
    }, HIGHLIGHT_MS);
    deps.announcement.value = t(lang, 'overlay.highlighted', { step: pick(step.title, lang) });
    // Keyboard users land on the control itself, ready to press Enter; Escape brings them back.
    if (el.matches(FOCUSABLE)) {
      (el as HTMLElement).focus({ preventScroll: true });
      const from = { step: step.id, element: el };
      shownFrom = from;
      // Only while focus stays there: back on it later by Tab or click, Escape is the page's (its
      // autocomplete, its menu), not a jump into the panel.
      el.addEventListener('blur', () => shownFrom === from && (shownFrom = null), { once: true });
    }
  }

  /** Escape on the page element "Show me" focused: back to that "Show me", not a long Tab away. */
  function backToShowMe(event: KeyboardEvent): void {
    const from = shownFrom;
    shownFrom = null;
    const shadow = deps.shadow();
    if (!from || !shadow || event.target !== from.element) return;
    // In a narrow window the panel folded to keep clear of that element (./page-focus.ts): open it again.
    deps.expand();
    const button = [...shadow.querySelectorAll<HTMLElement>('.sx-showme')].find((b) => b.dataset.step === from.step);
    button?.focus();
  }

  return {
    found,
    highlight,
    scan,
    show,
    clear,
    onViewportChange() {
      if (!highlighted || frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        track();
      });
    },
    onPageKey(event) {
      // Handled by the page already (its own dropdown closed): not ours to take focus away.
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (highlighted) clear();
      backToShowMe(event);
    },
    forgetWayBack() {
      shownFrom = null;
    },
    onMoved() {
      // A page that writes the section scrolled to into its address (a scroll-spy, common on FAQ
      // pages) did so as "Show me" scrolled there, and the outline went at once.
      if (highlighted?.isConnected && isVisible(highlighted)) return;
      clear();
      shownFrom = null;
    },
  };
}
