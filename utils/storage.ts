// Everything the extension keeps, in one typed place (browser.storage.local, schema v2).
// Reads validate: a value of the wrong shape never reaches the UI; it is replaced by what can be
// salvaged (or the default) and the worker records a visible notice. Writes are the worker's job.
//
// Size: settings, notices and a few evidence/reminder records are small; progress is one ~40-byte
// key per step (six operators × a few dozen steps). Evidence text is bounded (3 × 2 000 + 10 000
// chars per operator), so the whole store stays far below a megabyte, well inside the 10 MB quota.
import { browser } from 'wxt/browser';
import { OPERATOR_IDS, isLang, ROUTES, type Lang, type OperatorId, type Route } from '@/data/schema';
import { KeyedQueue } from './queue';
import {
  PROGRESS_PREFIX,
  isOperatorId,
  isStepProgress,
  isTimestamp,
  parseProgressKey,
  progressPrefix,
  type ProgressMap,
  type StepProgress,
} from './progress';


export const CURRENT_SCHEMA_VERSION = 2;

export const KEYS = {
  schemaVersion: 'schemaVersion',
  settings: 'settings',
  notices: 'notices',
  /** The v1 format kept everything under this one key; only migrations read it. */
  legacyState: 'state',
} as const;

export const evidenceKey = (operator: OperatorId) => `evidence:${operator}`;
export const reminderKey = (operator: OperatorId) => `reminder:${operator}`;

// ---------------------------------------------------------------------------------------------
// Shapes

export interface Settings {
  /** null = follow the browser's language. */
  readonly lang: Lang | null;
  readonly route: Route;
  /** The operator the user is leaving. */
  readonly operator: OperatorId | null;
  readonly reminderDays: number;
  /** Operator sites where the user closed the overlay for good. */
  readonly dismissedSites: readonly OperatorId[];
}

export interface Evidence {
  /** The number being given up, so that a printed copy says whose it is ('' until typed; v2 items saved before it have none). */
  readonly phoneNumber: string;
  readonly requestNumber: string;
  /** YYYY-MM-DD, or '' when not submitted yet. */
  readonly submittedOn: string;
  /** Office address or channel used. */
  readonly place: string;
  readonly notes: string;
  readonly updatedAt: number;
}

/**
 * Proof as a closing popup writes it itself (keepOnClose), its save still on the way to a worker that
 * may not be running. `typedAt`: when what it holds was typed there (the save's own time, so never after
 * `updatedAt`). The worker, woken by that write, takes a date changed in it as one typed at that time,
 * as it takes one sent in a message (utils/reminders.ts planReminder): the popup has just said "check
 * now" under a date whose reminder day is past. Only a closing page writes it, and only the write that
 * carries it is read so (utils/worker.ts): the popup's next save, a repair or a reset replaces the item
 * without it, and it never spares a reminder on a later start or change of days. Inferred from
 * `updatedAt` alone, any later write of the item would have looked typed. Optional, so items with it
 * are read as sound by this and older versions alike (no schema version for it, utils/migrations.ts).
 */
export interface KeptEvidence extends Evidence {
  readonly typedAt?: number;
}

export interface Reminder {
  readonly dueAt: number;
  readonly fired: boolean;
  /**
   * The due day (YYYY-MM-DD: the date submitted plus the days) whose notification was shown last,
   * or for which the popup already said to check now (utils/reminders.ts planReminder).
   * Days, not `dueAt`: a due time moves with the computer's time zone, and a date passed through on
   * the way to the same one again (a day retyped digit by digit) must not bring the reminder back.
   */
  readonly shownDay?: string;
}

export const NOTICE_KINDS = ['reset', 'newer-version', 'quota', 'migrated'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export interface Notice {
  readonly id: string;
  readonly kind: NoticeKind;
  /** The storage item concerned: 'settings', 'notices', 'progress:<op>' ('ticks:<op>' when none is left), 'evidence:<op>', 'reminder:<op>', 'storage'… */
  readonly item: string;
  readonly at: number;
}

export const REMINDER_DAYS = { min: 1, max: 60, default: 3 } as const;
export const EVIDENCE_FIELD_MAX = 2_000;
export const NOTES_MAX = 10_000;
export const NOTICES_MAX = 20;
/** A notice's id is what `notice/dismiss` sends back, so the message check (utils/messages.ts) uses this same bound. */
export const NOTICE_ID_MAX = 200;
const NOTICE_TEXT_MAX = 200;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  lang: null,
  route: 'online',
  operator: null,
  reminderDays: REMINDER_DAYS.default,
  dismissedSites: Object.freeze([]) as readonly OperatorId[],
});

