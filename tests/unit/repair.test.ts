import { describe, expect, it } from 'vitest';
import { LANGS } from '@/data/schema';
import { noticeText } from '@/utils/popup-notice';
import { isEmptyPlan, noticeItemsAfterRepair, noticeItemsOfPlan, partItem, planRepair } from '@/utils/repair';
import { DEFAULT_SETTINGS } from '@/utils/storage';

describe('planRepair: only the bad items change, each named once for its notice', () => {
  it('salvages what a bad item still says, removes what cannot be read, and leaves good items alone', () => {
    const plan = planRepair({
      'progress:kcell:a': 5,
      'progress:kcell:b': { done: 'x' },
      'progress:kcell:c': { done: true, at: 1 },
      settings: { reminderDays: 99, lang: 'ru' },
    });
    expect(plan.set).toEqual({ settings: { ...DEFAULT_SETTINGS, lang: 'ru' } });
    expect(plan.remove).toEqual(['progress:kcell:a', 'progress:kcell:b']);
    // Two broken ticks of one operator make one notice, not two.
    expect(plan.reset).toEqual(['progress:kcell', 'settings']);
  });

  it('a settings or proof item missing a field is completed with every field it still has, and named: the readers fill in defaults and call it sound', () => {
    const proof = { submittedOn: '2026-11-20', place: 'Kcell Center', notes: 'Window 3', updatedAt: 5 };
    const plan = planRepair({ settings: { lang: 'kk', route: 'office', operator: 'kcell', reminderDays: 7 }, 'evidence:kcell': proof });
    // Nothing the user typed is lost; the request number, which is gone, is empty and the user is told to check.
    expect(plan.set).toEqual({
      settings: { lang: 'kk', route: 'office', operator: 'kcell', reminderDays: 7, dismissedSites: [] },
      'evidence:kcell': { ...proof, phoneNumber: '', requestNumber: '' },
    });
    expect(plan.reset).toEqual(['settings', 'evidence:kcell']);
    expect(isEmptyPlan(planRepair({ ...plan.set }))).toBe(true);
  });

  it('a notice says "the rest is kept" where a repaired settings or proof item still holds something the user set, and "was reset" where it holds nothing', () => {
    const plan = planRepair({
      settings: { lang: 'xx', operator: 'izi' },
      'evidence:kcell': { requestNumber: 7, notes: 'Window 3', updatedAt: 5 },
      'evidence:izi': { requestNumber: 7, updatedAt: 5 },
      'evidence:tele2': 'text',
      'progress:kcell:x': 5,
    });
    expect(noticeItemsOfPlan(plan).sort()).toEqual(['evidence:izi', 'evidence:tele2', 'part:evidence:kcell', 'part:settings', 'progress:kcell']);
    expect(partItem('settings', { ...DEFAULT_SETTINGS })).toBe('settings');
    for (const lang of LANGS) {
      const part = noticeText({ kind: 'reset', item: 'part:evidence:kcell' }, lang);
      expect(part, lang).toContain('Kcell');
      expect(part, lang).not.toBe(noticeText({ kind: 'reset', item: 'evidence:kcell' }, lang));
    }
    expect(noticeText({ kind: 'reset', item: 'part:settings' }, 'en')).toBe('Part of your saved data (settings) could not be read and was cleared; the rest is kept. Check it.');
  });

  it('proof saved before the phone number field existed is sound as it is', () => {
    expect(isEmptyPlan(planRepair({ 'evidence:izi': { requestNumber: 'IZ-1', submittedOn: '', place: '', notes: '', updatedAt: 5 } }))).toBe(true);
  });

  it('proof a closing popup kept with the time it was typed is sound; a time that is none, or later than its save, is dropped without a notice', () => {
    const proof = { phoneNumber: '', requestNumber: 'KC-1', submittedOn: '2026-11-20', place: '', notes: 'Window 3', updatedAt: 5 };
    expect(isEmptyPlan(planRepair({ 'evidence:kcell': { ...proof, typedAt: 5 } }))).toBe(true);
    expect(isEmptyPlan(planRepair({ 'evidence:kcell': { ...proof, typedAt: 4 } }))).toBe(true);
    for (const typedAt of ['5', -1, 6, 9e15, null, Number.NaN, Infinity, {}, [5], true]) {
      const plan = planRepair({ 'evidence:kcell': { ...proof, typedAt } });
      // Everything the user typed stays; nothing they see changed, so nothing is said.
      expect(plan.set, String(typedAt)).toEqual({ 'evidence:kcell': proof });
      expect(plan.remove).toEqual([]);
      expect(plan.reset).toEqual([]);
    }
    // Proof broken otherwise is repaired as before (named), its marker dropped with the rest.
    const broken = planRepair({ 'evidence:kcell': { ...proof, requestNumber: 7, typedAt: 5 } });
    expect(broken.set).toEqual({ 'evidence:kcell': { ...proof, requestNumber: '' } });
    expect(noticeItemsOfPlan(broken)).toEqual(['part:evidence:kcell']);
  });

  it('leaves a schema version it cannot read to the migrations, and keys that are not ours alone', () => {
    const plan = planRepair({ schemaVersion: 'two', state: 'junk', 'other-key': { x: 1 } });
    expect(isEmptyPlan(plan)).toBe(true);
  });
});

describe('noticeItemsAfterRepair: "the others are kept" only where a tick is left', () => {
  it('names the ticks as gone where no done tick of that operator is left, and leaves other items as they are', () => {
    const after = {
      'progress:izi:izi-submit': { done: true, at: 1 },
      // Unticked steps are no kept ticks: the list shows nothing done either way.
      'progress:kcell:kcell-submit': { done: false, at: 2 },
      'progress:beeline:beeline-submit': 'still broken',
    };
    expect(noticeItemsAfterRepair(['progress:izi', 'progress:kcell', 'progress:beeline', 'settings', 'evidence:kcell'], after)).toEqual([
      'progress:izi',
      'ticks:kcell',
      'ticks:beeline',
      'settings',
      'evidence:kcell',
    ]);
  });
});
