// `verified` = the date the cited source was last read by the project (see data/index.ts).
/** The research in shared/research/operators.md read its pages in November 2026 without a day; its first day is used. */
export const RESEARCH_READ = '2026-11-01';
/** General guidance with no source: the date the advice was written and reviewed. */
export const WRITTEN = '2026-11-26';
