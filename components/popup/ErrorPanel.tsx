import { Component } from 'preact';
import type { Lang } from '@/data/schema';
import { t } from '@/utils/i18n';
import { loadAllStrings } from '@/utils/popup-strings';

interface Props {
  lang: Lang;
  error: string;
}

/**
 * Said instead of a blank window: what failed, and that the user's data is safe. Its words are not
 * in the popup's first load (entrypoints/popup/build.ts): it loads them, holding the place until they
 * are in, wherever it is drawn (a rendering bug, a worker that cannot answer, a part that cannot load).
 * Where they cannot load either (the extension was updated under an open popup), it says the error alone.
 */
export class ErrorPanel extends Component<Props, { shown: Lang | null }> {
  override state = { shown: null as Lang | null };

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
    const { shown } = this.state;
    const { error } = this.props;
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
    return (
      <section class="sx-fatal" role="alert" aria-labelledby="sx-fatal-title">
        <h2 id="sx-fatal-title" class="sx-h2">
          {title}
        </h2>
        <p>{t(shown, 'popup.crash.body', { error })}</p>
      </section>
    );
  }
}