export const EMPTY_EVIDENCE: Evidence = Object.freeze({
  phoneNumber: '',
  requestNumber: '',
  submittedOn: '',
  place: '',
  notes: '',
  updatedAt: 0,
});

// ---------------------------------------------------------------------------------------------
// Validation. Two questions of a stored value, both answered from one guard per field: what to use
// (`*From`: the value, what can be salvaged of it, or the default; read everywhere) and whether it was
// sound (`check*`: the worker's repair and migrations alone). Apart, so that the UIs, which never ask
// the second, do not carry the code that answers it. A missing value is sound (it simply has not been
// written yet), and so is a missing field (it reads as its default).

export interface Checked<T> {
  readonly value: T;
  readonly valid: boolean;
}

type Guards<T> = { readonly [K in keyof T]-?: (v: unknown) => v is T[K] };

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether every field of `raw` that is there passes its guard (the worker's: see above). */
function soundFields<T>(raw: unknown, guards: Guards<T>): boolean {
  return raw === undefined || (isRecord(raw) && Object.entries(guards).every(([name, guard]) => raw[name] === undefined || (guard as (v: unknown) => boolean)(raw[name])));
}

export function isRoute(value: unknown): value is Route {
  return typeof value === 'string' && (ROUTES as readonly string[]).includes(value);
}

export function isReminderDays(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= REMINDER_DAYS.min && (value as number) <= REMINDER_DAYS.max;
}

/**
 * A real calendar date written YYYY-MM-DD, of any four-digit year. Read as the ISO date it is: Date.UTC
 * took years 0000–0099 for 1900–1999, so 0050-01-01 was called corrupt where 0150-01-01 was not (the
 * popup's own range is evidence-date.ts's, 2000 to today; storage only asks for a date). Feb 30 reads
 * as Mar 2 and is refused.
 */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(value).toJSON()?.slice(0, 10) === value;
}

export function isDismissedSites(value: unknown): value is OperatorId[] {
  return (
    Array.isArray(value) &&
    value.length <= OPERATOR_IDS.length &&
    value.every(isOperatorId) &&
    new Set(value).size === value.length
  );
}

/** What each settings field may hold: the one definition for reading storage and for the worker's settings/set patches. */
export const SETTINGS_GUARDS: Guards<Settings> = {
  lang: (v): v is Lang | null => v === null || isLang(v),
  route: isRoute,
  operator: (v): v is OperatorId | null => v === null || isOperatorId(v),
  reminderDays: isReminderDays,
  dismissedSites: isDismissedSites,
};

export function settingsFrom(raw: unknown): Settings {
  if (!isRecord(raw)) return DEFAULT_SETTINGS;
  // No guard takes undefined: a missing field is its default.
  const field = <K extends keyof Settings>(name: K, salvaged = DEFAULT_SETTINGS[name]): Settings[K] => (SETTINGS_GUARDS[name](raw[name]) ? (raw[name] as Settings[K]) : salvaged);
  const sites = raw.dismissedSites;
  return {
    lang: field('lang'),
    route: field('route'),
    operator: field('operator'),
    reminderDays: field('reminderDays'),
    // A list with a site twice or an unknown one keeps the sites it names: one bad entry must not
    // bring the guide back everywhere.
    dismissedSites: field('dismissedSites', Array.isArray(sites) ? [...new Set(sites.filter(isOperatorId))] : DEFAULT_SETTINGS.dismissedSites),
  };
}

export function checkSettings(raw: unknown): Checked<Settings> {
  return { value: settingsFrom(raw), valid: soundFields(raw, SETTINGS_GUARDS) };
}

type EvidenceText = 'phoneNumber' | 'requestNumber' | 'place' | 'notes';
const EVIDENCE_TEXT_MAX: { readonly [K in EvidenceText]: number } = { phoneNumber: EVIDENCE_FIELD_MAX, requestNumber: EVIDENCE_FIELD_MAX, place: EVIDENCE_FIELD_MAX, notes: NOTES_MAX };
const isSubmittedOn = (v: unknown): v is string => v === '' || isIsoDate(v);
const isText =
  (name: EvidenceText) =>
  (v: unknown): v is string =>
    typeof v === 'string' && v.length <= EVIDENCE_TEXT_MAX[name];

