import { FacetFilter, type FacetOption } from '../../../components/facet-filter/facet-filter';
import { Switch } from '../../../components/switch/switch';
import type { CompareFilter } from '../model/compare-search';
import styles from './comparison-filters.module.css';

interface ComparisonFiltersProps {
  filter: CompareFilter;
  kinds: readonly FacetOption<string>[];
  /** Rows known to differ so far. */
  differing: number;
  onChange: (changes: Partial<CompareFilter>) => void;
}

/** "Only differences", and the kinds, with how many rows each keeps. */
export function ComparisonFilters({ filter, kinds, differing, onChange }: ComparisonFiltersProps) {
  return (
    <div className={styles.filters} role="search" aria-label="Filter the comparison">
      <Switch
        checked={filter.onlyDifferences}
        onCheckedChange={(onlyDifferences) => onChange({ onlyDifferences })}
      >
        Only differences <span className={styles.count}>{differing.toLocaleString('en')}</span>
      </Switch>
      <FacetFilter
        legend="Kind"
        options={kinds}
        onChange={(selected) => onChange({ kinds: selected })}
      />
    </div>
  );
}
