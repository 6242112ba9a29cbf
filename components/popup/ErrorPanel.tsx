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
 * in the popup's first load (entrypoints/popup/build.ts): it loads them and speaks once they are in,
 * wherever it is drawn (a rendering bug, a worker that cannot answer, a part that cannot load).
 */
export class ErrorPanel extends Component<Props, { ready: boolean }> {
  override state = { ready: false };

  override componentDidMount() {
    void loadAllStrings(this.props.lang).then(() => this.setState({ ready: true }));
  }

  override render() {
    const { lang, error } = this.props;
    return (
      this.state.ready && (
        <section class="sx-fatal" role="alert" aria-labelledby="sx-fatal-title">
          <h2 id="sx-fatal-title" class="sx-h2">
            {t(lang, 'popup.crash.title')}
          </h2>
          <p>{t(lang, 'popup.crash.body', { error })}</p>
        </section>
      )
    );
  }
}
