import type { ChecklistSection } from '@/data';
import type { Lang } from '@/data/schema';
import { t } from '@/utils/i18n';
import { SECTION_KEYS } from '@/utils/popup-sections';
import type { ProgressMap } from '@/utils/progress';
import { StepItem } from '../StepItem';

interface Props {
  sections: readonly ChecklistSection[];
  progress: ProgressMap;
  lang: Lang;
  onToggle: (stepId: string, done: boolean) => void;
}

/** The three parts of an exit, in the order they must happen: precautions, the cancellation, the proof. */
export function ChecklistView({ sections, progress, lang, onToggle }: Props) {
  return (
    <>
      {sections.map((section) => {
        const headingId = `sx-section-${section.section}`;
        const done = section.steps.filter((s) => progress[s.id]?.done).length;
        return (
          <section key={section.section} class="sx-section" aria-labelledby={headingId}>
            <h2 id={headingId} class="sx-h2 sx-section__title">
              <span>{t(lang, SECTION_KEYS[section.section])}</span>
              {/* "1/8" would be read as a fraction: screen readers get "1 of 8 done". */}
              <span class="sx-section__count" aria-hidden="true">
                {done}/{section.steps.length}
              </span>
              <span class="sx-visually-hidden">{t(lang, 'progress.count', { done, total: section.steps.length })}</span>
            </h2>
            <ol class="sx-steps">
              {/* Called, not mounted as components: each step's element is keyed by its step (see StepItem). */}
              {section.steps.map((step) =>
                StepItem({ step, lang, done: progress[step.id]?.done ?? false, onToggle: (next) => onToggle(step.id, next) }),
              )}
            </ol>
          </section>
        );
      })}
    </>
  );
}
