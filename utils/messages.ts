// The one message protocol between the UIs (popup, overlay) and the background worker. Every
// request is validated field by field before the worker acts on it: a message of any other shape,
// or from any sender that is not this extension, changes nothing.
import { isLang, type Lang, type OperatorGuide, type OperatorId, type Route, type Step } from '@/data/schema';
import { OVERLAY_KEYS, type OverlayKey } from './overlay-keys';
import { EVIDENCE_FIELD_MAX, NOTES_MAX, NOTICE_ID_MAX, SETTINGS_GUARDS, isIsoDate, type Evidence, type Settings } from './storage';
import { isOperatorId, isStepId, isTimestamp, type StepProgress } from './progress';
import { PROOF_DATE } from './step-link';

/** The operator whose proof the popup showed beside a change, and when (its `Date.now()`). */
export interface Shown {
  readonly operator: OperatorId;
  readonly at: number;
}

export type Request =
  | { type: 'progress/set'; operator: OperatorId; stepId: string; done: boolean; at: number }
  /**
   * `at`: when the user asked, stamped by the UI (older senders leave it out). A reset sent again after
   * a worker stop must not undo what the user ticked or typed since: changes stamped after `at` stay.
   */
  | { type: 'progress/reset'; operator: OperatorId; at?: number }
  | { type: 'evidence/set'; operator: OperatorId; evidence: Evidence }
  /**
   * `shown`, from the popup's days field only: the operator whose proof it shows there, and when (the
   * popup's clock). Its reminder line has just said "check now" for a day the new number of days puts in
   * the past, so that operator gets no notification a minute later for it (utils/reminders.ts
   * planReminder `typedAt`); the others' proof is not on screen, and theirs still comes. The time is
   * the popup's: judged by the worker's, a change handled after midnight spared a day the popup had
   * shown as today.
   */
  | { type: 'settings/set'; patch: Partial<Settings>; shown?: Shown }
  /** Hide the guide on one operator's site, or show it there again: one site at a time, so two tabs doing this at once both land. */
  | { type: 'site/dismiss'; operator: OperatorId; dismissed: boolean }
  | { type: 'notice/dismiss'; id: string }
  /**
   * `locale`, from the overlay's detector only: the page's browser language (navigator.language). The
   * answer then carries the UI strings of the language the overlay will show (settings.lang, else
   * this one's), which overlay.js does not bundle. The popup and later asks leave it out.
   */
  | { type: 'guide/get'; operator: OperatorId; locale?: string }
  /** From the overlay: one language's UI strings, for a switch to a language it holds no words of. */
  | { type: 'strings/get'; lang: Lang }
  /** From the guide's detector on an operator page whose tab needs its own badge (the browser dropped it on navigation). */
  | { type: 'badge/refresh' }
  /** From the guide's detector on a relevant page: load the overlay into the sender's own tab and frame (never one named in the message). */
  | { type: 'overlay/inject' }
  /** From the overlay: the user folded its panel to the launcher, or opened it again. The next pages in the sender's tab start that way. */
  | { type: 'overlay/fold'; folded: boolean }
  /**
   * From the overlay: the page kept removing it (entrypoints/overlay/shadow.ts REATTACH_MAX) and it is gone
   * for this visit. The sender's tab's toolbar button then says so (utils/worker-lost.ts).
   */
  | { type: 'overlay/lost' }
  /**
   * From the overlay: open the popup's page on an operator's whole checklist, this site's or the one in
   * progress elsewhere (utils/popup-window.ts); `at`, at the proof's date the overlay asked for.
   */
  | { type: 'popup/open'; operator: OperatorId; at?: typeof PROOF_DATE };

export type RequestType = Request['type'];

/**
 * The one message the worker sends a tab: the "go to the on-page guide" shortcut was pressed there
 * (utils/worker-command.ts). The guide answers true when it took focus (or gave it back to the page);
 * false, or no answer, when there is no guide in the tab to go to.
 */
export type TabRequest = { type: 'guide/focus' };
export const GUIDE_FOCUS: TabRequest = { type: 'guide/focus' };

/**
 * Whether `raw` is that message. Its type alone is read: only this extension's worker and pages can
 * message a tab's content script (checked by sender id too), and it carries nothing to act on.
 */
