import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import styles from './tabs.module.css';

export interface TabItem<Id extends string> {
  id: Id;
  /** The tab's accessible name and visible text. */
  label: string;
  /** Shown after the label (a count, a live dot); hidden from the accessible name. */
  adornment?: ReactNode;
}

/** The ids that tie a tab to its panel: `useId()` as the base, then one pair per tab. */
export function tabElementIds(baseId: string, id: string) {
  return { tab: `${baseId}-tab-${id}`, panel: `${baseId}-panel-${id}` };
}

interface TabsProps<Id extends string> {
  /** Names the tab list ("Deployment"). */
  label: string;
  /** From `useId()`; shared with the `TabPanel`s. */
  baseId: string;
  tabs: readonly TabItem<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  className?: string;
}

/**
 * A tab list (WAI-ARIA tabs pattern, automatic activation): one tab in the Tab order, arrow keys
 * move between tabs and select them, Home and End go to the ends. Controlled: the caller keeps
 * the selected tab (usually in the URL) and renders the panels with `TabPanel`.
 */
export function Tabs<Id extends string>({
  label,
  baseId,
  tabs,
  selected,
  onSelect,
  className,
}: TabsProps<Id>) {
  const listRef = useRef<HTMLDivElement>(null);

  const focusTab = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length];
    if (!tab) return;
    onSelect(tab.id);
    listRef.current
      ?.querySelector<HTMLElement>(`#${CSS.escape(tabElementIds(baseId, tab.id).tab)}`)
      ?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const current = tabs.findIndex((tab) => tab.id === selected);
    const moves: Record<string, number | undefined> = {
      ArrowRight: current + 1,
      ArrowLeft: current - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    focusTab(next);
  };

  return (
    <div
      ref={listRef}
      role="tablist"
      aria-label={label}
      className={[styles.list, className].filter(Boolean).join(' ')}
    >
      {tabs.map((tab) => {
        const ids = tabElementIds(baseId, tab.id);
        const isSelected = tab.id === selected;
        return (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={ids.tab}
            aria-selected={isSelected}
            aria-controls={ids.panel}
            tabIndex={isSelected ? 0 : -1}
            className={styles.tab}
            onClick={() => onSelect(tab.id)}
            onKeyDown={onKeyDown}
          >
            <span>{tab.label}</span>
            {tab.adornment !== undefined && (
              <span className={styles.adornment} aria-hidden="true">
                {tab.adornment}
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}

interface TabPanelProps {
  baseId: string;
  id: string;
  children: ReactNode;
  className?: string;
}

/** The panel of the selected tab, labelled by it. Render only the selected one. */
export function TabPanel({ baseId, id, children, className }: TabPanelProps) {
  const ids = tabElementIds(baseId, id);
  return (
    <div
      role="tabpanel"
      id={ids.panel}
      aria-labelledby={ids.tab}
      // Focusable so keyboard users can reach a panel that starts with plain text.
      tabIndex={0}
      className={[styles.panel, className].filter(Boolean).join(' ')}
    >
      {children}
    </div>
  );
}
