import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ApplicationLiveStatus } from '../api/contract';
import { spaceResourceQueries } from '../api/queries/space-resource-queries';

function namesOf(results: readonly { data?: { Name: string } }[]): (string | null)[] {
  return results.map((result) => result.data?.Name ?? null);
}

/**
 * The names of the targets an application's live status reports on, by machine id, read from
 * `/machines/{id}` once each; a target whose name is not known (yet) is left out.
 */
export function useMachineNames(
  spaceId: string,
  liveStatus: ApplicationLiveStatus | undefined,
): ReadonlyMap<string, string> {
  const machineIds = useMemo(
    () => [...new Set(liveStatus?.MachineStatuses.map((machine) => machine.MachineId) ?? [])],
    [liveStatus],
  );
  const names = useQueries({
    queries: machineIds.map((machineId) => spaceResourceQueries.machine(spaceId, machineId)),
    combine: namesOf,
  });
  return useMemo(() => {
    const byId = new Map<string, string>();
    machineIds.forEach((id, index) => {
      const name = names[index];
      if (name) byId.set(id, name);
    });
    return byId;
  }, [machineIds, names]);
}
