import { faSlash } from '@fortawesome/free-solid-svg-icons';
import { memo, type ReactNode } from 'react';
import { Glyph } from '../glyph/glyph';
import { useTooltip } from '../tooltip/use-tooltip';
import styles from './status-badge.module.css';
import type { StatusDefinition } from './status-definition';
import { statusToneClass } from './status-tone';

function classNames(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

interface StatusIconProps {
  definition: StatusDefinition;
  className?: string;
}

/**
 * A status's icon, in its tone's colour. Decorative: whatever it sits in must carry the label
 * (StatusBadge does). A status without an icon draws nothing. Memoised: it only re-renders when
 * the status changes.
 */
export const StatusIcon = memo(function StatusIcon({ definition, className }: StatusIconProps) {
  const { icon, slashed = false, spin = false, tone } = definition;
  if (!icon) return null;
  const classes = classNames(styles.icon, statusToneClass(tone), className);
  // One element for the common case: grids draw thousands of these.
  if (!slashed) return <Glyph icon={icon} spin={spin} className={classes} />;
  return (
    <span className={classNames(classes, styles.layered)} aria-hidden="true">
      <Glyph icon={icon} spin={spin} className={styles.glyph} />
      <Glyph icon={faSlash} className={styles.slash} />
    </span>
  );
});

export type StatusBadgeVariant = 'plain' | 'pill';

interface StatusBadgeProps {
  definition: StatusDefinition;
  /** `plain`: icon and label. `pill`: the same on a subtle tinted background. */
  variant?: StatusBadgeVariant;
  /**
   * Make the badge focusable, with its description in a tooltip on hover and focus. Use it where
   * the badge is not already inside something that explains it (a link with its own tooltip).
   */
  describe?: boolean;
  className?: string;
}

/** A status as icon and text, never by colour alone. */
export function StatusBadge({
  definition,
  variant = 'plain',
  describe = false,
  className,
}: StatusBadgeProps) {
  const classes = classNames(
    styles.badge,
    variant === 'pill' && styles.pill,
    statusToneClass(definition.tone),
    className,
  );
  const body = (
    <>
      <StatusIcon definition={definition} />
      <span className={styles.label}>{definition.label}</span>
    </>
  );
  if (!describe) return <span className={classes}>{body}</span>;
  return (
    <DescribedBadge className={classes} description={definition.description}>
      {body}
    </DescribedBadge>
  );
}

function DescribedBadge({
  className,
  description,
  children,
}: {
  className: string;
  description: string;
  children: ReactNode;
}) {
  const tooltip = useTooltip(description);
  return (
    <button type="button" className={classNames(className, styles.described)} {...tooltip}>
      {children}
    </button>
  );
}
