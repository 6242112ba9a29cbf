// Stored-format versions and the steps between them. Run by the worker once per start, before it
// handles any message. Each step is idempotent and safe to interrupt: it is recomputed from the old
// data, written in one `set` (atomic), and only then is the old data removed, so running it again
// after a crash at any point gives the same result.
//
// v1 (the first released format): one key `state` =
//   { version: 1, lang?: 'en'|'ru'|'kk'|'zh', operator?: string, route?: 'online'|'office',
//     done?: { [operator]: string[] /* step ids */ },
//     evidence?: { [operator]: { number?, date?, office?, notes? } } }
// v2: per-item keys (see utils/storage.ts): schemaVersion, settings, progress:<op>:<step>,
//   evidence:<op>, reminder:<op>, notices. evidence:<op> may also hold `typedAt`, which only a closing
//   popup writes (KeptEvidence): optional and ignored by older readers, so it came without a version.
//   No migration writes it: proof moved here was typed in no popup, and its reminder is not spared.
import type { Lang, OperatorId } from '@/data/schema';
import { UNKNOWN_TIME, isOperatorId, isStepId, isTimestamp, progressKey, supersedes } from './progress';
import { partItem } from './repair';
import {
  CURRENT_SCHEMA_VERSION,
  EVIDENCE_FIELD_MAX,
  KEYS,
  NOTES_MAX,
  evidenceFrom,
  progressFrom,
  checkSchemaVersion,
  settingsFrom,
  evidenceKey,
  isIsoDate,
  isRecord,
  isRoute,
  noticesToKeep,
  readAll,
  removeItems,
  withNotice,
  writeItems,
  type Evidence,
  type Notice,
  type Settings,
} from './storage';

export type MigrationOutcome =
  /** Nothing stored yet: schemaVersion written. */
  | { readonly status: 'fresh' }
  | { readonly status: 'current' }
  | { readonly status: 'migrated'; readonly from: number }
  /** Data from a newer version: left untouched. */
  | { readonly status: 'newer'; readonly version: number }
  /** A write failed (e.g. quota); the old data is still in place and the next start tries again. */
  | { readonly status: 'failed'; readonly from: number; readonly message: string };

type Items = Readonly<Record<string, unknown>>;

interface Migration {
  readonly from: number;
  readonly to: number;
  /** Returns null on success or the failure message. */
  run(items: Items, now: number): Promise<string | null>;
}

const V1_LANGS: Readonly<Record<string, Lang>> = { en: 'en', ru: 'ru', kk: 'kk', zh: 'zh-CN', 'zh-CN': 'zh-CN' };

/** v1 dates were typed by hand: ISO, or the DD.MM.YYYY people in Kazakhstan write. */
function v1Date(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (isIsoDate(text)) return text;
  const match = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text);
  if (match) {
    const iso = `${match[3]}-${match[2]}-${match[1]}`;
    if (isIsoDate(iso)) return iso;
  }
  return null;
}

export interface V2FromV1 {
  /** The v2 items to write (settings, progress, evidence, notices, schemaVersion). */
  readonly items: Record<string, unknown>;
  /**
   * What had parts that could not be read and were left behind, as notice items ('settings',
   * 'progress:<op>' where some of an operator's ticks were read, 'state:<op>' where none was,
   * 'evidence:<op>', or 'state' for what names no operator): each gets its own
   * "reset" notice, which says what to check. The "moved, nothing was lost" notice comes only when
   * this is empty: next to a reset notice it told the user two opposite things.
   */
  readonly dropped: readonly string[];
}

/**
 * The v2 items for a v1 `state`, merged onto what v2 items already exist (`current`), with `at` as
 * the time of every migrated proof and notice (ticks get UNKNOWN_TIME). Pure and deterministic for the same inputs.
 */
