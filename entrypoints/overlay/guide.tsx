// The guide on an operator's site, once the detector (entrypoints/guide.content) has had it
// injected: it takes over the detector's first decision and data, then re-classifies on SPA
// navigation, decides between the panel, the launcher and nothing, and wires the live state to the
// overlay ("Show me" is in ./show-me.ts, the page's focus in ./page-focus.ts). Everything that
// touches the extension runtime is guarded: after an update or reload the old context is dead and
// must go quietly.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { batch, computed, effect, signal } from '@preact/signals';
import type { Lang, OperatorId, Step, Topic } from '@/data/schema';
import { Overlay } from '@/components/overlay/Overlay';
import type { OverlayModel } from '@/components/overlay/model';
import { pick, t } from '@/utils/i18n';
import { sendToWorker } from '@/utils/client';
import { operatorName } from '@/utils/operator-names';
import { createGuideLiveState, type GuideLiveState, type LiveStateOptions } from '@/utils/live-state';
import { failureLine, withWords } from '@/utils/overlay-view';
import { ROUTE_CHOICE_OPERATORS, offersRouteChoice } from '@/utils/route-choice';
import type { GuideOutcome, OverlayBoot, StoredView } from '@/utils/overlay-boot';
import type { Corner, Side } from '@/utils/overlay-geometry';
import { decideMode, decisiveSettings, type GuideMode } from '@/utils/overlay-mode';
import { groupSteps, mayBeOutOfDate, needsSubmissionDate, precautionsLeft } from '@/utils/overlay-steps';
import type { ProgressMap } from '@/utils/progress';
import { noticesFrom, settingsFrom, noteStoredVersion, onStorageChange, progressFromItems, readAll, type Notice, type Settings } from '@/utils/storage';
import { ticksResetFor } from '@/utils/overlay-notice';
import { RECHECK_MS, onLocationChange } from '@/utils/location-change';
import { keepUnanswered } from '@/utils/unanswered-ticks';
import checklistCss from '@/components/checklist.css?inline';
import overlayCss from './style.css?inline';
import { createPageFocus } from './page-focus';
import { mountShadow, type ShadowUi } from './shadow';
import { createShowMe } from './show-me';
import { listenForShortcut } from './go-to-guide';
import { strings } from './strings';

export const HOST_NAME = 'simexit-guide';

/** How long the overlay says "hidden here" before it goes (unless closed sooner). */
const FAREWELL_MS = 8000;

/**
 * `stored` is the detector's read of storage and `answer` its `guide/get`, both already awaited: the
 * first panel renders straight with its steps, or, when the worker failed or could not be reached,
 * with that failure and "Try again" (the live state does not ask a second time on its own).
 */
