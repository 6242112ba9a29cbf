import { afterEach, describe, expect, it } from 'vitest';
import {
  FIRE_SOON_MS,
  alarmServes,
  alarmTime,
  dueAtFor,
  parseReminderAlarm,
  planReminder,
  reminderAlarmName,
  reminderNotification,
} from '@/utils/reminders';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

/** Local wall-clock parts of a timestamp. */
const local = (ms: number) => {
  const d = new Date(ms);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()];
};

describe('dueAtFor', () => {
  it('is noon, local time, N calendar days after the date submitted', () => {
    expect(local(dueAtFor('2026-11-20', 3))).toEqual([2026, 11, 23, 12, 0]);
  });

  it('crosses month and year ends and leap days', () => {
    expect(local(dueAtFor('2026-12-30', 3))).toEqual([2027, 1, 2, 12, 0]);
    expect(local(dueAtFor('2028-02-27', 2))).toEqual([2028, 2, 29, 12, 0]);
    expect(local(dueAtFor('2026-01-31', 60))).toEqual([2026, 4, 1, 12, 0]);
  });

  it.each(['Europe/Berlin', 'America/New_York', 'Asia/Almaty', 'Australia/Lord_Howe'])(
    'lands on the right day at noon across a DST change (%s)',
    (tz) => {
      process.env.TZ = tz;
      // Spans the spring-forward (northern) or autumn-back (southern) change of each zone.
      expect(local(dueAtFor('2026-03-27', 3))).toEqual([2026, 3, 30, 12, 0]);
      expect(local(dueAtFor('2026-03-06', 3))).toEqual([2026, 3, 9, 12, 0]);
      expect(local(dueAtFor('2026-10-23', 10))).toEqual([2026, 11, 2, 12, 0]);
      expect(local(dueAtFor('2026-04-03', 3))).toEqual([2026, 4, 6, 12, 0]);
    },
  );
});

describe('alarmTime', () => {
  it('is the due time when it is still ahead', () => {
    expect(alarmTime(5_000_000, 1_000)).toBe(5_000_000);
  });
  it('is a minute from now when the due time has passed', () => {
    expect(alarmTime(1_000, 5_000_000)).toBe(5_000_000 + FIRE_SOON_MS);
  });
});

