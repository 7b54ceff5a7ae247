import { faCompass } from '@fortawesome/free-solid-svg-icons';
import { useLocation } from 'react-router';
import { ButtonLink } from '../../components/button/button';
import { StatePanel } from '../../components/state-panel/state-panel';
import { paths } from '../../config/paths';
import styles from './not-found-route.module.css';

/** Any URL no route matches. */
export function NotFoundRoute() {
  const { pathname } = useLocation();
  return (
    <>
      <title>Page not found · Periscope</title>
      <StatePanel
        icon={faCompass}
        eyebrow="404"
        title="Page not found"
        actions={
          <ButtonLink variant="primary" to={paths.dashboard()}>
            Go to dashboard
          </ButtonLink>
        }
      >
        <p>
          Nothing lives at <code className={styles.path}>{pathname}</code>.
        </p>
        <p>The link may be out of date, or what it pointed to may have been removed.</p>
      </StatePanel>
    </>
  );
}
