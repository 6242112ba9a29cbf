import { describe, expect, it } from 'vitest';
import { formatDate, langFromLocale, stepDate, t } from '@/utils/i18n';
import { en, type UiKey } from '@/locales/en';
import { BUNDLED_STRINGS } from '@/locales/bundled';
import { LANGS } from '@/data/schema';
import { ru } from '@/locales/ru';
import { kk } from '@/locales/kk';
import { zhCN } from '@/locales/zh-CN';

describe('langFromLocale', () => {
  it.each([
    ['ru-RU', 'ru'],
    ['ru', 'ru'],
    ['kk-KZ', 'kk'],
    ['zh-CN', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['en-GB', 'en'],
    ['de-DE', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('%s → %s', (tag, lang) => expect(langFromLocale(tag)).toBe(lang));
});

describe('t', () => {
  it('fills placeholders in every language', () => {
    expect(t('en', 'progress.count', { done: 3, total: 9 })).toBe('3 of 9 done');
    expect(t('ru', 'progress.count', { done: 3, total: 9 })).toBe('3 из 9 выполнено');
    expect(t('zh-CN', 'progress.count', { done: 3, total: 9 })).toBe('已完成\u00a03\u00a0项，共\u00a09\u00a0项');
  });

  it('leaves a placeholder nobody filled visible as itself, never as "undefined"', () => {
    expect(t('en', 'bg.reminder.title', {})).toBe('Has {operator} really closed your number?');
    expect(t('en', 'progress.count', { done: 3 })).toBe('3 of {total} done');
  });
});

describe('locales', () => {
  it.each([
    ['ru', ru],
    ['kk', kk],
    ['zh-CN', zhCN],
  ])('%s has every English key, each non-empty, with the same placeholders', (_name, strings) => {
    expect(Object.keys(strings).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(strings)) {
      expect(value.trim(), key).not.toBe('');
      const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(value), key).toEqual(placeholders(en[key as keyof typeof en]));
    }
  });
});

describe('counts in Russian', () => {
  // utils/i18n.ts has no plural forms, so a noun must never follow a count: «из {total} шагов» read
  // «из 21 шагов» once a list had 21 steps (helper-69). A count stands last, or before no noun at all.
  it('no Russian string puts a noun after a number placeholder', () => {
    for (const [key, value] of Object.entries(ru)) {
      // The nouns the interface counts: steps, days, ticks, items.
      expect(value, key).not.toMatch(/\{\w+\}\s+(?:шаг|дн|ден|отмет|пункт)/i);
    }
  });

  it('the precautions still left read right for any count', () => {
    for (const total of [1, 2, 5, 8, 21, 22]) {
      expect(t('ru', 'overlay.beforeLeft', { left: 1, total, first: 'X' })).toBe(
        `Перед отказом от номера: шагов не отмечено\u00a0— 1 из ${total}, первый из них\u00a0— «X».`,
      );
    }
  });
});

/**
 * ICU's Russian date with the no-break spaces Russian typography wants and ICU leaves out (its Russian
 * data writes plain spaces): «27\u00a0ноября 2026\u00a0г.», so «г.» never starts a line of its own.
 */
const heldTogether = (lang: string, icu: string): string =>
  lang === 'ru' ? icu.replace(/^(\d+) /, '$1\u00a0').replace(/ г\.$/, '\u00a0г.') : icu;

describe('formatDate', () => {
  it('keeps the calendar day whatever the time zone', () => {
    expect(formatDate('2026-11-26', 'en')).toBe('November 26, 2026');
    expect(formatDate('2026-11-26', 'ru')).toContain('26');
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });

  it('writes Kazakh month names itself, since Chromium lacks them', () => {
    expect(formatDate('2026-11-26', 'kk')).toBe('2026\u00a0ж. 26\u00a0қараша');
    expect(formatDate('2026-01-01', 'kk')).toBe('2026\u00a0ж. 1\u00a0қаңтар');
    expect(formatDate('2026-13-01', 'kk')).toBe('2026-13-01');
  });

  it('writes en, ru and zh-CN as full ICU does, without building an Intl formatter on the page', () => {
    for (const lang of ['en', 'ru', 'zh-CN'] as const) {
      const icu = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
      for (let month = 1; month <= 12; month++) {
        for (const day of [1, 9, 28]) {
          const iso = `2027-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(formatDate(iso, lang), `${lang} ${iso}`).toBe(heldTogether(lang, icu.format(new Date(Date.UTC(2027, month - 1, day)))));
        }
      }
    }
  });

  it('writes a month alone (YYYY-MM) as full ICU does, with the names standing on their own (ноябрь, not ноября)', () => {
    for (const lang of ['en', 'ru', 'zh-CN'] as const) {
      const icu = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' });
      for (let month = 1; month <= 12; month++) {
        const iso = `2026-${String(month).padStart(2, '0')}`;
        expect(formatDate(iso, lang), `${lang} ${iso}`).toBe(heldTogether(lang, icu.format(new Date(Date.UTC(2026, month - 1, 1)))));
      }
    }
    expect(formatDate('2026-11', 'kk')).toBe('2026\u00a0ж. қараша');
    expect(formatDate('2026-13', 'en')).toBe('2026-13');
  });
});

describe('stepDate: general guidance is not presented as verified', () => {
  it('says "Verified" for a sourced step and "Written" for general guidance, in every language', () => {
    const sourced = { verified: '2026-11-01', confidence: 'official' as const, sources: ['https://www.kcell.kz/'] };
    // A month alone is shown as such, not as a made-up first day.
    expect(stepDate('ru', { ...sourced, verified: '2026-11' })).toBe('Проверено: ноябрь 2026\u00a0г.');
    const general = { verified: '2026-11-26', confidence: 'general' as const, sources: [] };
    // General guidance citing an example was verified against it.
    expect(stepDate('en', { ...general, sources: ['https://www.kcell.kz/'] })).toBe('Verified November 26, 2026');
    expect(stepDate('en', sourced)).toBe('Verified November 1, 2026');
    expect(stepDate('en', general)).toBe('Written November 26, 2026');
    expect(stepDate('en', { ...sourced, confidence: 'third-party' })).toMatch(/^Verified/);
    for (const lang of ['ru', 'kk', 'zh-CN'] as const) {
      expect(stepDate(lang, general)).toBe(t(lang, 'step.written', { date: formatDate('2026-11-26', lang) }));
      expect(stepDate(lang, general)).not.toBe(t(lang, 'step.verified', { date: formatDate('2026-11-26', lang) }));
    }
  });
});

describe('a date set into a sentence', () => {
  // Russian writes a date ending in "г." (24 ноября 2026 г.): a sentence that ends with it must not add
  // a second full stop, as the reminder did («…2026 г.. Проверьте…», helper-66).
  it.each(LANGS)('%s: no doubled punctuation after a day or a month', (lang) => {
    const keys = (Object.keys(en) as UiKey[]).filter((key) => (BUNDLED_STRINGS[lang]?.[key] ?? '').includes('{date}'));
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      for (const date of ['2026-11-24', '2026-11']) {
        const text = t(lang, key, { date: formatDate(date, lang), name: 'Kcell', operator: 'Kcell', days: 3 });
        expect(text, `${key} with ${date}`).not.toMatch(/\.\.|\.。|。\.|\.\s*\./);
      }
    }
  });
});
