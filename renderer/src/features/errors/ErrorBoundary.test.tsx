// @vitest-environment jsdom
import { act, useState, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';
import { RawIntlProvider } from 'react-intl';
import { CATALOGUES } from '../../i18n/catalogues';
import { createFormatter } from '../../i18n/current-intl';
import { ERROR_AREAS } from './error-messages';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let host: HTMLElement | null = null;
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  root = host = null;
  vi.restoreAllMocks();
});

function render(element: ReactElement): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host, { onCaughtError: () => {} });
  act(() => root!.render(<RawIntlProvider value={createFormatter('en', 'en')}>{element}</RawIntlProvider>));
  return host;
}

let broken = true;
/** A row as one bad timestamp makes it: rendering throws "Invalid time value". */
function NoteDate({ time }: { time: number }) {
  if (broken) return <time>{new Date(time).toISOString()}</time>;
  return <time>ok</time>;
}

describe('an error boundary around a panel', () => {
  it('shows a message in place of the panel that failed while its neighbours keep working', () => {
    broken = true;
    vi.spyOn(console, 'error').mockImplementation(() => {});
    function Window() {
      const [clicks, setClicks] = useState(0);
      return (
        <>
          <button type="button" onClick={() => setClicks(clicks + 1)}>
            library {clicks}
          </button>
          <ErrorBoundary area="sidePanel">
            <NoteDate time={1e300} />
          </ErrorBoundary>
        </>
      );
    }
    const page = render(<Window />);
    const error = page.querySelector('[data-testid="error"]');
    expect(error?.getAttribute('role')).toBe('alert');
    expect(error?.textContent).toContain(CATALOGUES.en[ERROR_AREAS.sidePanel]);
    expect(error?.textContent).toContain('Invalid time value');
    act(() => page.querySelector('button')!.click());
    expect(page.querySelector('button')!.textContent).toBe('library 1');
  });

  it('renders the panel again on “Try again”', () => {
    broken = true;
    const page = render(
      <ErrorBoundary area="reader">
        <NoteDate time={1e300} />
      </ErrorBoundary>,
    );
    expect(page.querySelector('[data-testid="error"]')).not.toBeNull();
    broken = false;
    act(() => [...page.querySelectorAll('button')].find((b) => b.textContent === 'Try again')!.click());
    expect(page.querySelector('[data-testid="error"]')).toBeNull();
    expect(page.textContent).toBe('ok');
  });
});
