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
        {note.names.join(' / ')}
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
