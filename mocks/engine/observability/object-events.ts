import type { Container, Pod } from 'kubernetes-types/core/v1';
import { stringify } from 'yaml';
import type { KubernetesEventBody } from '../../../src/api/contract';
import { isKind } from '../../kubernetes/types';
import type { LiveNode, PodFacts } from '../cluster/live-node';
import type { Timestamps } from '../cluster/object-meta';
import { nameSuffix, randomFor } from '../random';
import type { TimeProbe } from '../time-probe';
import { seconds } from '../timeline';

/** The container timings of cluster/pods.ts (not exported there): kept in step by hand. */
export const POD_TIMING = {
  containerStartDelay: seconds(2),
  firstCrashAfter: seconds(10),
  crashBackoffPeriod: seconds(300),
  imagePullErrorPeriod: seconds(15),
} as const;

/** The API server forgets events an hour after they were last seen (`--event-ttl`). */
export const EVENT_TTL_MS = seconds(3600);

/** kubelet's image pull retries: back-off doubling from 15 s, then every 5 minutes. */
const PULL_ATTEMPTS = [0, 15, 45, 105, 225].map(seconds);
const PULL_RETRY_PERIOD = seconds(300);
const PULL_BACKOFF_EVENT_PERIOD = seconds(20);

interface Occurrence {
  count: number;
  first: number;
  last: number;
}

/** Occurrences at `first + offsets[i]`, then every `period`, before `until`; null if none yet. */
function repeated(
  first: number,
  offsets: readonly number[],
  period: number,
  until: number | null,
  probe: TimeProbe,
): Occurrence | null {
  let count = 0;
  let last = first;
  for (const offset of offsets) {
    const at = first + offset;
    if ((until !== null && at >= until) || !probe.reached(at)) {
      return count === 0 ? null : { count, first, last };
    }
    count += 1;
    last = at;
  }
  if (count === 0) return null;
  const base = last;
  // Once `until` has passed the count is final: no need to ask about later moments.
  const more =
    until !== null && probe.reached(until)
      ? Math.max(0, Math.ceil((until - base) / period) - 1)
      : probe.periodsSince(base, period);
  return { count: count + more, first, last: base + more * period };
}

const once = (at: number, probe: TimeProbe): Occurrence | null =>
  probe.reached(at) ? { count: 1, first: at, last: at } : null;

const merged = (a: Occurrence | null, b: Occurrence | null): Occurrence | null =>
  a && b ? { count: a.count + b.count, first: a.first, last: b.last } : (a ?? b);

type Emit = (
  occurrence: Occurrence | null,
  reason: string,
  message: string,
  source?: string,
  type?: 'Normal' | 'Warning',
) => void;

/** What an emitter records: the core/v1 view of an event, before it is sent. */
interface RecordedEvent {
  Type: 'Normal' | 'Warning';
  Reason: string;
  Message: string;
  Source: string;
}

/** The events.k8s.io action each reason reports (`kubectl get events -o wide`'s ACTION). */
const actionOf: Readonly<Record<string, string>> = {
  Scheduled: 'Binding',
  Pulling: 'Pulling',
  Pulled: 'Pulling',
  Failed: 'Pulling',
  BackOff: 'Pulling',
  Created: 'Created',
  Started: 'Started',
  Killing: 'Killing',
  Unhealthy: 'Probing',
  ScalingReplicaSet: 'Scaling',
  SuccessfulCreate: 'Create',
  SuccessfulDelete: 'Delete',
  Completed: 'Completed',
  Sync: 'Sync',
};

/**
 * An event as the Kubernetes monitor relays it (`KubernetesEventResource`): the events.k8s.io
 * fields, and the event object itself as YAML in `Manifest`.
 */
