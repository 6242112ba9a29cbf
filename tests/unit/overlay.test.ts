import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import type { Step } from '@/data/schema';
import { cornerBox, intersects, launcherCorner, panelBox, placeAround } from '@/utils/overlay-geometry';
import { decideMode, decisiveSettings } from '@/utils/overlay-mode';
import { DEFAULT_SETTINGS } from '@/utils/storage';
import { cardStep, groupSteps, mayBeOutOfDate, needsSubmissionDate, precautionsLeft } from '@/utils/overlay-steps';
import { checklist, getOperator } from '@/data';
import { LANGS } from '@/data/schema';
import { escapeMarkdown, toMarkdown } from '@/utils/export-markdown';
import { pageTextSample } from '@/utils/overlay-text';

const text = (en: string) => ({ en, ru: en, kk: en, 'zh-CN': en });
const step = (id: string, extra: Partial<Step> = {}): Step => ({
  id,
  title: text(id),
  detail: text(id),
  channel: 'office',
  sources: [],
  verified: '2026-11-01',
  confidence: 'general',
  ...extra,
});
const FORM = { labels: ['Заявление на расторжение договора'] };

describe('groupSteps', () => {
  const steps = [
    step('backup'),
    step('debts', { topics: ['termination', 'porting'] }),
    step('forms', { topics: ['documents'], targets: [FORM] }),
    step('refund', { topics: ['refund'] }),
    step('debts', { topics: ['termination'] }),
  ];
  it('puts the steps for the page’s topics first, keeps checklist order, lists each step once', () => {
    const { onPage, other } = groupSteps(steps, ['documents', 'termination']);
    expect(onPage.map((s) => s.id)).toEqual(['debts', 'forms']);
    expect(other.map((s) => s.id)).toEqual(['backup', 'refund']);
  });
  it('without topics (launcher pages) everything is "other"', () => {
    const { onPage, other } = groupSteps(steps, []);
    expect(onPage).toEqual([]);
    expect(other.map((s) => s.id)).toEqual(['backup', 'debts', 'forms', 'refund']);
  });
});

describe('mayBeOutOfDate', () => {
  const steps = [
    step('forms', { topics: ['documents'], targets: [FORM] }),
    step('submit', { topics: ['termination'], targets: [FORM] }),
    step('mnp', { topics: ['porting'], targets: [{ labels: ['MNP'] }] }),
    step('plain', { topics: ['documents'] }),
  ];
  it('says so when the page’s steps name page elements and not one is on the page', () => {
    expect(mayBeOutOfDate(steps, ['documents', 'termination'], {})).toBe(true);
    expect(mayBeOutOfDate(steps, ['documents', 'termination'], { forms: false, submit: false })).toBe(true);
  });
  it('is quiet when any of them is found, or when this page’s steps name no element', () => {
    expect(mayBeOutOfDate(steps, ['documents', 'termination'], { submit: true })).toBe(false);
    expect(mayBeOutOfDate(steps, ['refund'], {})).toBe(false);
    expect(mayBeOutOfDate(steps, [], {})).toBe(false);
    // A missing MNP link says nothing about a documents page.
    expect(mayBeOutOfDate(steps, ['documents'], { forms: true, mnp: false })).toBe(false);
  });
});

describe('decideMode', () => {
  it.each([
    [{ relevant: true, dismissed: false, inProgress: false }, 'panel'],
    [{ relevant: true, dismissed: false, inProgress: true }, 'panel'],
    [{ relevant: false, dismissed: false, inProgress: true }, 'launcher'],
    [{ relevant: false, dismissed: false, inProgress: false }, null],
    [{ relevant: true, dismissed: true, inProgress: true }, null],
    [{ relevant: false, dismissed: true, inProgress: true }, null],
  ] as const)('%j → %s', (input, mode) => expect(decideMode(input)).toBe(mode));

  it('is looked at again only when the operator in progress or this site\'s dismissal changes', () => {
    const before = decisiveSettings(DEFAULT_SETTINGS, 'kcell');
    // Language, route, reminder days and another site's dismissal leave it as it is.
    expect(decisiveSettings({ ...DEFAULT_SETTINGS, lang: 'kk', route: 'office', reminderDays: 9, dismissedSites: ['beeline'] }, 'kcell')).toBe(before);
    expect(decisiveSettings({ ...DEFAULT_SETTINGS, operator: 'kcell' }, 'kcell')).not.toBe(before);
    expect(decisiveSettings({ ...DEFAULT_SETTINGS, dismissedSites: ['kcell'] }, 'kcell')).not.toBe(before);
  });
});

