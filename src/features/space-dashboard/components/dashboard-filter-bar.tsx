import { faMagnifyingGlass, faXmark } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useId, useState } from 'react';
import type { GroupModel } from '../model/dashboard-model';
import styles from './dashboard-filter-bar.module.css';

interface DashboardFilterBarProps {
  query: string;
  groupId: string | null;
  groups: readonly Pick<GroupModel, 'id' | 'name'>[];
  onQueryChange: (query: string) => void;
  onGroupChange: (groupId: string | null) => void;
  /** Set when any filter is on: clears them all. */
  onClear?: () => void;
  /** "12 of 500 projects", announced politely as filters change. */
  resultText: string;
}

/** Filter by project name and by project group. */
export function DashboardFilterBar({
  query,
  groupId,
  groups,
  onQueryChange,
  onGroupChange,
  onClear,
  resultText,
}: DashboardFilterBarProps) {
  const queryId = useId();
  const groupSelectId = useId();
  // The input keeps its own text: the URL follows it, and a URL change from elsewhere
  // (Clear filters, Back) resets it.
  const [text, setText] = useState(query);
  const [seenQuery, setSeenQuery] = useState(query);
  if (query !== seenQuery) {
    setSeenQuery(query);
    setText(query);
  }

  return (
    <div className={styles.bar} role="search" aria-label="Filter the dashboard">
      <div className={styles.field}>
        <label htmlFor={queryId} className="visually-hidden">
          Filter by project name
        </label>
        <FontAwesomeIcon icon={faMagnifyingGlass} className={styles.searchIcon} />
        <input
          id={queryId}
          type="search"
          className={styles.input}
          placeholder="Filter by project name"
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setSeenQuery(event.target.value);
            onQueryChange(event.target.value);
          }}
        />
      </div>
      <div className={styles.field}>
        <label htmlFor={groupSelectId} className={styles.selectLabel}>
          Project group
        </label>
        <select
          id={groupSelectId}
          className={styles.select}
          value={groupId ?? ''}
          onChange={(event) => onGroupChange(event.target.value || null)}
        >
          <option value="">All groups</option>
          {groups.map((group) => (
            <option key={group.id} value={group.id}>
              {group.name}
            </option>
          ))}
        </select>
      </div>
      <p className={styles.result} aria-live="polite">
        {resultText}
      </p>
      {onClear && (
        <button type="button" className={styles.clear} onClick={onClear}>
          <FontAwesomeIcon icon={faXmark} />
          Clear filters
        </button>
      )}
    </div>
  );
}
