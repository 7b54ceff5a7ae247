import type { LiveResource, ResourceDetail } from '../../../api/contract';

/** A Pod whose containers' logs can be read. */
export interface LogPod {
  name: string;
  health: LiveResource['HealthStatus'];
}

export interface LogSources {
  /** The object itself when it is a Pod; else every Pod below it (ReplicaSets, Jobs...). */
  pods: LogPod[];
  /** The containers of those Pods: a workload's Pods all run its template's containers. */
  containers: string[];
}

function podsBelow(children: readonly LiveResource[]): LogPod[] {
  return children.flatMap((child) =>
    child.Kind === 'Pod'
      ? [{ name: child.Name, health: child.HealthStatus }]
      : podsBelow(child.Children),
  );
}

export function logSourcesOf(resource: ResourceDetail['Resource']): LogSources {
  const containers = (resource.ManifestSummary?.Containers ?? []).map(
    (container) => container.Name,
  );
  const pods =
    resource.Kind === 'Pod'
      ? [{ name: resource.Name, health: resource.HealthStatus }]
      : podsBelow(resource.Children);
  return { pods, containers };
}

/** The Pod to show first: one in trouble (that is why people open logs), else the first. */
export function defaultLogPod(pods: readonly LogPod[]): string | null {
  return (pods.find((pod) => pod.health === 'Degraded') ?? pods[0])?.name ?? null;
}
