import type { StepObject } from '../../../api/contract';
import type { ObjectStep } from '../model/step-summary';

/** A step object for tests: a top-level one unless overridden. */
export function stepObject(overrides: Partial<StepObject> = {}): StepObject {
  return {
    Uuid: 'uuid-deployment',
    Group: 'apps',
    Version: 'v1',
    Kind: 'Deployment',
    Name: 'front-end',
    Namespace: 'sock-shop',
    MachineId: 'Machines-1',
    Status: 'InProgress',
    Data: { UpToDate: 1, Ready: '1/3', Available: 1 },
    Children: [],
    ManifestAvailable: true,
    ...overrides,
  };
}

/** front-end as the seeds draw it: a Deployment > ReplicaSet > 2 Pods, and a Service. */
export function frontEndObjects(): StepObject[] {
  return [
    stepObject({
      Children: [
        stepObject({
          Uuid: 'uuid-rs',
          Kind: 'ReplicaSet',
          Name: 'front-end-5d4f',
          Data: { Desired: 3, Current: 2, Ready: 1 },
          ManifestAvailable: false,
          Children: [
            stepObject({
              Uuid: 'uuid-pod-1',
              Group: '',
              Kind: 'Pod',
              Name: 'front-end-5d4f-a1',
              Status: 'Successful',
              Data: { Ready: '1/1', Restarts: 0, Status: 'Running' },
              ManifestAvailable: false,
            }),
            stepObject({
              Uuid: 'uuid-pod-2',
              Group: '',
              Kind: 'Pod',
              Name: 'front-end-5d4f-b2',
              Status: 'Failed',
              Data: { Ready: '0/1', Restarts: 4, Status: 'ImagePullBackOff' },
              ManifestAvailable: false,
            }),
          ],
        }),
      ],
    }),
    stepObject({
      Uuid: 'uuid-service',
      Group: '',
      Kind: 'Service',
      Name: 'front-end',
      Status: 'Successful',
      Data: { Type: 'ClusterIP', ClusterIP: '10.96.0.12', ExternalIP: null, Ports: '80/TCP' },
    }),
  ];
}

export function objectStep(overrides: Partial<ObjectStep> = {}): ObjectStep {
  return {
    ActionId: 'front-end-deploy',
    StepName: 'Deploy front-end',
    Status: 'InProgress',
    VerifiesObjects: true,
    IsLive: true,
    SnapshotTakenAt: null,
    Resources: frontEndObjects(),
    ...overrides,
  };
}
