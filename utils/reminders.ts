// When to remind the user to check that the number is really gone, and what to say. Pure: the
// worker (utils/worker.ts) turns the plan into alarms, notifications and storage writes.
import type { Lang, OperatorId } from '@/data/schema';
import { isoDay } from './export-markdown';
import { formatDate, t } from './i18n';
import { isOperatorId } from './progress';
import { reminderDay } from './reminder-day';
import type { Reminder } from './storage';

export const REMINDER_ALARM_PREFIX = 'reminder:';
/** A due time that has already passed fires this long after the worker notices, not at once on startup. */
export const FIRE_SOON_MS = 60_000;

export const reminderAlarmName = (operator: OperatorId) => `${REMINDER_ALARM_PREFIX}${operator}`;

export function parseReminderAlarm(name: string): OperatorId | null {
  if (!name.startsWith(REMINDER_ALARM_PREFIX)) return null;
  const operator = name.slice(REMINDER_ALARM_PREFIX.length);
  return isOperatorId(operator) ? operator : null;
}

/**
 * Noon, local time, `days` calendar days after the date the request was submitted. Calendar
 * arithmetic (not days × 24 h) and noon (far from midnight) keep it on the right day even when a
 * daylight-saving change falls in between.
 */
export function dueAtFor(submittedOn: string, days: number): number {
  const [y, m, d] = submittedOn.split('-').map(Number) as [number, number, number];
  // setFullYear, not the constructor: that reads years 0–99 as 1900–1999.
  const due = new Date(2000, 0, 1, 12, 0, 0, 0);
  due.setFullYear(y, m - 1, d + days);
  return due.getTime();
}

/** When the alarm should go off: at the due time, or shortly if it is already past. */
export function alarmTime(dueAt: number, now: number): number {
  return dueAt > now ? dueAt : now + FIRE_SOON_MS;
}

export type ReminderPlan =
  /**
   * Nothing submitted: no alarm. `remembered`: a reminder was shown, and its record stays, so the same
   * date typed again (a date cleared to retype it) does not show it twice. A reset forgets it.
   */
  | { readonly kind: 'cancel'; readonly remembered: boolean }
  /** Already shown for this due date: keep the record, no alarm. */
  | { readonly kind: 'fired'; readonly reminder: Reminder }
  /** Store `reminder` and have an alarm at `when`. */
  | { readonly kind: 'schedule'; readonly reminder: Reminder; readonly when: number };

/** The due day a reminder was shown for: its own record, else (a record from before it kept one) the local day of its due time. */
export function shownDayOf(reminder: Reminder | null): string | null {
  if (reminder?.shownDay) return reminder.shownDay;
  return reminder?.fired ? isoDay(reminder.dueAt) : null;
}

/**
 * The reminder for an operator, given the evidence date and the user's number of days. One shown
 * for a due day stays shown for that day, whatever the due time in this time zone and whatever
 * dates were passed through meanwhile; another day makes a new one. `typedAt`: when the date was
 * typed in the popup, or the number of days changed there beside this operator's proof, by the popup's
 * clock, if this plan follows that save (0 otherwise: a worker start, a migration, another operator's proof).
 */
export function planReminder(submittedOn: string, days: number, existing: Reminder | null, now: number, typedAt = 0): ReminderPlan {
  const day = reminderDay(submittedOn, days);
  const shownDay = shownDayOf(existing);
  if (day === null) return { kind: 'cancel', remembered: shownDay !== null };
  const dueAt = dueAtFor(submittedOn, days);
  if (shownDay === day) return { kind: 'fired', reminder: { dueAt, fired: true, shownDay } };
  // A date typed in the popup after its reminder day, or days changed there that put the day behind:
  // the popup said there, under the date, to check now (components/popup/EvidenceForm.tsx, the same
  // test of the day). A notification a minute later told the user, still looking at it, the same thing
  // again; it is kept for a user who is not looking: a day still ahead, or one that passed while the
  // browser was closed. The popup's clock, not this one: the popup judged "past" by the day on its
  // screen, and a message handled after midnight put a day it called today behind (settings/set
  // `shown`). Never a time ahead of this clock, which the popup's cannot be: a stored one claiming so
  // (KeptEvidence.typedAt) would spare days not yet shown.
  if (day < isoDay(Math.min(typedAt, now))) return { kind: 'fired', reminder: { dueAt, fired: true, shownDay: day } };
  return { kind: 'schedule', reminder: { dueAt, fired: false, ...(shownDay ? { shownDay } : {}) }, when: alarmTime(dueAt, now) };
}

export interface NotificationText {
  readonly title: string;
  readonly message: string;
}

export function reminderNotification(lang: Lang, operatorName: string, submittedOn: string): NotificationText {
  return {
    title: t(lang, 'bg.reminder.title', { operator: operatorName }),
    message: t(lang, 'bg.reminder.body', { operator: operatorName, date: formatDate(submittedOn, lang) }),
  };
}

/**
 * Whether an alarm already set for `scheduledTime` serves `plan`, so it is left alone: recreating a
 * past-due alarm on every worker start would keep pushing it a minute ahead and it might never fire.
 */
export function alarmServes(scheduledTime: number | undefined, plan: ReminderPlan, now: number): boolean {
  if (plan.kind !== 'schedule' || scheduledTime === undefined) return false;
  if (scheduledTime === plan.when) return true;
  return plan.reminder.dueAt <= now && scheduledTime <= now + FIRE_SOON_MS;
}
