import type { ComponentChildren } from 'preact';
import type { Lang, Step } from '@/data/schema';
import { pick, stepDate } from '@/utils/i18n';
import { SourceLink } from './SourceLink';
import { StepBadges } from './StepBadges';

interface Props {
  step: Step;
  lang: Lang;
  done: boolean;
  onToggle: (done: boolean) => void;
  /** Extra controls (the overlay's "Show me"). */
  actions?: ComponentChildren;
  /** Highlights steps that match the page being viewed. */
  emphasised?: boolean;
}

/**
 * One step of the checklist: a labelled checkbox, what to do, and where that advice comes from.
 * Keyed by its step on its own element, so that a list may call it as a plain function, as the
 * popup's does (components/popup/ChecklistView.tsx), and so do its badges and source links here: a
 * Preact component per step, per badge list and per link was about 50 components more to set up in
 * the popup's first render, which runs cold (docs/performance.md).
 */
export function StepItem({ step, lang, done, onToggle, actions, emphasised }: Props) {
  const inputId = `sx-step-${step.id}`;
  const detailId = `${inputId}-detail`;
  return (
    <li
      key={step.id}
      class={`sx-step${done ? ' sx-step--done' : ''}${emphasised ? ' sx-step--match' : ''}`}
      data-step-id={step.id}
    >
      <div class="sx-step__head">
        <input
          id={inputId}
          class="sx-step__check"
          type="checkbox"
          checked={done}
          aria-describedby={detailId}
          onChange={(event) => onToggle((event.currentTarget as HTMLInputElement).checked)}
        />
        <label for={inputId} class="sx-step__title">
          {pick(step.title, lang)}
        </label>
      </div>
      <div class="sx-step__body">
        <p id={detailId} class="sx-step__detail">
          {pick(step.detail, lang)}
        </p>
        {StepBadges({ step, lang })}
        <p class="sx-step__meta">
          {step.sources.map((url) => SourceLink({ url, lang }))}
          <span class="sx-step__verified">{stepDate(lang, step)}</span>
        </p>
        {actions && <div class="sx-step__actions">{actions}</div>}
      </div>
    </li>
  );
}
