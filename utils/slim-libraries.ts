// The popup's first load and the on-page guide (overlay.js) without the parts of their libraries that
// only devtools and APIs they never call reach, which the minifier keeps because they are assignments
// to a prototype or an object (side effects to it). Each cut is written against the installed library and throws when that changed, so an update
// fails the build instead of shipping a half-cut library. Used by entrypoints/popup/build.ts and
// entrypoints/guide.content/build.ts.
import type { Plugin } from 'vite';

/** The build of @preact/signals-core the popup and the guide get (its package's `browser` export). */
const SIGNALS_CORE = /[\\/]node_modules[\\/]@preact[\\/]signals-core[\\/]dist[\\/]signals-core\.module\.js$/;
const ANY_SIGNALS_CORE = /[\\/]node_modules[\\/]@preact[\\/]signals-core[\\/]dist[\\/]/;
const PREACT = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/;
const JSX_RUNTIME = /[\\/]node_modules[\\/]preact[\\/]jsx-runtime[\\/]dist[\\/]jsxRuntime\.mjs$/;

interface Cut {
  what: string;
  find: RegExp;
  by: string;
  /** How many times it is in the library. */
  times: number;
}

/**
 * What signals-core keeps that the popup and the guide never use: `signal.subscribe()` (both follow
 * signals with `effect`), the `brand` the component adapter and createModel look for (neither has them),
 * the `watched`/`unwatched`/`name` options (none passed) and an effect's `Symbol.dispose` (no `using`).
 * Not the conversions (valueOf, toString, toJSON): a signal written into a string would use them unseen.
 */
const SIGNALS_CUTS: readonly Cut[] = [
  { what: 'subscribe', find: /\w+\.prototype\.subscribe=function\(\w+\)\{.*?\{name:"sub"\}\)\};/g, by: '', times: 1 },
  { what: 'brand', find: /\w+\.prototype\.brand=\w+;/g, by: '', times: 1 },
  { what: 'its symbol', find: /var \w+=Symbol\.for\("preact-signals"\);/g, by: '', times: 1 },
  {
    what: 'watched/unwatched options',
    find: /this\.W=null==(\w+)\?void 0:\1\.watched;this\.Z=null==\1\?void 0:\1\.unwatched;/g,
    by: '',
    times: 1,
  },
  {
    what: 'watched callback',
    find: /if\(void 0!==(\w+)\)\1\.e=(\w+);else \w+\(function\(\)\{var (\w+);null==\(\3=(\w+)\.W\)\|\|\3\.call\(\4\)\}\)/g,
    by: 'if(void 0!==$1)$1.e=$2',
    times: 1,
  },
  {
    what: 'unwatched callback',
    find: /;if\(void 0===\w+\)\w+\(function\(\)\{var (\w+);null==\(\1=(\w+)\.Z\)\|\|\1\.call\(\2\)\}\)/g,
    by: '',
    times: 1,
  },
  { what: 'name option', find: /;this\.name=null==(\w+)\?void 0:\1\.name/g, by: '', times: 2 },
  { what: "an effect's Symbol.dispose", find: /(\w+)\[Symbol\.dispose\]=\1;/g, by: '', times: 1 },
];

/** What Preact's JSX runtime keeps for a development build's `jsxDEV`: a production build never passes them. */
const JSX_CUTS: readonly Cut[] = [
  // A space left: it follows a `return`.
  { what: '__source/__self', find: /\((\w+)\|\|(\w+)\)&&\((\w+)\.__source=\1,\3\.__self=\2\),/g, by: ' ', times: 1 },
];

/**
 * Preact's SVG and MathML: the namespaces it gives <svg>, <math> and their children, and the SVG
 * attribute names it rewrites. No part of the popup or the guide draws either (the build fails if one does, see
 * slimLibraries); its elements all take the HTML namespace of the page they are rendered into.
 */
const PREACT_CUTS: readonly Cut[] = [
  {
    what: 'the namespaces of <svg> and <math>',
    find: /"svg"==(\w+)\?(\w+)="http:\/\/www\.w3\.org\/2000\/svg":"math"==\1\?\2="http:\/\/www\.w3\.org\/1998\/Math\/MathML":/g,
    by: '',
    times: 1,
  },
  {
    what: 'the HTML namespace back inside <foreignObject> and MathML text',
    find: /\("foreignObject"==\w+\|\|"http:\/\/www\.w3\.org\/1998\/Math\/MathML"==\w+&&\w+\.test\(\w+\)\)&&\(\w+="http:\/\/www\.w3\.org\/1999\/xhtml"\),/g,
    by: '',
    times: 1,
  },
  {
    what: 'the SVG attribute names',
    find: /if\("http:\/\/www\.w3\.org\/2000\/svg"==\w+\)\w+=\w+\.replace\(\/xlink\(H\|:h\)\/,"h"\)\.replace\(\/sName\$\/,"s"\);else /g,
    by: '',
    times: 1,
  },
];

