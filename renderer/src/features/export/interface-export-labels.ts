import type { IntlShape } from 'react-intl';
import type { ExportLabels } from '../../core/export/export-labels';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../core/highlights/highlight-types';
import type { MessageId } from '../../i18n/catalogues';

/**
 * The export's words in the interface language of the moment. Slots the export fills itself
 * (`{name}`, `{number}`, `{list}`, `{value}`) are passed through as they are.
 */
export function interfaceExportLabels(intl: IntlShape): ExportLabels {
  const t = (id: MessageId, slot?: string) => intl.formatMessage({ id }, slot ? { [slot]: `{${slot}}` } : undefined);
  return {
    colors: Object.fromEntries(HIGHLIGHT_COLORS.map((color) => [color, t(`highlights.color.${color}`)])) as Record<HighlightColor, string>,
    underline: t('export.labels.underline'),
    tags: t('export.labels.tags', 'list'),
    section: t('export.labels.section', 'name'),
    paragraph: t('export.labels.paragraph', 'number'),
    orphan: t('export.labels.orphan'),
    separator: t('export.labels.separator'),
    listSeparator: t('common.listSeparator'),
    highlightsHeading: t('export.labels.highlightsHeading'),
    orphansHeading: t('export.labels.orphansHeading'),
    orphansExplanation: t('export.labels.orphansExplanation'),
    notesHeading: t('export.labels.notesHeading'),
    noneYet: t('export.labels.noneYet'),
    source: t('export.labels.source', 'value'),
    byline: t('export.labels.byline', 'value'),
    documentTags: t('export.labels.documentTags', 'value'),
    collection: t('export.labels.collection'),
    deletedNote: t('export.labels.deletedNote', 'title'),
  };
}