export function v2FromV1(state: unknown, current: Items, at: number): V2FromV1 {
  const items: Record<string, unknown> = {};
  const lost = new Set<string>();
  const drop = (item: string) => void lost.add(item);
  const v1 = isRecord(state) ? state : {};
  if (!isRecord(state) || state.version !== 1) drop(KEYS.legacyState);

  // Settings: the v1 fields over the defaults. Where v2 settings exist already, a run was interrupted
  // after its write (the old state could not be removed) and the user may have changed them since:
  // the re-run keeps them, or it would put back the v1 language, operator and route. What it could
  // not read it still names, or the re-run added "nothing was lost" beside the first run's reset notice.
  const base = settingsFrom(current[KEYS.settings]);
  const settings: { -readonly [K in keyof Settings]: Settings[K] } = { ...base, dismissedSites: [...base.dismissedSites] };
  const fresh = current[KEYS.settings] === undefined;
  if (v1.lang !== undefined) {
    // Own keys only: 'constructor' is no language, though V1_LANGS.constructor exists.
    const lang = typeof v1.lang === 'string' && Object.hasOwn(V1_LANGS, v1.lang) ? V1_LANGS[v1.lang] : undefined;
    if (!lang) drop(KEYS.settings);
    else if (fresh) settings.lang = lang;
  }
  if (v1.operator !== undefined) {
    if (!isOperatorId(v1.operator)) drop(KEYS.settings);
    else if (fresh) settings.operator = v1.operator;
  }
  if (v1.route !== undefined) {
    if (!isRoute(v1.route)) drop(KEYS.settings);
    else if (fresh) settings.route = v1.route;
  }
  items[KEYS.settings] = settings;

  // Ticks: one progress key per step. v1 did not record when: stamped with the migration time, the
  // summary and the Markdown file said "done on" the day of the update, a day the user did nothing.
  if (v1.done !== undefined) {
    if (!isRecord(v1.done)) drop(KEYS.legacyState);
    else
      for (const [operator, steps] of Object.entries(v1.done)) {
        if (!isOperatorId(operator)) {
          drop(KEYS.legacyState);
          continue;
        }
        // None of the list read: "some ticks were cleared, the others are kept" would promise ticks that
        // are not there, so the notice names the old list as lost (utils/popup-notice.ts).
        const listed: readonly unknown[] | null = Array.isArray(steps) ? steps : null;
        const readable = listed?.filter(isStepId) ?? [];
        if (!listed || (listed.length > 0 && readable.length === 0)) drop(`${KEYS.legacyState}:${operator}`);
        else if (readable.length < listed.length) drop(`progress:${operator}`);
        for (const stepId of readable) {
          const key = progressKey(operator, stepId);
          const existing = progressFrom(current[key]) ?? undefined;
          const next = { done: true, at: UNKNOWN_TIME };
          if (supersedes(next, existing)) items[key] = next;
        }
      }
  }

  // Evidence: field names changed; text is cut to today's bounds.
  if (v1.evidence !== undefined) {
    if (!isRecord(v1.evidence)) drop(KEYS.legacyState);
    else
      for (const [operator, raw] of Object.entries(v1.evidence)) {
        if (!isOperatorId(operator)) {
          drop(KEYS.legacyState);
          continue;
        }
        if (!isRecord(raw)) {
          drop(evidenceKey(operator));
          continue;
        }
        const text = (value: unknown, max: number) => {
          if (value === undefined) return '';
          if (typeof value !== 'string') {
            drop(evidenceKey(operator));
            return '';
          }
          return value.slice(0, max);
        };
        const submittedOn = raw.date === undefined || raw.date === '' ? '' : v1Date(raw.date);
        if (submittedOn === null) drop(evidenceKey(operator));
        const evidence: Evidence = {
          // v1 had no field for it.
          phoneNumber: '',
          requestNumber: text(raw.number, EVIDENCE_FIELD_MAX),
          submittedOn: submittedOn ?? '',
          place: text(raw.office, EVIDENCE_FIELD_MAX),
          notes: text(raw.notes, NOTES_MAX),
          updatedAt: at,
        };
        const existing = current[evidenceKey(operator as OperatorId)];
        if (existing !== undefined && evidenceFrom(existing).updatedAt > at) continue;
        items[evidenceKey(operator as OperatorId)] = evidence;
      }
  }

  let notices: readonly Notice[] = noticesToKeep(current[KEYS.notices], at);
  if (lost.size === 0) notices = withNotice(notices, 'migrated', KEYS.legacyState, at);
  // Settings or proof of which something was read: "the rest is kept", not "was reset" (utils/repair.ts).
  for (const item of lost) notices = withNotice(notices, 'reset', partItem(item, items[item]), at);
  items[KEYS.notices] = notices;
  items[KEYS.schemaVersion] = 2;
  return { items, dropped: [...lost] };
}

