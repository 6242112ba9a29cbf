import type { Lang } from '@/data/schema';
import { t } from '@/utils/i18n';

interface Props {
  done: number;
  total: number;
  lang: Lang;
  /**
   * The popup's: each change is said to screen readers, after `lead` where there is one (what changed
   * besides the count). The overlay, without it, words its own announcements.
   */
  lead?: string;
}

/**
 * "3 of 9 done" as text, and as a bar drawn for the eye only: a progressbar named by the same words
 * was heard twice, once as the bar and once as its text.
 */
export function ProgressMeter({ done, total, lang, lead }: Props) {
  const label = t(lang, 'progress.count', { done, total });
  return (
    <div class="sx-progress">
      <div class="sx-progress__bar">
        {/* NaN (no steps yet) gives 0, not a width CSS refuses, which would keep the last one. */}
        <div class="sx-progress__fill" style={{ width: `${(done / total) * 100 || 0}%` }} />
      </div>
      {/* Keyed by language: a new live region is not read out, so a language switch is said once (by
          the language menu), not again by every live region whose text it translated. A status is
          atomic: a lead that comes is said with the count, not alone. */}
      <span key={lang} class="sx-progress__text" role={lead == null ? undefined : 'status'}>
        {lead && <span class="sx-visually-hidden">{lead} </span>}
        {label}
      </span>
    </div>
  );
}
