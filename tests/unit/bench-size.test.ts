import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { contentScriptFiles, loadedFile, pageFiles, sizeFiles, staticImports, totalGzip, unionFiles, type ReadFile } from '../../scripts/bench-size';

const reader =
  (files: Record<string, string>): ReadFile =>
  (path) =>
    files[path] ?? null;

describe('staticImports', () => {
  it('finds minified static imports and re-exports, not dynamic import()', () => {
    const code =
      'import{a as b,c}from"./chunks/one.js";import d from \'../two.js\';import"/three.js";import*as e from"./four.js";' +
      'export{f}from"./five.js";export*from"./six.js";const g=()=>import("./lazy.js");__vitePreload(()=>import("./lazy2.js"));';
    expect(staticImports(code).sort()).toEqual(
      ['./chunks/one.js', '../two.js', '/three.js', './four.js', './five.js', './six.js'].sort(),
    );
  });
});

describe('pageFiles (the popup)', () => {
  const build = {
    'popup.html':
      '<!doctype html><html><head><script type="module" crossorigin src="/chunks/popup-A.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/chunks/shared-B.js"><link rel="stylesheet" crossorigin href="/assets/popup-C.css">' +
      '<link rel="icon" href="/icon/16.png"></head><body></body></html>',
    'chunks/popup-A.js': 'import{x}from"./shared-B.js";const later=()=>import("./lazy-D.js");x(later);',
    'chunks/shared-B.js': 'import"./tiny-E.js";export const x=()=>1;',
    'chunks/tiny-E.js': 'console.log(1)',
    'chunks/lazy-D.js': 'export const big="' + 'x'.repeat(5000) + '";',
    'assets/popup-C.css': 'body{margin:0}',
  };

  it('follows script, modulepreload and stylesheet tags and static imports, but not lazy chunks or icons', () => {
    expect(pageFiles('popup.html', reader(build)).sort()).toEqual(
      ['assets/popup-C.css', 'chunks/popup-A.js', 'chunks/shared-B.js', 'chunks/tiny-E.js'].sort(),
    );
  });

  it('says which file is missing rather than under-counting', () => {
    const { 'chunks/tiny-E.js': _gone, ...rest } = build;
    expect(() => pageFiles('popup.html', reader(rest))).toThrow('missing from the build: chunks/tiny-E.js');
  });
});

describe('contentScriptFiles', () => {
  const matches = ['https://*.kcell.kz/*', 'https://*.tele2.kz/*'];
  it('counts the manifest scripts and the CSS the shadow-root UI fetches for the same sites', () => {
    const manifest = {
      content_scripts: [{ matches, js: ['content-scripts/guide.js'], css: ['content-scripts/page.css'] }],
      web_accessible_resources: [
        { resources: ['content-scripts/guide.css'], matches: [...matches] },
        { resources: ['icon/128.png', 'other.css'], matches: ['https://*.example.com/*'] },
      ],
    };
    const files = contentScriptFiles(manifest, reader({ 'content-scripts/guide.js': '(()=>{})()' }));
    expect(files.sort()).toEqual(['content-scripts/guide.css', 'content-scripts/guide.js', 'content-scripts/page.css']);
  });

  it('leaves out a script narrowed by globs to some addresses (the overlay on help pages): it is seen where it loads', () => {
    const manifest = {
      content_scripts: [
        { matches, js: ['content-scripts/guide.js'] },
        { matches, include_globs: ['*/help*'], js: ['overlay.js'] },
      ],
    };
    expect(contentScriptFiles(manifest, reader({ 'content-scripts/guide.js': '', 'overlay.js': '' }))).toEqual(['content-scripts/guide.js']);
  });

  it('includes a lazily loaded, web-accessible UI chunk and its imports', () => {
    const manifest = {
      content_scripts: [{ matches, js: ['content-scripts/detect.js'] }],
      web_accessible_resources: [{ resources: ['chunks/ui.js'], matches }],
    };
    const read = reader({
      'content-scripts/detect.js': 'import("/chunks/ui.js")',
      'chunks/ui.js': 'import{h}from"./preact.js";',
      'chunks/preact.js': 'export const h=1',
    });
    expect(contentScriptFiles(manifest, read).sort()).toEqual(['chunks/preact.js', 'chunks/ui.js', 'content-scripts/detect.js']);
  });
});

describe('sizeFiles', () => {
  it('reports raw and gzip -9 bytes per file, and the total', () => {
    const text = 'const a = "hello hello hello hello";';
    const sized = sizeFiles(['a.js', 'b.js'], reader({ 'a.js': text, 'b.js': 'ж' }));
    expect(sized[0]).toEqual({ file: 'a.js', bytes: text.length, gzipBytes: gzipSync(text, { level: 9 }).length });
    expect(sized[1]!.bytes).toBe(2);
    expect(totalGzip(sized)).toBe(sized[0]!.gzipBytes + sized[1]!.gzipBytes);
  });
});

describe('files the browser was seen loading', () => {
  it('maps extension URLs to build paths, JS and CSS only, other extensions and pages ignored', () => {
    expect(loadedFile('chrome-extension://abc/chunks/a-1.js', 'abc')).toBe('chunks/a-1.js');
    expect(loadedFile('chrome-extension://abc/content-scripts/guide.css?v=2#x', 'abc')).toBe('content-scripts/guide.css');
    expect(loadedFile('chrome-extension://abc/icon/16.png', 'abc')).toBeNull();
    expect(loadedFile('chrome-extension://other/chunks/a.js', 'abc')).toBeNull();
    expect(loadedFile('https://www.kcell.kz/app.js', 'abc')).toBeNull();
  });

  it('adds what only the browser saw (a lazily loaded chunk) and says which', () => {
    expect(unionFiles(['a.js', 'b.css'], ['a.js', 'lazy.js', 'lazy.js'])).toEqual({ files: ['a.js', 'b.css', 'lazy.js'], onlySeen: ['lazy.js'] });
  });
});
