import { faCodeCompare } from '@fortawesome/free-solid-svg-icons';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { describeFailure } from '../../api/describe-failure';
import { spaceResourceQueries } from '../../api/queries/space-resource-queries';
import { FailurePanel } from '../../components/failure-panel/failure-panel';
import { StatePanel } from '../../components/state-panel/state-panel';
import { sideKey, sideOptions } from '../../lib/deployed-sides';
import { CompareHeader } from './components/compare-header';
import styles from './components/compare-page.module.css';
import { Comparison } from './components/comparison';
import { SidePickers } from './components/side-pickers';
import { useCompareSearch } from './hooks/use-compare-search';
import { sameSide } from './model/compare-search';

export interface EnvironmentComparePageProps {
  spaceId: string;
  projectId: string;
}

/**
 * One project's application in two environments (or for two tenants) side by side: each side's
 * health and sync, and a row per object it applied, with what differs. The sides, filters and
 * selected row are in the URL. Without two different sides it asks for them.
 */
export function EnvironmentComparePage({ spaceId, projectId }: EnvironmentComparePageProps) {
  const search = useCompareSearch();
  const project = useQuery(spaceResourceQueries.project(spaceId, projectId));
  const dashboard = useQuery(spaceResourceQueries.projectDashboard(spaceId, projectId));
  const options = useMemo(
    () => sideOptions(dashboard.data, projectId),
    [dashboard.data, projectId],
  );
  const projectName = project.data?.Name ?? projectId;
  const { left, right, update } = search;
  const pickers = (
    <SidePickers options={options} left={left} right={right} onChange={(sides) => update(sides)} />
  );

  const projectFailure = describeFailure(project.error, { kind: 'project', id: projectId });
  if (projectFailure) {
    return (
      <>
        <title>{`${projectFailure.title} · Periscope`}</title>
        <FailurePanel failure={projectFailure} />
      </>
    );
  }

  if (left === null || right === null || sameSide(left, right)) {
    const sameTwice = sameSide(left, right);
    return (
      <div className={styles.page}>
        <title>{`${projectName} · Compare · Periscope`}</title>
        <CompareHeader projectName={projectName} sides={null}>
          {pickers}
        </CompareHeader>
        <StatePanel
          icon={faCodeCompare}
          headingLevel={2}
          title={sameTwice ? 'Both sides are the same' : 'Pick two sides to compare'}
        >
          <p>
            {sameTwice
              ? 'The left and right sides name the same application. Pick another environment (or tenant) for one of them above.'
              : `Choose the environments (or tenants) of ${projectName} to compare, above: its objects, their health and sync, and how their applied manifests differ.`}
          </p>
          {dashboard.isSuccess && options.length < 2 && (
            <p>
              {projectName} is deployed to fewer than two places, so there is nothing to compare
              yet.
            </p>
          )}
        </StatePanel>
      </div>
    );
  }

  return (
    <Comparison
      // A new pair of sides starts afresh: their comparisons, scroll and focus are theirs.
      key={`${sideKey(left)}|${sideKey(right)}`}
      spaceId={spaceId}
      projectId={projectId}
      projectName={projectName}
      left={left}
      right={right}
      options={options}
      latestDeployments={dashboard.data?.Items ?? []}
      dashboardSettled={!dashboard.isPending}
    />
  );
}