describe('geometry: keeping clear of the focused page element', () => {
  const viewport = { width: 1280, height: 800 };
  it('docks the 360 px panel 16 px from the corner, narrower on small screens', () => {
    expect(panelBox('right', viewport, 500)).toEqual({ left: 904, top: 284, width: 360, height: 500 });
    expect(panelBox('left', viewport, 500)).toEqual({ left: 16, top: 284, width: 360, height: 500 });
    expect(panelBox('right', { width: 320, height: 600 }, 300).width).toBe(288);
  });
  it('stays, moves to the other side, or collapses', () => {
    const farLeft = { left: 20, top: 700, width: 200, height: 40 };
    const underRight = { left: 1000, top: 700, width: 200, height: 40 };
    const acrossBottom = { left: 0, top: 700, width: 1280, height: 40 };
    expect(placeAround(farLeft, 'right', viewport, 500)).toEqual({ side: 'right', collapse: false });
    expect(placeAround(underRight, 'right', viewport, 500)).toEqual({ side: 'left', collapse: false });
    expect(placeAround(farLeft, 'left', viewport, 500)).toEqual({ side: 'right', collapse: false });
    expect(placeAround(acrossBottom, 'right', viewport, 500)).toEqual({ collapse: true });
    // Above the panel's top edge: no overlap.
    expect(placeAround({ ...acrossBottom, top: 100 }, 'right', viewport, 500)).toEqual({ side: 'right', collapse: false });
  });
  it('puts the launcher in the first free corner', () => {
    const size = { width: 150, height: 44 };
    const acrossBottom = { left: 0, top: 740, width: 1280, height: 40 };
    expect(launcherCorner(acrossBottom, 'bottom-right', viewport, size)).toBe('top-right');
    expect(launcherCorner({ left: 0, top: 0, width: 10, height: 10 }, 'bottom-right', viewport, size)).toBe('bottom-right');
    expect(intersects(cornerBox('top-right', viewport, size), acrossBottom)).toBe(false);
    // Its own corner, when free, is kept: the launcher does not jump back to the first free one.
    expect(launcherCorner({ left: 600, top: 380, width: 80, height: 40 }, 'top-left', viewport, size)).toBe('top-left');
    // Nowhere free: stays put rather than jumping around.
    expect(launcherCorner({ left: 0, top: 0, width: 1280, height: 800 }, 'bottom-left', viewport, size)).toBe('bottom-left');
  });
});

describe('pageTextSample', () => {
  const doc = (body: string) => parseHTML(`<!doctype html><html><head><title>x</title><style>.a{}</style></head><body>${body}</body></html>`).document;
  it('reads the words in order and skips scripts, styles, templates and the overlay', () => {
    const d = doc(`<h1>Бланки</h1><script>var secret = 1</script><style>p{}</style><template><p>hidden template</p></template>
      <p>Заявление на <b>расторжение</b> договора</p><simexit-guide id="host"><p>overlay words</p></simexit-guide><footer>Kcell</footer>`);
    const sample = pageTextSample(d, { exclude: d.getElementById('host') });
    expect(sample.replace(/\s+/g, ' ').trim()).toBe('Бланки Заявление на расторжение договора Kcell');
  });
  it('stops at the character budget and at the node budget', () => {
    const d = doc(`<p>${'слово '.repeat(10_000)}</p><p>после</p>`);
    expect(pageTextSample(d, { maxChars: 500 })).toHaveLength(500);
    const many = doc(`${'<span>a</span>'.repeat(5000)}<p>далеко</p>`);
    expect(pageTextSample(many, { maxNodes: 1000 })).not.toContain('далеко');
    expect(pageTextSample(many, { maxNodes: 20_000 })).toContain('далеко');
  });
  it('handles a DOM 5 000 levels deep', () => {
    const d = doc(`${'<div>'.repeat(5000)}глубоко${'</div>'.repeat(5000)}`);
    expect(pageTextSample(d).trim()).toBe('глубоко');
  });
});

describe('precautionsLeft: what is left before cancelling, said where the cancellation is done', () => {
  const sections = checklist('kcell', 'online');
  const before = sections[0]!.steps;
  const cancel = sections[1]!.steps;
  const after = sections[2]!.steps;

  it('on a page with a step of the cancellation, every precaution not ticked, in order, with the total', () => {
    const progress = { [before[0]!.id]: { done: true, at: 1 }, [before[2]!.id]: { done: false, at: 2 } };
    const result = precautionsLeft(sections, [cancel[1]!, after[0]!], progress);
    // Said on the first of the page's own steps that belongs to the cancellation.
    expect(result).toEqual({ left: before.filter((_, index) => index !== 0), total: before.length, at: cancel[1]! });
  });

  it('nothing on a page whose own steps are only precautions or after-steps, or with every precaution ticked', () => {
    expect(precautionsLeft(sections, [before[1]!, after[0]!], {})).toBeNull();
    expect(precautionsLeft(sections, [], {})).toBeNull();
    const allDone = Object.fromEntries(before.map((step) => [step.id, { done: true, at: 1 }]));
    expect(precautionsLeft(sections, [cancel[0]!], allDone)).toBeNull();
  });
});

