import { faPlugCircleXmark } from '@fortawesome/free-solid-svg-icons';
import type { ApplicationStatus } from '../../../api/contract';
import {
  applicationStatusDefinitions,
  successWithWarningsDefinition,
  taskStateDefinition,
  taskStateDefinitions,
  type StatusDefinition,
  type TaskStateValue,
} from '../../../components/status';
import type { CellModel, DashboardMode, RollupCellModel, TenantCell } from './dashboard-model';

/**
 * Whether the live summaries have arrived: cells cannot show live status before. `partial`: the
 * server has no batch endpoint, so cells arrive one by one and a cell not read yet is loading.
 */
export type LiveState = 'pending' | 'partial' | 'ready' | 'error';

/**
 * What a cell is counted and filtered as: in live mode an application status, or the deployment
 * state that takes precedence over it; in deployment mode a task state.
 */
export type StatusKey =
  ApplicationStatus | TaskStateValue | 'SuccessWithWarnings' | 'Loading' | 'Unreadable';

/** Why a cell shows what it shows, for its tooltip. */
export type DisplayReason =
  /** Deployment mode: the task state. */
  | 'deployment'
  /** Live mode: the application's live status. */
  | 'live'
  /** Live mode, but the latest deployment failed, was cancelled or timed out: it wins. */
  | 'precedence'
  /** Live mode, but the project has no live status: its deployment state stays visible. */
  | 'not-supported'
  /** Live mode, before the live summaries arrive. */
  | 'loading'
  /** Live mode, and asking the server for this cell's live status failed. */
  | 'unreadable';

export interface CellDisplay {
  key: StatusKey;
  definition: StatusDefinition;
  reason: DisplayReason;
}

/** Deployment states that a cell shows even in live mode (a deployment that went wrong outranks live health). */
const PRECEDENCE_STATES: ReadonlySet<TaskStateValue> = new Set(['Failed', 'Canceled', 'TimedOut']);

export const loadingDefinition: StatusDefinition = {
  label: 'Loading live status',
  icon: null,
  tone: 'neutral',
  description: 'Periscope is asking the server for the live status of this application',
};

/** In the summary strip while cells are read one by one: most have not been asked yet. */
export const notReadDefinition: StatusDefinition = {
  ...loadingDefinition,
  label: 'Not read yet',
  description:
    'Periscope reads the live status of the cells on screen first, then of the cells around them',
};

export const unreadableDefinition: StatusDefinition = {
  label: 'Could not read',
  icon: faPlugCircleXmark,
  tone: 'unknown',
  description: 'Live status could not be read',
};

/** A live summary the server did not send for a deployed cell: we cannot tell its live status. */
const noLiveStatus = 'Unknown' satisfies ApplicationStatus;

function deploymentKey(cell: CellModel): StatusKey {
  const { state, hasWarnings } = cell.deployment;
  return state === 'Success' && hasWarnings ? 'SuccessWithWarnings' : state;
}

/** What one cell shows in a mode. Pure; cheap enough to call for every cell on every render. */
export function describeCell(
  cell: CellModel,
  mode: DashboardMode,
  liveState: LiveState,
): CellDisplay {
  const { state, hasWarnings } = cell.deployment;
  const deployment = taskStateDefinition(state, hasWarnings);
  if (mode === 'deployments') {
    return { key: deploymentKey(cell), definition: deployment, reason: 'deployment' };
  }
  if (PRECEDENCE_STATES.has(state)) {
    return { key: state, definition: deployment, reason: 'precedence' };
  }
  if (cell.live === null && cell.liveError !== null) {
    return { key: 'Unreadable', definition: unreadableDefinition, reason: 'unreadable' };
  }
  if (cell.live === null && (liveState === 'pending' || liveState === 'partial')) {
    return { key: 'Loading', definition: loadingDefinition, reason: 'loading' };
  }
  const status = cell.live?.status ?? noLiveStatus;
  if (status === 'NotSupported') {
    return { key: 'NotSupported', definition: deployment, reason: 'not-supported' };
  }
  return { key: status, definition: applicationStatusDefinitions[status], reason: 'live' };
}

