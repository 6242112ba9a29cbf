// The overlay and the page's focus: it remembers where focus was on the page, to give it back when
// the overlay folds or goes, and it never sits on top of the focused element (WCAG 2.4.11), nor of
// what "Show me" outlines: the panel moves to the other side, or folds to its launcher, which moves
// to another corner.
import type { Signal } from '@preact/signals';
import { launcherCorner, placeAround, type Box, type Corner, type Side } from '@/utils/overlay-geometry';

export interface PageFocusDeps {
  host(): Element | null;
  /** The overlay's shadow root; null while it is not mounted. */
  shadow(): ShadowRoot | null;
  side: Signal<Side>;
  corner: Signal<Corner>;
  expanded: Signal<boolean>;
}

export interface PageFocus {
  /** Listens on the page's `focusin`, in the capture phase. */
  onPageFocus(event: Event): void;
  /**
   * Moves the panel to the side `box` is not on, else folds it to its launcher, which moves to a
   * free corner. Also for what "Show me" outlines, which need not take focus.
   */
  keepClearOf(box: Box): void;
  /** Back to the page element that had focus before the overlay, else to the overlay's launcher. */
  returnFocus(): void;
  /** The overlay is going: back to that page element, else to the page's main heading. */
  leave(): void;
}

/**
 * Where a reader goes on with the page when the overlay went from under their focus and nothing on the
 * page had it before: its first shown h1, else its main region. Focus on <body> dropped a screen reader
 * to the page's start, or nowhere it said (helper-91). Made focusable only until focus leaves it.
 */
function pageStart(): HTMLElement | null {
  const to = [...document.querySelectorAll<HTMLElement>('h1')].find((h) => h.checkVisibility?.() !== false) ?? document.querySelector<HTMLElement>('main,[role=main]');
  if (to && !to.hasAttribute('tabindex')) {
    to.tabIndex = -1;
    to.addEventListener('blur', () => to.removeAttribute('tabindex'), { once: true });
  }
  return to;
}

export function createPageFocus(deps: PageFocusDeps): PageFocus {
  let lastPageFocus: Element | null = null;

  function keepClearOf(r: Box): void {
    const shadow = deps.shadow();
    if (!shadow) return;
    const viewport = { width: innerWidth, height: innerHeight };
    // A page region this large (skip-link target, main) is not something to dodge.
    if (r.width * r.height > (viewport.width * viewport.height) / 2) return;
    // Folded, the panel is kept hidden (components/overlay/Overlay.tsx): the launcher is what must move.
    const panel = deps.expanded.value && shadow.querySelector('.sx-panel');
    if (panel) {
      const placement = placeAround(r, deps.side.value, viewport, panel.getBoundingClientRect().height);
      if (!placement.collapse) {
        deps.side.value = placement.side;
        return;
      }
      deps.expanded.value = false;
    }
    const button = shadow.querySelector('.sx-launcher');
    const size = button ? button.getBoundingClientRect() : { width: 160, height: 44 };
    deps.corner.value = launcherCorner(r, deps.corner.value, viewport, size);
  }

  function backToPage(): boolean {
    const to = lastPageFocus;
    if (!to?.isConnected || !(to as HTMLElement).focus) return false;
    (to as HTMLElement).focus({ preventScroll: true });
    // Still there but hidden (a cookie dialog's button, the dialog closed): it takes no focus, which
    // stayed in the guide, and the shortcut's way back did nothing.
    return document.activeElement === to;
  }

  return {
    onPageFocus(event) {
      const target = event.target as Element | null;
      if (!target || target === deps.host() || target === document.body || target === document.documentElement) return;
      lastPageFocus = target;
      keepClearOf(target.getBoundingClientRect());
    },
    keepClearOf,
    returnFocus() {
      // Nothing on the page had focus: keep it on the overlay's launcher rather than losing it.
      if (!backToPage()) requestAnimationFrame(() => deps.shadow()?.querySelector<HTMLElement>('.sx-launcher')?.focus());
    },
    leave() {
      if (!backToPage()) pageStart()?.focus();
    },
  };
}
