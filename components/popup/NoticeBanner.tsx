import type { Lang } from '@/data/schema';
import { t } from '@/utils/i18n';
import type { Notice } from '@/utils/storage';
import { noticeText } from '@/utils/popup-notice';
import { adoptStyle } from '@/utils/popup-style';
import css from './NoticeBanner.css?inline';

// Loaded only when there is a notice (entrypoints/popup/lazy-notices.ts): its rules come with it.
adoptStyle(css);

interface Props {
  notices: readonly Notice[];
  lang: Lang;
  onDismiss: (id: string) => void;
}

/**
 * Where focus goes when a notice's button is gone with it: the next notice's button, else the one
 * before, else the operator menu (the first control after the banners), never <body>.
 */
function focusAfterDismiss(button: HTMLElement): void {
  const item = button.closest('li');
  const next = (item?.nextElementSibling ?? item?.previousElementSibling)?.querySelector('button');
  (next ?? document.getElementById('sx-operator'))?.focus();
}

/** What happened to the user's data (reset, migrated, quota), in their language, until they dismiss it. */
export function NoticeBanner({ notices, lang, onDismiss }: Props) {
  if (notices.length === 0) return null;
  return (
    <ul class="sx-notices" aria-label={t(lang, 'popup.notice.label')}>
      {notices.map((notice) => (
        // Keyed by language too: see ProgressMeter.
        // The live region is the text, not the item: a list item with a role is no longer a list item
        // (axe: aria-allowed-role, list), and the list then held no items for a screen reader.
        <li key={`${notice.id}:${lang}`} class={`sx-notice sx-notice--${notice.kind}`}>
          <p class="sx-notice__text" id={`sx-notice-${notice.id}`} role="status">
            {noticeText(notice, lang)}
          </p>
          {/* Described by its notice: with two, a screen reader's list of buttons is not "Dismiss, Dismiss". */}
          <button
            type="button"
            class="sx-button sx-notice__dismiss"
            aria-describedby={`sx-notice-${notice.id}`}
            onClick={(event) => {
              focusAfterDismiss(event.currentTarget);
              onDismiss(notice.id);
            }}
          >
            {t(lang, 'popup.notice.dismiss')}
          </button>
        </li>
      ))}
    </ul>
  );
}
