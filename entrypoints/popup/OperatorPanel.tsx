// The checklist of one operator: route, progress, steps, proof, export and reset.
import { Component } from 'preact';
import { browser } from 'wxt/browser';
import type { OperatorGuide, Route } from '@/data/schema';
import { NotFoundList } from '@/components/NotFoundList';
import { ProgressMeter } from '@/components/ProgressMeter';
import { RouteToggle } from '@/components/RouteToggle';
import { offersRouteChoice } from '@/utils/route-choice';
import { ChecklistView } from '@/components/popup/ChecklistView';
import type { ConfirmDialog } from '@/components/popup/ConfirmDialog';
import { EvidenceForm } from '@/components/popup/EvidenceForm';
import { resetProgress } from '@/utils/client';
import { pick, t } from '@/utils/i18n';
import { saveFailure } from '@/utils/popup-failure';
import { loadAllStrings } from '@/utils/popup-strings';
import type { LiveState } from '@/utils/live-state';
import type { ProgressMap } from '@/utils/progress';
import type { GuideSection } from '@/utils/messages';
import { reminderDay } from '@/utils/reminder-day';
import { EvidenceDraft } from './evidence-draft';
import type { Shell } from './shell';
import { errorText } from '@/utils/error-text';

interface Props {
  shell: Shell;
  /** The operator, its progress and proof, and the checklist the worker composed for the stored route. */
  live: LiveState;
  /** live.guide once the worker has sent it. */
  guide: OperatorGuide;
}

/** Each one absent at first (Preact starts a component's state as {}): not confirming, no error, not restored. */
interface State {
  confirming?: boolean;
  actionError?: string | null;
  /** "Show it there again" was pressed in this opening: the line says so instead of vanishing. */
  restored?: boolean;
}

// A class, not hooks: the popup's build leaves preact/hooks out (1.2 kB gz of its first load).
// Keyed by operator (App), so one instance serves one operator's live state.
export class OperatorPanel extends Component<Props, State> {
  declare state: State;
  private readonly evidence = new EvidenceDraft(this.props.live, () => this.forceUpdate());
  /** The reset dialog, loaded on the first click of reset: most openings never reset. */
  private dialog: typeof ConfirmDialog | null = null;
  // This and `said` are `declare`d, as evidence-draft.ts says why.
  /** The checklist shown when the user chose another route, until the worker sends that route's. */
  declare private moved?: readonly GuideSection[];
  /**
   * The route whose steps came after the user chose it, said with the count while those steps and the
   * ticks are the ones it was said with: both routes can have as many steps, and a count that stayed
   * the same said nothing, so nothing said the list had changed. Said once its steps are here, not with
   * the count of the steps they replace. Any tick ends it, one made in another tab too (it comes through
   * storage): said again with the next count, it told of a route change that had not happened. So does
   * a route changed elsewhere, whose steps these are not. Its line is among the strings the first load
   * leaves out, asked for when the route gets focus.
   */
  declare private said?: [Route, readonly GuideSection[], ProgressMap];

  private readonly askReset = async () => {
    this.setState({ confirming: true });
    if (this.dialog) return;
    try {
      // With the strings the first load left out (utils/popup-strings.ts).
      const [module] = await Promise.all([import('@/components/popup/ConfirmDialog'), loadAllStrings(this.props.shell.lang.peek())]);
      this.dialog = module.ConfirmDialog;
      this.forceUpdate();
    } catch (e) {
      this.setState({ confirming: false, actionError: errorText(e) });
    }
  };

  // What start() hands back is what unmounting runs (switching operators flushes the proof typed):
  // set as the method itself, no field kept to call it from one.
  override componentDidMount(): void {
    this.componentWillUnmount = this.evidence.start();
  }

