// The notices banner (what happened to stored data: reset, migrated, quota) is loaded only when
// there is a notice: most openings have none, so their first load leaves it out. main.tsx waits for
// it before the first frame when storage holds notices, so that frame is still complete.
import { signal, type ReadonlySignal } from '@preact/signals';
import type { NoticeBanner } from '@/components/popup/NoticeBanner';

const loaded = signal<typeof NoticeBanner | null>(null);
let loading: Promise<void> | null = null;

/** The banner component, once loaded. */
export const noticeBanner: ReadonlySignal<typeof NoticeBanner | null> = loaded;

export function loadNoticeBanner(): Promise<void> {
  loading ??= import('@/components/popup/NoticeBanner').then(
    (module) => {
      loaded.value = module.NoticeBanner;
    },
    () => {
      // Asked again with the next notice (a reloaded extension may serve it then).
      loading = null;
    },
  );
  return loading;
}
