import type { Lang, NoteEntry } from '@/data/schema';
import { formatDate, pick, t } from '@/utils/i18n';
import { SourceLink } from '../SourceLink';
import { adoptStyle } from '@/utils/popup-style';
import css from './NoteView.css?inline';

// Loaded when the note is chosen (entrypoints/popup/note.ts): its rules come with it.
adoptStyle(css);

interface Props {
  note: NoteEntry;
  lang: Lang;
}

/** A name people search for that is not a Kazakhstan operator: the explanation instead of a checklist. */
export function NoteView({ note, lang }: Props) {
  return (
    <section class="sx-note" aria-labelledby="sx-note-title">
      <h2 id="sx-note-title" class="sx-h2">
        {/* The two names asked about, as the menu has them: the other spellings are for finding it. All six read
            as one company's names (helper-66), though one of them was never found. */}
        {note.names.slice(0, 2).join(' / ')}
      </h2>
      <p class="sx-note__text">{pick(note.explanation, lang)}</p>
      <p class="sx-step__meta">
        {note.sources.map((url) => (
          <SourceLink key={url} url={url} lang={lang} />
        ))}
        <span class="sx-step__verified">{t(lang, 'step.verified', { date: formatDate(note.verified, lang) })}</span>
      </p>
    </section>
  );
}
