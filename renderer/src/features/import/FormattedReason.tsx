import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import type { Message } from '../../core/message';

/** The values that are names (files, parts of a book) or another program's words (an error's text): isolated, so they never reorder the sentence. */
const ISOLATED = new Set(['file', 'part', 'detail', 'details', 'reason']);

/**
 * A reason from a pure module or the import worker, in the interface language when it is shown: a
 * message with its values, names isolated in `<bdi>`.
 */
export function FormattedReason({ reason }: { reason: Message }) {
  const values: Record<string, ReactNode> = {};
  for (const [key, value] of Object.entries(reason.values ?? {})) values[key] = ISOLATED.has(key) && typeof value === 'string' ? <bdi>{value}</bdi> : value;
  return <FormattedMessage id={reason.id} values={values} />;
}
