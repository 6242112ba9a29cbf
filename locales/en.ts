// UI strings (not guide content, which lives in data/). Keys are grouped by the part of the UI
// that owns them; every language file must have exactly these keys (checked by the type below
// and by tests/unit/locales.test.ts).
export const en = {
  'app.name': 'SimExit KZ',
  'lang.label': 'Language',
  'route.online': 'Online',
  'route.office': 'In an office',
  'progress.count': '{done} of {total} done',
  'confidence.official': 'Official source',
  'confidence.third-party': 'Third-party source — check it',
  'confidence.general': 'General guidance',
  'step.verified': 'Verified {date}',
  'step.source': 'Source',
  'step.inPerson': 'Needs an office visit',
  'step.needsId': 'Bring your ID',
  'notFound.title': 'Not found',
  // overlay
  // popup
} as const;

export type UiKey = keyof typeof en;
export type UiStrings = Readonly<Record<UiKey, string>>;
