import {
  faArrowRotateRight,
  faLock,
  faMagnifyingGlass,
  faTriangleExclamation,
} from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useLocation, useNavigate, useRouteError } from 'react-router';
import { Button, ButtonLink } from '../components/button/button';
import { FailureText, FailureWayOutAction } from '../components/failure-panel/failure-panel';
import { StatePanel } from '../components/state-panel/state-panel';
import { paths } from '../config/paths';
import { describeRouteError } from './describe-route-error';
import styles from './route-error-boundary.module.css';

interface RouteErrorBoundaryProps {
  /** What the route shows, for the title: "the dashboard", "this deployment". */
  what: string;
  /**
   * True for the root route: its error replaces the whole shell, header included, so the
   * boundary brings its own main landmark.
   */
  standalone?: boolean;
}

/**
 * Every route's `errorElement`: says what failed and why, and offers to try again (the route
 * renders and loads afresh, failed queries are refetched) or to go to the dashboard. An API 403
 * or 404 is said in the words of the thing its request asked for ("Project not found").
 */
export function RouteErrorBoundary({ what, standalone = false }: RouteErrorBoundaryProps) {
  const error = useRouteError();
  const location = useLocation();
  const navigate = useNavigate();
  const { reset: resetQueryErrors } = useQueryErrorResetBoundary();
  const { kind, message, failure } = describeRouteError(error);

  const tryAgain = () => {
    resetQueryErrors();
    // A navigation to the same URL clears the boundary and runs the route's loaders again.
    void navigate(
      { pathname: location.pathname, search: location.search, hash: location.hash },
      { replace: true, state: location.state as unknown },
    );
  };

  const tryAgainButton = (
    <Button variant={failure ? 'secondary' : 'primary'} onClick={tryAgain}>
      <FontAwesomeIcon icon={faArrowRotateRight} />
      Try again
    </Button>
  );

  const panel = failure ? (
    <StatePanel
      icon={failure.status === 403 ? faLock : faMagnifyingGlass}
      eyebrow={failure.eyebrow}
      title={failure.title}
      actions={
        <>
          <FailureWayOutAction wayOut={failure.wayOut} onRetry={tryAgain} />
          {failure.wayOut.kind !== 'retry' && tryAgainButton}
        </>
      }
    >
      <FailureText failure={failure} />
    </StatePanel>
  ) : (
    <StatePanel
      icon={faTriangleExclamation}
      tone="danger"
      eyebrow={kind}
      title={`Something went wrong while showing ${what}`}
      actions={
        <>
          {tryAgainButton}
          <ButtonLink to={paths.dashboard()}>Go to dashboard</ButtonLink>
        </>
      }
    >
      <p>Periscope could not show this page. This is what failed:</p>
      <pre className={styles.message}>
        <code>{message}</code>
      </pre>
    </StatePanel>
  );

  return standalone ? <main className={styles.standalone}>{panel}</main> : panel;
}
