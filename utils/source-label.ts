// How a cited source is named on its link: its site, and the last part of its path, so that two
// sources on one site differ (WCAG 2.4.4: links with the same name must lead to the same place) and
// a user can judge the page before opening it. The full address is in the printable summary.
/**
 * "www.kcell.kz/…/documents" for https://www.kcell.kz/kk/product/documents. Only for the guide's own
 * sources, which the data validator holds to be https URLs (tests/unit/data.test.ts): no fallback
 * for a malformed one is shipped in the popup, which has no bytes for it.
 */
export function sourceLabel(url: string): string {
  const { host, pathname } = new URL(url);
  return host + pathname.replace(/^\/.*\/(?=.)/, '/…/');
}
