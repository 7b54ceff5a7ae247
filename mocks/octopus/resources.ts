import { createTwoFilesPatch } from 'diff';
import { stringify } from 'yaml';
import type {
  DetailedResourceBody,
  LiveResourceBody,
  ResourceDetailBody,
  ResourceManifestBody,
} from '../../src/api/contract';
import { apiGroupOf, isKind, type KubeObject } from '../kubernetes/types';
import {
  isOrphaned,
  nodeHealth,
  nodeSync,
  type MachineState,
  STALE_AFTER,
} from '../engine/application-state';
import { walkNodes, type LiveNode } from '../engine/cluster/live-node';
import type { Timestamps } from '../engine/cluster/object-meta';

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

/**
 * Which generation of Octopus Server a target's live status reads like. Servers before 2026 name
 * an object's target with `MachineId` (and its API `Group`) and send every property, nulls
 * included, as C# does; newer ones send `ResourceSourceId` and `SourceType` instead and leave
 * absent values out. The simulator speaks both, one per target, so the client meets both.
 */
export function speaksSourceIds(machineId: string): boolean {
  const number = Number(/(\d+)$/.exec(machineId)?.[1] ?? '0');
  return number % 2 === 0;
}

/** Drops null values, as newer servers do for absent optional fields. */
function withoutNulls<T extends object>(body: T): T {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== null)) as T;
}

/** The fields the list and the detail share, in the target's server generation. */
function liveObjectFields(node: LiveNode, state: MachineState, iso: Timestamps, topLevel: boolean) {
  return {
    Name: node.name,
    Namespace: node.namespace,
    Kind: node.kind,
    HealthStatus: nodeHealth(node, state.view),
    SyncStatus: topLevel ? nodeSync(node, state.view) : 'NotApplicable',
    HealthStatusMessage: healthMessage(node, state),
    // An orphan is compared with nothing (the monitor sends no patch for one): no message.
    SyncStatusMessage:
      topLevel && state.view.kind !== 'unreachable' && !isOrphaned(node)
        ? (node.sync?.message ?? null)
        : null,
    DesiredResourceId: node.desiredResourceId,
    ResourceId: node.uid,
    LastUpdated: iso(
      state.view.kind === 'stale' ? Math.min(node.changedAt, state.lastReportAt) : node.changedAt,
    ),
  };
}

/** An object as the live status endpoints report it. */
export function toLiveResource(
  node: LiveNode,
  state: MachineState,
  iso: Timestamps,
  topLevel = true,
): LiveResourceBody {
  const children = node.children.map((child) => toLiveResource(child, state, iso, false));
  const orphanedAt = node.orphan?.orphanedAt ?? null;
  const fields = {
    ...liveObjectFields(node, state, iso, topLevel),
    OrphanedAt: orphanedAt === null ? null : iso(orphanedAt),
    DeletionTaskState: orphanedAt === null ? null : (node.orphan?.deletion ?? null),
  };
  if (speaksSourceIds(state.machine.id)) {
    return withoutNulls({
      ...fields,
      ResourceSourceId: state.machine.id,
      SourceType: 'KubernetesMonitor',
      Children: children,
    });
  }
  return {
    ...fields,
    Group: apiGroupOf(node.apiVersion),
    MachineId: state.machine.id,
    Children: children,
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

/** The container names of a Pod; other kinds have none in their summary. */
function podContainers(object: KubeObject): { Name: string; Image: string | null }[] {
  if (!isKind(object, 'Pod')) return [];
  return (object.spec?.containers ?? []).map((container) => ({
    Name: container.name,
    Image: container.image ?? null,
  }));
}

const hiddenAnnotations = new Set(['kubectl.kubernetes.io/last-applied-configuration']);

function toDetailedResource(
  node: LiveNode,
  state: MachineState,
  iso: Timestamps,
  topLevel: boolean,
): DetailedResourceBody {
  const live = node.live;
  const containers = live ? podContainers(live) : [];
  const manifestSummary = live
    ? {
        Kind: node.kind,
        Labels: { ...live.metadata.labels },
        Annotations: Object.fromEntries(
          Object.entries(live.metadata.annotations ?? {}).filter(
            ([key]) => !hiddenAnnotations.has(key),
          ),
        ),
        CreationTimestamp: live.metadata.creationTimestamp ?? null,
        // Pods: `Containers` (names, obsolete) beside `ContainerDetails`.
        ...(isKind(live, 'Pod')
          ? {
              Containers: containers.map((container) => container.Name),
              ContainerDetails: containers,
            }
          : {}),
      }
    : null;
  const body = {
    ...liveObjectFields(node, state, iso, topLevel),
    ResourceSourceId: state.machine.id,
    SourceType: 'KubernetesMonitor',
    ManifestSummary: manifestSummary,
    ExternalLink: null,
    Children: node.children.map((child) => toDetailedResource(child, state, iso, false)),
  };
  return speaksSourceIds(state.machine.id) ? withoutNulls(body) : body;
}

/** The one-object endpoint: the object, its manifest summarised, its children. */
export function toResourceDetail(
  found: { node: LiveNode; topLevel: boolean },
  state: MachineState,
  iso: Timestamps,
): ResourceDetailBody {
  return { Resource: toDetailedResource(found.node, state, iso, found.topLevel) };
}

const yamlOf = (object: KubeObject) => stringify(object, { lineWidth: 0 });

/**
 * The manifests of an object as YAML: live always (unless missing), desired for applied objects,
 * and the diff between them: `Left` the applied side, `Right` the live one. An orphan's desired
 * manifest is the one its last release applied, which Octopus keeps with the object it still
 * monitors (the monitor's desired resource holds it beside `OrphanedAt`), but with no diff: the
 * monitor compares an orphan with nothing, since nothing expects it any more.
 */
export function toResourceManifest(found: {
  node: LiveNode;
  topLevel: boolean;
}): ResourceManifestBody {
  const { node, topLevel } = found;
  const live = node.live ? yamlOf(node.live) : null;
  const desired = topLevel && node.desired ? yamlOf(node.desired) : null;
  return {
    LiveManifest: live,
    DesiredManifest: desired,
    Diff:
      desired === null || isOrphaned(node)
        ? null
        : {
            Left: desired,
            Right: live ?? '',
            Diff: createTwoFilesPatch('applied', 'live', desired, live ?? '', '', '', {
              context: 3,
            }),
          },
  };
}
