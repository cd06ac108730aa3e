import { useEffect, useRef, type KeyboardEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { keyPlatform } from '../../i18n/key-labels';
import { shortcutLabel } from '../../i18n/shortcut-label';
import type { FindState } from './use-find';
import './find.css';

/** The "find in document" bar over the reading view: a field, the count, previous / next and close. */
export function FindBar({ find }: { find: FindState }) {
  const intl = useIntl();
  const previous = intl.formatMessage({ id: 'find.previous' }, { shortcut: shortcutLabel({ shift: true, key: 'Enter' }, keyPlatform()) });
  const inputRef = useRef<HTMLInputElement>(null);
  const { open, focusRequest } = find;

  useEffect(() => {
    if (!open) return;
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [open, focusRequest]);

  if (!open) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      find.step(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      find.close();
    }
  };

  const total = find.found?.matches.length ?? 0;
  const searching = find.query.trim() !== '';
  return (
    <div className="find-bar" role="search" data-testid="find-bar" aria-label={intl.formatMessage({ id: 'find.label' })}>
      <input
        ref={inputRef}
        className="find-input"
        type="search"
        dir="auto"
        data-testid="find-input"
        aria-label={intl.formatMessage({ id: 'find.label' })}
        placeholder={intl.formatMessage({ id: 'find.placeholder' })}
        value={find.query}
        onChange={(event) => find.setQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <span className="find-count" data-testid="find-count" aria-live="polite">
        {searching && find.found && total === 0 && <FormattedMessage id="find.none" />}
        {searching && total > 0 && (
          <FormattedMessage id={find.found?.truncated ? 'find.countMore' : 'find.count'} values={{ current: find.current + 1, total }} />
        )}
      </span>
      <button type="button" onClick={() => find.step(-1)} disabled={total === 0} title={previous} aria-label={previous}>
        <span aria-hidden="true">
          <FormattedMessage id="find.previousSymbol" />
        </span>
      </button>
      <button type="button" onClick={() => find.step(1)} disabled={total === 0} title={intl.formatMessage({ id: 'find.next' })} aria-label={intl.formatMessage({ id: 'find.next' })}>
        <span aria-hidden="true">
          <FormattedMessage id="find.nextSymbol" />
        </span>
      </button>
      <button type="button" onClick={find.close} title={intl.formatMessage({ id: 'find.close' })} aria-label={intl.formatMessage({ id: 'find.close' })}>
        <span aria-hidden="true">
          <FormattedMessage id="find.closeSymbol" />
        </span>
      </button>
    </div>
  );
}
