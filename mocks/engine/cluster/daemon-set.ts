import type { DaemonSet } from 'kubernetes-types/apps/v1';
import type { KubeObjectOf } from '../../kubernetes/types';
import { nameSuffix, uidFor } from '../random';
import type { TimeProbe } from '../time-probe';
import type { AppliedObject, BuiltObject } from './applied-object';
import type { LiveNode } from './live-node';
import type { Timestamps } from './object-meta';
import { buildPod } from './pods';
import {
  builtWorkload,
  scheduledWorkload,
  type ScheduledPodInput,
  type ScheduledWorkload,
} from './scheduled-workloads';

type DaemonSetObject = AppliedObject<KubeObjectOf<'DaemonSet'>>;

/** The Pod on node `ordinal`, pinned to it by the node affinity the controller adds. */
function daemonSetPod(
  object: DaemonSetObject,
  { pod, revision, template, hash, owner, namespace }: ScheduledPodInput,
  probe: TimeProbe,
  iso: Timestamps,
): LiveNode {
  const { desired, identity, seed } = object;
  const name = desired.metadata.name;
  const nodeName = object.nodeNames[pod.ordinal] ?? 'node-1';
  const podName = `${name}-${nameSuffix(5, identity, name, nodeName, revision.key, String(pod.createdAt))}`;
  return buildPod(
    {
      name: podName,
      namespace,
      uid: uidFor(seed, identity, 'Pod', podName),
      owner,
      template: {
        ...template,
        spec: {
          containers: [],
          ...template.spec,
          // What the DaemonSet controller adds to pin its Pod to one node.
          affinity: {
            ...template.spec?.affinity,
            nodeAffinity: {
              requiredDuringSchedulingIgnoredDuringExecution: {
                nodeSelectorTerms: [
                  { matchFields: [{ key: 'metadata.name', operator: 'In', values: [nodeName] }] },
                ],
              },
            },
          },
        },
      },
      extraLabels: {
        'controller-revision-hash': hash,
        'pod-template-generation': String(pod.revision + 1),
      },
      createdAt: pod.createdAt,
      readyAt: pod.readyAt,
      behaviour: revision.timing.behaviour,
      completesAt: null,
      nodeName,
    },
    probe,
    iso,
  );
}

/** The status the DaemonSet controller writes: one Pod wanted per node. */
function daemonSetStatus(
  object: DaemonSetObject,
  workload: ScheduledWorkload,
): NonNullable<DaemonSet['status']> {
  const desiredNumber = object.nodeNames.length;
  const { alive, ready, updated } = workload;
  return {
    observedGeneration: workload.generation,
    desiredNumberScheduled: desiredNumber,
    currentNumberScheduled: alive.length,
    numberMisscheduled: 0,
    numberReady: ready,
    numberAvailable: ready,
    ...(desiredNumber - ready > 0 ? { numberUnavailable: desiredNumber - ready } : {}),
    updatedNumberScheduled: updated,
  };
}

/** A DaemonSet and its Pods, one per node, replaced one node at a time on an update. */
export function buildDaemonSet(
  object: DaemonSetObject,
  probe: TimeProbe,
  iso: Timestamps,
): BuiltObject {
  const { desired } = object;
  const workload = scheduledWorkload(
    object,
    'DaemonSet',
    (pod) => daemonSetPod(object, pod, probe, iso),
    probe,
    iso,
  );
  const live = {
    ...desired,
    spec: {
      revisionHistoryLimit: 10,
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: 1 } },
      ...desired.spec,
      selector: desired.spec?.selector ?? {},
      template: workload.template,
    },
    status: daemonSetStatus(object, workload),
  };
  return builtWorkload(object, workload, live, iso);
}
