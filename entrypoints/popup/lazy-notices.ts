// The notices banner (what happened to stored data: reset, migrated, quota) is loaded only when
// there is a notice: most openings have none, so their first load leaves it out. main.tsx waits for
// it before the first frame when storage holds notices, so that frame is still complete.
import { signal, type ReadonlySignal } from '@preact/signals';
import type { Lang } from '@/data/schema';
import type { NoticeBanner } from '@/components/popup/NoticeBanner';
import { loadAllStrings } from '@/utils/popup-strings';

const loaded = signal<typeof NoticeBanner | null>(null);
let loading: Promise<void> | null = null;

/** The banner component, once loaded. */
export const noticeBanner: ReadonlySignal<typeof NoticeBanner | null> = loaded;

/** The banner and its strings (left out of the first load, see utils/popup-strings.ts) in `lang`. */
export function loadNoticeBanner(lang: Lang): Promise<void> {
  loading ??= Promise.all([import('@/components/popup/NoticeBanner'), loadAllStrings(lang)]).then(
    ([module]) => {
      loaded.value = module.NoticeBanner;
    },
    () => {
      // Asked again with the next notice (a reloaded extension may serve it then).
      loading = null;
    },
  );
  return loading;
}
