import { Component } from 'preact';
import type { Lang } from '@/data/schema';
import type { ErrorPanel } from './ErrorPanel';

interface Props {
  lang: Lang;
  error: string;
  /** Asks again for what could not be loaded (ErrorPanel's "Try again"); none where asking again cannot work. */
  retry?: () => Promise<void>;
}

type State = { Panel?: typeof ErrorPanel | null };

/**
 * The popup's ErrorPanel, loaded when one is drawn: most openings never fail, and the panel was about
 * 140 B gz of the popup's budgeted first load. It holds the place while it loads, as the panel does
 * while its words load; where it cannot load (the extension was updated under an open popup), the
 * error is said alone, as the panel says it when its words cannot load.
 */
export class LazyErrorPanel extends Component<Props, State> {
  // Loading at first: Preact starts a component's state as {}.
  declare state: State;

  override componentDidMount() {
    import('./ErrorPanel').then(
      (module) => this.setState({ Panel: module.ErrorPanel }),
      () => this.setState({ Panel: null }),
    );
  }

  override render(props: Props, { Panel }: State) {
    if (Panel) return <Panel {...props} />;
    if (Panel === null) {
      return (
        <section class="sx-fatal" role="alert">
          <p>{props.error}</p>
        </section>
      );
    }
    return <div class="sx-pending" aria-busy="true" />;
  }
}
