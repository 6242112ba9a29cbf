import type { Lang, Step } from '@/data/schema';
import { t } from '@/utils/i18n';

interface Props {
  step: Step;
  lang: Lang;
}

/** What a user must know before starting a step: a visit, an ID, and how far to trust it. */
export function StepBadges({ step, lang }: Props) {
  return (
    <ul class="sx-badges">
      {step.inPerson && <li class="sx-badge sx-badge--visit">{t(lang, 'step.inPerson')}</li>}
      {step.needsId && <li class="sx-badge sx-badge--id">{t(lang, 'step.needsId')}</li>}
      <li class={`sx-badge sx-badge--${step.confidence}`}>{t(lang, `confidence.${step.confidence}`)}</li>
    </ul>
  );
}