// Pure: bundles that only read (the UIs) leave the guards out.
const EVIDENCE_GUARDS: Guards<Evidence> = {
  phoneNumber: /* @__PURE__ */ isText('phoneNumber'),
  requestNumber: /* @__PURE__ */ isText('requestNumber'),
  submittedOn: isSubmittedOn,
  place: /* @__PURE__ */ isText('place'),
  notes: /* @__PURE__ */ isText('notes'),
  updatedAt: isTimestamp,
};

export function evidenceFrom(raw: unknown): Evidence {
  if (!isRecord(raw)) return EMPTY_EVIDENCE;
  // Text too long keeps its start (the same text when it is sound).
  const text = (name: EvidenceText): string => {
    const v = raw[name];
    return typeof v === 'string' ? v.slice(0, EVIDENCE_TEXT_MAX[name]) : '';
  };
  return {
    phoneNumber: text('phoneNumber'),
    requestNumber: text('requestNumber'),
    submittedOn: isSubmittedOn(raw.submittedOn) ? raw.submittedOn : '',
    place: text('place'),
    notes: text('notes'),
    updatedAt: isTimestamp(raw.updatedAt) ? raw.updatedAt : 0,
  };
}

export function checkEvidence(raw: unknown): Checked<Evidence> {
  return { value: evidenceFrom(raw), valid: soundFields(raw, EVIDENCE_GUARDS) };
}

/**
 * A stored proof's KeptEvidence.typedAt: 0 where it has none. One that is not a time, or is later than
 * the save that carries it, is no closing page's: it is read as none, and said to need repair (which
 * drops it, utils/repair.ts). The worker's alone: the UIs never read it, and the popup does not bundle it.
 */
export function checkTypedAt(raw: unknown): Checked<number> {
  const typedAt = isRecord(raw) ? raw.typedAt : undefined;
  if (typedAt === undefined) return { value: 0, valid: true };
  return isTimestamp(typedAt) && isRecord(raw) && isTimestamp(raw.updatedAt) && typedAt <= raw.updatedAt ? { value: typedAt, valid: true } : { value: 0, valid: false };
}

export function checkReminder(raw: unknown): Checked<Reminder | null> {
  if (raw === undefined) return { value: null, valid: true };
  if (isRecord(raw) && isTimestamp(raw.dueAt) && typeof raw.fired === 'boolean') {
    const shownDay = isIsoDate(raw.shownDay) ? { shownDay: raw.shownDay } : {};
    return { value: { dueAt: raw.dueAt, fired: raw.fired, ...shownDay }, valid: raw.shownDay === undefined || isIsoDate(raw.shownDay) };
  }
  return { value: null, valid: false };
}

function isNotice(value: unknown): value is Notice {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    value.id.length > 0 &&
    value.id.length <= NOTICE_ID_MAX &&
    (NOTICE_KINDS as readonly unknown[]).includes(value.kind) &&
    typeof value.item === 'string' &&
    value.item.length <= NOTICE_TEXT_MAX &&
    isTimestamp(value.at)
  );
}

export function noticesFrom(raw: unknown): readonly Notice[] {
  return Array.isArray(raw) ? raw.filter(isNotice).slice(-NOTICES_MAX) : [];
}

export function checkNotices(raw: unknown): Checked<readonly Notice[]> {
  const value = noticesFrom(raw);
  return { value, valid: raw === undefined || (Array.isArray(raw) && value.length === raw.length) };
}

export function progressFrom(raw: unknown): StepProgress | null {
  return isStepProgress(raw) ? { done: raw.done, at: raw.at } : null;
}

export function checkProgress(raw: unknown): Checked<StepProgress | null> {
  const value = progressFrom(raw);
  return { value, valid: raw === undefined || value !== null };
}

export function checkSchemaVersion(raw: unknown): Checked<number | null> {
  if (raw === undefined) return { value: null, valid: true };
  if (Number.isInteger(raw) && (raw as number) >= 1) return { value: raw as number, valid: true };
  return { value: null, valid: false };
}

/** The storage items the extension owns, by key; null for keys that are someone else's. */
export type ItemKind = 'schemaVersion' | 'settings' | 'notices' | 'legacyState' | 'progress' | 'evidence' | 'reminder';

