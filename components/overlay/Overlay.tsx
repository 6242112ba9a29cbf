import { Component, type ComponentChildren, type VNode } from 'preact';
import { effect, type ReadonlySignal } from '@preact/signals';
import { t } from '@/utils/i18n';
import { Farewell } from './Farewell';
import { HighlightBox } from './HighlightBox';
import { Launcher } from './Launcher';
import type { OverlayModel } from './model';
import { Panel } from './Panel';

/**
 * The panel as last drawn open. Folded, it is kept, hidden and not drawn again (given back as the
 * same element, it is not read, so no change redraws it): unfolding then updates it rather than
 * making its ~400 boxes anew, which was most of the press's time (~30 ms of a CPU throttled 4x, helper-75).
 */
const openPanels = new WeakMap<OverlayModel, VNode>();

/**
 * The overlay's root: the panel or its launcher, a polite live region for step changes, and the
 * highlight box. Escape anywhere inside collapses it and gives focus back to the page.
 */
export function Overlay({ model }: { model: OverlayModel }) {
  const lang = model.lang.value;
  const expanded = model.expanded.value;
  if (expanded) openPanels.set(model, <Panel model={model} />);
  const panel = openPanels.get(model);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    const menu = event.target as HTMLSelectElement;
    // A language moved to by arrow key and not yet confirmed (utils/select-choice.ts) is put back, as the
    // open list does, and nothing more: folding took focus off the menu, which applied it (helper-91).
    if (menu.id === 'sx-overlay-lang' && menu.value !== lang) menu.value = lang;
    else if (model.farewell.value) model.closeFarewell();
    // With an outline shown, Escape clears it, as "Show me" announced, and nothing more.
    else if (model.highlight.peek()) model.clearHighlight();
    // Escape in the "hide on this site?" question answers no, and leaves the panel open.
    else if (model.dismissAsked.value) model.askDismiss(false);
    else if (expanded) model.collapse(true);
  };
  return (
    <div
      class={`sx-root sx-overlay sx-overlay--${model.side.value} sx-overlay--${model.corner.value}`}
      lang={lang}
      dir="ltr"
      onKeyDown={onKeyDown}
    >
      <aside class="sx-overlay__frame" aria-label={t(lang, 'overlay.region', { operator: model.operatorName.value })}>
        {model.farewell.value ? (
          <Farewell model={model} />
        ) : (
          <>
            {/* First: what takes focus from a panel folding under it (guide.tsx) finds the launcher first. */}
            {!expanded && <Launcher model={model} />}
            {panel && <div hidden={!expanded}>{panel}</div>}
          </>
        )}
        <Watch
          signal={model.announcement}
          draw={(said) => (
            <p class="sx-visually-hidden" role="status" aria-live="polite">
              {said}
            </p>
          )}
        />
      </aside>
      <Watch signal={model.highlight} draw={(rect) => rect && <HighlightBox rect={rect} />} />
    </div>
  );
}

/**
 * Draws `draw(signal's value)`, and again only when that value changes. The outline moves with every
 * scroll frame while it shows, and the live region speaks at each tick and "Show me": read during the
 * overlay's render, either signal drew the whole panel and every step again (guide.tsx renders in one
 * effect, which tracks every read), ~45 ms a frame on a CPU throttled 4x (helper-72). Read in an effect
 * of its own, it re-renders this component alone.
 */
class Watch<T> extends Component<{ signal: ReadonlySignal<T>; draw: (value: T) => ComponentChildren }, { value: T }> {
  override state = { value: this.props.signal.peek() };
  private stop: (() => void) | null = null;
  /** The last value asked for: state lags behind it until Preact renders. */
  private latest = this.state.value;

  override componentDidMount(): void {
    this.stop = effect(() => {
      const value = this.props.signal.value;
      if (value === this.latest) return;
      this.latest = value;
      this.setState({ value });
    });
  }

  override componentWillUnmount(): void {
    this.stop?.();
  }

  override render() {
    return this.props.draw(this.state.value);
  }
}
