import { describe, expect, it } from 'vitest';
import {
  applicationLiveStatusSchema,
  resourceDetailSchema,
  taskDetailsSchema,
} from '../../../src/api/contract';
import { unknownFields } from './unknown-fields';

describe('unknownFields', () => {
  it('finds a field the contract does not list, at any depth and through recursion', () => {
    const body = {
      MachineStatuses: [
        {
          MachineId: 'Machines-1',
          MachineName: 'invented',
          Status: 'Healthy',
          Resources: [
            {
              Name: 'web',
              Kind: 'Deployment',
              HealthStatus: 'Healthy',
              Children: [
                { Name: 'web-1', Kind: 'ReplicaSet', HealthStatus: 'Healthy', Owner: 'x' },
              ],
            },
          ],
        },
      ],
      Summary: { Status: 'Healthy', HealthStatus: 'Healthy', SyncStatus: 'InSync' },
    };
    expect(unknownFields(applicationLiveStatusSchema, body)).toEqual([
      'MachineStatuses[0].MachineName',
      'MachineStatuses[0].Resources[0].Children[0].Owner',
    ]);
  });

  it('accepts every field a real server sends, null or absent', () => {
    const body = {
      Resource: {
        Name: 'web-1',
        Namespace: null,
        Kind: 'Pod',
        HealthStatus: 'Healthy',
        ResourceSourceId: 'Machines-1',
        SourceType: 'KubernetesMonitor',
        ManifestSummary: {
          Kind: 'Pod',
          Labels: { app: 'web' },
          Annotations: {},
          CreationTimestamp: '2026-11-21T10:00:00+00:00',
          Containers: ['web'],
          ContainerDetails: [{ Name: 'web', Image: 'nginx:1.27' }],
        },
        ExternalLink: null,
        Children: [],
      },
    };
    expect(unknownFields(resourceDetailSchema, body)).toEqual([]);
  });

  it('reads inside transformed and optional fields (the task of a task details body)', () => {
    const body = {
      Task: { Id: 'ServerTasks-1', Name: 'Deploy', State: 'Success', IsCompleted: true, Extra: 1 },
      ActivityLogs: [],
    };
    expect(unknownFields(taskDetailsSchema, body)).toEqual(['Task.Extra']);
  });
});
