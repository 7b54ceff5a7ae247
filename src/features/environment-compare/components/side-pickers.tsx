import { faRightLeft } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useId } from 'react';
import { Button } from '../../../components/button/button';
import { sideKey, type SideOption } from '../../../lib/deployed-sides';
import type { CompareSide } from '../model/compare-search';
import styles from './side-pickers.module.css';

interface SidePickerProps {
  label: string;
  options: readonly SideOption[];
  value: CompareSide | null;
  /** What the current side is called, when the options do not have it (not deployed there). */
  valueLabel: string | null;
  onChange: (side: CompareSide) => void;
}

function SidePicker({ label, options, value, valueLabel, onChange }: SidePickerProps) {
  const id = useId();
  const current = value === null ? '' : sideKey(value);
  const known = options.some((option) => option.key === current);
  return (
    <div className={styles.picker}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <select
        id={id}
        className={styles.select}
        value={current}
        onChange={(event) => {
          const option = options.find((each) => each.key === event.target.value);
          if (option) onChange({ environmentId: option.environmentId, tenantId: option.tenantId });
        }}
      >
        {current === '' && (
          <option value="" disabled>
            Pick one…
          </option>
        )}
        {current !== '' && !known && (
          <option value={current}>{`${valueLabel ?? current} (not deployed)`}</option>
        )}
        {options.map((option) => (
          <option key={option.key} value={option.key}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface SidePickersProps {
  options: readonly SideOption[];
  left: CompareSide | null;
  right: CompareSide | null;
  labels?: { left: string | null; right: string | null };
  onChange: (sides: { left: CompareSide | null; right: CompareSide | null }) => void;
}

/**
 * The two sides, each a native select of the places the project is deployed to, and a button
 * that swaps them: keyboard and screen readers get the platform's own controls.
 */
export function SidePickers({ options, left, right, labels, onChange }: SidePickersProps) {
  return (
    <div className={styles.pickers} role="group" aria-label="Sides">
      <SidePicker
        label="Left side"
        options={options}
        value={left}
        valueLabel={labels?.left ?? null}
        onChange={(side) => onChange({ left: side, right })}
      />
      <Button
        className={styles.swap}
        onClick={() => onChange({ left: right, right: left })}
        disabled={left === null && right === null}
      >
        <FontAwesomeIcon icon={faRightLeft} />
        Swap sides
      </Button>
      <SidePicker
        label="Right side"
        options={options}
        value={right}
        valueLabel={labels?.right ?? null}
        onChange={(side) => onChange({ left, right: side })}
      />
    </div>
  );
}
