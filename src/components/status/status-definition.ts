import type { IconDefinition } from '@fortawesome/fontawesome-svg-core';

/**
 * The colour family a status is drawn in. Each tone is a set of design tokens
 * (`--status-<tone>-fg/-bg/-border` in tokens.css); `neutral` uses the plain text colours.
 */
export type StatusTone =
  | 'healthy'
  | 'progressing'
  | 'degraded'
  | 'missing'
  | 'out-of-sync'
  | 'unknown'
  | 'unavailable'
  | 'waiting'
  | 'stale'
  | 'timed-out'
  | 'neutral';

/** How one status is shown: always with its label, never by colour alone. */
export interface StatusDefinition {
  /** The words on screen and in accessible names ("Out of Sync"). */
  label: string;
  /** Font Awesome solid icon; null for a status drawn without one (`NotSupported`). */
  icon: IconDefinition | null;
  /** Draw the icon struck through (Stale: a lightning bolt with a slash). */
  slashed?: boolean;
  /** Spin the icon: only for things that are running right now. */
  spin?: boolean;
  tone: StatusTone;
  /** One sentence on what the status means, for tooltips and screen readers. */
  description: string;
}
