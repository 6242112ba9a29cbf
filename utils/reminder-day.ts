// The day a reminder is due: the date submitted plus the user's number of days. The popup promises
// it; the worker remembers which day it was shown for (utils/reminders.ts). Calendar arithmetic in
// UTC, so that neither a daylight-saving change nor the computer's time zone can move it by a day.
import { REMINDER_DAYS, isIsoDate } from '@/utils/storage';

export function reminderDay(submittedOn: string, days: number): string | null {
  if (!isIsoDate(submittedOn) || !Number.isInteger(days)) return null;
  // From the ISO date itself: Date.UTC would put a year 0000–0099 in 1900–1999.
  const due = new Date(submittedOn);
  due.setUTCDate(due.getUTCDate() + days);
  return due.toISOString().slice(0, 10);
}

/** The number typed in the days field, if it is one the worker accepts. */
export function parseReminderDays(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= REMINDER_DAYS.min && n <= REMINDER_DAYS.max ? n : null;
}