describe('needsSubmissionDate: the hand-in step ticked while the proof has no date', () => {
  const steps = checklist('tele2', 'office').flatMap((section) => section.steps);
  const submit = steps.find((step) => step.id === 'tele2-submit')!;
  const other = steps.find((step) => step.id === 'tele2-refund')!;
  const ticked = { 'tele2-submit': { done: true, at: 1 }, 'tele2-refund': { done: true, at: 1 } };

  it('asks for the date on that step alone, and only until a date is in the proof', () => {
    expect(needsSubmissionDate(submit, ticked, false)).toBe(true);
    expect(needsSubmissionDate(other, ticked, false)).toBe(false);
    expect(needsSubmissionDate(submit, ticked, true)).toBe(false);
    expect(needsSubmissionDate(submit, { 'tele2-submit': { done: false, at: 2 } }, false)).toBe(false);
    expect(needsSubmissionDate(submit, {}, false)).toBe(false);
  });
});

describe('cardStep: a card on the operator’s page says what was not found for its step; the full list says it once', () => {
  const find = (operator: 'tele2' | 'izi', id: string) => checklist(operator, 'online').flatMap((s) => s.steps).find((s) => s.id === id)!;
  // What the cards have said since helper-95, word for word: the sentence, then the detail.
  it('Tele2’s refund card: "not found" first, in every language (no space between Chinese sentences)', () => {
    expect(cardStep(find('tele2', 'tele2-refund')).detail).toEqual({
      en: 'Tele2’s refund rules were not found. When you file the application, ask whether the remaining balance is returned, how, and what you need to sign for it.',
      ru: 'Правила возврата средств у Tele2 не найдены. При подаче заявления спросите, возвращается ли остаток на балансе, каким способом и что для этого нужно подписать.',
      kk: 'Tele2-нің қаражатты қайтару ережелері табылмады. Өтініш бергенде баланстағы қалдық қайтарыла ма, қалай және ол үшін неге қол қою керек екенін сұраңыз.',
      'zh-CN': '未找到 Tele2 的退款规定。提交申请时，询问剩余余额是否退还、如何退还，以及需要签署哪些文件。',
    });
  });
  it('IZI’s ID card: what to have ready first, then that IZI’s own list was not found', () => {
    expect(cardStep(find('izi', 'izi-prepare-id')).detail).toEqual({
      en: 'Have the passport or Kazakhstan ID the number is registered with at hand: IZI may ask for it to end the contract. IZI’s own list of required documents was not found.',
      ru: 'Держите под рукой паспорт или удостоверение личности РК\u00a0— тот документ, на который зарегистрирован номер: возможно, IZI потребует его для расторжения договора. Собственный перечень документов IZI не найден.',
      kk: 'Нөмір тіркелген паспортты немесе ҚР жеке куәлігін дайын ұстаңыз: IZI шартты бұзу үшін соны сұрауы мүмкін. IZI-нің талап ететін құжаттар тізімі табылмады.',
      'zh-CN': '准备好号码登记时使用的护照或哈萨克斯坦身份证件：IZI 办理注销时可能要求出示。未找到 IZI 公布的所需材料清单。',
    });
  });
  it('a step with nothing not found is drawn as it is', () => {
    const kcell = checklist('kcell', 'online').flatMap((s) => s.steps);
    for (const s of kcell) expect(cardStep(s), s.id).toBe(s);
  });
  it.each(LANGS)('%s: the popup, the printout and the Markdown file read the step’s detail, which does not repeat it', (lang) => {
    for (const operator of ['tele2', 'izi'] as const) {
      const sections = checklist(operator, 'online');
      const steps = sections.flatMap((s) => s.steps).filter((s) => s.notFoundSentence);
      expect(steps.length, operator).toBeGreaterThan(2);
      const md = toMarkdown({ guide: getOperator(operator), route: 'online', sections, progress: {}, evidence: null, lang, generatedAt: 0 });
      for (const s of steps) {
        // The list draws `detail` (components/StepItem.tsx, the summary, the file): the card's text is not it.
        expect(s.detail[lang], s.id).not.toContain(s.notFoundSentence!.text[lang]);
        expect(cardStep(s).detail[lang], s.id).toContain(s.detail[lang]);
        expect(md, s.id).toContain(escapeMarkdown(s.detail[lang]));
        expect(md, s.id).not.toContain(escapeMarkdown(s.notFoundSentence!.text[lang]));
      }
    }
  });
});
