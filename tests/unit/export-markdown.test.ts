import { describe, expect, it } from 'vitest';
import { checklist, getOperator } from '@/data';
import { LANGS, type Lang } from '@/data/schema';
import { clockTime, escapeMarkdown, generatedLine, isoDay, markdownFileName, recordTitle, toMarkdown, type ExportEvidence } from '@/utils/export-markdown';
import { sheetFoot } from '@/entrypoints/summary/Summary';
import { stepLabels } from '@/utils/step-labels';
import { formatDate, pick, t } from '@/utils/i18n';
import { UNKNOWN_TIME, type ProgressMap } from '@/utils/progress';

// Local noon, so the calendar day is the same in every time zone the tests may run in.
const TICKED_AT = new Date(2026, 10, 18, 12, 0, 0).getTime();
const GENERATED_AT = new Date(2026, 10, 21, 12, 0, 0).getTime();

const guide = getOperator('kcell');
const sections = checklist('kcell', 'office');
const [firstBefore] = sections[0]!.steps;
const [firstCancel] = sections[1]!.steps;
const untickedAgain = sections[2]!.steps[0]!;
const progress: ProgressMap = {
  [firstBefore!.id]: { done: true, at: TICKED_AT },
  [firstCancel!.id]: { done: true, at: TICKED_AT },
  // Ticked then unticked: must export as not done.
  [untickedAgain.id]: { done: false, at: TICKED_AT },
};
const evidence: ExportEvidence = {
  phoneNumber: '+7 701 234 56 78',
  requestNumber: 'KC-2026/1187',
  submittedOn: '2026-11-19',
  place: 'Kcell office, Abai 10, Almaty',
  notes: 'Operator said: refund in 10 days.\nBring receipt.',
};

const render = (lang: Lang, ev: ExportEvidence | null = evidence) =>
  toMarkdown({ guide, route: 'office', sections, progress, evidence: ev, lang, generatedAt: GENERATED_AT });

