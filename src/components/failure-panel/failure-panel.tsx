import { faArrowLeft, faLock, faMagnifyingGlass } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import type { ReactNode } from 'react';
import type { FailureDescription, FailureWayOut } from '../../api/describe-failure';
import { paths } from '../../config/paths';
import { Button, ButtonLink } from '../button/button';
import { StatePanel } from '../state-panel/state-panel';
import styles from './failure-panel.module.css';

/** What failed, the server's own words (as text, never markup), and what to ask for. */
export function FailureText({ failure }: { failure: FailureDescription }) {
  return (
    <>
      <p>{failure.detail}</p>
      {failure.serverMessage && <p className={styles.serverMessage}>{failure.serverMessage}</p>}
      {failure.advice && <p>{failure.advice}</p>}
    </>
  );
}

interface WayOutProps {
  wayOut: FailureWayOut;
  /** For a `close` way out: close what the failure is shown in (the drawer). */
  onClose?: (() => void) | undefined;
  /** For a `retry` way out. */
  onRetry?: (() => void) | undefined;
}

/** The failure's way out as a link or a button; nothing when the handler it needs is missing. */
export function FailureWayOutAction({ wayOut, onClose, onRetry }: WayOutProps) {
  if (wayOut.kind === 'dashboard') {
    return (
      <ButtonLink variant="primary" to={paths.dashboard()}>
        <FontAwesomeIcon icon={faArrowLeft} />
        {wayOut.label}
      </ButtonLink>
    );
  }
  const onClick = wayOut.kind === 'close' ? onClose : onRetry;
  if (!onClick) return null;
  return (
    <Button variant="primary" onClick={onClick}>
      {wayOut.kind === 'close' && <FontAwesomeIcon icon={faArrowLeft} />}
      {wayOut.label}
    </Button>
  );
}

interface FailurePanelProps extends Omit<WayOutProps, 'wayOut'> {
  failure: FailureDescription;
  /** 1 when the panel is the whole page. */
  headingLevel?: 1 | 2;
  /** More to say or offer, after the failure's own words (another tenant, say). */
  children?: ReactNode;
}

/**
 * A page-sized panel for a 403 or a 404: the kind's own title ("Project not found", "Not
 * allowed to view this environment"), what it means, the server's message and the way out.
 */
export function FailurePanel({
  failure,
  headingLevel = 1,
  children,
  onClose,
  onRetry,
}: FailurePanelProps) {
  return (
    <StatePanel
      icon={failure.status === 403 ? faLock : faMagnifyingGlass}
      eyebrow={failure.eyebrow}
      title={failure.title}
      headingLevel={headingLevel}
      actions={<FailureWayOutAction wayOut={failure.wayOut} onClose={onClose} onRetry={onRetry} />}
    >
      <FailureText failure={failure} />
      {children}
    </StatePanel>
  );
}
