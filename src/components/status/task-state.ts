import {
  faBan,
  faCircleCheck,
  faCircleXmark,
  faClock,
  faHourglassStart,
  faQuestion,
  faSpinner,
  faTriangleExclamation,
} from '@fortawesome/free-solid-svg-icons';
import type { TaskState, Unknown } from '../../api/contract';
import type { StatusDefinition } from './status-definition';

/** A deployment's task state as the client reads it: a state it does not know is `Unknown`. */
export type TaskStateValue = TaskState | Unknown;

/** The state of a deployment's server task (the dashboard's deployment mode). */
export const taskStateDefinitions: Record<TaskStateValue, StatusDefinition> = {
  Queued: {
    label: 'Queued',
    icon: faHourglassStart,
    tone: 'unknown',
    description: 'The deployment is waiting for its turn to start',
  },
  Executing: {
    label: 'Executing',
    icon: faSpinner,
    spin: true,
    tone: 'progressing',
    description: 'The deployment is running now',
  },
  Failed: {
    label: 'Failed',
    icon: faCircleXmark,
    tone: 'degraded',
    description: 'The deployment failed',
  },
  Canceled: {
    label: 'Canceled',
    icon: faBan,
    tone: 'unknown',
    description: 'The deployment was canceled before it finished',
  },
  TimedOut: {
    label: 'Timed out',
    icon: faClock,
    tone: 'timed-out',
    description: 'The deployment did not finish in the time it was given',
  },
  Success: {
    label: 'Success',
    icon: faCircleCheck,
    tone: 'healthy',
    description: 'The deployment completed successfully',
  },
  Cancelling: {
    label: 'Cancelling',
    icon: faBan,
    tone: 'waiting',
    description: 'The deployment is being canceled',
  },
  Unknown: {
    label: 'Unknown',
    icon: faQuestion,
    tone: 'unknown',
    description: 'The server reported a deployment state this version of Periscope does not know',
  },
};

/** A successful deployment that logged warnings or errors along the way. */
export const successWithWarningsDefinition: StatusDefinition = {
  label: 'Success with warnings',
  icon: faTriangleExclamation,
  tone: 'out-of-sync',
  description: 'The deployment completed, but logged warnings or errors along the way',
};

/**
 * How to show a deployment's state. "With warnings" only qualifies a success: a failed or
 * cancelled task always has errors, and saying so again adds nothing.
 */
export function taskStateDefinition(state: TaskStateValue, hasWarnings = false): StatusDefinition {
  return state === 'Success' && hasWarnings
    ? successWithWarningsDefinition
    : taskStateDefinitions[state];
}
