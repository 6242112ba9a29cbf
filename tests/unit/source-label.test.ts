import { describe, expect, it } from 'vitest';
import { NOTES, OPERATORS, checklist } from '@/data';
import { ROUTES } from '@/data/schema';
import { sourceLabel } from '@/utils/source-label';

describe('sourceLabel', () => {
  it.each([
    ['https://www.kcell.kz/kk/product/documents', 'www.kcell.kz/…/documents'],
    ['https://activ.kz/en/article/faq', 'activ.kz/…/faq'],
    ['https://www.kcell.kz/en/news/show/2474?newsId=29&year=2016&key=news.list', 'www.kcell.kz/…/2474'],
    ['https://news.mail.ru/society/69233276/', 'news.mail.ru/…/69233276/'],
    ['https://egov.kz/', 'egov.kz/'],
    ['https://example.org/help', 'example.org/help'],
  ])('%s → %s', (url, label) => expect(sourceLabel(url)).toBe(label));

  it('gives every source of a step a name of its own: two links of one name never lead to two pages', () => {
    const lists = [
      ...OPERATORS.flatMap((guide) => ROUTES.flatMap((route) => checklist(guide.id, route).flatMap((s) => s.steps))),
    ].map((step) => ({ id: step.id, sources: step.sources }));
    lists.push(...NOTES.map((note) => ({ id: note.id, sources: note.sources })));
    let multi = 0;
    for (const { id, sources } of lists) {
      if (sources.length > 1) multi++;
      expect(new Set(sources.map(sourceLabel)).size, `${id}: ${sources.join(' ')}`).toBe(sources.length);
    }
    // Not vacuous: steps that cite two pages of one site (Kcell's submission step cites two kcell.kz pages).
    expect(multi).toBeGreaterThan(3);
  });
});
