import { faCircleInfo } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useSyncExternalStore } from 'react';
import { getUnknownEnumValues, subscribeUnknownEnumValues } from '../api/contract/unknown-values';
import styles from './unknown-values-notice.module.css';

/**
 * Says so when the server sent status values this version of Periscope does not know: they are
 * shown as Unknown rather than crashing, and this notice keeps that from passing unnoticed.
 */
export function UnknownValuesNotice() {
  const values = useSyncExternalStore(
    subscribeUnknownEnumValues,
    getUnknownEnumValues,
    getUnknownEnumValues,
  );
  if (values.length === 0) return null;
  return (
    <div className={styles.notice} role="status">
      <FontAwesomeIcon icon={faCircleInfo} className={styles.icon} />
      <p>
        The server sent {values.length === 1 ? 'a value' : 'values'} this version of Periscope does
        not know, shown as Unknown:{' '}
        {values.map(({ enumName, value }, index) => (
          <span key={`${enumName}:${value}`}>
            {index > 0 && ', '}
            <code className={styles.value}>{value}</code> ({enumName})
          </span>
        ))}
        . A newer Periscope may know {values.length === 1 ? 'it' : 'them'}.
      </p>
    </div>
  );
}
