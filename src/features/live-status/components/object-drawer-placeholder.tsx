import { faXmark } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useEffect, useId, useRef } from 'react';
import { ExactTime } from '../../../components/relative-time/relative-time';
import {
  healthStatusDefinitions,
  StatusBadge,
  syncStatusDefinitions,
} from '../../../components/status';
import type { ObjectNode } from '../model/object-tree';
import styles from './object-drawer-placeholder.module.css';

interface ObjectDrawerPlaceholderProps {
  /** The object the URL names; null when the application has no such object (any more). */
  node: ObjectNode | null;
  /** Clears the URL's `object` parameter; called by Close and by Escape. */
  onClose: () => void;
}

/**
 * The object drawer, opened by the URL's `object` parameter: a labelled dialog at the right
 * edge with the object's row (identity, health and sync with their messages). It stands in for
 * the object drawer feature, which replaces it with its tabbed drawer.
 */
export function ObjectDrawerPlaceholder({ node, onClose }: ObjectDrawerPlaceholderProps) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });
  useEffect(() => {
    dialogRef.current?.focus({ preventScroll: true });
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      onCloseRef.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const resource = node?.resource;
  return (
    <div
      ref={dialogRef}
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      className={styles.drawer}
    >
      <div className={styles.header}>
        <div className={styles.titles}>
          {resource && <p className={styles.eyebrow}>{resource.Namespace ?? 'Cluster-scoped'}</p>}
          <h2 id={titleId} className={styles.title}>
            {resource ? `${resource.Kind} ${resource.Name}` : 'Object not found'}
          </h2>
        </div>
        <button type="button" className={styles.close} onClick={onClose} aria-label="Close">
          <FontAwesomeIcon icon={faXmark} />
        </button>
      </div>
      <div className={styles.body}>
        {resource ? (
          <dl className={styles.facts}>
            <div className={styles.fact}>
              <dt>Health</dt>
              <dd>
                <StatusBadge
                  definition={healthStatusDefinitions[resource.HealthStatus]}
                  variant="pill"
                  describe
                />
                {resource.HealthStatusMessage && (
                  <p className={styles.message}>{resource.HealthStatusMessage}</p>
                )}
              </dd>
            </div>
            <div className={styles.fact}>
              <dt>Sync</dt>
              <dd>
                <StatusBadge
                  definition={syncStatusDefinitions[resource.SyncStatus]}
                  variant="pill"
                  describe
                />
                {resource.SyncStatusMessage && (
                  <p className={styles.message}>{resource.SyncStatusMessage}</p>
                )}
              </dd>
            </div>
            <div className={styles.fact}>
              <dt>Kind</dt>
              <dd>{resource.Group ? `${resource.Kind} (${resource.Group})` : resource.Kind}</dd>
            </div>
            <div className={styles.fact}>
              <dt>Last updated</dt>
              <dd>
                <ExactTime value={resource.LastUpdated} />
              </dd>
            </div>
          </dl>
        ) : (
          <p className={styles.text}>
            This application has no such object now. It may have been replaced (a new Pod) or
            deleted since the link was made.
          </p>
        )}
      </div>
    </div>
  );
}
