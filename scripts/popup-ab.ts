// Same-run, interleaved comparison of the popup's opening across builds: each a copy of
// .output/chrome-mv3, all loaded side by side in one Chromium with the bench's floor extension
// (scripts/bench-floor.ts), opened in turn (the order rotating every round) and measured the way
// scripts/bench.ts measures popupReadyMs: navigation start → the `simexit:popup-ready` mark.
//   npx tsx scripts/popup-ab.ts DIR_A DIR_B [DIR_C …] [--runs 40] [--out FILE] [--profile N] [--trace N]
// Every build after the first is compared with the first and with the one before it, per round
// (pairs of the same round), so a list of builds, one per commit, gives each commit's own figure.
// Also read: each opening's DOMContentLoaded (extension resources get no resource timing) and any
// other marks the page set (an instrumented build's), with the span between consecutive marks.
// --trace N: N traced openings of each (and of the floor), split into phases on the renderer's main
// thread: module requested, fetched, evaluated, DOMContentLoaded, the microtask run, ready; with
// CPU (thread) time beside the wall time, which a busy machine stretches (about 2× at load 5 on
// its 2 cores), and the CPU of the browser's main thread and of our worker meanwhile.
// --profile N: N openings of each with the V8 CPU profiler (100 µs sampling), self and inclusive
// time by function, during the module's evaluation and from there to the ready mark.
// A development tool for docs/performance.md, not a figure of `npm run bench`.
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { launchWithExtension } from '../tests/e2e/harness';
import { FLOOR_MARK, unpackedExtensionId, writeFloorExtension } from './bench-floor';
import { pairDifferences, quantiles } from './bench-stats';
import { openAndMark, type Opening } from './bench-opening';
import { POPUP_READY_MARK } from '../utils/popup-ready';
import type { TraceEvent } from './trace-event';


const argv = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = argv.indexOf(name);
  return i === -1 ? fallback : Number(argv[i + 1]);
};
const outIndex = argv.indexOf('--out');
const out = outIndex === -1 ? null : argv[outIndex + 1]!;
const positional = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
const dirs = positional.map((d) => realpathSync(d));
if (dirs.length < 2) throw new Error('usage: popup-ab.ts DIR_A DIR_B [DIR_C …] [--runs N] [--profile N] [--trace N] [--out FILE]');
const runs = flag('--runs', 40);
const profileRuns = flag('--profile', 0);
const traceRuns = flag('--trace', 0);
for (const [name, n] of [['--runs', runs], ['--profile', profileRuns], ['--trace', traceRuns]] as const) {
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} takes a whole number, not ${n}`);
}

const labels = dirs.map((_, i) => String.fromCharCode(65 + i));
const ids = dirs.map((d) => unpackedExtensionId(d));
const popupUrl = (id: string) => `chrome-extension://${id}/popup.html?operator=kcell`;


function table(name: string, values: number[]): string {
  const q = quantiles(values);
  return `${name.padEnd(34)} p50 ${q.p50.toFixed(1).padStart(6)}  p95 ${q.p95.toFixed(1).padStart(6)}`;
}

/** A page already showing an extension document, so that a CDP session survives the navigation to the popup (same process). */
async function attached(context: BrowserContext, id: string): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 580 });
  await page.goto(`chrome-extension://${id}/manifest.json`);
  return { page, cdp: await context.newCDPSession(page) };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

/**
 * CPU samples (100 µs) of N openings, with a light trace for the phases: the profiler's and the
 * trace's clocks are the same (monotonic µs), so each sample falls in one phase of its opening:
 * before the popup's module evaluates, its evaluation, and from there to the ready mark (the storage
 * answer, live state and the first render). Self and inclusive time by function, per opening.
 */
