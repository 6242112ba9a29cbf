import type { Step } from '@/data/schema';
import { StepItem } from '@/components/StepItem';
import { t } from '@/utils/i18n';
import type { OverlayModel } from './model';
import { ShowMe } from './ShowMe';

/** The steps for this page first ("On this page"), then the rest (up to the model's step limit). */
export function StepGroups({ model }: { model: OverlayModel }) {
  const lang = model.lang.value;
  const limit = model.stepLimit.value;
  const onPage = model.onPage.value.slice(0, limit);
  const other = model.other.value.slice(0, Math.max(0, limit - onPage.length));
  // Headings follow the whole groups, not the cards rendered so far.
  const hasOnPage = model.onPage.value.length > 0;
  const progress = model.progress.value;
  const found = model.found.value;
  const item = (step: Step, emphasised: boolean) => (
    <StepItem
      key={step.id}
      step={step}
      lang={lang}
      done={progress[step.id]?.done === true}
      emphasised={emphasised}
      onToggle={(done) => model.toggleStep(step, done)}
      actions={
        step.targets?.length ? (
          <ShowMe step={step} lang={lang} found={found === null ? null : found[step.id] === true} onShow={(s) => model.showMe(s)} />
        ) : undefined
      }
    />
  );
  return (
    <>
      {hasOnPage && (
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
            {t(lang, hasOnPage ? 'overlay.otherSteps' : 'overlay.allSteps')}
          </h3>
          <ul class="sx-steps">{other.map((step) => item(step, false))}</ul>
        </section>
      )}
    </>
  );
}
