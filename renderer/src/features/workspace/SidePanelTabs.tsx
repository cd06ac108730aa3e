import type { SideTab } from './side-panel-state';

const TABS: { id: SideTab; label: string }[] = [
  { id: 'highlights', label: 'Highlights' },
  { id: 'notebook', label: 'Notebook' },
];

/** Switches the side panel between the document's highlights and the notebook. */
export function SidePanelTabs({ tab, onTab }: { tab: SideTab; onTab: (tab: SideTab) => void }) {
  return (
    <div className="side-tabs" role="tablist" aria-label="Side panel">
      {TABS.map((t) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          id={`side-tab-${t.id}`}
          aria-selected={tab === t.id}
          aria-controls={`side-tabpanel-${t.id}`}
          className="side-tab"
          onClick={() => onTab(t.id)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
