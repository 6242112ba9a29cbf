import { t } from '@/utils/i18n';
import type { OverlayModel } from './model';

/**
 * Just after "Hide it here": what happened and how to undo it, in place of the panel, with focus on its
 * button (described by the message, so a screen reader reads both). Without it the guide vanished in
 * silence and a keyboard user was left on <body>.
 */
export function Farewell({ model }: { model: OverlayModel }) {
  const lang = model.lang.value;
  return (
    <div class="sx-panel sx-farewell">
      <p id="sx-farewell-text">{t(lang, 'overlay.dismissHint', { operator: model.operatorName.value })}</p>
      <button type="button" class="sx-button sx-button--primary" aria-describedby="sx-farewell-text" onClick={() => model.closeFarewell()}>
        {t(lang, 'overlay.farewellOk')}
      </button>
    </div>
  );
}
