// The Markdown export and the file download, one chunk loaded on the click: most openings of the
// popup never export. The whole export is done here, so the first load holds only the call.
import type { OperatorId } from '@/data/schema';
import { markdownFileName, toMarkdown, type MarkdownInput } from '@/utils/export-markdown';
import { downloadText } from './download';

/** `operator`'s checklist and proof as a Markdown file, stamped and named with the time of the click. */
export function saveMarkdown(operator: OperatorId, input: Omit<MarkdownInput, 'generatedAt'>): void {
  const generatedAt = Date.now();
  downloadText(markdownFileName(operator, generatedAt), toMarkdown({ ...input, generatedAt }));
}
