import { isApiError } from './api-error';
import { apiPaths, type ApiPathName } from './contract/paths';

/** The kinds of thing a page asks the server for, each with its own not-found and not-allowed words. */
export type FailureSubjectKind =
  | 'space'
  | 'project'
  | 'environment'
  | 'tenant'
  /** A project's live status in an environment (and for a tenant). */
  | 'application'
  | 'deployment'
  | 'task'
  /** A live Kubernetes object of an application. */
  | 'object';

/** What a page asked for: its kind, its id and, when the page knows it, a name to show. */
export interface FailureSubject {
  kind: FailureSubjectKind;
  /** The id asked for: `Projects-9`, `Deployments-77`; an object's UID. */
  id: string;
  /** "carts in Production", "Pod carts-7d9f": shown instead of (or beside) the id. */
  name?: string | null;
}

/**
 * The one thing to do next: go to the dashboard, close the drawer the failure is in, or try
 * again (when the failure is about what the whole app shows, such as its space).
 */
export type FailureWayOut =
  | { kind: 'dashboard'; label: string }
  | { kind: 'close'; label: string }
  | { kind: 'retry'; label: string };

/** A 403 or 404 in words for people, specific to the kind of thing that was asked for. */
export interface FailureDescription {
  status: 403 | 404;
  /** "HTTP 404": a short line above the title. */
  eyebrow: string;
  title: string;
  /** What failed, naming the thing by its id or name. */
  detail: string;
  /** The server's own words (its `ErrorMessage`, with its `Errors`), to show as plain text. */
  serverMessage: string | null;
  /** What to ask for, for a 403; null for a 404. */
  advice: string | null;
  wayOut: FailureWayOut;
}

interface KindWords {
  /** "project": for "Not allowed to view this project". */
  noun: string;
  /** "the project Projects-9": the thing, for "cannot view …". */
  thing: (label: string | null) => string;
  notFoundTitle: string;
  notFound: (label: string | null) => string;
  /** The Octopus permission that lets a user view it, when there is one by that name. */
  permission: string | null;
  wayOut: FailureWayOut;
}

const toDashboard: FailureWayOut = { kind: 'dashboard', label: 'Go to dashboard' };
const deletedOrWrongLink = 'It may have been deleted, or the link is wrong.';

const words: Record<FailureSubjectKind, KindWords> = {
  space: {
    noun: 'space',
    thing: (label) => `the space ${label ?? ''}`.trim(),
    notFoundTitle: 'Space not found',
    notFound: (label) =>
      `The server has no space ${label ?? ''}. It may have been deleted, or the space id in Periscope's configuration (VITE_OCTOPUS_SPACE_ID) is wrong.`,
    permission: null,
    wayOut: { kind: 'retry', label: 'Try again' },
  },
  project: {
    noun: 'project',
    thing: (label) => `the project ${label ?? ''}`.trim(),
    notFoundTitle: 'Project not found',
    notFound: (label) => `The server has no project ${label ?? ''}. ${deletedOrWrongLink}`,
    permission: 'ProjectView',
    wayOut: toDashboard,
  },
  environment: {
    noun: 'environment',
    thing: (label) => `the environment ${label ?? ''}`.trim(),
    notFoundTitle: 'Environment not found',
    notFound: (label) => `The server has no environment ${label ?? ''}. ${deletedOrWrongLink}`,
    permission: 'EnvironmentView',
    wayOut: toDashboard,
  },
  tenant: {
    noun: 'tenant',
    thing: (label) => `the tenant ${label ?? ''}`.trim(),
    notFoundTitle: 'Tenant not found',
    notFound: (label) => `The server has no tenant ${label ?? ''}. ${deletedOrWrongLink}`,
    permission: 'TenantView',
    wayOut: toDashboard,
  },
  application: {
    noun: 'application',
    thing: (label) => (label ? `the live status of ${label}` : 'this live status'),
    notFoundTitle: 'Application not found',
    notFound: (label) =>
      `There is no live status for ${label ?? 'this application'}: the project may not be deployed to this environment, or the link is wrong.`,
    permission: null,
    wayOut: toDashboard,
  },
  deployment: {
    noun: 'deployment',
    thing: (label) => `the deployment ${label ?? ''}`.trim(),
    notFoundTitle: 'Deployment not found',
    notFound: (label) =>
      `This deployment (${label ?? 'unknown'}) no longer exists on the server: retention policies delete old deployments with their releases. The link may also be wrong.`,
    permission: 'DeploymentView',
    wayOut: toDashboard,
  },
  task: {
    noun: 'task',
    thing: (label) => `the task ${label ?? ''}`.trim(),
    notFoundTitle: 'Task not found',
    notFound: (label) =>
      `This task (${label ?? 'unknown'}) no longer exists on the server: retention policies delete old tasks with their logs. The link may also be wrong.`,
    permission: 'TaskView',
    wayOut: toDashboard,
  },
  object: {
    noun: 'object',
    thing: (label) => (label ? `the Kubernetes object ${label}` : 'this Kubernetes object'),
    notFoundTitle: 'Object not found',
    notFound: (label) =>
      `This Kubernetes object${label ? ` (${label})` : ''} is no longer monitored: it may have been deleted from the cluster, or the release stopped deploying it.`,
    permission: null,
    wayOut: { kind: 'close', label: 'Back to live status' },
  },
};

