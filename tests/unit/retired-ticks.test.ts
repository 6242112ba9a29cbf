import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checklist } from '@/data';
import { RETIRED_STEPS } from '@/data/retired-steps';
import { checklistCount, progressKey } from '@/utils/progress';
import { readProgress } from '@/utils/storage';
import { carryRetiredTicks } from '@/utils/retired-ticks';
import { resetWorkerForTests, whenReady } from '@/utils/worker';

const OLD = progressKey('kcell', 'kcell-check-debts');
const NEW = progressKey('kcell', 'before-settle-debts');

describe('carryRetiredTicks', () => {
  it('gives a retired step’s tick to the step that took over, and removes the retired key', () => {
    expect(carryRetiredTicks({ [OLD]: { done: true, at: 5 } })).toEqual({ write: { [NEW]: { done: true, at: 5 } }, remove: [OLD] });
  });

  it('keeps the later action: a tick on the successor made after it stays as it is', () => {
    const items = { [OLD]: { done: true, at: 5 }, [NEW]: { done: false, at: 9 } };
    expect(carryRetiredTicks(items)).toEqual({ write: {}, remove: [OLD] });
    expect(carryRetiredTicks({ [OLD]: { done: true, at: 9 }, [NEW]: { done: false, at: 5 } }).write).toEqual({ [NEW]: { done: true, at: 9 } });
  });

  it('never carries an untick: a retired step left undone says nothing of a precaution ticked on its own', () => {
    const items = { [OLD]: { done: false, at: 9 }, [NEW]: { done: true, at: 5 } };
    expect(carryRetiredTicks(items)).toEqual({ write: {}, remove: [OLD] });
  });

  it('per operator; other keys, unreadable ticks and look-alike ids are left alone (an unreadable one is removed unread)', () => {
    const items = {
      [progressKey('tele2', 'tele2-check-account')]: { done: true, at: 3 },
      [progressKey('tele2', 'tele2-submit')]: { done: true, at: 4 },
      [progressKey('beeline', 'beeline-check-account')]: 'garbage',
      'progress:nobody:kcell-check-debts': { done: true, at: 1 },
      [progressKey('kcell', 'constructor')]: { done: true, at: 1 },
      settings: { lang: 'en' },
    };
    expect(carryRetiredTicks(items)).toEqual({
      write: { [progressKey('tele2', 'before-settle-debts')]: { done: true, at: 3 } },
      remove: [progressKey('tele2', 'tele2-check-account'), progressKey('beeline', 'beeline-check-account')],
    });
  });

  it('two retired steps with one successor: the later tick wins', () => {
    const retired = { 'kcell-a': 'before-settle-debts', 'kcell-b': 'before-settle-debts' };
    const items = { [progressKey('kcell', 'kcell-a')]: { done: true, at: 7 }, [progressKey('kcell', 'kcell-b')]: { done: true, at: 3 } };
    expect(carryRetiredTicks(items, retired).write).toEqual({ [NEW]: { done: true, at: 7 } });
  });

  it('running it on its own result changes nothing', () => {
    const first = carryRetiredTicks({ [OLD]: { done: true, at: 5 } });
    expect(carryRetiredTicks(first.write)).toEqual({ write: {}, remove: [] });
  });

  it('every successor is a step every operator’s checklist has', () => {
    for (const successor of new Set(Object.values(RETIRED_STEPS))) {
      expect(checklist('izi', 'office').flatMap((s) => s.steps).some((step) => step.id === successor)).toBe(true);
    }
  });
});

describe('the worker at start', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    resetWorkerForTests();
  });

  it('a user who ticked Kcell’s old debts step sees the debts precaution ticked after the update, and the count keeps it', async () => {
    await fakeBrowser.storage.local.set({ schemaVersion: 2, [OLD]: { done: true, at: 1_000 } });
    await whenReady();
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored[NEW]).toEqual({ done: true, at: 1_000 });
    expect(stored[OLD]).toBeUndefined();
    expect(checklistCount(checklist('kcell', 'online'), await readProgress('kcell')).done).toBe(1);
  });
});