async function profileOpenings(context: BrowserContext, id: string, n: number): Promise<Record<string, Map<string, [number, number]>>> {
  const phases: Record<string, Map<string, [number, number]>> = { evaluate: new Map(), afterEvaluate: new Map() };
  for (let i = 0; i < n; i++) {
    const { page, cdp } = await attached(context, id);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'blink.user_timing', 'loading'] }, transferMode: 'ReportEvents' });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(popupUrl(id));
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, POPUP_READY_MARK);
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number };
    };
    await cdp.send('Tracing.end');
    await done;
    await cdp.detach();
    await page.close();
    const mark = events.find((e) => e.name === POPUP_READY_MARK);
    const evaluate = events.filter((e) => e.name === 'v8.evaluateModule' && e.pid === mark?.pid && e.tid === mark?.tid).pop();
    if (!mark || !evaluate) continue;
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const keyOf = (node: ProfileNode) => {
      const frame = node.callFrame;
      const where = frame.url ? ` ${frame.url.replace(/^chrome-extension:\/\/[a-p]+\//, '')}:${frame.columnNumber}` : '';
      return `${frame.functionName || '(anonymous)'}${where}`;
    };
    let t = profile.startTime;
    for (let k = 0; k < profile.samples.length; k++) {
      t += profile.timeDeltas[k]!;
      const dt = (profile.timeDeltas[k + 1] ?? 0) / 1000;
      const phase = t >= evaluate.ts && t < evaluate.ts + (evaluate.dur ?? 0) ? 'evaluate' : t >= evaluate.ts && t <= mark.ts ? 'afterEvaluate' : null;
      if (!phase) continue;
      const sums = phases[phase]!;
      const leaf = byId.get(profile.samples[k]!)!;
      const seen = new Set<string>();
      for (let node: ProfileNode | undefined = leaf; node; node = byId.get(parent.get(node.id) ?? -1)) {
        const key = keyOf(node);
        if (seen.has(key)) continue;
        seen.add(key);
        const entry = sums.get(key) ?? [0, 0];
        if (node === leaf) entry[0] += dt;
        entry[1] += dt;
        sums.set(key, entry);
      }
    }
  }
  return phases;
}

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8', 'v8.execute', 'blink.user_timing', 'loading', '__metadata'];

interface Phases {
  /** ms from navigationStart */
  requested: number;
  arrived: number;
  evaluateStart: number;
  evaluateEnd: number;
  dcl: number;
  microtasksStart: number;
  microtasks: number;
  ready: number;
  codeCache: number;
  /** CPU time (thread time) of the evaluation, of the microtask run, and of all main-thread tasks from the module's arrival to ready. */
  evaluateCpu: number;
  microtasksCpu: number;
  mainCpu: number;
  /** CPU time, navigation start → ready, of the browser process's main thread and of our service worker's thread. */
  browserCpu: number;
  workerCpu: number;
}

