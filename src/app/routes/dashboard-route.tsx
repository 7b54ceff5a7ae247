import { spaceId } from '../../config/api-config';
import { SpaceDashboard } from '../../features/space-dashboard/space-dashboard';

/** The space dashboard: every project's latest deployment or live status, per environment. */
export function DashboardRoute() {
  return (
    <>
      <title>Dashboard · Periscope</title>
      <SpaceDashboard spaceId={spaceId} />
    </>
  );
}