describe('toMarkdown', () => {
  it.each(LANGS)('%s: a tick moved from the one-key format says it has no day, not "done on" 1 January 1970 or the day of the update', (lang) => {
    const md = toMarkdown({ guide, route: 'office', sections, progress: { [firstBefore!.id]: { done: true, at: UNKNOWN_TIME } }, evidence, lang, generatedAt: GENERATED_AT });
    const undated = t(lang, 'punct.aside', { text: escapeMarkdown(t(lang, 'popup.export.doneUndated')) });
    expect(md).toContain(`- [x] **${escapeMarkdown(pick(firstBefore!.title, lang))}**${undated}\n`);
    expect(md).not.toContain(formatDate('1970-01-01', lang));
  });

  it.each(LANGS)('%s: headings, ticks with dates, evidence and sources in that language', (lang) => {
    const md = render(lang);
    expect(md.startsWith(`# ${escapeMarkdown(t(lang, 'popup.export.heading', { name: 'Kcell' }))}\n`)).toBe(true);
    for (const key of ['popup.section.before', 'popup.section.cancel', 'popup.section.after', 'popup.evidence.title'] as const) {
      expect(md).toContain(`\n## ${escapeMarkdown(t(lang, key))}\n`);
    }
    const doneOn = t(lang, 'punct.aside', { text: escapeMarkdown(t(lang, 'popup.export.doneOn', { date: formatDate('2026-11-18', lang) })) });
    expect(md).toContain(`- [x] **${escapeMarkdown(pick(firstBefore!.title, lang))}**${doneOn}`);
    expect(md).toContain(`- [x] **${escapeMarkdown(pick(firstCancel!.title, lang))}**${doneOn}`);
    expect(md).toContain(`- [ ] **${escapeMarkdown(pick(untickedAgain.title, lang))}**\n`);
    const steps = sections.flatMap((s) => s.steps);
    expect(md.match(/^- \[x\] /gm)).toHaveLength(2);
    expect(md.match(/^- \[ \] /gm)).toHaveLength(steps.length - 2);
    expect(md).toContain(escapeMarkdown(t(lang, 'progress.count', { done: 2, total: steps.length })));
    expect(md).toContain(escapeMarkdown(t(lang, 'popup.export.generated', { date: formatDate('2026-11-21', lang), time: clockTime(GENERATED_AT, lang) })));
    expect(md).toContain(`${t(lang, 'punct.colon')}KC-2026/1187`);
    // Whose number the record is for, first among the proof (helper-73: the copy never said).
    expect(md).toContain(
      `- ${escapeMarkdown(t(lang, 'popup.evidence.phoneNumber'))}${t(lang, 'punct.colon')}+7 701 234 56 78\n- ${escapeMarkdown(t(lang, 'popup.evidence.requestNumber'))}`,
    );
    expect(md).toContain(formatDate('2026-11-19', lang));
    expect(md).toContain('> Operator said: refund in 10 days.\n> Bring receipt.');
    // Every cited source is in the file, as an autolink.
    for (const url of steps.flatMap((s) => s.sources)) expect(md).toContain(`<${url}>`);
  });

  it.each(LANGS)("%s: says what the printout says in the printout's order: proof first, and that it is the user's own record", (lang) => {
    const md = render(lang);
    // The printed summary's order (entrypoints/summary/Summary.tsx): the file had the proof last, after
    // the whole checklist, so the two copies of one record read differently.
    const order = [
      escapeMarkdown(t(lang, 'popup.export.generated', { date: formatDate('2026-11-21', lang), time: clockTime(GENERATED_AT, lang) })),
      escapeMarkdown(t(lang, 'progress.count', { done: 2, total: sections.flatMap((s) => s.steps).length })),
      escapeMarkdown(t(lang, 'popup.export.ownRecord', { name: 'Kcell' })),
      escapeMarkdown(pick(guide.summary, lang)),
      `\n## ${escapeMarkdown(t(lang, 'popup.evidence.title'))}\n`,
      'KC-2026/1187',
      `\n## ${escapeMarkdown(t(lang, 'popup.section.before'))}\n`,
      `\n## ${escapeMarkdown(t(lang, 'popup.section.after'))}\n`,
      `\n## ${escapeMarkdown(t(lang, 'notFound.title'))}\n`,
      escapeMarkdown(t(lang, 'popup.export.privacy')),
    ];
    const at = order.map((text) => md.indexOf(text));
    expect(at.every((i) => i >= 0), JSON.stringify(order.filter((_, i) => at[i]! < 0))).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(t(lang, 'popup.export.ownRecord', { name: 'Kcell' })).toContain('Kcell');
  });

  it.each(LANGS)("%s: each step keeps the popup's badges, so a third-party source does not read like the operator's own page", (lang) => {
    const md = render(lang);
    const steps = sections.flatMap((s) => s.steps);
    // One block a step, in order: from its tick line to the next.
    const blocks = md.split(/^- \[[ x]\] /m).slice(1);
    expect(blocks).toHaveLength(steps.length);
    steps.forEach((step, i) => {
      const block = blocks[i]!;
      expect(block.startsWith(`**${escapeMarkdown(pick(step.title, lang))}**`)).toBe(true);
      expect(block.includes(escapeMarkdown(t(lang, `confidence.${step.confidence}`))), `${step.id} says how far to trust it`).toBe(true);
      expect(block.includes(escapeMarkdown(t(lang, 'step.inPerson'))), `${step.id} says whether it needs a visit`).toBe(step.inPerson === true);
      expect(block.includes(escapeMarkdown(t(lang, 'step.needsId'))), `${step.id} says whether it needs an ID`).toBe(step.needsId === true);
    });
    expect(stepLabels('en', steps.find((s) => s.id === 'before-list-iin-numbers')!)).toEqual(['Third-party source — check it']);
    if (lang === 'en') expect(md).toContain('\n  Needs an office visit · Bring your ID · General guidance\n');
    // Each of a step's lines is a paragraph of its own within the item: indented lines with no blank
    // line between them are joined into one paragraph by CommonMark.
    const office = md.split('\n');
    const title = office.findIndex((line) => line.startsWith('- [') && line.includes('**'));
    expect(office.slice(title, title + 8).map((line) => (line === '' ? '' : line.startsWith('- [') ? 'item' : line.startsWith('  ') ? 'para' : 'other'))).toEqual([
      'item', '', 'para', '', 'para', '', 'para', '',
    ]);
  });

  it('keeps what was searched for and not found, and names the route as a route', () => {
    const md = render('en');
    expect(md).toContain('\n## Searched for, not found\n\n- A way to terminate a Kcell contract fully online (Searched November 2026)\n');
    expect(md).toContain('- Route: Straight to an office\n');
    // Where the two routes are one (Tele2, ALTEL: no online part was found), no route is named: the
    // Markdown said "Route: Start online" for them (helper-66).
    const tele2 = toMarkdown({
      guide: getOperator('tele2'),
      route: 'online',
      sections: checklist('tele2', 'online'),
      progress: {},
      evidence: null,
      lang: 'en',
      generatedAt: GENERATED_AT,
    });
    expect(tele2).not.toContain('Route:');
    expect(tele2).toContain('0 of ');
    // After the checklist, as on the printout (the proof comes first in both).
    expect(md.indexOf('## Searched for, not found')).toBeGreaterThan(md.indexOf(`## ${t('en', 'popup.section.after')}`));
    const zh = render('zh-CN');
    expect(zh).toContain(`\n## 查找过但未找到\n\n- ${escapeMarkdown(pick(guide.notFound[0]!.what, 'zh-CN'))}（查找于 2026年11月）\n`);
  });

  it.each(['ru', 'kk'] as const)('%s: keeps the guide’s no-break spaces, so no line of the file begins with a dash or parts a number from its word', (lang) => {
    // The file collapses white space in each field; a no-break space collapsed with it would let a
    // Markdown viewer break «… РК — тот документ» before the dash, as the popup once did (helper-95).
    const md = render(lang);
    const kept = sections.flatMap((s) => s.steps).filter((step) => /\u00a0[—–]/.test(pick(step.detail, lang)));
    expect(kept.length, 'not vacuous: steps with a held dash').toBeGreaterThan(0);
    for (const step of kept) expect(md).toContain(escapeMarkdown(pick(step.detail, lang)));
    // The popup's third-party badge is a first-load string left with a plain space (locale-typography.test.ts).
    const text = md.replaceAll(t(lang, 'confidence.third-party'), '');
    expect(text.match(/.{0,30}[^\S\u00a0\u202f][—–].{0,10}/g)).toBeNull();
    expect(md).toMatch(/2016\u00a0(?:года|жылғы)/);
  });

  it('punctuates Chinese with full-width marks, not English ones', () => {
    const md = render('zh-CN');
    expect(md).toContain('（于 2026年11月18日 完成）');
    expect(md).toContain('：KC-2026/1187');
    expect(md).toMatch(/来源：<https:[^>]+>/);
    // Several sources are listed with the Chinese list comma.
    expect(md).toMatch(/<https:[^>]+>、<https:/);
    expect(md).not.toMatch(/[\u4e00-\u9fff]: |[\u4e00-\u9fff] \(/);
  });

  it('is deterministic for the same input', () => {
    expect(render('ru')).toBe(render('ru'));
  });

  it('marks empty proof as empty rather than leaving blanks', () => {
    const md = render('en', null);
    expect(md).toContain('- Request or application number: —');
    expect(md).toContain('- Notes: —');
  });

  it('keeps user notes literal: no markup, links, HTML or headings can come out of them', () => {
    const notes = [
      '# not a heading',
      '- not a list',
      '1. not numbered',
      '> not a quote',
      '    not code',
      '**not bold** _not em_ `not code` ~~not struck~~',
      '[not a link](https://evil.example) ![no image](x.png)',
      '<script>alert(1)</script> &amp; | table |',
      'back\\slash',
    ].join('\n');
    const md = render('en', { ...evidence, notes, requestNumber: '*42*', place: '[x](y)' });
    const quoted = md.slice(md.indexOf('> \\#'));
    expect(quoted).toContain('> \\# not a heading\n');
    expect(quoted).toContain('> \\- not a list\n');
    expect(quoted).toContain('> 1\\. not numbered\n');
    expect(quoted).toContain('> \\> not a quote\n');
    expect(quoted).toContain('> not code\n');
    expect(quoted).toContain('\\*\\*not bold\\*\\* \\_not em\\_ \\`not code\\` \\~\\~not struck\\~\\~');
    expect(quoted).toContain('\\[not a link\\](https://evil.example) \\!\\[no image\\](x.png)');
    expect(quoted).toContain('\\<script\\>alert(1)\\</script\\> \\&amp; \\| table \\|');
    expect(quoted).toContain('back\\\\slash');
    expect(md).not.toContain('<script>');
    expect(md).toContain(': \\*42\\*');
    expect(md).toContain(': \\[x\\](y)');
  });

  it('keeps a one-line field on one line', () => {
    const md = render('en', { ...evidence, place: 'Office\n# injected heading' });
    expect(md).toContain('- Office or channel: Office # injected heading\n');
    expect(md).not.toMatch(/^# injected/m);
  });
});

describe('proof values', () => {
  it('are written as typed, with no backslash before a phone number: mid-line, no block marker can start', () => {
    const md = toMarkdown({
      guide, route: 'office', sections, progress: {}, lang: 'kk', generatedAt: GENERATED_AT,
      evidence: { phoneNumber: '+7 705 123 45 67', requestNumber: '# 5-2026', submittedOn: '', place: '1. Абай 10 = Алматы', notes: '' },
    });
    const colon = t('kk', 'punct.colon');
    expect(md).toContain(`- ${t('kk', 'popup.evidence.phoneNumber')}${colon}+7 705 123 45 67\n`);
    expect(md).toContain(`${colon}# 5-2026\n`);
    expect(md).toContain(`${colon}1. Абай 10 = Алматы\n`);
    // Inline markup is still taken literally.
    const marked = toMarkdown({ guide, route: 'office', sections, progress: {}, lang: 'en', generatedAt: GENERATED_AT, evidence: { ...evidence, requestNumber: '*835# <b>' } });
    expect(marked).toContain('- Request or application number: \\*835# \\<b\\>\n');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['plain text, with (parens) and dots.', 'plain text, with (parens) and dots.'],
    ['2026-11-19', '2026-11-19'],
    ['+7 701 000 00 00', '\\+7 701 000 00 00'],
    ['= setext', '\\= setext'],
    ['Номер *835#', 'Номер \\*835#'],
    ['退款 10 天内', '退款 10 天内'],
  ])('%j → %j', (input, output) => expect(escapeMarkdown(input)).toBe(output));
});

describe('file name', () => {
  it('names the operator, the day and the time, so two copies of one day tell which is later', () => {
    expect(markdownFileName('kcell', GENERATED_AT)).toBe(`simexit-kcell-${isoDay(GENERATED_AT)}-12-00.md`);
    expect(isoDay(GENERATED_AT)).toBe('2026-11-21');
    expect(markdownFileName('kcell', new Date(2026, 10, 21, 9, 5).getTime())).toBe('simexit-kcell-2026-11-21-09-05.md');
  });
});

describe('when a copy was made', () => {
  const zone = process.env.TZ;
  const inZone = (tz: string, run: () => void) => {
    process.env.TZ = tz; // Node re-reads the time zone when TZ is set.
    try {
      run();
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  };

  it('says the time as well as the day, in every language: two copies printed on one day, before and after the reply, read alike', () => {
    inZone('Asia/Aqtobe', () => {
      const morning = Date.UTC(2026, 10, 27, 4, 5); // 09:05 in Kazakhstan (UTC+5)
      const evening = Date.UTC(2026, 10, 27, 13, 40);
      expect(generatedLine('en', morning)).toBe('Generated on November 27, 2026 at 09:05 (UTC+5)');
      expect(generatedLine('ru', morning)).toBe('Создано 27\u00a0ноября 2026\u00a0г. в 09:05 (UTC+5)');
      expect(generatedLine('kk', morning)).toBe(`Жасалған уақыты: ${formatDate('2026-11-27', 'kk')}, 09:05 (UTC+5)`);
      expect(generatedLine('zh-CN', morning)).toBe('生成时间：2026年11月27日 09:05（UTC+5）');
      for (const lang of LANGS) expect(generatedLine(lang, evening)).not.toBe(generatedLine(lang, morning));
    });
  });

  it('names the offset the computer is set to, whole hours or not', () => {
    inZone('UTC', () => expect(clockTime(Date.UTC(2026, 10, 27, 4, 5), 'en')).toBe('04:05 (UTC)'));
    inZone('Asia/Kolkata', () => expect(clockTime(Date.UTC(2026, 10, 27, 4, 5), 'en')).toBe('09:35 (UTC+5:30)'));
    inZone('America/Noronha', () => expect(clockTime(Date.UTC(2026, 10, 27, 4, 5), 'en')).toBe('02:05 (UTC-2)'));
  });

  it.each(LANGS)('%s: the printout and the file carry the same title and the same time', (lang) => {
    const md = render(lang).split('\n');
    expect(md[0]).toBe(`# ${escapeMarkdown(recordTitle(lang, 'Kcell'))}`);
    expect(md[2]).toBe(escapeMarkdown(generatedLine(lang, GENERATED_AT)));
    // Each printed sheet's foot; the page's heading and meta line use the same two functions.
    expect(sheetFoot(lang, guide, GENERATED_AT)).toBe(`${recordTitle(lang, 'Kcell')} · ${generatedLine(lang, GENERATED_AT)}`);
    expect(generatedLine(lang, GENERATED_AT)).toContain('12:00');
  });
});
