import { faCircleInfo, faXmark } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useId } from 'react';
import { useLocalStorageState } from '../../../hooks/use-local-storage-state';
import styles from './known-limitations-note.module.css';

export const LIMITATIONS_DISMISSED_KEY = 'periscope.liveStatus.limitationsDismissed';

/**
 * What live status does not show, from Octopus's known limitations. Dismissed once, it stays
 * dismissed (in localStorage) on every application.
 */
export function KnownLimitationsNote() {
  const titleId = useId();
  const [dismissed, setDismissed] = useLocalStorageState(LIMITATIONS_DISMISSED_KEY);
  if (dismissed === 'yes') return null;
  return (
    <aside className={styles.note} aria-labelledby={titleId}>
      <FontAwesomeIcon icon={faCircleInfo} className={styles.icon} />
      <div className={styles.text}>
        <h2 id={titleId} className={styles.title}>
          What live status does not show
        </h2>
        <ul className={styles.list}>
          <li>
            <strong>Skipped steps:</strong> objects come from the steps the last deployment ran;
            objects applied by a step it skipped are not shown. Avoid skipping steps that deploy
            Kubernetes objects.
          </li>
          <li>
            <strong>Script steps:</strong> objects changed directly by script steps are not
            monitored.
          </li>
          <li>
            <strong>Runbooks:</strong> objects changed by runbooks are not monitored; deploy them
            with a deployment to monitor them.
          </li>
        </ul>
      </div>
      <button
        type="button"
        className={styles.dismiss}
        onClick={() => setDismissed('yes')}
        aria-label="Dismiss the note on what live status does not show"
      >
        <FontAwesomeIcon icon={faXmark} />
      </button>
    </aside>
  );
}