/**
 * How bad each status is, worst first: a tenanted project's roll-up shows its worst tenant, and
 * the summary strip lists the worst first so a broken thing is the first thing read.
 */
const liveSeverity: readonly StatusKey[] = [
  'Failed',
  'TimedOut',
  'Unavailable',
  'Degraded',
  'Missing',
  'Unknown',
  'Unreadable',
  'OutOfSync',
  'Stale',
  'Canceled',
  'Progressing',
  'Waiting',
  'Loading',
  'NotSupported',
  'Healthy',
];
const deploymentSeverity: readonly StatusKey[] = [
  'Failed',
  'TimedOut',
  'Canceled',
  'Cancelling',
  'Unknown',
  'Executing',
  'Queued',
  'SuccessWithWarnings',
  'Success',
];

/** Lower is worse. Keys a mode never produces sort last. */
export function statusSeverity(key: StatusKey, mode: DashboardMode): number {
  const order = mode === 'live' ? liveSeverity : deploymentSeverity;
  const index = order.indexOf(key);
  return index === -1 ? order.length : index;
}

function isApplicationStatus(key: string): key is ApplicationStatus {
  return Object.hasOwn(applicationStatusDefinitions, key);
}

function isTaskState(key: string): key is TaskStateValue {
  return Object.hasOwn(taskStateDefinitions, key);
}

/** In the summary strip ("Cells by live status"), "live status" goes without saying. */
const notSupportedCountDefinition: StatusDefinition = {
  ...applicationStatusDefinitions.NotSupported,
  label: 'Not available',
};

/** The label, icon and tone of a status key, as the summary strip shows it. */
export function statusKeyDefinition(key: StatusKey, mode: DashboardMode): StatusDefinition {
  if (key === 'Loading') return loadingDefinition;
  if (key === 'Unreadable') return unreadableDefinition;
  if (key === 'NotSupported') return notSupportedCountDefinition;
  if (key === 'SuccessWithWarnings') return successWithWarningsDefinition;
  if (mode === 'live' && isApplicationStatus(key)) return applicationStatusDefinitions[key];
  if (isTaskState(key)) return taskStateDefinitions[key];
  return applicationStatusDefinitions[key];
}

/** A status filter read from the URL, if it names something the mode can show. */
export function parseStatusKey(value: string | null, mode: DashboardMode): StatusKey | null {
  if (value === null) return null;
  return statusKeysOf(mode).find((key) => key === value) ?? null;
}

/** Every key a mode can produce: what a `status` filter in the URL may name. */
export function statusKeysOf(mode: DashboardMode): readonly StatusKey[] {
  return mode === 'live' ? liveSeverity : deploymentSeverity;
}

export interface RollupDisplay extends CellDisplay {
  /** The tenant whose status the roll-up shows: where its link goes. */
  worst: TenantCell;
  tenantCount: number;
}

/** A tenanted project's cell: the worst status across its tenants. Ties go to the first tenant. */
export function describeRollup(
  rollup: RollupCellModel,
  mode: DashboardMode,
  liveState: LiveState,
): RollupDisplay {
  let worst: { tenant: TenantCell; display: CellDisplay; severity: number } | undefined;
  for (const tenant of rollup.tenants) {
    const display = describeCell(tenant.cell, mode, liveState);
    const severity = statusSeverity(display.key, mode);
    if (!worst || severity < worst.severity) worst = { tenant, display, severity };
  }
  if (!worst) throw new Error(`Roll-up ${rollup.key} has no tenants`);
  return { ...worst.display, worst: worst.tenant, tenantCount: rollup.tenants.length };
}

/**
 * What a cell's tooltip says of its orphans ("1 orphaned object: Octopus no longer deploys it"),
 * or null when it has none. Orphans do not count toward the status, so the tooltip says so.
 */
export function orphansText(count: number): string | null {
  if (count <= 0) return null;
  return count === 1
    ? '1 orphaned object: Octopus no longer deploys it'
    : `${String(count)} orphaned objects: Octopus no longer deploys them`;
}
