import { afterEach, describe, expect, it } from 'vitest';
import { createTestServer, demo } from './node';
import { scenarioByName, scenarios } from './scenarios';

const base = 'http://octopus.test/api/Spaces-1';
let close: () => void = () => undefined;
afterEach(() => {
  close();
});

function serve(scenario: string) {
  const simulated = createTestServer({ scenario });
  simulated.server.listen({ onUnhandledRequest: 'error' });
  close = () => {
    simulated.server.close();
  };
  return simulated;
}

describe('named scenarios', () => {
  it('every scenario has a description and can be looked up by its name', () => {
    for (const [name, scenario] of Object.entries(scenarios)) {
      expect(scenario.name).toBe(name);
      expect(scenario.description.length).toBeGreaterThan(10);
      expect(scenarioByName(name)).toBe(scenario);
    }
    expect(() => scenarioByName('no-such-scenario')).toThrow(/Unknown scenario "no-such-scenario"/);
  });

  it('dashboard-server-error: 500 with the Octopus error message', async () => {
    serve('dashboard-server-error');
    const response = await fetch(`${base}/dashboard`);
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({
      ErrorMessage: expect.stringMatching(/connection pool/) as unknown,
    });
  });

  it('dashboard-malformed-json: 200 with a body that does not parse', async () => {
    serve('dashboard-malformed-json');
    const response = await fetch(`${base}/dashboard`);
    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toThrow();
  });

  it('unknown-status: one summary carries a status this client does not know', async () => {
    serve('unknown-status');
    const body = (await (await fetch(`${base}/livestatus/summaries`)).json()) as {
      Summaries: { Summary: { Status: string } }[];
    };
    expect(body.Summaries[0]?.Summary.Status).toBe('Hibernating');
    expect(body.Summaries[1]?.Summary.Status).not.toBe('Hibernating');
  });

  it('rate-limited: the first dashboard request is 429 with Retry-After, the next succeeds', async () => {
    serve('rate-limited');
    const first = await fetch(`${base}/dashboard`);
    expect(first.status).toBe(429);
    expect(first.headers.get('Retry-After')).toBe('1');
    expect((await fetch(`${base}/dashboard`)).status).toBe(200);
  });

  it('gateway-unavailable: three 503s for each endpoint, then the answer', async () => {
    serve('gateway-unavailable');
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect((await fetch(`${base}/dashboard`)).status).toBe(503);
    }
    expect((await fetch(`${base}/dashboard`)).status).toBe(200);
    // Counted per endpoint: another one starts again with 503s.
    expect((await fetch(`${base}/livestatus/summaries`)).status).toBe(503);
  });

  it('live-status-forbidden: 403 for an application, the dashboard still answers', async () => {
    serve('live-status-forbidden');
    const response = await fetch(
      `${base}/projects/Projects-1/environments/Environments-4/untenanted/livestatus`,
    );
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({
      ErrorMessage: expect.stringMatching(/Missing permission: EnvironmentView$/) as unknown,
    });
    expect((await fetch(`${base}/dashboard`)).status).toBe(200);
  });

  it('object-not-found: 404 for an object and its manifest', async () => {
    serve('object-not-found');
    const object = `${base}/projects/Projects-1/environments/Environments-4/untenanted/machines/Machines-1/resources/anything`;
    expect((await fetch(object)).status).toBe(404);
    expect((await fetch(`${object}/manifest`)).status).toBe(404);
  });

  it('live-status-timeout: the live status never answers, the dashboard does', async () => {
    serve('live-status-timeout');
    const pending = fetch(
      `${base}/projects/Projects-1/environments/Environments-4/untenanted/livestatus`,
      { signal: AbortSignal.timeout(200) },
    );
    await expect(pending).rejects.toThrow();
    expect((await fetch(`${base}/dashboard`)).status).toBe(200);
  });

  it('offline: requests fail before any response', async () => {
    serve('offline');
    await expect(fetch(`${base}/dashboard`)).rejects.toThrow();
  });

  it('no-summaries-extension: 404 for the summaries endpoint, the rest still answers', async () => {
    serve('no-summaries-extension');
    expect((await fetch(`${base}/livestatus/summaries`)).status).toBe(404);
    expect((await fetch(`${base}/dashboard`)).status).toBe(200);
  });

  it('deployments-finished: starts two minutes in, with front-end Healthy in Production', async () => {
    const simulated = serve('deployments-finished');
    expect(simulated.elapsedSeconds()).toBe(120);
    const body = (await (
      await fetch(
        `${base}/projects/Projects-1/environments/Environments-4/untenanted/livestatus?summaryOnly=true`,
      )
    ).json()) as { Summary: { Status: string } };
    expect(body.Summary.Status).toBe('Healthy');
  });
});

