import type { ApiClient } from '../client';
import type { ApplicationLiveStatus } from '../contract';
import { applicationLiveStatusPath, type ApplicationIds } from './application-ids';

export interface ApplicationLiveStatusParams extends ApplicationIds {
  /** Only the `Summary` is needed: the server may leave `MachineStatuses` empty. */
  summaryOnly?: boolean;
}

export function getApplicationLiveStatus(
  client: ApiClient,
  { summaryOnly = false, ...ids }: ApplicationLiveStatusParams,
  signal?: AbortSignal,
): Promise<ApplicationLiveStatus> {
  return client.get(applicationLiveStatusPath(ids), 'applicationLiveStatus', {
    signal,
    query: { summaryOnly },
  });
}
