import { describe, expect, it } from 'vitest';
import type { Message } from '../core/message';
import { createFormatter } from './current-intl';
import { inEnglish } from './in-english';
import { isIsolatedValue, wordMessage } from './word-message';

const arabic = createFormatter('ar', 'ar-u-nu-arab');
const inArabic = (message: Message, isolate?: (text: string) => string) => wordMessage(message, (id, values) => arabic.formatMessage({ id }, values), isolate);

// A backup's collection row with a time out of range: a message inside a message inside a message.
const issue: Message = {
  id: 'backup.issue.rowField',
  values: { row: { id: 'backup.row.keyed', values: { table: 'collections', row: 2, key: 'col-2' } }, field: 'createdAt', problem: { id: 'backup.problem.time', values: { value: '1e+300' } } },
};

describe('a message with messages in its values', () => {
  it('is worded whole in one language, the nested messages included', () => {
    expect(inArabic(issue)).toBe('صف المجموعة رقم ٢ (col-2)، الحقل «createdAt»: القيمة 1e+300 ليست وقتًا يمكن أن يحمله تاريخ');
    expect(inEnglish(issue)).toBe('collection row 2 (col-2), field “createdAt”: 1e+300 is not a time a date can hold');
  });

  it('joins a list of messages with the language’s group separator', () => {
    const refusal: Message = { id: 'backup.restore.damaged', values: { issues: [issue, { id: 'backup.issue.file', values: { problem: { id: 'backup.problem.missing' } } }], more: 0 } };
    expect(inArabic(refusal)).toContain('تاريخ؛ الملف: مفقود');
    expect(inEnglish(refusal)).toContain('date can hold; the file: it is missing');
  });

  it('isolates names only: a value that chooses a branch (the table) is passed as it is', () => {
    const marked = inArabic(issue, (text) => `[${text}]`);
    expect(marked).toBe('صف المجموعة رقم ٢ ([col-2])، الحقل «[createdAt]»: القيمة [1e+300] ليست وقتًا يمكن أن يحمله تاريخ');
    expect(isIsolatedValue('key')).toBe(true);
    expect(isIsolatedValue('table')).toBe(false);
  });
});
