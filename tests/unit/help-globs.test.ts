// The manifest's globs for the overlay loaded beside the detector (utils/help-globs.ts) against the
// detector's own reading of an address (utils/detect.ts urlOutlook): every operator address this
// repository knows whose words name help must match, so that none of them waits for the worker's
// injection; and the pages the bench and the demo call "other" must not, or they compile overlay.js.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPERATOR_HOSTS } from '@/data/hosts';
import { urlOutlook } from '@/utils/detect';
import { HELP_PAGE_GLOBS, helpPageGlobs } from '@/utils/help-globs';
import { DEMO_PAGES } from '../fixtures/demo/pages';

const ROOT = resolve(import.meta.dirname, '../..');

/** Chrome's content-script globs: `*` any run of characters, `?` one, the rest literal, the whole URL. */
function globMatches(glob: string, url: string): boolean {
  const pattern = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${pattern}$`).test(url);
}
const declared = (url: string) => HELP_PAGE_GLOBS.some((glob) => globMatches(glob, url));

/** Every operator address written in the data (the sources of the guide) and the test fixtures. */
function knownOperatorAddresses(): string[] {
  const hosts = Object.values(OPERATOR_HOSTS).flat().map((host) => host.replace(/\./g, '\\.'));
  const address = new RegExp(`https://[a-z0-9.-]*(?:${hosts.join('|')})/[^\\s'"\`<>)]*`, 'g');
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|html|json|md)$/.test(name)) for (const url of readFileSync(path, 'utf8').match(address) ?? []) found.add(url.replace(/[.,;]+$/, ''));
    }
  };
  walk(join(ROOT, 'data'));
  walk(join(ROOT, 'tests/fixtures'));
  for (const page of Object.values(DEMO_PAGES)) found.add(page.url);
  return [...found];
}

describe('helpPageGlobs', () => {
  it('takes each word in at the start of a path segment or subdomain, or after a joining - or _, as written and capitalised', () => {
    expect(helpPageGlobs(['help'])).toEqual(['*/help*', '*-help*', '*_help*', '*/Help*', '*-Help*', '*_Help*']);
    const globs = helpPageGlobs(['help']);
    const matches = (url: string) => globs.some((glob) => globMatches(glob, url));
    expect(matches('https://www.beeline.kz/ru-kz/almaty/customers/Help/help_mobile')).toBe(true);
    expect(matches('https://help.kcell.kz/')).toBe(true);
    expect(matches('https://www.kcell.kz/ru/mobile-help')).toBe(true);
    expect(matches('https://www.kcell.kz/ru/whelp')).toBe(false);
  });
});

describe('HELP_PAGE_GLOBS against the detector', () => {
  const addresses = knownOperatorAddresses();

  it('finds enough known addresses to mean something', () => {
    expect(addresses.length).toBeGreaterThan(30);
    expect(addresses.filter((url) => urlOutlook(url) === 'help').length).toBeGreaterThan(5);
  });

  it('takes in every known address the detector reads as a help page', () => {
    const missed = addresses.filter((url) => urlOutlook(url) === 'help' && !declared(url));
    expect(missed).toEqual([]);
  });

  it('leaves out the operator pages the bench and the demo use as not help (tariffs, news)', () => {
    expect(declared(DEMO_PAGES.kcellTariffs.url)).toBe(false);
    const notHelp = addresses.filter((url) => urlOutlook(url) !== 'help' && declared(url));
    // Wider than the detector by design (a sales subdomain's support page): overlay.js compiled, nothing shown.
    expect(notHelp.every((url) => /\/\/b2b\.|@/.test(url)), notHelp.join('\n')).toBe(true);
  });
});
