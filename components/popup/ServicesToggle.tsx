import type { Lang } from '@/data/schema';
import { t } from '@/utils/i18n';

interface Props {
  lang: Lang;
  on: boolean;
  busy: boolean;
  message: string | null;
  /** Called inside the click, so the permission request still counts as the user's gesture. */
  onToggle: (on: boolean) => void;
}

/** Opt-in guidance on eGov and Kaspi: the wider host access is asked for only at this moment. */
export function ServicesToggle({ lang, on, busy, message, onToggle }: Props) {
  return (
    <div class="sx-services">
      <div class="sx-check">
        <input
          id="sx-services"
          type="checkbox"
          class="sx-check__box"
          checked={on}
          disabled={busy}
          aria-describedby="sx-services-hint"
          onChange={(e) => onToggle((e.currentTarget as HTMLInputElement).checked)}
        />
        <label for="sx-services">{t(lang, 'popup.services.label')}</label>
      </div>
      <p id="sx-services-hint" class="sx-muted">
        {t(lang, 'popup.services.hint')}
      </p>
      {message && (
        <p class="sx-error-text" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
