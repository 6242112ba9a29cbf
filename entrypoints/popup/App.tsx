// The popup: which operator, then that operator's whole checklist (or the truth about Astelit).
import { signal } from '@preact/signals';
import { Component } from 'preact';
// Guides come from the worker (live-state's guide/get); the Astelit note is loaded when it is chosen.
import type { NoteEntry, OperatorId } from '@/data/schema';
import { LanguageSelect } from '@/components/LanguageSelect';
import { ErrorBoundary } from '@/components/popup/ErrorBoundary';
import { LazyErrorPanel } from '@/components/popup/LazyErrorPanel';
import type { NoteView } from '@/components/popup/NoteView';
import { OperatorPicker, type PickerValue } from '@/components/popup/OperatorPicker';
import { t } from '@/utils/i18n';
import { saveFailure } from '@/utils/popup-failure';
import { createLiveState, type LiveState } from '@/utils/live-state';
import { OPERATOR_CHOICES, operatorName } from '@/utils/operator-names';
import type { OperatorPick } from '@/utils/operator-pick';
import { guideMemory } from '@/utils/popup-guide-cache';
import { noticeBanner } from './lazy-notices';
import { OperatorPanel } from './OperatorPanel';
import type { Shell } from './shell';
import { errorText } from '@/utils/error-text';

interface Props {
  shell: Shell;
  initialPick: OperatorPick;
  /** Live state of the picked operator, already read from storage, so the first frame is complete. */
  initialLive: LiveState | null;
}

// Signals, not component state: main.tsx renders the whole popup again whenever a signal read while
// rendering changes (see there). A class, not hooks: the popup's build leaves preact/hooks out.
export class App extends Component<Props> {
  private readonly selected = signal<PickerValue>(this.props.initialPick.operator ?? '');
  private readonly live = signal<LiveState | null>(this.props.initialLive);
  /** The Astelit note and its view, loaded when it is chosen (./note.ts). */
  private readonly note = signal<{ entry: NoteEntry; View: typeof NoteView } | null>(null);
  private readonly noteError = signal<string | null>(null);

  // At 200% zoom and more the popup scrolls as one page, under its sticky header, which grows with the
  // title's lines (four for "Beeline — SimExit KZ" at 320 px with the user's text spacing): what Tab or
  // Shift+Tab brings into view stops 8 px below it, however tall it is now, or 8 px below the window's top once
  // it is too tall to stay (measured again when the window's height changes). The style sheet's 60 px, made
  // for its 52 px, holds until the first measure; at 100% <main> scrolls and the page's padding acts nowhere.
  // In a window opened at a place in the list (its address names it), each measure also brings what has
  // focus back into view below the header (nothing when it is in view). Not in the toolbar popup: there, a
  // call at load let Firefox keep the keyboard from the page after it closed in 2 runs of 6
  // (tests/firefox/shortcut-keys.spec.ts), as a style write did. Why it is needed:
  // - a step the address names is focused before the first measure (utils/step-link.ts), and the browser
  //   centres it between the 60 px and the lower 80: a 145 px header (Beeline at 200% zoom, 300 px high, with
  //   the largest minimum font size and the user's text spacing) covered it;
  // - a window opened at a step or the date for a user at 200% is widened once loaded (utils/popup-window.ts
  //   fitToZoom), often after that focus: the page kept its scroll share, not the control, left 200 px above
  //   the window. The header's width changes with the window's there, so this measure follows the widening.
  // (tests/e2e/visual-a11y.spec.ts.)
  override componentDidMount() {
    const header = document.querySelector<HTMLElement>('.sx-popup__header')!;
    const page = document.documentElement;
    const measure = () => {
      const height = header.offsetHeight;
      // Stuck only while it takes at most a third of the window: at 300 px high (200% zoom) that leaves what
      // Tab brings into view 112 px between its 108 and the lower scroll padding's 80, room for a step's row
      // and ring, and keeps the name on top for a title of two 24 px lines (97 px, a 24 px minimum font size).
      // Taller (145 px, 48 %, with the user's text spacing too) it scrolls away with the list. Its height is the
      // same stuck or not, so the two never take turns.
      const away = height * 3 > innerHeight;
      header.classList.toggle('sx-popup__header--away', away);
      // Written only when it changes: Firefox's toolbar popup, sizing itself as it loads, kept the
      // keyboard from the page it was opened over after a write of the same 60 px (tests/firefox/shortcut-keys.spec.ts).
      // Compared with what was written (the style sheet's 60 px before), not the computed value: in a
      // window under 300 px high that is the style sheet's 8 px, whatever is written (style.css).
      const top = `${away ? 8 : height + 8}px`;
      if ((page.style.scrollPaddingTop || '60px') !== top) page.style.scrollPaddingTop = top;
      if (location.hash) document.querySelector(':focus')?.scrollIntoView({ block: 'nearest' });
    };
    new ResizeObserver(measure).observe(header);
    // The window made taller or shorter leaves the header's size as it was.
    addEventListener('resize', measure);
  }

