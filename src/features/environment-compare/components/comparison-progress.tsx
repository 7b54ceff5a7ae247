import { faArrowRotateRight } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { Button } from '../../../components/button/button';
import type { ComparisonProgress } from '../hooks/use-manifest-comparisons';
import styles from './comparison-section.module.css';

const count = (value: number) => value.toLocaleString('en');

/** "Compared 120 of 1,000 objects": how far the manifests' comparison has gone. */
function progressText({ total, settled, failed }: ComparisonProgress, ready: boolean): string {
  const objects = `${count(total)} ${total === 1 ? 'object' : 'objects'}`;
  if (total === 0) return 'No object is on both sides: there are no manifests to compare.';
  if (!ready) return `Comparing the manifests of ${objects} on both sides…`;
  const compared = `Compared ${count(settled)} of ${objects}`;
  return failed === 0 ? compared : `${compared}; ${count(failed)} could not be compared`;
}

interface ComparisonProgressLineProps {
  progress: ComparisonProgress;
  ready: boolean;
  onRetry: () => void;
}

/** The comparison's progress, said to screen readers as it goes, and Retry for failed requests. */
export function ComparisonProgressLine({ progress, ready, onRetry }: ComparisonProgressLineProps) {
  return (
    <div className={styles.progress}>
      <p className={styles.progressText} role="status">
        {progressText(progress, ready)}
      </p>
      {progress.total > 0 && (
        <progress
          className={styles.progressBar}
          max={progress.total}
          value={progress.settled}
          aria-label="Manifests compared"
        />
      )}
      {progress.retryable.length > 0 && (
        <Button variant="ghost" onClick={onRetry}>
          <FontAwesomeIcon icon={faArrowRotateRight} />
          Retry failed ({count(progress.retryable.length)})
        </Button>
      )}
    </div>
  );
}
