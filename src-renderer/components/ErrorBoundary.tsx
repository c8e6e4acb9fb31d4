import { Component, createRef, type ErrorInfo, type ReactNode } from 'react';
import i18n from '../i18n';
import { Banner } from './Banner';

interface Props {
  /** What stops working if this part fails, as the user names it: "Calendar", "The event form". */
  area: string;
  children: ReactNode;
  /** One more way out besides "Try again": "Go to dashboard" for a section, "Close" for a panel. */
  exit?: { label: string; run: () => void };
  /** Where the box sits: a whole section gets room around it, a dialog's body does not. */
  placement?: 'section' | 'panel' | 'inline';
}

interface State {
  error: Error | null;
  /** Bumped by "Try again": the children mount anew. */
  attempt: number;
}

/**
 * Keeps one failing part from blanking the window: it says what failed (the message, not a
 * stack), that drafts are kept (forms keep theirs outside what can fail), and offers to go on.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.area} failed:`, error, info.componentStack);
  }

  private retryButton = createRef<HTMLButtonElement>();

  override componentDidUpdate(_: Props, before: State): void {
    // Focus was inside what failed and went with it: it goes to the way out.
    if (this.state.error && !before.error) this.retryButton.current?.focus();
  }

  private retry = () => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));

  override render(): ReactNode {
    const { error, attempt } = this.state;
    if (!error) return <ErrorBoundaryAttempt key={attempt}>{this.props.children}</ErrorBoundaryAttempt>;
    const { exit, placement = 'section' } = this.props;
    return (
      <div
        className={placement === 'panel' ? 'side-panel is-wide error-boundary is-panel' : `error-boundary is-${placement}`}
        role={placement === 'panel' ? 'region' : undefined}
        aria-label={placement === 'panel' ? this.props.area : undefined}
        data-testid="error-boundary"
      >
        <Banner
          kind="error"
          title={i18n.t('errorBoundary.title', { area: this.props.area })}
          actions={
            <>
              <button ref={this.retryButton} type="button" className="button button-small" onClick={this.retry}>
                {i18n.t('errorBoundary.retry')}
              </button>
              {exit ? (
                <button type="button" className="button button-small" onClick={exit.run}>
                  {exit.label}
                </button>
              ) : null}
            </>
          }
        >
          <p className="error-boundary-message">{error.message || error.name}</p>
          <p>{i18n.t('errorBoundary.kept')}</p>
        </Banner>
      </div>
    );
  }
}

/** A keyed wrapper, so "Try again" mounts the children afresh instead of re-rendering what failed. */
function ErrorBoundaryAttempt({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
