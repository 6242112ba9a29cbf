import { describe, expect, it } from 'vitest';
import {
  AFTER_STEPS,
  NOTES,
  OPERATORS,
  PRECAUTIONS,
  checklist,
  checklistSteps,
  getOperator,
  precautionsFor,
} from '@/data/index';
import { OPERATOR_HOSTS } from '@/data/hosts';
import { RETIRED_STEPS } from '@/data/retired-steps';
import { en } from '@/locales/en';
import { ru } from '@/locales/ru';
import { kk } from '@/locales/kk';
import { zhCN } from '@/locales/zh-CN';
import { validateEntry, validateRegistry } from '@/data/validate';
import { generalSteps, noProcedureSummary, terminationNotFound } from '@/data/general';
import { LANGS, OPERATOR_IDS, ROUTES, type OperatorGuide, type Step } from '@/data/schema';

const TODAY = '2026-11-27';
const KCELL_FILE = 'data/operators/kcell.ts';

/** The first of Kcell's online steps that the office route lacks: changing it changes one route alone. */
const ONLINE_ONLY = getOperator('kcell').routes.online.findIndex((step) => !getOperator('kcell').routes.office.includes(step));

/** A copy of the Kcell guide with one online step replaced, for feeding the validator bad content. */
function kcellWith(change: (step: Step) => Step, stepIndex = ONLINE_ONLY): OperatorGuide {
  const guide = getOperator('kcell');
  const online = guide.routes.online.map((step, index) => (index === stepIndex ? change(step) : step));
  return { ...guide, routes: { ...guide.routes, online } };
}

function errorsOf(guide: OperatorGuide): string[] {
  return validateEntry(guide, KCELL_FILE, TODAY);
}

describe('guide data is valid', () => {
  // Against the real date: a fact verified today must pass (against the fixed TODAY of the cases below
  // it was "in the future", helper 123), and one dated after today still fails.
  it('the whole registry passes the validator', () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(validateRegistry({ operators: OPERATORS, notes: NOTES }, today)).toEqual([]);
  });

  it('has one guide per operator in display order and the Astelit note', () => {
    expect(OPERATORS.map((guide) => guide.id)).toEqual([...OPERATOR_IDS]);
    expect(NOTES.map((note) => note.id)).toEqual(['astelit-taraztel']);
  });

  // eGov's and Kaspi's own guides (data/services/) held steps that no screen
  // showed: no checklist, overlay or summary read them, and the content script never runs on those
  // sites. Every step the data holds must be one a user can be shown.
  it('holds no step that no checklist shows', () => {
    const modules = import.meta.glob<Record<string, unknown>>('/data/**/*.ts', { eager: true });
    const held = new Set<string>();
    const seen = new Set<object>();
    const walk = (value: unknown): void => {
      if (typeof value !== 'object' || value === null || seen.has(value)) return;
      seen.add(value);
      const step = value as Partial<Step>;
      if (typeof step.id === 'string' && typeof step.channel === 'string' && Array.isArray(step.sources)) held.add(step.id);
      for (const child of Object.values(value)) walk(child);
    };
    for (const module of Object.values(modules)) walk(module);
    const shown = new Set(OPERATOR_IDS.flatMap((id) => ROUTES.flatMap((route) => checklistSteps(id, route).map((step) => step.id))));
    expect(held.size).toBeGreaterThan(20);
    expect([...held].filter((id) => !shown.has(id))).toEqual([]);
  });
});

