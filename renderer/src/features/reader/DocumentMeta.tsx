import type { CorpusDocument } from '../../core/corpus/corpus-types';

/** Source, byline, tags and related articles: shown with the document, outside its body text. */
export function DocumentMeta({ document }: { document: CorpusDocument }) {
  const { source, byline, tags, relatedLinks } = document;
  if (!source && !byline && tags.length === 0 && relatedLinks.length === 0) return null;
  return (
    <footer data-testid="doc-meta" className="doc-meta">
      {(byline || source) && (
        <p className="doc-credit">
          {byline && <span className="doc-byline">{byline}</span>}
          {byline && source && <span aria-hidden="true"> · </span>}
          {source && <span className="doc-source">{source}</span>}
        </p>
      )}
      {tags.length > 0 && (
        <section aria-label="الوسوم">
          <h2 className="meta-heading">الوسوم</h2>
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
        <section aria-label="مقالات ذات صلة">
          <h2 className="meta-heading">مقالات ذات صلة</h2>
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