function toEventBody(
  node: LiveNode,
  machineName: string,
  { count, first, last, Type, Reason, Message, Source }: Occurrence & RecordedEvent,
  iso: Timestamps,
): KubernetesEventBody {
  const instance = Source === 'kubelet' ? `${machineName}-node` : `${Source}-${machineName}`;
  const action = actionOf[Reason] ?? Reason;
  const name = `${node.name}.${(first >>> 0).toString(16).padStart(8, '0')}`;
  return {
    Type,
    Reason,
    Note: Message,
    Action: action,
    Count: count,
    FirstObservedTime: iso(first),
    LastObservedTime: iso(last),
    ReportingController: Source,
    ReportingInstance: instance,
    Manifest: stringify(
      {
        apiVersion: 'events.k8s.io/v1',
        kind: 'Event',
        metadata: { name, namespace: node.namespace ?? 'default' },
        regarding: {
          apiVersion: node.apiVersion,
          kind: node.kind,
          name: node.name,
          namespace: node.namespace ?? undefined,
          uid: node.uid ?? undefined,
        },
        type: Type,
        reason: Reason,
        note: Message,
        action,
        reportingController: Source,
        reportingInstance: instance,
        deprecatedCount: count,
        deprecatedFirstTimestamp: iso(first),
        deprecatedLastTimestamp: iso(last),
      },
      { lineWidth: 0 },
    ),
  };
}

function containerEvents(
  pod: Pod,
  facts: PodFacts,
  uid: string,
  container: Container,
  probe: TimeProbe,
  emit: Emit,
) {
  const { name } = container;
  const image = container.image ?? '';
  const podName = pod.metadata?.name ?? '';
  const ns = pod.metadata?.namespace ?? 'default';
  const started = facts.createdAt + POD_TIMING.containerStartDelay;
  const warn = (occurrence: Occurrence | null, reason: string, message: string) =>
    emit(occurrence, reason, message, 'kubelet', 'Warning');
  const every = (first: number, period: number, until: number | null = null) =>
    repeated(first, [0], period, until, probe);

  if (facts.behaviour.kind === 'image-pull-backoff') {
    const ref = `docker.io/${image}`;
    const attempts = (shift: number) =>
      repeated(started + shift, PULL_ATTEMPTS, PULL_RETRY_PERIOD, null, probe);
    emit(attempts(-seconds(1)), 'Pulling', `Pulling image "${image}"`);
    const failed = attempts(0);
    warn(
      failed,
      'Failed',
      `Failed to pull image "${image}": rpc error: code = NotFound desc = failed to pull and unpack image "${ref}": failed to resolve reference "${ref}": ${ref}: not found`,
    );
    warn(failed, 'Failed', 'Error: ErrImagePull');
    const backOff = every(started + POD_TIMING.imagePullErrorPeriod, PULL_BACKOFF_EVENT_PERIOD);
    emit(backOff, 'BackOff', `Back-off pulling image "${image}"`);
    warn(backOff, 'Failed', 'Error: ImagePullBackOff');
    return;
  }

  const random = randomFor(0, uid, name, 'pull');
  const pullingAt = facts.createdAt + 200 + Math.floor(random() * 400);
  const pulledAt = started - 100 - Math.floor(random() * 300);
  const present = `Container image "${image}" already present on machine`;
  // A crash-looping container is started again from the image already on the node.
  const period = POD_TIMING.crashBackoffPeriod;
  const reruns = facts.behaviour.kind === 'crash-loop' ? every(started + period, period) : null;
  if (random() < 0.5) {
    const took = `${((pulledAt - pullingAt) / 1000).toFixed(3)}s`;
    const size = 20_000_000 + Math.floor(random() * 180_000_000);
    emit(once(pullingAt, probe), 'Pulling', `Pulling image "${image}"`);
    emit(
      once(pulledAt, probe),
      'Pulled',
      `Successfully pulled image "${image}" in ${took} (${took} including waiting). Image size: ${size} bytes.`,
    );
    emit(reruns, 'Pulled', present);
  } else {
    emit(merged(once(pulledAt, probe), reruns), 'Pulled', present);
  }

  if (facts.behaviour.kind === 'crash-loop') {
    const runs = every(started, period);
    emit(runs, 'Created', `Created container ${name}`);
    emit(runs, 'Started', `Started container ${name}`);
    warn(
      every(started + POD_TIMING.firstCrashAfter, period),
      'BackOff',
      `Back-off restarting failed container ${name} in pod ${podName}_${ns}(${uid})`,
    );
    return;
  }

  emit(once(started, probe), 'Created', `Created container ${name}`);
  emit(once(started, probe), 'Started', `Started container ${name}`);
  if (facts.behaviour.kind === 'slow-ready') {
    const readiness = container.readinessProbe;
    const period = seconds(readiness?.periodSeconds ?? 10);
    const first = started + seconds(readiness?.initialDelaySeconds ?? 0) + period;
    const port = readiness?.tcpSocket?.port;
    const message =
      port === undefined
        ? 'Readiness probe failed: HTTP probe failed with statuscode: 503'
        : `Readiness probe failed: dial tcp ${pod.status?.podIP ?? '10.244.0.1'}:${String(port)}: connect: connection refused`;
    warn(every(first, period, facts.readyAt), 'Unhealthy', message);
  }
  if (facts.completesAt !== null) {
    const text = `Container ${name} completed successfully (exit code 0)`;
    emit(once(facts.completesAt, probe), 'Completed', text);
  }
}

