import { Component, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import './ErrorBoundary.css';
import { ERROR_AREAS, type ErrorArea } from './error-messages';

interface ErrorBoundaryProps {
  /** Which part of the window this guards; it chooses the message. */
  area: ErrorArea;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
}

/**
 * Shows a message in place of a part of the window that failed to render (one bad row, say),
 * so the rest keeps working instead of the whole window going blank. "Try again" renders the
 * part anew; key the boundary by what it shows to start afresh when that changes.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <div className="status status-error error-boundary" role="alert" data-testid="error" data-area={this.props.area}>
        <p>
          <FormattedMessage id={ERROR_AREAS[this.props.area]} />
        </p>
        <details>
          <summary>
            <FormattedMessage id="errors.details" />
          </summary>
          {/* The error's own words, whatever their language: isolated from the message around them. */}
          <p className="error-boundary-detail" dir="auto">
            {error.message}
          </p>
        </details>
        <button type="button" onClick={() => this.setState({ error: null })}>
          <FormattedMessage id="errors.tryAgain" />
        </button>
      </div>
    );
  }
}
