import {
  describeFailure,
  type FailureDescription,
  type FailureSubject,
} from '../../../api/describe-failure';

/** A request's state, as far as telling which one failed needs it. */
export interface LookupState {
  error: unknown;
  isPending: boolean;
}

/** The requests of one application's page: its live status and the parts it is made of. */
export interface ApplicationLookups {
  live: LookupState & { hasData: boolean };
  project: LookupState;
  environment: LookupState;
  /** Null for an untenanted application (its tenant request never runs). */
  tenant: LookupState | null;
}

export interface ApplicationIds {
  projectId: string;
  environmentId: string;
  tenantId: string | null;
}

export interface ApplicationFailure {
  subject: FailureSubject;
  failure: FailureDescription;
}

/**
 * Which of the application's requests failed with a 403 or a 404, in that thing's own words.
 * The project, the environment and the tenant come first: when one of them is missing the live
 * status fails too, and "Environment not found" says more than "Application not found".
 * `pending` while the live status has failed but the parts that may explain why are loading.
 * Null when there is live status to show, or the failure is not a 403 or 404 (the page's own
 * error state, with Retry, shows those).
 */
export function applicationFailure(
  lookups: ApplicationLookups,
  { projectId, environmentId, tenantId }: ApplicationIds,
  /** "carts in Production", once the names are known. */
  applicationName: string,
): ApplicationFailure | 'pending' | null {
  if (lookups.live.hasData) return null;
  const parts: [LookupState | null, FailureSubject][] = [
    [lookups.project, { kind: 'project', id: projectId }],
    [lookups.environment, { kind: 'environment', id: environmentId }],
    [lookups.tenant, { kind: 'tenant', id: tenantId ?? '' }],
  ];
  for (const [lookup, subject] of parts) {
    const failure = lookup && describeFailure(lookup.error, subject);
    if (failure) return { subject, failure };
  }
  const subject: FailureSubject = {
    kind: 'application',
    id: `${projectId} in ${environmentId}`,
    name: applicationName,
  };
  const failure = describeFailure(lookups.live.error, subject);
  if (!failure) return null;
  return parts.some(([lookup]) => lookup?.isPending) ? 'pending' : { subject, failure };
}
