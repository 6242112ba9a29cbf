// The UI string of each checklist section, shared by the popup's checklist, the summary page and the
// Markdown export. Its own module so the popup does not load the export code to name its sections.
import type { Section } from '@/data';

export const SECTION_KEYS = {
  before: 'popup.section.before',
  cancel: 'popup.section.cancel',
  after: 'popup.section.after',
} as const satisfies Record<Section, string>;
