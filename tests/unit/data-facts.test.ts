// Facts a translation or an edit can change without anyone noticing: a number, a web address, a brand's
// spelling. Checked across every text the guide data holds, in all four languages, so a fault of this kind
// fails here whichever step, summary or note it is in (the truth audit of session 24, helper-123).
import { describe, expect, it } from 'vitest';
import { AFTER_STEPS, NOTES, OPERATORS, PRECAUTIONS, getOperator } from '@/data/index';
import { OPERATOR_HOSTS, SERVICE_HOSTS } from '@/data/hosts';
import { LANGS, ROUTES, type Localized, type OperatorId, type Step } from '@/data/schema';
import { hostMatches, officialHostsFor } from '@/data/validate';
import { ACTIV_MNP } from '@/data/kcell-jsc';

/** Every four-language text in the data, each with where it is, for failure messages. */
function everyText(): { where: string; text: Localized }[] {
  const found: { where: string; text: Localized }[] = [];
  const seen = new Set<object>();
  const walk = (value: unknown, where: string): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    const record = value as Record<string, unknown>;
    if (LANGS.every((lang) => typeof record[lang] === 'string')) {
      found.push({ where, text: record as unknown as Localized });
      return;
    }
    for (const [key, child] of Object.entries(record)) walk(child, `${where}.${key}`);
  };
  walk({ OPERATORS, NOTES, PRECAUTIONS, AFTER_STEPS }, 'data');
  return found;
}

/** Every address the data cites or links: step, company and note sources, support links, the sites themselves. */
function knownHosts(): Set<string> {
  const urls: string[] = [];
  const seen = new Set<object>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string' && value.startsWith('https://')) urls.push(value);
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    for (const child of Object.values(value)) walk(child);
  };
  walk({ OPERATORS, NOTES, PRECAUTIONS, AFTER_STEPS });
  return new Set([
    ...urls.map((url) => new URL(url).hostname),
    ...Object.values(OPERATOR_HOSTS).flat(),
    ...Object.values(SERVICE_HOSTS).flat(),
  ]);
}

// A brand with a digit in it ("Tele2") is a name, not a number; and a translation may leave a name out.
const numbersIn = (text: string): string[] => [...new Set(text.replace(/Tele2/g, '').match(/\d+/g) ?? [])].sort();
const HOST = /\b(?:[a-z0-9-]+\.)+(?:kz|me|com|ru|ua|net|org)\b/gi;
const hostsIn = (text: string): string[] => [...new Set((text.match(HOST) ?? []).map((host) => host.toLowerCase()))].sort();

