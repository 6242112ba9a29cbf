// One operator's live view of the shared state, for any UI (overlay, popup). Reads come from
// storage and follow `storage.onChanged`, so a tick in one tab shows in every other; every write
// goes to the worker as a message (it alone writes storage). Guide text is fetched from the worker
// (`guide/get`) rather than imported, which keeps it out of the content script's bundle.
// No DOM here: the overlay and the popup render it.
import { batch, computed, effect, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { Lang, OperatorGuide, OperatorId, Route, Step } from '@/data/schema';
import { sendToWorker } from '@/utils/client';
import type { GuideSection, Request } from '@/utils/messages';
import { uiLang } from '@/utils/i18n';
import { applySet, checklistCount, progressKey, type ProgressMap } from '@/utils/progress';
import { sectionsForRoute } from '@/utils/route-sections';
import { trackTick } from '@/utils/unanswered-ticks';
import {
  DEFAULT_SETTINGS,
  EMPTY_EVIDENCE,
  KEYS,
  evidenceFrom,
  settingsFrom,
  evidenceKey,
  onStorageChange,
  progressFromItems,
  readAll,
  type Evidence,
  type Settings,
  type StorageChange,
} from '@/utils/storage';
import { errorText } from '@/utils/error-text';

export type LiveStatus = 'loading' | 'ready' | 'error';

export interface LiveState {
  readonly operator: OperatorId;
  readonly settings: ReadonlySignal<Settings>;
  readonly progress: ReadonlySignal<ProgressMap>;
  readonly evidence: ReadonlySignal<Evidence>;
  readonly guide: ReadonlySignal<OperatorGuide | null>;
  /** The checklist for the current route, as the worker composed it. */
  readonly sections: ReadonlySignal<readonly GuideSection[]>;
  readonly route: ReadonlySignal<Route>;
  readonly done: ReadonlySignal<number>;
  readonly total: ReadonlySignal<number>;
  readonly status: ReadonlySignal<LiveStatus>;
  /** The last failure (worker unreachable, extension reloaded…) in the runtime's or the worker's words: the error panel shows it. */
  readonly error: ReadonlySignal<string | null>;
  /** What that failure was, for the UI to say so in its own words; null while there is none. */
  readonly failure: ReadonlySignal<FailureKind | null>;
  /** Settles when the first read (storage + guide) is over, whether it worked or not. */
  readonly ready: Promise<void>;
  /** Settles as soon as storage has been read, before the worker answers: a UI can paint its first frame from it. */
  readonly stored: Promise<void>;
  /**
   * Reads and asks again after the checklist could not be loaded (status 'error'), both UIs' "Try again":
   * the worker usually answers a moment later (a stopped worker restarting, an update finishing).
   * Status and failure stay as drawn until the answer is in, so no UI flashes a loading frame: then
   * 'ready' with the guide, or the failure again, and settles. Each UI asks once at a time (its button
   * says it is asking), as a second ask would settle the first as failed.
   */
  retry(): Promise<void>;
  setDone(stepId: string, done: boolean): Promise<boolean>;
  restoreSite(): Promise<boolean>;
  dispose(): void;
}

/**
 * The overlay's live state (createGuideLiveState): also its steps and language, and the changes only
 * the overlay makes. The popup's has none of them, so its first load carries none of their code (it
 * sets the language and the route through its shell, and storage brings them here).
 */
export interface GuideLiveState extends LiveState {
  readonly steps: ReadonlySignal<readonly Step[]>;
  /** settings.lang, or the browser's language when the user has not chosen one. */
  readonly lang: ReadonlySignal<Lang>;
  setLang(lang: Lang): Promise<boolean>;
  setRoute(route: Route): Promise<boolean>;
  dismissSite(): Promise<boolean>;
}

/** What createGuideLiveState adds its members with: the core's own signals and writes. */
interface Core {
  readonly settings: Signal<Settings>;
  readonly sections: ReadonlySignal<readonly GuideSection[]>;
  /** Shows `patch` at once and sends `request`; what storage holds is shown again if that fails. */
  update(patch: Partial<Settings>, request: Request): Promise<boolean>;
  /** Asks for the checklist of the route settings hold when the worker reads them. */
  loadGuide(): Promise<void>;
  /** A route this UI asked for and the worker has not confirmed yet (null: none); no fetch meanwhile. */
  holdRoute(route: Route | null): void;
}

export interface LiveStateOptions {
  /** The browser UI language tag, for when settings.lang is null (createGuideLiveState's `lang`). Defaults to navigator.language. */
  browserLang?: string;
  /**
   * State a caller already holds (the overlay gets it from its detector): the UI's first render
   * shows it, and with `guide` it renders ready, with its steps, without asking the worker again.
   * Storage is still read and followed as usual, so nothing that changed since is missed.
   */
  initial?: {
    settings: Settings;
    progress: ProgressMap;
    guide?: GuideAnswer;
    /**
     * The caller's own `guide/get` failed, in the worker's or the runtime's words (the overlay's
     * detector asked at the hand-over): said at once as the checklist that could not be loaded, not
     * asked again, which made the user wait for a second timeout before the failure showed (about
     * 6.4 s each, utils/client.ts). `retry` asks.
     */
    guideFailed?: string;
    /**
     * With `evidence` too, `initial` is the whole stored state this needs, read by a caller that
     * kept every change since (the popup's one read on opening): storage is not read again.
     */
    evidence?: Evidence;
  };
  /** Each guide answer the worker gives, with the route it was composed for (the popup remembers them). */
  onGuide?: (answer: GuideAnswer) => void;
  /**
   * An earlier answer for this operator and route, if the UI kept one (the popup's, from onGuide). With
   * `initial` and no guide there, and on every route change, it is drawn at once, then asked for again
   * and replaced where the worker's answer differs; a failure to ask again is not shown. (On a route
   * change while the worker could not answer, the other route's steps stayed under the new route,
   * with "A change was not saved", though the change was saved.)
   */
  recall?: (operator: OperatorId, route: Route) => GuideAnswer | null;
}

/** A guide/get answer: the guide and the checklist the worker composed for `route`. */
export interface GuideAnswer {
  guide: OperatorGuide;
  sections: readonly GuideSection[];
  route: Route;
}

/**
 * What failed: a change not saved ('quota': storage is full, the one the user must act on), or the
 * checklist that could not be loaded ('guide': guide/get failed or went unanswered, or storage could
 * not be read), which is no change lost. Each UI says each in its own words (utils/popup-failure.ts,
 * the overlay's Panel). A route switched to whose answer does not come is said as 'guide' only where no
 * steps are shown: with a guide held, `sections` lists that route's steps from it, and the overlay's line
 * under its steps leaves 'guide' out (utils/overlay-view.ts failureLine).
 */
export type FailureKind = 'guide' | 'save' | 'quota';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** One operator's live state, as the popup uses it: no language of its own, so no `browserLang` (the popup's shell has it). */
export function createLiveState(operator: OperatorId, options: Omit<LiveStateOptions, 'browserLang'> = {}): LiveState {
  return liveState(operator, options);
}

