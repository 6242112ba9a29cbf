// Picks the UI language and formats UI strings. Guide content is already localized in data/.
import { LANGS, type Lang, type Localized } from '@/data/schema';
import { en, type UiKey, type UiStrings } from '@/locales/en';
import { ru } from '@/locales/ru';
import { kk } from '@/locales/kk';
import { zhCN } from '@/locales/zh-CN';

const STRINGS: Readonly<Record<Lang, UiStrings>> = { en, ru, kk, 'zh-CN': zhCN };

export const LANG_NAMES: Readonly<Record<Lang, string>> = {
  en: 'English',
  ru: 'Русский',
  kk: 'Қазақша',
  'zh-CN': '简体中文',
};

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Maps a browser UI language tag (`ru-RU`, `zh-Hans-CN`, `kk`) to ours; English otherwise. */
export function langFromLocale(tag: string | undefined | null): Lang {
  const lower = (tag ?? '').toLowerCase();
  if (lower.startsWith('ru')) return 'ru';
  if (lower.startsWith('kk')) return 'kk';
  if (lower.startsWith('zh')) return 'zh-CN';
  return 'en';
}

/** A UI string with `{name}` placeholders filled in. */
export function t(lang: Lang, key: UiKey, params?: Readonly<Record<string, string | number>>): string {
  const template = STRINGS[lang][key] ?? en[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Guide text in the user's language. */
export function pick(text: Localized, lang: Lang): string {
  return text[lang] || text.en;
}

// Building an Intl.DateTimeFormat costs far more than using one (ICU data is loaded each time), and
// every step shows a date: one formatter per language keeps a checklist render cheap.
const DATE_FORMATS = new Map<Lang, Intl.DateTimeFormat>();

/** ISO date shown the way the language writes dates, without time zones shifting the day. */
// Chromium ships reduced ICU data without Kazakh month names, so `kk` dates came out as
// "2026 М11 1". Kazakh is written by hand in the form full ICU gives ("2026 ж. 26 қараша").
const KK_MONTHS = [
  'қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым',
  'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан',
] as const;

export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d || m > 12) return iso;
  if (lang === 'kk') return `${y} ж. ${d} ${KK_MONTHS[m - 1]}`;
  let format = DATE_FORMATS.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    DATE_FORMATS.set(lang, format);
  }
  return format.format(new Date(Date.UTC(y, m - 1, d)));
}
