// Popup-wide state that does not depend on the operator: settings (language, route, reminder days,
// eGov/Kaspi opt-in) and notices. Seeded from storage before the first frame, then follows storage.
import { batch, computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { Lang } from '@/data/schema';
import type { Shown } from '@/utils/messages';
import { sendToWorker } from '@/utils/client';
import { langFromLocale } from '@/utils/i18n';
import { availableLangs, loadStrings } from '@/utils/popup-strings';
import { KEYS, noticesFrom, settingsFrom, onStorageChange, readAll, type Notice, type Settings } from '@/utils/storage';
import { errorText } from '@/utils/error-text';

export interface Shell {
  readonly settings: ReadonlySignal<Settings>;
  readonly notices: ReadonlySignal<readonly Notice[]>;
  readonly lang: ReadonlySignal<Lang>;
  /** The last failed write, said to the user. */
  readonly error: ReadonlySignal<string | null>;
  /** `shown`: the operator whose reminder line is beside the days changed, and when (see the `settings/set` request). */
  setSettings(patch: Partial<Settings>, shown?: Shown): Promise<boolean>;
  dismiss(id: string): Promise<boolean>;
}

export function createShell(initial: { settings: Settings; notices: readonly Notice[] }, browserLang: string): Shell {
  const settings = signal(initial.settings);
  const notices = signal(initial.notices);
  const error = signal<string | null>(null);
  const wanted = computed(() => settings.value.lang ?? langFromLocale(browserLang));
  // The popup switches language once that language's strings are loaded, and keeps the one it shows
  // meanwhile (English only if that is gone): English in between was often not loaded either, and the
  // popup flashed, and announced, raw keys ("progress.count").
  let shown: Lang = 'en';
  const lang = computed(() => {
    const available = availableLangs.value;
    return (shown = available.has(wanted.value) ? wanted.value : available.has(shown) ? shown : 'en');
  });
  // Both follow for the popup's lifetime: it has one shell, gone with the page.
  effect(() => {
    if (!availableLangs.value.has(wanted.value)) void loadStrings(wanted.value);
  });

  onStorageChange((changes) =>
    batch(() => {
      for (const change of changes) {
        if (change.item === 'settings') settings.value = change.value;
        else if (change.item === 'notices') notices.value = change.value;
      }
    }),
  );

  async function run(task: () => Promise<{ ok: boolean; error?: string }>, undo: () => Promise<void>): Promise<boolean> {
    try {
      const response = await task();
      if (!response.ok) throw new Error(response.error ?? 'error');
      error.value = null;
      return true;
    } catch (e) {
      error.value = errorText(e);
      // What we showed optimistically was not saved: show what storage holds.
      await undo().catch(() => undefined);
      return false;
    }
  }

  return {
    settings,
    notices,
    lang,
    error,
    setSettings(patch, shown) {
      settings.value = { ...settings.value, ...patch };
      return run(
        () => sendToWorker({ type: 'settings/set', patch, shown }),
        async () => {
          // One reader for the whole popup (readAll and the checks its first read uses).
          settings.value = settingsFrom((await readAll())[KEYS.settings]);
        },
      );
    },
    dismiss(id) {
      notices.value = notices.value.filter((n) => n.id !== id);
      return run(
        () => sendToWorker({ type: 'notice/dismiss', id }),
        async () => {
          notices.value = noticesFrom((await readAll())[KEYS.notices]);
        },
      );
    },
  };
}
