import type {
  Container,
  ContainerStatus,
  Pod,
  PodSpec,
  PodTemplateSpec,
} from 'kubernetes-types/core/v1';
import type { OwnerReference } from 'kubernetes-types/meta/v1';
import { objectHealth } from '../../kubernetes/health';
import type { KubeObject } from '../../kubernetes/types';
import type { TimeProbe } from '../time-probe';
import { seconds } from '../timeline';
import type { PodBehaviour } from '../../worlds/world';
import type { LiveNode } from './live-node';
import { ipFor, withServerMetadata, type Timestamps } from './object-meta';

const CONTAINER_START_DELAY = seconds(2);
const FIRST_CRASH_AFTER = seconds(10);
const CRASH_BACKOFF_PERIOD = seconds(300);
const IMAGE_PULL_ERROR_PERIOD = seconds(15);

export interface PodPlan {
  name: string;
  namespace: string;
  uid: string;
  owner: OwnerReference;
  template: PodTemplateSpec;
  extraLabels: Record<string, string>;
  createdAt: number;
  /** When the readiness probe first passes; null if it never does. */
  readyAt: number | null;
  behaviour: PodBehaviour;
  /** For run-to-completion Pods (Jobs): when the container exits, and with which code. */
  completesAt: number | null;
  exitCode?: number;
  nodeName: string;
}

/** Defaults the API server adds to a container: present live, absent from the manifest. */
function withContainerDefaults(container: Container): Container {
  return {
    imagePullPolicy: 'IfNotPresent',
    terminationMessagePath: '/dev/termination-log',
    terminationMessagePolicy: 'File',
    ...container,
  };
}

function defaultedSpec(
  spec: PodSpec | undefined,
  nodeName: string,
  restartPolicy: string,
): PodSpec {
  return {
    dnsPolicy: 'ClusterFirst',
    schedulerName: 'default-scheduler',
    serviceAccountName: 'default',
    terminationGracePeriodSeconds: 30,
    ...spec,
    restartPolicy: spec?.restartPolicy ?? restartPolicy,
    containers: (spec?.containers ?? []).map(withContainerDefaults),
    nodeName,
  };
}

interface ContainerView {
  status: ContainerStatus;
  ready: boolean;
  phase: 'Pending' | 'Running' | 'Succeeded' | 'Failed';
  changedAt: number;
  restarts: number;
}

/** One container's status at the probe's moment, from how its Pod behaves. */
function containerView(
  plan: PodPlan,
  container: Container,
  probe: TimeProbe,
  iso: Timestamps,
): ContainerView {
  const image = container.image ?? '';
  const base = {
    name: container.name,
    image,
    imageID: '',
    started: false,
    ready: false,
    restartCount: 0,
  };
  const startedAt = plan.createdAt + CONTAINER_START_DELAY;
  if (!probe.reached(startedAt)) {
    return {
      status: { ...base, state: { waiting: { reason: 'ContainerCreating' } } },
      ready: false,
      phase: 'Pending',
      changedAt: plan.createdAt,
      restarts: 0,
    };
  }
  const imageID = `docker.io/${image}@sha256:${plan.uid.replace(/-/g, '').padEnd(64, '0').slice(0, 64)}`;
  const behaviour = plan.behaviour;

  if (behaviour.kind === 'image-pull-backoff') {
    const backingOff = probe.reached(startedAt + IMAGE_PULL_ERROR_PERIOD);
    const waiting = backingOff
      ? { reason: 'ImagePullBackOff', message: `Back-off pulling image "${image}"` }
      : {
          reason: 'ErrImagePull',
          message: `rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/${image}": failed to resolve reference "docker.io/${image}": docker.io/${image}: not found`,
        };
    return {
      status: { ...base, state: { waiting } },
      ready: false,
      phase: 'Pending',
      changedAt: backingOff ? startedAt + IMAGE_PULL_ERROR_PERIOD : startedAt,
      restarts: 0,
    };
  }

  if (behaviour.kind === 'crash-loop') {
    const firstCrash = startedAt + FIRST_CRASH_AFTER;
    if (!probe.reached(firstCrash)) {
      return {
        status: {
          ...base,
          imageID,
          started: true,
          state: { running: { startedAt: iso(startedAt) } },
        },
        ready: false,
        phase: 'Running',
        changedAt: startedAt,
        restarts: 0,
      };
    }
    const restarts = 1 + probe.periodsSince(firstCrash, CRASH_BACKOFF_PERIOD);
    const lastCrash = firstCrash + (restarts - 1) * CRASH_BACKOFF_PERIOD;
    return {
      status: {
        ...base,
        imageID,
        restartCount: restarts,
        state: {
          waiting: {
            reason: 'CrashLoopBackOff',
            message: `Back-off restarting failed container ${container.name} in pod ${plan.name}_${plan.namespace}(${plan.uid})`,
          },
        },
        lastState: {
          terminated: {
            exitCode: behaviour.exitCode,
            reason: behaviour.reason,
            startedAt: iso(lastCrash - FIRST_CRASH_AFTER),
            finishedAt: iso(lastCrash),
            containerID: `containerd://${plan.uid.replace(/-/g, '')}${String(restarts)}`,
          },
        },
      },
      ready: false,
      phase: 'Running',
      changedAt: lastCrash,
      restarts,
    };
  }

  if (plan.completesAt !== null && probe.reached(plan.completesAt)) {
    const exitCode = plan.exitCode ?? 0;
    return {
      status: {
        ...base,
        imageID,
        state: {
          terminated: {
            exitCode,
            reason: exitCode === 0 ? 'Completed' : 'Error',
            startedAt: iso(startedAt),
            finishedAt: iso(plan.completesAt),
          },
        },
      },
      ready: false,
      phase: exitCode === 0 ? 'Succeeded' : 'Failed',
      changedAt: plan.completesAt,
      restarts: 0,
    };
  }

  const ready = plan.readyAt !== null && probe.reached(plan.readyAt);
  return {
    status: {
      ...base,
      imageID,
      started: true,
      ready,
      state: { running: { startedAt: iso(startedAt) } },
    },
    ready,
    phase: 'Running',
    changedAt: ready && plan.readyAt !== null ? plan.readyAt : startedAt,
    restarts: 0,
  };
}

