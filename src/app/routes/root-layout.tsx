import { faFlask } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { Outlet } from 'react-router';
import { AppHeader } from '../../components/app-header/app-header';
import styles from './root-layout.module.css';

const MAIN_CONTENT_ID = 'main-content';

/** The shell around every page: the header, then the page in the main landmark. */
export function RootLayout() {
  return (
    <div className={styles.shell}>
      <AppHeader spaceName="Default" spaceId="Spaces-1" mainContentId={MAIN_CONTENT_ID}>
        {__PERISCOPE_SIMULATED_SERVER__ && (
          <p
            className={styles.simulated}
            title="Data comes from the simulated server built into this app, not a real Octopus server."
          >
            <FontAwesomeIcon icon={faFlask} />
            Simulated server
          </p>
        )}
      </AppHeader>
      <main id={MAIN_CONTENT_ID} className={styles.main} tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