describe('scenarios that change the world', () => {
  const frontEndTask = async () => {
    const board = (await (await fetch(`${base}/dashboard`)).json()) as {
      Items: { ProjectId: string; EnvironmentId: string; TaskId: string; State: string }[];
    };
    const item = board.Items.find(
      (entry) => entry.ProjectId === 'Projects-1' && entry.EnvironmentId === 'Environments-4',
    );
    if (!item) throw new Error('front-end is not deployed to Production');
    return item;
  };
  const objectStatus = async (taskId: string) =>
    (await (await fetch(`${base}/tasks/${taskId}/kubernetes-object-status`)).json()) as {
      Steps: {
        StepName: string;
        Status: string;
        VerifiesObjects: boolean;
        Resources: { Kind: string; Status: string }[];
      }[];
    };

  it('smoke-test-fails: the Job errors, its step fails early and the deployment fails', async () => {
    const simulated = serve('smoke-test-fails');
    simulated.advanceSeconds(120);
    const item = await frontEndTask();
    expect(item.State).toBe('Failed');
    const { Steps } = await objectStatus(item.TaskId);
    const smoke = Steps.find((step) => step.StepName === 'Run smoke tests');
    expect(smoke?.Status).toBe('Failed');
    expect(smoke?.Resources.find((object) => object.Kind === 'Job')?.Status).toBe('Failed');
    const live = (await (
      await fetch(
        `${base}/projects/Projects-1/environments/Environments-4/untenanted/livestatus?summaryOnly=true`,
      )
    ).json()) as { Summary: { Status: string } };
    expect(live.Summary.Status).toBe('Unavailable');
  });

  it('step-without-verification: the config step says it verifies nothing and lists no objects', async () => {
    serve('step-without-verification');
    const { Steps } = await objectStatus((await frontEndTask()).TaskId);
    const config = Steps.find((step) => step.StepName === 'Deploy front-end config');
    expect(config).toMatchObject({ VerifiesObjects: false, Resources: [] });
    expect(Steps.find((step) => step.StepName === 'Deploy front-end')?.VerifiesObjects).toBe(true);
  });
});

describe('scenarios of an orphan’s deletion', () => {
  const { orphaned } = demo;
  const liveStatus = async () =>
    (await (
      await fetch(
        `${base}/projects/${orphaned.projectId}/environments/${orphaned.environmentId}/untenanted/livestatus`,
      )
    ).json()) as {
      Summary: { Status: string; TotalOrphanCount: number };
      MachineStatuses: {
        Status: string;
        Resources: { Name: string; SyncStatus: string; DeletionTaskState: string | null }[];
      }[];
    };
  const orphanIn = (status: Awaited<ReturnType<typeof liveStatus>>) =>
    status.MachineStatuses[0]?.Resources.find((entry) => entry.Name === orphaned.orphan.name);

  it('orphan-deleting: the deletion task runs, then the object leaves live status', async () => {
    const simulated = serve('orphan-deleting');
    const during = await liveStatus();
    expect(orphanIn(during)).toMatchObject({
      SyncStatus: 'Orphaned',
      DeletionTaskState: 'Executing',
    });
    expect(during.Summary).toMatchObject({ Status: 'Healthy', TotalOrphanCount: 1 });

    simulated.advanceSeconds(180);
    const after = await liveStatus();
    expect(orphanIn(after)).toBeUndefined();
    expect(after.Summary).toMatchObject({ Status: 'Healthy', TotalOrphanCount: 0 });
    expect(after.MachineStatuses[0]?.Resources.length).toBe(
      (during.MachineStatuses[0]?.Resources.length ?? 0) - 1,
    );
  });

  it('orphan-deletion-failed: the object stays Orphaned, its last deletion Failed', async () => {
    serve('orphan-deletion-failed');
    const status = await liveStatus();
    expect(orphanIn(status)).toMatchObject({ SyncStatus: 'Orphaned', DeletionTaskState: 'Failed' });
    expect(status.Summary.TotalOrphanCount).toBe(1);
  });

  it('the default story has the same orphan, with no deletion asked for', async () => {
    serve('default');
    expect(orphanIn(await liveStatus())).toMatchObject({
      SyncStatus: 'Orphaned',
      DeletionTaskState: null,
    });
  });
});
