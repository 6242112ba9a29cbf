// What the overlay components are given: live values (signals, read during render so only what
// changed re-renders) and the callbacks they call. The content script builds it; the components
// never touch storage, messages or the page.
import type { ReadonlySignal } from '@preact/signals';
import type { Lang, NotFound, OperatorId, Route, Step } from '@/data/schema';
import type { FailureKind, LiveStatus } from '@/utils/live-state';
import type { ProgressMap } from '@/utils/progress';
import type { Corner, Side } from '@/utils/overlay-geometry';
import type { PrecautionsLeft } from '@/utils/overlay-steps';
import type { PROOF_DATE } from '@/utils/step-link';

export interface HighlightRect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export interface OverlayModel {
  /** This site's operator. */
  readonly operator: OperatorId;
  readonly operatorName: ReadonlySignal<string>;
  readonly lang: ReadonlySignal<Lang>;
  readonly route: ReadonlySignal<Route>;
  /** Whether the online/office choice is offered: not where both routes are the same steps (utils/route-choice.ts). */
  readonly routeChoice: ReadonlySignal<boolean>;
  readonly status: ReadonlySignal<LiveStatus>;
  /**
   * A change not saved, last, while the panel showed its steps. Not the checklist of a route switched to
   * that the worker could not give: the panel lists that route's steps from the guide it holds.
   */
  readonly failure: ReadonlySignal<Exclude<FailureKind, 'guide'> | null>;
  /**
   * A language picked whose words did not come, and the one the panel kept showing: it says so while it
   * still shows that one (a switch since, here or in the popup, ends it).
   */
  readonly langFailed: ReadonlySignal<{ readonly picked: Lang; readonly shown: Lang } | null>;
  readonly summary: ReadonlySignal<string>;
  readonly notFound: ReadonlySignal<readonly NotFound[]>;
  /** Steps for this page's topics ("On this page"); empty on pages the classifier found no topic for. */
  readonly onPage: ReadonlySignal<readonly Step[]>;
  readonly other: ReadonlySignal<readonly Step[]>;
  /** Precautions not ticked yet, said on a page where the cancellation itself is done (utils/overlay-steps.ts). */
  readonly precautionsLeft: ReadonlySignal<PrecautionsLeft | null>;
  readonly progress: ReadonlySignal<ProgressMap>;
  /**
   * A submission date is in the proof kept for this operator: all the overlay shows of it. Not the proof
   * itself, whose every edit in the popup (notes typed) drew the whole panel again in each tab.
   */
  readonly dated: ReadonlySignal<boolean>;
  readonly done: ReadonlySignal<number>;
  readonly total: ReadonlySignal<number>;
  /** stepId → one of its targets is on the page now. */
  readonly found: ReadonlySignal<Readonly<Record<string, boolean>>>;
  readonly outOfDate: ReadonlySignal<boolean>;
  /** The worker could not read this operator's saved ticks and cleared some or all (utils/overlay-notice.ts). */
  readonly ticksReset: ReadonlySignal<boolean>;
  /** The operator whose checklist is in progress when it is not this site's (Kcell, on activ's site), else null. */
  readonly otherInProgress: ReadonlySignal<{ readonly id: OperatorId; readonly name: string } | null>;
  /** openList could not open this operator's list: the panel then says how to get there by hand. */
  readonly openFailed: ReadonlySignal<OperatorId | null>;
  readonly expanded: ReadonlySignal<boolean>;
  readonly side: ReadonlySignal<Side>;
  /** Where the collapsed launcher sits (it too keeps clear of the focused page element). */
  readonly corner: ReadonlySignal<Corner>;
  readonly highlight: ReadonlySignal<HighlightRect | null>;
  /** "Hide on this site" was pressed and waits for the user to confirm. */
  readonly dismissAsked: ReadonlySignal<boolean>;
  /** Hidden on this site a moment ago: the overlay says so, and how to undo it, before it goes. */
  readonly farewell: ReadonlySignal<boolean>;
  /**
   * The keys of the shortcut to the guide (utils/worker-command.ts) as the browser had them when the page
   * loaded, '' if none: given as the aria-keyshortcuts of what it focuses, so a user who came the long way
   * hears the short one, and in the launcher's tooltip.
   */
  readonly keys: string;
  /** Latest message for screen readers (aria-live="polite"). */
  readonly announcement: ReadonlySignal<string>;

  toggleStep(step: Step, done: boolean): void;
  showMe(step: Step): void;
  /** Moves focus to a step's checkbox, wherever it is in the panel. */
  goToStep(step: Step): void;
  setLang(lang: Lang): void;
  setRoute(route: Route): void;
  expand(): void;
  /** Collapse; `returnFocus` gives focus back to the page element that had it before the overlay. */
  collapse(returnFocus: boolean): void;
  /** Asks first (`askDismiss`); only `dismiss` hides the guide on this operator's site. */
  askDismiss(asked: boolean): void;
  dismiss(): void;
  /**
   * Opens the popup's page on an operator's whole checklist, in a window: the one in progress
   * (otherInProgress), or this site's, whose proof, reminder and printout the overlay does not hold.
   */
  openList(operator: OperatorId, at?: typeof PROOF_DATE): void;
  /**
   * "Try again" is asking: its button stays, with focus, marked aria-disabled (a press meanwhile is the
   * same ask), until the steps come or the failure is said again.
   */
  readonly retrying: ReadonlySignal<boolean>;
  /** Asks the worker again for a checklist that could not be loaded (status 'error'). */
  retry(): void;
  /**
   * Whether asking again can work: not once the extension was updated or removed under the page (its
   * context is gone, and the guide goes within a second). The panel then says to reload the page.
   */
  canRetry(): boolean;
  /** Ends the farewell now (its button, Escape); it also ends by itself after a few seconds. */
  closeFarewell(): void;
  clearHighlight(): void;
}
