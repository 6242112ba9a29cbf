// `verified` = the date the cited source was last read by the project (see data/index.ts).
/**
 * The research in shared/research/operators.md read its pages in November 2026, on no stated day:
 * the month alone, shown as such ("Verified 2026-11"), rather than a day nobody recorded.
 */
export const RESEARCH_READ = '2026-11';
/** General guidance with no source: the date the advice was written and reviewed. */
export const WRITTEN = '2026-11-26';
/**
 * Who runs each brand (data/operators/*.ts `company`): its sources were read on this day, in the stored
 * copies of public pages the project searches (the research file names the companies but cites a page for
 * activ's alone).
 */
export const COMPANIES_READ = '2026-11-27';
/**
 * Sources re-read in the stored copies of their pages on this day, claim by claim, after a review found
 * them cited from the research file alone (helper-74): what each page says is noted beside its citation.
 */
export const STORED_COPIES_READ = '2026-11-27';
