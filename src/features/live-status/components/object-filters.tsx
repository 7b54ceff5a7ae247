import { faMagnifyingGlass, faXmark } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useState } from 'react';
import { Button } from '../../../components/button/button';
import { healthStatusDefinitions, syncStatusDefinitions } from '../../../components/status';
import { Switch } from '../../../components/switch/switch';
import type { FacetCounts, ObjectFilter } from '../model/object-filter';
import { FacetFilter } from '../../../components/facet-filter/facet-filter';
import styles from './object-filters.module.css';

interface NameSearchProps {
  initial: string;
  onChange: (query: string) => void;
}

/**
 * The name search. It keeps its own text so typing never waits for the URL (which it updates on
 * every key, with replace navigation); the table filters at a lower priority (deferred).
 */
function NameSearch({ initial, onChange }: NameSearchProps) {
  const [text, setText] = useState(initial);
  return (
    <div className={styles.search}>
      <FontAwesomeIcon icon={faMagnifyingGlass} className={styles.searchIcon} />
      <input
        type="search"
        className={styles.searchInput}
        aria-label="Filter objects by name"
        placeholder="Filter by name"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          onChange(event.target.value);
        }}
      />
    </div>
  );
}

interface ObjectFiltersProps {
  filter: ObjectFilter;
  facets: FacetCounts;
  problemCount: number;
  active: boolean;
  onChange: (changes: Partial<ObjectFilter>) => void;
  onClear: () => void;
  /** Changes when the filters are cleared from outside the search box, to reset its text. */
  resetToken: number;
}

/** Name search, the "problems only" switch and the Health, Sync and Kind facets. */
export function ObjectFilters({
  filter,
  facets,
  problemCount,
  active,
  onChange,
  onClear,
  resetToken,
}: ObjectFiltersProps) {
  return (
    <div className={styles.filters} role="search" aria-label="Filter objects">
      <div className={styles.line}>
        <NameSearch
          key={resetToken}
          initial={filter.query}
          onChange={(query) => onChange({ query })}
        />
        <Switch
          checked={filter.problemsOnly}
          onCheckedChange={(problemsOnly) => onChange({ problemsOnly })}
        >
          Problems only <span className={styles.count}>{problemCount}</span>
        </Switch>
        {active && (
          <Button variant="ghost" onClick={onClear}>
            <FontAwesomeIcon icon={faXmark} />
            Clear filters
          </Button>
        )}
      </div>
      <div className={styles.facets}>
        <FacetFilter
          legend="Health"
          options={facets.health}
          definitions={healthStatusDefinitions}
          onChange={(health) => onChange({ health })}
        />
        <FacetFilter
          legend="Sync"
          options={facets.sync}
          definitions={syncStatusDefinitions}
          onChange={(sync) => onChange({ sync })}
        />
        <FacetFilter
          legend="Kind"
          options={facets.kind}
          onChange={(kinds) => onChange({ kinds })}
        />
      </div>
    </div>
  );
}
