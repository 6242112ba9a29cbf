// The printable summary: the user's proof, then the checklist with its ticks and dates and every
// source, laid out for paper, in the language chosen for the copy. The guide comes from the worker
// and the rest from storage, followed while the tab is open (main.tsx); the popup saves pending proof
// before opening it.
import { LanguageSelect } from '@/components/LanguageSelect';
import type { Lang, OperatorGuide, Route } from '@/data/schema';
import { doneWhen, generatedLine, recordTitle } from '@/utils/export-markdown';
import type { GuideSection } from '@/utils/messages';
import { SECTION_KEYS } from '@/utils/popup-sections';
import { checklistCount, type ProgressMap } from '@/utils/progress';
import { offersRouteChoice } from '@/utils/route-choice';
import { formatDate, pick, stepDate, t } from '@/utils/i18n';
import type { Evidence } from '@/utils/storage';
import { notFoundLine, stepLabels } from '@/utils/step-labels';

export interface SummaryProps {
  guide: OperatorGuide;
  route: Route;
  sections: readonly GuideSection[];
  progress: ProgressMap;
  evidence: Evidence;
  lang: Lang;
  generatedAt: number;
  /** The copy in another language (for the operator's staff, say), without changing the user's own. */
  onLang: (lang: Lang) => void;
}

/** What the foot of every printed sheet says beside its page number: the copy's title and when it was made. */
export const sheetFoot = (lang: Lang, guide: OperatorGuide, generatedAt: number): string =>
  `${recordTitle(lang, guide.name)} · ${generatedLine(lang, generatedAt)}`;

export function Summary({ guide, route, sections, progress, evidence, lang, generatedAt, onLang }: SummaryProps) {
  const empty = t(lang, 'popup.export.empty');
  const field = (label: string, value: string) => (
    <div class="sx-sum__field">
      <dt>{label}</dt>
      <dd>{value.trim() ? value : empty}</dd>
    </div>
  );
  return (
    <div class="sx-root sx-sum">
      <header class="sx-sum__header">
        <div>
          <h1 class="sx-sum__title">{recordTitle(lang, guide.name)}</h1>
          <p class="sx-sum__meta">
            {generatedLine(lang, generatedAt)} ·{' '}
            {/* Not where the two routes are one (Tele2, ALTEL): "Route: Start online" claimed an online part not found (helper-66). */}
            {offersRouteChoice(guide) && <>{t(lang, 'popup.export.route', { route: t(lang, `route.${route}`) })} · </>}
            {t(lang, 'progress.count', checklistCount(sections, progress))}
          </p>
          {/* Under a heading naming the operator, staff or a reader months later took the page for one of the operator's. */}
          <p class="sx-sum__own">{t(lang, 'popup.export.ownRecord', { name: guide.name })}</p>
        </div>
        <div class="sx-sum__actions">
          <LanguageSelect lang={lang} id="sx-sum-lang" label={t(lang, 'popup.summaryPage.lang')} onChange={onLang} />
          <button type="button" class="sx-button sx-button--primary" onClick={() => window.print()}>
            {t(lang, 'popup.summaryPage.print')}
          </button>
        </div>
      </header>
      <main>
        <p class="sx-sum__lead">{pick(guide.summary, lang)}</p>
        {/* First: at a counter or in a dispute, the request number and the date are what is asked for. */}
        <section class="sx-sum__section" aria-labelledby="sum-evidence">
          <h2 id="sum-evidence">{t(lang, 'popup.evidence.title')}</h2>
          <dl class="sx-sum__evidence">
            {/* Whose number it is: a sheet shown at a counter or in a dispute names it (helper-73). */}
            {field(t(lang, 'popup.evidence.phoneNumber'), evidence.phoneNumber)}
            {field(t(lang, 'popup.evidence.requestNumber'), evidence.requestNumber)}
            {field(t(lang, 'popup.evidence.submittedOn'), evidence.submittedOn ? formatDate(evidence.submittedOn, lang) : '')}
            {field(t(lang, 'popup.evidence.place'), evidence.place)}
            {field(t(lang, 'popup.evidence.notes'), evidence.notes)}
          </dl>
        </section>
        {sections.map((section) => (
          <section key={section.section} class="sx-sum__section" aria-labelledby={`sum-${section.section}`}>
            <h2 id={`sum-${section.section}`}>{t(lang, SECTION_KEYS[section.section])}</h2>
            <ol class="sx-sum__steps">
              {section.steps.map((step) => {
                const state = progress[step.id];
                const isDone = state?.done === true;
                return (
                  <li key={step.id} class={`sx-sum__step${isDone ? ' sx-sum__step--done' : ''}`} data-step-id={step.id}>
                    <span class="sx-sum__tick" aria-hidden="true">
                      {isDone ? '☑' : '☐'}
                    </span>
                    <div>
                      <p class="sx-sum__step-title">
                        <span class="sx-visually-hidden">
                          {t(lang, isDone ? 'popup.summaryPage.done' : 'popup.summaryPage.open')}
                          {t(lang, 'punct.colon')}
                        </span>
                        {pick(step.title, lang)}
                        {isDone && state && (
                          <span class="sx-sum__when">
                            {t(lang, 'punct.aside', { text: doneWhen(state.at, lang) })}
                          </span>
                        )}
                      </p>
                      <p class="sx-sum__detail">{pick(step.detail, lang)}</p>
                      {/* The popup's badges: an official page and a third-party blog must not read alike on paper. */}
                      <p class="sx-sum__labels">{stepLabels(lang, step).join(' · ')}</p>
                      <p class="sx-sum__sources">
                        {step.sources.length > 0 && (
                          <>
                            {t(lang, 'popup.export.sources')}
                            {t(lang, 'punct.colon')}
                            {step.sources.map((url, i) => (
                              <span key={url}>
                                {i > 0 && t(lang, 'popup.export.list')}
                                <a href={url} target="_blank" rel="noopener noreferrer">
                                  {url}
                                </a>
                              </span>
                            ))}
                            {t(lang, 'punct.stop')}
                          </>
                        )}
                        {stepDate(lang, step)}
                      </p>
                    </div>
                  </li>
                );
              })}
            </ol>
          </section>
        ))}
        {guide.notFound.length > 0 && (
          <section class="sx-sum__section" aria-labelledby="sum-notfound">
            <h2 id="sum-notfound">{t(lang, 'notFound.title')}</h2>
            <ul class="sx-sum__notfound">
              {guide.notFound.map((item, i) => (
                <li key={i}>{notFoundLine(item, lang)}</li>
              ))}
            </ul>
          </section>
        )}
      </main>
      <footer class="sx-sum__footer">
        <p>{t(lang, 'popup.export.privacy')}</p>
      </footer>
    </div>
  );
}
