import { LanguageSelect } from '@/components/LanguageSelect';
import { NotFoundList } from '@/components/NotFoundList';
import { ProgressMeter } from '@/components/ProgressMeter';
import { RouteToggle } from '@/components/RouteToggle';
import { LANG_NAMES, t } from '@/utils/i18n';
import type { OverlayModel } from './model';
import { StepGroups } from './StepGroups';

/** The open overlay: who and how (header), then progress, honest caveats and the steps. */
export function Panel({ model }: { model: OverlayModel }) {
  const lang = model.lang.value;
  const operator = model.operatorName.value;
  const status = model.status.value;
  const loaded = model.total.value > 0;
  const other = model.otherInProgress.value;
  const langFailed = model.langFailed.value;
  const failure = model.failure.value;
  const retryable = !loaded && status === 'error' && model.canRetry();
  return (
    <div class="sx-panel" id="sx-panel">
      <header class="sx-panel__head">
        <div class="sx-panel__row">
          <h2 class="sx-panel__title">{t(lang, 'overlay.title', { operator })}</h2>
          {/* One item for the row's wrapping: where the title needs the line, both buttons go below it, not the chevron alone. */}
          <div class="sx-panel__row">
            <button
              type="button"
              class="sx-button sx-button--quiet"
              aria-describedby="sx-dismiss-hint"
              aria-expanded={model.dismissAsked.value}
              aria-controls="sx-dismiss-ask"
              title={t(lang, 'overlay.dismissHint', { operator })}
              onClick={() => model.askDismiss(!model.dismissAsked.value)}
            >
              {t(lang, 'overlay.dismiss')}
            </button>
            <button
              type="button"
              class="sx-button sx-button--icon"
              aria-label={t(lang, 'overlay.collapse')}
              title={t(lang, 'overlay.collapse')}
              aria-keyshortcuts={model.keys || undefined}
              aria-expanded="true"
              aria-controls="sx-panel"
              onClick={() => model.collapse(true)}
            >
              <span aria-hidden="true" class="sx-chevron" />
            </button>
          </div>
        </div>
        {/* `hidden`: read as the button's description only, not again as loose text after it. */}
        <span id="sx-dismiss-hint" hidden>
          {t(lang, 'overlay.dismissHint', { operator })}
        </span>
        {/* One press must not hide the guide for good: it is the first control Tab reaches. */}
        <div id="sx-dismiss-ask" class="sx-dismiss-ask" role="group" aria-labelledby="sx-dismiss-ask-text" hidden={!model.dismissAsked.value}>
          <p id="sx-dismiss-ask-text">{t(lang, 'overlay.dismissAsk', { operator })}</p>
          <div class="sx-panel__row">
            <button type="button" class="sx-button sx-button--primary" onClick={() => model.dismiss()}>
              {t(lang, 'overlay.dismissYes')}
            </button>
            <button type="button" class="sx-button sx-dismiss-ask__keep" onClick={() => model.askDismiss(false)}>
              {t(lang, 'overlay.dismissNo')}
            </button>
          </div>
        </div>
        <div class="sx-panel__row sx-panel__row--controls">
          {model.routeChoice.value && (
            <RouteToggle
              route={model.route.value}
              lang={lang}
              name="sx-overlay-route"
              legend={t(lang, 'overlay.routeLegend')}
              onChange={(route) => model.setRoute(route)}
            />
          )}
          <LanguageSelect lang={lang} id="sx-overlay-lang" onChange={(next) => model.setLang(next)} />
        </div>
      </header>
      <div class="sx-panel__body">
        {loaded && <ProgressMeter done={model.done.value} total={model.total.value} lang={lang} />}
        {!loaded && status === 'loading' && <p class="sx-panel__status">{t(lang, 'overlay.loading')}</p>}
        {!loaded && status === 'error' && (
          <>
            <p class="sx-panel__status sx-panel__status--error" role="alert">
              {t(lang, retryable ? 'overlay.loadFailed' : 'overlay.loadFailedReload')}
            </p>
            {/* Reloading the operator's page could lose what the user typed into its form. */}
            {/* Not disabled while asking, as the popup's: a disabled button loses focus, to <body>. */}
            {retryable && (
              <button type="button" id="sx-retry" class="sx-button sx-button--primary" aria-disabled={model.retrying.value} onClick={() => model.retry()}>
                {t(lang, 'overlay.retry')}
              </button>
            )}
            {/* Seen as well as heard (the live region says it): asking can take seconds when the worker is slow to answer. */}
            {model.retrying.value && <p class="sx-panel__status">{t(lang, 'overlay.loading')}</p>}
          </>
        )}
        {langFailed?.shown === lang && (
          <p class="sx-panel__status sx-panel__status--error" role="alert">
            {t(lang, 'overlay.langFailed', { name: LANG_NAMES[langFailed.picked] })}
          </p>
        )}
        {failure && (
          <p class="sx-panel__status sx-panel__status--error" role="alert">
            {t(lang, 'overlay.saveFailed')}
          </p>
        )}
        {/* Kcell's guide cites activ's pages (one company): there a different, empty list must not pass for the user's own. */}
        {other && (
          <div class="sx-panel__note" data-testid="sx-other-in-progress">
            <p>{t(lang, 'overlay.otherInProgress', { other: other.name, operator })}</p>
            <button type="button" class="sx-button" onClick={() => model.openList(other.id)}>
              {t(lang, 'overlay.openOther', { other: other.name })}
            </button>
            {/* Only for the list it failed to open: the one in progress may have changed since. */}
            {model.openFailed.value === other.id && (
              <p class="sx-panel__status sx-panel__status--error" role="alert">
                {t(lang, 'overlay.openFailed', { other: other.name })}
              </p>
            )}
          </div>
        )}
        {/* The popup's banner says so too, but a user of the guide alone would find ticks gone with no word why. */}
        {model.ticksReset.value && (
          <div class="sx-panel__note" data-testid="sx-ticks-reset">
            <p>{t(lang, 'overlay.ticksReset', { operator })}</p>
            <button type="button" class="sx-button" onClick={() => model.openList(model.operator)}>
              {t(lang, 'overlay.openFull')}
            </button>
          </div>
        )}
        {model.outOfDate.value && (
          <p class="sx-panel__warning" data-testid="sx-out-of-date">
            {t(lang, 'overlay.outOfDate')}
          </p>
        )}
        {model.summary.value && (
          <section class="sx-summary" aria-labelledby="sx-summary-title">
            <h3 id="sx-summary-title" class="sx-group__title">
              {t(lang, 'overlay.summary')}
            </h3>
            <p>{model.summary.value}</p>
          </section>
        )}
        <StepGroups model={model} />
        {/* The steps send the user to their proof, the reminder and the printout, which only the
            popup holds; a first-time user may not find the extension's button (browsers tuck it away). */}
        {loaded && !other && (
          <div class="sx-panel__note" data-testid="sx-full-list">
            <p>{t(lang, 'overlay.fullList')}</p>
            <button type="button" class="sx-button" onClick={() => model.openList(model.operator)}>
              {t(lang, 'overlay.openFull')}
            </button>
            {model.openFailed.value === model.operator && (
              <p class="sx-panel__status sx-panel__status--error" role="alert">
                {t(lang, 'overlay.openFailed', { other: operator })}
              </p>
            )}
            {/* The way back here from the page: otherwise named only on the folded launcher and to screen
                readers. The keys are the browser's binding now, so none is named once the user removes it. */}
            {model.keys && <p class="sx-panel__keys">{t(lang, 'overlay.keysHint', { keys: model.keys })}</p>}
          </div>
        )}
        {/* Last, as in the popup: the summary above already says what was not found, and the list of
            searches must push neither the first step nor the way to the full checklist out of reach. */}
        <NotFoundList items={model.notFound.value} lang={lang} />
      </div>
    </div>
  );
}
