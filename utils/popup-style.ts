// The popup's stylesheets come inside its scripts (see entrypoints/popup/main.tsx): the first chunk
// adopts the page's, and a chunk loaded later (the reset dialog, the Astelit note) adds its own when
// it loads, so the first load carries no rules for what most openings never show.
export function adoptStyle(css: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
