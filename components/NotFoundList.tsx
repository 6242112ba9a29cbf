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
            {/* Its own line: run on after the text, the date read as part of the sentence. */}
            {pick(item.what, lang)}
            <br />
            <span class="sx-step__verified">{t(lang, 'step.verified', { date: formatDate(item.verified, lang) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
