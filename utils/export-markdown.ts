// The checklist as a Markdown file the user keeps: what was done and when, the proof they entered,
// and where each piece of advice comes from. Pure, so what is exported can be tested exactly.
import type { ChecklistSection } from '@/data';
import type { Lang, OperatorGuide, Route } from '@/data/schema';
import { formatDate, pick, stepDate, t } from '@/utils/i18n';
import { SECTION_KEYS } from '@/utils/popup-sections';
import { notFoundLine, stepLabels } from '@/utils/step-labels';
import { UNKNOWN_TIME, checklistCount, type ProgressMap } from '@/utils/progress';
import { offersRouteChoice } from '@/utils/route-choice';

export interface ExportEvidence {
  readonly phoneNumber: string;
  readonly requestNumber: string;
  readonly submittedOn: string;
  readonly place: string;
  readonly notes: string;
}

export interface MarkdownInput {
  guide: OperatorGuide;
  route: Route;
  sections: readonly ChecklistSection[];
  progress: ProgressMap;
  evidence: ExportEvidence | null;
  lang: Lang;
  /** ms epoch; passed in so the output is reproducible. */
  generatedAt: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A local calendar day as YYYY-MM-DD: the day the user saw on their clock when they ticked. */
export function isoDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** When a done step was ticked, as the summary and the file say it: a tick moved from the one-key format has no day. */
export function doneWhen(at: number, lang: Lang): string {
  return at === UNKNOWN_TIME ? t(lang, 'popup.export.doneUndated') : t(lang, 'popup.export.doneOn', { date: formatDate(isoDay(at), lang) });
}

/**
 * The local clock time and the offset the computer is set to: "14:05 (UTC+5)". Copies made before and
 * after the operator's reply on one day read alike with the day alone; the offset keeps the time
 * comparable with an operator's SMS or receipt when the computer's zone is not Kazakhstan's (UTC+5
 * since March 2024; one still set to the old UTC+6 prints an hour out).
 */
export function clockTime(ms: number, lang: Lang): string {
  const d = new Date(ms);
  const east = -d.getTimezoneOffset();
  const offset = Math.abs(east);
  const zone = east === 0 ? 'UTC' : `UTC${east > 0 ? '+' : '-'}${Math.floor(offset / 60)}${offset % 60 ? `:${pad(offset % 60)}` : ''}`;
  return `${pad(d.getHours())}:${pad(d.getMinutes())}${t(lang, 'punct.aside', { text: zone })}`;
}

/** When a copy was made, the same on the printout (and each sheet's foot) and in the Markdown file. */
export const generatedLine = (lang: Lang, ms: number): string =>
  t(lang, 'popup.export.generated', { date: formatDate(isoDay(ms), lang), time: clockTime(ms, lang) });

/** A copy's title, the same on the printout, its sheets, its tab and the Markdown file. */
export const recordTitle = (lang: Lang, name: string): string => t(lang, 'popup.export.heading', { name });

// Every ASCII punctuation character CommonMark can backslash-escape that could start markup inline
// (emphasis, code, links, images, HTML, entities, tables, strikethrough).
const INLINE = /[\\`*_[\]<>|~!&]/g;

/**
 * Text from the user (or the data) as literal Markdown text: no emphasis, links, HTML or headings can
 * come out of it. Block markers matter only at the start of a line, so they are escaped only there.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => {
      // Leading spaces would turn a line into a code block.
      const inline = line.trimStart().replace(INLINE, '\\$&');
      return inline.replace(/^([#>+=-]|\d+(?=[.)]))/, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`));
    })
    .join('\n');
}

/**
 * Runs of white space other than the no-break kinds: those are kept, as the strings put them where a line
 * must not break (zh-CN "已完成 2 项", a number with its measure word).
 */
const BREAKING_SPACE = /[^\S\u00a0\u202f]+/g;

/** A single-line field: line breaks become spaces so the value stays in its list item. */
function inlineField(text: string): string {
  return escapeMarkdown(text.replace(BREAKING_SPACE, ' ').trim());
}

/**
 * A value after its label ("Phone number: +7 705…"): mid-line, where no block marker can start, so only
 * inline markup is escaped. Escaped as a line start, every phone number read "\+7 705…" in the file.
 */
function fieldValue(text: string): string {
  return text.replace(BREAKING_SPACE, ' ').trim().replace(INLINE, '\\$&');
}

