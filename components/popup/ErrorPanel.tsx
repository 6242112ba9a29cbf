import type { Lang } from '@/data/schema';
import { t } from '@/utils/i18n';

interface Props {
  lang: Lang;
  error: string;
}

/** Said instead of a blank window: what failed, and that the user's data is safe. */
export function ErrorPanel({ lang, error }: Props) {
  return (
    <section class="sx-fatal" role="alert" aria-labelledby="sx-fatal-title">
      <h2 id="sx-fatal-title" class="sx-h2">
        {t(lang, 'popup.crash.title')}
      </h2>
      <p>{t(lang, 'popup.crash.body', { error })}</p>
    </section>
  );
}
