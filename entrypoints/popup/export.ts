// The Markdown export and the file download, one chunk loaded on the click: most openings of the
// popup never export.
export { markdownFileName, toMarkdown } from '@/utils/export-markdown';
export { downloadText } from './download';
