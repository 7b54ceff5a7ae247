import type { ReactNode } from 'react';
import styles from './switch.module.css';

interface SwitchProps {
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  /** The visible label; it is also the switch's accessible name. */
  children: ReactNode;
  /** Extra description, e.g. what the switch changes. */
  'aria-describedby'?: string;
  /** Cannot be flipped now; say why with `aria-describedby`. */
  disabled?: boolean;
  className?: string;
}

/**
 * An on/off switch (`role="switch"`): a button, so Space and Enter flip it, with its label
 * inside so the whole thing is one click target.
 */
export function Switch({
  checked,
  onCheckedChange,
  children,
  className,
  disabled,
  'aria-describedby': describedBy,
}: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      aria-describedby={describedBy}
      disabled={disabled}
      className={[styles.switch, className].filter(Boolean).join(' ')}
      onClick={() => onCheckedChange(!checked)}
    >
      <span className={styles.track} aria-hidden="true">
        <span className={styles.thumb} />
      </span>
      <span className={styles.label}>{children}</span>
    </button>
  );
}