export function itemKind(key: string): ItemKind | null {
  // Each of these three keys is its kind's name.
  if (key === KEYS.schemaVersion || key === KEYS.settings || key === KEYS.notices) return key;
  if (key === KEYS.legacyState) return 'legacyState';
  if (key.startsWith(PROGRESS_PREFIX)) return parseProgressKey(key) ? 'progress' : null;
  const [prefix, op, ...rest] = key.split(':');
  if (rest.length > 0 || !isOperatorId(op)) return null;
  return prefix === 'evidence' || prefix === 'reminder' ? prefix : null;
}

/** The notice item name for a key: progress keys are grouped per operator so one bad step is one notice. */
export function noticeItem(key: string): string {
  const progress = parseProgressKey(key);
  return progress ? `progress:${progress.operator}` : key;
}

// ---------------------------------------------------------------------------------------------
// Reads (any context). None of these throws on bad data; none writes.

const local = () => browser.storage.local;

async function getOne(key: string): Promise<unknown> {
  const items = await local().get(key);
  return (items as Record<string, unknown>)[key];
}

export async function readAll(): Promise<Record<string, unknown>> {
  return local().get(null) as Promise<Record<string, unknown>>;
}

export async function readSettings(): Promise<Settings> {
  return settingsFrom(await getOne(KEYS.settings));
}

export async function readEvidence(operator: OperatorId): Promise<Evidence> {
  return evidenceFrom(await getOne(evidenceKey(operator)));
}

export async function readReminder(operator: OperatorId): Promise<Reminder | null> {
  return checkReminder(await getOne(reminderKey(operator))).value;
}

export async function readNotices(): Promise<readonly Notice[]> {
  return noticesFrom(await getOne(KEYS.notices));
}

/** Progress of one operator's steps, from the per-step keys; bad entries are left out. */
export function progressFromItems(items: Readonly<Record<string, unknown>>, operator: OperatorId): ProgressMap {
  const prefix = progressPrefix(operator);
  const map: Record<string, StepProgress> = {};
  for (const [key, raw] of Object.entries(items)) {
    if (!key.startsWith(prefix)) continue;
    const parsed = parseProgressKey(key);
    const value = progressFrom(raw);
    if (parsed && value) map[parsed.stepId] = value;
  }
  return map;
}

export async function readProgress(operator: OperatorId): Promise<ProgressMap> {
  return progressFromItems(await readAll(), operator);
}

// ---------------------------------------------------------------------------------------------
// Watching (UIs). One callback per storage event with the typed, validated changes in it: only the
// kinds a UI shows (reminders and the schema version are the worker's alone, and their checks stay
// out of the popup's and the overlay's bundles).

export type StorageChange =
  | { readonly item: 'settings'; readonly value: Settings }
  | { readonly item: 'progress'; readonly operator: OperatorId; readonly stepId: string; readonly value: StepProgress | null }
  | { readonly item: 'evidence'; readonly operator: OperatorId; readonly value: Evidence }
  | { readonly item: 'notices'; readonly value: readonly Notice[] };

export function parseChanges(changes: Readonly<Record<string, { newValue?: unknown }>>): StorageChange[] {
  const out: StorageChange[] = [];
  for (const [key, change] of Object.entries(changes)) {
    const raw = change.newValue ?? undefined;
    // Not through itemKind: the kinds only the worker reads (the schema version, the v1 state, reminders)
    // would be code the UIs load for nothing.
    const progress = parseProgressKey(key);
    const operator = key.slice(key.indexOf(':') + 1);
    if (key === KEYS.settings) out.push({ item: 'settings', value: settingsFrom(raw) });
    else if (key === KEYS.notices) out.push({ item: 'notices', value: noticesFrom(raw) });
    else if (progress) out.push({ item: 'progress', ...progress, value: progressFrom(raw) });
    else if (isOperatorId(operator) && key === evidenceKey(operator)) out.push({ item: 'evidence', operator, value: evidenceFrom(raw) });
  }
  return out;
}

/** Calls `callback` with the extension's changed items whenever local storage changes; returns an unsubscribe. */
export function onStorageChange(callback: (changes: StorageChange[]) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const parsed = parseChanges(changes);
    if (parsed.length > 0) callback(parsed);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

// ---------------------------------------------------------------------------------------------
// Writes (the background worker only).

export type WriteResult = { readonly ok: true } | { readonly ok: false; readonly reason: 'quota' | 'error'; readonly message: string };

export function isQuotaError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /QUOTA_BYTES|quota/i.test(message);
}

