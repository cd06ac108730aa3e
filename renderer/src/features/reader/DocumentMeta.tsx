import { FormattedMessage, useIntl } from 'react-intl';
import type { CorpusDocument } from '../../core/corpus/corpus-types';
import { useLanguage } from '../../i18n/use-language';

/** Source, byline, tags and related articles: shown with the document, outside its body text. */
export function DocumentMeta({ document }: { document: CorpusDocument }) {
  const intl = useIntl();
  // The headings are the interface's words inside the Arabic reading view: marked with their own language.
  const language = useLanguage();
  const { source, byline, tags, relatedLinks } = document;
  if (!source && !byline && tags.length === 0 && relatedLinks.length === 0) return null;
  return (
    <footer data-testid="doc-meta" className="doc-meta">
      {(byline || source) && (
        <p className="doc-credit">
          {byline && <span className="doc-byline">{byline}</span>}
          {byline && source && <span aria-hidden="true">{intl.formatMessage({ id: 'reader.separator' })}</span>}
          {source && <span className="doc-source">{source}</span>}
        </p>
      )}
      {tags.length > 0 && (
        <section aria-label={intl.formatMessage({ id: 'reader.tags' })}>
          <h2 className="meta-heading" lang={language}>
            <FormattedMessage id="reader.tags" />
          </h2>
          <ul className="tag-list">
            {tags.map((tag, i) => (
              <li key={i} className="tag">
                {tag}
              </li>
            ))}
          </ul>
        </section>
      )}
      {relatedLinks.length > 0 && (
        <section aria-label={intl.formatMessage({ id: 'reader.related' })}>
          <h2 className="meta-heading" lang={language}>
            <FormattedMessage id="reader.related" />
          </h2>
          <ul className="related-list">
            {relatedLinks.map((link, i) => (
              <li key={i}>{link}</li>
            ))}
          </ul>
        </section>
      )}
    </footer>
  );
}
