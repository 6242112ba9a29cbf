// Notices name the storage item they concern ('progress:kcell', 'settings'); users get words instead.
import type { Lang } from '@/data/schema';
import { t } from '@/utils/i18n';
import { operatorName } from '@/utils/operator-names';
import { isOperatorId } from '@/utils/progress';
import type { Notice } from '@/utils/storage';

// Names from the picker's list, not data/: the popup does not bundle the guides.
const nameOf = (id: string) => operatorName(id) ?? id;

export function noticeItemLabel(item: string, lang: Lang): string {
  if (item === 'settings') return t(lang, 'popup.item.settings');
  if (item === 'notices') return t(lang, 'popup.item.notices');
  // The one-key format a migration could not read (utils/migrations.ts): not "other data", which says nothing.
  if (item === 'state') return t(lang, 'popup.item.state');
  const [kind, operator, ...rest] = item.split(':');
  if (rest.length === 0 && isOperatorId(operator)) {
    if (kind === 'progress') return t(lang, 'popup.item.progress', { name: nameOf(operator) });
    if (kind === 'evidence') return t(lang, 'popup.item.evidence', { name: nameOf(operator) });
    if (kind === 'reminder') return t(lang, 'popup.item.reminder', { name: nameOf(operator) });
  }
  return t(lang, 'popup.item.other');
}

/** What a notice tells the user. */
export function noticeText({ kind, item }: Pick<Notice, 'kind' | 'item'>, lang: Lang): string {
  // Each tick is stored on its own and only the unreadable ones are removed (utils/repair.ts), so
  // "ticks for Kcell … were reset" told a user whose other ticks were all still there that they had lost them.
  const [prefix, operator, ...rest] = item.split(':');
  if (kind === 'reset' && prefix === 'progress' && rest.length === 0 && isOperatorId(operator)) {
    return t(lang, 'popup.notice.resetTicks', { name: nameOf(operator) });
  }
  return t(lang, `popup.notice.${kind}`, { item: noticeItemLabel(item, lang) });
}
