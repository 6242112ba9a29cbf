// Short names for the UI strings' keys in the popup's build (entrypoints/popup/build.ts). A key such
// as 'popup.evidence.requestNumber' is written twice in what an opening loads: where the code asks
// for the string and in the language's strings chunk. Named with a letter or two instead, the popup's
// first opening loads about 360 B (gzip) less in English and 440 B less in Russian, most of what
// Russian, Kazakh and Chinese were over the popup's 20 kB budget. Pure: the build supplies the
// sources (and runs this in Node: it parses them with TypeScript).

import ts from 'typescript';

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The nth name in the order a, b, … Z, aa, ab, …: letters only, so never a number or a key (keys have dots). */
export function shortName(n: number): string {
  let name = '';
  let rest = n;
  do {
    name = LETTERS[rest % LETTERS.length] + name;
    rest = Math.floor(rest / LETTERS.length) - 1;
  } while (rest >= 0);
  return name;
}

export interface KeyNames {
  /** Each key's short name: a letter or two, or for a key of a family below, the family's name and the rest. */
  readonly keys: ReadonlyMap<string, string>;
  /** The families the code puts together at run time (`route.` in `` `route.${route}` ``), named `0.`, `1.`, … */
  readonly families: ReadonlyMap<string, string>;
}

/**
 * A short name for each key, in the order given. A key of a family the code builds at run time keeps
 * what follows the family's head (`route.online` → `0.online`), so the code's `` `0.${route}` `` finds it.
 * A family inside another (`popup.section.` in `popup.`) is named inside it too (`0.section.`).
 */
export function shortKeyNames(keys: readonly string[], dynamicPrefixes: readonly string[]): KeyNames {
  // Only heads some key starts with: a template such as `v1.${minor}` builds no key.
  const heads = [...new Set(dynamicPrefixes)].filter((head) => keys.some((key) => key.startsWith(head))).sort();
  const roots = heads.filter((head) => !heads.some((other) => other !== head && head.startsWith(other)));
  const inFamily = (text: string): string | undefined => {
    const root = roots.findIndex((r) => text.startsWith(r));
    return root === -1 ? undefined : `${root}.${text.slice(roots[root]!.length)}`;
  };
  const names = new Map<string, string>();
  let letters = 0;
  for (const key of keys) names.set(key, inFamily(key) ?? shortName(letters++));
  return { keys: names, families: new Map(heads.map((head) => [head, inFamily(head)!])) };
}

const KEY_FAMILY = String.raw`[a-z][\w-]*(?:\.[\w-]+)*\.`;
const TEMPLATE_HEAD = new RegExp(String.raw`\`(${KEY_FAMILY})\$\{`, 'g');
const WHOLE_HEAD = new RegExp(String.raw`^${KEY_FAMILY}$`);

/**
 * The key families a source builds at run time: the head of a template (`` `route.${x}` ``) and any
 * string that ends in a dot (`'route.' + x`, or a head kept in a constant). Read from the parsed source,
 * so comments and the text of other strings count for nothing.
 */
export function dynamicKeyPrefixes(source: string, fileName = 'source.tsx'): string[] {
  const heads = new Set<string>();
  const visit = (node: ts.Node): void => {
    const text = ts.isTemplateExpression(node) ? node.head.text : ts.isStringLiteralLike(node) ? node.text : null;
    if (text !== null && WHOLE_HEAD.test(text)) heads.add(text);
    ts.forEachChild(node, visit);
  };
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  visit(ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, kind));
  return [...heads].sort();
}

const LITERAL = /(['"`])([a-zA-Z][\w.-]*)\1/g;

/**
 * Every string literal that is a whole key or a family's head, renamed: `t(lang, 'popup.evidence.title')`
 * and the strings' `'popup.evidence.title': '…'` alike, and `'route.'`; and the head of every template
 * of a family (`` `route.${route}` ``). A literal that only starts like a key and a template of no
 * family are left as they are.
 */
export function renameKeys(code: string, names: KeyNames): string {
  return code
    .replace(LITERAL, (literal, quote: string, text: string) => {
      const name = names.keys.get(text) ?? names.families.get(text);
      return name === undefined ? literal : `${quote}${name}${quote}`;
    })
    .replace(TEMPLATE_HEAD, (template, head: string) => {
      const name = names.families.get(head);
      return name === undefined ? template : `\`${name}\${`;
    });
}
