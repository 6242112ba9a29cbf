// Checks guide content before it reaches users: every text in four languages, every source an https page
// on an operator's site or a cited source's site, evidence strength matching where the source lives, and
// stable, unique step ids (progress is stored under them). Errors name the file, the entry and the field.
import {
  CHANNELS,
  CONFIDENCES,
  LANGS,
  OPERATOR_IDS,
  SERVICE_IDS,
  TOPICS,
  type CompanyFact,
  type Confidence,
  type GuideEntry,
  type Localized,
  type NoteEntry,
  type NotFound,
  type OperatorGuide,
  type OperatorId,
  type Step,
  type SupportLink,
  isSubmitStep,
} from './schema';
import { OPERATOR_HOSTS, SERVICE_HOSTS } from './hosts';
import { PRECAUTIONS } from './precautions';
import { AFTER_STEPS } from './after';

/**
 * Sites other than operators and services that the research cites (shared/research/operators.md).
 * A source on any other domain is an error: adding one here is a deliberate, reviewed act.
 */
export const CITED_SOURCE_DOMAINS: readonly string[] = [
  // Who runs a brand (data/operators/*.ts company), read 2026-11-27: not in the research file.
  'kursiv.media',
  'astanatimes.com',
  'thebulletin.news',
  'sputnik.kz',
  'zakon.kz',
  'tarifykz.com',
  'news.mail.ru',
  'mgorod.kz',
  'lada.kz',
  'inform.kz',
  'ktk.kz',
  'alau.kz',
  'obozrenie.kz',
  'ortcom.kz',
  'kz-imei.kz',
  'sec.gov',
  'developingtelecoms.com',
  'interfax.com.ua',
  'ust-kamenogorsk.city',
  // Read in stored copies on 2026-11-27 for the Astelit note: lifecell is Turkcell's; a report naming the three operators.
  'hurriyetdailynews.com',
  'inbusinesskz.com',
  // Read in a stored copy on 2026-11-27: KaR-Tel, which runs Beeline in Kazakhstan, is VEON's.
  'mobileworldlive.com',
];

/** Brands of one company: each may cite the other's pages as official (Kcell JSC; Mobile Telecom-Service). */
const SAME_COMPANY: readonly (readonly OperatorId[])[] = [
  ['kcell', 'activ'],
  ['tele2', 'altel'],
];

const ALL_SITE_HOSTS: readonly string[] = [
  ...Object.values(OPERATOR_HOSTS).flat(),
  ...Object.values(SERVICE_HOSTS).flat(),
];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** YYYY-MM-DD, or YYYY-MM where a source was read in a known month but on no known day. */
const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const CYRILLIC = /[\u0400-\u04FF]/;
const CJK = /[\u4E00-\u9FFF]/;

/** Hosts whose pages count as the operator's own word. */
export function officialHostsFor(operator: OperatorId): readonly string[] {
  const family = SAME_COMPANY.find((group) => group.includes(operator)) ?? [operator];
  return family.flatMap((id) => OPERATOR_HOSTS[id]);
}

export function hostMatches(hostname: string, domains: readonly string[]): boolean {
  const host = hostname.toLowerCase();
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

function checkDate(value: unknown, field: string, today: string): string[] {
  if (typeof value !== 'string') return [`${field}: missing`];
  const match = ISO_DATE.exec(value);
  if (!match) return [`${field}: "${value}" is not an ISO date (YYYY-MM-DD, or YYYY-MM)`];
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = match[3] === undefined ? 1 : Number(match[3]);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return [`${field}: "${value}" is not a real date`];
  }
  // A month is in the future only once all of it is: "2026-11" is fine on 2026-11-01.
  if (value > today.slice(0, value.length)) return [`${field}: "${value}" is in the future`];
  return [];
}

/** A constant's name such as ACTIV_MNP: code that leaked into what the user reads (a rename once did). */
const CODE_NAME = /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/;

