import { faXmark } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useEffect, useId, useRef } from 'react';
import type { StepObject } from '../../../api/contract';
import styles from './step-object-dialog.module.css';

interface StepObjectDialogProps {
  /** Null when the URL names an object this deployment does not have. */
  object: StepObject | null;
  stepName: string | null;
  onClose: () => void;
}

/**
 * Stands in for the object drawer (issue 5 replaces the body): a labelled dialog named
 * "{Kind} {name}", opened by `?object=`, closed by its button or Escape (which clear the
 * parameter). Focus moves to the close button and goes back to the link that opened it.
 */
export function StepObjectDialog({ object, stepName, onClose }: StepObjectDialogProps) {
  const titleId = useId();
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const opener = document.activeElement;
    closeRef.current?.focus();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onClose();
      } else if (event.key === 'Tab') {
        // The close button is all there is to focus: keep focus in the dialog.
        event.preventDefault();
        closeRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [onClose]);

  const title = object ? `${object.Kind} ${object.Name}` : 'Object not found';
  return (
    <div className={styles.backdrop}>
      <div role="dialog" aria-modal="true" aria-labelledby={titleId} className={styles.drawer}>
        <header className={styles.header}>
          <h2 id={titleId} className={styles.title}>
            {title}
          </h2>
          <button
            ref={closeRef}
            type="button"
            className={styles.close}
            aria-label="Close"
            onClick={onClose}
          >
            <FontAwesomeIcon icon={faXmark} />
          </button>
        </header>
        <div className={styles.body}>
          {object ? (
            <>
              <p>
                Applied by the step <strong>{stepName}</strong>
                {object.Namespace !== null && (
                  <>
                    {' '}
                    in the namespace <code>{object.Namespace}</code>
                  </>
                )}
                .
              </p>
              <p className={styles.muted}>The manifest this step applied will show here.</p>
            </>
          ) : (
            <p>This deployment has no such object. The link may be out of date.</p>
          )}
        </div>
      </div>
    </div>
  );
}
