// The popup's failure panel says only what can help, in each case and each language: "Try again" where
// the checklist can be asked for again, reopening the window after a script error, and, once the
// extension's context is gone (updated or turned off under the open window), neither: open it again
// from the toolbar. Until 2026-11-28 that last case said to reopen this window.
import { describe, expect, it } from 'vitest';
import type { Lang } from '@/data/schema';
import { LANGS } from '@/data/schema';
import { t } from '@/utils/i18n';
import { crashWords } from '@/utils/crash-words';

function lower<T extends Record<string, Record<string, string>>>(table: T): T {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [k, Object.fromEntries(Object.entries(v).map(([n, w]) => [n, w.toLowerCase()]))])) as T;
}

/** Each language's words for what the user is told to do (as the locales say them). */
const SAYS: Record<Lang, { tryAgain: string; reopenWindow: string; toolbar: string }> = lower({
  en: { tryAgain: 'Try again', reopenWindow: 'reopen this window', toolbar: 'toolbar' },
  ru: { tryAgain: 'Попробуйте снова', reopenWindow: 'снова откройте окно', toolbar: 'панели инструментов' },
  kk: { tryAgain: 'Қайталап көріңіз', reopenWindow: 'Терезені жауып, қайта ашыңыз', toolbar: 'құралдар тақтасынан' },
  'zh-CN': { tryAgain: '请重试', reopenWindow: '重新打开此窗口', toolbar: '工具栏' },
});

/** Lower-cased, as the locales' phrases are compared (a sentence may start with one). */
const said = (lang: Lang, retry: boolean, alive: boolean) => t(lang, crashWords(retry, alive), { error: 'E-42' }).toLowerCase();

describe('crashWords (the popup failure panel’s sentence)', () => {
  it('a checklist that could not be loaded, the extension still there: try again (or reopen), with the error', () => {
    for (const lang of LANGS) {
      const text = said(lang, true, true);
      expect(text, lang).toContain(SAYS[lang].tryAgain);
      expect(text, lang).toContain(SAYS[lang].reopenWindow);
      expect(text, lang).toContain('e-42');
    }
  });

  it('a script error (no "Try again"): reopen this window, not try again', () => {
    for (const lang of LANGS) {
      const text = said(lang, false, true);
      expect(text, lang).toContain(SAYS[lang].reopenWindow);
      expect(text, lang).not.toContain(SAYS[lang].tryAgain);
      expect(text, lang).toContain('e-42');
    }
  });

  it('the extension updated or turned off under the window: open it again from the toolbar, neither try again nor reopen this window', () => {
    for (const retry of [true, false]) {
      for (const lang of LANGS) {
        const text = said(lang, retry, false);
        expect(text, lang).toContain(SAYS[lang].toolbar);
        expect(text, lang).toContain('simexit kz');
        expect(text, lang).not.toContain(SAYS[lang].tryAgain);
        expect(text, lang).not.toContain(SAYS[lang].reopenWindow);
        expect(text, lang).toContain('e-42');
      }
    }
  });
});
