import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/** Last line of defence: a crash while rendering shows a message, never a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Topic Map crashed while rendering', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div className="load-error">
        <div className="load-error-card" role="alert">
          <h2>Something went wrong</h2>
          <p className="load-error-message">{this.state.error.message || String(this.state.error)}</p>
          <p className="muted">Reload the page to start again. If a map file caused this, check it with the map builder.</p>
        </div>
        <button type="button" className="button" onClick={() => location.reload()}>
          Reload
        </button>
      </div>
    );
  }
}
