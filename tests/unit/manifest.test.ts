// Least privilege and "no remote code", checked on what the stores would actually receive: the
// Chrome MV3 and Firefox MV2 builds of the current sources. Each build goes to a fresh temporary
// directory, so a stale .output can never hide a regression and the browser tests' .output is
// never rewritten under them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AFTER_STEPS, OPERATORS, PRECAUTIONS } from '@/data';
import { OPERATOR_HOSTS, OPERATOR_MATCHES } from '@/data/hosts';
import { HELP_PAGE_GLOBS } from '@/utils/help-globs';
import { OVERLAY_SCRIPT } from '@/utils/overlay-inject';
import config from '../../wxt.config';

const ROOT = resolve(import.meta.dirname, '../..');

// Written out by hand on purpose: widening the extension's reach must be a visible, reviewed change
// to this list, not a side effect of editing data/hosts.ts.
const EXPECTED_OPERATOR_MATCHES = [
  'https://*.kcell.kz/*',
  'https://*.activ.kz/*',
  'https://*.izi.me/*',
  'https://*.beeline.kz/*',
  'https://*.tele2.kz/*',
  'https://*.altel.kz/*',
  'https://*.altel4g.kz/*',
];
const EXPECTED_API_PERMISSIONS = ['alarms', 'notifications', 'scripting', 'storage'];

// Each API permission is granted only because product code calls that API.
const PERMISSION_USE: Record<string, RegExp> = {
  storage: /\bstorage\.local\b|from ['"]wxt\/utils\/storage['"]/,
  alarms: /\balarms\.(create|onAlarm|clear)\b/,
  notifications: /\bnotifications\.(create|onClicked|clear)\b/,
  scripting: /\bscripting\.executeScript\b/,
};

const PRODUCT_DIRS = ['entrypoints', 'components', 'utils', 'data', 'locales'];

type Manifest = Record<string, unknown> & {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; exclude_matches?: string[]; include_globs?: string[]; world?: string; js?: string[]; run_at?: string }[];
  web_accessible_resources?: unknown[];
};

let outDir = '';
const built: Record<'chrome' | 'firefox', { dir: string; manifest: Manifest }> = {} as never;

function buildInto(browser: 'chrome' | 'firefox', dir: string): void {
  // The JS API accepts an outDir; the CLI does not. A child process keeps vitest's NODE_ENV=test and
  // module graph out of the production build.
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'TEST') delete env[key];
  const script = `import { build } from 'wxt'; await build({ browser: ${JSON.stringify(browser)}, outDir: ${JSON.stringify(dir)} });`;
  execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, env, stdio: 'pipe', timeout: 240_000 });
}

function filesUnder(dir: string, exts: string[]): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile() && exts.includes(extname(path)));
}

const sorted = (list: readonly string[] | undefined) => [...(list ?? [])].sort();
const isPattern = (permission: string) => permission.includes('://') || permission === '<all_urls>';

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'simexit-manifest-'));
  for (const browser of ['chrome', 'firefox'] as const) {
    buildInto(browser, outDir);
    const dir = join(outDir, browser === 'chrome' ? 'chrome-mv3' : 'firefox-mv2');
    built[browser] = { dir, manifest: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest };
  }
}, 300_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('data/hosts.ts: the single list of hosts the manifest is built from', () => {
  it('lists the six operators\' hosts, https only', () => {
    expect(sorted(OPERATOR_MATCHES)).toEqual(sorted(EXPECTED_OPERATOR_MATCHES));
    expect(Object.keys(OPERATOR_HOSTS).sort()).toEqual(['activ', 'altel', 'beeline', 'izi', 'kcell', 'tele2']);
  });
});

