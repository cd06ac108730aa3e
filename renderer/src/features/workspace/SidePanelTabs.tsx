import { FormattedMessage, useIntl } from 'react-intl';
import type { SideTab } from './side-panel-state';

const TABS: SideTab[] = ['highlights', 'notebook', 'contents'];

/** Switches the side panel between the document’s highlights, the notebook and the table of contents. */
export function SidePanelTabs({ tab, onTab }: { tab: SideTab; onTab: (tab: SideTab) => void }) {
  const intl = useIntl();
  return (
    <div className="side-tabs" role="tablist" aria-label={intl.formatMessage({ id: 'workspace.sidePanel' })}>
      {TABS.map((id) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`side-tab-${id}`}
          aria-selected={tab === id}
          aria-controls={`side-tabpanel-${id}`}
          className="side-tab"
          onClick={() => onTab(id)}
        >
          <FormattedMessage id={`workspace.tab.${id}`} />
        </button>
      ))}
    </div>
  );
}
