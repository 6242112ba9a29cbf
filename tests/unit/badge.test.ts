import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, badgeFor, badgeOperator, badgeText, hostOf, withLostGuide } from '@/utils/badge';

describe('badgeText', () => {
  it.each([
    [3, 9, '3/9'],
    [0, 16, '0/16'],
    [16, 16, '16/16'],
    [20, 16, '16/16'],
    [0, 0, ''],
    [-1, 5, '0/5'],
  ])('%i of %i → %j', (done, total, text) => {
    expect(badgeText(done, total)).toBe(text);
  });
});

describe('badgeOperator', () => {
  it('prefers the operator whose site the tab shows', () => {
    expect(badgeOperator('tele2', 'kcell')).toBe('tele2');
  });
  it('shows nobody until a cancellation is under way, not even on an operator site', () => {
    expect(badgeOperator('tele2', null)).toBeNull();
    expect(badgeOperator(null, null)).toBeNull();
  });
  it('falls back to the operator in progress on every other site', () => {
    expect(badgeOperator(null, 'kcell')).toBe('kcell');
  });
});

describe('withLostGuide', () => {
  it('adds the note under the title, and "!" only where there is no count to show', () => {
    expect(withLostGuide({ text: '', color: BADGE_COLORS.progress, title: 'SimExit KZ' }, 'Gone.')).toEqual({ text: '!', color: BADGE_COLORS.progress, title: 'SimExit KZ\nGone.' });
    expect(withLostGuide({ text: '3/9', color: BADGE_COLORS.progress, title: 'Kcell: 3 of 9' }, 'Gone.')).toMatchObject({ text: '3/9', title: 'Kcell: 3 of 9\nGone.' });
  });
});

describe('badgeFor', () => {
  it('shows progress with a tooltip in the user language', () => {
    expect(badgeFor({ name: 'Kcell' }, 3, 9, 'ru', 'SimExit KZ')).toEqual({
      text: '3/9',
      color: BADGE_COLORS.progress,
      title: 'Kcell: выполнено 3 из 9',
    });
  });
  it('turns green when everything is done', () => {
    expect(badgeFor({ name: 'IZI' }, 9, 9, 'en', 'x').color).toBe(BADGE_COLORS.complete);
  });
  it('is empty when there is no operator', () => {
    expect(badgeFor(null, 0, 0, 'en', 'SimExit KZ')).toEqual({ text: '', color: BADGE_COLORS.progress, title: 'SimExit KZ' });
  });
});

describe('hostOf', () => {
  it.each([
    ['https://www.kcell.kz/ru/help', 'www.kcell.kz'],
    ['http://tele2.kz', 'tele2.kz'],
    ['chrome://extensions', null],
    ['not a url', null],
    [undefined, null],
  ])('%s → %s', (url, host) => {
    expect(hostOf(url)).toBe(host);
  });
});
