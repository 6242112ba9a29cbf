// Picks the UI language and formats UI strings. Guide content is already localized in data/.
import type { Confidence, Lang, Localized } from '@/data/schema';
import type { UiKey, UiStrings } from '@/locales/en';
import { BUNDLED_STRINGS } from '@/locales/bundled';

// Every language, except in the popup's build, which bundles none and loads the one it shows
// (utils/popup-strings.ts, entrypoints/popup/build.ts), and in the overlay's, which bundles none, reads
// a few words in the browser's language from _locales (utils/fallback-words.ts) and is handed the rest
// of the one it shows (utils/overlay-strings.ts).
const STRINGS: Partial<Record<Lang, Readonly<Partial<UiStrings>>>> = { ...BUNDLED_STRINGS };

/** The language of the words held before any are loaded: English where all are bundled, the browser's in the overlay. */
export const bundledLang = (): Lang => (Object.keys(BUNDLED_STRINGS)[0] as Lang | undefined) ?? 'en';

/** Makes a language's strings available to `t` (the popup loads them on demand; the overlay only its own keys). */
export function addStrings(lang: Lang, strings: Readonly<Partial<UiStrings>>): void {
  STRINGS[lang] = strings;
}

export function hasStrings(lang: Lang): boolean {
  return STRINGS[lang] !== undefined;
}

export const LANG_NAMES: Readonly<Record<Lang, string>> = {
  en: 'English',
  ru: 'Русский',
  kk: 'Қазақша',
  'zh-CN': '简体中文',
};

/** Maps a browser UI language tag (`ru-RU`, `zh-Hans-CN`, `kk`) to ours; English otherwise. */
export function langFromLocale(tag: string | undefined | null): Lang {
  const lower = (tag ?? '').toLowerCase();
  if (lower.startsWith('ru')) return 'ru';
  if (lower.startsWith('kk')) return 'kk';
  if (lower.startsWith('zh')) return 'zh-CN';
  return 'en';
}

/**
 * The language the overlay and the worker show: the one chosen in SimExit, else the browser's (a locale
 * tag). The worker picks the overlay's words by it, so both must use this one rule.
 */
export const uiLang = (chosen: Lang | null, locale: string | undefined | null): Lang => chosen ?? langFromLocale(locale);

/** A UI string with `{name}` placeholders filled in. */
export function t(lang: Lang, key: UiKey, params?: Readonly<Record<string, string | number>>): string {
  const template = STRINGS[lang]?.[key] ?? STRINGS.en?.[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Guide text in the user's language. */
export function pick(text: Localized, lang: Lang): string {
  return text[lang] || text.en;
}

// Dates are written by hand, in the form full ICU gives each language: the first Intl.DateTimeFormat
// a page builds loads ICU data and took 13–100 ms in Chromium, paid by every overlay and every popup
// opening (its largest script cost in a CPU profile). Chromium's reduced ICU also lacks Kazakh month
// names ("2026 М11 1"). The form and the month names are UI strings ('date.format', 'date.months'),
// so the popup carries them only for the language it shows. tests/unit/i18n.test.ts checks en, ru
// and zh-CN against Intl. Russian and Kazakh hold a year to its «г.»/«ж.» and a day to its month
// with no-break spaces, which ICU's data leaves out: «г.» wrapped to a line of its own.

/**
 * ISO date (YYYY-MM-DD) shown the way the language writes dates; no time zone can shift the day.
 * A month alone (YYYY-MM, a source read on no recorded day) is shown as a month ("November 2026",
 * «ноябрь 2026 г.»), never with a made-up day. Anything else comes back as given.
 */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || m > 12) return iso;
  if (/^\d{4}-\d{2}$/.test(iso)) return t(lang, 'date.monthYear', { year: y, month: t(lang, 'date.monthsAlone').split(' ')[m - 1]! });
  if (!d || d > 31) return iso;
  return t(lang, 'date.format', { year: y, month: t(lang, 'date.months').split(' ')[m - 1]!, day: d });
}

/**
 * A step's date line: "Verified {date}" for a fact read on its sources, "Written {date}" for general
 * guidance with no source to verify against (its date is when the advice was written).
 */
export function stepDate(lang: Lang, step: { readonly verified: string; readonly confidence: Confidence; readonly sources: readonly string[] }): string {
  // General guidance that cites examples (Kcell's notice, say) was verified against them.
  const written = step.confidence === 'general' && step.sources.length === 0;
  return t(lang, written ? 'step.written' : 'step.verified', { date: formatDate(step.verified, lang) });
}
