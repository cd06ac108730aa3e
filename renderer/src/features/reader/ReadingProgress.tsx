import type { RefObject } from 'react';
import { FormattedMessage } from 'react-intl';
import type { CorpusDocument } from '../../core/corpus/corpus-types';
import { useReadingLocation } from './use-reading-location';

/** A slim line under the text: how far through the document the view is, and the section it is in. */
export function ReadingProgress({ scrollRef, document }: { scrollRef: RefObject<HTMLElement | null>; document: CorpusDocument }) {
  const { percent, section } = useReadingLocation(scrollRef, document);
  return (
    <div className="reading-progress" data-testid="reading-progress" data-percent={percent}>
      <span>
        <FormattedMessage id="reader.progress" values={{ percent: percent / 100 }} />
      </span>
      {section && (
        <span className="reading-progress-section" dir="rtl" lang="ar">
          {section.text}
        </span>
      )}
    </div>
  );
}