describe('the validator names file, entry and field', () => {
  const stepId = getOperator('kcell').routes.online[ONLINE_ONLY]!.id;

  it('rejects a source that is not https', () => {
    const errors = errorsOf(kcellWith((step) => ({ ...step, sources: ['http://www.kcell.kz/en/service/2886/138'] })));
    expect(errors).toEqual([`${KCELL_FILE}: step "${stepId}": sources[0]: not https ("http://www.kcell.kz/en/service/2886/138")`]);
  });

  it('rejects a source on a domain nobody cited', () => {
    const errors = errorsOf(
      kcellWith((step) => ({ ...step, confidence: 'third-party', sources: ['https://example.com/kcell-help'] })),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`${KCELL_FILE}: step "${stepId}": sources[0]:`);
    expect(errors[0]).toContain('example.com');
  });

  it('rejects an official step that cites another site', () => {
    const errors = errorsOf(kcellWith((step) => ({ ...step, confidence: 'official', sources: ['https://tarifykz.com/beeline/ub/otkljuchit-tarif'] })));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^${KCELL_FILE}: step "${stepId}": sources\\[0\\]: an official step`));
  });

  it('rejects a source listed twice (it would show twice in the guide and the export)', () => {
    const errors = errorsOf(kcellWith((step) => ({ ...step, sources: [step.sources[0]!, step.sources[0]!] })));
    expect(errors).toEqual([`${KCELL_FILE}: step "${stepId}": sources: listed twice`]);
  });

  it('rejects a missing Chinese text', () => {
    const errors = errorsOf(
      kcellWith((step) => {
        const { 'zh-CN': _dropped, ...title } = step.title;
        return { ...step, title: title as Step['title'] };
      }),
    );
    expect(errors).toEqual([`${KCELL_FILE}: step "${stepId}": title.zh-CN: missing`]);
  });

  it('rejects untranslated text', () => {
    expect(errorsOf(kcellWith((step) => ({ ...step, detail: { ...step.detail, kk: step.detail.en } })))).toEqual([
      `${KCELL_FILE}: step "${stepId}": detail.kk: same as the English text`,
    ]);
    expect(errorsOf(kcellWith((step) => ({ ...step, title: { ...step.title, ru: 'Pay the debt' } })))).toEqual([
      `${KCELL_FILE}: step "${stepId}": title.ru: not written in Cyrillic`,
    ]);
    expect(errorsOf(kcellWith((step) => ({ ...step, title: { ...step.title, 'zh-CN': 'Kcell' } })))).toEqual([
      `${KCELL_FILE}: step "${stepId}": title.zh-CN: has no Chinese text`,
    ]);
  });

  it('rejects a code name in the text the user reads', () => {
    expect(errorsOf(kcellWith((step) => ({ ...step, title: { ...step.title, en: 'Number porting (ACTIV_MNP)' } })))).toEqual([
      `${KCELL_FILE}: step "${stepId}": title.en: contains the code name ACTIV_MNP`,
    ]);
  });

  it('rejects a duplicate step id within a checklist', () => {
    const guide = getOperator('kcell');
    const twice = { ...guide, routes: { ...guide.routes, online: [...guide.routes.online, guide.routes.online[ONLINE_ONLY]!] } };
    expect(errorsOf(twice)).toContain(`${KCELL_FILE}: step "${stepId}": id: duplicate in the online checklist (also in the online route)`);
  });

  it('rejects a route step that reuses a precaution id', () => {
    const errors = errorsOf(kcellWith((step) => ({ ...step, id: PRECAUTIONS[0]!.id })));
    expect(errors).toContain(
      `${KCELL_FILE}: step "${PRECAUTIONS[0]!.id}": id: duplicate in the online checklist (also in data/precautions.ts)`,
    );
  });

  it('rejects an id that is not a slug', () => {
    const errors = errorsOf(kcellWith((step) => ({ ...step, id: 'kcell_Check Debts' })));
    expect(errors).toContain(`${KCELL_FILE}: step "kcell_Check Debts": id: "kcell_Check Debts" is not a kebab-case slug`);
  });

  it('takes a month alone (a source read on no recorded day), and rejects a month that does not exist or has not begun', () => {
    expect(errorsOf(kcellWith((step) => ({ ...step, verified: '2026-11' })))).toEqual([]);
    expect(errorsOf(kcellWith((step) => ({ ...step, verified: '2026-13' })))).toEqual([
      `${KCELL_FILE}: step "${stepId}": verified: "2026-13" is not a real date`,
    ]);
    expect(errorsOf(kcellWith((step) => ({ ...step, verified: '2026-12' })))).toEqual([
      `${KCELL_FILE}: step "${stepId}": verified: "2026-12" is in the future`,
    ]);
  });

  it('rejects a verified date in the future and a date that does not exist', () => {
    expect(errorsOf(kcellWith((step) => ({ ...step, verified: '2026-11-28' })))).toEqual([
      `${KCELL_FILE}: step "${stepId}": verified: "2026-11-28" is in the future`,
    ]);
    expect(errorsOf(kcellWith((step) => ({ ...step, verified: '2026-02-30' })))).toEqual([
      `${KCELL_FILE}: step "${stepId}": verified: "2026-02-30" is not a real date`,
    ]);
  });

  it('rejects an official or third-party step without a source, but accepts general guidance without one', () => {
    expect(errorsOf(kcellWith((step) => ({ ...step, confidence: 'official', sources: [] })))).toEqual([
      `${KCELL_FILE}: step "${stepId}": sources: an official step needs at least one source`,
    ]);
    expect(errorsOf(kcellWith((step) => ({ ...step, confidence: 'third-party', sources: [] })))).toEqual([
      `${KCELL_FILE}: step "${stepId}": sources: a third-party step needs at least one source`,
    ]);
    expect(errorsOf(kcellWith((step) => ({ ...step, confidence: 'general', sources: [] })))).toEqual([]);
  });

  it('holds who runs a brand to the same rule as a step: a source for it, on the operator\'s own site when official', () => {
    const company = getOperator('kcell').company;
    const withCompany = (change: Partial<typeof company>): OperatorGuide => ({ ...getOperator('kcell'), company: { ...company, ...change } });
    expect(errorsOf(withCompany({ sources: [] }))).toEqual([`${KCELL_FILE}: operator "kcell": company: sources: a third-party company fact needs at least one source`]);
    expect(errorsOf(withCompany({ confidence: 'official', sources: ['https://astanatimes.com/2024/06/qatar-holding-to-purchase-kazakh-telecommunications-company/'] }))).toEqual([
      `${KCELL_FILE}: operator "kcell": company: sources[0]: an official company fact must cite the operator's or service's own site, not astanatimes.com`,
    ]);
    expect(errorsOf(withCompany({ sources: ['https://example.com/who-owns-kcell'] }))[0]).toContain('example.com is neither');
    expect(errorsOf(withCompany({ verified: '2099-01-01' }))).toEqual([`${KCELL_FILE}: operator "kcell": company: verified: "2099-01-01" is in the future`]);
    expect(errorsOf(withCompany({ text: { ...company.text, kk: company.text.en } }))).toEqual([`${KCELL_FILE}: operator "kcell": company: text.kk: same as the English text`]);
    expect(errorsOf(withCompany({ confidence: 'general', sources: [] }))).toEqual([]);
  });

  it('every operator says where who runs it is said, and only an operator\'s own page makes that official', () => {
    for (const guide of OPERATORS) {
      expect(guide.company.sources.length, guide.id).toBeGreaterThan(0);
      expect(guide.company.confidence, guide.id).not.toBe('general');
    }
    expect(getOperator('tele2').company.confidence).toBe('third-party');
    expect(getOperator('activ').company.confidence).toBe('official');
  });

  it('rejects an invalid confidence and an empty page-target label', () => {
    const errors = errorsOf(
      kcellWith((step) => ({ ...step, confidence: 'rumour' as Step['confidence'], targets: [{ labels: [' '] }] })),
    );
    expect(errors).toContain(`${KCELL_FILE}: step "${stepId}": confidence: "rumour" is not official, third-party or general`);
    expect(errors).toContain(`${KCELL_FILE}: step "${stepId}": targets[0].labels[0]: empty`);
  });

  it('rejects an office step not marked as needing a visit', () => {
    const submitIndex = getOperator('kcell').routes.online.findIndex((step) => step.id === 'kcell-submit');
    const errors = errorsOf(kcellWith((step) => ({ ...step, inPerson: false }), submitIndex));
    expect(errors).toContain(`${KCELL_FILE}: step "kcell-submit": inPerson: an office step must be marked inPerson`);
  });

  it('rejects support links off the operator site and hosts that differ from data/hosts.ts', () => {
    const guide = getOperator('kcell');
    const errors = errorsOf({
      ...guide,
      hosts: ['kcell.kz', 'kcell.ru'],
      support: [{ ...guide.support[0]!, url: 'https://beeline.kz/help' }],
    });
    expect(errors).toContain(`${KCELL_FILE}: operator "kcell": support[0].url: beeline.kz is not the operator's own site`);
    expect(errors.some((error) => error.startsWith(`${KCELL_FILE}: operator "kcell": hosts:`))).toBe(true);
  });

  it('rejects a registry with a missing or doubled operator', () => {
    const kcell = getOperator('kcell');
    const errors = validateRegistry(
      { operators: [...OPERATORS.filter((guide) => guide.id !== 'izi'), kcell], notes: NOTES },
      TODAY,
    );
    expect(errors).toContain('data/index.ts: OPERATORS: operator "izi" has 0 guides, expected 1');
    expect(errors).toContain('data/index.ts: OPERATORS: operator "kcell" has 2 guides, expected 1');
  });

  it('rejects a third-party source that is only a site\'s home page, in a step and in a note', () => {
    const errors = errorsOf(
      kcellWith((step) => ({ ...step, confidence: 'third-party', sources: ['https://tarifykz.com/', 'https://tarifykz.com/beeline/ub/otkljuchit-tarif'] })),
    );
    expect(errors).toContain(
      `${KCELL_FILE}: step "${stepId}": sources[0]: tarifykz.com's home page is no source a reader can check: cite the page that says it`,
    );
    expect(errors.some((error) => error.includes('sources[1]'))).toBe(false);
    const note = NOTES[0]!;
    expect(validateEntry({ ...note, sources: ['https://www.developingtelecoms.com/'] }, 'data/notes/astelit.ts', TODAY)).toEqual([
      "data/notes/astelit.ts: note \"astelit-taraztel\": sources[0]: www.developingtelecoms.com's home page is no source a reader can check: cite the page that says it",
    ]);
  });

  it('rejects a note citing a plain-http source', () => {
    const note = NOTES[0]!;
    const errors = validateEntry({ ...note, sources: ['http://www.developingtelecoms.com/'] }, 'data/notes/astelit.ts', TODAY);
    expect(errors).toEqual([
      'data/notes/astelit.ts: note "astelit-taraztel": sources[0]: not https ("http://www.developingtelecoms.com/")',
    ]);
  });
});

