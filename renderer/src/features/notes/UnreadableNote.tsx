import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { Message } from '../../core/message';
import { FormattedReason } from '../import/FormattedReason';
import './UnreadableNote.css';

interface UnreadableNoteProps {
  /** The stored content, exactly as it is. */
  content: string;
  /** Why the editor cannot open it (see noteContentProblem), worded in the interface language. */
  problem: Message;
}

/**
 * A note whose stored content the editor cannot open (not editor state, a node type this version
 * does not know), shown read-only as plain text: an editor would open it empty and its next
 * keystroke would overwrite what was there.
 */
export function UnreadableNote({ content, problem }: UnreadableNoteProps) {
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <div className="unreadable-note" role="status" data-testid="unreadable-note">
      <p>
        <FormattedMessage id="notes.unreadable" values={{ problem: <FormattedReason reason={problem} /> }} />
      </p>
      <div className="details-row">
        <button
          type="button"
          onClick={() =>
            void navigator.clipboard.writeText(content).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          <FormattedMessage id={copied ? 'highlights.copied' : 'notes.copyStored'} />
        </button>
        {copied === false && (
          <span className="status">
            <FormattedMessage id="notes.copyRefused" />
          </span>
        )}
      </div>
      <pre className="unreadable-note-content" data-testid="unreadable-note-content" dir="auto">
        {content}
      </pre>
    </div>
  );
}
