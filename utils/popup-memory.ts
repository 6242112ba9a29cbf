// What the popup remembers between openings in its own localStorage (nothing else reads it): the
// worker's guide answers (utils/popup-guide-cache.ts) and the UI strings of the languages shown
// (utils/popup-strings.ts), so that an opening need not wait for either, and the language shown last
// (which strings to fetch ahead). Never progress or proof. Every content entry is keyed by a revision
// of its sources that the popup's build sets (entrypoints/popup/build.ts), so nothing from an older
// build is ever used; when an entry of a new revision is kept, those of older ones go. The language
// note is a language code, kept across builds.

/** The part of Web Storage used here (tests pass a Map-backed one). */
export type MemoryStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** The popup's localStorage, or null where there is none or it refuses access. */
export function popupStore(): MemoryStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

const keyOf = (family: string, revision: string, name: string) => `simexit:${family}:${revision}:${name}`;

/** The kept value, parsed; undefined when there is none of this revision or it is unreadable. */
export function recall(store: MemoryStore | null, family: string, revision: string | null, name: string): unknown {
  if (!store || !revision) return undefined;
  try {
    const text = store.getItem(keyOf(family, revision, name));
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/** Keeps a value (unless kept already) and drops the family's entries of other revisions. A full or refusing store is left as it is. */
export function keep(store: MemoryStore | null, family: string, revision: string | null, name: string, value: unknown): void {
  if (!store || !revision) return;
  try {
    const prefix = `simexit:${family}:`;
    const stale: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(prefix) && !key.startsWith(`${prefix}${revision}:`)) stale.push(key);
    }
    for (const key of stale) store.removeItem(key);
    const key = keyOf(family, revision, name);
    const text = JSON.stringify(value);
    if (store.getItem(key) !== text) store.setItem(key, text);
  } catch {
    // Quota or storage disabled: the next opening loads as if nothing were kept.
  }
}