describe('planReminder', () => {
  const now = new Date(2026, 10, 21, 9, 0).getTime();

  it('cancels when nothing was submitted', () => {
    expect(planReminder('', 3, null, now)).toEqual({ kind: 'cancel', remembered: false });
    expect(planReminder('not a date', 3, { dueAt: 1, fired: false }, now)).toEqual({ kind: 'cancel', remembered: false });
  });

  it('a date cleared after its reminder was shown keeps the memory, so the same date typed again does not show it twice', () => {
    const shown = { dueAt: dueAtFor('2026-11-20', 3), fired: true, shownDay: '2026-11-23' };
    expect(planReminder('', 3, shown, now)).toEqual({ kind: 'cancel', remembered: true });
    // The record kept (the worker leaves it in place) is what the retyped date meets.
    expect(planReminder('2026-11-20', 3, shown, now).kind).toBe('fired');
  });

  it('schedules a future reminder at its due time', () => {
    const dueAt = new Date(2026, 10, 23, 12, 0).getTime();
    expect(planReminder('2026-11-20', 3, null, now)).toEqual({ kind: 'schedule', reminder: { dueAt, fired: false }, when: dueAt });
  });

  it('schedules a past-due reminder to fire soon', () => {
    const plan = planReminder('2026-10-01', 3, null, now);
    expect(plan).toMatchObject({ kind: 'schedule', when: now + FIRE_SOON_MS, reminder: { fired: false } });
  });

  it('does not fire twice for the same due date', () => {
    const dueAt = dueAtFor('2026-10-01', 3);
    expect(planReminder('2026-10-01', 3, { dueAt, fired: true, shownDay: '2026-10-04' }, now)).toEqual({
      kind: 'fired',
      reminder: { dueAt, fired: true, shownDay: '2026-10-04' },
    });
    // A record from before the shown day was kept: its due time's local day.
    expect(planReminder('2026-10-01', 3, { dueAt, fired: true }, now).kind).toBe('fired');
  });

  it('makes a new reminder when the date or the number of days changes after one fired, remembering the day shown', () => {
    const fired = { dueAt: dueAtFor('2026-10-01', 3), fired: true, shownDay: '2026-10-04' };
    expect(planReminder('2026-10-01', 7, fired, now)).toMatchObject({ kind: 'schedule', reminder: { fired: false, shownDay: '2026-10-04' } });
    expect(planReminder('2026-11-20', 3, fired, now).kind).toBe('schedule');
  });

  it('a date passed through on the way back to the same one (a day retyped digit by digit) does not bring a shown reminder back', () => {
    const shown = { dueAt: dueAtFor('2026-11-20', 3), fired: true, shownDay: '2026-11-23' };
    // "20" retyped: the field holds 2026-11-02 for a moment, and that is saved.
    const passing = planReminder('2026-11-02', 3, shown, now);
    expect(passing.kind).toBe('schedule');
    const stored = passing.kind === 'schedule' ? passing.reminder : shown;
    expect(planReminder('2026-11-20', 3, stored, now).kind).toBe('fired');
  });

  it('proof typed in the popup after its reminder day (the popup said "check now") brings no notification; one typed before it, or a day that passed unseen, does', () => {
    const typedNow = now;
    // Handed in 2026-11-01, typed on the 21st: the popup said the reminder day, the 4th, is past.
    expect(planReminder('2026-11-01', 3, null, now, typedNow)).toEqual({
      kind: 'fired',
      reminder: { dueAt: dueAtFor('2026-11-01', 3), fired: true, shownDay: '2026-11-04' },
    });
    // Typed before the reminder day, which then passed while the browser was closed: the user was not told.
    expect(planReminder('2026-11-01', 3, null, now, new Date(2026, 10, 3, 20).getTime()).kind).toBe('schedule');
    // Due today: the popup said "Reminder: today", not "check now", and the notification comes.
    expect(planReminder('2026-11-18', 3, null, now, typedNow).kind).toBe('schedule');
    expect(planReminder('2026-11-20', 3, null, now, typedNow).kind).toBe('schedule');
    // Nothing known about the edit (a record written before updatedAt existed): as before.
    expect(planReminder('2026-11-01', 3, null, now).kind).toBe('schedule');
  });

  it('a reminder shown in one time zone is not shown again after the computer moves to another', () => {
    process.env.TZ = 'Asia/Almaty';
    const shown = { dueAt: dueAtFor('2026-11-20', 3), fired: true, shownDay: '2026-11-23' };
    const legacy = { dueAt: dueAtFor('2026-11-20', 3), fired: true };
    for (const tz of ['Europe/Moscow', 'Asia/Shanghai', 'America/New_York']) {
      process.env.TZ = tz;
      expect(dueAtFor('2026-11-20', 3), tz).not.toBe(shown.dueAt);
      expect(planReminder('2026-11-20', 3, shown, now).kind, tz).toBe('fired');
      expect(planReminder('2026-11-20', 3, legacy, now).kind, tz).toBe('fired');
    }
  });
});

describe('alarmServes', () => {
  const now = 1_000_000;
  const future = { kind: 'schedule', reminder: { dueAt: now + 10_000, fired: false }, when: now + 10_000 } as const;
  const pastDue = { kind: 'schedule', reminder: { dueAt: now - 10, fired: false }, when: now + FIRE_SOON_MS } as const;

  it('keeps an alarm already set for the due time', () => {
    expect(alarmServes(now + 10_000, future, now)).toBe(true);
  });
  it('replaces an alarm set for another time, or a missing one', () => {
    expect(alarmServes(now + 99_999, future, now)).toBe(false);
    expect(alarmServes(undefined, future, now)).toBe(false);
  });
  it('does not push a pending past-due alarm further on every worker start', () => {
    expect(alarmServes(now + 30_000, pastDue, now)).toBe(true);
  });
  it('replaces an alarm days ahead once the reminder is due (the submission date was moved back)', () => {
    expect(alarmServes(now + 3 * 86_400_000, pastDue, now)).toBe(false);
    const plan = planReminder('2026-01-01', 3, null, new Date(2026, 0, 20, 9).getTime());
    expect(alarmServes(new Date(2026, 0, 23, 12).getTime(), plan, new Date(2026, 0, 20, 9).getTime())).toBe(false);
  });
});

describe('alarm names', () => {
  it('round-trip the operator and reject others', () => {
    expect(parseReminderAlarm(reminderAlarmName('beeline'))).toBe('beeline');
    expect(parseReminderAlarm('reminder:astelit')).toBeNull();
    expect(parseReminderAlarm('other')).toBeNull();
  });
});

describe('reminderNotification', () => {
  it.each([
    ['en', /disconnected/, /final bill/],
    ['ru', /отключён/, /счёт/],
    ['kk', /өшірілген/, /шот/],
    ['zh-CN', /注销/, /账单/],
  ] as const)('speaks %s and asks to check disconnection, bill and refund', (lang, disconnected, bill) => {
    const { title, message } = reminderNotification(lang, 'Kcell', '2026-11-20');
    expect(title).toContain('Kcell');
    expect(message).toMatch(disconnected);
    expect(message).toMatch(bill);
    expect(message).not.toContain('{');
  });
});
