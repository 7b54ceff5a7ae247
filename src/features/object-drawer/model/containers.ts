import type { ManifestSummary } from '../../../api/contract';

export interface ContainerSummary {
  name: string;
  /** Null when the server sent only the names (older servers' `Containers`). */
  image: string | null;
}

/** A Pod's containers: `ContainerDetails` where the server sends it, else the bare names. */
export function containersOf(summary: ManifestSummary | null): ContainerSummary[] {
  if (!summary) return [];
  if (summary.ContainerDetails.length > 0) {
    return summary.ContainerDetails.map((container) => ({
      name: container.Name,
      image: container.Image,
    }));
  }
  return summary.Containers.map((name) => ({ name, image: null }));
}
