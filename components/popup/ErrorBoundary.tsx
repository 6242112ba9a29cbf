import { Component, type ComponentChildren } from 'preact';
import type { Lang } from '@/data/schema';
import { LazyErrorPanel } from './LazyErrorPanel';
import { errorText } from '@/utils/error-text';

interface Props {
  lang: Lang;
  children: ComponentChildren;
}

/** A rendering bug must leave an explanation on screen, never an empty popup. */
export class ErrorBoundary extends Component<Props, { error?: string }> {
  // None at first: Preact starts a component's state as {}.
  declare state: { error?: string };

  override componentDidCatch(error: unknown) {
    this.setState({ error: errorText(error) });
  }

  override render() {
    return this.state.error ? <LazyErrorPanel lang={this.props.lang} error={this.state.error} /> : this.props.children;
  }
}