/** A Pod as the API server would return it at the probe's moment. */
export function buildPod(plan: PodPlan, probe: TimeProbe, iso: Timestamps): LiveNode {
  const restartPolicy = plan.completesAt === null ? 'Always' : 'Never';
  const spec = defaultedSpec(plan.template.spec, plan.nodeName, restartPolicy);
  const views = spec.containers.map((container) => containerView(plan, container, probe, iso));
  const phase = views.some((view) => view.phase === 'Pending')
    ? 'Pending'
    : views.some((view) => view.phase === 'Failed')
      ? 'Failed'
      : views.every((view) => view.phase === 'Succeeded')
        ? 'Succeeded'
        : 'Running';
  const ready = views.length > 0 && views.every((view) => view.ready);
  const changedAt = Math.max(plan.createdAt, ...views.map((view) => view.changedAt));
  const condition = (type: string, status: boolean, at: number) => ({
    type,
    status: status ? 'True' : 'False',
    lastTransitionTime: iso(at),
  });
  const podStatus: Pod['status'] = {
    phase,
    conditions: [
      condition(
        'PodReadyToStartContainers',
        phase !== 'Pending',
        plan.createdAt + CONTAINER_START_DELAY,
      ),
      condition('Initialized', true, plan.createdAt),
      condition('Ready', ready, changedAt),
      condition('ContainersReady', ready, changedAt),
      condition('PodScheduled', true, plan.createdAt),
    ],
    hostIP: ipFor('10.0', plan.nodeName),
    podIP: ipFor('10.244', plan.uid),
    startTime: iso(plan.createdAt),
    qosClass: 'Burstable',
    containerStatuses: views.map((view) => view.status),
  };
  const pod: KubeObject = withServerMetadata(
    {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: plan.name,
        namespace: plan.namespace,
        labels: { ...plan.template.metadata?.labels, ...plan.extraLabels },
        ...(plan.template.metadata?.annotations
          ? { annotations: plan.template.metadata.annotations }
          : {}),
      },
      spec,
      status: podStatus,
    },
    {
      uid: plan.uid,
      createdAt: plan.createdAt,
      changedAt,
      ownerReferences: [plan.owner],
      generateName: `${plan.owner.name}-`,
    },
    iso,
  );
  const firstContainer = spec.containers[0];
  return {
    kind: 'Pod',
    apiVersion: 'v1',
    name: plan.name,
    namespace: plan.namespace,
    live: pod,
    desired: null,
    health: objectHealth(pod),
    sync: null,
    changedAt,
    uid: plan.uid,
    desiredResourceId: null,
    stepActionId: null,
    pod: {
      createdAt: plan.createdAt,
      readyAt: plan.readyAt,
      behaviour: plan.behaviour,
      completesAt: plan.completesAt,
      restarts: Math.max(0, ...views.map((view) => view.restarts)),
      image: firstContainer?.image ?? '',
      containerName: firstContainer?.name ?? '',
    },
    orphan: null,
    children: [],
  };
}
