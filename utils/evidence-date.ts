// Which "date submitted" the proof keeps. A date field commits whatever the user has typed so far:
// a five-digit year ("20266") is no date, and typing a year digit by digit passes through 0202-11-26,
// which would schedule a reminder centuries overdue (it fired at once). Such a value stays in the
// form, marked; it is never sent, so the other fields still save.
import { isIsoDate } from './storage';

/** The earliest submission date taken: no SIM contract in Kazakhstan ends before mobile numbers were common. */
export const SUBMITTED_FROM = '2000-01-01';

/** YYYY-MM-DD of a time, in UTC: compared with ISO dates as text. */
function isoDayUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Whether `value` (an `<input type="date">` value) can be kept as the day the request was
 * submitted: empty (not given), or a real date from SUBMITTED_FROM to today. A day of slack
 * ahead covers a user whose day has begun where UTC's has not.
 */
export function isSubmissionDate(value: string, now = Date.now()): boolean {
  if (value === '') return true;
  return isIsoDate(value) && value >= SUBMITTED_FROM && value <= latestSubmissionDate(now);
}

/** The last day taken (today, with a day of slack ahead): also the date picker's `max`. */
export function latestSubmissionDate(now = Date.now()): string {
  return isoDayUtc(now + 86_400_000);
}
