import type { Lang, NotFound } from '@/data/schema';
import { formatDate, pick, t } from '@/utils/i18n';

interface Props {
  items: readonly NotFound[];
  lang: Lang;
  /** The popup's sections are h2; inside the overlay's panel (titled h2) it is a subsection. */
  level?: 2 | 3;
}

/** What the research looked for and did not find: said plainly rather than papered over. */
export function NotFoundList({ items, lang, level = 3 }: Props) {
  const Heading = level === 2 ? 'h2' : 'h3';
  if (items.length === 0) return null;
  return (
    <section class="sx-notfound" aria-label={t(lang, 'notFound.title')}>
      <Heading class="sx-notfound__title">{t(lang, 'notFound.title')}</Heading>
      <ul>
        {items.map((item, i) => (
          <li key={i}>
            {pick(item.what, lang)}
            {/* Its own line, small and grey like a step's: run on, it read as part of the sentence. "Verified"
                beside something not found read as "confirmed to exist". */}
            <span class="sx-step__verified sx-notfound__date">{t(lang, 'notFound.searched', { date: formatDate(item.verified, lang) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
