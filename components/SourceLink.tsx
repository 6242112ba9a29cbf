import type { Lang } from '@/data/schema';
import { t } from '@/utils/i18n';

interface Props {
  url: string;
  lang: Lang;
}

/** A cited source, named by its site so users can judge it before they click. */
export function SourceLink({ url, lang }: Props) {
  let host = url;
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    // Keep the raw text: the data validator rejects bad URLs, so this is only a last resort.
  }
  return (
    <a class="sx-source" href={url} target="_blank" rel="noopener noreferrer">
      {t(lang, 'step.source', { host })}
    </a>
  );
}
