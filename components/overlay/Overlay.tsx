import { t } from '@/utils/i18n';
import { Farewell } from './Farewell';
import { HighlightBox } from './HighlightBox';
import { Launcher } from './Launcher';
import type { OverlayModel } from './model';
import { Panel } from './Panel';

/**
 * The overlay's root: the panel or its launcher, a polite live region for step changes, and the
 * highlight box. Escape anywhere inside collapses it and gives focus back to the page.
 */
export function Overlay({ model }: { model: OverlayModel }) {
  const lang = model.lang.value;
  const expanded = model.expanded.value;
  const highlight = model.highlight.value;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    if (model.farewell.value) model.closeFarewell();
    // With an outline shown, Escape clears it, as "Show me" announced, and nothing more.
    else if (highlight) model.clearHighlight();
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
        {model.farewell.value ? <Farewell model={model} /> : expanded ? <Panel model={model} /> : <Launcher model={model} />}
        <p class="sx-visually-hidden" role="status" aria-live="polite">
          {model.announcement.value}
        </p>
      </aside>
      {highlight && <HighlightBox rect={highlight} />}
    </div>
  );
}