/** One traced opening of `url`, split into phases on the renderer's main thread (times from navigationStart). */
async function traceOpening(context: BrowserContext, id: string, url: string, mark: string, script: RegExp): Promise<Phases | null> {
  const { page, cdp } = await attached(context, id);
  const events: (TraceEvent & { args?: { data?: Record<string, unknown> } })[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES }, transferMode: 'ReportEvents' });
  await page.goto(url);
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark);
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  await page.close();
  const m = events.find((e) => e.name === mark);
  if (!m) return null;
  const mine = (e: TraceEvent) => e.pid === m.pid && e.tid === m.tid;
  const nav = events.filter((e) => e.name === 'navigationStart' && e.pid === m.pid).pop();
  if (!nav) return null;
  const at = (e: TraceEvent | undefined) => (e ? (e.ts - nav.ts) / 1000 : NaN);
  const sent = events.find((e) => e.name === 'ResourceSendRequest' && script.test(String(e.args?.data?.url ?? '')));
  const requestId = sent?.args?.data?.requestId;
  const finish = events.find((e) => e.name === 'ResourceFinish' && e.args?.data?.requestId === requestId);
  const compile = events.find((e) => e.name === 'v8.compileModule' && script.test(String(e.args?.data?.url ?? '')));
  const evaluate = events.filter((e) => e.name === 'v8.evaluateModule' && mine(e) && e.ts > nav.ts).shift();
  const dcl = events.filter((e) => e.name === 'domContentLoadedEventStart' && mine(e) && e.ts > nav.ts).pop();
  const micro = events
    .filter((e) => e.name === 'RunMicrotasks' && mine(e) && e.ts >= (dcl?.ts ?? 0) && e.ts <= m.ts)
    .sort((x, y) => (y.dur ?? 0) - (x.dur ?? 0))[0];
  return {
    requested: at(sent),
    arrived: at(finish),
    evaluateStart: at(evaluate),
    evaluateEnd: at(evaluate) + (evaluate?.dur ?? NaN) / 1000,
    dcl: at(dcl),
    microtasksStart: micro ? at(micro) : NaN,
    microtasks: micro ? (micro.dur ?? 0) / 1000 : 0,
    ready: at(m),
    codeCache: Number(compile?.args?.data?.consumedCacheSize ?? 0),
    evaluateCpu: (evaluate?.tdur ?? NaN) / 1000,
    microtasksCpu: micro ? (micro.tdur ?? NaN) / 1000 : 0,
    mainCpu: topLevelTasks(events.filter((e) => mine(e) && e.name === 'RunTask' && e.ph === 'X'), finish?.ts ?? Infinity, m.ts),
    browserCpu: threadCpu(events, 'Browser', 'CrBrowserMain', nav.ts, m.ts),
    workerCpu: threadCpu(events, null, 'ServiceWorker thread', nav.ts, m.ts, m.pid),
  };
}

/** CPU time of a named thread's top-level tasks that start in [from, to] (process by name, or by pid). */
function threadCpu(events: TraceEvent[], processName: string | null, threadName: string, from: number, to: number, pid?: number): number {
  const meta = events as (TraceEvent & { args?: { name?: string } })[];
  const pids = new Set(pid !== undefined ? [pid] : meta.filter((e) => e.ph === 'M' && e.name === 'process_name' && e.args?.name === processName).map((e) => e.pid));
  const threads = new Set(meta.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === threadName && pids.has(e.pid)).map((e) => `${e.pid}:${e.tid}`));
  const tasks = events.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && threads.has(`${e.pid}:${e.tid}`));
  return topLevelTasks(tasks, from, to);
}

/** Thread time of the top-level tasks (not nested in another) that start in [from, to], in ms. */
function topLevelTasks(tasks: TraceEvent[], from: number, to: number): number {
  let end = -Infinity;
  let cpu = 0;
  for (const task of [...tasks].sort((x, y) => x.ts - y.ts)) {
    if (task.ts < end) continue;
    end = task.ts + (task.dur ?? 0);
    if (task.ts >= from && task.ts <= to) cpu += (task.tdur ?? 0) / 1000;
  }
  return cpu;
}

function phaseTable(label: string, runs: Phases[]): string[] {
  const col = (name: string, f: (p: Phases) => number) => {
    const values = runs.map(f).filter(Number.isFinite);
    return values.length ? table(`${label} ${name}`, values) : `${label} ${name}: none`;
  };
  return [
    col('module requested', (p) => p.requested),
    col('request → arrived', (p) => p.arrived - p.requested),
    col('arrived → evaluate', (p) => p.evaluateStart - p.arrived),
    col('evaluate', (p) => p.evaluateEnd - p.evaluateStart),
    col('evaluated → DCL', (p) => p.dcl - p.evaluateEnd),
    col('DCL → microtasks', (p) => p.microtasksStart - p.dcl),
    col('biggest microtask run', (p) => p.microtasks),
    col('microtasks end → ready', (p) => p.ready - p.microtasksStart - p.microtasks),
    col('ready', (p) => p.ready),
    col('CPU: evaluate', (p) => p.evaluateCpu),
    col('CPU: microtask run', (p) => p.microtasksCpu),
    col('CPU: main thread, arrived → ready', (p) => p.mainCpu),
    col('CPU: browser main thread, navigation → ready', (p) => p.browserCpu),
    col('CPU: service worker thread, navigation → ready', (p) => p.workerCpu),
    `${label} code cache consumed (bytes): ${[...new Set(runs.map((p) => p.codeCache))].join(', ')}`,
  ];
}

