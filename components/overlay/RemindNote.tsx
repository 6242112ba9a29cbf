import type { Lang } from '@/data/schema';
import { t } from '@/utils/i18n';

interface Props {
  lang: Lang;
  onOpen: () => void;
}

/** On the ticked "hand in" step while the proof has no date: the reminder needs it, and the full checklist takes it. */
export function RemindNote({ lang, onOpen }: Props) {
  return (
    <div class="sx-panel__note" data-testid="sx-remind-note">
      <p id="sx-remind-note">{t(lang, 'overlay.remindNote')}</p>
      <button type="button" class="sx-button" aria-describedby="sx-remind-note" onClick={onOpen}>
        {t(lang, 'overlay.openFull')}
      </button>
    </div>
  );
}