describe('one job, one step: what is owed', () => {
  it('each operator words the debts precaution itself, in its place among the shared ones', () => {
    for (const operator of OPERATOR_IDS) {
      const steps = precautionsFor(operator);
      expect(steps.map((step) => step.id)).toEqual(PRECAUTIONS.map((step) => step.id));
      const own = getOperator(operator).ownPrecautions ?? [];
      for (const step of own) expect(steps).toContain(step);
    }
    // Where an operator's site says where to look, its list says so; the others keep the shared text.
    expect(precautionsFor('kcell').find((step) => step.id === 'before-settle-debts')!.title.en).toContain('Kcell');
    const shared = (id: string) => PRECAUTIONS.find((step) => step.id === id);
    expect(precautionsFor('izi').find((step) => step.id === 'before-settle-debts')).toBe(shared('before-settle-debts'));
  });

  it('where the refund rules were not found, the balance precaution sends no one to ask about another operator’s notice, and leaves the asking to the refund step', () => {
    for (const operator of ['beeline', 'tele2', 'altel', 'izi'] as const) {
      const precaution = precautionsFor(operator).find((step) => step.id === 'before-balance-refund')!;
      expect(precaution.sources, operator).toEqual([]);
      for (const lang of LANGS) expect(precaution.detail[lang], `${operator} ${lang}`).not.toMatch(/Kcell/);
      // The asking is the refund step's: said there once, not twice.
      expect(precaution.detail.en, operator).not.toMatch(/\bask (the|at)\b/);
      expect(checklistSteps(operator, 'online').some((step) => step.id === `${operator}-refund`), operator).toBe(true);
    }
  });

  it('no route repeats it: no step other than the precaution is about checking and paying debts', () => {
    const debtTitle = /\b(owe|debts?)\b/i;
    for (const operator of OPERATOR_IDS) {
      for (const route of ROUTES) {
        const about = checklistSteps(operator, route).filter((step) => debtTitle.test(step.title.en));
        expect(about.map((step) => step.id), `${operator} / ${route}`).toEqual(['before-settle-debts']);
      }
    }
  });

  it('a retired step is in no checklist, and the step that took over its job is in every one', () => {
    for (const operator of OPERATOR_IDS) {
      for (const route of ROUTES) {
        const ids = checklistSteps(operator, route).map((step) => step.id);
        for (const [retired, successor] of Object.entries(RETIRED_STEPS)) {
          expect(ids).not.toContain(retired);
          expect(ids).toContain(successor);
        }
      }
    }
  });

  it('the validator rejects an own precaution that stands in for no shared one, or twice for one', () => {
    const guide = getOperator('kcell');
    const own = guide.ownPrecautions![0]!;
    expect(errorsOf({ ...guide, ownPrecautions: [{ ...own, id: 'before-pay-everything' }] })).toEqual([
      `${KCELL_FILE}: step "before-pay-everything": id: an own precaution must have the id of a shared one (data/precautions.ts)`,
    ]);
    expect(errorsOf({ ...guide, ownPrecautions: [own, own] })).toEqual([
      `${KCELL_FILE}: step "before-settle-debts": id: duplicate in ownPrecautions`,
    ]);
    expect(errorsOf({ ...guide, ownPrecautions: [{ ...own, sources: ['https://example.com/debts'], confidence: 'official' }] })[0]).toContain(
      `${KCELL_FILE}: step "before-settle-debts": sources[0]:`,
    );
  });
});