async function main(): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'popup-ab-'));
  const floor = writeFloorExtension(profile);
  const floorId = new URL(floor.url).host;
  const launched = await launchWithExtension({ headless: true, extensionPath: [...dirs, floor.path].join(',') });
  const { context } = launched;
  try {
    const warm = await context.newPage();
    await warm.goto(floor.url);
    // Each popup once (its guide and strings then remembered, as in the bench's warm-up run).
    for (const id of ids) {
      const page = await context.newPage();
      await page.goto(popupUrl(id));
      await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, POPUP_READY_MARK, { timeout: 15_000 });
      await page.waitForTimeout(300);
      await page.close();
    }
    const openings: Opening[][] = dirs.map(() => []);
    const floorOpenings: Opening[] = [];
    // Every round opens each build and the floor once; the order rotates so each takes each place.
    const slots = [...ids.keys(), -1];
    for (let run = -1; run < runs; run++) {
      const shift = (run + slots.length) % slots.length;
      const order = [...slots.slice(shift), ...slots.slice(0, shift)];
      if (Math.floor((run + slots.length) / slots.length) % 2 === 1) order.reverse();
      const row = new Map<number, Opening>();
      for (const which of order) {
        row.set(which, which === -1 ? await openAndMark(context, floor.url, FLOOR_MARK) : await openAndMark(context, popupUrl(ids[which]!), POPUP_READY_MARK));
      }
      if (run < 0) continue;
      ids.forEach((_, i) => openings[i]!.push(row.get(i)!));
      floorOpenings.push(row.get(-1)!);
      process.stderr.write(`\r${run + 1}/${runs}`);
    }
    process.stderr.write('\n');
    const ready = (xs: Opening[]) => xs.map((x) => x.ready);
    const sinceDcl = (xs: Opening[]) => xs.map((x) => x.ready - x.dcl);
    const lines = [
      ...labels.map((label, i) => `${label} ${dirs[i]} (${openings[i]![0]!.elements} elements)`),
      `${runs} openings each, interleaved; p50 / p95 in ms`,
      table('floor (empty page, one module)', ready(floorOpenings)),
    ];
    const first = openings[0]!;
    openings.forEach((xs, i) => {
      const label = labels[i]!;
      lines.push(
        table(`${label} ready`, ready(xs)),
        table(`${label} − floor per pair`, pairDifferences(ready(xs), ready(floorOpenings))),
        table(`${label} DCL → ready`, sinceDcl(xs)),
      );
      for (const j of i > 1 ? [0, i - 1] : i === 1 ? [0] : []) {
        const other = openings[j]!;
        lines.push(
          table(`${label} − ${labels[j]} per pair`, pairDifferences(ready(xs), ready(other))),
          table(`${label} − ${labels[j]} per pair, DCL → ready`, pairDifferences(sinceDcl(xs), sinceDcl(other))),
        );
      }
    });
    // Instrumented builds: the span between consecutive marks, in the order of the first build's.
    const markNames = (xs: Opening[]) =>
      [...new Set(xs.flatMap((x) => Object.keys(x.marks)))].filter((name) => xs.every((x) => name in x.marks)).sort((m, n) => quantiles(xs.map((x) => x.marks[m]!)).p50 - quantiles(xs.map((x) => x.marks[n]!)).p50);
    openings.forEach((xs, i) => {
      const names = markNames(xs);
      names.forEach((name, k) => {
        const span = (ys: Opening[]) => ys.map((y) => (k === 0 ? y.marks[name]! - y.dcl : y.marks[name]! - y.marks[names[k - 1]!]!));
        const from = k === 0 ? 'DCL' : names[k - 1]!;
        lines.push(table(`${labels[i]}   ${from} → ${name}`, span(xs)));
        if (i > 0 && markNames(first).includes(name) && (k === 0 || markNames(first).includes(names[k - 1]!))) {
          lines.push(table(`${labels[i]}−A ${from} → ${name}`, pairDifferences(span(xs), span(first))));
        }
      });
      if (names.length) lines.push(table(`${labels[i]}   ${names.at(-1)} → ready`, xs.map((x) => x.ready - x.marks[names.at(-1)!]!)));
    });
    console.log(lines.join('\n'));
    const result: Record<string, unknown> = { dirs, runs, openings, floor: floorOpenings };
    if (profileRuns > 0) {
      for (const [i, id] of ids.entries()) {
        const label = labels[i]!;
        const phases = await profileOpenings(context, id, profileRuns);
        for (const [phase, sums] of Object.entries(phases)) {
          const rows = [...sums].sort((x, y) => y[1][0] - x[1][0]);
          const total = rows.reduce((s, [, [self]]) => s + self, 0);
          console.log(`\n${label} ${phase}: CPU samples per opening (mean over ${profileRuns}, total ${(total / profileRuns).toFixed(1)} ms): self, inclusive`);
          for (const [name, [self, incl]] of rows.slice(0, 45)) console.log(`  ${(self / profileRuns).toFixed(2).padStart(6)} ${(incl / profileRuns).toFixed(2).padStart(6)}  ${name}`);
          const inclusive = [...sums].sort((x, y) => y[1][1] - x[1][1]);
          console.log(`  -- by inclusive time:`);
          for (const [name, [, incl]] of inclusive.slice(0, 45)) console.log(`  ${(incl / profileRuns).toFixed(2).padStart(6)}  ${name}`);
          result[`profile${label}:${phase}`] = Object.fromEntries(rows.map(([k, [a, b]]) => [k, [a / profileRuns, b / profileRuns]]));
        }
      }
    }
    if (traceRuns > 0) {
      const traced: Record<string, Phases[]> = Object.fromEntries([...labels, 'floor'].map((l) => [l, []]));
      for (let r = 0; r < traceRuns; r++) {
        const round: (Phases | null)[] = [];
        for (const id of ids) round.push(await traceOpening(context, id, popupUrl(id), POPUP_READY_MARK, /\/chunks\/popup-/));
        const floorPhases = await traceOpening(context, floorId, floor.url, FLOOR_MARK, /\/floor\.js$/);
        // Only whole rounds, so that traced[X][r] are of the same round for every X.
        if (round.some((p) => !p) || !floorPhases) continue;
        round.forEach((p, i) => traced[labels[i]!]!.push(p!));
        traced.floor!.push(floorPhases);
      }
      console.log(`\ntraced openings, interleaved, ${traceRuns} each (ms; from navigationStart where not a span)`);
      for (const [label, runs] of Object.entries(traced)) console.log(phaseTable(label, runs).join('\n'));
      // Per round, against A (rounds where both traces were read).
      for (const label of labels.slice(1)) {
        const pairs = traced[label]!.map((p, r) => [p, traced.A![r]] as const).filter(([p, q]) => p && q);
        for (const [name, f] of [
          ['CPU: evaluate', (p: Phases) => p.evaluateCpu],
          ['CPU: microtask run', (p: Phases) => p.microtasksCpu],
          ['CPU: main thread, arrived → ready', (p: Phases) => p.mainCpu],
          ['CPU: browser main thread, navigation → ready', (p: Phases) => p.browserCpu],
          ['arrived → ready (wall)', (p: Phases) => p.ready - p.arrived],
        ] as const) {
          console.log(table(`${label}−A ${name}`, pairs.map(([p, q]) => f(p!) - f(q!))));
        }
      }
      result.traced = traced;
    }
    if (out) writeFileSync(out, JSON.stringify(result, null, 1));
  } finally {
    await launched.cleanup();
    rmSync(profile, { recursive: true, force: true });
  }
}

await main();
