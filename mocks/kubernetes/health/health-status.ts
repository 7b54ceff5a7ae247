import type { HealthStatus } from '../../../src/api/contract/enums';

/** The health of one live object: a status, and the message that explains it, if any. */
export interface ObjectHealth {
  status: HealthStatus;
  message: string | null;
}

/** A health, reading Go's empty message as "no message". */
export function health(status: HealthStatus, message?: string | null): ObjectHealth {
  return { status, message: message ? message : null };
}

/** How bad each status is, for rolling many up into one: higher is worse. */
export const healthSeverity: Record<HealthStatus, number> = {
  Healthy: 0,
  Suspended: 1,
  Progressing: 2,
  Missing: 3,
  Degraded: 4,
  Unknown: 5,
  Stale: 6,
};

/** The worst of some statuses (gitops-engine's order, with Stale worst of all); null if none. */
export function worstHealth(statuses: Iterable<HealthStatus>): HealthStatus | null {
  let worst: HealthStatus | null = null;
  for (const status of statuses) {
    if (worst === null || healthSeverity[status] > healthSeverity[worst]) worst = status;
  }
  return worst;
}
