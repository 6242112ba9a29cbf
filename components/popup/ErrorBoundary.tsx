import { Component, type ComponentChildren } from 'preact';
import type { Lang } from '@/data/schema';
import { ErrorPanel } from './ErrorPanel';

interface Props {
  lang: Lang;
  children: ComponentChildren;
}

/** A rendering bug must leave an explanation on screen, never an empty popup. */
export class ErrorBoundary extends Component<Props, { error: string | null }> {
  override state = { error: null as string | null };

  override componentDidCatch(error: unknown) {
    this.setState({ error: error instanceof Error ? error.message : String(error) });
  }

  override render() {
    return this.state.error ? <ErrorPanel lang={this.props.lang} error={this.state.error} /> : this.props.children;
  }
}
