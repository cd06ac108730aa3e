import { FormattedMessage, useIntl } from 'react-intl';
import { FormattedReason } from './FormattedReason';
import type { Importer } from './use-import';

/** The progress bar of a running import, then what it did: added, already there, new versions, failures. */
export function ImportReport({ importer }: { importer: Importer }) {
  const intl = useIntl();
  const { state } = importer;
  if (state.status === 'idle') return null;
  if (state.status === 'failed') {
    return (
      <div className="import-report">
        <p className="status-error" data-testid="error" role="alert">
          <FormattedReason reason={state.message} />
        </p>
        <button type="button" onClick={importer.dismiss}>
          <FormattedMessage id="import.close" />
        </button>
      </div>
    );
  }
  if (state.status === 'running') {
    return (
      <div className="import-report" data-testid="import-progress" aria-live="polite">
        <progress max={state.total} value={state.done} aria-label={intl.formatMessage({ id: 'import.progress' })} />
        <span>
          <FormattedMessage id="import.running" values={{ done: state.done, total: state.total }} />
        </span>
        <button type="button" onClick={importer.cancel} disabled={state.cancelling}>
          <FormattedMessage id={state.cancelling ? 'import.cancelling' : 'common.cancel'} />
        </button>
      </div>
    );
  }
  const { summary } = state;
  return (
    <div className="import-report" data-testid="import-progress" role="status">
      <progress max={summary.total} value={summary.processed} aria-label={intl.formatMessage({ id: 'import.progress' })} />
      <p>
        <FormattedMessage id="import.summary" values={{ processed: summary.processed, total: summary.total, cancelled: summary.cancelled ? 'yes' : 'no', added: summary.added }} />
        {summary.duplicates.length > 0 && <FormattedMessage id="import.summary.duplicates" values={{ count: summary.duplicates.length }} />}
        {summary.failures.length > 0 && <FormattedMessage id="import.summary.failures" values={{ count: summary.failures.length }} />}
        <FormattedMessage id="import.summary.end" />
      </p>
      {summary.newVersions.length > 0 && (
        <div className="import-new-versions">
          <p>
            <FormattedMessage id="import.newVersions" values={{ count: summary.newVersions.length }} />
          </p>
          <ul>
            {summary.newVersions.map((v) => (
              <li key={v.path}>
                <bdi>{v.path}</bdi> <FormattedMessage id="import.versionArrow" /> <bdi dir="auto">{v.title}</bdi>
              </li>
            ))}
          </ul>
          <div className="import-actions">
            <button type="button" onClick={() => void importer.resolveNewVersions(summary.newVersions, 'replace')} title={intl.formatMessage({ id: 'import.replaceTextTitle' })}>
              <FormattedMessage id="import.replaceText" />
            </button>
            <button type="button" onClick={() => void importer.resolveNewVersions(summary.newVersions, 'add')}>
              <FormattedMessage id="import.asNew" />
            </button>
            <button type="button" onClick={() => void importer.resolveNewVersions(summary.newVersions, 'skip')}>
              <FormattedMessage id="import.skip" />
            </button>
          </div>
        </div>
      )}
      {summary.incomplete.length > 0 && (
        <ul className="import-failures import-incomplete">
          {summary.incomplete.map((book, index) => (
            <li key={`${index}:${book.path}`} className="library-error">
              {/* One grid item: the sentence, its file name isolated inside it. */}
              <span>
                <FormattedMessage id="import.bookProblems" values={{ file: <bdi>{book.path}</bdi> }} />
              </span>
              <ul>
                {book.problems.map((problem, problemIndex) => (
                  <li key={problemIndex}>
                    <FormattedReason reason={problem} />
                  </li>
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
              </strong>
              {/* One grid item: the sentence, its names isolated inside it. */}
              <span>
                <FormattedReason reason={failure.reason} />
              </span>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={importer.dismiss}>
        <FormattedMessage id="import.close" />
      </button>
    </div>
  );
}
