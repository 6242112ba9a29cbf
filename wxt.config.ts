import { defineConfig } from 'wxt';
import { OPERATOR_MATCHES } from './data/hosts';
import { HELP_PAGE_GLOBS } from './utils/help-globs';
import { LOCALE_FOLDERS, withFallbackWords } from './utils/locale-messages';
import { readFileSync } from 'node:fs';
import { slimGuideBuild } from './entrypoints/guide.content/build';
import { buildPopupAlone, slimPopupBuild } from './entrypoints/popup/build';
import { slimSummaryBuild } from './entrypoints/summary/build';
import { preactWithoutHtml } from './utils/preact-no-html';

// The oldest browsers the code is built for, and the manifests' floors: without a floor an older browser
// installs the extension and then fails in it. Chrome 111 is Vite 8's default build target (syntax newer
// than the target's is left as is); it also has the one newer option the worker passes unguarded,
// scripting's injectImmediately (102: an older Chrome rejects the unknown option, so the overlay is
// never injected). Firefox 140 is the first to read data_collection_permissions (tests/unit/manifest.test.ts).
const CHROME_MIN = 111;
const FIREFOX_MIN = 140;

// Least privilege: the extension reaches the operators' sites only, and asks for nothing optional.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Vite's modulepreload polyfill is the only fetch() in the bundle; every supported browser preloads
  // modules natively, so without it the shipped code makes no network call at all (tests/unit/manifest.test.ts).
  // Preact without its one innerHTML assignment, which no component reaches (see there).
  vite: () => ({
    plugins: [preactWithoutHtml()],
    build: { target: [`chrome${CHROME_MIN}`, `firefox${FIREFOX_MIN}`], modulePreload: { polyfill: false } },
  }),
  // The guide's detector (every operator page) and the overlay it has injected: no polyfill, no popup strings (see there).
  hooks: {
    // The overlay, beside the detector, on pages whose address names help (see utils/help-globs.ts):
    // there it waits for the detector's hand-over instead of being injected by the worker after it.
    // Globs only narrow the operator matches, so this reaches no site the detector does not.
    'build:manifestGenerated': (_wxt, manifest) => {
      (manifest.content_scripts ??= []).push({
        matches: [...OPERATOR_MATCHES],
        include_globs: [...HELP_PAGE_GLOBS],
        // utils/overlay-inject.ts OVERLAY_SCRIPT, which the worker injects elsewhere (tests/unit/manifest.test.ts).
        js: ['overlay.js'],
        run_at: 'document_start',
      });
    },
    // The overlay's fallback words join the name and description in each _locales file (see there).
    'build:publicAssets': (_wxt, files) => {
      files.forEach((file, index) => {
        const folder = /^_locales\/([^/]+)\/messages\.json$/.exec(file.relativeDest)?.[1];
        if (!folder || !('absoluteSrc' in file)) return;
        const lang = LOCALE_FOLDERS[folder];
        if (!lang) throw new Error(`public/${file.relativeDest}: a language SimExit does not show`);
        const messages = withFallbackWords(JSON.parse(readFileSync(file.absoluteSrc, 'utf8')), lang);
        files[index] = { relativeDest: file.relativeDest, contents: `${JSON.stringify(messages, null, 2)}\n` };
      });
    },
    // The popup in a build of its own: one chunk to load instead of two in a row (see there).
    'entrypoints:grouped': (_wxt, groups) => buildPopupAlone(groups),
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((entry) => entry.name === 'guide' || entry.name === 'overlay')) slimGuideBuild(config);
      // The popup's first load: one language's strings, no polyfill (see there); the summary page too.
      const page = entrypoints.find((entry) => entry.name === 'popup' || entry.name === 'summary')?.name;
      if (page === 'popup' || page === 'summary') slimPopupBuild(config, page);
      if (page === 'summary') slimSummaryBuild(config);
    },
  },
  // The sources zip (for Firefox's review) is built from the working tree, not from git: leave out
  // what .gitignore leaves out and WXT does not (dot folders and node_modules it skips itself), or a
  // local test run ships its failure reports (tests/unit/zip-sources.test.ts).
  zip: { excludeSources: ['test-results/**', 'playwright-report/**', '**/*.log'] },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications', 'scripting'],
    host_permissions: [...OPERATOR_MATCHES],
    action: { default_title: '__MSG_extName__' },
    // Keys to the guide on the operator's page, which is otherwise the last of the page's Tab stops
    // (utils/worker-command.ts), and to the toolbar popup, which browsers tuck away in a menu. Alt+Shift
    // and a letter: no screen reader's own keys, and none of Chrome's or Firefox's (Alt+Shift+A, I, T are
    // Chrome's; Alt+Shift+L and S ChromeOS's). Users change them at chrome://extensions/shortcuts or in
    // Firefox's "Manage extension shortcuts".
    commands: {
      'go-to-guide': { suggested_key: { default: 'Alt+Shift+G' }, description: '__MSG_cmdGuide__' },
      // Firefox's MV2 build has a browser action, whose command is named for it.
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: { suggested_key: { default: 'Alt+Shift+K' } },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'simexit-kz@simexit.invalid',
              strict_min_version: `${FIREFOX_MIN}.0`,
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on (web-ext lint warns otherwise).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: String(CHROME_MIN) }),
  }),
});
