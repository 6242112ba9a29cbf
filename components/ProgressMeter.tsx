import type { Lang } from '@/data/schema';
import { t } from '@/utils/i18n';

interface Props {
  done: number;
  total: number;
  lang: Lang;
  /** Say each change to screen readers (the popup; the overlay words its own announcements). */
  announce?: boolean;
}

/** "3 of 9 done" as text and as a bar; the text is the accessible name so both say the same. */
export function ProgressMeter({ done, total, lang, announce }: Props) {
  const label = t(lang, 'progress.count', { done, total });
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <div class="sx-progress">
      <div
        class="sx-progress__bar"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={label}
      >
        <div class="sx-progress__fill" style={{ width: `${percent}%` }} />
      </div>
      {/* Keyed by language: a new live region is not read out, so a language switch is said once (by
          the language menu), not again by every live region whose text it translated. */}
      <span key={lang} class="sx-progress__text" aria-live={announce ? 'polite' : undefined}>
        {label}
      </span>
    </div>
  );
}
