import type { Step } from '@/data/schema';
import { StepItem } from '@/components/StepItem';
import { t } from '@/utils/i18n';
import { needsSubmissionDate } from '@/utils/overlay-steps';
import { BeforeLeft } from './BeforeLeft';
import { RemindNote } from './RemindNote';
import type { OverlayModel } from './model';
import { ShowMe } from './ShowMe';

/** The steps for this page first ("On this page"), then the rest. */
export function StepGroups({ model }: { model: OverlayModel }) {
  const lang = model.lang.value;
  const onPage = model.onPage.value;
  const other = model.other.value;
  const progress = model.progress.value;
  const found = model.found.value;
  const before = model.precautionsLeft.value;
  const dated = model.dated.value;
  const item = (step: Step, emphasised: boolean) => {
    // Below a step's text: "Show me" where it points at the page, what is left before cancelling on the
    // cancellation's first card here, and the date the reminder needs on the ticked hand-in card.
    const showMe = step.targets?.length ? (
      <ShowMe step={step} lang={lang} found={found[step.id] === true} onShow={(s) => model.showMe(s)} />
    ) : null;
    const beforeLeft = before?.at === step ? <BeforeLeft before={before} lang={lang} onGo={(s) => model.goToStep(s)} /> : null;
    const remind = needsSubmissionDate(step, progress, dated) ? (
      <RemindNote lang={lang} onOpen={() => model.openList(model.operator)} />
    ) : null;
    return (
      <StepItem
        key={step.id}
        step={step}
        lang={lang}
        done={progress[step.id]?.done === true}
        emphasised={emphasised}
        onToggle={(done) => model.toggleStep(step, done)}
        actions={
          showMe || beforeLeft || remind ? (
            <>
              {showMe}
              {beforeLeft}
              {remind}
            </>
          ) : undefined
        }
      />
    );
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
