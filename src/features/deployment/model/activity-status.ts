import {
  faBan,
  faCircle,
  faCircleCheck,
  faCircleXmark,
  faForward,
  faQuestion,
  faSpinner,
  faTriangleExclamation,
} from '@fortawesome/free-solid-svg-icons';
import type { ActivityStatus, LogCategory, Unknown } from '../../../api/contract';
import type { StatusDefinition } from '../../../components/status';

export type ActivityStatusValue = ActivityStatus | Unknown;

/** The status of one node of the task log (the task, a step, a target), as Octopus shows it. */
export const activityStatusDefinitions: Record<ActivityStatusValue, StatusDefinition> = {
  Pending: {
    label: 'Pending',
    icon: faCircle,
    tone: 'unknown',
    description: 'This has not started yet',
  },
  Running: {
    label: 'Running',
    icon: faSpinner,
    spin: true,
    tone: 'progressing',
    description: 'This is running now',
  },
  Success: {
    label: 'Success',
    icon: faCircleCheck,
    tone: 'healthy',
    description: 'This completed successfully',
  },
  SuccessWithWarning: {
    label: 'Success with warnings',
    icon: faTriangleExclamation,
    tone: 'out-of-sync',
    description: 'This completed, but logged warnings along the way',
  },
  Failed: {
    label: 'Failed',
    icon: faCircleXmark,
    tone: 'degraded',
    description: 'This failed',
  },
  Skipped: {
    label: 'Skipped',
    icon: faForward,
    tone: 'stale',
    description: 'This was skipped',
  },
  Canceled: {
    label: 'Canceled',
    icon: faBan,
    tone: 'unknown',
    description: 'This was canceled before it finished',
  },
  Unknown: {
    label: 'Unknown',
    icon: faQuestion,
    tone: 'unknown',
    description: 'The server reported a status this version of Periscope does not know',
  },
};

export type LogCategoryValue = LogCategory | Unknown;

/** How a log line is drawn: its tone, and whether it is named out loud (warnings and errors). */
export const logCategoryStyles: Record<
  LogCategoryValue,
  { tone: 'muted' | 'plain' | 'strong' | 'warning' | 'danger'; announce: string | null }
> = {
  Trace: { tone: 'muted', announce: null },
  Verbose: { tone: 'muted', announce: null },
  Info: { tone: 'plain', announce: null },
  Planned: { tone: 'muted', announce: null },
  Highlight: { tone: 'strong', announce: null },
  Wait: { tone: 'muted', announce: null },
  Gap: { tone: 'muted', announce: null },
  Alert: { tone: 'warning', announce: 'Alert' },
  Warning: { tone: 'warning', announce: 'Warning' },
  Error: { tone: 'danger', announce: 'Error' },
  Fatal: { tone: 'danger', announce: 'Fatal' },
  Finished: { tone: 'plain', announce: null },
  Abandoned: { tone: 'warning', announce: 'Abandoned' },
  Updated: { tone: 'plain', announce: null },
  Unknown: { tone: 'plain', announce: null },
};

function isStyledCategory(category: string): category is LogCategoryValue {
  return Object.hasOwn(logCategoryStyles, category);
}

/** A line's style; a category this build does not know is drawn as a plain line. */
export function logCategoryStyle(category: string): (typeof logCategoryStyles)[LogCategoryValue] {
  return isStyledCategory(category) ? logCategoryStyles[category] : logCategoryStyles.Unknown;
}
