import { t } from '@/utils/i18n';
import type { OverlayModel } from './model';

/** The collapsed overlay: one button that reopens the panel and shows progress at a glance. */
export function Launcher({ model }: { model: OverlayModel }) {
  const lang = model.lang.value;
  const progress = t(lang, 'progress.count', { done: model.done.value, total: model.total.value });
  const ready = model.total.value > 0;
  return (
    <button
      type="button"
      class="sx-launcher"
      aria-expanded="false"
      aria-controls="sx-panel"
      title={t(lang, 'overlay.open', { progress }) + (model.keys && t(lang, 'punct.aside', { text: model.keys }))}
      aria-keyshortcuts={model.keys || undefined}
      onClick={() => model.expand()}
    >
      <span class="sx-launcher__mark" aria-hidden="true">
        ✓
      </span>
      <span>{t(lang, 'overlay.launcher')}</span>
      {ready && (
        <>
          <span class="sx-launcher__count" aria-hidden="true">
            {model.done.value}/{model.total.value}
          </span>
          <span class="sx-visually-hidden">{progress}</span>
        </>
      )}
    </button>
  );
}
