import { describe, expect, it } from 'vitest';
import { parseReminderDays, reminderDay } from '@/utils/reminder-day';
import { noticeItemLabel, noticeText } from '@/utils/popup-notice';
import { checkNotices } from '@/utils/storage';

describe('reminderDay', () => {
  it.each([
    ['2026-11-20', 3, '2026-11-23'],
    ['2026-12-30', 3, '2027-01-02'],
    ['2028-02-27', 2, '2028-02-29'],
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-01-01', 60, '2026-03-02'],
  ])('%s + %i days → %s', (submitted, days, due) => expect(reminderDay(submitted, days)).toBe(due));

  it('gives nothing until a real date is entered', () => {
    expect(reminderDay('', 3)).toBeNull();
    expect(reminderDay('2026-02-30', 3)).toBeNull();
    expect(reminderDay('2026-02-01', 1.5)).toBeNull();
  });
});

describe('parseReminderDays', () => {
  it.each([
    ['3', 3],
    ['1', 1],
    ['60', 60],
    [' 14 ', 14],
  ])('%j → %i', (text, days) => expect(parseReminderDays(text)).toBe(days));

  it.each(['0', '61', '', '-2', '2.5', '1e1', 'abc'])('%j is refused', (text) => expect(parseReminderDays(text)).toBeNull());
});

describe('noticeItemLabel', () => {
  it('names the storage item in words, in the user language', () => {
    expect(noticeItemLabel('progress:kcell', 'en')).toBe('ticks for Kcell');
    expect(noticeItemLabel('evidence:tele2', 'ru')).toBe('подтверждения для Tele2');
    expect(noticeItemLabel('settings', 'zh-CN')).toBe('设置');
    expect(noticeItemLabel('reminder:beeline', 'kk')).toBe('Beeline еске салғышы');
    // Not "Saved data (saved data) could not be read" for a broken notices list.
    expect(noticeItemLabel('notices', 'en')).toBe('the list of notices');
    // What a migration could not read of the earlier version's checklist.
    expect(noticeItemLabel('state', 'ru')).toBe('ваш список из прежней версии');
  });

  it('falls back to a generic phrase for anything else', () => {
    expect(noticeItemLabel('progress:astelit', 'en')).toBe('other data');
    expect(noticeItemLabel('progress:kcell:extra', 'en')).toBe('other data');
  });
});

describe('noticeText', () => {
  it('says that only the unreadable ticks went, not the whole list (a review read "ticks for Kcell … reset" as all lost)', () => {
    for (const lang of ['en', 'ru', 'kk', 'zh-CN'] as const) {
      const text = noticeText({ kind: 'reset', item: 'progress:kcell' }, lang);
      expect(text).toContain('Kcell');
      // The tick sentence, not the generic one with the item's name in brackets.
      expect(text).not.toContain('(');
    }
    expect(noticeText({ kind: 'reset', item: 'progress:kcell' }, 'en')).toBe(
      'Some of Kcell’s ticks could not be read and were cleared; the others are kept. Check the list.',
    );
  });

  it('says the ticks are gone when none was kept, in every language', () => {
    for (const lang of ['en', 'ru', 'kk', 'zh-CN'] as const) {
      const text = noticeText({ kind: 'reset', item: 'ticks:kcell' }, lang);
      expect(text).toContain('Kcell');
      expect(text).not.toBe(noticeText({ kind: 'reset', item: 'progress:kcell' }, lang));
      expect(text).not.toBe(noticeText({ kind: 'reset', item: 'state:kcell' }, lang));
    }
    expect(noticeText({ kind: 'reset', item: 'ticks:kcell' }, 'en')).toBe(
      'Kcell’s ticks could not be read and were cleared; none could be kept. Tick again the steps you have already done.',
    );
  });

  it('says what the worker found of the whole store (a newer version\'s data, no room to move it), not "other data", in every language', () => {
    for (const lang of ['en', 'ru', 'kk', 'zh-CN'] as const) {
      const other = noticeItemLabel('nothing-known', lang);
      for (const kind of ['newer-version', 'quota'] as const) {
        const text = noticeText({ kind, item: 'storage' }, lang);
        expect(text).not.toContain(other);
        expect(text).not.toMatch(/popup\.|\{/);
        expect(text).not.toBe(noticeText({ kind, item: 'settings' }, lang));
      }
    }
    expect(noticeText({ kind: 'newer-version', item: 'storage' }, 'en')).toBe(
      'Your saved data was written by a newer version of SimExit KZ. It is left as it is, and changes made here are not saved until you update the extension.',
    );
    expect(noticeText({ kind: 'quota', item: 'storage' }, 'en')).toMatch(/^Storage is full, so your saved data could not be moved to this version’s format\./);
  });

  it('hides a notice of a kind a newer version added: never its key or an empty line', () => {
    const stored = [
      { id: 'sync:storage', kind: 'sync-lost', item: 'storage', at: 1 },
      { id: 'quota:storage', kind: 'quota', item: 'storage', at: 2 },
    ];
    expect(checkNotices(stored).value.map((n) => n.kind)).toEqual(['quota']);
  });

  it('keeps the item-naming sentence for every other notice', () => {
    expect(noticeText({ kind: 'reset', item: 'settings' }, 'en')).toBe('Saved data (settings) could not be read and was reset. Check it.');
    expect(noticeText({ kind: 'quota', item: 'progress:kcell' }, 'en')).toContain('(ticks for Kcell) was not saved');
    expect(noticeText({ kind: 'reset', item: 'progress:kcell:extra' }, 'en')).toBe('Saved data (other data) could not be read and was reset. Check it.');
  });
});