/** The overlay's: with its steps, its language and the changes only it makes (GuideLiveState). */
export function createGuideLiveState(operator: OperatorId, options: LiveStateOptions = {}): GuideLiveState {
  const browserLang = options.browserLang ?? (globalThis.navigator?.language || 'en');
  return liveState(operator, options, ({ settings, sections, update, loadGuide, holdRoute }) => ({
    steps: computed(() => sections.value.flatMap((s) => s.steps)),
    lang: computed(() => uiLang(settings.value.lang, browserLang)),
    setLang: (next: Lang) => update({ lang: next }, { type: 'settings/set', patch: { lang: next } }),
    async setRoute(next: Route) {
      holdRoute(next);
      const ok = await update({ route: next }, { type: 'settings/set', patch: { route: next } });
      holdRoute(null);
      await loadGuide();
      return ok;
    },
    dismissSite() {
      const current = settings.value.dismissedSites;
      if (current.includes(operator)) return Promise.resolve(true);
      return update({ dismissedSites: [...current, operator] }, { type: 'site/dismiss', operator, dismissed: true });
    },
  }));
}

function liveState(operator: OperatorId, options: LiveStateOptions): LiveState;
function liveState<E>(operator: OperatorId, options: LiveStateOptions, extend: (core: Core) => E): LiveState & E;
function liveState<E>(operator: OperatorId, options: LiveStateOptions, extend?: (core: Core) => E): LiveState & E {
  const settings = signal<Settings>(DEFAULT_SETTINGS);
  const progress = signal<ProgressMap>({});
  const evidence = signal<Evidence>(EMPTY_EVIDENCE);
  const guide = signal<OperatorGuide | null>(null);
  /** The checklist as the worker last composed it, for `loadedRoute`. */
  const composed = signal<readonly GuideSection[]>([]);
  const status = signal<LiveStatus>('loading');
  const error = signal<string | null>(null);
  /** Set with `error`, always: what it was. */
  const failure = signal<FailureKind | null>(null);
  /** Route of the sections we hold; a different settings.route means they must be fetched again. */
  const loadedRoute = signal<Route | null>(null);

  const initial = options.initial;
  const draw = (answer: GuideAnswer) => {
    guide.value = answer.guide;
    composed.value = answer.sections;
    loadedRoute.value = answer.route;
    status.value = 'ready';
    forgetGuideFailure();
  };
  const given = initial?.guide;
  /**
   * The answer kept for the route storage holds, drawn once storage is read: in the same task when
   * the whole of it is `initial` (the popup's opening), so its first frame has the checklist.
   */
  let remembered: GuideAnswer | null | undefined;
  if (initial) {
    settings.value = initial.settings;
    progress.value = initial.progress;
  }
  if (given) draw(given);

  const route = computed(() => settings.value.route);
  // Always the chosen route's steps: until the worker answers for a route switched to (here or in
  // another UI), or when it cannot, the answer held is the other route's, and its steps listed under
  // the new choice were ticked as if they were this route's (utils/route-sections.ts).
  const sections = computed(() => {
    const held = guide.value;
    return held ? sectionsForRoute(composed.value, held, route.value) : composed.value;
  });
  const count = computed(() => checklistCount(sections.value, progress.value));
  const done = computed(() => count.value.done);
  const total = computed(() => count.value.total);

  let disposed = false;
  let unsubscribe: (() => void) | null = null;
  let guideRequest = 0;
  /** A route this UI asked for and the worker has not confirmed yet; fetching before then would get the old one. */
  let routeInFlight: Route | null = null;

  /** A change not saved unless `kind` says otherwise; the worker's code says when storage is full. */
  const fail = (e: unknown, kind: FailureKind = errorText(e) === 'quota' ? 'quota' : 'save') => {
    if (disposed) return;
    error.value = errorText(e);
    failure.value = kind;
  };
  const failed = initial?.guideFailed;
  if (failed) fail(failed, 'guide');

  async function loadGuide(quiet?: boolean): Promise<void> {
    const request = ++guideRequest;
    try {
      const response = await sendToWorker({ type: 'guide/get', operator });
      if (disposed || request !== guideRequest) return;
      if (!response.ok) throw new Error(response.error);
      if (!Array.isArray(response.sections)) throw new Error('unexpected response');
      batch(() => {
        // An equal answer (a remembered one confirmed) keeps what is drawn, so nothing renders again.
        if (!same(response.guide, guide.peek())) guide.value = response.guide;
        // Equal to the steps listed since the route changed (composed from the guide): those objects
        // stay, so nothing renders again.
        const shown = sections.peek();
        if (!same(response.sections, shown)) composed.value = response.sections;
        else if (composed.peek() !== shown) composed.value = shown;
        // The worker says which route it composed (it reads the settings itself).
        loadedRoute.value = response.route;
        // Loaded: a failure to load said before (asked again on "Try again", or by a route switch on the
        // failure panel) is over, and so is the panel's 'error' (else a later failed save went unsaid).
        forgetGuideFailure();
        if (status.peek() === 'error') status.value = 'ready';
      });
      options.onGuide?.({ guide: response.guide, sections: response.sections, route: response.route });
    } catch (e) {
      // Not a change that failed to save: the checklist that could not be loaded (each UI says which).
      if (request === guideRequest && !quiet) fail(e, 'guide');
    }
  }

  function apply(changes: readonly StorageChange[]): void {
    batch(() => {
      for (const change of changes) {
        switch (change.item) {
          case 'settings':
            settings.value = change.value;
            break;
          case 'evidence':
            if (change.operator === operator) evidence.value = change.value;
            break;
          case 'progress': {
            if (change.operator !== operator) break;
            const { stepId, value } = change;
            if (value) {
              progress.value = applySet(progress.value, stepId, value.done, value.at);
            } else if (stepId in progress.value) {
              // Removed (a corrupt item repaired, or an older version's reset): storage is the truth.
              const next = { ...progress.value };
              delete next[stepId];
              progress.value = next;
            }
            break;
          }
          default:
            break;
        }
      }
    });
  }

  /**
   * What this operator's UI shows, in one read of the store (it is small): one round trip instead
   * of four, and the same checks the popup's first read uses, not a second set of readers in the bundle.
   */
  async function readStored(): Promise<[Settings, ProgressMap, Evidence]> {
    const items = await readAll();
    return [settingsFrom(items[KEYS.settings]), progressFromItems(items, operator), evidenceFrom(items[evidenceKey(operator)])];
  }

  /**
   * Storage's progress, with every value this UI shows that is newer than storage's: ticks still on
   * their way to the worker, or saved with their storage change not here yet (a box sprung back while
   * its save is under way would make a second press undo it). Not `refused`, the tick the worker
   * turned down: storage shows for it. Settings are taken as stored: a route or language change in
   * flight shows again when its change arrives, and nothing there is pressed relative to what is shown.
   */
  function withShown(stored: ProgressMap, refused?: Request): ProgressMap {
    let merged = stored;
    for (const [id, value] of Object.entries(progress.value)) {
      if (refused?.type !== 'progress/set' || refused.stepId !== id || refused.at !== value.at) merged = applySet(merged, id, value.done, value.at);
    }
    return merged;
  }

  async function resync(refused: Request): Promise<void> {
    try {
      const [s, p] = await readStored();
      if (disposed) return;
      const merged = withShown(p, refused);
      batch(() => {
        settings.value = s;
        progress.value = merged;
      });
    } catch {
      // The context is gone (extension reloaded): the UI is being removed anyway.
    }
  }

  function update(patch: Partial<Settings>, request: Request): Promise<boolean> {
    settings.value = { ...settings.value, ...patch };
    return send(request);
  }

  async function send(request: Request): Promise<boolean> {
    try {
      const response = await sendToWorker(request);
      if (!response.ok) throw new Error(response.error);
      // A saved change says nothing of a checklist that could not be loaded.
      if (!disposed && failure.peek() !== 'guide') error.value = failure.value = null;
      return true;
    } catch (e) {
      fail(e);
      // What we showed optimistically may not have been saved: show what storage holds.
      await resync(request);
      return false;
    }
  }

  function forgetGuideFailure(): void {
    if (failure.peek() === 'guide') error.value = failure.value = null;
  }

  // Assigned at once: a promise runs its executor in its constructor.
  let markStored!: () => void;
  const stored = new Promise<void>((resolve) => (markStored = resolve));
  // Made again by retry (`again`): storage is followed once, and read then, though the opening was
  // given whole (the popup's): it may have changed since.
  const load = async (again?: boolean) => {
    try {
      unsubscribe ??= onStorageChange((changes) => {
        if (!disposed) apply(changes);
      });
      const [s, p, ev] = initial?.evidence && !again ? [initial.settings, initial.progress, initial.evidence] : await readStored();
      if (disposed) return;
      batch(() => {
        // Changes that arrived while reading are newer than what we read for progress; merge by the rule.
        // Values equal to what the UI already shows (given as `initial`) are kept, so it does not re-render for nothing.
        if (!same(s, settings.value)) settings.value = s;
        const merged = withShown(p);
        if (!same(merged, progress.value)) progress.value = merged;
        evidence.value = ev;
        // Opened without `initial` too (the popup's operator menu), before the UI swaps to it: there, a
        // worker that could not answer showed the failure panel though a good copy was kept.
        if (!given && (remembered = options.recall?.(operator, s.route))) draw(remembered);
      });
      markStored();
      if (remembered) {
        // Asked again a task later, usually after the one that draws it (not when the popup must first
        // import a strings chunk): the worker composing and sending the answer (~40 kB) took ~1.5 ms
        // of CPU, on 2 cores, while the popup rendered.
        await new Promise((resolve) => setTimeout(resolve));
        if (!disposed) await loadGuide(true);
      } else if (!given && (again || failure.peek() !== 'guide')) {
        // Not while initial.guideFailed is said (the detector asked already): "Try again" asks.
        await loadGuide();
      }
      if (!disposed) status.value = error.value && !guide.value ? 'error' : 'ready';
    } catch (e) {
      // Storage could not be read (the extension reloaded): nothing to show, not a change lost.
      fail(e, 'guide');
      if (!disposed) status.value = 'error';
    } finally {
      markStored();
    }
  };
  const ready = load();

  // A route changed anywhere (this UI, the popup) → fetch that route's checklist.
  const stopRouteWatch = effect(() => {
    const wanted = route.value;
    const have = loadedRoute.value;
    if (have === null || routeInFlight !== null) return;
    // A checklist that could not be loaded (said, or still on its way) was another route's: the
    // route shown now has its own, drawn or asked for. A failed save is still said.
    guideRequest++;
    forgetGuideFailure();
    if (have !== wanted) {
      const kept = options.recall?.(operator, wanted);
      if (kept) draw(kept);
      // With a guide held, its steps for the new route are listed already (`sections`): an answer that
      // does not come changes nothing the user sees, so it is not said.
      void loadGuide(!!(kept || guide.peek()));
    }
  });

  // Without `extend` (the popup), only the core: E is then nothing (the overloads above).
  return {
    ...(extend?.({
      settings,
      sections,
      update,
      loadGuide,
      holdRoute: (next) => (routeInFlight = next),
    }) as E),
    operator,
    settings,
    progress,
    evidence,
    guide,
    sections,
    route,
    done,
    total,
    status,
    error,
    failure,
    ready,
    stored,
    retry: () => load(true),
    setDone(stepId, isDone) {
      // Always later than the step's last change: after the clock was put back (it had run ahead), a
      // plain `Date.now()` would lose to that change, so the box would show a state that is never saved.
      const at = Math.max(Date.now(), (progress.value[stepId]?.at ?? 0) + 1);
      progress.value = applySet(progress.value, stepId, isDone, at);
      const pending = send({ type: 'progress/set', operator, stepId, done: isDone, at });
      trackTick(progressKey(operator, stepId), progress.value[stepId]!, pending);
      // The first tick makes this the operator being left, unless the user is already leaving another.
      if (isDone && settings.value.operator === null) void update({ operator }, { type: 'settings/set', patch: { operator } });
      return pending;
    },
    restoreSite: () =>
      update({ dismissedSites: settings.value.dismissedSites.filter((id) => id !== operator) }, { type: 'site/dismiss', operator, dismissed: false }),
    dispose() {
      if (disposed) return;
      disposed = true;
      stopRouteWatch();
      try {
        unsubscribe?.();
      } catch {
        // Removing a listener from a dead extension context throws; nothing is left to clean.
      }
    },
  };
}