/** Writes all items at once (storage applies one `set` atomically); a failure leaves existing data as it was. */
export async function writeItems(items: Readonly<Record<string, unknown>>): Promise<WriteResult> {
  try {
    await local().set({ ...items });
    return { ok: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: isQuotaError(error) ? 'quota' : 'error', message };
  }
}

/**
 * Storage holds a newer version's data, as the popup read it on opening (noteStoredVersion). The worker
 * refuses every write then; the close-time write below must too, or it would replace proof in a format
 * only that version knows. Read from storage itself, not from the notice, which the user can dismiss
 * and the worker may not have recorded yet. A broken version above the current one (2.5) counts as
 * newer here, where checkSchemaVersion calls it corrupt: the cautious side, and 25 B less in the popup.
 */
let newerData = false;

export function noteStoredVersion(raw: unknown): void {
  newerData = typeof raw === 'number' && raw > CURRENT_SCHEMA_VERSION;
}

/**
 * Writes outside the worker, made by a page as it closes: proof the popup could not hand over, and
 * ticks the worker had not answered (utils/unanswered-ticks.ts). A message to a worker that must
 * first be started is dropped with the closing page; a storage write is not. The worker then
 * schedules its reminder (utils/worker.ts, storage listener). Each step is its own key and a tick
 * carries the time it was made, so this is the write the worker would have made, unless another
 * window changed that same item in the few milliseconds between.
 */
export function keepOnClose(items: Readonly<Record<string, KeptEvidence | StepProgress>>): void {
  if (!newerData) local().set(items).catch(() => undefined);
}

export async function removeItems(keys: readonly string[]): Promise<WriteResult> {
  if (keys.length === 0) return { ok: true };
  try {
    await local().remove([...keys]);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Read-modify-write cycles on one key run one after another in this context (see KeyedQueue).
 * Pure: bundles that never write (the popup) leave the queue out.
 */
const writes = /* @__PURE__ */ new KeyedQueue();

export function serialized<T>(key: string, task: () => Promise<T>): Promise<T> {
  return writes.run(key, task);
}

export function noticeId(kind: NoticeKind, item: string): string {
  return `${kind}:${item}`.slice(0, NOTICE_ID_MAX);
}

/** The notice list with `notice` added; a notice of the same kind for the same item is replaced, the oldest dropped past the cap. */
export function withNotice(list: readonly Notice[], kind: NoticeKind, item: string, at: number): Notice[] {
  const id = noticeId(kind, item);
  const next = list.filter((n) => n.id !== id);
  next.push({ id, kind, item: item.slice(0, NOTICE_TEXT_MAX), at });
  return next.slice(-NOTICES_MAX);
}

/** The stored notice list to add to; one that could not be read wholly also says it was reset, as any other item would. */
export function noticesToKeep(raw: unknown, at: number): Notice[] {
  const checked = checkNotices(raw);
  return checked.valid ? [...checked.value] : withNotice(checked.value, 'reset', KEYS.notices, at);
}

/**
 * Records a notice for the user. When the notices item itself is unreadable it is replaced (that is
 * a reset of its own). Returns the write result: under a full quota even this may fail, and the
 * caller then reports the problem in its response instead.
 */
export function recordNotice(kind: NoticeKind, item: string, at = Date.now(), options: { keepUnreadable?: boolean } = {}): Promise<WriteResult> {
  return serialized(KEYS.notices, async () => {
    const raw = await getOne(KEYS.notices);
    // Data from a newer version: a list this version cannot read may hold notices it does not know,
    // and rewriting it would drop them (and call it a reset). It is left as it is, unrecorded.
    if (options.keepUnreadable && !checkNotices(raw).valid) return { ok: true } as const;
    return writeItems({ [KEYS.notices]: withNotice(noticesToKeep(raw, at), kind, item, at) });
  });
}

/** Takes one notice out; entries this version cannot read (a newer version's) stay as they are. */
export function removeNotice(id: string): Promise<WriteResult> {
  return serialized(KEYS.notices, async () => {
    const raw = await getOne(KEYS.notices);
    if (!Array.isArray(raw)) return { ok: true } as const;
    const kept = raw.filter((entry: unknown) => !(isRecord(entry) && entry.id === id));
    if (kept.length === raw.length) return { ok: true } as const;
    return writeItems({ [KEYS.notices]: kept });
  });
}

export { getOne as readRaw };
