// The popup's one storage read on opening: everything in storage.local, in a single get, shared by
// the popup's shell (settings, notices) and the operator's live state (progress, proof). Changes
// that arrive between the read and the moment those start following storage themselves are kept
// and laid over the read, so none is lost in between.
import { browser } from 'wxt/browser';

export interface StorageSnapshot {
  /** Settles when storage has been read. */
  readonly read: Promise<void>;
  /**
   * The stored items with every change since the read applied. Stops recording: call it in the same
   * task as subscribing to storage changes (createShell, createLiveState), so nothing falls between.
   */
  take(): Record<string, unknown>;
}

export function openSnapshot(): StorageSnapshot {
  const late: [string, unknown][] = [];
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    // No newValue (or null, in some implementations) means removed, as in utils/storage.ts parseChanges.
    for (const [key, change] of Object.entries(changes)) late.push([key, change.newValue ?? undefined]);
  };
  // Listening starts before the read, so a write landing while it is under way is seen either way.
  browser.storage.onChanged.addListener(listener);
  let items: Record<string, unknown> = {};
  const read = browser.storage.local.get(null).then((all) => {
    items = { ...(all as Record<string, unknown>) };
  });
  read.catch(() => browser.storage.onChanged.removeListener(listener));
  return {
    read,
    take() {
      browser.storage.onChanged.removeListener(listener);
      for (const [key, value] of late) {
        if (value === undefined) delete items[key];
        else items[key] = value;
      }
      late.length = 0;
      return items;
    },
  };
}
