import type { StatefulSet } from 'kubernetes-types/apps/v1';
import type { KubeObjectOf } from '../../kubernetes/types';
import { uidFor } from '../random';
import type { TimeProbe } from '../time-probe';
import type { AppliedObject, BuiltObject } from './applied-object';
import type { LiveNode } from './live-node';
import type { Timestamps } from './object-meta';
import { buildPod } from './pods';
import {
  builtWorkload,
  currentRevisionIndex,
  revisionHash,
  scheduledWorkload,
  type ScheduledPodInput,
  type ScheduledWorkload,
} from './scheduled-workloads';

type StatefulSetObject = AppliedObject<KubeObjectOf<'StatefulSet'>>;

/** Pod `<name>-<ordinal>`, with its stable hostname under the StatefulSet's Service. */
function statefulSetPod(
  object: StatefulSetObject,
  { pod, revision, template, hash, owner, namespace }: ScheduledPodInput,
  probe: TimeProbe,
  iso: Timestamps,
): LiveNode {
  const { desired, identity, seed, nodeNames } = object;
  const name = desired.metadata.name;
  const podName = `${name}-${String(pod.ordinal)}`;
  const serviceName = desired.spec?.serviceName;
  return buildPod(
    {
      name: podName,
      namespace,
      uid: uidFor(seed, identity, 'Pod', podName, revision.key, String(pod.createdAt)),
      owner,
      template: {
        ...template,
        spec: {
          containers: [],
          ...template.spec,
          hostname: podName,
          ...(serviceName ? { subdomain: serviceName } : {}),
        },
      },
      extraLabels: {
        'apps.kubernetes.io/pod-index': String(pod.ordinal),
        'controller-revision-hash': `${name}-${hash}`,
        'statefulset.kubernetes.io/pod-name': podName,
      },
      createdAt: pod.createdAt,
      readyAt: pod.readyAt,
      behaviour: revision.timing.behaviour,
      completesAt: null,
      nodeName: nodeNames[pod.ordinal % nodeNames.length] ?? 'node-1',
    },
    probe,
    iso,
  );
}

/** The status the StatefulSet controller writes: current and update revisions, and counts. */
function statefulSetStatus(
  workload: ScheduledWorkload,
  probe: TimeProbe,
): NonNullable<StatefulSet['status']> {
  const { name, revisions, current, updateIndex, alive, ready, updated } = workload;
  const currentIndex = currentRevisionIndex('StatefulSet', revisions, probe);
  const currentRevision = revisions[currentIndex] ?? current;
  return {
    observedGeneration: workload.generation,
    replicas: alive.length,
    readyReplicas: ready,
    availableReplicas: ready,
    currentReplicas:
      currentIndex === updateIndex
        ? updated
        : alive.filter((pod) => pod.revision === currentIndex).length,
    updatedReplicas: updated,
    currentRevision: `${name}-${revisionHash(name, currentRevision)}`,
    updateRevision: `${name}-${revisionHash(name, current)}`,
    collisionCount: 0,
  };
}

/** A StatefulSet and its Pods, created in order and replaced in reverse order on an update. */
export function buildStatefulSet(
  object: StatefulSetObject,
  probe: TimeProbe,
  iso: Timestamps,
): BuiltObject {
  const { desired } = object;
  const workload = scheduledWorkload(
    object,
    'StatefulSet',
    (pod) => statefulSetPod(object, pod, probe, iso),
    probe,
    iso,
  );
  const live = {
    ...desired,
    spec: {
      podManagementPolicy: 'OrderedReady',
      revisionHistoryLimit: 10,
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } },
      persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
      ...desired.spec,
      selector: desired.spec?.selector ?? {},
      replicas: workload.current.replicas,
      template: workload.template,
    },
    status: statefulSetStatus(workload, probe),
  };
  return builtWorkload(object, workload, live, iso);
}