export const isGuideFocus = (raw: unknown): raw is TabRequest => (raw as Partial<TabRequest> | null)?.type === GUIDE_FOCUS.type;

/** Same shape as `ChecklistSection` in data/index.ts, restated so the protocol does not pull in the guide data. */
export interface GuideSection {
  readonly section: 'before' | 'cancel' | 'after';
  readonly steps: readonly Step[];
}

/** What each request answers when it succeeds. */
export interface ResponseMap {
  /** `progress` is what is stored after the write: the winner by the rule in utils/progress.ts. */
  'progress/set': { progress: StepProgress };
  'progress/reset': object;
  /** `evidence` is what is stored: an older update (smaller updatedAt) does not replace a newer one. */
  'evidence/set': { evidence: Evidence };
  'settings/set': { settings: Settings };
  'site/dismiss': { settings: Settings };
  'notice/dismiss': object;
  /** `folded`: the user folded the overlay in the sender's tab (false for a sender without one); read by the overlay only. */
  /**
   * `strings`: only when asked with a `locale`; so are `keys`, the keys of the shortcut to the guide as the
   * browser has them now ('' when it gave it none: taken by another extension, or removed by the user).
   */
  'guide/get': { guide: OperatorGuide; sections: readonly GuideSection[]; route: Route; folded?: boolean; strings?: OverlayStrings; keys?: string };
  'strings/get': { strings: OverlayStrings };
  'badge/refresh': object;
  'overlay/inject': object;
  'overlay/fold': object;
  'overlay/lost': object;
  'popup/open': object;
}

/** One language's words for the overlay (parseOverlayStrings checks them where they arrive). */
export interface OverlayStrings {
  readonly lang: Lang;
  readonly strings: Readonly<Record<OverlayKey, string>>;
}

export type ErrorCode =
  /** The message was malformed (never sent to untrusted senders: they get no answer). */
  | 'invalid-request'
  /** The step id is not in this operator's checklist. */
  | 'unknown-step'
  /** The tick's time is more than a day ahead of the worker's clock (see MAX_CLOCK_SKEW_MS). */
  | 'future-time'
  /** Storage is full; nothing was changed and a notice was recorded if possible. */
  | 'quota'
  /** Stored data is from a newer version of the extension; the worker will not modify it. */
  | 'newer-version'
  /** overlay/inject from a site the user closed the guide on ("Hide on this site"). */
  | 'dismissed'
  /**
   * The browser was stopping the worker as it handled the request and refused its storage calls. The
   * sender sends it again (utils/client.ts) and the next worker handles it: every request is idempotent.
   */
  | 'stopping'
  | 'internal';

export type Failure = { readonly ok: false; readonly error: ErrorCode };
export type Success<T extends RequestType> = { readonly ok: true } & ResponseMap[T];
export type ResponseFor<R extends Request> = Success<R['type']> | Failure;
export type Response = { [T in RequestType]: Success<T> }[RequestType] | Failure;

/** Upper bound of a request's size in characters: the largest legal one (evidence) is about 16 200. */
export const MESSAGE_MAX_CHARS = 20_000;

type Plain = Record<string, unknown>;

/**
 * A plain data object whose own keys are exactly `required` plus any of `optional`: no accessors,
 * no symbols, no inherited tricks (a JSON `"__proto__"` key is an own key and so is rejected).
 */
function plainWithKeys(value: unknown, required: readonly string[], optional: readonly string[] = []): value is Plain {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  if (Object.getOwnPropertySymbols(value).length > 0) return false;
  const keys = Object.getOwnPropertyNames(value);
  for (const key of keys) {
    if (!required.includes(key) && !optional.includes(key)) return false;
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (!descriptor || !('value' in descriptor)) return false;
  }
  return required.every((key) => keys.includes(key));
}

/**
 * Whether `value`'s size stays within `budget` characters (strings and keys count their length,
 * anything else a few characters). Stops as soon as the budget is spent, so a huge or deeply nested
 * message costs no more than the budget to reject.
 */
