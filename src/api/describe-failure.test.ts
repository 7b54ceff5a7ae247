import { describe, expect, it } from 'vitest';
import { ApiError, httpErrorMessage } from './api-error';
import { describeFailure, subjectOfApiPath, type FailureSubject } from './describe-failure';

function httpError(status: number, serverMessage: string | null = null, path = '/api/x') {
  return new ApiError({
    kind: 'http',
    status,
    path,
    serverMessage,
    message: httpErrorMessage(status, serverMessage, null),
  });
}

const project: FailureSubject = { kind: 'project', id: 'Projects-9' };
const missingProjectView =
  'You do not have permission to perform this action. Please contact your Octopus administrator. Missing permission: ProjectView';

describe('describeFailure: 404, per kind', () => {
  it('a project: not found, deleted or a wrong link, back to the dashboard', () => {
    expect(describeFailure(httpError(404, 'Project Projects-9 was not found.'), project)).toEqual({
      status: 404,
      eyebrow: 'HTTP 404',
      title: 'Project not found',
      detail:
        'The server has no project Projects-9. It may have been deleted, or the link is wrong.',
      serverMessage: 'Project Projects-9 was not found.',
      advice: null,
      wayOut: { kind: 'dashboard', label: 'Go to dashboard' },
    });
  });

  it('an environment and a tenant, each in its own words', () => {
    const environment = describeFailure(httpError(404), {
      kind: 'environment',
      id: 'Environments-8',
    });
    expect(environment?.title).toBe('Environment not found');
    expect(environment?.detail).toBe(
      'The server has no environment Environments-8. It may have been deleted, or the link is wrong.',
    );
    expect(environment?.serverMessage).toBeNull();
    const tenant = describeFailure(httpError(404), { kind: 'tenant', id: 'Tenants-7' });
    expect(tenant?.title).toBe('Tenant not found');
    expect(tenant?.detail).toMatch(/^The server has no tenant Tenants-7\./);
  });

  it('a deployment: retention policies delete old ones', () => {
    const failure = describeFailure(httpError(404), { kind: 'deployment', id: 'Deployments-77' });
    expect(failure?.title).toBe('Deployment not found');
    expect(failure?.detail).toBe(
      'This deployment (Deployments-77) no longer exists on the server: retention policies delete old deployments with their releases. The link may also be wrong.',
    );
    expect(failure?.wayOut.kind).toBe('dashboard');
  });

  it('a task, likewise', () => {
    const failure = describeFailure(httpError(404), { kind: 'task', id: 'ServerTasks-5' });
    expect(failure?.title).toBe('Task not found');
    expect(failure?.detail).toMatch(/^This task \(ServerTasks-5\) no longer exists/);
  });

  it('a Kubernetes object: no longer monitored, by its name and never its UID; closes the drawer', () => {
    const uid = '7b0c5f7e-2d1b-4d56-9a4e-0d1f3c0a9b11';
    const named = describeFailure(httpError(404), { kind: 'object', id: uid, name: 'Pod web-1' });
    expect(named?.title).toBe('Object not found');
    expect(named?.detail).toBe(
      'This Kubernetes object (Pod web-1) is no longer monitored: it may have been deleted from the cluster, or the release stopped deploying it.',
    );
    expect(named?.wayOut).toEqual({ kind: 'close', label: 'Back to live status' });
    const unnamed = describeFailure(httpError(404), { kind: 'object', id: uid });
    expect(unnamed?.detail).toMatch(/^This Kubernetes object is no longer monitored/);
    expect(unnamed?.detail).not.toContain(uid);
  });

  it('an application: no live status there', () => {
    const failure = describeFailure(httpError(404), {
      kind: 'application',
      id: 'Projects-2 in Environments-4',
      name: 'carts in Production',
    });
    expect(failure?.title).toBe('Application not found');
    expect(failure?.detail).toMatch(/^There is no live status for carts in Production:/);
  });

  it('a space: retry, since every page needs it', () => {
    const failure = describeFailure(httpError(404), { kind: 'space', id: 'Spaces-9' });
    expect(failure?.title).toBe('Space not found');
    expect(failure?.wayOut).toEqual({ kind: 'retry', label: 'Try again' });
  });

  it('names a thing by its name and id when the page knows both', () => {
    const failure = describeFailure(httpError(403), {
      kind: 'project',
      id: 'Projects-2',
      name: 'carts',
    });
    expect(failure?.detail).toBe(
      'The API key Periscope uses cannot view the project carts (Projects-2).',
    );
  });
});