  override render({ shell, live, guide }: Props, { confirming, actionError, restored }: State) {
    const { operator } = live;
    const sections = live.sections.value;
    const progress = live.progress.value;
    const lang = shell.lang.value;
    const settings = shell.settings.value;
    const evidence = this.evidence;
    const Dialog = this.dialog;
    const support = guide.support[0];
    const saveError = live.failure.value ?? actionError;
    // Live state's copy: it changes as soon as "Show it there again" is pressed, not after the write.
    const hidden = live.settings.value.dismissedSites.includes(operator);
    if (this.moved && this.moved !== sections) {
      this.moved = undefined;
      this.said = [settings.route, sections, progress];
    }
    const said = this.said;

    const exportMarkdown = async () => {
      await evidence.flush();
      try {
        // Loaded on the click: most openings of the popup never export.
        const [{ saveMarkdown }] = await Promise.all([import('./export'), loadAllStrings(lang)]);
        saveMarkdown(operator, { guide, route: live.route.value, sections, progress, evidence: evidence.draft, lang });
      } catch (e) {
        this.setState({ actionError: errorText(e) });
      }
    };

    const openSummary = async () => {
      // The summary page reads storage: pending proof must be there first.
      await evidence.flush();
      try {
        await browser.tabs.create({ url: `${browser.runtime.getURL('/summary.html')}?operator=${operator}` });
      } catch (e) {
        this.setState({ actionError: errorText(e) });
      }
    };

    const reset = async () => {
      this.setState({ confirming: false });
      try {
        // The worker deletes the stored proof with the ticks; nothing pending may write it back.
        evidence.discard();
        const response = await resetProgress(operator);
        if (!response.ok) throw new Error(response.error);
        this.setState({ actionError: null });
      } catch (e) {
        this.setState({ actionError: errorText(e) });
      }
    };

    return (
      <>
        {/* No heading of its own naming the operator: the popup's heading does (App). Reaching the
            route (or "Show it there again") loads the strings their lines are said with, which an
            opening leaves out: asked for only once a route's steps came, they came 10-40 ms later,
            and a count that changed was said alone, then again with the route. */}
        <div class="sx-card sx-overview" onFocusIn={() => void loadAllStrings(lang)}>
          {offersRouteChoice(guide) && (
            <RouteToggle
              route={settings.route}
              lang={lang}
              name="sx-popup-route"
              legend={t(lang, 'popup.route.legend')}
              onChange={(route) => {
                this.moved = sections;
                void shell.setSettings({ route });
              }}
            />
          )}
          <ProgressMeter
            done={live.done.value}
            total={live.total.value}
            lang={lang}
            // A string loaded when first asked for (entrypoints/popup/build.ts RARE): '' until then, and then said.
            lead={said?.[1] === sections && said[2] === progress ? t(lang, 'popup.routeShown', { route: t(lang, `route.${said[0]}`) }) : ''}
          />
          {(restored || hidden) && (
            // Focus moves here from the button, which goes once pressed; the new text is announced.
            <p key={lang} class="sx-muted" role="status" tabIndex={-1}>
              {!hidden ? (
                t(lang, 'popup.shownAgain', { name: guide.name })
              ) : (
                <>
                  {t(lang, 'popup.hidden', { name: guide.name })}{' '}
                  <button
                    type="button"
                    class="sx-button"
                    onClick={(event) => {
                      (event.currentTarget.parentElement as HTMLElement).focus();
                      this.setState({ restored: true });
                      void live.restoreSite();
                    }}
                  >
                    {t(lang, 'popup.showAgain')}
                  </button>
                </>
              )}
            </p>
          )}
          {saveError && (
            <p class="sx-error-text" role="alert">
              {saveFailure(lang, saveError)}
            </p>
          )}
        </div>

        <section class="sx-summary" aria-labelledby="sx-summary-title">
          <h2 id="sx-summary-title" class="sx-h2">
            {t(lang, 'popup.summary.title')}
          </h2>
          <p>{pick(guide.summary, lang)}</p>
          {/* Beside what the operator's pages say, not among the ways to save a copy, where a reader took it
              for one of them (helper-64). Its own label: for Tele2 and ALTEL, no page on ending a contract was found. */}
          {support && (
            <a class="sx-source" href={support.url} target="_blank" rel="noopener noreferrer">
              {pick(support.label, lang)}
            </a>
          )}
        </section>

        <ChecklistView
          sections={sections}
          progress={progress}
          lang={lang}
          onToggle={(stepId, isDone) => void live.setDone(stepId, isDone)}
        />

        <NotFoundList items={guide.notFound} lang={lang} level={2} />

        <EvidenceForm
          lang={lang}
          values={evidence.draft}
          status={evidence.status}
          error={evidence.error}
          // From the date that is kept: one held back as impossible has no reminder.
          reminderOn={reminderDay(evidence.keptSubmittedOn(), settings.reminderDays)}
          reminderDays={settings.reminderDays}
          // Found by its flag in the steps drawn, not by its id: the popup's code names no step (the guides come from the worker).
          checked={sections.some((s) => s.steps.some((step) => step.reminderAsks && progress[step.id]?.done))}
          onInput={evidence.onInput}
          onFlush={() => void evidence.flush()}
          // Stamped as the line beside it is redrawn for the new days: the worker judges "already past" by this day, not its own.
          onReminderDays={(reminderDays) => void shell.setSettings({ reminderDays }, { operator, at: Date.now() })}
        />

        <section class="sx-actions" aria-labelledby="sx-actions-title">
          <h2 id="sx-actions-title" class="sx-h2">
            {t(lang, 'popup.actions.title')}
          </h2>
          <div class="sx-actions__row">
            <button type="button" class="sx-button" onClick={() => void openSummary()}>
              {t(lang, 'popup.actions.print')}
            </button>
            <button type="button" class="sx-button" onClick={() => void exportMarkdown()}>
              {t(lang, 'popup.actions.markdown')}
            </button>
          </div>
          <button type="button" class="sx-button sx-button--danger" onClick={() => void this.askReset()}>
            {t(lang, 'popup.actions.reset')}
          </button>
        </section>

        {Dialog && (
          <Dialog
            open={confirming}
            title={t(lang, 'popup.reset.title', { name: guide.name })}
            body={t(lang, 'popup.reset.body', { name: guide.name })}
            confirmLabel={t(lang, 'popup.reset.confirm')}
            cancelLabel={t(lang, 'popup.reset.cancel')}
            onConfirm={() => void reset()}
            onCancel={() => this.setState({ confirming: false })}
          />
        )}
      </>
    );
  }
}
