import { Component, createRef } from 'preact';
import { browser } from 'wxt/browser';
import type { Lang } from '@/data/schema';
import { crashWords } from '@/utils/crash-words';
import { t } from '@/utils/i18n';
import { loadAllStrings } from '@/utils/popup-strings';

interface Props {
  lang: Lang;
  error: string;
  /**
   * Asks again: for the checklist that could not be loaded (live state's retry), or, from the opening's
   * panel (main.tsx), the whole opening; settles once the answer is drawn, or the failure is here again.
   * None for a script error in a drawn checklist, nor where the extension is gone: asking could not help.
   */
  retry?: () => Promise<void>;
}

/**
 * Said instead of a blank window: what failed, and that the user's data is safe. Its words are not
 * in the popup's first load (entrypoints/popup/build.ts): it loads them, holding the place until they
 * are in, wherever it is drawn (a rendering bug, a worker that cannot answer, a part that cannot load).
 * Where they cannot load either (the extension was updated under an open popup), it says the error alone.
 */
export class ErrorPanel extends Component<Props, { shown: Lang | null; busy?: boolean }> {
  override state = { shown: null as Lang | null, busy: false };
  private readonly button = createRef<HTMLButtonElement>();
  private gone = false;

  override componentWillUnmount() {
    this.gone = true;
  }

  /**
   * "Try again": the worker usually answers a moment later (a stopped worker restarting, an update
   * finishing), where reopening the window was the only way before. The button stays, and focus on it,
   * while the checklist is asked for; once it is drawn in the panel's place, focus goes to its first
   * control (the route chosen, else the first step), not to <body>.
   */
  private readonly again = async () => {
    if (this.state.busy) return;
    this.setState({ busy: true });
    await this.props.retry!();
    if (this.gone) {
      if (document.activeElement === document.body) {
        document.querySelector<HTMLElement>('.sx-popup__main input:checked[type="radio"], .sx-popup__main [data-step-id] input')?.focus();
      }
      return;
    }
    this.setState({ busy: false });
    // Failed again: the failure is said again (its alert comes back), with focus on the button unless the user went on.
    if (document.activeElement === document.body) this.button.current?.focus();
  };

  override componentDidMount() {
    this.componentDidUpdate();
  }

  // The language menu stays above the panel: a switch loads the new language's words (the latest asked wins).
  override componentDidUpdate() {
    const { lang } = this.props;
    if (lang !== this.asked) {
      this.asked = lang;
      void loadAllStrings(lang).then((shown) => this.asked === lang && this.setState({ shown }));
    }
  }

  private asked: Lang | null = null;

  override render() {
    const { shown, busy } = this.state;
    const { error, retry } = this.props;
    if (!shown) return <div class="sx-pending" aria-busy="true" />;
    const title = t(shown, 'popup.crash.title');
    // A missing string comes back as its key (utils/i18n.ts), or as nothing where the popup kept a
    // first load without these words and cannot load the rest (utils/popup-strings.ts use).
    if (!title || title === 'popup.crash.title') {
      return (
        <section class="sx-fatal" role="alert">
          <p>{error}</p>
        </section>
      );
    }
    // Not once the extension was updated or turned off under the popup (its context is gone): asking
    // again cannot work there, nor reopening this window (utils/crash-words.ts).
    const alive = browser.runtime?.id != null;
    const said = t(shown, crashWords(!!retry, alive), { error });
    if (retry && alive) {
      return (
        <section class="sx-fatal" aria-labelledby="sx-fatal-title">
          <h2 id="sx-fatal-title" class="sx-h2">
            {title}
          </h2>
          {/* Gone while asking, so a second failure is said again, as an alert put back is. */}
          {!busy && <p role="alert">{said}</p>}
          <p role="status">{busy ? t(shown, 'popup.crash.retrying') : ''}</p>
          {/* Not disabled while asking: a disabled button loses focus, to <body>. */}
          <button ref={this.button} type="button" class="sx-button" style={{ marginTop: 8 }} aria-disabled={busy} onClick={() => void this.again()}>
            {t(shown, 'popup.crash.retry')}
          </button>
        </section>
      );
    }
    return (
      <section class="sx-fatal" role="alert" aria-labelledby="sx-fatal-title">
        <h2 id="sx-fatal-title" class="sx-h2">
          {title}
        </h2>
        <p>{said}</p>
      </section>
    );
  }
}