function podEvents(node: LiveNode, pod: Pod, machineName: string, probe: TimeProbe, emit: Emit) {
  const facts = node.pod;
  if (!facts) return;
  const target = pod.spec?.nodeName ?? machineName;
  const assigned = `Successfully assigned ${node.namespace ?? 'default'}/${node.name} to ${target}`;
  emit(once(facts.createdAt, probe), 'Scheduled', assigned, 'default-scheduler');
  for (const container of pod.spec?.containers ?? []) {
    containerEvents(pod, facts, node.uid ?? pod.metadata?.uid ?? '', container, probe, emit);
  }
}

/** The Deployment controller's name for Pod `index` of a ReplicaSet (cluster/replica-sets.ts). */
const originalPodName = (replicaSet: string, index: number) =>
  `${replicaSet}-${nameSuffix(5, replicaSet, String(index), 'original')}`;

const revisionOf = (node: LiveNode) =>
  Number(node.live?.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0);

function deploymentEvents(node: LiveNode, probe: TimeProbe, emit: Emit) {
  const replicaSets = node.children
    .filter((child) => child.kind === 'ReplicaSet' && child.live !== null)
    .sort((a, b) => revisionOf(a) - revisionOf(b));
  const scaled = (occurrence: Occurrence | null, message: string) =>
    emit(occurrence, 'ScalingReplicaSet', message, 'deployment-controller');
  for (const replicaSet of replicaSets) {
    // Pod `index` was created when its ReplicaSet was scaled up to index + 1; evicted Pods'
    // replacements (named otherwise) were created by the ReplicaSet, not by a scale-up.
    const limit = 2 * (replicaSet.children.length + 1);
    for (let index = 0; index < limit; index++) {
      const name = originalPodName(replicaSet.name, index);
      const pod = replicaSet.children.find((child) => child.name === name);
      if (!pod?.pod) continue;
      const message = `Scaled up replica set ${replicaSet.name} to ${String(index + 1)}`;
      scaled(once(pod.pod.createdAt, probe), message);
    }
  }
  const current = replicaSets.at(-1);
  const live = node.live;
  if (!current || !live || !isKind(live, 'Deployment')) return;
  const replicas = live.spec?.replicas ?? 1;
  const readyTimes = current.children
    .flatMap((pod) => {
      const readyAt = pod.pod?.readyAt ?? null;
      return readyAt !== null && probe.reached(readyAt) ? [readyAt] : [];
    })
    .sort((a, b) => a - b);
  // The previous ReplicaSet shrinks by one as each new Pod becomes Ready; once at zero it stays
  // there (a later replacement Pod scales nothing down). Older ones reached zero in earlier
  // rollouts.
  const old = replicaSets.at(-2);
  if (!old) return;
  const oldLive = old.live;
  const retired = oldLive !== null && isKind(oldLive, 'ReplicaSet') && oldLive.spec?.replicas === 0;
  readyTimes
    .filter((at) => !retired || at <= old.changedAt)
    .forEach((at, index) => {
      const to = replicas - index - 1;
      if (to < 0) return;
      const message = `Scaled down replica set ${old.name} to ${String(to)} from ${String(to + 1)}`;
      scaled(once(at, probe), message);
    });
}

