import type { Lang } from '@/data/schema';
import { t } from '@/utils/i18n';
import type { Notice } from '@/utils/storage';
import { noticeItemLabel } from '@/utils/popup-notice';
import { adoptStyle } from '@/utils/popup-style';
import css from './NoticeBanner.css?inline';

// Loaded only when there is a notice (entrypoints/popup/lazy-notices.ts): its rules come with it.
adoptStyle(css);

interface Props {
  notices: readonly Notice[];
  lang: Lang;
  onDismiss: (id: string) => void;
}

/** What happened to the user's data (reset, migrated, quota), in their language, until they dismiss it. */
export function NoticeBanner({ notices, lang, onDismiss }: Props) {
  if (notices.length === 0) return null;
  return (
    <ul class="sx-notices" aria-label={t(lang, 'popup.notice.label')}>
      {notices.map((notice) => (
        <li key={notice.id} class={`sx-notice sx-notice--${notice.kind}`} role="status">
          <p class="sx-notice__text">{t(lang, `popup.notice.${notice.kind}`, { item: noticeItemLabel(notice.item, lang) })}</p>
          <button type="button" class="sx-button sx-notice__dismiss" onClick={() => onDismiss(notice.id)}>
            {t(lang, 'popup.notice.dismiss')}
          </button>
        </li>
      ))}
    </ul>
  );
}
