// The shape of guide content. Every operator fact carries its sources, the date it was last
// verified and how strong the evidence is, so the UI can show users exactly how far to trust it.
// Ids are stable slugs: progress is stored under them, so renaming one loses users' ticks.

export const LANGS = ['en', 'ru', 'kk', 'zh-CN'] as const;
export type Lang = (typeof LANGS)[number];
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
/** Product text in every UI language. */
export type Localized = Readonly<Record<Lang, string>>;

export const OPERATOR_IDS = ['kcell', 'activ', 'izi', 'beeline', 'tele2', 'altel'] as const;
export type OperatorId = (typeof OPERATOR_IDS)[number];
export const SERVICE_IDS = ['egov', 'kaspi'] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];
/** Whose site a page is on. */
export type SiteId = OperatorId | ServiceId;

export const ROUTES = ['online', 'office'] as const;
export type Route = (typeof ROUTES)[number];

/** What a support page is about. */
export const TOPICS = [
  'termination',
  're-registration',
  'porting',
  'blocking',
  'refund',
  'documents',
  'faq',
  'personal-account',
] as const;
export type Topic = (typeof TOPICS)[number];

/** Where the user does the step. */
export const CHANNELS = ['office', 'website', 'app', 'phone', 'sms-ussd', 'self'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * official: the operator's (or service's) own page says it.
 * third-party: a news site, forum or aggregator says it; weaker evidence.
 * general: general guidance, not a documented procedure of this operator.
 */
export const CONFIDENCES = ['official', 'third-party', 'general'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** The page element a user should use for a step, found by its visible label (ru/kk/en) or a selector. */
export interface PageTarget {
  readonly labels: readonly string[];
  readonly selector?: string;
}

/** A step's "not found" sentence, and whether a card says it after the detail rather than before. */
export interface NotFoundSentence {
  readonly text: Localized;
  /** Said after the detail instead: where what to do reads best first, and the sentence qualifies it. */
  readonly after?: true;
}

export interface Step {
  readonly id: string;
  readonly title: Localized;
  /** What to do, as the full checklist reads it, in order (the popup, the printout, the Markdown file). */
  readonly detail: Localized;
  /**
   * What was searched for on this step's subject and not found. A card read on its own (the overlay, where
   * a page may show this step alone) says it with `detail`; read in order, the guide's summary and its
   * "Searched for, not found" list say it once, and `detail` leaves it out: Tele2's list said "not found"
   * in every step and then again in the list (helper-95). Joined to the detail where the card is drawn
   * (utils/overlay-steps.ts cardStep), so the two texts cannot part.
   */
  readonly notFoundSentence?: NotFoundSentence;
  readonly channel: Channel;
  /** https URLs that support the step; empty only when confidence is 'general'. */
  readonly sources: readonly string[];
  /** ISO date (YYYY-MM-DD) the sources were last read, or the month (YYYY-MM) where no day was recorded. */
  readonly verified: string;
  readonly confidence: Confidence;
  /** The step needs a visit to an office. */
  readonly inPerson?: boolean;
  /** The step needs an identity document (passport / ID card). */
  readonly needsId?: boolean;
  /** Support-page topics this step belongs to, so the overlay can show matching steps first. */
  readonly topics?: readonly Topic[];
  readonly targets?: readonly PageTarget[];
  /** The step is done with a related service (eGov, Kaspi): its site may be cited as official. */
  readonly service?: ServiceId;
  /**
   * The step the submission reminder asks about (one, data/after.ts). Ticked, the worker shows no
   * reminder (utils/worker-reminders.ts) and the popup says none will come: both find it by this.
   */
  readonly reminderAsks?: true;
}

/**
 * The step that files the termination request: one per route, its id ending in "-submit" (data/validate.ts
 * holds every route to that). The reminder and the overlay's note about its date follow it.
 */
export function isSubmitStep(step: Step): boolean {
  return step.id.endsWith('-submit');
}

export interface SupportLink {
  readonly url: string;
  readonly label: Localized;
  readonly topics: readonly Topic[];
  readonly verified: string;
}

/** A fact the research looked for and did not find; shown to users as "not found". */
export interface NotFound {
  readonly what: Localized;
  readonly verified: string;
}

/** Who runs a brand (legal entity, owner, sister brands), and where that is said: an operator fact like any other. */
export interface CompanyFact {
  readonly text: Localized;
  /** https URLs that say it; empty only when confidence is 'general'. */
  readonly sources: readonly string[];
  /** ISO date (YYYY-MM-DD) the sources were last read, or the month (YYYY-MM). */
  readonly verified: string;
  readonly confidence: Confidence;
}

export interface OperatorGuide {
  readonly kind: 'operator';
  readonly id: OperatorId;
  readonly name: string;
  readonly company: CompanyFact;
  readonly hosts: readonly string[];
  readonly support: readonly SupportLink[];
  readonly routes: Readonly<Record<Route, readonly Step[]>>;
  /**
   * The operator's own wording of shared precautions, each with the id of the one it stands in for, so a
   * tick carries over and one job is one step: what is owed, for instance, with where this operator says
   * to look, instead of a precaution and a route step that overlap.
   */
  readonly ownPrecautions?: readonly Step[];
  readonly notFound: readonly NotFound[];
  /** Short, honest summary of what can be done online and what needs a visit. */
  readonly summary: Localized;
}

/** A name users search for that is not a Kazakhstan operator (Astelit / "Taraztel"). */
export interface NoteEntry {
  readonly kind: 'note';
  readonly id: string;
  readonly names: readonly string[];
  readonly explanation: Localized;
  readonly sources: readonly string[];
  readonly verified: string;
}

export type GuideEntry = OperatorGuide | NoteEntry;
