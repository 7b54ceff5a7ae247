import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import styles from './compare-header.module.css';

interface CompareHeaderProps {
  projectName: string;
  /** The sides' names once both are picked: "Production", "Initech in Production". */
  sides: { left: string; right: string } | null;
  /** The side pickers. */
  children: ReactNode;
}

/** "customer-portal: Initech in Production vs Acme Corp in Production", and the side pickers. */
export function CompareHeader({ projectName, sides, children }: CompareHeaderProps) {
  return (
    <div className={styles.header}>
      <nav aria-label="Breadcrumb">
        <ol className={styles.breadcrumb}>
          <li>
            <Link to={paths.dashboard()}>Dashboard</Link>
          </li>
          <li aria-current="page">Compare</li>
        </ol>
      </nav>
      <h1 className={styles.title}>
        <span className={styles.project}>{projectName}</span>
        {sides ? (
          <>
            : {sides.left} <span className={styles.joiner}>vs</span> {sides.right}
          </>
        ) : (
          <span className={styles.joiner}>: compare two environments</span>
        )}
      </h1>
      {children}
    </div>
  );
}

/** The page's title: "customer-portal: Initech in Production vs Acme Corp in Production". */
export function compareTitle(projectName: string, sides: { left: string; right: string }): string {
  return `${projectName}: ${sides.left} vs ${sides.right}`;
}
