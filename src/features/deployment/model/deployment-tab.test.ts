import { describe, expect, it } from 'vitest';
import {
  kubernetesAvailability,
  parseDeploymentTab,
  resolveDeploymentTabs,
} from './deployment-tab';

const base = {
  stepCount: 0,
  loaded: true,
  objectStatusUnavailable: false,
  applicationLiveStatus: 'unknown' as const,
  taskCompleted: false,
};

describe('deployment tabs', () => {
  it('read the tab from the URL, the task log by default', () => {
    expect(parseDeploymentTab('kubernetes')).toBe('kubernetes');
    expect(parseDeploymentTab(null)).toBe('log');
    expect(parseDeploymentTab('manifest')).toBe('log');
  });

  it('offer Kubernetes once a step has applied objects', () => {
    expect(kubernetesAvailability({ ...base, stepCount: 2 })).toBe('yes');
    expect(resolveDeploymentTabs('log', 'yes')).toEqual({
      tabs: ['log', 'kubernetes'],
      selected: 'log',
    });
    expect(resolveDeploymentTabs('kubernetes', 'yes').selected).toBe('kubernetes');
  });

  it('leave it out when the deployment has no Kubernetes steps and never will', () => {
    expect(kubernetesAvailability({ ...base, taskCompleted: true })).toBe('no');
    expect(resolveDeploymentTabs('kubernetes', 'no')).toEqual({ tabs: ['log'], selected: 'log' });
  });

  it('without task object status, offer it when the application has live status', () => {
    const unavailable = { ...base, loaded: false, objectStatusUnavailable: true };
    expect(kubernetesAvailability({ ...unavailable, applicationLiveStatus: 'some' })).toBe('yes');
    expect(kubernetesAvailability({ ...unavailable, applicationLiveStatus: 'none' })).toBe('no');
    // Still asking the live status: only a link to the tab keeps it.
    expect(kubernetesAvailability(unavailable)).toBe('unknown');
    expect(
      kubernetesAvailability({
        ...unavailable,
        taskCompleted: true,
        applicationLiveStatus: 'some',
      }),
    ).toBe('yes');
  });

  it('keep a shared link on its tab while that is not known yet', () => {
    expect(kubernetesAvailability({ ...base, loaded: false })).toBe('unknown');
    // Running, nothing applied yet: a Kubernetes step may still start.
    expect(kubernetesAvailability(base)).toBe('unknown');
    expect(resolveDeploymentTabs('kubernetes', 'unknown').selected).toBe('kubernetes');
    expect(resolveDeploymentTabs('log', 'unknown').tabs).toEqual(['log']);
  });
});
