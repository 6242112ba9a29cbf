// `npx tsx scripts/bench-cpu-ab.ts OLD_BUILD NEW_BUILD [--runs N]`: the content script's own CPU time on Kcell's
// demo tariffs page (a page its address rules out, where only the detector runs), two builds interleaved and
// traced. Why beside scripts/bench-ab.ts: on the shared 2-core machine (load 16-22) that A/B's extension script
// differed by +1.0 ms at p50 between two copies of one build, as much as most changes to the detector; the
// thread time (trace `tdur`) of the extension's own events by -0.07 (30 pairs) and -0.42 ms (20 pairs): still
// noisy, less so; repeat a run near that. Prints p50/p95 per build and per pair:
// `cpu*` thread time, the others wall time; `compile` is V8 compiling guide.js, `calls` its listeners run later.
import { launchWithExtension, Router } from '../tests/e2e/harness';
import { DEMO_PAGES } from '../tests/fixtures/demo/pages';
import { demoFixture } from './demo-steps';
import { pairDifferences, quantiles } from './bench-stats';
import type { TraceEvent } from './trace-event';

const USAGE = 'usage: npx tsx scripts/bench-cpu-ab.ts OLD_BUILD NEW_BUILD [--runs N]';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The extension's script time in one load's trace: its outermost events only (nested ones are inside them). */
function extensionTimes(events: readonly TraceEvent[]): Record<string, number> {
  const own = events.filter((e) => e.ph === 'X' && JSON.stringify(e.args ?? {}).includes('chrome-extension://')).sort((a, b) => a.ts - b.ts);
  const t = { total: 0, evaluate: 0, compile: 0, calls: 0, cpuTotal: 0, cpuEvaluate: 0 };
  let end = -1;
  for (const e of own) {
    const wall = (e.dur ?? 0) / 1000;
    const cpu = (e.tdur ?? 0) / 1000;
    if (e.name === 'EvaluateScript') {
      t.evaluate += wall;
      t.cpuEvaluate += cpu;
    }
    if (e.name === 'v8.compile') t.compile += wall;
    if (e.ts < end) continue;
    end = e.ts + (e.dur ?? 0);
    t.total += wall;
    t.cpuTotal += cpu;
    if (e.name !== 'EvaluateScript') t.calls += wall;
  }
  return t;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const runsAt = argv.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 30;
  const builds = argv.filter((_, i) => i !== runsAt && i !== runsAt + 1);
  if (builds.length !== 2 || !Number.isInteger(runs) || runs < 1) throw new Error(USAGE);
  const page = DEMO_PAGES.kcellTariffs;
  const sides = [await launchWithExtension({ headless: true, extensionPath: builds[0] }), await launchWithExtension({ headless: true, extensionPath: builds[1] })];
  const samples: Array<Record<string, number[]>> = [{}, {}];
  try {
    for (const side of sides) {
      const router = new Router(side.context);
      await router.install();
      router.serve(page.url, demoFixture(page.file));
    }
    // Runs -2 and -1 warm both (processes, caches) and are not counted; the order alternates.
    for (let run = -2; run < runs; run++) {
      for (const i of run % 2 ? [0, 1] : [1, 0]) {
        const { context } = sides[i]!;
        const tab = await context.newPage();
        const cdp = await context.newCDPSession(tab);
        const events: TraceEvent[] = [];
        cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
        const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
        await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'v8.execute'] }, transferMode: 'ReportEvents' });
        await tab.goto(page.url, { waitUntil: 'load' });
        await sleep(600);
        await cdp.send('Tracing.end');
        await done;
        await tab.close();
        if (run < 0) continue;
        for (const [key, value] of Object.entries(extensionTimes(events))) (samples[i]![key] ??= []).push(value);
      }
    }
  } finally {
    for (const side of sides) await side.cleanup();
  }
  const q = (values: readonly number[]) => {
    const { p50, p95 } = quantiles(values);
    return `p50 ${p50.toFixed(2).padStart(6)} p95 ${p95.toFixed(2).padStart(6)}`;
  };
  console.log(`${runs} pairs, Kcell's demo tariffs page, ms`);
  for (const key of Object.keys(samples[0]!)) {
    const [old, now] = [samples[0]![key]!, samples[1]![key]!];
    console.log(`${key.padEnd(12)} old ${q(old)} | new ${q(now)} | new − old ${q(pairDifferences(now, old))}`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
