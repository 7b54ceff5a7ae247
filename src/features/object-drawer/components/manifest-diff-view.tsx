import { faTriangleExclamation } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useState } from 'react';
import type { DiffStats } from '../../../components/yaml-viewer/monaco-loader';
import { YamlDiffViewer } from '../../../components/yaml-viewer/yaml-viewer';
import type { ManifestDiff } from '../hooks/use-manifest-diff';
import styles from './manifest-tab.module.css';

/** What each view of the diff shows, in one line above it. */
const VIEW_DESCRIPTIONS: Record<ManifestDiff['shows'], string> = {
  'applied-fields': 'Only the fields that were applied: fields the cluster sets are hidden.',
  'all-fields': 'Every field of the live object, including those the cluster sets.',
};

function describeStats({ changes, linesAdded, linesRemoved }: DiffStats): string {
  if (changes === 0) return 'No line differs.';
  const lines = (count: number) => `${String(count)} ${count === 1 ? 'line' : 'lines'}`;
  return `Line by line: ${String(changes)} ${changes === 1 ? 'change' : 'changes'} (${lines(linesRemoved)} on the applied side, ${lines(linesAdded)} on the live side).`;
}

interface ManifestDiffViewProps {
  diff: ManifestDiff;
  objectTitle: string;
  /** For the "Show server-set fields" switch's description. */
  descriptionId: string;
}

/**
 * The applied manifest (left) against the live object (right) in Monaco's diff editor: a line
 * saying what the view shows, the applied fields that differ, and the line counts.
 */
export function ManifestDiffView({ diff, objectTitle, descriptionId }: ManifestDiffViewProps) {
  // Line counts belong to the view they were counted in: another view waits for its own.
  const [stats, setStats] = useState<{ shows: ManifestDiff['shows']; value: DiffStats } | null>(
    null,
  );
  const shownStats = stats?.shows === diff.shows ? stats.value : null;

  return (
    <>
      <p id={descriptionId} className={styles.note}>
        {diff.fallback === null ? (
          VIEW_DESCRIPTIONS[diff.shows]
        ) : (
          <>
            <FontAwesomeIcon icon={faTriangleExclamation} /> {VIEW_DESCRIPTIONS['all-fields']}{' '}
            Fields the cluster sets could not be hidden: {diff.fallback}
          </>
        )}
      </p>
      <p
        className={[styles.summary, diff.summary.differs && styles.differs]
          .filter(Boolean)
          .join(' ')}
        role="status"
      >
        {diff.summary.text}{' '}
        {shownStats && <span className={styles.stats}>{describeStats(shownStats)}</span>}
      </p>
      <div className={styles.sides} aria-hidden="true">
        <span>Applied (desired)</span>
        <span>Live</span>
      </div>
      <YamlDiffViewer
        original={diff.texts.desired}
        modified={diff.texts.live}
        originalLabel={`Applied manifest of ${objectTitle}`}
        modifiedLabel={`Live manifest of ${objectTitle}`}
        onDiffComputed={(value) => setStats({ shows: diff.shows, value })}
        className={styles.editor}
      />
    </>
  );
}
