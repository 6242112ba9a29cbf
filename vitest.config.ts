import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// vitest 5 declares Node 22; its reporter calls Map.groupBy, which Node 20 lacks, and then hides
// every failure behind a crash. The config runs in the reporter's process, so the polyfill goes here.
if (!('groupBy' in Map)) {
  Object.defineProperty(Map, 'groupBy', {
    value<K, T>(items: Iterable<T>, key: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const k = key(item, index++);
        const group = groups.get(k);
        if (group) group.push(item);
        else groups.set(k, [item]);
      }
      return groups;
    },
  });
}

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    restoreMocks: true,
    // Each file in a child process of its own (vitest's default, pinned): tests/unit/evidence-date.test.ts
    // sets process.env.TZ, which changes the time zone in a child process but not in a worker thread.
    pool: 'forks',
  },
});
