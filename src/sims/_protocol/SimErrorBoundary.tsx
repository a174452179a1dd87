import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t } from '../../i18n/index.ts';
import type { Lang } from '../../i18n/index.ts';

interface Props {
  readonly name: string;
  readonly lang: Lang;
  readonly onRetry: () => void;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
}

/**
 * Keeps a failing simulator (a render error, a chunk that did not load) on
 * its own slide: a readable message in the current language and a Retry
 * button instead of a blank deck.
 */
export class SimErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // A warning, not an error: the deck handled it, but authors need the stack.
    console.warn(`simulator "${this.props.name}" failed:`, error, info.componentStack);
  }

  private retry = () => {
    this.props.onRetry();
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { lang } = this.props;
    return (
      <div className="sim-error" role="alert">
        <p>{t('sim.failed', undefined, lang)}</p>
        <p className="sim-error-detail"><code>{error.message}</code></p>
        <button type="button" onClick={this.retry}>{t('sim.retry', undefined, lang)}</button>
      </div>
    );
  }
}
