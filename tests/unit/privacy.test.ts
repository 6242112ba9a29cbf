// PRIVACY.md and the README's privacy section are promises to users and store reviewers. These tests
// tie them to the code: a new permission, host, storage item, setting or proof field that the policy
// does not describe fails here until the policy says what it is and why.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPERATOR_MATCHES } from '@/data/hosts';
import { DEFAULT_SETTINGS, EMPTY_EVIDENCE, KEYS, itemKind } from '@/utils/storage';
import config from '../../wxt.config';

const ROOT = resolve(import.meta.dirname, '../..');
const policy = readFileSync(resolve(ROOT, 'PRIVACY.md'), 'utf8');
const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');

/** The body of a `## Heading` section, up to the next `## `. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  expect(start, `section "## ${heading}"`).toBeGreaterThanOrEqual(0);
  const rest = markdown.slice(start + heading.length + 5);
  const end = rest.search(/\n## /);
  return end === -1 ? rest : rest.slice(0, end);
}

/** First cells of a markdown table's body rows. */
function firstCells(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .slice(1)
    .map((line) => line.split('|')[1]!.trim());
}

type ManifestFn = (env: { browser: string; manifestVersion: 2 | 3; mode: string; command: 'build' | 'serve' }) => {
  permissions?: string[];
};
const manifestFor = (browser: string, manifestVersion: 2 | 3) =>
  (config.manifest as ManifestFn)({ browser, manifestVersion, mode: 'production', command: 'build' });

// Words in the policy that describe each stored field. A field missing here is an undocumented one.
const SETTING_WORDS: Record<string, string> = {
  lang: 'your language',
  route: 'where you start (online, or straight to an office)',
  operator: 'the operator you are leaving',
  reminderDays: 'how many days after submitting to remind you',
  dismissedSites: 'operator sites where you closed the on-page guide',
};
const PROOF_WORDS: Record<string, string> = {
  phoneNumber: 'the phone number you are giving up',
  requestNumber: 'request or application number',
  submittedOn: 'the date you submitted it',
  place: 'the office or channel',
  notes: 'your notes',
  updatedAt: 'when you last changed it',
};
// Storage keys (or key families) → the row of the "What is stored" table that describes them.
const ITEM_ROWS: Record<string, string> = {
  settings: 'Settings',
  progress: 'Progress',
  evidence: 'Proof',
  reminder: 'Reminders',
  notices: 'Notices',
  schemaVersion: 'Format version',
};

describe('PRIVACY.md', () => {
  const stored = section(policy, 'What is stored, and where');
  const rowOf = (label: string) => stored.split('\n').find((line) => line.startsWith(`| ${label} |`)) ?? '';

  it('has a row for every kind of item the extension stores, and no other', () => {
    const kinds = ['schemaVersion', 'settings', 'notices', 'progress:kcell:step', 'evidence:kcell', 'reminder:kcell'].map(itemKind);
    const documented = new Set(Object.keys(ITEM_ROWS));
    for (const kind of kinds) expect(documented, `item kind ${kind}`).toContain(kind);
    // Every fixed key in utils/storage.ts; `state` is the v1 format, read once by the migration and removed.
    for (const key of Object.values(KEYS).filter((key) => key !== KEYS.legacyState)) {
      expect(documented, `storage key "${key}" is not described in PRIVACY.md`).toContain(key);
    }
    expect(firstCells(stored).sort()).toEqual(Object.values(ITEM_ROWS).sort());
  });

  it('describes every setting', () => {
    expect(Object.keys(SETTING_WORDS).sort(), 'a setting PRIVACY.md does not describe').toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    for (const words of Object.values(SETTING_WORDS)) expect(rowOf('Settings')).toContain(words);
  });

  it('describes every field of the proof the user types', () => {
    expect(Object.keys(PROOF_WORDS).sort(), 'a proof field PRIVACY.md does not describe').toEqual(Object.keys(EMPTY_EVIDENCE).sort());
    for (const words of Object.values(PROOF_WORDS)) expect(rowOf('Proof')).toContain(words);
  });

  it('says where it is kept: local storage on this device, never synced', () => {
    expect(stored).toContain('`browser.storage.local`');
    expect(stored).toMatch(/never uses synced storage \(`storage\.sync`\)/);
  });

  it('names what is kept in session storage: the per-tab fold of the guide, the checklist window opened last and the page that removed the guide', () => {
    const code = (dir: string): string[] =>
      readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? code(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
      );
    const users = ['utils', 'entrypoints', 'components'].flatMap(code).filter((f) => readFileSync(join(ROOT, f), 'utf8').includes('storage.session'));
    expect(users.map((f) => relative('.', f)).sort()).toEqual(['utils/popup-window.ts', 'utils/worker-fold.ts', 'utils/worker-lost.ts']);
    expect(stored).toMatch(/`browser\.storage\.session`[\s\S]*tabs in\s+which you folded the on-page guide/);
    expect(stored).toMatch(/`browser\.storage\.session`[\s\S]*last checklist window the extension opened/);
    expect(stored).toMatch(/`browser\.storage\.session`[\s\S]*kept removing the on-page guide, with that page's address/);
  });

  it('lists exactly the permissions and hosts of the Chrome and Firefox manifests, with a reason for each', () => {
    const table = section(policy, 'Permissions, and why');
    const rows = table.split('\n').filter((line) => line.startsWith('| `'));
    const listed = rows.flatMap((row) => [...row.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
    for (const [browser, mv] of [['chrome', 3], ['firefox', 2]] as const) {
      const apis = (manifestFor(browser, mv).permissions ?? []).filter((p) => !p.includes('://'));
      expect(listed.sort(), `${browser} permissions`).toEqual([...apis, ...OPERATOR_MATCHES].sort());
    }
    for (const row of rows) expect(row.split('|')[2]!.trim().length, `no reason given in: ${row}`).toBeGreaterThan(10);
    // Nothing optional is asked for, so the policy names nothing as optional.
    for (const browser of ['chrome', 'firefox'] as const) {
      const manifest = manifestFor(browser, browser === 'chrome' ? 3 : 2) as Record<string, unknown>;
      expect(manifest.optional_permissions ?? manifest.optional_host_permissions, browser).toBeUndefined();
    }
    expect(policy).not.toMatch(/\boptional\b/i);
  });

  it('promises no network requests, analytics or remote code, and says how to delete everything', () => {
    expect(policy).toMatch(/never sends anything anywhere/);
    expect(section(policy, 'What is never done')).toMatch(/No network requests of its own[\s\S]*No analytics[\s\S]*No remote code/);
    const deletion = section(policy, 'How to delete your data');
    expect(deletion).toContain('Reset this checklist');
    expect(deletion).toMatch(/remove the extension/i);
  });
});

describe('README privacy section', () => {
  const privacy = section(readme, 'Privacy');

  it('summarises what is stored and that nothing is sent, and links the full policy', () => {
    expect(privacy).toContain('[PRIVACY.md](PRIVACY.md)');
    expect(privacy).toMatch(/sends nothing anywhere/);
    expect(privacy).toContain('`browser.storage.local`');
    for (const words of ['settings', 'ticked', 'proof', 'reminder', 'notices']) expect(privacy).toContain(words);
  });
});