describe('wording a user can match and trust', () => {
  it('the Kaspi path quotes every menu item as the app names it, in every language', () => {
    const kaspiSteps = PRECAUTIONS.filter((step) => step.service === 'kaspi');
    expect(kaspiSteps.length).toBeGreaterThan(0);
    for (const step of kaspiSteps) {
      for (const lang of LANGS) {
        if (!step.detail[lang].includes('Сервисы')) continue;
        for (const item of ['«Сервисы»', '«Вход/Регистрация»', '«Настройки»', '«Изменить номер телефона»']) {
          expect(step.detail[lang], `${step.id} ${lang}`).toContain(item);
        }
      }
    }
  });

  it('no IZI step says it needs an office visit or ID: which offices serve IZI was not found', () => {
    for (const route of ROUTES) {
      for (const step of checklistSteps('izi', route)) {
        expect(step.inPerson ?? false, `${route} ${step.id}`).toBe(false);
        expect(step.needsId ?? false, `${route} ${step.id}`).toBe(false);
      }
    }
  });

  it('the eGov precaution does not tell anyone to skip it: the source says only who is not in the database', () => {
    const egov = PRECAUTIONS.find((step) => step.id === 'before-move-egov')!;
    expect(egov.detail.en).not.toMatch(/skip/i);
    expect(egov.detail.ru).not.toMatch(/не нужен/);
    expect(egov.detail.kk).not.toMatch(/қажет емес/);
    expect(egov.detail['zh-CN']).not.toMatch(/跳过/);
  });
});

describe('checklist', () => {
  for (const operator of OPERATOR_IDS) {
    for (const route of ROUTES) {
      it(`${operator} / ${route}: precautions, then the route, then after-steps, with unique ids`, () => {
        const sections = checklist(operator, route);
        expect(sections.map((section) => section.section)).toEqual(['before', 'cancel', 'after']);
        expect(sections[0]!.steps).toEqual(precautionsFor(operator));
        expect(sections[1]!.steps).toEqual(getOperator(operator).routes[route]);
        expect(sections[2]!.steps).toEqual(AFTER_STEPS);

        const steps = checklistSteps(operator, route);
        expect(steps).toEqual(sections.flatMap((section) => section.steps));
        const ids = steps.map((step) => step.id);
        expect(new Set(ids).size).toBe(ids.length);

        // The one step that records the termination request is marked for the reminders.
        const submits = steps.filter((step) => step.id.endsWith('-submit'));
        expect(submits).toHaveLength(1);
        expect(submits[0]!.topics).toContain('termination');
      });
    }
  }

  it('online routes do not pretend the contract can be ended online', () => {
    for (const guide of OPERATORS) {
      const submit = guide.routes.online.find((step) => step.id.endsWith('-submit'))!;
      if (guide.id === 'izi') {
        // App-first, procedure not found: neither an office visit nor an online channel is claimed.
        expect(submit.inPerson, guide.id).toBe(false);
        expect(submit.needsId, guide.id).toBe(false);
        expect(['website', 'app'], guide.id).not.toContain(submit.channel);
        expect(submit.notFoundSentence?.text.en, guide.id).toMatch(/procedure was not found/);
        continue;
      }
      expect(submit.inPerson, guide.id).toBe(true);
      expect(submit.needsId, guide.id).toBe(true);
    }
  });

  it('every operator lists what was searched for all of them and not found: an unused number ending by itself, rules for tourists', () => {
    for (const guide of OPERATORS) {
      const listed = guide.notFound.map((item) => item.what.en);
      expect(listed.some((what) => /unused/.test(what)), guide.id).toBe(true);
      expect(listed.some((what) => /tourists/.test(what)), guide.id).toBe(true);
    }
  });

  it('getOperator refuses unknown ids', () => {
    expect(() => getOperator('astelit' as never)).toThrow(/astelit/);
  });
});

