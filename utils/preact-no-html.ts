// Preact without its dangerouslySetInnerHTML branch, the only assignment to innerHTML in the shipped
// code. Our components never pass that prop (eslint.config.js forbids it), but the assignment alone
// made Mozilla's linter warn three times (overlay, popup, summary page), each a warning a store reviewer
// has to clear by hand. Without the branch the prop renders nothing. Used by wxt.config.ts.
import type { Plugin } from 'vite';

const PREACT_BUNDLE = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/;

/**
 * In Preact 11's diffProps: `html ? (hydrating || old && (…) || (dom.innerHTML = html.__html), vnode._children = []) : (…)`,
 * with minified names. Only the test of `html` and the emptied children are kept.
 */
const HTML_BRANCH = /(\w+)\?\(\w+\|\|\w+&&\(\1\.__html==\w+\.__html\|\|\1\.__html==(\w+)\.innerHTML\)\|\|\(\2\.innerHTML=\1\.__html\),/;

/** Preact's bundle without the branch; throws when a Preact update changed it, so no build ships it silently. */
export function withoutHtmlBranch(code: string): string {
  const slim = code.replace(HTML_BRANCH, '$1?(');
  if (slim === code || slim.includes('innerHTML')) {
    throw new Error('preact/dist/preact.mjs: its dangerouslySetInnerHTML branch has changed; update utils/preact-no-html.ts');
  }
  return slim;
}

export function preactWithoutHtml(): Plugin {
  return {
    name: 'simexit:preact-without-html',
    enforce: 'pre',
    transform(code, id) {
      return PREACT_BUNDLE.test(id) ? { code: withoutHtmlBranch(code), map: null } : null;
    },
  };
}