function checkLocalized(value: Localized | undefined, field: string): string[] {
  if (!value || typeof value !== 'object') return [`${field}: missing`];
  const errors: string[] = [];
  for (const lang of LANGS) {
    const text = (value as Partial<Record<string, unknown>>)[lang];
    if (typeof text !== 'string') errors.push(`${field}.${lang}: missing`);
    else if (!text.trim()) errors.push(`${field}.${lang}: empty`);
    else if (CODE_NAME.test(text)) errors.push(`${field}.${lang}: contains the code name ${CODE_NAME.exec(text)![0]}`);
    else if (lang !== 'en' && text === value.en) errors.push(`${field}.${lang}: same as the English text`);
    else if ((lang === 'ru' || lang === 'kk') && !CYRILLIC.test(text)) errors.push(`${field}.${lang}: not written in Cyrillic`);
    else if (lang === 'zh-CN' && !CJK.test(text)) errors.push(`${field}.${lang}: has no Chinese text`);
  }
  return errors;
}

/**
 * A third-party site's home page is no source a reader can check: the claim is on some page of it. (The
 * operators' own home pages are fine as links, e.g. "the personal account".)
 */
function homePageOnly(url: URL, field: string): string[] {
  const home = url.pathname.replace(/\/+$/, '') === '' && url.search === '';
  return home && hostMatches(url.hostname, CITED_SOURCE_DOMAINS)
    ? [`${field}: ${url.hostname}'s home page is no source a reader can check: cite the page that says it`]
    : [];
}

function parseHttps(value: unknown, field: string): { url?: URL; errors: string[] } {
  if (typeof value !== 'string') return { errors: [`${field}: not a string`] };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { errors: [`${field}: "${value}" is not a URL`] };
  }
  if (url.protocol !== 'https:') return { errors: [`${field}: not https ("${value}")`] };
  if (url.username || url.password) return { errors: [`${field}: has credentials`] };
  return { url, errors: [] };
}

/**
 * The sources of a fact with a confidence (a step, who runs a brand): at least one unless it is general
 * guidance, each an https page a reader can check, on an operator's or service's site or a cited source
 * domain, and, for an official fact, on the operator's (or service's) own site.
 */
function checkSources(value: readonly string[] | undefined, confidence: Confidence, officialHosts: readonly string[], what: string): string[] {
  const errors: string[] = [];
  const sources = Array.isArray(value) ? value : [];
  if (!Array.isArray(value)) errors.push('sources: missing');
  if (confidence !== 'general' && sources.length === 0) {
    errors.push(`sources: ${confidence === 'official' ? 'an' : 'a'} ${confidence} ${what} needs at least one source`);
  }
  if (new Set(sources).size !== sources.length) errors.push('sources: listed twice');
  sources.forEach((source, index) => {
    const field = `sources[${index}]`;
    const { url, errors: urlErrors } = parseHttps(source, field);
    errors.push(...urlErrors);
    if (!url) return;
    errors.push(...homePageOnly(url, field));
    if (!hostMatches(url.hostname, [...ALL_SITE_HOSTS, ...CITED_SOURCE_DOMAINS])) {
      errors.push(`${field}: ${url.hostname} is neither an operator/service host nor a cited source domain`);
    } else if (confidence === 'official' && !hostMatches(url.hostname, officialHosts)) {
      errors.push(`${field}: an official ${what} must cite the operator's or service's own site, not ${url.hostname}`);
    }
  });
  return errors;
}

function checkConfidence(value: unknown): string[] {
  return (CONFIDENCES as readonly string[]).includes(value as string) ? [] : [`confidence: "${String(value)}" is not official, third-party or general`];
}

interface StepContext {
  /** Hosts whose pages may back an 'official' step. */
  readonly officialHosts: readonly string[];
  readonly today: string;
}