describe('honesty about what was not found', () => {
  for (const id of ['tele2', 'altel', 'izi'] as const) {
    it(`${id} says its termination procedure was not found and labels its termination steps as general`, () => {
      const guide = getOperator(id);
      expect(guide.notFound.some((item) => /procedure/.test(item.what.en) && /(ending|end) the contract/.test(item.what.en))).toBe(true);
      for (const route of ROUTES) {
        const termination = guide.routes[route].filter((step) => step.topics?.includes('termination'));
        expect(termination.length).toBeGreaterThan(0);
        for (const step of termination) {
          expect(step.confidence, step.id).toBe('general');
          // A source there may back a comparison with another operator (IZI's "Kcell JSC, for example,
          // publishes…"), never this operator's own pages: nothing of its procedure was found.
          const ownSite = (url: string) => OPERATOR_HOSTS[id].some((host) => `.${new URL(url).hostname}`.endsWith(`.${host}`));
          expect(step.sources.filter(ownSite), step.id).toEqual([]);
        }
      }
    });
  }

  it('read in order, the full list says once what was not found: no step of Tele2, ALTEL or IZI repeats it, and each card read alone still does', () => {
    // Tele2's popup said "not found" in every step it has, then again in its "Searched for, not found"
    // list: read in order, that reads as an error. The summary and the list say it; a card alone, on the
    // operator's page, says it for its step (Step.notFoundSentence, joined to the detail by utils/overlay-steps.ts
    // cardStep) (helper-95).
    const NOT_FOUND = { en: /\bfound\b/, ru: /не найден|найти не удалось/, kk: /табылмады/, 'zh-CN': /未找到|不清楚/ } as const;
    for (const id of ['tele2', 'altel', 'izi'] as const) {
      const own = checklist(id, 'online')
        .flatMap((section) => section.steps)
        .filter((step) => step.id.startsWith(`${id}-`) || (getOperator(id).ownPrecautions ?? []).includes(step));
      expect(own.length, id).toBeGreaterThan(3);
      for (const step of own) {
        for (const lang of LANGS) expect(step.detail[lang], `${step.id} ${lang}`).not.toMatch(NOT_FOUND[lang]);
      }
      const said = own.filter((step) => step.notFoundSentence);
      expect(said.map((step) => step.id).sort(), id).toEqual(
        id === 'izi' ? ['izi-ask-support', 'izi-prepare-id', 'izi-refund', 'izi-submit'] : [`${id}-prepare-id`, `${id}-refund`, `${id}-submit`, 'before-settle-debts'].sort(),
      );
      for (const step of said) for (const lang of LANGS) expect(step.notFoundSentence!.text[lang], `${step.id} ${lang}`).toMatch(NOT_FOUND[lang]);
    }
  });

  it('a step\'s "not found" sentence is checked as any text is, in every language, and says only where it goes', () => {
    const tele2 = getOperator('tele2');
    const refund = tele2.routes.online.find((step) => step.id === 'tele2-refund')!;
    const withRefund = (notFoundSentence: unknown) =>
      errorsOf({ ...tele2, routes: { ...tele2.routes, online: tele2.routes.online.map((step) => (step === refund ? ({ ...refund, notFoundSentence } as Step) : step)) } }).join('\n');
    expect(withRefund(refund.notFoundSentence)).toBe('');
    expect(withRefund({ text: { ...refund.notFoundSentence!.text, ru: '' } })).toMatch(/notFoundSentence\.text\.ru: empty/);
    expect(withRefund({ text: { ...refund.notFoundSentence!.text, kk: undefined } })).toMatch(/notFoundSentence\.text\.kk: missing/);
    expect(withRefund({ text: { ...refund.notFoundSentence!.text, 'zh-CN': refund.notFoundSentence!.text.en } })).toMatch(/notFoundSentence\.text\.zh-CN: same as the English text/);
    expect(withRefund({})).toMatch(/notFoundSentence\.text: missing/);
    expect(withRefund({ ...refund.notFoundSentence, after: false })).toMatch(/notFoundSentence\.after: true or left out/);
    // A malformed value is reported with the step's id, not thrown: a throw stopped the whole check.
    const NOT_AN_OBJECT = /step "tele2-refund": notFoundSentence: not an object with a text/;
    expect(withRefund(null)).toMatch(NOT_AN_OBJECT);
    expect(withRefund('Tele2’s refund procedure was not found.')).toMatch(NOT_AN_OBJECT);
    expect(withRefund([refund.notFoundSentence])).toMatch(NOT_AN_OBJECT);
    expect(withRefund({ after: true })).toMatch(/step "tele2-refund": notFoundSentence\.text: missing/);
    expect(withRefund({ text: null })).toMatch(/step "tele2-refund": notFoundSentence\.text: missing/);
  });

  it('the Astelit note, which counts three mobile operators, says what IZI (also in the picker) is, in every language', () => {
    const [note] = NOTES;
    for (const lang of LANGS) expect(note!.explanation[lang], lang).toMatch(/IZI/);
    // Whose network IZI uses was not found (research/operators.md): the note must not name one.
    expect(note!.explanation.en).toMatch(/do not say whose network/);
  });

  it('only the Astelit note mentions "Taraztel", and nothing mentions an eSIM seller', () => {
    const guideText = JSON.stringify([OPERATORS, PRECAUTIONS, AFTER_STEPS]);
    expect(guideText).not.toMatch(/taraztel/i);
    expect(JSON.stringify([OPERATORS, PRECAUTIONS, AFTER_STEPS, NOTES])).not.toMatch(/e-?sim/i);
    expect(JSON.stringify(NOTES)).toMatch(/Taraztel/);
  });

  it('the Astelit note says Astelit is not a Kazakhstan operator and names the real third one', () => {
    const { explanation } = NOTES[0]!;
    expect(explanation.en).toContain('Astelit is not a Kazakhstan operator');
    expect(explanation.ru).toContain('не казахстанский оператор');
    expect(explanation.kk).toContain('Қазақстан операторы емес');
    expect(explanation['zh-CN']).toContain('不是哈萨克斯坦的运营商');
    for (const text of Object.values(explanation)) expect(text).toContain('Tele2/ALTEL');
  });

  const everyStep = (): Step[] => [
    ...PRECAUTIONS,
    ...AFTER_STEPS,
    ...OPERATORS.flatMap((guide) => ROUTES.flatMap((route) => guide.routes[route])),
  ];

  it('one step is the one the reminder asks about, the disconnection check: the worker and the popup both find it by its flag', () => {
    const flagged = [...everyStep(), ...OPERATORS.flatMap((guide) => guide.ownPrecautions ?? [])].filter((step) => step.reminderAsks);
    expect(flagged.map((step) => step.id)).toEqual(['after-check-disconnected']);
    // In every operator's checklist, on either route: the popup looks for it among the steps it draws.
    for (const guide of OPERATORS) for (const route of ROUTES) expect(checklistSteps(guide.id, route).filter((step) => step.reminderAsks), `${guide.id} ${route}`).toHaveLength(1);
  });

  it('no step title asks for the SIM card: no source does, so the details give it only as our advice', () => {
    for (const step of everyStep()) for (const title of Object.values(step.title)) expect(title, step.id).not.toMatch(/SIM/i);
  });

  it('nothing in Kazakh calls IZI an operator: whose network it is was not found', () => {
    expect(JSON.stringify(getOperator('izi'))).not.toMatch(/IZI операторы/);
    expect(JSON.stringify(generalSteps('izi', 'IZI'))).not.toMatch(/IZI операторы/);
    // The general texts IZI shares with Tele2, ALTEL and Beeline take its own genitive.
    const general = generalSteps('izi', 'IZI');
    expect(general.refund.notFoundSentence!.text.kk).toMatch(/^IZI-нің /);
    // "At IZI" where the procedure already has its genitive (one possessor to a noun).
    expect(terminationNotFound('IZI')[0]!.what.kk).toMatch(/^IZI-де /);
    expect(noProcedureSummary('Tele2').kk).toMatch(/^Tele2-нің /);
  });

  it('"Bring your ID" does not narrow to the Kazakhstan ID card in Russian and Kazakh: a passport is ID too', () => {
    for (const step of everyStep().filter((s) => s.title.en === 'Bring your ID')) {
      expect(step.title.ru, step.id).not.toMatch(/удостоверение личности/);
      expect(step.title.kk, step.id).not.toMatch(/жеке куәлі/i);
    }
    expect(everyStep().filter((s) => s.title.en === 'Bring your ID').length).toBeGreaterThan(2);
  });

  it('the download step gives the form\'s own title, so a reader who cannot read the forms page can still find it', () => {
    // Kcell's forms page is in Kazakh; a Chinese or English reader has only this title to match.
    for (const id of ['kcell-download-forms', 'activ-download-forms']) {
      const step = everyStep().find((s) => s.id === id)!;
      for (const lang of LANGS) expect(step.detail[lang], `${id} ${lang}`).toContain('«Шартты бұзу өтініші»');
    }
  });

  it('"Bring your ID" opens with what to bring, in every language, before any unofficial rule about something else', () => {
    // Beeline's opened with an unofficial rule for blocking ("with ID or IIN"), read as if an IIN were enough.
    const opening = { en: 'Take the passport', ru: 'Возьмите паспорт', kk: 'Нөмір тіркелген паспортты', 'zh-CN': '携带号码登记时使用的护照' };
    const steps = everyStep().filter((s) => s.title.en === 'Bring your ID');
    for (const step of steps) for (const lang of LANGS) expect(step.detail[lang], `${step.id} ${lang}`).toMatch(new RegExp(`^${opening[lang]}`));
    expect(steps.map((s) => s.id)).toContain('beeline-prepare-id');
  });

  it('where the English summary says the evidence only points to a written application, the Chinese one hedges too', () => {
    // "Judging from what was found", and the place as only the most likely one, as in the English.
    for (const guide of OPERATORS.filter((g) => /points to/.test(g.summary.en))) {
      expect(guide.summary['zh-CN'], guide.id).toMatch(/从已找到的资料看，[^。]*地点很可能是/);
    }
    expect(OPERATORS.filter((g) => /points to/.test(g.summary.en)).map((g) => g.id)).toEqual(['kcell', 'activ']);
  });

  it('the three operators the Astelit note names after the count are cited, from the companies found behind them', () => {
    const { sources } = NOTES[0]!;
    for (const id of ['kcell', 'beeline', 'tele2'] as const) {
      expect(getOperator(id).company.sources.some((url) => sources.includes(url)), id).toBe(true);
    }
  });

  it('the Astelit note has officials give only the count, in every language (the list is ours)', () => {
    const { explanation } = NOTES[0]!;
    expect(explanation.en).toMatch(/three mobile operators in Kazakhstan; they are/);
    expect(explanation.ru).toMatch(/трёх мобильных операторах в Казахстане; это/);
    expect(explanation.kk).toMatch(/операторы туралы айтады; олар/);
    expect(explanation['zh-CN']).toMatch(/三家移动运营商。它们是/);
  });

  it('where the English says to pay what is owed, if anything, Russian and Kazakh do not assume a debt', () => {
    const texts = [...OPERATORS.flatMap((guide) => [guide.summary]), ...everyStep().flatMap((step) => [step.title, step.detail])];
    const asked = texts.filter((text) => /(pay|Paying) (what is owed|anything (still )?owed|any debt|any unpaid bill)/.test(text.en));
    expect(asked.length).toBeGreaterThanOrEqual(8);
    for (const text of asked) {
      expect(text.ru, text.en).toMatch(/если (она|они) (есть|осталась)/);
      expect(text.kk, text.en).toMatch(/(болса|қалса), (оны|алдымен)/);
    }
  });

  it('a step that says the operator does not state its point, or what an unofficially named account shows, is not labelled an official source', () => {
    const hedged = everyStep().filter((step) => /is not stated|does not mention debts|named only by unofficial sources/.test(step.detail.en));
    // Kcell's and activ's termination application, Kcell's debts, Beeline's account.
    expect(hedged.length).toBeGreaterThanOrEqual(4);
    expect(hedged.filter((step) => step.confidence === 'official').map((step) => step.id)).toEqual([]);
  });

  it('what an account known only from unofficial sources lets you do is hedged in the summaries too, in every language', () => {
    const hedges = { en: /may be able to|perhaps/, ru: /возможно/, kk: /шығар/, 'zh-CN': /或许/ } as const;
    for (const guide of OPERATORS.filter((g) => g.id === 'kcell' || g.id === 'activ')) {
      for (const lang of LANGS) expect(guide.summary[lang], `${guide.id} (${lang})`).toMatch(hedges[lang]);
    }
  });

  it('the ministry service is said to show how many numbers are registered to an IIN, never to list them (the research says it counts)', () => {
    const iin = everyStep().filter((step) => /registered to your IIN/.test(`${step.title.en} ${step.detail.en}`));
    expect(iin.map((step) => step.id)).toEqual(expect.arrayContaining(['before-list-iin-numbers', 'after-check-disconnected']));
    for (const step of iin) {
      for (const lang of LANGS) {
        expect(`${step.title[lang]} ${step.detail[lang]}`, `${step.id} (${lang})`).not.toMatch(/\blist\b|список|тізім|列表|какие номера|тіркелген нөмірлерді|名下的号码/i);
      }
    }
  });

  it('a title asks for a written application in Russian and Kazakh only where the English one does', () => {
    for (const step of everyStep()) {
      const english = /application|request/i.test(step.title.en);
      expect(/заявлени/i.test(step.title.ru), `${step.id} (ru): ${step.title.ru}`).toBe(english);
      expect(/өтініш/i.test(step.title.kk), `${step.id} (kk): ${step.title.kk}`).toBe(english);
    }
  });
});

