import { describe, expect, it } from 'vitest';
import { isSubmissionDate } from '@/utils/evidence-date';

const NOW = Date.UTC(2026, 10, 26, 12);

describe('isSubmissionDate: which "date submitted" the proof keeps', () => {
  it('keeps nothing given and real dates up to today', () => {
    expect(isSubmissionDate('', NOW)).toBe(true);
    expect(isSubmissionDate('2026-11-26', NOW)).toBe(true);
    expect(isSubmissionDate('2000-01-01', NOW)).toBe(true);
    // Where the day has begun ahead of UTC.
    expect(isSubmissionDate('2026-11-27', NOW)).toBe(true);
  });

  it('holds back what a date field passes through or a slip produces', () => {
    for (const value of ['0002-11-26', '0202-11-26', '1999-12-31', '20266-11-26', '2026-02-30', '2026-12-01', '26.11.2026', 'x']) {
      expect(isSubmissionDate(value, NOW), value).toBe(false);
    }
  });
});
