import { describe, expect, it } from 'vitest';
import { getOperator } from '@/data';

describe('support links', () => {
  it('name IZI’s page for what it is: its address says "manual", the page is the app’s user agreement', () => {
    // content.izi.me/binaries/content/assets/docs/manual-en.html, stored copy read 2026-11-28: "IZI app User agreement".
    const link = getOperator('izi').support.find((l) => l.url.endsWith('/docs/manual-en.html'))!;
    expect(link.label.en).toBe('IZI app user agreement');
    for (const label of Object.values(link.label)) expect(label).not.toMatch(/manual|руководство|нұсқаулы|手册/i);
  });
});