/**
 * Preact's suspended renders: the DOM a component that threw a promise (preact/compat's Suspense and
 * lazy) keeps while hydrating or rendering into a page's own markup, the "$s" comment ranges around
 * it, and resuming there. Neither build hydrates or imports preact/compat (the build fails if a part
 * of them does, see slimLibraries): the popup and the guide render into empty roots, so no render of
 * theirs is ever suspended. A thrown promise would now be an error like any other (ErrorBoundary's),
 * and the markup a first render found is still removed when it throws.
 */
const SUSPENSE_CUTS: readonly Cut[] = [
  {
    what: 'resuming a suspended render',
    find: /128&(\w+)\.__u&&\(\w+=32&\1\.__u,\w+=\1\.__c\.__z\)&&\(\w+\.__u\|=\w+,\w+=\w+=\[\],8==\w+\.nodeType\?\w+=\w+\(\w+,\w+\):\w+\.push\(\w+\),\w+=\w+\[0\]\|\|\w+\),/g,
    by: '',
    times: 1,
  },
  { what: 'the DOM a resumed render left unclaimed', find: /(\.__u&=-161),\w+&&\w+\.some\(\w+\)/g, by: '$1', times: 1 },
  {
    what: 'suspending on a thrown promise',
    find: /if\((\w+)&&\1\.then\)\{if\(\w+\.__u\|=128\|.*?\.nextSibling\}else (\w+&&\w+\.some\(\w+\));else /g,
    by: '$2;else ',
    times: 1,
  },
  {
    what: "a suspended range's markers on unmount",
    find: /!\w+&&\((\w+)=(\w+)\.__c\)&&\(\1=\1\.__z\)&&\(\w+=\w+\(\1,\w+=\[\]\)\)&&\(\1==\2\.__e&&\w+\.some\(\w+\),\w+\(\w+\),\w+\(\1\)\),/g,
    by: '',
    times: 1,
  },
];

/** A module that hydrates or imports preact/compat (Suspense, lazy), which the cut Preact no longer suspends for. */
const SUSPENDS = /['"]preact\/compat['"]|\bimport\s*\{[^}]*\bhydrate\b[^}]*\}\s*from\s*['"]preact['"]/;

/** JSX that draws an SVG or MathML element, which the cut Preact would create as an unknown HTML element. */
const SVG_OR_MATH = /<(?:svg|math)[\s/>]/;

function cut(code: string, cuts: readonly Cut[], library: string): string {
  let slim = code;
  for (const { what, find, by, times } of cuts) {
    const found = slim.match(find)?.length ?? 0;
    if (found !== times) {
      throw new Error(`${library}: ${what} found ${found} times, not ${times}; the library has changed, update utils/slim-libraries.ts`);
    }
    slim = slim.replace(find, by);
  }
  return slim;
}

export const withoutUnusedSignalParts = (code: string): string => cut(code, SIGNALS_CUTS, '@preact/signals-core');
export const withoutSvgAndMath = (code: string): string => cut(code, PREACT_CUTS, 'preact');
export const withoutJsxSource = (code: string): string => cut(code, JSX_CUTS, 'preact/jsx-runtime');
export const withoutSuspense = (code: string): string => cut(code, SUSPENSE_CUTS, 'preact');

export function slimLibraries(): Plugin {
  return {
    name: 'simexit:slim-libraries',
    enforce: 'pre',
    transform(code, id) {
      if (SIGNALS_CORE.test(id)) return { code: withoutUnusedSignalParts(code), map: null };
      // Another of its builds would ship whole, unnoticed but for the size test.
      if (ANY_SIGNALS_CORE.test(id)) throw new Error(`${id}: not the signals-core build utils/slim-libraries.ts cuts`);
      if (JSX_RUNTIME.test(id)) return { code: withoutJsxSource(code), map: null };
      if (PREACT.test(id)) return { code: withoutSuspense(withoutSvgAndMath(code)), map: null };
      if (/\.tsx(?:\?|$)/.test(id) && !id.includes('/node_modules/') && SVG_OR_MATH.test(code)) {
        this.error(`${id} draws <svg> or <math>, which Preact in the popup's and the guide's builds no longer can: see utils/slim-libraries.ts`);
      }
      if (/\.tsx?(?:\?|$)/.test(id) && !id.includes('/node_modules/') && SUSPENDS.test(code)) {
        this.error(`${id} hydrates or imports preact/compat, whose suspended renders Preact in the popup's and the guide's builds no longer has: see utils/slim-libraries.ts`);
      }
      return null;
    },
  };
}
