import type { Container, ContainerStatus } from 'kubernetes-types/core/v1';
import { stringify } from 'yaml';
import type { LiveResource, ResourceDetail, ResourceManifest } from '../../src/api/contract';
import { apiGroupOf, isKind, type KubeObject } from '../kubernetes/types';
import { nodeHealth, nodeSync, type MachineState, STALE_AFTER } from './application-state';
import { walkNodes, type LiveNode } from './cluster/live-node';
import type { Timestamps } from './cluster/object-meta';

function healthMessage(node: LiveNode, state: MachineState): string | null {
  switch (state.view.kind) {
    case 'unreachable':
      return `The Kubernetes monitor cannot reach the cluster: ${state.view.message}`;
    case 'stale':
      return `No update from the Kubernetes monitor for over ${String(STALE_AFTER / 60000)} minutes; last known health: ${node.live === null ? 'Missing' : (node.health?.status ?? 'no health of its own')}.`;
    case 'live':
      return node.live === null
        ? 'Object is missing from the cluster'
        : (node.health?.message ?? null);
  }
}

/** An object as the live status endpoints report it. */
export function toLiveResource(
  node: LiveNode,
  state: MachineState,
  iso: Timestamps,
  topLevel = true,
): LiveResource {
  return {
    Name: node.name,
    Namespace: node.namespace,
    Kind: node.kind,
    Group: apiGroupOf(node.apiVersion),
    HealthStatus: nodeHealth(node, state.view),
    SyncStatus: topLevel ? nodeSync(node, state.view) : 'NotApplicable',
    HealthStatusMessage: healthMessage(node, state),
    SyncStatusMessage:
      topLevel && state.view.kind !== 'unreachable' ? (node.sync?.message ?? null) : null,
    MachineId: state.machine.id,
    DesiredResourceId: node.desiredResourceId,
    ResourceId: node.uid,
    LastUpdated: iso(
      state.view.kind === 'stale' ? Math.min(node.changedAt, state.lastReportAt) : node.changedAt,
    ),
    Children: node.children.map((child) => toLiveResource(child, state, iso, false)),
  };
}

/** Finds an object by the id the API addresses it with: desired id, or Kubernetes UID. */
export function findNode(nodes: readonly LiveNode[], id: string) {
  for (const top of nodes) {
    for (const node of walkNodes([top])) {
      if (node.desiredResourceId === id || node.uid === id) return { node, topLevel: node === top };
    }
  }
  return null;
}

function findParent(nodes: readonly LiveNode[], child: LiveNode): LiveNode | null {
  for (const node of walkNodes(nodes)) if (node.children.includes(child)) return node;
  return null;
}

function containersOf(object: KubeObject): {
  containers: Container[];
  statuses: ContainerStatus[];
} {
  if (isKind(object, 'Pod')) {
    return {
      containers: object.spec?.containers ?? [],
      statuses: object.status?.containerStatuses ?? [],
    };
  }
  if (
    isKind(object, 'Deployment') ||
    isKind(object, 'ReplicaSet') ||
    isKind(object, 'StatefulSet') ||
    isKind(object, 'DaemonSet') ||
    isKind(object, 'Job')
  ) {
    return { containers: object.spec?.template?.spec?.containers ?? [], statuses: [] };
  }
  if (isKind(object, 'CronJob')) {
    return {
      containers: object.spec?.jobTemplate.spec?.template.spec?.containers ?? [],
      statuses: [],
    };
  }
  return { containers: [], statuses: [] };
}

function stateOf(status: ContainerStatus | undefined): string | null {
  if (!status?.state) return null;
  if (status.state.running) return 'Running';
  if (status.state.waiting) return status.state.waiting.reason ?? 'Waiting';
  if (status.state.terminated) return status.state.terminated.reason ?? 'Terminated';
  return null;
}

const hiddenAnnotations = new Set(['kubectl.kubernetes.io/last-applied-configuration']);

export function toResourceDetail(
  nodes: readonly LiveNode[],
  found: { node: LiveNode; topLevel: boolean },
  state: MachineState,
  iso: Timestamps,
): ResourceDetail {
  const { node, topLevel } = found;
  const resource = toLiveResource(node, state, iso, topLevel);
  const live = node.live;
  const parent = topLevel ? null : findParent(nodes, node);
  const { containers, statuses } = live ? containersOf(live) : { containers: [], statuses: [] };
  return {
    Resource: {
      ...resource,
      ManifestSummary: live
        ? {
            Labels: { ...live.metadata.labels },
            Annotations: Object.fromEntries(
              Object.entries(live.metadata.annotations ?? {}).filter(
                ([key]) => !hiddenAnnotations.has(key),
              ),
            ),
            CreationTimestamp: live.metadata.creationTimestamp ?? null,
            Owner:
              parent && parent.uid !== null
                ? {
                    Kind: parent.kind,
                    Name: parent.name,
                    ResourceId: parent.desiredResourceId ?? parent.uid,
                  }
                : null,
            Containers: containers.map((container) => {
              const status = statuses.find((entry) => entry.name === container.name);
              return {
                Name: container.name,
                Image: container.image ?? '',
                Ready: status ? status.ready : null,
                RestartCount: status ? status.restartCount : null,
                State: stateOf(status),
              };
            }),
          }
        : null,
    },
  };
}

/** The manifests of an object as YAML: live always (unless missing), desired for applied objects. */
export function toResourceManifest(found: { node: LiveNode; topLevel: boolean }): ResourceManifest {
  const { node, topLevel } = found;
  return {
    LiveManifest: node.live ? stringify(node.live, { lineWidth: 0 }) : null,
    ...(topLevel && node.desired
      ? { DesiredManifest: stringify(node.desired, { lineWidth: 0 }) }
      : {}),
  };
}
