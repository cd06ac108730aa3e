import type { IntlShape } from 'react-intl';
import { REPORTED_KINDS, type RestoreReport } from '../../core/export/restore-report';

/**
 * A file name inside a sentence of the right-to-left interface, wrapped in first-strong isolates
 * (U+2068…U+2069), so a Latin name with dots and digits does not reorder the Arabic around it.
 * (The English interface's sentences start with a strong Latin word, which holds them in order.)
 */
export function isolated(intl: IntlShape, text: string): string {
  return intl.locale.startsWith('ar') ? `\u2068${text}\u2069` : text;
}

/** "Restored x.json: 3 highlights (1 added, 2 already here); …" in the interface language; kinds the file does not hold are left out. */
export function restoreMessage(intl: IntlShape, fileName: string, mode: 'merge' | 'replace', report: RestoreReport): string {
  const t = intl.formatMessage;
  const parts = REPORTED_KINDS.filter((kind) => report[kind].inFile > 0).map((kind) => {
    const { inFile, added, updated, kept } = report[kind];
    const counted = t({ id: `export.restore.kind.${kind}` }, { count: inFile });
    if (mode === 'replace') return counted;
    const details = [
      added > 0 && t({ id: 'export.restore.added' }, { count: added }),
      updated > 0 && t({ id: 'export.restore.updated' }, { count: updated }),
      kept > 0 && t({ id: 'export.restore.kept' }, { count: kept }),
    ].filter((detail): detail is string => typeof detail === 'string');
    return t({ id: 'export.restore.kindDetails' }, { kind: counted, details: details.join(t({ id: 'common.listSeparator' })) });
  });
  const file = isolated(intl, fileName);
  if (parts.length === 0) return t({ id: 'export.restore.nothing' }, { file });
  return t({ id: mode === 'replace' ? 'export.restore.replaced' : 'export.restore.merged' }, { file, parts: parts.join(t({ id: 'common.groupSeparator' })) });
}
