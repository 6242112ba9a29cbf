import { afterEach, describe, expect, it } from 'vitest';
import { isSubmissionDate, latestSubmissionDate } from '@/utils/evidence-date';

const NOW = Date.UTC(2026, 10, 26, 12);

describe('isSubmissionDate: which "date submitted" the proof keeps', () => {
  it('keeps nothing given and real dates up to today', () => {
    expect(isSubmissionDate('', NOW)).toBe(true);
    expect(isSubmissionDate('2026-11-26', NOW)).toBe(true);
    expect(isSubmissionDate('2000-01-01', NOW)).toBe(true);
  });

  it('holds back what a date field passes through or a slip produces', () => {
    for (const value of ['0002-11-26', '0202-11-26', '1999-12-31', '20266-11-26', '2026-02-30', '2026-12-01', '26.11.2026', 'x']) {
      expect(isSubmissionDate(value, NOW), value).toBe(false);
    }
  });
});

describe('"today" is the user\'s own calendar day, as the date field shows it', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });
  const at = (tz: string, iso: string) => {
    process.env.TZ = tz; // Node re-reads the time zone when TZ is set.
    return Date.parse(iso);
  };

  it.each([
    // Almaty (UTC+5) at 17:00 on the 26th: tomorrow is refused (a UTC day of slack took it).
    ['Asia/Almaty', '2026-11-26T12:00:00Z', '2026-11-26'],
    // Almaty at 01:00 on the 27th, while UTC is still on the 26th: the 27th is today there.
    ['Asia/Almaty', '2026-11-26T20:00:00Z', '2026-11-27'],
    // Beijing (UTC+8) just after midnight.
    ['Asia/Shanghai', '2026-11-26T16:30:00Z', '2026-11-27'],
    // West of UTC, the evening of the 26th is already the 27th in UTC.
    ['America/Los_Angeles', '2026-11-27T03:00:00Z', '2026-11-26'],
    ['UTC', '2026-11-26T23:59:00Z', '2026-11-26'],
  ])('in %s at %s the last day taken is %s', (tz, iso, today) => {
    const now = at(tz, iso);
    expect(latestSubmissionDate(now)).toBe(today);
    expect(isSubmissionDate(today, now)).toBe(true);
    const next = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(isSubmissionDate(next, now)).toBe(false);
  });
});