/** The errors of one step, each prefixed with `step "<id>": `. */
export function validateStep(step: Step, context: StepContext): string[] {
  const where = `step "${String(step.id)}"`;
  const errors: string[] = [];
  if (typeof step.id !== 'string' || !SLUG.test(step.id)) errors.push(`id: "${String(step.id)}" is not a kebab-case slug`);
  errors.push(...checkLocalized(step.title, 'title'), ...checkLocalized(step.detail, 'detail'));
  // Checked as data from a contributor's hand, not as the type says: null or a bare string here threw,
  // and one thrown error hid every other finding of the run.
  const sentence: unknown = step.notFoundSentence;
  if (sentence !== undefined) {
    if (sentence === null || typeof sentence !== 'object' || Array.isArray(sentence)) {
      errors.push('notFoundSentence: not an object with a text (and an optional after)');
    } else {
      const { text, after } = sentence as { text?: Localized; after?: unknown };
      errors.push(...checkLocalized(text, 'notFoundSentence.text'));
      if (after !== undefined && after !== true) errors.push('notFoundSentence.after: true or left out');
    }
  }
  if (!(CHANNELS as readonly string[]).includes(step.channel)) errors.push(`channel: "${String(step.channel)}" is not a channel`);
  errors.push(...checkConfidence(step.confidence), ...checkDate(step.verified, 'verified', context.today));

  errors.push(...checkSources(step.sources, step.confidence, context.officialHosts, 'step'));

  if (step.channel === 'office' && step.inPerson !== true) errors.push('inPerson: an office step must be marked inPerson');
  if (step.inPerson === true && step.channel !== 'office') errors.push('channel: an inPerson step must use the office channel');
  for (const flag of ['inPerson', 'needsId'] as const) {
    if (step[flag] !== undefined && typeof step[flag] !== 'boolean') errors.push(`${flag}: not a boolean`);
  }
  (step.topics ?? []).forEach((topic, index) => {
    if (!(TOPICS as readonly string[]).includes(topic)) errors.push(`topics[${index}]: "${String(topic)}" is not a topic`);
  });
  if (step.topics && new Set(step.topics).size !== step.topics.length) errors.push('topics: listed twice');
  (step.targets ?? []).forEach((target, index) => {
    const labels = Array.isArray(target.labels) ? target.labels : [];
    if (labels.length === 0) errors.push(`targets[${index}].labels: empty`);
    labels.forEach((label, labelIndex) => {
      if (typeof label !== 'string' || !label.trim()) errors.push(`targets[${index}].labels[${labelIndex}]: empty`);
    });
    if (target.selector !== undefined && !target.selector.trim()) errors.push(`targets[${index}].selector: empty`);
  });
  if (step.service !== undefined && !(SERVICE_IDS as readonly string[]).includes(step.service)) {
    errors.push(`service: "${String(step.service)}" is not a service`);
  }
  return errors.map((error) => `${where}: ${error}`);
}

function validateCompany(company: CompanyFact | undefined, official: readonly string[], today: string): string[] {
  if (!company || typeof company !== 'object') return ['company: missing'];
  return [
    ...checkLocalized(company.text, 'text'),
    ...checkConfidence(company.confidence),
    ...checkDate(company.verified, 'verified', today),
    ...checkSources(company.sources, company.confidence, official, 'company fact'),
  ].map((error) => `company: ${error}`);
}

function validateNotFound(items: readonly NotFound[], today: string): string[] {
  return items.flatMap((item, index) => [
    ...checkLocalized(item.what, `notFound[${index}].what`),
    ...checkDate(item.verified, `notFound[${index}].verified`, today),
  ]);
}

function validateSupport(links: readonly SupportLink[], hosts: readonly string[], today: string): string[] {
  return links.flatMap((link, index) => {
    const field = `support[${index}]`;
    const { url, errors } = parseHttps(link.url, `${field}.url`);
    if (url && !hostMatches(url.hostname, hosts)) errors.push(`${field}.url: ${url.hostname} is not the operator's own site`);
    errors.push(...checkLocalized(link.label, `${field}.label`), ...checkDate(link.verified, `${field}.verified`, today));
    (link.topics ?? []).forEach((topic, topicIndex) => {
      if (!(TOPICS as readonly string[]).includes(topic)) errors.push(`${field}.topics[${topicIndex}]: "${String(topic)}" is not a topic`);
    });
    return errors;
  });
}

