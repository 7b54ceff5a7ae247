import { faFlask } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { spaceQueries } from '../../api/queries/space-queries';
import { AppHeader } from '../../components/app-header/app-header';
import { TooltipProvider } from '../../components/tooltip/tooltip-provider';
import { spaceId } from '../../config/api-config';
import { ConnectionBanner } from '../connection/connection-banner';
import { RateLimitBanner } from '../connection/rate-limit-banner';
import { UnknownValuesNotice } from '../unknown-values-notice';
import styles from './root-layout.module.css';

const MAIN_CONTENT_ID = 'main-content';

/** The shell around every page: the header, then the page in the main landmark. */
export function RootLayout() {
  const space = useQuery(spaceQueries.detail(spaceId));
  return (
    <TooltipProvider>
      <div className={styles.shell}>
        <AppHeader
          // Until the space loads (or if it cannot), its id stands in for its name.
          spaceName={space.data?.Name ?? spaceId}
          spaceId={spaceId}
          mainContentId={MAIN_CONTENT_ID}
        >
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
          <ConnectionBanner />
          <RateLimitBanner />
          <UnknownValuesNotice />
          {/* A page's code is its own chunk: until it has loaded, say so under the header. */}
          <Suspense
            fallback={
              <p className={styles.pageLoading} role="status">
                Loading the page…
              </p>
            }
          >
            <Outlet />
          </Suspense>
        </main>
      </div>
    </TooltipProvider>
  );
}
