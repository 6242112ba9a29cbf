// Text the page's own code puts into CSS `content` (the printed page footer): as a quoted CSS string,
// so a quote or backslash in it ends nothing and a line break prints as one.

/** `text` as a CSS string literal. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/\r\n?|\n/g, '\\a ')}"`;
}