describe('facts say no more than their sources (truth audit)', () => {
  const step = (operator: 'izi' | 'activ' | 'beeline', id: string): Step => {
    const guide = getOperator(operator);
    const found = [...guide.routes.online, ...guide.routes.office, ...(guide.ownPrecautions ?? [])].find((s) => s.id === id);
    if (!found) throw new Error(`${operator}: no step ${id}`);
    return found;
  };

  it('IZI bundle minutes reset when the number goes unused for 6 months, as its bundles page says, cited at its real address', () => {
    const appCheck = step('izi', 'izi-app-check');
    expect(appCheck.sources).toContain('https://content.izi.me/binaries/content/assets/docs/product-details/bundles-en.html');
    // The page says bundles never expire; minutes reset only when the whole number is idle (no calls, SMS, data, top-up).
    const idleNumber = { en: /number is not used for 6 months/, ru: /номером не пользовались 6\u00a0месяцев/, kk: /нөмір 6\u00a0ай бойы пайдаланылмаса/, 'zh-CN': /号码连续 6 个月未被使用/ } as const;
    for (const lang of LANGS) expect(appCheck.detail[lang], lang).toMatch(idleNumber[lang]);
  });

  it('the after-steps and the reminder, shown for every operator, promise no balance refund: it is said as "if you were told", since refund rules were found for Kcell alone', () => {
    const finalBill = AFTER_STEPS.find((s) => s.id === 'after-check-final-bill');
    if (!finalBill) throw new Error('no after-check-final-bill step');
    const ifTold = { en: /If the operator said/, ru: /Если оператор сказал/, kk: /Оператор .* айтса/, 'zh-CN': /如果运营商说过/ } as const;
    const reminderIfTold = { en: /you were told of/, ru: /если его обещали/, kk: /уәде етілсе/, 'zh-CN': /承诺过的/ } as const;
    const strings = { en, ru, kk, 'zh-CN': zhCN } as const;
    for (const lang of LANGS) {
      expect(finalBill.detail[lang], lang).toMatch(ifTold[lang]);
      expect(finalBill.detail[lang], lang).toMatch(/2016/);
      expect(strings[lang]['bg.reminder.body'], lang).toMatch(reminderIfTold[lang]);
    }
  });

  it('activ’s refund step gives the 2016 notice as about Kcell-brand contracts, not as an activ rule, in every language', () => {
    const refund = step('activ', 'activ-refund');
    const kcellBrand = { en: /Kcell-brand contract/, ru: /под брендом Kcell/, kk: /Kcell брендіндегі/, 'zh-CN': /Kcell 品牌/ } as const;
    for (const lang of LANGS) expect(refund.detail[lang], lang).toMatch(kcellBrand[lang]);
  });

  it('Kcell’s contract-plan title hedges: only the router offer is known to need a Kcell Center, in every language', () => {
    const plan = getOperator('kcell').routes.office.find((s) => s.id === 'kcell-contract-plan')!;
    const hedge = { en: /\bmay\b/, ru: /может/, kk: /мүмкін/, 'zh-CN': /可能/ } as const;
    for (const lang of LANGS) expect(plan.title[lang], lang).toMatch(hedge[lang]);
  });

  it('Beeline’s debts step does not say its offer is silent on what the account does: the offer lists itemised usage and more', () => {
    const debts = step('beeline', 'before-settle-debts');
    expect(debts.detail.en).not.toMatch(/not what they let you do/);
    const itemised = { en: /itemised usage/, ru: /детализаци/, kk: /детализация/, 'zh-CN': /明细/ } as const;
    for (const lang of LANGS) expect(debts.detail[lang], lang).toMatch(itemised[lang]);
  });

  it('where a step says how registration data are changed, it names a dealer point beside Kcell Center, as activ’s FAQ does', () => {
    // The FAQ: "by applying to Kcell Center or your dealer point with a written request"; porting at Kcell Center or Kcell Store.
    const dealer = { en: /Kcell Center or (your|a) dealer point/, ru: /Kcell Center или дилерский пункт/, kk: /Kcell Center-ге немесе дилер пунктіне/, 'zh-CN': /Kcell Center 或经销商网点/ } as const;
    const routeSteps = new Map(OPERATORS.flatMap((g) => ROUTES.flatMap((route) => g.routes[route])).map((s) => [s.id, s]));
    const saying = [...routeSteps.values()].filter((s) => /registration data (are changed|on a written)|changing registration data/.test(s.detail.en));
    expect(saying.map((s) => s.id).sort()).toEqual(['activ-prepare-id', 'activ-submit', 'kcell-prepare-id', 'kcell-submit']);
    for (const s of saying) for (const lang of LANGS) expect(s.detail[lang], `${s.id} (${lang})`).toMatch(dealer[lang]);
    const port = { en: /Kcell Center or Kcell Store/, ru: /Kcell Center или Kcell Store/, kk: /Kcell Center бөлімшелерінде немесе Kcell Store/, 'zh-CN': /Kcell Center 或 Kcell Store/ } as const;
    const prepareId = getOperator('kcell').routes.office.find((s) => s.id === 'kcell-prepare-id')!;
    for (const lang of LANGS) expect(prepareId.detail[lang], lang).toMatch(port[lang]);
  });

  it('the IIN service is given as a 2019 news report, not as one that runs today, in every language', () => {
    // The cited Sputnik page reports the ministry launching it in October 2019; nothing read says it still runs.
    const iin = PRECAUTIONS.find((s) => s.id === 'before-list-iin-numbers')!;
    const unchecked = { en: /whether it still runs was not checked/, ru: /работает ли он сейчас, не проверялось/, kk: /қазір жұмыс істей ме, тексерілген жоқ/, 'zh-CN': /现在是否仍在运行，未经核实/ } as const;
    for (const lang of LANGS) {
      expect(iin.detail[lang], lang).toMatch(/2019/);
      expect(iin.detail[lang], lang).toMatch(unchecked[lang]);
    }
  });

  it('the IIN check says what to do without an IIN (a visitor may have none), in every language', () => {
    // Without it a visitor met a step they could not do and no word on whether it mattered.
    const iin = PRECAUTIONS.find((s) => s.id === 'before-list-iin-numbers')!;
    const without = { en: /If you have no IIN, skip the check/, ru: /Если ИИН у вас нет, пропустите проверку/, kk: /ЖСН-іңіз болмаса, бұл тексеруді өткізіп жіберіңіз/, 'zh-CN': /如果您没有 IIN，可跳过这项查询/ } as const;
    for (const lang of LANGS) expect(iin.detail[lang], lang).toMatch(without[lang]);
  });

  it('the Astelit note cites a page for “now lifecell” and one naming the three operators; Beeline one naming KaR-Tel with VEON', () => {
    const { sources, explanation } = NOTES[0]!;
    expect(explanation.en).toMatch(/now lifecell/);
    expect(sources.some((url) => url.includes('hurriyetdailynews.com/turkcells-central-network-in-ukraine'))).toBe(true);
    expect(sources.some((url) => url.includes('inbusinesskz.com/'))).toBe(true);
    expect(getOperator('beeline').company.text.en).toMatch(/KaR-Tel LLP \(VEON group\)/);
    expect(getOperator('beeline').company.sources.some((url) => url.includes('mobileworldlive.com/'))).toBe(true);
  });
});