export function startGuide(boot: OverlayBoot, stored: StoredView, answer: GuideOutcome): void {
  const { ctx, operator } = boot;
  // Ticks the worker has not answered when the tab is hidden (closed) are written to storage directly
  // (utils/unanswered-ticks.ts), never over a newer version's data: its version is the detector's read's.
  const keepTicks = () => document.visibilityState === 'hidden' && keepUnanswered();
  noteStoredVersion(stored.schemaVersion);
  /** The worker's notices, from the detector's read, then followed (the page's watcher below). */
  const notices = signal<readonly Notice[]>(noticesFrom(stored.notices));
  /** What the first mount starts from instead of reading and asking again; later mounts start afresh. */
  let initial: LiveStateOptions['initial'] = {
    settings: stored.settings,
    progress: stored.progress,
    ...(answer.ok ? { guide: { guide: answer.guide, sections: answer.sections, route: answer.route } } : { guideFailed: answer.error }),
  };
  // --- page state
  const relevant = signal(false);
  const topics = signal<readonly Topic[]>([]);
  const expanded = signal(false);
  const side = signal<Side>('right');
  const corner = signal<Corner>('bottom-right');
  const announcement = signal('');
  /** Bumped to draw again with nothing else changed: a language picked whose words did not come (setLang). */
  const drawAgain = signal(0);
  const dismissAsked = signal(false);
  const farewell = signal(false);
  let farewellTimer: number | undefined;
  /** Ends the farewell after "Hide it here": the overlay goes, and focus back to the page (or its main heading). */
  function endFarewell(): void {
    if (!farewell.peek()) return;
    clearTimeout(farewellTimer);
    farewell.value = false;
    const hadFocus = ui?.shadow.activeElement != null;
    unmount();
    if (hadFocus) leave();
  }
  /**
   * Not while the user is on it (WCAG 2.2.1): it vanished after 8 s with focus on its button, under a
   * slow reader or a screen reader, and focus jumped to the page (helper-64). It ends once they leave it.
   */
  function farewellTimeUp(): void {
    if (ui?.shadow.activeElement || ui?.shadow.querySelector('.sx-farewell:hover')) farewellTimer = ctx.setTimeout(farewellTimeUp, 1000);
    else endFarewell();
  }
  let mode: GuideMode = null;
  /** The user folded the panel in this tab (utils/worker-fold.ts), this page or an earlier one. */
  let folded = answer.ok && answer.folded === true;
  /** Only what the user did: the panel folding away from a focused element is not their choice. */
  function keepFolded(next: boolean): void {
    if (next === folded) return;
    folded = next;
    sendToWorker({ type: 'overlay/fold', folded: next }).catch(() => undefined);
  }
  let ui: ShadowUi | null = null;
  let live: GuideLiveState | null = null;
  /** Opens the panel, as the user asked, with focus on its fold button: the panel's region is then read. */
  function unfold(): void {
    expanded.value = true;
    keepFolded(false);
    requestAnimationFrame(() => ui?.shadow.querySelector<HTMLElement>('.sx-button--icon')?.focus());
  }
  /**
   * The shortcut (./go-to-guide.ts): into the guide, unfolded, or from it back to the page. False when focus
   * could not get in (the worker then opens the popup): a page's modal (a cookie dialog) or focus trap, or a
   * page that took the guide off for good, left the keys doing nothing at all.
   */
  function goToGuide(): boolean {
    const shadow = ui?.shadow;
    if (!shadow) return false;
    if (shadow.activeElement) return leave(), true;
    if (!farewell.peek()) unfold();
    shadow.querySelector<HTMLElement>('.sx-farewell button,.sx-button--icon')?.focus();
    return !!shadow.activeElement;
  }
  let stopEffects: (() => void)[] = [];

  const host = () => ui?.host ?? null;
  const shadow = () => ui?.shadow ?? null;
  const { onPageFocus, keepClearOf, returnFocus, leave } = createPageFocus({ host, shadow, side, corner, expanded });
  const showMe = createShowMe({
    steps: () => live?.steps.value ?? null,
    lang: () => live?.lang.value ?? 'en',
    host,
    shadow,
    announcement,
    expand: () => (expanded.value = true),
    // As for a focused page element: the other side, else folded to the launcher (focus then goes to it).
    keepClear: keepClearOf,
  });
  const { found, highlight, clear: clearHighlight } = showMe;
  /** The URL the current classification is for. */
  let classifiedHref: string | null = null;

  function classify(): void {
    const result = boot.classify(host());
    classifiedHref = result.href;
    batch(() => {
      relevant.value = result.relevant && result.operator === operator;
      topics.value = result.topics;
    });
  }

  // The detector's classification, taken over as is while the page is still the one it looked at.
  if (boot.classification && boot.classification.href === location.href) {
    classifiedHref = boot.classification.href;
    relevant.value = boot.classification.relevant;
    topics.value = boot.classification.topics;
  }

  // --- the model the components render
  /** `again` asks for the checklist and the words of the language wanted again (mount's). */
  function buildModel(state: GuideLiveState, again: () => Promise<unknown>): OverlayModel {
    const groups = computed(() => groupSteps(state.steps.value, relevant.value ? topics.value : []));
    const failure = computed(() => failureLine(state.status.value, state.failure.value));
    // From the id alone: a new object at every settings change (the reminder's days set in the popup)
    // drew the whole overlay again in each tab of another operator's site.
    const leavingId = computed(() => state.settings.value.operator);
    const otherInProgress = computed(() => {
      const leaving = leavingId.value;
      return leaving && leaving !== operator ? { id: leaving, name: operatorName(leaving) ?? leaving } : null;
    });
    const openFailed = signal<OperatorId | null>(null);
    const langFailed = signal<{ picked: Lang; shown: Lang } | null>(null);
    /** "Try again" is asking: once at a time (utils/live-state.ts retry). */
    const retrying = signal(false);
    let openPress = 0;
    return {
      operator,
      // The guide names its operator; until it arrives (or when it cannot be had) the picker's name stands in.
      operatorName: computed(() => state.guide.value?.name ?? operatorName(operator) ?? operator),
      lang: state.lang,
      route: state.route,
      // Before the guide is in (loading, or it could not be loaded), from this operator's id: the header
      // does not move when it comes, and a panel with no checklist offers no choice that is not there.
      routeChoice: computed(() => (state.guide.value ? offersRouteChoice(state.guide.value) : ROUTE_CHOICE_OPERATORS.includes(operator))),
      status: state.status,
      failure,
      langFailed,
      summary: computed(() => (state.guide.value ? pick(state.guide.value.summary, state.lang.value) : '')),
      notFound: computed(() => state.guide.value?.notFound ?? []),
      onPage: computed(() => groups.value.onPage),
      other: computed(() => groups.value.other),
      precautionsLeft: computed(() => precautionsLeft(state.sections.value, groups.value.onPage, state.progress.value)),
      progress: state.progress,
      dated: computed(() => state.evidence.value.submittedOn !== ''),
      done: state.done,
      total: state.total,
      found,
      outOfDate: computed(() => relevant.value && mayBeOutOfDate(state.steps.value, topics.value, found.value)),
      ticksReset: computed(() => ticksResetFor(notices.value, operator)),
      otherInProgress,
      openFailed,
      expanded,
      side,
      corner,
      highlight,
      announcement,
      keys: answer.ok ? (answer.keys ?? '') : '',
      toggleStep(step, done) {
        const saved = state.setDone(step.id, done);
        const lang = state.lang.value;
        const progress =
          state.done.value === state.total.value
            ? t(lang, 'overlay.allDone')
            : t(lang, 'progress.count', { done: state.done.value, total: state.total.value });
        const marked = t(lang, done ? 'overlay.markedDone' : 'overlay.markedUndone', {
          step: pick(step.title, lang),
          progress,
        });
        // The note that appears under the ticked hand-in card is said with the tick: drawn alone, it was
        // heard only as its button's description, by a user who went on to that button (helper-91).
        const said = needsSubmissionDate(step, state.progress.value, state.evidence.value.submittedOn !== '')
          ? `${marked}${t(lang, 'punct.stop')}${t(lang, 'overlay.remindNote')}`
          : marked;
        announcement.value = said;
        // Not saved (the alert says so, and the box springs back): the region must not keep claiming it was.
        void saved.then((ok) => {
          if (!ok && announcement.peek() === said) announcement.value = '';
        });
      },
      showMe: showMe.show,
      goToStep(step) {
        // The checkbox's id is StepItem's; focusing it scrolls it into view and names the step. The
        // cards above it then took their real height as they came into view (content-visibility), and
        // pushed it to the panel's edge or past it at 200% zoom (helper-64): it is kept in the middle
        // while the steps' height changes, for as long as that takes. The cards are watched, not only
        // the list: where the list scrolls inside the panel (320 px in a tall window) its box keeps its
        // size while theirs change, and the tick was left below its edge (36 px in Russian).
        const box = shadow()?.getElementById(`sx-step-${step.id}`);
        const steps = box?.closest('.sx-panel__body');
        if (!box || !steps) return;
        box.focus();
        const follow = new ResizeObserver(() => box.scrollIntoView({ block: 'center' }));
        for (const el of [steps, ...steps.querySelectorAll('.sx-step')]) follow.observe(el);
        ctx.setTimeout(() => follow.disconnect(), 500);
      },
      setLang(lang) {
        // The setting is saved only once the words are in: saved first, the popup, the other tabs and
        // the next page would switch while this panel, without its words, could not. If they do not
        // come, the menu, which still shows the language picked, is drawn again with the one shown,
        // and the panel says why (in the language it keeps showing, whose words it holds).
        void strings.load(lang).then((held) => {
          langFailed.value = held ? null : { picked: lang, shown: state.lang.peek() };
          if (held) void state.setLang(lang);
          else drawAgain.value++;
        });
      },
      dismissAsked,
      farewell,
      closeFarewell: endFarewell,
      setRoute(route) {
        // The count changes with the route ("1 of 16" → "0 of 15"): say so, once the new steps are in.
        void state.setRoute(route).then(() => {
          const lang = state.lang.value;
          announcement.value = `${t(lang, `route.${route}`)}${t(lang, 'punct.colon')}${t(lang, 'progress.count', { done: state.done.value, total: state.total.value })}`;
        });
      },
      expand: unfold,
      collapse(giveBackFocus) {
        clearHighlight();
        // Folded by the user: Escape on the page must not open it again behind their back.
        showMe.forgetWayBack();
        expanded.value = false;
        keepFolded(true);
        if (giveBackFocus) returnFocus();
      },
      askDismiss(asked) {
        dismissAsked.value = asked;
        // Into the question at its safe answer; back to the button that asked when it is answered "no".
        requestAnimationFrame(() =>
          ui?.shadow.querySelector<HTMLElement>(asked ? '.sx-dismiss-ask__keep' : '[aria-controls="sx-dismiss-ask"]')?.focus(),
        );
      },
      dismiss() {
        void state.dismissSite();
        dismissAsked.value = false;
        // Said before it goes (components/overlay/Farewell.tsx), with focus on its button.
        farewell.value = true;
        requestAnimationFrame(() => ui?.shadow.querySelector<HTMLElement>('.sx-farewell button')?.focus());
        farewellTimer = ctx.setTimeout(farewellTimeUp, FAREWELL_MS);
      },
      openList(target, at) {
        openFailed.value = null;
        const press = ++openPress;
        // Only the latest press's answer counts.
        const failed = (yes: boolean) => {
          if (press === openPress) openFailed.value = yes ? target : null;
        };
        // The worker opens it: a content script cannot open an extension page, and the toolbar popup
        // may be out of the user's sight, and picks this site's operator (utils/operator-pick.ts), not
        // the one in progress elsewhere.
        sendToWorker({ type: 'popup/open', operator: target, at }).then(
          (answer) => failed(!answer.ok),
          () => failed(true),
        );
      },
      retry() {
        // The failure and the button stay drawn while it asks (live state's retry), focus on the button;
        // a press meanwhile is the same ask.
        if (retrying.peek()) return;
        retrying.value = true;
        announcement.value = t(state.lang.peek(), 'overlay.loading');
        void again().then(() => {
          retrying.value = false;
          const lang = state.lang.peek();
          // Once loaded, as a route switch says it: the steps and their count are in; the button goes, and
          // focus with it to the fold button (the render's rule). Failed again: said again, here, as the
          // alert that stayed is not read again.
          announcement.value =
            state.status.peek() === 'ready'
              ? t(lang, 'progress.count', { done: state.done.peek(), total: state.total.peek() })
              : t(lang, 'overlay.loadFailed');
        });
      },
      retrying,
      canRetry: () => browser.runtime?.id != null,
      clearHighlight,
    };
  }

  // --- mounting
  function mount(): void {
    if (ui || ctx.isInvalid) return;
    const full = createGuideLiveState(operator, initial ? { initial } : {});
    initial = undefined;
    // Shown in the language whose words are in (overlay.js bundles none: utils/fallback-words.ts).
    const words = strings.follow(full.lang, full.guide);
    stopEffects.push(words.stop);
    const state = withWords(full, words);
    live = state;
    // Find the steps' targets before the overlay joins the page: the page's layout is then the one
    // it has anyway (no forced style and layout of the new overlay), and the first render already
    // knows which cards get "Show me", so it is not redone at once.
    let scannedSteps: readonly Step[] | null = null;
    if (state.steps.value.length > 0) {
      showMe.scan();
      scannedSteps = state.steps.value;
    }
    let created: ShadowUi;
    try {
      created = mountShadow(ctx, {
        name: HOST_NAME,
        css: `${checklistCss}\n${overlayCss}`,
        onRemove: (container) => render(null, container),
        // Nothing on the page says the guide is gone: the tab's toolbar button does, and opens the checklist.
        onGiveUp: () => void sendToWorker({ type: 'overlay/lost' }).catch(() => undefined),
        onNewDocument() {
          listenToPage();
          // Preact adds an element's listeners once: drawn afresh, or the boxes ticked with nothing saved.
          render(null, created.container);
          drawAgain.value++;
        },
      });
    } catch {
      // A document that cannot hold the overlay (see createHost): nothing is shown, nothing left behind.
      unmount();
      return;
    }
    ui = created;
    const model = buildModel(state, () => Promise.all([full.retry(), strings.load(full.lang.peek())]));
    // One effect renders the whole overlay: every signal read while rendering is tracked, so any
    // change re-renders (Preact diffs a tree this small in well under a millisecond).
    stopEffects.push(
      effect(() => {
        const focused = created.shadow.activeElement as HTMLElement | null;
        void drawAgain.value;
        render(<Overlay model={model} />, created.container);
        // A render that replaced or hid the control with focus (a step moving between "On this page" and
        // the rest after an in-app navigation, the panel folding to its launcher) hands focus to its new
        // copy, else to the launcher: never to <body>, which would drop a keyboard user to the page's start.
        if (focused && (!focused.isConnected || (!expanded.value && focused.closest('.sx-panel')))) {
          ((!focused.isConnected && created.shadow.getElementById(focused.id)) || created.shadow.querySelector<HTMLElement>('.sx-launcher, .sx-button--icon'))?.focus();
        }
        // Visible = its steps are in the DOM (render is synchronous), or it shows its launcher or an error.
        const shown = state.total.value > 0 || state.status.value === 'error' || !expanded.value;
        if (shown && !created.host.hasAttribute('data-ready')) {
          created.host.setAttribute('data-ready', '');
          performance.mark('simexit:overlay-visible');
        }
      }),
    );
    // MV3 gives a content script no event when its extension is reloaded; WXT's ctx notices on its
    // next check of `browser.runtime.id`, which this cheap timer triggers, and then removes the UI.
    const alive = ctx.setInterval(() => undefined, 1000);
    stopEffects.push(
      () => clearInterval(alive),
      effect(() => {
        // Scan once the steps are known, and again whenever they change (route switch).
        const steps = state.steps.value;
        if (steps.length > 0 && steps !== scannedSteps) {
          scannedSteps = steps;
          showMe.scan();
        }
      }),
    );
    // A language switch (here or in the popup) empties the live region: last words in the old language
    // would otherwise sit inside an element that now says lang="zh-CN".
    let spokenLang = state.lang.peek();
    stopEffects.push(
      effect(() => {
        const lang = state.lang.value;
        if (lang !== spokenLang) {
          spokenLang = lang;
          announcement.value = '';
        }
      }),
    );
  }

  function unmount(): void {
    for (const stop of stopEffects) stop();
    stopEffects = [];
    clearHighlight();
    live?.dispose();
    live = null;
    ui?.remove();
    ui = null;
    mode = null;
  }

  // --- deciding what to show
  let updating = false;
  let again = false;
  /** Last settings that decide the mode: an update only when they change. */
  let lastDecisive = '';
  function decide(settings: Settings, progress: ProgressMap, reclassify: boolean): void {
    const dismissed = settings.dismissedSites.includes(operator);
    lastDecisive = decisiveSettings(settings, operator);
    // A site the user dismissed costs nothing: not even a look at the page.
    if (!dismissed && (reclassify || classifiedHref !== location.href)) classify();
    const inProgress = settings.operator === operator && Object.values(progress).some((p) => p.done);
    const next = decideMode({ relevant: relevant.value, dismissed, inProgress });
    if (next === null) {
      // Hidden from this overlay a moment ago: its farewell ends it.
      if (!farewell.peek()) unmount();
    } else {
      // Shown again (restored from the popup) while saying farewell: the farewell gives way.
      if (farewell.peek()) {
        clearTimeout(farewellTimer);
        farewell.value = false;
      }
      // Folded by the user, in this tab: every page of it opens with the launcher, not the panel.
      if (next !== mode) expanded.value = next === 'panel' && !folded;
      mode = next;
      if (ui) showMe.scan();
      else {
        // A later mount (after an in-app navigation, or shown again) starts from what was just read, so
        // its first frame is in the language chosen, not the browser's, whose words it would ask for.
        initial ??= { settings, progress };
        mount();
      }
    }
  }

  async function update(reclassify = true): Promise<void> {
    if (updating) {
      again = true;
      return;
    }
    updating = true;
    try {
      do {
        again = false;
        if (ctx.isInvalid) return;
        // Settings and progress in one read.
        const items = await readAll();
        if (ctx.isInvalid) return;
        decide(settingsFrom(items.settings), progressFromItems(items, operator), reclassify);
        reclassify = true;
      } while (again);
    } catch {
      // Storage or the runtime went away under us (extension reloaded): nothing to show.
    } finally {
      updating = false;
    }
  }

  // --- wiring
  /** A new address: looked at soon, and again once the app has rendered the new view. */
  const recheckSoon = () => {
    for (const ms of RECHECK_MS) ctx.setTimeout(() => void update(), ms);
  };
  const listenToLocation = onLocationChange(ctx, () => {
    showMe.onMoved();
    recheckSoon();
  });
  /**
   * The overlay's listeners on the page. Adding the same function again is a no-op, so this is also
   * how they come back after a page's document.open() (mountShadow onNewDocument), which erases every
   * listener on document and window: the overlay loaded ahead starts in the DOMContentLoaded task,
   * before the page's own handlers run.
   */
  function listenToPage(): void {
    listenToLocation();
    ctx.addEventListener(document, 'visibilitychange', keepTicks);
    ctx.addEventListener(document, 'focusin', onPageFocus, { capture: true });
    ctx.addEventListener(window, 'scroll', showMe.onViewportChange, { capture: true, passive: true });
    ctx.addEventListener(window, 'resize', showMe.onViewportChange, { passive: true });
    ctx.addEventListener(document, 'keydown', showMe.onPageKey);
  }
  listenToPage();
  listenForShortcut(ctx, goToGuide);
  let stopWatching: (() => void) | null = null;
  try {
    // Starting a cancellation in the popup, or dismissing/restoring this site, changes what belongs here.
    // Only what can change the mode counts: a first tick (the launcher appears), or dismissing or
    // restoring this site. Unticking everything under the user's hands does not make it vanish.
    stopWatching = onStorageChange((changes) => {
      for (const c of changes) if (c.item === 'notices') notices.value = c.value;
      const decisive = changes.some(
        (c) =>
          (c.item === 'settings' && decisiveSettings(c.value, operator) !== lastDecisive) ||
          (c.item === 'progress' && c.operator === operator && !ui),
      );
      if (decisive) void update(false);
    });
  } catch {
    return;
  }
  ctx.onInvalidated(() => {
    try {
      stopWatching?.();
    } catch {
      // The dead context cannot remove its listener; it will never fire again anyway.
    }
    unmount();
  });
  // Decided on the detector's read and classification, made moments ago: no read, no second classification.
  // On a dismissed site this shows nothing, and the watchers above bring the guide back if the site is restored.
  decide(stored.settings, stored.progress, false);
  // Not mounted now (a dismissed site): a later mount asks for itself, rather than say a failure of long ago.
  if (initial) initial.guideFailed = undefined;
  // An app that changed the address while the overlay was on its way (a redirect right after load):
  // the detector had handed over and the location watcher started at the new address, so neither saw it.
  // Or one that changed it just before the decision, as the page loaded, and draws its view later: the
  // detector's looks after that change ended with the hand-over.
  const movedLately = boot.movedAt !== null && performance.now() - boot.movedAt < RECHECK_MS[RECHECK_MS.length - 1]!;
  if ((boot.classification && boot.classification.href !== location.href) || movedLately) recheckSoon();
}
