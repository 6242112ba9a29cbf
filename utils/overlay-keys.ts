// Which UI strings the overlay needs, by key. overlay.js carries the words of no language (the worker
// hands over the one it shows, utils/messages.ts OverlayStrings), so the overlay checks what it is
// handed against this list: a key missing from a language would otherwise reach the page as a raw key.
// FALLBACK_KEYS are also written into the extension's _locales (utils/locale-messages.ts), read in the
// browser's language for the panel to say what failed when no words could be had (utils/fallback-words.ts).
import type { UiKey } from '@/locales/en';

/** The keys of locales/en.ts the overlay shows (all but the popup's and the worker's), in that file's order. */
export const OVERLAY_KEYS = [
  'app.name',
  'lang.label',
  'route.online',
  'route.office',
  'progress.count',
  'confidence.official',
  'confidence.third-party',
  'confidence.general',
  'step.verified',
  'step.written',
  'date.format',
  'date.months',
  'date.monthYear',
  'date.monthsAlone',
  'punct.colon',
  'punct.aside',
  'punct.stop',
  'step.source',
  'step.inPerson',
  'step.needsId',
  'notFound.title',
  'notFound.searched',
  'overlay.region',
  'overlay.title',
  'overlay.collapse',
  'overlay.open',
  'overlay.launcher',
  'overlay.dismiss',
  'overlay.dismissHint',
  'overlay.dismissAsk',
  'overlay.dismissYes',
  'overlay.dismissNo',
  'overlay.farewellOk',
  'overlay.routeLegend',
  'overlay.onThisPage',
  'overlay.otherSteps',
  'overlay.allSteps',
  'overlay.beforeLeft',
  'overlay.beforeLeftGo',
  'overlay.summary',
  'overlay.showMe',
  'overlay.notOnPage',
  'overlay.outOfDate',
  'overlay.otherInProgress',
  'overlay.openOther',
  'overlay.openFailed',
  'overlay.fullList',
  'overlay.keysHint',
  'overlay.openFull',
  'overlay.ticksReset',
  'overlay.remindNote',
  'overlay.highlighted',
  'overlay.markedDone',
  'overlay.markedUndone',
  'overlay.allDone',
  'overlay.loading',
  'overlay.loadFailed',
  'overlay.loadFailedReload',
  'overlay.retry',
  'overlay.saveFailed',
  'overlay.langFailed',
] as const satisfies readonly UiKey[];

export type OverlayKey = (typeof OVERLAY_KEYS)[number];

type Unlisted = Exclude<UiKey, OverlayKey | `popup.${string}` | `bg.${string}`>;
/** Does not compile while a key added to locales/en.ts for the overlay is missing above (tests/unit/overlay-strings.test.ts checks the order). */
export const EVERY_OVERLAY_KEY_LISTED: [Unlisted] extends [never] ? true : { unlisted: Unlisted } = true;

/**
 * The words the overlay reads from _locales, in the browser's language: every string the overlay can show while it holds no words of
 * its language (no guide, hence no steps: utils/overlay-view.ts), i.e. the panel's header and its
 * "could not be loaded" with its "Try again", the launcher, the question before hiding and the farewell after it, the note
 * of another operator's checklist, and what a route switch says.
 */
export const FALLBACK_KEYS = [
  'lang.label',
  'route.online',
  'route.office',
  'progress.count',
  'punct.colon',
  'overlay.region',
  'overlay.title',
  'overlay.collapse',
  'overlay.open',
  'overlay.launcher',
  'overlay.dismiss',
  'overlay.dismissHint',
  'overlay.dismissAsk',
  'overlay.dismissYes',
  'overlay.dismissNo',
  'overlay.farewellOk',
  'overlay.routeLegend',
  'overlay.otherInProgress',
  'overlay.openOther',
  'overlay.openFailed',
  'overlay.loading',
  'overlay.loadFailed',
  'overlay.loadFailedReload',
  'overlay.retry',
] as const satisfies readonly OverlayKey[];