describe('Chrome MV3 manifest', () => {
  const manifest = () => built.chrome.manifest;

  it('asks for exactly storage, alarms, notifications and scripting, and no optional API permission', () => {
    expect(manifest().manifest_version).toBe(3);
    expect(sorted(manifest().permissions)).toEqual(EXPECTED_API_PERMISSIONS);
    expect(manifest().optional_permissions ?? []).toEqual([]);
  });

  it('reaches only the operator hosts, and asks for no optional host', () => {
    expect(sorted(manifest().host_permissions)).toEqual(sorted(EXPECTED_OPERATOR_MATCHES));
    expect(manifest().optional_host_permissions).toBeUndefined();
  });

  it('injects content scripts on the operator hosts only, in the isolated world', () => {
    expectContentScriptsOnOperatorsOnly(manifest());
  });

  it('keeps the default strict CSP, exposes nothing to web pages and cannot be messaged by them', () => {
    expectNoOpenings(manifest());
  });
});

describe('Firefox MV2 manifest', () => {
  const manifest = () => built.firefox.manifest;

  it('asks for exactly storage, alarms, notifications, scripting and the operator hosts', () => {
    expect(manifest().manifest_version).toBe(2);
    const permissions = manifest().permissions ?? [];
    expect(sorted(permissions.filter((p) => !isPattern(p)))).toEqual(EXPECTED_API_PERMISSIONS);
    expect(sorted(permissions.filter(isPattern))).toEqual(sorted(EXPECTED_OPERATOR_MATCHES));
    expect(manifest().host_permissions).toBeUndefined();
  });

  it('asks for no optional permission or host', () => {
    expect(manifest().optional_permissions).toBeUndefined();
    expect(manifest().optional_host_permissions).toBeUndefined();
  });

  it('injects content scripts on the operator hosts only, in the isolated world', () => {
    expectContentScriptsOnOperatorsOnly(manifest());
  });

  it('keeps the default strict CSP, exposes nothing to web pages and cannot be messaged by them', () => {
    expectNoOpenings(manifest());
  });

  it('declares a Gecko id and that it collects no data', () => {
    const gecko = (manifest().browser_specific_settings as { gecko?: Record<string, unknown> } | undefined)?.gecko;
    expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

describe('the oldest browser each manifest accepts is one the code runs in', () => {
  // Vite leaves syntax newer than its target as written: a browser older than the target must not install it.
  const buildTarget = (browser: string): number => {
    const vite = (config.vite as (env: unknown) => { build?: { target?: string | string[] } })({});
    const targets = [vite.build?.target ?? []].flat();
    const version = targets.map((t) => new RegExp(`^${browser}(\\d+)$`).exec(t)?.[1]).find(Boolean);
    expect(version, `${browser} in the build target ${JSON.stringify(targets)}`).toBeDefined();
    return Number(version);
  };

  it('Chrome: minimum_chrome_version is the build target, and has scripting\'s injectImmediately (102)', () => {
    const floor = Number(built.chrome.manifest.minimum_chrome_version);
    expect(floor).toBe(buildTarget('chrome'));
    // An older Chrome rejects the unknown option, so the worker could never inject the overlay.
    if (filesUnder(built.chrome.dir, ['.js']).some((file) => readFileSync(file, 'utf8').includes('injectImmediately'))) {
      expect(floor).toBeGreaterThanOrEqual(102);
    }
  });

  it('Firefox: strict_min_version is the build target, and reads data_collection_permissions (140)', () => {
    const gecko = (built.firefox.manifest.browser_specific_settings as { gecko: { strict_min_version: string } }).gecko;
    expect(gecko.strict_min_version).toBe(`${buildTarget('firefox')}.0`);
    expect(Number.parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(built.firefox.manifest.minimum_chrome_version).toBeUndefined();
  });
});

describe('the store listing: the name and description in each language', () => {
  // The stores' limits, in characters: the name 45 (Edge; AMO takes 50, the Chrome Web Store 75), the
  // description 132 (Chrome and Firefox). An upload over them is refused.
  it.each(['chrome', 'firefox'] as const)('%s: every language has both, within the limits, and claims no official status', (browser) => {
    const { dir, manifest } = built[browser];
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    const folders = readdirSync(join(dir, '_locales')).sort();
    expect(folders).toEqual(['en', 'kk', 'ru', 'zh_CN']);
    for (const folder of folders) {
      const messages = JSON.parse(readFileSync(join(dir, '_locales', folder, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
      const name = messages.extName?.message ?? '';
      const description = messages.extDescription?.message ?? '';
      expect([...name].length, `${folder} name "${name}"`).toBeGreaterThan(0);
      expect([...name].length, `${folder} name "${name}"`).toBeLessThanOrEqual(45);
      expect([...description].length, `${folder} description "${description}"`).toBeGreaterThan(0);
      expect([...description].length, `${folder} description "${description}"`).toBeLessThanOrEqual(132);
      // The extension is nobody's official tool: it guides a person on the operators' own sites.
      expect(`${name} ${description}`, folder).not.toMatch(/official|официальн|ресми|官方/i);
    }
  });
});

describe('the overlay: declared beside the detector on help addresses, injected by the worker elsewhere', () => {
  it.each(['chrome', 'firefox'] as const)('%s: its own file, declared only where an address names help, and not web-accessible', (browser) => {
    const { dir, manifest } = built[browser];
    // The file the worker injects (scripting.executeScript) into other pages the detector finds relevant.
    expect(readFileSync(join(dir, OVERLAY_SCRIPT), 'utf8').length).toBeGreaterThan(0);
    const [detector, overlay, ...more] = manifest.content_scripts ?? [];
    expect(more).toEqual([]);
    expect(detector?.js).toEqual(['content-scripts/guide.js']);
    expect(detector?.include_globs).toBeUndefined();
    // After the detector, at the same moment: it waits for the detector's hand-over (utils/overlay-boot.ts).
    expect(overlay?.js).toEqual([OVERLAY_SCRIPT.slice(1)]);
    expect(overlay?.run_at).toBe('document_start');
    expect(overlay?.include_globs).toEqual(HELP_PAGE_GLOBS);
    // Reachable by the extension alone: no page can load it (or learn that SimExit is installed).
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });
});

function expectContentScriptsOnOperatorsOnly(manifest: Manifest): void {
  const scripts = manifest.content_scripts ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  const all = new Set<string>();
  for (const script of scripts) {
    for (const match of script.matches) {
      expect(EXPECTED_OPERATOR_MATCHES, `content script match ${match}`).toContain(match);
      all.add(match);
    }
    // Globs only narrow the matches above (utils/help-globs.ts): each starts with '*', so none can add a site.
    for (const glob of script.include_globs ?? []) expect(glob).toMatch(/^\*[/_-]\w+\*$/);
    // A main-world script would share its globals with the page's own JavaScript.
    expect(script.world ?? 'ISOLATED').toBe('ISOLATED');
  }
  expect(sorted([...all])).toEqual(sorted(EXPECTED_OPERATOR_MATCHES));
}

function expectNoOpenings(manifest: Manifest): void {
  const text = JSON.stringify(manifest);
  for (const broad of ['<all_urls>', '*://', 'http://', 'file://', 'https://*/']) {
    expect(text, `manifest contains ${broad}`).not.toContain(broad);
  }
  // Every URL pattern anywhere in the manifest is an operator host.
  const patterns = text.match(/[a-z*]+:\/\/[^"]*/g) ?? [];
  for (const pattern of patterns) expect(EXPECTED_OPERATOR_MATCHES, `pattern ${pattern}`).toContain(pattern);
  expect(manifest.content_security_policy, 'CSP override').toBeUndefined();
  expect(manifest.sandbox, 'sandboxed pages may eval').toBeUndefined();
  expect(manifest.externally_connectable, 'web pages could message the worker').toBeUndefined();
  expect(manifest.update_url, 'updates only come from the store').toBeUndefined();
  for (const entry of manifest.web_accessible_resources ?? []) {
    const matches = typeof entry === 'object' && entry !== null ? ((entry as { matches?: string[] }).matches ?? []) : [];
    // MV2 string entries are readable by every site; MV3 entries must stay on operator hosts.
    expect(typeof entry, 'MV2 web_accessible_resources are open to every site').toBe('object');
    for (const match of matches) expect(EXPECTED_OPERATOR_MATCHES).toContain(match);
  }
}

describe('built JavaScript: no remote code, no tracking', () => {
  const builtJs = () => [
    ...filesUnder(built.chrome.dir, ['.js', '.html']),
    ...filesUnder(built.firefox.dir, ['.js', '.html']),
  ];

  it('loads no script from the network, evaluates no strings and writes no HTML', () => {
    const files = builtJs();
    expect(files.length).toBeGreaterThan(0);
    const forbidden: [string, RegExp][] = [
      ['importScripts', /\bimportScripts\s*\(/],
      ['remote import()', /\bimport\s*\(\s*[`'"]\s*(https?:)?\/\//],
      ['remote static import', /\bfrom\s*[`'"](https?:)?\/\//],
      ['remote <script src>', /<script[^>]*\ssrc\s*=\s*["']?(https?:)?\/\//i],
      // Minifiers turn `new Function(s)` into `Function(s)` and keep `window.eval(s)`, so match both.
      ['eval', /(^|[^\w$])eval\s*\(/],
      ['Function constructor', /(^|[^\w$])Function\s*\(/],
      ['string timer', /\bset(Timeout|Interval)\s*\(\s*[`'"]/],
      // Mozilla's linter flags each assignment of HTML (UNSAFE_VAR_ASSIGNMENT) for a reviewer to clear
      // by hand, bundled libraries' included (utils/preact-no-html.ts).
      ['HTML assignment', /\.(inner|outer)HTML\s*=(?!=)|\binsertAdjacentHTML\s*\(|\bdocument\.write(ln)?\s*\(/],
    ];
    const found = scan(files, forbidden);
    expect(found).toEqual([]);
  });

  it('contains no analytics, telemetry or error-reporting endpoint', () => {
    const trackers = [
      'google-analytics.com', 'googletagmanager.com', 'doubleclick.net', 'analytics.google', 'mc.yandex', 'metrika',
      'sentry.io', 'bugsnag', 'datadoghq', 'mixpanel', 'segment.io', 'api.segment', 'amplitude', 'hotjar',
      'posthog', 'plausible.io', 'matomo', 'clarity.ms', 'facebook.net', 'connect.facebook', 'logrocket', 'fullstory',
    ];
    const found = scan(builtJs(), trackers.map((t): [string, RegExp] => [t, new RegExp(t.replace(/\./g, '\\.'), 'i')]));
    expect(found).toEqual([]);
  });

  it('makes no network request: no fetch, XMLHttpRequest, WebSocket, EventSource or sendBeacon, even in bundled libraries', () => {
    // Vite's modulepreload polyfill (a fetch of the extension's own chunks) is switched off in
    // wxt.config.ts, so the bundle — libraries included — has no network call at all.
    const found = scan(builtJs(), NETWORK_APIS);
    expect(found).toEqual([]);
  });
});

const NETWORK_APIS: [string, RegExp][] = [
  ['fetch', /(^|[^\w$])fetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['RTCPeerConnection', /\bRTCPeerConnection\b/],
];

describe('product source', () => {
  const sources = () =>
    PRODUCT_DIRS.flatMap((dir) => {
      try {
        return filesUnder(join(ROOT, dir), ['.ts', '.tsx', '.js', '.mjs', '.html', '.css']);
      } catch {
        return [];
      }
    });

  it('never talks to the network and loads no remote image, style or frame', () => {
    const found = scan(sources(), [
      ...NETWORK_APIS,
      // A remote <img>/<iframe>/<link>/CSS url() in the UI would be a request the user did not make.
      ['remote src', /\bsrc\s*=\s*\{?\s*[`'"](https?:)?\/\//],
      ['remote CSS', /url\(\s*['"]?(https?:)?\/\//],
      ['remote stylesheet', /@import\s+(url\()?\s*['"]?(https?:)?\/\//],
    ], { skipComments: true });
    expect(found).toEqual([]);
  });

  it('accepts no messages from other extensions or web pages', () => {
    const found = scan(sources(), [
      ['onMessageExternal', /\bonMessageExternal\b/],
      ['onConnectExternal', /\bonConnectExternal\b/],
      ['window message listener', /addEventListener\(\s*['"`]message['"`]/],
    ], { skipComments: true });
    expect(found).toEqual([]);
  });

  it('keeps everything in local storage on this device, never storage.sync', () => {
    expect(scan(sources(), [['storage.sync', /\bstorage\.sync\b|['"`]sync:/]], { skipComments: true })).toEqual([]);
  });

  it.each(EXPECTED_API_PERMISSIONS)('uses the "%s" API it asks permission for', (permission) => {
    const text = sources().map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(PERMISSION_USE[permission]!.test(text), `no product code uses the ${permission} permission`).toBe(true);
  });
});

describe('the packages: what a store reviewer unpacks', () => {
  it.each(['chrome', 'firefox'] as const)('%s: no file twice and no source map', (browser) => {
    const files = filesUnder(built[browser].dir, ['.js', '.css', '.html', '.json', '.png', '.map']);
    expect(files.filter((file) => file.endsWith('.map')).map((file) => relative(built[browser].dir, file))).toEqual([]);
    // The summary page's strings used to ship twice per language (`?full` and not: entrypoints/summary/build.ts).
    const byContent = new Map<string, string[]>();
    for (const file of files) {
      const content = readFileSync(file).toString('base64');
      byContent.set(content, [...(byContent.get(content) ?? []), relative(built[browser].dir, file)]);
    }
    expect([...byContent.values()].filter((names) => names.length > 1)).toEqual([]);
  });
});

describe('the guides: shipped once, in the worker', () => {
  // Every page asks the worker for them (guide/get). The printable summary bundled a copy of every
  // guide of its own (chunks/data-*.js, 110 kB, ~29 kB of each store package) beside background.js's.
  const stepIds = [
    ...new Set([...PRECAUTIONS, ...AFTER_STEPS, ...OPERATORS.flatMap((guide) => [...(guide.ownPrecautions ?? []), ...Object.values(guide.routes).flat()])].map((step) => step.id)),
  ];

  it.each(['chrome', 'firefox'] as const)('%s: no file but background.js names a step of data/', (browser) => {
    const { dir } = built[browser];
    expect(stepIds.length).toBeGreaterThan(20);
    const carriers = filesUnder(dir, ['.js', '.html']).filter((file) => {
      const text = readFileSync(file, 'utf8');
      return stepIds.some((id) => new RegExp(`[\`'"]${id}[\`'"]`).test(text));
    });
    expect(carriers.map((file) => relative(dir, file))).toEqual(['background.js']);
  });
});

/** Source without whole-line comments, so a comment that says "no fetch()" is not read as a call. */
function withoutCommentLines(text: string): string {
  return text
    .split('\n')
    .map((line) => (/^\s*(\/\/|\/\*|\*)/.test(line) ? '' : line))
    .join('\n');
}

function scan(files: string[], rules: [string, RegExp][], { skipComments = false } = {}): string[] {
  const found: string[] = [];
  for (const file of files) {
    const raw = readFileSync(file, 'utf8');
    const text = skipComments ? withoutCommentLines(raw) : raw;
    for (const [name, rule] of rules) {
      const match = rule.exec(text);
      if (match) {
        const at = match.index;
        found.push(`${name} in ${relative(ROOT, file)}: …${text.slice(Math.max(0, at - 40), at + 60)}…`);
      }
    }
  }
  return found;
}
