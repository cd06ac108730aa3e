import type { ReactNode } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import type { BookDetails as Details } from '../../core/corpus/corpus-types';
import { readIdentifier, readStatedDate } from '../../core/library/book-details';
import { textDirection } from '../../i18n/languages';
import { useLanguage } from '../../i18n/use-language';

/** A language tag's name in the interface language (`ar` → Arabic / العربية); the tag itself when it names none. */
function languageName(intl: IntlShape, tag: string): string {
  try {
    return new Intl.DisplayNames([intl.locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A stated day in the user's calendar and digits; any other date as the book states it. */
function dateLabel(intl: IntlShape, text: string): string {
  const date = readStatedDate(text);
  return date.kind === 'day' ? intl.formatDate(date.date, { dateStyle: 'medium', timeZone: 'UTC' }) : date.text;
}

/**
 * A book's language, publisher, date and identifier (an ISBN named as one), under its title. The
 * labels are the interface's, in its direction; the book's own words are isolated (`<bdi>`) so a
 * right-to-left publisher or a left-to-right ISBN keeps its order inside either.
 */
export function BookDetails({ book }: { book: Details | undefined }) {
  const intl = useIntl();
  const language = useLanguage();
  if (!book) return null;
  const identifier = book.identifier === null ? null : readIdentifier(book.identifier);
  const rows: [id: string, label: string, value: ReactNode][] = [];
  if (book.language) rows.push(['language', intl.formatMessage({ id: 'reader.book.language' }), <bdi dir="auto">{languageName(intl, book.language)}</bdi>]);
  if (book.publisher) rows.push(['publisher', intl.formatMessage({ id: 'reader.book.publisher' }), <bdi dir="auto">{book.publisher}</bdi>]);
  if (book.date) rows.push(['date', intl.formatMessage({ id: 'reader.book.date' }), <bdi dir="auto">{dateLabel(intl, book.date)}</bdi>]);
  if (identifier) {
    const label = intl.formatMessage({ id: identifier.kind === 'isbn' ? 'reader.book.isbn' : 'reader.book.identifier' });
    rows.push(['identifier', label, <bdi dir="auto">{identifier.value}</bdi>]);
  }
  if (rows.length === 0) return null;
  return (
    <dl className="book-details" data-testid="book-details" aria-label={intl.formatMessage({ id: 'reader.book.details' })}>
      {rows.map(([id, label, value]) => (
        // Each pair reads in the interface's language and direction; the pairs follow the title's side.
        <div key={id} className="book-detail" data-detail={id} lang={language} dir={textDirection(language)}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