describe('facts that must read the same in every language', () => {
  const texts = everyText();

  it('holds the texts it checks', () => {
    expect(texts.length).toBeGreaterThan(100);
  });

  it('every number in the Russian, Kazakh and Chinese text is one the English gives, and the other way round (days, months, years)', () => {
    const differing: string[] = [];
    for (const { where, text } of texts) {
      for (const lang of LANGS) {
        if (numbersIn(text[lang]).join() !== numbersIn(text.en).join()) {
          differing.push(`${where} (${lang}): ${numbersIn(text[lang]).join() || 'none'}, English ${numbersIn(text.en).join() || 'none'}`);
        }
      }
    }
    expect(differing).toEqual([]);
  });

  it('no text gives a phone number, short number or USSD code: the research names none for giving up a number', () => {
    // Any run of three or more digits other than a year, a star code or a phone-like group.
    const phoneLike = /\*[\d*]+#|\+?\d[\d ()\u00a0-]{5,}\d|\b\d{3,}\b/g;
    const shown: string[] = [];
    for (const { where, text } of texts) {
      for (const lang of LANGS) {
        for (const token of text[lang].match(phoneLike) ?? []) {
          if (!/^(19|20)\d\d$/.test(token)) shown.push(`${where} (${lang}): ${token}`);
        }
      }
    }
    expect(shown).toEqual([]);
  });

  it('every web address a text names is one the data cites or links, and the English names it too', () => {
    const known = knownHosts();
    const unknown: string[] = [];
    for (const { where, text } of texts) {
      for (const lang of LANGS) {
        for (const host of hostsIn(text[lang])) {
          // "kcell.kz" may name the site whose pages are cited at www.kcell.kz; a made-up subdomain may not pass.
          const cited = known.has(host) || [...known].some((site) => site.endsWith(`.${host}`));
          if (!cited) unknown.push(`${where} (${lang}): ${host} is cited nowhere`);
          if (lang !== 'en' && !hostsIn(text.en).includes(host)) unknown.push(`${where} (${lang}): ${host} is not in the English`);
        }
      }
    }
    expect(unknown).toEqual([]);
  });

  it('brand names are spelled as the operators spell them, in every language (not transliterated, not recased)', () => {
    const brands = ['Kcell', 'activ', 'Beeline', 'Tele2', 'ALTEL', 'IZI'];
    // «Кселл» is Kcell JSC's own Russian and Kazakh name (АО «Кселл», «Кселл» АҚ), always in quotes.
    const transliterated = /Билайн|Бийлайн|Теле ?2|Алтел|АЛТЕЛ|Актив\b|Изи\b|ИЗИ|(?<!«)Кселл/g;
    const wrong: string[] = [];
    for (const { where, text } of texts) {
      for (const lang of LANGS) {
        for (const brand of brands) {
          // A site's address ("kcell.kz", "my.beeline.kz") is lower case by nature.
          const pattern = new RegExp(`(?<![.\\w])${brand}(?!\\.[a-z])(?!\\w)`, 'gi');
          for (const spelled of text[lang].match(pattern) ?? []) if (spelled !== brand) wrong.push(`${where} (${lang}): ${spelled}`);
        }
        for (const spelled of text[lang].match(transliterated) ?? []) wrong.push(`${where} (${lang}): ${spelled}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('facts say no more than their sources', () => {
  const routeStep = (operator: 'kcell', id: string): Step => {
    const found = ROUTES.flatMap((route) => getOperator(operator).routes[route]).find((step) => step.id === id);
    if (!found) throw new Error(`${operator}: no step ${id}`);
    return found;
  };

  it('Kcell’s termination step gives the Kcell Center rule for leaving early as the router offer’s, not every contract’s, in every language', () => {
    // The router page: the promo "may be disabled … only upon the written request of a subscriber, filed with the Kcell Center".
    const submit = routeStep('kcell', 'kcell-submit');
    const router = { en: /router offer says leaving that contract early/, ru: /предложения Kcell с роутером .*этого контракта/, kk: /роутер ұсынысы бетінде сол келісімшарттан/, 'zh-CN': /路由器优惠页面说明：提前退出该合约/ } as const;
    for (const lang of LANGS) expect(submit.detail[lang], lang).toMatch(router[lang]);
    expect(submit.detail.en).not.toMatch(/leaving a contract early/);
  });

  it('what a personal account or app shows, where no source of the operator says so, is hedged in every language', () => {
    // Kcell's and activ's accounts are named only by unofficial sources; Tele2, ALTEL: none found at all.
    // Beeline's own offer says what its account does, and paying there is still "if it lets you".
    const hedge = { en: /\bmay\b|if it lets you/, ru: /возможно/, kk: /мүмкін/, 'zh-CN': /或许|能在那里缴清/ } as const;
    const debts = OPERATORS.flatMap((guide) => (guide.ownPrecautions ?? []).filter((step) => step.id === 'before-settle-debts').map((step) => ({ guide, step })));
    expect(debts.map(({ guide }) => guide.id)).toEqual(['kcell', 'activ', 'beeline', 'tele2', 'altel']);
    for (const { guide, step } of debts) {
      for (const lang of LANGS) expect(step.detail[lang], `${guide.id} (${lang})`).toMatch(hedge[lang]);
    }
  });
});

/** Every step the guide shows, once each, with where it is: shared ones, route steps, own precautions. */
function everyStep(): { where: string; step: Step }[] {
  const steps = [
    ...PRECAUTIONS.map((step) => ({ where: 'precautions', step })),
    ...AFTER_STEPS.map((step) => ({ where: 'after', step })),
    ...OPERATORS.flatMap((guide) => [
      ...ROUTES.flatMap((route) => guide.routes[route].map((step) => ({ where: `${guide.id}/${route}`, step }))),
      ...(guide.ownPrecautions ?? []).map((step) => ({ where: `${guide.id}/own`, step })),
    ]),
  ];
  return steps.filter((entry, index) => steps.findIndex((other) => other.step === entry.step) === index);
}

const BRANDS: Readonly<Record<string, OperatorId>> = { Kcell: 'kcell', activ: 'activ', Beeline: 'beeline', Tele2: 'tele2', ALTEL: 'altel', IZI: 'izi' };
/** What gives a brand's word after its name: "a 2016 Kcell notice", "activ’s porting page says", "Kcell states". */
const WORD = String.raw`(?:says?|said|states?|stated|notes|asks|advises|lists|writes|warns|publishes|notices?|pages?|offers?|FAQ)`;

/**
 * What a text gives as an operator's own word with no page of that operator among its sources: a reader
 * shown "General guidance" and no link could not check "the only refund rule found is in a 2016 Kcell
 * notice" (session 25, task 132). The brand must come first ("Kcell … says"): in "an unofficial guide says
 * a Beeline number…" the word is the guide's, cited as such; and what was not found is nobody's word.
 */
function uncitedSayings(step: Step): string[] {
  const missing: string[] = [];
  for (const clause of step.detail.en.split(/[.;](?:\s|$)/)) {
    if (/not found/.test(clause)) continue;
    for (const [brand, operator] of Object.entries(BRANDS)) {
      const saying = new RegExp(String.raw`(?<![\w.])${brand}(?:’s|,| JSC(?:’s)?)?(?:\s+[\w’()-]+,?){0,3}?\s+${WORD}\b`);
      if (!saying.test(clause)) continue;
      const cited = step.sources.some((source) => hostMatches(new URL(source).hostname, officialHostsFor(operator)));
      if (!cited) missing.push(`${step.id}: "${clause.trim()}" cites no ${brand} page`);
    }
  }
  return missing;
}

describe('what an operator says is linked to where it says it', () => {
  it('the rule catches an operator’s word given with no page of that operator, or with a news report alone', () => {
    const bill: Step = {
      id: 'after-check-final-bill',
      title: { en: 'Check the final bill', ru: '-', kk: '-', 'zh-CN': '-' },
      detail: { en: 'Check it: the only refund rule found is in a 2016 Kcell notice. If something is wrong, ask.', ru: '-', kk: '-', 'zh-CN': '-' },
      channel: 'self',
      sources: [],
      verified: '2026-11',
      confidence: 'general',
    };
    expect(uncitedSayings(bill)).toHaveLength(1);
    const says = { ...bill, detail: { ...bill.detail, en: 'Pay first. Kcell, for example, states that a debt blocks porting.' } };
    expect(uncitedSayings(says)).toHaveLength(1);
    expect(uncitedSayings({ ...says, sources: ['https://news.mail.ru/society/69233276/'] })).toHaveLength(1);
    expect(uncitedSayings({ ...says, sources: ['https://www.kcell.kz/en/news/show/2474?newsId=29&year=2016&key=news.list'] })).toEqual([]);
    // activ and Kcell are one company's brands: either's site is the company's word.
    expect(uncitedSayings({ ...says, sources: ['https://activ.kz/kk/service/mnp'] })).toEqual([]);
    // A third party's word about an operator is the third party's, and a search that found nothing is nobody's.
    const guide = { ...bill, detail: { ...bill.detail, en: 'An unofficial guide says a Beeline number can be blocked. What Beeline asks for was not found.' } };
    expect(uncitedSayings(guide)).toEqual([]);
  });

  it('every step that gives an operator’s word, general guidance included, cites a page on that operator’s site', () => {
    const steps = everyStep();
    expect(steps.length).toBeGreaterThan(30);
    expect(steps.flatMap(({ step }) => uncitedSayings(step))).toEqual([]);
  });

  it('a step that names where an operator’s refund rule is found (“found in a 2016 Kcell notice”) links that notice', () => {
    const naming = everyStep().filter(({ step }) => /\b2016 Kcell notice\b/.test(step.detail.en));
    expect(naming.length).toBeGreaterThan(1);
    for (const { where, step } of naming) expect(step.sources, `${where}: ${step.id}`).toContain('https://www.kcell.kz/en/news/show/2474?newsId=29&year=2016&key=news.list');
  });

  it('activ’s porting page is given as saying what it says: have no debt with the operator you leave, to avoid a refusal (not that a debt blocks porting), in every language', () => {
    // The stored page (activ.kz/kk/service/mnp): to avoid refusal of the porting service, have no debt for
    // communication services or obligations for buying subscriber devices at your previous operator.
    const avoid = { en: /to avoid a refusal/, ru: /избежать отказа/, kk: /бас тартуды болдырмау үшін/, 'zh-CN': /为避免被拒绝/ } as const;
    const stronger = { en: /blocks? porting/, ru: /перенести номер нельзя/, kk: /көшіру мүмкін емес/, 'zh-CN': /无法办理携号转网/ } as const;
    const citing = everyStep().filter(({ step }) => step.sources.includes(ACTIV_MNP) && /\bdebt\b|\bowe\b/.test(step.detail.en));
    expect(citing.map(({ where }) => where)).toEqual(['precautions', 'kcell/own', 'activ/own']);
    for (const { where, step } of citing) {
      for (const lang of LANGS) {
        expect(step.detail[lang], `${where} (${lang})`).toMatch(avoid[lang]);
        expect(step.detail[lang], `${where} (${lang})`).not.toMatch(stronger[lang]);
      }
    }
  });
});
