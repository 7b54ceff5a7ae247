import { faCircleInfo } from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useId, type ReactNode } from 'react';
import type { ApplicationStatus, MachineStatus } from '../../../api/contract';
import {
  applicationStatusDefinitions,
  StatusIcon,
  statusToneClass,
} from '../../../components/status';
import type { ApplicationContext } from '../model/application-context';
import {
  notSupportedContent,
  staleContent,
  unavailableContent,
  unknownContent,
  waitingContent,
} from './special-state-content';
import styles from './special-state-panel.module.css';

/** Application statuses that get their own panel: the objects alone do not explain them. */
export type SpecialStatus = Extract<
  ApplicationStatus,
  'Waiting' | 'Unavailable' | 'NotSupported' | 'Unknown' | 'Stale'
>;

const specialStatuses: ReadonlySet<ApplicationStatus> = new Set<SpecialStatus>([
  'Waiting',
  'Unavailable',
  'NotSupported',
  'Unknown',
  'Stale',
]);

export function isSpecialStatus(status: ApplicationStatus): status is SpecialStatus {
  return specialStatuses.has(status);
}

export interface SpecialStateProps {
  context: ApplicationContext;
  machines: readonly MachineStatus[];
  /** Target names by id, as far as they have arrived. */
  machineNames: ReadonlyMap<string, string>;
  lastUpdated: string | null;
}

export interface SpecialStateContent {
  title: string;
  body: ReactNode;
  actions?: ReactNode;
}

const contentOf: Record<SpecialStatus, (props: SpecialStateProps) => SpecialStateContent> = {
  Waiting: waitingContent,
  Unavailable: unavailableContent,
  NotSupported: notSupportedContent,
  Unknown: unknownContent,
  Stale: staleContent,
};

interface SpecialStatePanelProps extends SpecialStateProps {
  status: SpecialStatus;
}

/**
 * Why this application's live status is what it is, and what to do: a deployment is running or
 * failed (with a link to it), the project has no live status, or the monitor is not reporting.
 */
export function SpecialStatePanel({ status, ...props }: SpecialStatePanelProps) {
  const titleId = useId();
  const definition = applicationStatusDefinitions[status];
  const { title, body, actions } = contentOf[status](props);
  return (
    <section
      className={[styles.panel, statusToneClass(definition.tone)].join(' ')}
      aria-labelledby={titleId}
    >
      <div className={styles.icon} aria-hidden="true">
        {definition.icon ? (
          <StatusIcon definition={definition} />
        ) : (
          <FontAwesomeIcon icon={faCircleInfo} />
        )}
      </div>
      <div className={styles.content}>
        <h2 id={titleId} className={styles.title}>
          {title}
        </h2>
        <div className={styles.body}>{body}</div>
        {actions !== undefined && <div className={styles.actions}>{actions}</div>}
      </div>
    </section>
  );
}
