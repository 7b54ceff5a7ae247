import { describe, expect, it } from 'vitest';
import {
  kindHasLogs,
  liveObjectTabs,
  parseObjectTab,
  resolveObjectTab,
  stepObjectTabs,
} from './object-tabs';

describe('object drawer tabs', () => {
  it('reads the URL’s tab, ignoring what it does not know', () => {
    expect(parseObjectTab('manifest')).toBe('manifest');
    expect(parseObjectTab('Manifest')).toBeNull();
    expect(parseObjectTab(null)).toBeNull();
  });

  it('offers Logs for Pods and the workloads that own Pods only', () => {
    for (const kind of [
      'Pod',
      'Deployment',
      'ReplicaSet',
      'StatefulSet',
      'DaemonSet',
      'Job',
      'CronJob',
    ]) {
      expect(kindHasLogs(kind)).toBe(true);
    }
    expect(liveObjectTabs('Service', null)).toEqual(['summary', 'events', 'manifest']);
    expect(liveObjectTabs('Pod', null)).toEqual(['summary', 'events', 'logs', 'manifest']);
  });

  it('keeps a shared link’s Logs tab while the kind is not known yet', () => {
    expect(liveObjectTabs(null, 'logs')).toContain('logs');
    expect(liveObjectTabs(null, 'events')).not.toContain('logs');
  });

  it('falls back to Summary for a tab this object does not have', () => {
    expect(resolveObjectTab('logs', liveObjectTabs('Secret', 'logs'))).toBe('summary');
    expect(resolveObjectTab('events', stepObjectTabs)).toBe('summary');
    expect(resolveObjectTab('manifest', stepObjectTabs)).toBe('manifest');
    expect(resolveObjectTab(null, stepObjectTabs)).toBe('summary');
  });
});