  override render({ shell, initialPick }: Props) {
    const { selected, live, note, noteError } = this;
    const lang = shell.lang.value;
    const Note = note.value;
    const Banner = noticeBanner.value;
    const value = selected.value;
    const app = t(lang, 'app.name');
    const name = operatorName(value);
    // The window's title names the operator: opened from the on-page guide, the popup is a window among
    // others. Set here, from what this render shows, rather than after it: one function fewer. The
    // heading too, which stays in view while the checklist scrolls: a user with two operators' exits
    // under way could not tell once scrolled whose steps these were, seen or heard.
    const title = (document.title = name ? `${name} — ${app}` : app);

    const choose = async (value: PickerValue) => {
      selected.value = value;
      if (value === 'note' && !note.peek()) {
        try {
          // Not destructured: Vite would wrap a destructured import() in a function of its own.
          const module = await import('./note');
          note.value = { entry: module.astelit, View: module.NoteView };
          noteError.value = null;
        } catch (e) {
          noteError.value = errorText(e);
        }
      }
      if (value === '' || value === 'note') return;
      const operator: OperatorId = value;
      if (shell.settings.peek().operator !== operator) void shell.setSettings({ operator });
      if (live.peek()?.operator !== operator) await load(operator);
    };
    /** `operator`'s live state, made and swapped in once storage is read: no half-empty frame in between. */
    const load = async (operator: OperatorId) => {
      // Its guide is remembered for the next opening (utils/popup-guide-cache.ts).
      const next = createLiveState(operator, guideMemory);
      await next.stored;
      if (selected.peek() !== next.operator) return next.dispose();
      const previous = live.peek();
      live.value = next;
      previous?.dispose();
    };

    const current = live.value;
    const guide = current?.guide.value;
    // With no guide, only the checklist that could not be loaded (live state's 'guide' failure), or storage
    // that could not be read: no step or setting is there to be changed and not saved. Said while it
    // is so: a route changed elsewhere meanwhile asks for that route's checklist, the place held.
    const failed = current?.error.value;
    // Opened before any tick, it follows the exit then started in the on-page guide. Picked in the render
    // that first sees it: choose() sets `selected` at once, so the next render (main.tsx's effect runs again
    // for that change) finds an operator and picks nothing: one pick per settings change, where a timer
    // set here was set again by each render before it fired. (An effect of its own cost 9-11 B more.)
    const going = shell.settings.value.operator;
    if (going && !value) void choose(going);
    return (
      <div class="sx-root sx-popup">
        <header class="sx-popup__header">
          <h1 class="sx-popup__title">{title}</h1>
          <LanguageSelect lang={lang} id="sx-popup-lang" onChange={(next) => void shell.setSettings({ lang: next })} />
        </header>
        <main class="sx-popup__main">
          <ErrorBoundary lang={lang}>
            {Banner && <Banner notices={shell.notices.value} lang={lang} onDismiss={(id) => void shell.dismiss(id)} />}
            {shell.error.value && (
              <p class="sx-error-text" role="alert">
                {saveFailure(lang, shell.error.value)}
              </p>
            )}
            <OperatorPicker
              lang={lang}
              value={value}
              operators={OPERATOR_CHOICES}
              reason={(initialPick.operator ?? '') === value ? initialPick.reason : 'in-progress'}
              onChange={(next) => void choose(next)}
            />
            {value === 'note' && (Note ? <Note.View note={Note.entry} lang={lang} /> : noteError.value && <LazyErrorPanel lang={lang} error={noteError.value} />)}
            {/* The operator's checklist once the worker has sent its guide. Until then an empty block holds
                the space it will take (the body has a fixed size and <main> scrolls), so nothing above it
                moves and the window keeps its size; if the worker cannot answer, the user is told instead
                of a blank, and can ask again. Never in the note's place nor with no operator chosen: live
                state is an operator's. Not a component of its own: passing it what it needs cost bytes. */}
            {current?.operator === value &&
              (guide ? (
                <OperatorPanel key={value} shell={shell} live={current} guide={guide} />
              ) : failed ? (
                // "Try again" is live state's: the panel stays, saying it is asking, until the checklist or the failure is in.
                <LazyErrorPanel key={value} lang={lang} error={failed} retry={current.retry} />
              ) : (
                <div class="sx-pending" aria-busy="true" />
              ))}
          </ErrorBoundary>
        </main>
      </div>
    );
  }
}
