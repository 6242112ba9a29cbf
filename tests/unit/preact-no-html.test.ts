import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { withoutHtmlBranch } from '@/utils/preact-no-html';

const preactBundle = (): string => readFileSync(createRequire(import.meta.url).resolve('preact'), 'utf8');

describe('Preact without its dangerouslySetInnerHTML branch', () => {
  it('drops the one innerHTML assignment of the installed Preact and keeps the rest', () => {
    const code = preactBundle();
    expect(code).toMatch(/\.innerHTML=/);
    const slim = withoutHtmlBranch(code);
    expect(slim).not.toContain('innerHTML');
    // The prop is still taken out of the props (not set as an attribute) and still empties the children.
    expect(slim).toContain('"dangerouslySetInnerHTML"==');
    expect(slim.length).toBeLessThan(code.length);
    expect(code.length - slim.length).toBeLessThan(100);
  });

  it('fails the build when a Preact update changed the branch, rather than ship it', () => {
    expect(() => withoutHtmlBranch('export const render = () => {};')).toThrow(/update utils\/preact-no-html\.ts/);
    const changed = preactBundle().replace(/\.innerHTML=/, '.innerHTML =');
    expect(() => withoutHtmlBranch(changed)).toThrow(/has changed/);
  });
});
