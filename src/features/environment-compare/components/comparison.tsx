import { faCodeCompare } from '@fortawesome/free-solid-svg-icons';
import type { DashboardItem } from '../../../api/contract';
import { describeFailure } from '../../../api/describe-failure';
import { FailurePanel } from '../../../components/failure-panel/failure-panel';
import { StatePanel } from '../../../components/state-panel/state-panel';
import type { SideOption } from '../../../lib/deployed-sides';
import { useCompareSearch } from '../hooks/use-compare-search';
import { useCompareSide, type CompareSideData } from '../hooks/use-compare-side';
import type { CompareSide } from '../model/compare-search';
import { CompareHeader, compareTitle } from './compare-header';
import styles from './compare-page.module.css';
import { ComparisonSection } from './comparison-section';
import { SidePickers } from './side-pickers';
import { SideSummary } from './side-summary';

interface ComparisonProps {
  spaceId: string;
  projectId: string;
  projectName: string;
  left: CompareSide;
  right: CompareSide;
  options: readonly SideOption[];
  latestDeployments: readonly DashboardItem[];
  /** The project's dashboard has answered (or failed): each side's latest deployment is known. */
  dashboardSettled: boolean;
}

/** Why a side's objects cannot be compared, or null when they can (or may, once loaded). */
function notComparable(side: CompareSideData): string | null {
  if (side.live.data === undefined) {
    if (!side.liveError || side.lookupsPending) return null;
    const failure = describeFailure(side.liveError, { kind: 'application', id: side.label });
    if (failure?.status === 404)
      return 'it has no live status (the project may not be deployed there)';
    if (failure?.status === 403) return 'not allowed to view its live status';
    return 'its live status could not be loaded';
  }
  if (side.live.data.Summary.Status === 'NotSupported') {
    return 'it has no live status (no monitored Kubernetes steps)';
  }
  return null;
}

/**
 * Two sides of one project: the heading, each side's health and sync, and, once both have live
 * status, the Comparison table. An environment or tenant that is not found (or not allowed) is
 * the whole page's failure, with the pickers as the way out.
 */
export function Comparison({
  spaceId,
  projectId,
  projectName,
  left: leftSide,
  right: rightSide,
  options,
  latestDeployments,
  dashboardSettled,
}: ComparisonProps) {
  const search = useCompareSearch();
  const left = useCompareSide(spaceId, projectId, leftSide, latestDeployments);
  const right = useCompareSide(spaceId, projectId, rightSide, latestDeployments);
  const labels = { left: left.label, right: right.label };
  const pickers = (
    <SidePickers
      options={options}
      left={leftSide}
      right={rightSide}
      labels={labels}
      onChange={(sides) => search.update(sides)}
    />
  );

  const failure = left.failure ?? right.failure;
  if (failure) {
    return (
      <>
        <title>{`${failure.title} · Periscope`}</title>
        <FailurePanel failure={failure}>
          <p>Or pick other sides to compare:</p>
          {pickers}
        </FailurePanel>
      </>
    );
  }

  const blocked = [left, right].flatMap((side) => {
    const reason = notComparable(side);
    return reason === null ? [] : [`${side.label}: ${reason}`];
  });
  const ready = left.tree !== null && right.tree !== null && blocked.length === 0;

  return (
    <div className={styles.page}>
      <title>{`${compareTitle(projectName, labels)} · Compare · Periscope`}</title>
      <CompareHeader projectName={projectName} sides={labels}>
        {pickers}
      </CompareHeader>
      <div className={styles.sides}>
        <SideSummary projectId={projectId} projectName={projectName} data={left} />
        <SideSummary projectId={projectId} projectName={projectName} data={right} />
      </div>
      {blocked.length > 0 && (
        <StatePanel icon={faCodeCompare} headingLevel={2} title="Nothing to compare yet">
          {blocked.map((reason) => (
            <p key={reason}>{reason}.</p>
          ))}
        </StatePanel>
      )}
      {ready && left.tree && right.tree && (
        <ComparisonSection
          spaceId={spaceId}
          projectId={projectId}
          left={left}
          right={right}
          leftTree={left.tree}
          rightTree={right.tree}
          manifestsReady={left.namesKnown && right.namesKnown && dashboardSettled}
        />
      )}
      {!ready && blocked.length === 0 && (
        <p className={styles.loading} role="status">
          Loading both sides’ live status…
        </p>
      )}
    </div>
  );
}
