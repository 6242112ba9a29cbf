import type { Lang, Step } from '@/data/schema';
import { pick, t } from '@/utils/i18n';

interface Props {
  step: Step;
  lang: Lang;
  found: boolean;
  onShow: (step: Step) => void;
}

/** "Show me" for a step whose page element is here; a plain note when it is not, so the card still helps. */
export function ShowMe({ step, lang, found, onShow }: Props) {
  if (!step.targets || step.targets.length === 0) return null;
  if (!found) {
    return <span class="sx-step__missing">{t(lang, 'overlay.notOnPage')}</span>;
  }
  const label = t(lang, 'overlay.showMe');
  // The step in the name, joined by the language's colon: a visually hidden part after the label was
  // read with a space before the colon ("Показать : …", helper-64).
  return (
    <button
      type="button"
      class="sx-button sx-button--primary sx-showme"
      data-step={step.id}
      aria-label={`${label}${t(lang, 'punct.colon')}${pick(step.title, lang)}`}
      onClick={() => onShow(step)}
    >
      {label}
    </button>
  );
}
