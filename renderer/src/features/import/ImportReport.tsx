import { FormattedMessage } from 'react-intl';
import { formatCount } from '../library/format-count';
import type { Importer } from './use-import';

/** The progress bar of a running import, then what it did: added, already there, new versions, failures. */
export function ImportReport({ importer }: { importer: Importer }) {
  const { state } = importer;
  if (state.status === 'idle') return null;
  if (state.status === 'failed') {
    return (
      <div className="import-report">
        <p className="status-error" data-testid="error" role="alert">
          {state.message}
        </p>
        <button type="button" onClick={importer.dismiss}>
          Close
        </button>
      </div>
    );
  }
  if (state.status === 'running') {
    return (
      <div className="import-report" data-testid="import-progress" aria-live="polite">
        <progress max={state.total} value={state.done} aria-label="Import progress" />
        <span>
          {state.done} / {state.total} files
        </span>
        <button type="button" onClick={importer.cancel} disabled={state.cancelling}>
          {state.cancelling ? 'Cancelling…' : 'Cancel'}
        </button>
      </div>
    );
  }
  const { summary } = state;
  return (
    <div className="import-report" data-testid="import-progress" role="status">
      <progress max={summary.total} value={summary.processed} aria-label="Import progress" />
      <p>
        {summary.processed} / {summary.total} files{summary.cancelled ? ' (cancelled)' : ''}: {formatCount(summary.added, 'document')} added
        {summary.duplicates.length > 0 && `, ${summary.duplicates.length} already in the library`}
        {summary.failures.length > 0 && `, ${formatCount(summary.failures.length, 'file')} not imported`}.
      </p>
      {summary.newVersions.length > 0 && (
        <div className="import-new-versions">
          <p>
            {summary.newVersions.length === 1 ? 'One file is' : `${summary.newVersions.length} files are`} a changed version of a document already in
            the library:
          </p>
          <ul>
            {summary.newVersions.map((v) => (
              <li key={v.path}>
                <bdi>{v.path}</bdi> → <bdi dir="auto">{v.title}</bdi>
              </li>
            ))}
          </ul>
          <div className="import-actions">
            <button type="button" onClick={() => void importer.resolveNewVersions(summary.newVersions, 'replace')} title="Highlights are found again in the new text; any that cannot be are kept as not found">
              Replace their text
            </button>
            <button type="button" onClick={() => void importer.resolveNewVersions(summary.newVersions, 'add')}>
              Import as new documents
            </button>
            <button type="button" onClick={() => void importer.resolveNewVersions(summary.newVersions, 'skip')}>
              Skip
            </button>
          </div>
        </div>
      )}
      {summary.incomplete.length > 0 && (
        <ul className="import-failures import-incomplete">
          {summary.incomplete.map((book, index) => (
            <li key={`${index}:${book.path}`} className="library-error">
              <FormattedMessage id="import.bookProblems" values={{ file: <bdi>{book.path}</bdi> }} />
              <ul>
                {book.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {summary.failures.length > 0 && (
        <ul className="import-failures">
          {summary.failures.map((failure, index) => (
            <li key={`${index}:${failure.fileName}`} data-testid="error" className="library-error">
              <strong>
                <bdi>{failure.fileName}</bdi>
              </strong>{' '}
              <span>{failure.reason}</span>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={importer.dismiss}>
        Close
      </button>
    </div>
  );
}
