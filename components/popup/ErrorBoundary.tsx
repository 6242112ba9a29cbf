import { Component, type ComponentChildren } from 'preact';
import type { Lang } from '@/data/schema';
import { loadAllStrings } from '@/utils/popup-strings';
import { ErrorPanel } from './ErrorPanel';

interface Props {
  lang: Lang;
  children: ComponentChildren;
}

/**
 * A rendering bug must leave an explanation on screen, never an empty popup. Its strings are not in
 * the popup's first load (entrypoints/popup/build.ts): the panel shows once they are in.
 */
export class ErrorBoundary extends Component<Props, { error: string | null; said: boolean }> {
  override state = { error: null as string | null, said: false };

  override componentDidCatch(error: unknown) {
    this.setState({ error: error instanceof Error ? error.message : String(error) });
    void loadAllStrings(this.props.lang).then(() => this.setState({ said: true }));
  }

  override render() {
    const { error, said } = this.state;
    return error ? said && <ErrorPanel lang={this.props.lang} error={error} /> : this.props.children;
  }
}
