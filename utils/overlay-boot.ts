// The hand-over from the guide's detector (the small manifest content script) to the overlay it has
// the worker inject on demand. Both run in the extension's isolated world of the same page, so a
// global there is shared by the two and invisible to the page's own scripts.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { OperatorId, SiteId, Topic } from '@/data/schema';
import type { ResponseFor } from './messages';
import type { ProgressMap } from './progress';
import type { Settings } from './storage';

/** The worker's whole answer to guide/get, failure included (utils/live-state.ts GuideAnswer is the guide it carries). */
export type GuideResponse = ResponseFor<{ type: 'guide/get'; operator: OperatorId }>;
/** The overlay's view of `guide`: its answer, or, when the worker could not be reached, the runtime's words. */
export type GuideOutcome = GuideResponse | { readonly ok: false; readonly error: string };

/** What the detector already knows when it asks for the overlay, so the overlay reads and asks nothing again. */
export interface OverlayBoot {
  /** The detector's WXT context: the overlay dies with it (extension reloaded or updated). */
  readonly ctx: ContentScriptContext;
  readonly operator: OperatorId;
  /**
   * Settings and this operator's progress, from the detector's one read. On a page the classifier
   * found relevant the overlay is asked for before that read is back, so the overlay still decides
   * with it (a dismissed site gets nothing); rejects when storage could not be read.
   */
  readonly stored: Promise<StoredView>;
  /** The classification the decision was made on, and the URL it is for (null when the site is dismissed). */
  readonly classification: PageClassification | null;
  /** Classifies the page as it is now, leaving out `exclude` (the overlay's host): the detector's classifier,
   * already compiled in this world, so overlay.js carries none of its own. */
  readonly classify: (exclude: Element | null) => PageClassification;
  /** `guide/get`, sent in parallel with the injection; rejects when the worker could not be reached. */
  readonly guide: Promise<GuideResponse>;
  /**
   * When the detector last saw the address change (performance.now()), null if it did not. An app may
   * move to a new address as the page loads and draw the new view later: the detector's looks after a
   * change end at the hand-over, so the overlay takes them over.
   */
  readonly movedAt: number | null;
  /** Set by the overlay that takes over: a second injection (a retried message) finds it and does nothing. */
  claimed: boolean;
}

export interface StoredView {
  readonly settings: Settings;
  readonly progress: ProgressMap;
  /**
   * As stored, unchecked: what only the overlay looks at (the data's version, the worker's notices), from
   * the same read, so the overlay need not read storage twice more; it checks them itself, which keeps
   * their checkers out of the detector every operator page runs.
   */
  readonly schemaVersion: unknown;
  readonly notices: unknown;
}

export interface PageClassification {
  readonly href: string;
  readonly operator: SiteId | null;
  readonly relevant: boolean;
  readonly topics: readonly Topic[];
}

/** Main-thread cost of each classification, for the browser tests and the bench (read through the isolated world). */
export interface GuideTiming {
  classifyMs: number[];
}

const BOOT_KEY = '__simexitKzOverlayBoot_7f3c';
const WAITING_KEY = '__simexitKzOverlayWaiting_7f3c';
const TIMING_KEY = 'simexitGuideTiming';
const KEYS_KEY = '__simexitKzGuideKeys_7f3c';

type Start = (boot: OverlayBoot) => void;
type TakeKey = (event: Event) => void;
type Slots = { [BOOT_KEY]?: OverlayBoot; [WAITING_KEY]?: Start; [TIMING_KEY]?: GuideTiming; [KEYS_KEY]?: TakeKey };
const slots = () => globalThis as unknown as Slots;

/** Hands over to the overlay: at once, in this task, when one was loaded ahead and is waiting. */
export function putBoot(boot: OverlayBoot): void {
  slots()[BOOT_KEY] = boot;
  const waiting = slots()[WAITING_KEY];
  if (!waiting || boot.claimed) return;
  boot.claimed = true;
  delete slots()[WAITING_KEY];
  waiting(boot);
}

/** The detector's hand-over, once: null when there is none (a stray injection) or it was already taken. */
export function claimBoot(): OverlayBoot | null {
  const boot = slots()[BOOT_KEY];
  if (!boot || boot.claimed) return null;
  boot.claimed = true;
  return boot;
}

/**
 * For the overlay: `start` gets the hand-over now if it is there, or when the detector hands over
 * (the overlay was loaded ahead, while the page was parsed). Nothing when an overlay already runs.
 */
export function whenHandedOver(start: Start): void {
  const boot = slots()[BOOT_KEY];
  if (boot?.claimed) return;
  const claimed = claimBoot();
  if (claimed) start(claimed);
  else slots()[WAITING_KEY] = start;
}

/** An overlay is loaded and waits for the hand-over: the manifest put it on this page (utils/help-globs.ts). */
export function overlayWaiting(): boolean {
  return slots()[WAITING_KEY] !== undefined;
}

export function guideTiming(): GuideTiming {
  return (slots()[TIMING_KEY] ??= { classifyMs: [] });
}

export function recordClassifyMs(ms: number): void {
  const timing = guideTiming();
  timing.classifyMs.push(ms);
  if (timing.classifyMs.length > 50) timing.classifyMs.shift();
}

/** The key events a page could take from the guide: the guide's own handling, or the text typed into it. */
const GUIDE_KEY_EVENTS = ['keydown', 'keyup', 'keypress', 'beforeinput'] as const;
/** One function, so holding the keys again while the window still has this listener adds none. */
const passKey = (event: Event) => slots()[KEYS_KEY]?.(event);

/**
 * Before any page script (the detector runs at document_start): the first listeners at window capture,
 * which is where a key pressed in the guide reaches the page first (as a key on the guide's host).
 * Listeners on one target run in the order they were added, whatever their world, so what the overlay
 * hands in here (takeGuideKeys) sees each key before any listener of the page does, and can keep it from
 * them all; on a page where the overlay came later too. A page that stopped or prevented the key there
 * left Escape folding nothing and Space ticking nothing, and every page learnt which keys were pressed.
 */
export function holdGuideKeys(): void {
  for (const type of GUIDE_KEY_EVENTS) addEventListener(type, passKey, true);
}

/** For the overlay: `take` sees each key event first (holdGuideKeys). */
export function takeGuideKeys(take: TakeKey): void {
  slots()[KEYS_KEY] = take;
}