export function sizeWithin(value: unknown, budget: number): boolean {
  let left = budget;
  const stack: Array<{ v: unknown; depth: number }> = [{ v: value, depth: 0 }];
  while (stack.length > 0) {
    const { v, depth } = stack.pop()!;
    if (depth > 4) return false;
    if (typeof v === 'string') left -= v.length + 2;
    else if (typeof v === 'object' && v !== null) {
      left -= 2;
      const keys = Array.isArray(v) ? null : Object.getOwnPropertyNames(v);
      const length = Array.isArray(v) ? v.length : keys!.length;
      if (length > budget) return false;
      for (let i = 0; i < length && left >= 0; i++) {
        if (keys) {
          const key = keys[i]!;
          left -= key.length + 3;
          const descriptor = Object.getOwnPropertyDescriptor(v, key);
          stack.push({ v: descriptor && 'value' in descriptor ? descriptor.value : undefined, depth: depth + 1 });
        } else {
          stack.push({ v: (v as unknown[])[i], depth: depth + 1 });
        }
      }
    } else left -= 8;
    if (left < 0) return false;
  }
  return true;
}

const isText = (max: number) => (v: unknown): v is string => typeof v === 'string' && v.length <= max;

function parseEvidence(value: unknown): Evidence | null {
  // The phone number came later (optional, for a sender built before it): missing, it is ''.
  if (!plainWithKeys(value, ['requestNumber', 'submittedOn', 'place', 'notes', 'updatedAt'], ['phoneNumber'])) return null;
  const { phoneNumber = '', requestNumber, submittedOn, place, notes, updatedAt } = value;
  if (!isText(EVIDENCE_FIELD_MAX)(phoneNumber) || !isText(EVIDENCE_FIELD_MAX)(requestNumber) || !isText(EVIDENCE_FIELD_MAX)(place) || !isText(NOTES_MAX)(notes)) {
    return null;
  }
  if (submittedOn !== '' && !isIsoDate(submittedOn)) return null;
  if (!isTimestamp(updatedAt)) return null;
  return { phoneNumber, requestNumber, submittedOn: submittedOn as string, place, notes, updatedAt };
}

function parseSettingsPatch(value: unknown): Partial<Settings> | null {
  const names = Object.keys(SETTINGS_GUARDS);
  if (!plainWithKeys(value, [], names)) return null;
  const keys = Object.keys(value) as Array<keyof Settings>;
  if (keys.length === 0) return null;
  for (const key of keys) if (!SETTINGS_GUARDS[key](value[key])) return null;
  const patch: Record<string, unknown> = {};
  for (const key of keys) patch[key] = Array.isArray(value[key]) ? [...(value[key] as unknown[])] : value[key];
  return patch as Partial<Settings>;
}

/** Longest `locale` taken: BCP 47 tags as browsers report them are a few characters ('zh-Hans-CN'). */
export const LOCALE_MAX = 35;
/** Longest UI string taken from the worker: the longest the overlay gets today is 146 characters. */
export const UI_STRING_MAX = 600;

/**
 * The worker's strings for the overlay, or null unless they are exactly OverlayStrings: a known
 * language, and every key the overlay shows (OVERLAY_KEYS) with a string, nothing else. The overlay
 * bundles no language (utils/fallback-words.ts), so a missing key would show as a raw key.
 */
export function parseOverlayStrings(value: unknown): OverlayStrings | null {
  if (!plainWithKeys(value, ['lang', 'strings'])) return null;
  const { lang, strings } = value;
  if (!isLang(lang) || !plainWithKeys(strings, OVERLAY_KEYS)) return null;
  for (const key of OVERLAY_KEYS) {
    const text = strings[key];
    if (typeof text !== 'string' || text.length === 0 || text.length > UI_STRING_MAX) return null;
  }
  return { lang, strings: strings as Record<OverlayKey, string> };
}

