import type { DetailedResource, HealthStatus, Unknown } from '../../../api/contract';
import { containersOf } from './containers';

/** A Pod whose containers' logs can be read. */
export interface LogPod {
  name: string;
  /** How the object endpoints address the Pod (its UID); null if the server gave none. */
  resourceId: string | null;
  health: HealthStatus | Unknown;
  /** Its containers, when the server summarised them; else asked for when the Pod is chosen. */
  containers: string[];
}

export interface LogSources {
  /** The object itself when it is a Pod; else every Pod below it (ReplicaSets, Jobs...). */
  pods: LogPod[];
}

function podOf(resource: DetailedResource): LogPod {
  return {
    name: resource.Name,
    resourceId: resource.ResourceId ?? resource.DesiredResourceId,
    health: resource.HealthStatus,
    containers: containersOf(resource.ManifestSummary).map((container) => container.name),
  };
}

function podsBelow(children: readonly DetailedResource[]): LogPod[] {
  return children.flatMap((child) =>
    child.Kind === 'Pod' ? [podOf(child)] : podsBelow(child.Children),
  );
}

export function logSourcesOf(resource: DetailedResource): LogSources {
  return { pods: resource.Kind === 'Pod' ? [podOf(resource)] : podsBelow(resource.Children) };
}

/** The Pod to show first: one in trouble (that is why people open logs), else the first. */
export function defaultLogPod(pods: readonly LogPod[]): LogPod | null {
  return pods.find((pod) => pod.health === 'Degraded') ?? pods[0] ?? null;
}
