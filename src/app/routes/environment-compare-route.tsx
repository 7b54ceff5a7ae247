import { useParams } from 'react-router';
import { spaceId } from '../../config/api-config';
import { EnvironmentComparePage } from '../../features/environment-compare/environment-compare-page';

/** One project's application in two environments (or for two tenants), side by side. */
export function EnvironmentCompareRoute() {
  const { projectId = '' } = useParams();
  // Keyed, so another project starts with fresh page state.
  return <EnvironmentComparePage key={projectId} spaceId={spaceId} projectId={projectId} />;
}
