import type { Lang, NotFound } from '@/data/schema';
import { formatDate, pick, t } from '@/utils/i18n';

interface Props {
  items: readonly NotFound[];
  lang: Lang;
}

/** What the research looked for and did not find: said plainly rather than papered over. */
export function NotFoundList({ items, lang }: Props) {
  if (items.length === 0) return null;
  return (
    <section class="sx-notfound" aria-label={t(lang, 'notFound.title')}>
      <h3 class="sx-notfound__title">{t(lang, 'notFound.title')}</h3>
      <ul>
        {items.map((item, i) => (
          <li key={i}>
            {pick(item.what, lang)}{' '}
            <span class="sx-step__verified">{t(lang, 'step.verified', { date: formatDate(item.verified, lang) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