function sameHosts(actual: readonly string[], expected: readonly string[]): boolean {
  return actual.length === expected.length && [...actual].sort().join(' ') === [...expected].sort().join(' ');
}

/** Ids must be unique within each checklist; the same id in both routes must be the very same step. */
function checkIds(guide: OperatorGuide): string[] {
  const errors: string[] = [];
  for (const [route, steps] of Object.entries(guide.routes)) {
    const seen = new Map<string, string>();
    for (const [origin, list] of [
      ['data/precautions.ts', PRECAUTIONS],
      [`the ${route} route`, steps],
      ['data/after.ts', AFTER_STEPS],
    ] as const) {
      for (const step of list) {
        const earlier = seen.get(step.id);
        if (earlier) errors.push(`step "${step.id}": id: duplicate in the ${route} checklist (also in ${earlier})`);
        else seen.set(step.id, origin);
      }
    }
  }
  const online = new Map(guide.routes.online.map((step) => [step.id, JSON.stringify(step)]));
  for (const step of guide.routes.office) {
    const other = online.get(step.id);
    if (other !== undefined && other !== JSON.stringify(step)) {
      errors.push(`step "${step.id}": id: used in both routes for different steps`);
    }
  }
  return errors;
}

function validateOperator(guide: OperatorGuide, today: string): string[] {
  const errors: string[] = [];
  if (!(OPERATOR_IDS as readonly string[]).includes(guide.id)) return [`id: "${String(guide.id)}" is not an operator`];
  if (!guide.name?.trim()) errors.push('name: empty');
  errors.push(...checkLocalized(guide.summary, 'summary'));
  if (!sameHosts(guide.hosts, OPERATOR_HOSTS[guide.id])) {
    errors.push(`hosts: [${guide.hosts.join(', ')}] differ from data/hosts.ts [${OPERATOR_HOSTS[guide.id].join(', ')}]`);
  }
  const official = officialHostsFor(guide.id);
  errors.push(...validateCompany(guide.company, official, today));
  errors.push(...validateSupport(guide.support, official, today), ...validateNotFound(guide.notFound, today));
  for (const route of ['online', 'office'] as const) {
    const steps = guide.routes?.[route];
    if (!steps?.length) {
      errors.push(`routes.${route}: no steps`);
      continue;
    }
    errors.push(...steps.flatMap((step) => validateStep(step, { officialHosts: official, today })));
    for (const step of steps) {
      if (!step.id.startsWith(`${guide.id}-`)) errors.push(`step "${step.id}": id: must start with "${guide.id}-"`);
    }
    const submits = steps.filter(isSubmitStep);
    if (submits.length !== 1) errors.push(`routes.${route}: needs exactly one "-submit" step, found ${submits.length}`);
    for (const step of submits) {
      if (!step.topics?.includes('termination')) errors.push(`step "${step.id}": topics: a -submit step needs "termination"`);
    }
  }
  if (guide.routes?.online && guide.routes.office) errors.push(...checkIds(guide));
  errors.push(...validateOwnPrecautions(guide, official, today));
  return errors;
}

/** Each stands in for one shared precaution (its id), once, and is checked like the operator's own steps. */
function validateOwnPrecautions(guide: OperatorGuide, official: readonly string[], today: string): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const step of guide.ownPrecautions ?? []) {
    if (!PRECAUTIONS.some((shared) => shared.id === step.id)) {
      errors.push(`step "${step.id}": id: an own precaution must have the id of a shared one (data/precautions.ts)`);
    }
    if (seen.has(step.id)) errors.push(`step "${step.id}": id: duplicate in ownPrecautions`);
    seen.add(step.id);
    errors.push(...validateStep(step, { officialHosts: official, today }));
  }
  return errors;
}

