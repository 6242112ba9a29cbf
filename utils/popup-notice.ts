// Notices name the storage item they concern ('progress:kcell', 'settings'); users get words instead.
import type { Lang, OperatorId } from '@/data/schema';
import { t } from '@/utils/i18n';
import { operatorName } from '@/utils/operator-names';
import { isOperatorId } from '@/utils/progress';
import type { Notice } from '@/utils/storage';

// Names from the picker's list, not data/: the popup does not bundle the guides.
const nameOf = (id: string) => operatorName(id) ?? id;

/** An item of one operator ('progress:kcell'): its kind and operator; null for any other item. */
function operatorItem(item: string): { kind: string; operator: OperatorId } | null {
  const [kind, operator, ...rest] = item.split(':');
  return kind && rest.length === 0 && isOperatorId(operator) ? { kind, operator } : null;
}

export function noticeItemLabel(item: string, lang: Lang): string {
  if (item === 'settings') return t(lang, 'popup.item.settings');
  if (item === 'notices') return t(lang, 'popup.item.notices');
  // The one-key format a migration could not read (utils/migrations.ts): not "other data", which says nothing.
  if (item === 'state') return t(lang, 'popup.item.state');
  const of = operatorItem(item);
  if (of?.kind === 'progress') return t(lang, 'popup.item.progress', { name: nameOf(of.operator) });
  if (of?.kind === 'evidence') return t(lang, 'popup.item.evidence', { name: nameOf(of.operator) });
  if (of?.kind === 'reminder') return t(lang, 'popup.item.reminder', { name: nameOf(of.operator) });
  return t(lang, 'popup.item.other');
}

/** What a notice tells the user. */
export function noticeText({ kind, item }: Pick<Notice, 'kind' | 'item'>, lang: Lang): string {
  // Each tick is stored on its own and only the unreadable ones are removed (utils/repair.ts), so
  // "ticks for Kcell … were reset" told a user whose other ticks were all still there that they had lost them.
  const of = operatorItem(item);
  if (kind === 'reset' && of?.kind === 'progress') return t(lang, 'popup.notice.resetTicks', { name: nameOf(of.operator) });
  // No tick of the operator left after the repair (utils/repair.ts): "the others are kept" would promise ticks that are gone.
  if (kind === 'reset' && of?.kind === 'ticks') return t(lang, 'popup.notice.resetAllTicks', { name: nameOf(of.operator) });
  // An operator's list from the one-key format with no tick readable (utils/migrations.ts): "the others
  // are kept" promised ticks that were not there.
  if (kind === 'reset' && of?.kind === 'state') return t(lang, 'popup.notice.resetOldTicks', { name: nameOf(of.operator) });
  // Settings or proof of which something is kept (utils/repair.ts partItem): "was reset" said it was all gone.
  // The whole store, as the worker found it on starting (utils/worker.ts): a newer version's data, or
  // a move to this version's format that storage had no room for. "Your data (other data)" named nothing.
  if (item === 'storage' && (kind === 'newer-version' || kind === 'quota')) return t(lang, `popup.notice.storage.${kind}`);
  if (kind === 'reset' && item.startsWith('part:')) return t(lang, 'popup.notice.resetPart', { item: noticeItemLabel(item.slice(5), lang) });
  return t(lang, `popup.notice.${kind}`, { item: noticeItemLabel(item, lang) });
}
