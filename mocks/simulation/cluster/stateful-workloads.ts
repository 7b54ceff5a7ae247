import type { DaemonSet, StatefulSet } from 'kubernetes-types/apps/v1';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import { isKind, type KubeObject } from '../../kubernetes/types';
import { nameSuffix, uidFor } from '../random';
import type { TimeProbe } from '../time-probe';
import {
  rolloutCompleteAt,
  workloadSchedule,
  type ScheduledPod,
  type ScheduledWorkloadKind,
} from '../workload-schedule';
import type { Revision } from './deployments';
import type { LiveNode } from './live-node';
import type { BuiltObject } from './other-objects';
import { ownerReference, withServerMetadata, type Timestamps } from './object-meta';
import { buildPod } from './pods';

export interface WorkloadInput {
  /** The StatefulSet or DaemonSet as last applied. */
  desired: KubeObject;
  identity: string;
  seed: number;
  firstAppliedAt: number;
  /** Reached revisions, oldest first; the last is current. */
  revisions: readonly Revision[];
  nodeNames: readonly string[];
}

function templateOf(desired: KubeObject, revision: Revision, iso: Timestamps): PodTemplateSpec {
  const template: PodTemplateSpec =
    isKind(desired, 'StatefulSet') || isKind(desired, 'DaemonSet')
      ? (desired.spec?.template ?? {})
      : {};
  if (revision.restartedAt === null) return template;
  return {
    ...template,
    metadata: {
      ...template.metadata,
      annotations: {
        ...template.metadata?.annotations,
        'kubectl.kubernetes.io/restartedAt': iso(revision.restartedAt),
      },
    },
  };
}

/** The hash a ControllerRevision of this template is named after. */
function revisionHash(name: string, revision: Revision) {
  return nameSuffix(10, name, revision.key);
}

/** The index of the revision the controller calls current: the newest fully rolled out. */
function currentRevisionIndex(
  kind: ScheduledWorkloadKind,
  revisions: readonly Revision[],
  probe: TimeProbe,
): number {
  let current = 0;
  for (let index = 1; index < revisions.length; index++) {
    const complete = rolloutCompleteAt(kind, revisions.slice(0, index + 1));
    if (complete !== null && probe.reached(complete)) current = index;
  }
  return current;
}

/**
 * A StatefulSet or DaemonSet and its Pods at the probe's moment, rolled out by
 * `workloadSchedule` (ordered for StatefulSets, one Pod per node for DaemonSets), with the status
 * its controller writes: the health rules read that status, and the deployment step waits on it.
 */
export function buildStatefulWorkload(
  input: WorkloadInput,
  probe: TimeProbe,
  iso: Timestamps,
): BuiltObject {
  const { desired, identity, seed, revisions } = input;
  const kind: ScheduledWorkloadKind = isKind(desired, 'StatefulSet') ? 'StatefulSet' : 'DaemonSet';
  const name = desired.metadata.name;
  const namespace = desired.metadata.namespace ?? 'default';
  const uid = uidFor(seed, identity, kind, name);
  const current = revisions.at(-1);
  if (!current) throw new Error(`${kind} ${name} has no revision`);
  const updateIndex = revisions.length - 1;
  const generation = revisions.length;

  const schedule = workloadSchedule(kind, revisions);
  const alive = schedule.filter(
    (pod) =>
      probe.reached(pod.createdAt) && (pod.deletedAt === null || !probe.reached(pod.deletedAt)),
  );
  const deletions = schedule.flatMap((pod) =>
    pod.deletedAt !== null && probe.reached(pod.deletedAt) ? [pod.deletedAt] : [],
  );
  const isReady = (pod: ScheduledPod) => pod.readyAt !== null && probe.reached(pod.readyAt);
  const owner = ownerReference(desired, uid);

  const podNode = (pod: ScheduledPod): LiveNode => {
    const revision = revisions[pod.revision] ?? current;
    const template = templateOf(desired, revision, iso);
    const hash = revisionHash(name, revision);
    if (kind === 'StatefulSet') {
      const podName = `${name}-${String(pod.ordinal)}`;
      const serviceName = isKind(desired, 'StatefulSet') ? desired.spec?.serviceName : undefined;
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
          nodeName: input.nodeNames[pod.ordinal % input.nodeNames.length] ?? 'node-1',
        },
        probe,
        iso,
      );
    }
    const nodeName = input.nodeNames[pod.ordinal] ?? 'node-1';
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
                    {
                      matchFields: [{ key: 'metadata.name', operator: 'In', values: [nodeName] }],
                    },
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
  };

  const children = [...alive].sort((a, b) => a.ordinal - b.ordinal).map(podNode);
  const ready = alive.filter(isReady).length;
  const updated = alive.filter((pod) => pod.revision === updateIndex).length;
  const changedAt = Math.max(current.at, ...deletions, ...children.map((child) => child.changedAt));
  const template = templateOf(desired, current, iso);

  let live: KubeObject;
  if (isKind(desired, 'StatefulSet')) {
    const currentIndex = currentRevisionIndex(kind, revisions, probe);
    const currentRevision = revisions[currentIndex] ?? current;
    const status: NonNullable<StatefulSet['status']> = {
      observedGeneration: generation,
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
    live = {
      ...desired,
      spec: {
        podManagementPolicy: 'OrderedReady',
        revisionHistoryLimit: 10,
        updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } },
        persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
        ...desired.spec,
        selector: desired.spec?.selector ?? {},
        replicas: current.replicas,
        template,
      },
      status,
    };
  } else {
    const desiredNumber = input.nodeNames.length;
    const status: NonNullable<DaemonSet['status']> = {
      observedGeneration: generation,
      desiredNumberScheduled: desiredNumber,
      currentNumberScheduled: alive.length,
      numberMisscheduled: 0,
      numberReady: ready,
      numberAvailable: ready,
      ...(desiredNumber - ready > 0 ? { numberUnavailable: desiredNumber - ready } : {}),
      updatedNumberScheduled: updated,
    };
    const spec = isKind(desired, 'DaemonSet') ? desired.spec : undefined;
    live = {
      ...desired,
      spec: {
        revisionHistoryLimit: 10,
        updateStrategy: {
          type: 'RollingUpdate',
          rollingUpdate: { maxSurge: 0, maxUnavailable: 1 },
        },
        ...spec,
        selector: spec?.selector ?? {},
        template,
      },
      status,
    };
  }

  return {
    live: withServerMetadata(
      live,
      { uid, createdAt: input.firstAppliedAt, changedAt, generation },
      iso,
    ),
    uid,
    changedAt,
    children,
  };
}
