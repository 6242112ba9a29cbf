import type { Lang } from '@/data/schema';
import { t } from '@/utils/i18n';
import { sourceLabel } from '@/utils/source-label';

interface Props {
  url: string;
  lang: Lang;
}

/**
 * A cited source, named by its site and page (utils/source-label.ts) so users can judge it before they click.
 * Keyed by its address on its own element: StepItem calls it as a plain function for a list of them.
 */
export function SourceLink({ url, lang }: Props) {
  return (
    <a key={url} class="sx-source" href={url} target="_blank" rel="noopener noreferrer">
      {t(lang, 'step.source', { host: sourceLabel(url) })}
    </a>
  );
}
