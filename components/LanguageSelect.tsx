import { LANGS, type Lang } from '@/data/schema';
import { isLang } from '@/data/schema';
import { LANG_NAMES, t } from '@/utils/i18n';
import { choiceHandlers } from '@/utils/select-choice';

interface Props {
  lang: Lang;
  onChange: (lang: Lang) => void;
  id?: string;
  /** What the choice is for, where it is not the interface's language (the printable copy's). */
  label?: string;
}

/** Language names are written in their own language, so anyone can find theirs. */
export function LanguageSelect({ lang, onChange, id = 'sx-lang', label }: Props) {
  return (
    <span class="sx-lang">
      <label for={id} class="sx-lang__label">
        {label ?? t(lang, 'lang.label')}
      </label>
      <select
        id={id}
        class="sx-select"
        value={lang}
        {...choiceHandlers(lang, (value) => isLang(value) && onChange(value))}
      >
        {LANGS.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANG_NAMES[code]}
          </option>
        ))}
      </select>
    </span>
  );
}
