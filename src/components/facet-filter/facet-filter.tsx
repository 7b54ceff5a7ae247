import { faCheck } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { StatusIcon, type StatusDefinition } from '../status';
import { useTooltip } from '../tooltip/use-tooltip';
import styles from './facet-filter.module.css';

/** One value of a facet: how many rows have it (among those every other filter keeps). */
export interface FacetOption<Value extends string> {
  value: Value;
  count: number;
  selected: boolean;
}

interface FacetChipProps {
  label: string;
  count: number;
  checked: boolean;
  /** For statuses: the icon, and the description shown on hover and focus. */
  definition?: StatusDefinition;
  onChange: (checked: boolean) => void;
}

function FacetChip({ label, count, checked, definition, onChange }: FacetChipProps) {
  const tooltip = useTooltip(definition?.description ?? null);
  return (
    <label
      className={styles.chip}
      data-checked={checked || undefined}
      data-zero={count === 0 || undefined}
    >
      <input
        type="checkbox"
        className={styles.checkbox}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        {...(definition ? tooltip : {})}
      />
      {checked && <FontAwesomeIcon icon={faCheck} className={styles.checkMark} />}
      {definition && <StatusIcon definition={definition} />}
      <span>{label}</span>{' '}
      <span className={styles.count}>
        {count} <span className="visually-hidden">{count === 1 ? 'object' : 'objects'}</span>
      </span>
    </label>
  );
}

interface FacetFilterProps<Value extends string> {
  legend: string;
  options: readonly FacetOption<Value>[];
  /** The status vocabulary of the facet; kinds have none. */
  definitions?: Record<Value, StatusDefinition>;
  onChange: (selected: Value[]) => void;
}

/**
 * One facet (Health, Sync, Kind): a checkbox per value, each with how many objects have it. The
 * live status page and the comparison page filter by it.
 */
export function FacetFilter<Value extends string>({
  legend,
  options,
  definitions,
  onChange,
}: FacetFilterProps<Value>) {
  if (options.length === 0) return null;
  const selected = options.filter((option) => option.selected).map((option) => option.value);
  return (
    <fieldset className={styles.facet}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.chips}>
        {options.map((option) => {
          const definition = definitions?.[option.value];
          return (
            <FacetChip
              key={option.value}
              label={definition?.label ?? option.value}
              count={option.count}
              checked={option.selected}
              definition={definition}
              onChange={(checked) =>
                onChange(
                  checked
                    ? [...selected, option.value]
                    : selected.filter((value) => value !== option.value),
                )
              }
            />
          );
        })}
      </div>
    </fieldset>
  );
}