/** The request `raw` stands for, or null when it is not exactly one of the protocol's shapes. */
export function parseRequest(raw: unknown): Request | null {
  if (typeof raw !== 'object' || raw === null || !sizeWithin(raw, MESSAGE_MAX_CHARS)) return null;
  const typeDescriptor = Object.getOwnPropertyDescriptor(raw, 'type');
  const type: unknown = typeDescriptor && 'value' in typeDescriptor ? typeDescriptor.value : undefined;
  switch (type) {
    case 'progress/set': {
      if (!plainWithKeys(raw, ['type', 'operator', 'stepId', 'done', 'at'])) return null;
      const { operator, stepId, done, at } = raw;
      if (!isOperatorId(operator) || !isStepId(stepId) || typeof done !== 'boolean' || !isTimestamp(at)) return null;
      return { type, operator, stepId, done, at };
    }
    case 'progress/reset': {
      if (!plainWithKeys(raw, ['type', 'operator'], ['at'])) return null;
      const { operator, at } = raw;
      if (!isOperatorId(operator) || (at !== undefined && !isTimestamp(at))) return null;
      return at === undefined ? { type, operator } : { type, operator, at };
    }
    case 'guide/get': {
      if (!plainWithKeys(raw, ['type', 'operator'], ['locale'])) return null;
      const { operator, locale } = raw;
      if (!isOperatorId(operator)) return null;
      if (locale === undefined) return { type, operator };
      // Only its start is read (langFromLocale), so any short string does: a stricter check would
      // cost a page with an unusual tag its guide, since the whole request is then refused.
      return typeof locale === 'string' && locale.length <= LOCALE_MAX ? { type, operator, locale } : null;
    }
    case 'strings/get': {
      if (!plainWithKeys(raw, ['type', 'lang'])) return null;
      return isLang(raw.lang) ? { type, lang: raw.lang } : null;
    }
    case 'popup/open': {
      if (!plainWithKeys(raw, ['type', 'operator'], ['at'])) return null;
      const { operator, at } = raw;
      if (!isOperatorId(operator)) return null;
      if (at === undefined) return { type, operator };
      return at === PROOF_DATE ? { type, operator, at } : null;
    }
    case 'evidence/set': {
      if (!plainWithKeys(raw, ['type', 'operator', 'evidence'])) return null;
      const evidence = parseEvidence(raw.evidence);
      if (!isOperatorId(raw.operator) || !evidence) return null;
      return { type, operator: raw.operator, evidence };
    }
    case 'settings/set': {
      if (!plainWithKeys(raw, ['type', 'patch'], ['shown'])) return null;
      const { shown } = raw;
      const patch = parseSettingsPatch(raw.patch);
      // Left out, or undefined (Firefox's structured clone keeps a field the popup had no value for).
      if (!patch) return null;
      if (shown === undefined) return { type, patch };
      if (!plainWithKeys(shown, ['operator', 'at']) || !isOperatorId(shown.operator) || !isTimestamp(shown.at)) return null;
      return { type, patch, shown: { operator: shown.operator, at: shown.at } };
    }
    case 'site/dismiss': {
      if (!plainWithKeys(raw, ['type', 'operator', 'dismissed'])) return null;
      const { operator, dismissed } = raw;
      if (!isOperatorId(operator) || typeof dismissed !== 'boolean') return null;
      return { type, operator, dismissed };
    }
    case 'notice/dismiss': {
      if (!plainWithKeys(raw, ['type', 'id'])) return null;
      const { id } = raw;
      if (typeof id !== 'string' || id.length === 0 || id.length > NOTICE_ID_MAX) return null;
      return { type, id };
    }
    case 'badge/refresh':
    case 'overlay/inject':
    case 'overlay/lost':
      return plainWithKeys(raw, ['type']) ? { type } : null;
    case 'overlay/fold': {
      if (!plainWithKeys(raw, ['type', 'folded'])) return null;
      const { folded } = raw;
      return typeof folded === 'boolean' ? { type, folded } : null;
    }
    default:
      return null;
  }
}

/** The parts of runtime.MessageSender the check reads. */
export interface SenderLike {
  readonly id?: string;
  /** Set for content scripts (and extension pages open in a tab); read by 'overlay/inject' and by the overlay's fold (utils/worker-fold.ts). */
  readonly tab?: { readonly id?: number };
  readonly frameId?: number;
  readonly url?: string;
}

/**
 * Only this extension's own pages and content scripts: their sender id is the extension's id.
 * Web pages cannot reach onMessage at all (no externally_connectable), other extensions arrive with
 * their own id, and a missing id (or sender) is refused.
 */
export function isTrustedSender(sender: SenderLike | null | undefined, extensionId: string): boolean {
  return typeof extensionId === 'string' && extensionId.length > 0 && sender?.id === extensionId;
}
