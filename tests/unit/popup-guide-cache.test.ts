// The popup's remembered guide answers: drawn on the next opening only for the same operator, route
// and guide revision, never when unreadable, and a store that refuses never breaks the popup.
import { describe, expect, it } from 'vitest';
import type { OperatorGuide } from '@/data/schema';
import { readGuide, rememberGuide, type RememberedGuide } from '@/utils/popup-guide-cache';
import type { MemoryStore } from '@/utils/popup-memory';

function memoryStore(limit = Infinity): MemoryStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      if (v.length > limit) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k) => void map.delete(k),
  };
}

const guide = { kind: 'operator', id: 'kcell', name: 'Kcell' } as unknown as OperatorGuide;
const answer = (route: 'online' | 'office' = 'online'): RememberedGuide => ({ guide, sections: [{ section: 'cancel', steps: [] }], route });

describe('popup guide cache', () => {
  it('gives back what was remembered for the same operator and route only', () => {
    const store = memoryStore();
    rememberGuide(store, 'r1', answer('online'));
    expect(readGuide(store, 'r1', 'kcell', 'online')).toEqual(answer('online'));
    expect(readGuide(store, 'r1', 'kcell', 'office')).toBeNull();
    expect(readGuide(store, 'r1', 'beeline', 'online')).toBeNull();
  });

  it('never draws an answer of another guide revision, and drops those once a new one is remembered', () => {
    const store = memoryStore();
    rememberGuide(store, 'old', answer('online'));
    rememberGuide(store, 'old', answer('office'));
    expect(readGuide(store, 'new', 'kcell', 'online')).toBeNull();
    rememberGuide(store, 'new', answer('online'));
    expect([...store.map.keys()]).toEqual(['simexit:guide:new:kcell:online']);
  });

  it('ignores unreadable or foreign entries instead of drawing them', () => {
    const store = memoryStore();
    store.setItem('simexit:guide:r1:kcell:online', '{not json');
    expect(readGuide(store, 'r1', 'kcell', 'online')).toBeNull();
    store.setItem('simexit:guide:r1:kcell:online', JSON.stringify({ ...answer('online'), guide: { ...guide, id: 'beeline' } }));
    expect(readGuide(store, 'r1', 'kcell', 'online')).toBeNull();
    store.setItem('simexit:guide:r1:kcell:online', JSON.stringify({ ...answer('online'), sections: null }));
    expect(readGuide(store, 'r1', 'kcell', 'online')).toBeNull();
  });

  it('without a store or a revision (tests, other builds) remembers and gives nothing', () => {
    const store = memoryStore();
    rememberGuide(store, null, answer());
    expect(store.map.size).toBe(0);
    expect(readGuide(null, 'r1', 'kcell', 'online')).toBeNull();
    expect(() => rememberGuide(null, 'r1', answer())).not.toThrow();
  });

  it('a full store leaves the popup working: nothing is remembered and nothing throws', () => {
    const store = memoryStore(10);
    expect(() => rememberGuide(store, 'r1', answer())).not.toThrow();
    expect(readGuide(store, 'r1', 'kcell', 'online')).toBeNull();
  });
});
