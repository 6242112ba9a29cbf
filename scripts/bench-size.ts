// What the extension makes a browser load, file by file, from the built output: the content
// script's JS+CSS on an operator page, and the popup's JS+CSS. Pure over a `read` function, so
// tests/unit/bench-size.test.ts can run it on a small fake build.
import { gzipSync } from 'node:zlib';
import { posix } from 'node:path';

/** Reads a file of the build by its path from the build's root ('popup.html'); null when absent. */
export type ReadFile = (path: string) => string | null;

interface ManifestLike {
  content_scripts?: { matches?: string[]; include_globs?: string[]; js?: string[]; css?: string[] }[];
  web_accessible_resources?: ({ resources?: string[]; matches?: string[] } | string)[];
}

const normalize = (path: string) => posix.normalize(path.replace(/^\/+/, ''));

/**
 * Files the extension puts into every operator page: each content script's js and css (not those
 * narrowed by globs to some addresses, such as the overlay on help pages: seen where loaded), and what the
 * page may be made to load on its behalf — the web-accessible CSS and JS offered to the same sites
 * (WXT's shadow-root UI fetches its CSS that way; a lazily imported UI chunk would be listed there too)
 * with their static imports.
 */
export function contentScriptFiles(manifest: ManifestLike, read: ReadFile): string[] {
  const files = new Set<string>();
  const sites = new Set<string>();
  for (const script of manifest.content_scripts ?? []) {
    if ((script.include_globs ?? []).length > 0) continue;
    for (const m of script.matches ?? []) sites.add(m);
    for (const f of [...(script.js ?? []), ...(script.css ?? [])]) files.add(normalize(f));
  }
  for (const entry of manifest.web_accessible_resources ?? []) {
    if (typeof entry === 'string') continue; // MV2 form: only for pages, not injected by us
    if (!(entry.matches ?? []).some((m) => sites.has(m) || m === '<all_urls>')) continue;
    for (const resource of entry.resources ?? []) {
      if (!/\.(css|m?js)$/.test(resource)) continue;
      if (resource.includes('*')) throw new Error(`cannot size a wildcard web-accessible resource: ${resource}`);
      files.add(normalize(resource));
    }
  }
  const js = [...files].filter((f) => /\.m?js$/.test(f));
  for (const f of withStaticImports(js, read)) files.add(f);
  return [...files];
}

/** Specifiers of `import … from "x"`, `import "x"` and `export … from "x"`; not dynamic `import("x")`. */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\bimport\s*(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*\s*as\s+[\w$]+)?\s*from\s*(["'])([^"']+)\1/g,
    /\bimport\s*(["'])([^"']+)\1/g,
    /\bexport\s*(?:\{[^}]*\}|\*(?:\s*as\s+[\w$]+)?)\s*from\s*(["'])([^"']+)\1/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) found.push(m[2]!);
  return [...new Set(found)];
}

/** The given scripts and everything they import statically, transitively. */
export function withStaticImports(entries: readonly string[], read: ReadFile): string[] {
  const seen = new Set<string>();
  const queue = entries.map(normalize);
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = read(file);
    if (code === null) throw new Error(`missing from the build: ${file}`);
    for (const spec of staticImports(code)) {
      if (!/^(\.{1,2})?\//.test(spec)) continue; // bare specifiers cannot load in an extension page
      queue.push(spec.startsWith('/') ? normalize(spec) : normalize(posix.join(posix.dirname(file), spec)));
    }
  }
  return [...seen];
}

/** Scripts and stylesheets an HTML page loads at once: script src, stylesheet and modulepreload links, and their static imports. */
export function pageFiles(htmlPath: string, read: ReadFile): string[] {
  const html = read(htmlPath);
  if (html === null) throw new Error(`missing from the build: ${htmlPath}`);
  const dir = posix.dirname(htmlPath);
  const resolve = (ref: string) => (ref.startsWith('/') ? normalize(ref) : normalize(posix.join(dir, ref)));
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(["'])([^"']*)\\1`, 'i').exec(tag)?.[2] ?? null;
    if (/^<script/i.test(tag)) {
      const src = attr('src');
      if (src) scripts.push(resolve(src));
      continue;
    }
    const rel = (attr('rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr('href');
    if (!href) continue;
    if (rel.includes('stylesheet')) styles.push(resolve(href));
    else if (rel.includes('modulepreload')) scripts.push(resolve(href));
  }
  return [...new Set([...withStaticImports(scripts, read), ...styles])];
}

export interface SizedFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** Each file's raw and gzipped size (gzip -9, as a store or a disk cache would hold it). */
export function sizeFiles(files: readonly string[], read: ReadFile): SizedFile[] {
  return files.map((file) => {
    const text = read(file);
    if (text === null) throw new Error(`missing from the build: ${file}`);
    const raw = Buffer.from(text, 'utf8');
    return { file, bytes: raw.length, gzipBytes: gzipSync(raw, { level: 9 }).length };
  });
}

export const totalGzip = (files: readonly SizedFile[]) => files.reduce((sum, f) => sum + f.gzipBytes, 0);

/** The build path of an extension URL the browser loaded (`chrome-extension://<id>/chunks/a.js?x` → `chunks/a.js`), if it is JS or CSS. */
export function loadedFile(url: string, extensionId: string): string | null {
  const prefix = `chrome-extension://${extensionId}/`;
  if (!url.startsWith(prefix)) return null;
  const path = normalize(decodeURIComponent(url.slice(prefix.length).replace(/[?#].*$/, '')));
  return /\.(m?js|css)$/.test(path) ? path : null;
}

/** Files found by reading the build, plus any the browser was seen loading that reading missed (lazy chunks). */
export function unionFiles(fromBuild: readonly string[], seenLoaded: readonly string[]): { files: string[]; onlySeen: string[] } {
  const known = new Set(fromBuild);
  const onlySeen = [...new Set(seenLoaded)].filter((f) => !known.has(f));
  return { files: [...fromBuild, ...onlySeen], onlySeen };
}

/** "file 123 B, file 45 B": what the bench prints and the size test reports. */
export function listSizes(files: readonly SizedFile[]): string {
  return files.map((f) => `${f.file} ${f.gzipBytes} B`).join(', ');
}
