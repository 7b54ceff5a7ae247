import { faLayerGroup } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import type { MouseEvent, ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { paths } from '../../config/paths';
import { PeriscopeMark } from '../periscope-mark/periscope-mark';
import styles from './app-header.module.css';

interface AppHeaderProps {
  /** The name of the space the dashboard shows. */
  spaceName: string;
  /** Its id (`Spaces-1`), shown as a hint next to the name. */
  spaceId: string;
  /** The id of the page's main landmark, where "Skip to content" goes. */
  mainContentId: string;
  /** Shown at the far end of the header: connection notices, later the user menu. */
  children?: ReactNode;
}

/** The product bar on every page: the brand, the current space and the main navigation. */
export function AppHeader({ spaceName, spaceId, mainContentId, children }: AppHeaderProps) {
  const skipToContent = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById(mainContentId);
    if (!main) return;
    // Move focus (which scrolls to it) without writing `#main-content` into the router's URL.
    event.preventDefault();
    main.focus();
  };

  return (
    <header className={styles.header}>
      <a className={styles.skipLink} href={`#${mainContentId}`} onClick={skipToContent}>
        Skip to content
      </a>
      <div className={styles.bar}>
        <Link className={styles.brand} to={paths.dashboard()}>
          <PeriscopeMark size={24} className={styles.mark} />
          <span className={styles.productName}>Periscope</span>
        </Link>

        <span className={styles.divider} aria-hidden="true" />

        <p className={styles.space} title={`Space ${spaceId}`}>
          <FontAwesomeIcon icon={faLayerGroup} className={styles.spaceIcon} />
          <span className="visually-hidden">Space: </span>
          <span className={styles.spaceName}>{spaceName}</span>
        </p>

        <nav className={styles.nav} aria-label="Main">
          <ul className={styles.navList}>
            <li>
              <NavLink className={styles.navLink} to={paths.dashboard()} end>
                Dashboard
              </NavLink>
            </li>
          </ul>
        </nav>

        {children !== undefined && <div className={styles.end}>{children}</div>}
      </div>
    </header>
  );
}
