import type { Lang, Step } from '@/data/schema';
import { pick, t } from '@/utils/i18n';
import type { PrecautionsLeft } from '@/utils/overlay-steps';

interface Props {
  before: PrecautionsLeft;
  lang: Lang;
  onGo: (step: Step) => void;
}

/** On the card where the cancellation is done: how many precautions are not ticked yet, and a way to the first. */
export function BeforeLeft({ before, lang, onGo }: Props) {
  const first = before.left[0]!;
  return (
    <div class="sx-panel__note" data-testid="sx-before-left">
      <p id="sx-before-left">{t(lang, 'overlay.beforeLeft', { left: before.left.length, total: before.total, first: pick(first.title, lang) })}</p>
      <button type="button" class="sx-button" aria-describedby="sx-before-left" onClick={() => onGo(first)}>
        {t(lang, 'overlay.beforeLeftGo')}
      </button>
    </div>
  );
}
