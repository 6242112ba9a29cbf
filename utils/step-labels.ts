// What the popup shows around a step and a guide, as plain text for the copies the user takes away
// (the printable summary and the Markdown file): a step's badges (components/StepBadges.tsx, in the
// same order) and a "not found" item with the day it was searched for (components/NotFoundList.tsx).
// A file of its own so that only those lazily loaded copies import it, not the popup's first load.
import type { Confidence, Lang, NotFound } from '@/data/schema';
import { formatDate, pick, t } from './i18n';

/** An office visit, an ID, and how far to trust the step's source. */
export function stepLabels(lang: Lang, step: { readonly inPerson?: boolean; readonly needsId?: boolean; readonly confidence: Confidence }): string[] {
  const labels = step.inPerson ? [t(lang, 'step.inPerson')] : [];
  if (step.needsId) labels.push(t(lang, 'step.needsId'));
  return [...labels, t(lang, `confidence.${step.confidence}`)];
}

/** "A way to terminate a Kcell contract fully online (Searched November 2026)". */
export function notFoundLine(item: NotFound, lang: Lang): string {
  return `${pick(item.what, lang)}${t(lang, 'punct.aside', { text: t(lang, 'notFound.searched', { date: formatDate(item.verified, lang) }) })}`;
}
