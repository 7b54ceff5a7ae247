import { faArrowRotateRight, faXmark } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useId } from 'react';
import { Button } from '../../../components/button/button';
import { StatusBadge } from '../../../components/status';
import { describeFieldDifference } from '../../../lib/manifest-comparison';
import type { CompareSideData } from '../hooks/use-compare-side';
import type { ComparedObject, ManifestComparison } from '../model/comparison-rows';
import { manifestDefinition, presenceDefinition } from '../model/comparison-status';
import { ManifestsView } from './manifests-view';
import styles from './selected-object-panel.module.css';

interface SelectedObjectPanelProps {
  selectedKey: string;
  /** The selected row's object; null when neither side has it (any more). */
  object: ComparedObject | null;
  comparison: ManifestComparison | null;
  left: CompareSideData;
  right: CompareSideData;
  spaceId: string;
  projectId: string;
  onRetry: () => void;
  onClear: () => void;
}

/** What differs, field by field, in words; a Secret's value by its key only. */
function DifferenceList({
  comparison,
  labels,
}: {
  comparison: ManifestComparison;
  labels: { left: string; right: string };
}) {
  if (comparison.status === 'differ') {
    return (
      <ul className={styles.differences} aria-label="Differing fields">
        {comparison.differences.map((difference) => (
          <li key={difference.path}>
            <code>{describeFieldDifference(difference, labels)}</code>
          </li>
        ))}
      </ul>
    );
  }
  if (comparison.status === 'same') {
    return (
      <p className={styles.note}>
        The applied manifests are the same, once each side’s own values (namespace, environment and
        tenant names) are set aside.
      </p>
    );
  }
  return null;
}

/**
 * The selected row: its manifests' differences listed, then both applied manifests in the diff
 * editor, the left side on the left. An object on one side only shows its manifest alone.
 */
export function SelectedObjectPanel({
  selectedKey,
  object,
  comparison,
  left,
  right,
  spaceId,
  projectId,
  onRetry,
  onClear,
}: SelectedObjectPanelProps) {
  const headingId = useId();
  const labels = { left: left.label, right: right.label };
  const clear = (
    <Button variant="ghost" onClick={onClear}>
      <FontAwesomeIcon icon={faXmark} />
      Clear selection
    </Button>
  );
  if (object === null || comparison === null) {
    return (
      <section className={styles.panel} aria-labelledby={headingId}>
        <h2 id={headingId} className={styles.title}>
          {selectedKey.replace('/', ' ')}
        </h2>
        <p className={styles.note}>Neither side has this object now.</p>
        {clear}
      </section>
    );
  }
  const title = `${object.kind} ${object.name}`;
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <div className={styles.heading}>
        <h2 id={headingId} className={styles.title}>
          {title}
        </h2>
        <StatusBadge definition={presenceDefinition(object.presence, labels)} variant="pill" />
        <StatusBadge definition={manifestDefinition(comparison, labels)} variant="pill" />
        <span className={styles.spacer} />
        {clear}
      </div>
      {comparison.status === 'failed' && (
        <div className={styles.failed} role="alert">
          <p>Could not be compared: {comparison.reason}.</p>
          {comparison.retryable && (
            <Button onClick={onRetry}>
              <FontAwesomeIcon icon={faArrowRotateRight} />
              Retry
            </Button>
          )}
        </div>
      )}
      <DifferenceList comparison={comparison} labels={labels} />
      <ManifestsView
        title={title}
        object={object}
        left={left}
        right={right}
        spaceId={spaceId}
        projectId={projectId}
      />
    </section>
  );
}