/**
 * How the thing is named: "carts (Projects-2)", or its id alone. An application's name says
 * more than its parts' ids, and an object's UID says nothing to people: no UID is shown.
 */
function labelOf({ kind, id, name }: FailureSubject): string | null {
  if (kind === 'object') return name ?? null;
  if (kind === 'application') return name ?? id;
  return name && name !== id ? `${name} (${id})` : id;
}

/** "Missing permission: ProjectView", as a real Octopus server says it in a 403. */
function missingPermission(serverMessage: string | null): string | null {
  return /Missing permission:\s*([A-Za-z]+)/.exec(serverMessage ?? '')?.[1] ?? null;
}

/**
 * A 403 or 404 from the API as words for the page that asked for `subject`: a title per kind
 * ("Project not found", "Not allowed to view this environment"), what it means, the server's
 * message and the way out. Null for any other failure, including a 401, whose own message (the
 * API key was not accepted) already says what to do: pages show those with their Retry.
 */
export function describeFailure(
  error: unknown,
  subject: FailureSubject,
): FailureDescription | null {
  if (!isApiError(error) || error.kind !== 'http') return null;
  const { status, serverMessage } = error;
  if (status !== 403 && status !== 404) return null;
  const kind = words[subject.kind];
  const label = labelOf(subject);
  if (status === 404) {
    return {
      status,
      eyebrow: 'HTTP 404',
      title: kind.notFoundTitle,
      detail: kind.notFound(label),
      serverMessage,
      advice: null,
      wayOut: kind.wayOut,
    };
  }
  const permission = missingPermission(serverMessage) ?? kind.permission;
  return {
    status,
    eyebrow: 'HTTP 403',
    title: `Not allowed to view this ${kind.noun}`,
    detail: `The API key Periscope uses cannot view ${kind.thing(label)}.`,
    serverMessage,
    advice: permission
      ? `Ask your Octopus administrator to grant the key's user, or a team it is in, the ${permission} permission.`
      : `Ask your Octopus administrator to grant the key's user, or a team it is in, permission to view it.`,
    wayOut: kind.wayOut,
  };
}

/** The endpoints whose path names one thing, and the kind of that thing. */
const endpointSubjects: readonly (readonly [ApiPathName, FailureSubjectKind])[] = [
  ['space', 'space'],
  ['dashboard', 'space'],
  ['project', 'project'],
  ['environment', 'environment'],
  ['tenant', 'tenant'],
  ['untenantedLiveStatus', 'application'],
  ['tenantedLiveStatus', 'application'],
  ['untenantedResource', 'object'],
  ['tenantedResource', 'object'],
  ['untenantedManifest', 'object'],
  ['tenantedManifest', 'object'],
  ['untenantedManifestV2', 'object'],
  ['tenantedManifestV2', 'object'],
  ['deployment', 'deployment'],
  ['task', 'task'],
  ['taskDetails', 'task'],
  ['taskObjectStatus', 'task'],
];

/** The `:name` parameters of `path` when it matches `template` exactly, else null. */
function matchTemplate(template: string, path: string): Record<string, string> | null {
  const expected = template.split('/').filter(Boolean);
  const actual = path.split('/').filter(Boolean);
  if (expected.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of expected.entries()) {
    const segment = actual[index] ?? '';
    if (!part.startsWith(':')) {
      if (part !== segment) return null;
      continue;
    }
    try {
      params[part.slice(1)] = decodeURIComponent(segment);
    } catch {
      return null;
    }
  }
  return params;
}

function idOf(kind: FailureSubjectKind, params: Record<string, string>): string {
  switch (kind) {
    case 'space':
      return params.spaceId ?? '';
    case 'project':
      return params.projectId ?? '';
    case 'environment':
      return params.environmentId ?? '';
    case 'tenant':
      return params.tenantId ?? '';
    case 'application': {
      const base = `${params.projectId ?? ''} in ${params.environmentId ?? ''}`;
      return params.tenantId ? `${base} for ${params.tenantId}` : base;
    }
    case 'deployment':
      return params.deploymentId ?? '';
    case 'task':
      return params.taskId ?? '';
    case 'object':
      return params.resourceId ?? '';
  }
}

/**
 * What an API request path asked for, from the endpoint it matches: for a failure that reaches
 * a place that does not know which request it made (the route's error boundary). Null for an
 * endpoint that names no one thing (a list, a session).
 */
export function subjectOfApiPath(path: string): FailureSubject | null {
  for (const [name, kind] of endpointSubjects) {
    const params = matchTemplate(apiPaths[name], path);
    if (params) return { kind, id: idOf(kind, params) };
  }
  return null;
}
