// Which "date submitted" the proof keeps. A date field commits whatever the user has typed so far:
// a five-digit year ("20266") is no date, and typing a year digit by digit passes through 0202-11-26,
// which would schedule a reminder centuries overdue (it fired at once). Such a value stays in the
// form, marked; it is never sent, so the other fields still save.
import { isIsoDate } from './storage';

/** The earliest submission date taken: no SIM contract in Kazakhstan ends before mobile numbers were common. */
export const SUBMITTED_FROM = '2000-01-01';

/**
 * Whether `value` (an `<input type="date">` value) can be kept as the day the request was
 * submitted: empty (not given), or a real date from SUBMITTED_FROM to today.
 */
export function isSubmissionDate(value: string, now = Date.now()): boolean {
  if (value === '') return true;
  return isIsoDate(value) && value >= SUBMITTED_FROM && value <= latestSubmissionDate(now);
}

/**
 * The last day taken, YYYY-MM-DD: today in the user's own time zone, the calendar the date field
 * shows (a day of slack in UTC let an evening user in Almaty pick tomorrow). Also the field's `max`.
 */
export function latestSubmissionDate(now = Date.now()): string {
  return new Date(now - new Date(now).getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