function blockquote(text: string): string[] {
  return escapeMarkdown(text.trim())
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`));
}

export function toMarkdown({ guide, route, sections, progress, evidence, lang, generatedAt }: MarkdownInput): string {
  const out: string[] = [];
  const colon = t(lang, 'punct.colon');
  out.push(`# ${escapeMarkdown(recordTitle(lang, guide.name))}`, '');
  out.push(escapeMarkdown(generatedLine(lang, generatedAt)), '');
  // Not where the two routes are one (Tele2, ALTEL): no online part of ending the contract was found.
  if (offersRouteChoice(guide)) out.push(`- ${inlineField(t(lang, 'popup.export.route', { route: t(lang, `route.${route}`) }))}`);
  out.push(`- ${inlineField(t(lang, 'progress.count', checklistCount(sections, progress)))}`, '');
  // As on the printout: a file headed with the operator's name must not pass for the operator's document.
  out.push(escapeMarkdown(t(lang, 'popup.export.ownRecord', { name: guide.name })), '');
  out.push(escapeMarkdown(pick(guide.summary, lang)), '');

  // First, as on the printout: at a counter or in a dispute, the request number and the date are what
  // is asked for (the file had them last, after the whole checklist).
  out.push(`## ${escapeMarkdown(t(lang, 'popup.evidence.title'))}`, '');
  const empty = t(lang, 'popup.export.empty');
  const field = (key: Parameters<typeof t>[1], value: string) =>
    `- ${inlineField(t(lang, key))}${colon}${value.trim() ? fieldValue(value) : empty}`;
  out.push(field('popup.evidence.phoneNumber', evidence?.phoneNumber ?? ''));
  out.push(field('popup.evidence.requestNumber', evidence?.requestNumber ?? ''));
  out.push(
    `- ${inlineField(t(lang, 'popup.evidence.submittedOn'))}${colon}${
      evidence?.submittedOn ? inlineField(formatDate(evidence.submittedOn, lang)) : empty
    }`,
  );
  out.push(field('popup.evidence.place', evidence?.place ?? ''));
  out.push(`- ${inlineField(t(lang, 'popup.evidence.notes'))}${evidence?.notes.trim() ? colon.trimEnd() : `${colon}${empty}`}`);
  if (evidence?.notes.trim()) out.push('', ...blockquote(evidence.notes));
  out.push('');

  for (const section of sections) {
    out.push(`## ${escapeMarkdown(t(lang, SECTION_KEYS[section.section]))}`, '');
    for (const step of section.steps) {
      const state = progress[step.id];
      const tick = state?.done ? '[x]' : '[ ]';
      const when = state?.done
        ? t(lang, 'punct.aside', { text: inlineField(doneWhen(state.at, lang)) })
        : '';
      const verified = inlineField(stepDate(lang, step));
      const sources = step.sources.map((url) => `<${url}>`).join(t(lang, 'popup.export.list'));
      const cited = sources ? `${inlineField(t(lang, 'popup.export.sources'))}${colon}${sources}${t(lang, 'punct.stop')}` : '';
      // A paragraph each, within the item: lines only indented ran together into one paragraph when
      // rendered ("…may be lost. General guidance Written: …", helper-65).
      out.push(
        `- ${tick} **${inlineField(pick(step.title, lang))}**${when}`,
        '',
        `  ${inlineField(pick(step.detail, lang))}`,
        '',
        // The popup's badges: an official page and a third-party blog must not read alike on paper.
        `  ${inlineField(stepLabels(lang, step).join(' · '))}`,
        '',
        `  ${cited}${verified}`,
        '',
      );
    }
  }

  // What was looked for and not found (a fully online termination, say) is kept as the popup says it.
  if (guide.notFound.length > 0) {
    out.push(`## ${escapeMarkdown(t(lang, 'notFound.title'))}`, '');
    for (const item of guide.notFound) out.push(`- ${inlineField(notFoundLine(item, lang))}`);
    out.push('');
  }

  out.push(`---`, '', escapeMarkdown(t(lang, 'popup.export.privacy')), '');
  return out.join('\n');
}

/**
 * A file name without characters any OS rejects, with the time as in the file: simexit-kcell-2025-05-12-14-05.md.
 * With the day alone, a second copy that day became "… (1).md", with nothing to say which was later.
 */
export function markdownFileName(operator: string, generatedAt: number): string {
  const d = new Date(generatedAt);
  return `simexit-${operator}-${isoDay(generatedAt)}-${pad(d.getHours())}-${pad(d.getMinutes())}.md`;
}