function validateNote(note: NoteEntry, today: string): string[] {
  const errors: string[] = [];
  if (!SLUG.test(note.id)) errors.push(`id: "${note.id}" is not a kebab-case slug`);
  if (!note.names.length || note.names.some((name) => !name.trim())) errors.push('names: empty');
  errors.push(...checkLocalized(note.explanation, 'explanation'), ...checkDate(note.verified, 'verified', today));
  if (!note.sources.length) errors.push('sources: a note needs at least one source');
  note.sources.forEach((source, index) => {
    const { url, errors: urlErrors } = parseHttps(source, `sources[${index}]`);
    errors.push(...urlErrors);
    if (url) errors.push(...homePageOnly(url, `sources[${index}]`));
    if (url && !hostMatches(url.hostname, [...ALL_SITE_HOSTS, ...CITED_SOURCE_DOMAINS])) {
      errors.push(`sources[${index}]: ${url.hostname} is neither an operator/service host nor a cited source domain`);
    }
  });
  return errors;
}

/**
 * Errors of one guide entry, each as `<file>: <kind> "<id>": <field>: <problem>` or, for a step,
 * `<file>: step "<step id>": <field>: <problem>`. `today` (YYYY-MM-DD) bounds `verified` dates.
 */
export function validateEntry(entry: GuideEntry, file: string, today: string = todayIso()): string[] {
  const errors =
    entry.kind === 'operator'
      ? validateOperator(entry, today)
      : entry.kind === 'note'
        ? validateNote(entry, today)
        : [`kind: "${String((entry as { kind?: unknown }).kind)}" is not operator or note`];
  return errors.map((error) =>
    error.startsWith('step "') ? `${file}: ${error}` : `${file}: ${entry.kind} "${String(entry.id)}": ${error}`,
  );
}

/** Shared precautions and after-steps: ids start with their section and are unique across both. */
export function validateSharedSteps(
  steps: readonly Step[],
  file: string,
  prefix: 'before-' | 'after-',
  today: string = todayIso(),
): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const step of steps) {
    if (seen.has(step.id)) errors.push(`step "${step.id}": id: duplicate`);
    seen.add(step.id);
    if (!step.id.startsWith(prefix)) errors.push(`step "${step.id}": id: must start with "${prefix}"`);
    // Shared steps serve every operator, so only eGov/Kaspi or an operator's own page can make them official.
    errors.push(...validateStep(step, { officialHosts: ALL_SITE_HOSTS, today }));
  }
  return errors.map((error) => `${file}: ${error}`);
}

export function fileOf(entry: GuideEntry): string {
  if (entry.kind === 'operator') return `data/operators/${entry.id}.ts`;
  return `data/notes/${entry.id.split('-')[0]}.ts`;
}

export interface Registry {
  readonly operators: readonly OperatorGuide[];
  readonly notes: readonly NoteEntry[];
}

/** Every entry valid, every operator exactly once, note ids unique. */
export function validateRegistry(registry: Registry, today: string = todayIso()): string[] {
  const errors: string[] = [];
  for (const id of OPERATOR_IDS) {
    const count = registry.operators.filter((guide) => guide.id === id).length;
    if (count !== 1) errors.push(`data/index.ts: OPERATORS: operator "${id}" has ${count} guides, expected 1`);
  }
  const noteIds = registry.notes.map((note) => note.id);
  if (new Set(noteIds).size !== noteIds.length) errors.push('data/index.ts: NOTES: note ids listed twice');
  for (const entry of [...registry.operators, ...registry.notes]) {
    errors.push(...validateEntry(entry, fileOf(entry), today));
  }
  errors.push(
    ...validateSharedSteps(PRECAUTIONS, 'data/precautions.ts', 'before-', today),
    ...validateSharedSteps(AFTER_STEPS, 'data/after.ts', 'after-', today),
  );
  return errors;
}