describe('describeFailure: 403', () => {
  it('says the key cannot view it, quotes the server, and names the missing permission', () => {
    expect(describeFailure(httpError(403, missingProjectView), project)).toEqual({
      status: 403,
      eyebrow: 'HTTP 403',
      title: 'Not allowed to view this project',
      detail: 'The API key Periscope uses cannot view the project Projects-9.',
      serverMessage: missingProjectView,
      advice:
        "Ask your Octopus administrator to grant the key's user, or a team it is in, the ProjectView permission.",
      wayOut: { kind: 'dashboard', label: 'Go to dashboard' },
    });
  });

  it('takes the permission from the server over the usual one for the kind', () => {
    const failure = describeFailure(httpError(403, 'Missing permission: EnvironmentView'), project);
    expect(failure?.advice).toContain('the EnvironmentView permission');
  });

  it('without a server message, names the usual permission of each kind', () => {
    const advice = (subject: FailureSubject) => describeFailure(httpError(403), subject)?.advice;
    expect(advice({ kind: 'environment', id: 'Environments-1' })).toContain('EnvironmentView');
    expect(advice({ kind: 'tenant', id: 'Tenants-1' })).toContain('TenantView');
    expect(advice({ kind: 'deployment', id: 'Deployments-1' })).toContain('DeploymentView');
    expect(advice({ kind: 'task', id: 'ServerTasks-1' })).toContain('TaskView');
    expect(advice({ kind: 'object', id: 'uid' })).toBe(
      "Ask your Octopus administrator to grant the key's user, or a team it is in, permission to view it.",
    );
  });

  it('has a title per kind', () => {
    const title = (subject: FailureSubject) => describeFailure(httpError(403), subject)?.title;
    expect(title({ kind: 'environment', id: 'Environments-1' })).toBe(
      'Not allowed to view this environment',
    );
    expect(title({ kind: 'deployment', id: 'Deployments-1' })).toBe(
      'Not allowed to view this deployment',
    );
    expect(title({ kind: 'object', id: 'uid' })).toBe('Not allowed to view this object');
  });
});

describe('describeFailure: everything else is the page’s own error state', () => {
  it('returns null for a 401 (its message already says what to do), a 500 and a network error', () => {
    expect(describeFailure(httpError(401), project)).toBeNull();
    expect(describeFailure(httpError(500), project)).toBeNull();
    expect(
      describeFailure(
        new ApiError({ kind: 'network', path: '/api/x', message: 'The server did not answer.' }),
        project,
      ),
    ).toBeNull();
    expect(describeFailure(new Error('boom'), project)).toBeNull();
  });
});

describe('subjectOfApiPath', () => {
  it('names the thing a request path asks for', () => {
    expect(subjectOfApiPath('/api/Spaces-1/projects/Projects-9')).toEqual({
      kind: 'project',
      id: 'Projects-9',
    });
    expect(subjectOfApiPath('/api/Spaces-1/environments/Environments-3')).toEqual({
      kind: 'environment',
      id: 'Environments-3',
    });
    expect(subjectOfApiPath('/api/Spaces-1/deployments/Deployments-77')).toEqual({
      kind: 'deployment',
      id: 'Deployments-77',
    });
    expect(subjectOfApiPath('/api/Spaces-1/tasks/ServerTasks-1/details')).toEqual({
      kind: 'task',
      id: 'ServerTasks-1',
    });
    expect(subjectOfApiPath('/api/Spaces-1/dashboard')).toEqual({ kind: 'space', id: 'Spaces-1' });
    expect(
      subjectOfApiPath(
        '/api/Spaces-1/projects/Projects-2/environments/Environments-4/tenants/Tenants-1/livestatus',
      ),
    ).toEqual({ kind: 'application', id: 'Projects-2 in Environments-4 for Tenants-1' });
    expect(
      subjectOfApiPath(
        '/api/Spaces-1/projects/Projects-2/environments/Environments-4/untenanted/machines/Machines-1/resources/abc/manifest',
      ),
    ).toEqual({ kind: 'object', id: 'abc' });
  });

  it('is null for a path that names no one thing', () => {
    expect(subjectOfApiPath('/api/Spaces-1/tenants')).toBeNull();
    expect(subjectOfApiPath('/api/Spaces-1/machines/Machines-1')).toBeNull();
    expect(subjectOfApiPath('/somewhere/else')).toBeNull();
  });
});
