// Finds stored items that are corrupt (wrong type, bad shape) and works out their replacement:
// what can be salvaged, or the default. Only the bad item changes; every other item stays as it is.
// Pure: the worker applies the plan with one write and records the notices it returns.
import {
  DEFAULT_SETTINGS,
  EMPTY_EVIDENCE,
  KEYS,
  checkEvidence,
  checkNotices,
  checkProgress,
  checkReminder,
  checkSchemaVersion,
  checkSettings,
  checkTypedAt,
  isRecord,
  itemKind,
  noticeItem,
  progressFromItems,
  type Checked,
} from './storage';
import { isOperatorId } from './progress';

export interface RepairPlan {
  /** Items to write with their repaired value. */
  readonly set: Record<string, unknown>;
  /** Items to remove (nothing worth keeping in them). */
  readonly remove: string[];
  /** Notice items (see `noticeItem`), one per repaired item or operator. */
  readonly reset: string[];
}

/**
 * The fields a stored settings or proof item has had since the per-item format began (the phone number
 * came later: proof saved before it has none, and is sound). The readers, which the popup bundles, read
 * a missing field as its default and call the item sound: a proof without its request number showed an
 * empty field and no notice, as if the user had never typed one. Here, in the worker alone, such an
 * item is completed with every field it still has, and named to the user.
 */
const EVERY_FIELD = {
  settings: Object.keys(DEFAULT_SETTINGS),
  evidence: Object.keys(EMPTY_EVIDENCE).filter((field) => field !== 'phoneNumber'),
} as const;

function whole(checked: Checked<unknown>, raw: unknown, fields: readonly string[]): Checked<unknown> {
  return checked.valid && isRecord(raw) && fields.some((field) => raw[field] === undefined) ? { value: checked.value, valid: false } : checked;
}

function check(key: string, raw: unknown): Checked<unknown> | null {
  switch (itemKind(key)) {
    case 'settings':
      return whole(checkSettings(raw), raw, EVERY_FIELD.settings);
    case 'notices':
      return checkNotices(raw);
    case 'evidence':
      return whole(checkEvidence(raw), raw, EVERY_FIELD.evidence);
    case 'progress':
      return checkProgress(raw);
    case 'reminder':
      return checkReminder(raw);
    case 'schemaVersion':
      return checkSchemaVersion(raw);
    // The v1 state belongs to migrations; other keys are not ours.
    default:
      return null;
  }
}

/** The repairs needed for `items` (all of storage, or the keys that just changed). */
export function planRepair(items: Readonly<Record<string, unknown>>): RepairPlan {
  const plan: RepairPlan = { set: {}, remove: [], reset: [] };
  for (const [key, raw] of Object.entries(items)) {
    if (raw === undefined) continue;
    const checked = check(key, raw);
    if (!checked) continue;
    if (checked.valid) {
      // Sound proof with a closing page's marker that is none (utils/storage.ts checkTypedAt): kept
      // without it, and no notice, since nothing the user typed or sees changes.
      if (itemKind(key) === 'evidence' && !checkTypedAt(raw).valid) plan.set[key] = checked.value;
      continue;
    }
    // A schema version we cannot read is left for migrations, which decide the version from the data.
    if (key === KEYS.schemaVersion) continue;
    if (checked.value === null) plan.remove.push(key);
    else plan.set[key] = checked.value;
    const item = noticeItem(key);
    if (!plan.reset.includes(item)) plan.reset.push(item);
  }
  return plan;
}

export function isEmptyPlan(plan: RepairPlan): boolean {
  return plan.remove.length === 0 && plan.reset.length === 0 && Object.keys(plan.set).length === 0;
}

/**
 * The notice item for a settings or proof item repaired to `value`: 'part:<item>' where it still holds
 * something the user set, whose notice says the rest is kept (utils/popup-notice.ts). "Could not be read
 * and was reset" told a user whose proof still showed its request number and notes that it was gone.
 */
export function partItem(item: string, value: unknown): string {
  const kind = itemKind(item);
  const empty = (kind === 'settings' ? DEFAULT_SETTINGS : kind === 'evidence' ? EMPTY_EVIDENCE : null) as Readonly<Record<string, unknown>> | null;
  const kept = empty && isRecord(value) && Object.keys(empty).some((field) => field !== 'updatedAt' && JSON.stringify(value[field]) !== JSON.stringify(empty[field]));
  return kept ? `part:${item}` : item;
}

/** The notice items for a plan: partItem for what it rewrites (judged before anything else changes it, e.g. recallOperator). */
export function noticeItemsOfPlan(plan: RepairPlan): string[] {
  return plan.reset.map((item) => (item in plan.set ? partItem(item, plan.set[item]) : item));
}

/**
 * The notice item for each repaired item, given storage after the repair. 'progress:<op>' gets the
 * notice "some ticks were cleared; the others are kept"; where no tick of that operator is left it
 * becomes 'ticks:<op>', whose notice says the ticks are gone (utils/popup-notice.ts): a user whose
 * every tick was unreadable was told the others were kept, and found an empty list.
 */
export function noticeItemsAfterRepair(reset: readonly string[], after: Readonly<Record<string, unknown>>): string[] {
  return reset.map((item) => {
    const [kind, operator] = item.split(':');
    if (kind !== 'progress' || !isOperatorId(operator)) return item;
    return Object.values(progressFromItems(after, operator)).some((step) => step.done) ? item : `ticks:${operator}`;
  });
}
