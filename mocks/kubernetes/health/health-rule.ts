import type { z } from 'zod';
import { health, type ObjectHealth } from './health-status';

/** The API group, version and kind of an object, as gitops-engine dispatches on them. */
export interface GroupVersionKind {
  group: string;
  version: string;
  kind: string;
}

/** Go's `schema.GroupVersionKind.String()`: "apps/v1, Kind=Deployment", "/v1, Kind=Pod". */
export function formatGroupVersionKind({ group, version, kind }: GroupVersionKind): string {
  return `${group}/${version}, Kind=${kind}`;
}

/** The health of an object of one kind. The object is any JSON object: nothing is checked yet. */
export type HealthRule = (
  object: Readonly<Record<string, unknown>>,
  gvk: GroupVersionKind,
) => ObjectHealth;

/**
 * A rule that reads the object through a schema first, as gitops-engine converts it to its typed
 * struct: when the object does not fit, the health is Unknown and says which field is wrong.
 */
export function typedRule<S extends z.ZodType>(
  conversionFailure: string,
  schema: S,
  judge: (object: z.output<S>, gvk: GroupVersionKind) => ObjectHealth,
): HealthRule {
  return (object, gvk) => {
    const parsed = schema.safeParse(object);
    if (!parsed.success) {
      return health('Unknown', `${conversionFailure}: ${describeFirstIssue(parsed.error)}`);
    }
    return judge(parsed.data, gvk);
  };
}

/** "status.replicas: Invalid input: expected int, received string". */
export function describeFirstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid object';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
