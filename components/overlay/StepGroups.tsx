import type { VNode } from 'preact';
import type { Step } from '@/data/schema';
import { StepItem } from '@/components/StepItem';
import { t } from '@/utils/i18n';
import { cardStep, needsSubmissionDate } from '@/utils/overlay-steps';
import { PROOF_DATE } from '@/utils/step-link';
import { BeforeLeft } from './BeforeLeft';
import { RemindNote } from './RemindNote';
import type { OverlayModel } from './model';
import { ShowMe } from './ShowMe';

/**
 * Each card as last drawn, with the step and what else it was drawn from: a card none of them changed
 * for is given back as the same element, which Preact does not draw again. A tick drew every card
 * (~16) in each tab of the site, and unfolding drew them all once more (helper-75).
 */
const drawn = new WeakMap<OverlayModel, Map<string, [Step, string, VNode]>>();

/** The steps for this page first ("On this page"), then the rest. */
export function StepGroups({ model }: { model: OverlayModel }) {
  const lang = model.lang.value;
  const onPage = model.onPage.value;
  const other = model.other.value;
  const progress = model.progress.value;
  const found = model.found.value;
  const before = model.precautionsLeft.value;
  const dated = model.dated.value;
  const cards = drawn.get(model) ?? new Map<string, [Step, string, VNode]>();
  drawn.set(model, cards);
  const item = (step: Step, emphasised: boolean) => {
    const done = progress[step.id]?.done === true;
    const remind = needsSubmissionDate(step, progress, dated);
    // The card with "what is left" is drawn each time: its words follow other steps' ticks.
    const drawnFrom = before?.at !== step && `${lang}${emphasised}${done}${found[step.id] === true}${remind}`;
    const last = cards.get(step.id);
    if (drawnFrom && last?.[0] === step && last[1] === drawnFrom) return last[2];
    // Below a step's text: "Show me" where it points at the page, what is left before cancelling on the
    // cancellation's first card here, and the date the reminder needs on the ticked hand-in card.
    const showMe = step.targets?.length ? (
      <ShowMe step={step} lang={lang} found={found[step.id] === true} onShow={(s) => model.showMe(s)} />
    ) : null;
    const beforeLeft = before?.at === step ? <BeforeLeft before={before} lang={lang} onGo={(s) => model.goToStep(s)} /> : null;
    // At the proof's date, which is what the note asks for.
    const note = remind ? <RemindNote lang={lang} onOpen={() => model.openList(model.operator, PROOF_DATE)} /> : null;
    const card = (
      <StepItem
        key={step.id}
        // A card here may be the only one read: it says what was not found for it (Step.notFoundSentence).
        step={cardStep(step)}
        lang={lang}
        done={done}
        emphasised={emphasised}
        onToggle={(checked) => model.toggleStep(step, checked)}
        actions={
          showMe || beforeLeft || note ? (
            <>
              {showMe}
              {beforeLeft}
              {note}
            </>
          ) : undefined
        }
      />
    );
    cards.set(step.id, [step, drawnFrom || '', card]);
    return card;
  };
  return (
    <>
      {onPage.length > 0 && (
        <section class="sx-group" aria-labelledby="sx-group-page">
          <h3 id="sx-group-page" class="sx-group__title">
            {t(lang, 'overlay.onThisPage')}
          </h3>
          <ul class="sx-steps">{onPage.map((step) => item(step, true))}</ul>
        </section>
      )}
      {other.length > 0 && (
        <section class="sx-group" aria-labelledby="sx-group-other">
          <h3 id="sx-group-other" class="sx-group__title">
            {t(lang, onPage.length > 0 ? 'overlay.otherSteps' : 'overlay.allSteps')}
          </h3>
          <ul class="sx-steps">{other.map((step) => item(step, false))}</ul>
        </section>
      )}
    </>
  );
}