const v1ToV2: Migration = {
  from: 1,
  to: 2,
  async run(items, now) {
    const state = items[KEYS.legacyState];
    // The migration time is saved with the old state first, so a re-run after an interruption
    // stamps the very same `at` and produces identical items.
    let at = isRecord(state) && isTimestamp(state.migratedAt) ? state.migratedAt : null;
    if (at === null) {
      at = now;
      if (isRecord(state)) {
        const saved = await writeItems({ [KEYS.legacyState]: { ...state, migratedAt: at } });
        if (!saved.ok) return saved.message;
      }
    }
    const { items: next } = v2FromV1(state, items, at);
    const written = await writeItems(next);
    if (!written.ok) return written.message;
    const removed = await removeItems([KEYS.legacyState]);
    return removed.ok ? null : removed.message;
  },
};

export const MIGRATIONS: readonly Migration[] = [v1ToV2];

/** The version the stored items are in; null when nothing of ours is stored (first run). */
export function storedVersion(items: Items): { version: number | null; corrupt: boolean } {
  const checked = checkSchemaVersion(items[KEYS.schemaVersion]);
  const hasLegacy = items[KEYS.legacyState] !== undefined;
  if (checked.value !== null && checked.value > CURRENT_SCHEMA_VERSION) return { version: checked.value, corrupt: false };
  // A v1 `state` next to schemaVersion 2 means a migration was interrupted after its write: redo it.
  if (hasLegacy) return { version: 1, corrupt: !checked.valid };
  // The per-item formats (2 on) are labelled: an older one is migrated from its label. Taken as a broken
  // label (the rule for 1, below) it would skip the next release's step and read v2 items as its own.
  if (checked.value !== null && checked.value >= 2) return { version: checked.value, corrupt: false };
  // The one-key format kept everything in `state` and wrote no schemaVersion: a 1 without it is a broken
  // label, over data of this version. Migrating "v1" told the user their old checklist could not be
  // read when there was none.
  const hasAny = Object.keys(items).some((key) => key !== KEYS.schemaVersion);
  return { version: hasAny ? CURRENT_SCHEMA_VERSION : null, corrupt: !checked.valid || checked.value !== null };
}

/** Brings storage to the current version. Never touches data written by a newer version. */
export async function runMigrations(now = Date.now()): Promise<MigrationOutcome> {
  let items = await readAll();
  const { version, corrupt } = storedVersion(items);
  if (version !== null && version > CURRENT_SCHEMA_VERSION) return { status: 'newer', version };
  if (version === null) {
    await writeItems({ [KEYS.schemaVersion]: CURRENT_SCHEMA_VERSION });
    return { status: 'fresh' };
  }
  if (version === CURRENT_SCHEMA_VERSION) {
    if (corrupt) {
      // An unreadable notice list replaced here is named too: the repair after this finds it sound.
      const notices = withNotice(noticesToKeep(items[KEYS.notices], now), 'reset', KEYS.schemaVersion, now);
      await writeItems({ [KEYS.schemaVersion]: CURRENT_SCHEMA_VERSION, [KEYS.notices]: notices });
    } else if (items[KEYS.schemaVersion] === undefined) {
      // Items of this version without their label (written before it, or it was lost): labelled now, or
      // the next release would take them for its own format and skip the step that converts them. No
      // notice: nothing of the user's changed.
      await writeItems({ [KEYS.schemaVersion]: CURRENT_SCHEMA_VERSION });
    }
    return { status: 'current' };
  }
  let at = version;
  while (at < CURRENT_SCHEMA_VERSION) {
    const step = MIGRATIONS.find((migration) => migration.from === at);
    if (!step) return { status: 'failed', from: version, message: `no migration from v${at}` };
    const failure = await step.run(items, now);
    if (failure) return { status: 'failed', from: version, message: failure };
    at = step.to;
    items = await readAll();
  }
  return { status: 'migrated', from: version };
}