/**
 * The events the cluster holds about one object at the probe's moment, oldest first: what
 * `kubectl describe` lists, derived from the live object and its Pods' simulated behaviour.
 * Everything needed is on the node and its children: the application's tree is not consulted.
 */
export function eventsFor(
  node: LiveNode,
  _tree: readonly LiveNode[],
  machineName: string,
  probe: TimeProbe,
  iso: Timestamps,
): KubernetesEventBody[] {
  const live = node.live;
  if (live === null) return [];
  const events: (Occurrence & RecordedEvent)[] = [];
  const emit: Emit = (occurrence, Reason, Message, Source = 'kubelet', Type = 'Normal') => {
    // The API server drops events an hour after they were last seen.
    if (occurrence && !probe.reached(occurrence.last + EVENT_TTL_MS)) {
      events.push({ ...occurrence, Type, Reason, Message, Source });
    }
  };
  const childPods = node.children.filter((child) => child.pod !== null);

  if (isKind(live, 'Pod')) {
    podEvents(node, live, machineName, probe, emit);
  } else if (node.kind === 'Deployment') {
    deploymentEvents(node, probe, emit);
  } else if (node.kind === 'ReplicaSet' || node.kind === 'Job') {
    const source = node.kind === 'Job' ? 'job-controller' : 'replicaset-controller';
    for (const child of childPods) {
      const at = child.pod?.createdAt ?? node.changedAt;
      emit(once(at, probe), 'SuccessfulCreate', `Created pod: ${child.name}`, source);
    }
    const completesAt = childPods[0]?.pod?.completesAt ?? null;
    if (node.kind === 'Job' && completesAt !== null) {
      emit(once(completesAt, probe), 'Completed', 'Job completed', source);
    }
  } else if (node.kind === 'StatefulSet' || node.kind === 'DaemonSet') {
    for (const child of childPods) {
      const at = child.pod?.createdAt ?? node.changedAt;
      // The messages each controller writes (pkg/controller/statefulset, daemon).
      if (node.kind === 'StatefulSet') {
        emit(
          once(at, probe),
          'SuccessfulCreate',
          `create Pod ${child.name} in StatefulSet ${node.name} successful`,
          'statefulset-controller',
        );
      } else {
        emit(
          once(at, probe),
          'SuccessfulCreate',
          `Created pod: ${child.name}`,
          'daemonset-controller',
        );
      }
    }
  } else if (node.kind === 'Ingress') {
    const created = Date.parse(live.metadata.creationTimestamp ?? '') - Date.parse(iso(0));
    const first = Number.isFinite(created) ? Math.min(created, node.changedAt) : node.changedAt;
    const sync = once(first, probe);
    // Synced when created, and again when the controller wrote its address (or on a re-apply).
    const again = node.changedAt > first && probe.reached(node.changedAt);
    const synced = sync && again ? { ...sync, count: 2, last: node.changedAt } : sync;
    emit(synced, 'Sync', 'Scheduled for sync', 'nginx-ingress-controller');
  }

  // Newest last (the sort is stable: simultaneous events keep the order they happened in).
  return events
    .sort((a, b) => a.last - b.last)
    .map((event) => toEventBody(node, machineName, event, iso));
}
