// `npx tsx scripts/bench-ab.ts OLD_BUILD NEW_BUILD [--runs N] [--lang L] [--page support|other]`: two builds
// of the extension side by side on Kcell's demo forms page (or, with `--page other`, its tariffs page), with the page's own time measured without either, in one
// run, interleaved (the order of the three loads rotates), so that drift of a busy machine cancels.
// Measured as `npm run bench` measures it (scripts/bench.ts): CDP Performance.getMetrics (Script +
// RecalcStyle + Layout) over load + 1 s, each build minus the load without the extension of the same
// triple; the extension's own script time; DOMContentLoaded → the overlay's mark with its steps in the
// DOM. `--lang` sets the language chosen in SimExit in both builds (default: none, the browser's, English).
// For a change to compare against the build before it: copy both `.output/chrome-mv3` directories aside.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import type { Browser } from 'wxt/browser';
import { launchArgs, launchWithExtension, Router } from '../tests/e2e/harness';
import { DEMO_PAGES } from '../tests/fixtures/demo/pages';
import { LANGS, type Lang } from '../data/schema';
import { DEFAULT_SETTINGS } from '../utils/storage';
import { pairDifferences, quantiles } from './bench-stats';
import { measurePage, overlayShown, STEPS_WATCH } from './bench-page';
import { demoFixture } from './demo-steps';
// @ts-expect-error plain ESM helper shared with the harness
import { findChromium } from './chromium-path.mjs';

/** The extension's API, in its worker (evaluated there). */
declare const chrome: typeof Browser;

const USAGE = 'usage: npx tsx scripts/bench-ab.ts OLD_BUILD NEW_BUILD [--runs N] [--lang en|ru|kk|zh-CN] [--page support|other]';

/** The support page shows the guide; the other page (an operator page that names no help) gets the detector only. */
const PAGES = { support: DEMO_PAGES.kcell, other: DEMO_PAGES.kcellTariffs } as const;

interface Args {
  old: string;
  new: string;
  runs: number;
  lang: Lang | null;
  page: keyof typeof PAGES;
}

function parseArgs(argv: readonly string[]): Args {
  const paths: string[] = [];
  let runs = 30;
  let lang: Lang | null = null;
  let page: keyof typeof PAGES = 'support';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--runs') runs = Number(argv[++i]);
    else if (arg === '--lang') {
      const value = argv[++i];
      if (!(LANGS as readonly string[]).includes(value ?? '')) throw new Error(USAGE);
      lang = value as Lang;
    } else if (arg === '--page') {
      const value = argv[++i];
      if (value !== 'support' && value !== 'other') throw new Error(USAGE);
      page = value;
    } else paths.push(resolve(arg));
  }
  if (paths.length !== 2 || !Number.isInteger(runs) || runs < 1) throw new Error(USAGE);
  return { old: paths[0]!, new: paths[1]!, runs, lang, page };
}

async function serveDemo(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: STEPS_WATCH });
  const router = new Router(context);
  await router.install();
  for (const page of Object.values(PAGES)) router.serve(page.url, demoFixture(page.file));
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const profile = mkdtempSync(join(tmpdir(), 'simexit-ab-'));
  const builds = {
    old: await launchWithExtension({ headless: true, extensionPath: args.old }),
    new: await launchWithExtension({ headless: true, extensionPath: args.new }),
  };
  const none = await chromium.launchPersistentContext(join(profile, 'none'), {
    executablePath: findChromium() as string,
    headless: true,
    args: launchArgs().filter((a) => !/^--(disable-extensions-except|load-extension)=/.test(a)),
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
  });
  try {
    for (const side of ['old', 'new'] as const) {
      const { context, worker } = builds[side];
      await serveDemo(context);
      if (args.lang) {
        await worker.evaluate((settings) => chrome.storage.local.set({ settings }), { ...DEFAULT_SETTINGS, lang: args.lang });
      }
    }
    await serveDemo(none);
    const url = PAGES[args.page].url;
    const guided = args.page === 'support';
    const sides = ['old', 'new', 'none'] as const;
    const samples = Object.fromEntries(sides.map((s) => [s, { main: [] as number[], script: [] as number[], overlay: [] as number[], frame: [] as number[] }]));
    // Run -1 warms all three (code caches, fonts, processes) and is not counted.
    for (let run = -1; run < args.runs; run++) {
      const turn = ((run % 3) + 3) % 3;
      const order = [...sides.slice(turn), ...sides.slice(0, turn)];
      for (const side of order) {
        const context = side === 'none' ? none : builds[side].context;
        const result = await measurePage(context, url, guided && side !== 'none');
        if (run < 0) continue;
        samples[side]!.main.push(result.mainThreadMs);
        samples[side]!.script.push(result.scriptMs);
        if (result.overlay) samples[side]!.overlay.push(overlayShown(result.overlay));
        if (result.pageFrame !== null) samples[side]!.frame.push(result.pageFrame);
      }
      if (process.stdout.isTTY) process.stdout.write(`\r  ${run + 1}/${args.runs} triples`);
    }
    if (process.stdout.isTTY) process.stdout.write('\n');
    const line = (name: string, values: readonly number[]) => {
      const q = quantiles(values);
      return `${name.padEnd(44)} p50 ${q.p50.toFixed(1).padStart(6)}  p95 ${q.p95.toFixed(1).padStart(6)} ms`;
    };
    const base = samples.none!;
    console.log(`${args.runs} triples, Kcell's demo ${args.page === 'support' ? 'forms' : 'tariffs'} page, language ${args.lang ?? 'the browser’s (en-US)'}`);
    for (const side of ['old', 'new'] as const) {
      const s = samples[side]!;
      console.log(line(`${side}: added main-thread time (per triple)`, pairDifferences(s.main, base.main)));
      console.log(line(`${side}: extension script (per triple)`, pairDifferences(s.script, base.script)));
      if (guided) console.log(line(`${side}: DOMContentLoaded → overlay visible`, s.overlay));
    }
    console.log(line('new − old: added main-thread time (per triple)', pairDifferences(samples.new!.main, samples.old!.main)));
    console.log(line('new − old: extension script (per triple)', pairDifferences(samples.new!.script, samples.old!.script)));
    if (guided) console.log(line('new − old: overlay visible (per triple)', pairDifferences(samples.new!.overlay, samples.old!.overlay)));
    console.log(line('page alone: main-thread time', base.main));
    console.log(line('page alone: DOMContentLoaded → its first frame', base.frame));
  } finally {
    await builds.old.cleanup();
    await builds.new.cleanup();
    await none.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
