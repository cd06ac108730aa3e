import { Fragment, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { isNestedMessage, type Message, type MessageValue } from '../../core/message';
import { isIsolatedValue } from '../../i18n/word-message';

function NestedValue({ value }: { value: Message | readonly Message[] }) {
  if (!Array.isArray(value)) return <FormattedReason reason={value as Message} />;
  return (value as readonly Message[]).map((item, index) => (
    <Fragment key={index}>
      {index > 0 && <FormattedMessage id="common.groupSeparator" />}
      <FormattedReason reason={item} />
    </Fragment>
  ));
}

function shownValue(key: string, value: MessageValue): ReactNode {
  if (isNestedMessage(value)) return <NestedValue value={value} />;
  return isIsolatedValue(key) && typeof value === 'string' ? <bdi>{value}</bdi> : value;
}

/**
 * A reason from a pure module or a worker, in the interface language when it is shown: a message
 * with its values, names isolated in `<bdi>`, nested messages worded the same way.
 */
export function FormattedReason({ reason }: { reason: Message }) {
  const values: Record<string, ReactNode> = {};
  for (const [key, value] of Object.entries(reason.values ?? {})) values[key] = shownValue(key, value);
  return <FormattedMessage id={reason.id} values={values} />;
}
