import { describe, expect, it } from 'vitest';
import { objectHealth } from '../health';
import type { KubeObject } from '../types';

/**
 * An Argo Workflows Workflow, after the sample workflows of argoproj/gitops-engine
 * pkg/health/health_test.go (TestGetArgoWorkflowHealth), whose extraneous keys it keeps.
 */
function sampleWorkflow(status?: unknown): KubeObject {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Workflow',
    metadata: { name: 'sample', namespace: 'argo' },
    spec: { entrypoint: 'sampleEntryPoint', extraneousKey: 'we are agnostic to extraneous keys' },
    ...(status === undefined ? {} : { status }),
  };
}

describe('argoproj.io/Workflow', () => {
  it('is Progressing with its message while Running', () => {
    const workflow = sampleWorkflow({ phase: 'Running', message: 'This node is running' });
    expect(objectHealth(workflow)).toEqual({
      status: 'Progressing',
      message: 'This node is running',
    });
  });

  it('is Healthy with its message once Succeeded', () => {
    const workflow = sampleWorkflow({ phase: 'Succeeded', message: 'This node is has succeeded' });
    expect(objectHealth(workflow)).toEqual({
      status: 'Healthy',
      message: 'This node is has succeeded',
    });
  });

  it('is Progressing without a message before it has a status', () => {
    expect(objectHealth(sampleWorkflow())).toEqual({ status: 'Progressing', message: null });
  });

  it('is Progressing while Pending', () => {
    expect(objectHealth(sampleWorkflow({ phase: 'Pending' }))).toEqual({
      status: 'Progressing',
      message: null,
    });
  });

  it.each(['Failed', 'Error'])('is Degraded with its message when %s', (phase) => {
    const message = 'child "sample-1234" failed';
    expect(objectHealth(sampleWorkflow({ phase, message }))).toEqual({
      status: 'Degraded',
      message,
    });
  });

  it('is Unknown, with its message, in a phase it does not know', () => {
    expect(objectHealth(sampleWorkflow({ phase: 'Skipped', message: 'when: false' }))).toEqual({
      status: 'Unknown',
      message: 'when: false',
    });
  });

  it('judges any API version of argoproj.io', () => {
    const workflow = { ...sampleWorkflow({ phase: 'Succeeded' }), apiVersion: 'argoproj.io/v2' };
    expect(objectHealth(workflow)?.status).toBe('Healthy');
  });

  it('is Unknown when the phase is not text', () => {
    const result = objectHealth(sampleWorkflow({ phase: 3 }));
    expect(result?.status).toBe('Unknown');
    expect(result?.message).toMatch(
      'failed to convert unstructured to argoworkflow: status.phase: ',
    );
  });

  it('has no health for other Argo kinds (a CronWorkflow, a Rollout)', () => {
    expect(objectHealth({ ...sampleWorkflow(), kind: 'CronWorkflow' })).toBeNull();
    expect(objectHealth({ ...sampleWorkflow(), kind: 'Rollout' })).toBeNull();
  });
});
