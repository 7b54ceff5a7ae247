import {
  faCircleInfo,
  faRotateRight,
  faStopwatch,
  faTriangleExclamation,
  faWind,
  type IconDefinition,
} from '@fortawesome/free-solid-svg-icons';
import { FontAwesomeIcon } from '@fortawesome/react-fontawesome';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { EventType, KubernetesEvent, Unknown } from '../../../api/contract';
import type { ResourceIds } from '../../../api/endpoints/application-ids';
import { isSessionTimeoutError, objectQueries } from '../../../api/queries/object-queries';
import { Button } from '../../../components/button/button';
import { ExactTime, RelativeTime } from '../../../components/relative-time/relative-time';
import { Switch } from '../../../components/switch/switch';
import { sortableTime } from '../../../lib/sortable-time';
import { useLastGoodSession } from '../hooks/use-last-good-session';
import { errorMessage } from '../model/error-message';
import styles from './events-tab.module.css';
import { FetchedAt } from './fetched-at';
import { MonitorErrorMessage } from './monitor-error-message';
import { SessionFailureAlert } from './session-failure-alert';
import { TabLoading, TabMessage } from './tab-message';
import toolbar from './toolbar.module.css';

const eventTypes: Record<
  EventType | Unknown,
  { label: string; icon: IconDefinition; className: string | undefined }
> = {
  Warning: { label: 'Warning', icon: faTriangleExclamation, className: styles.warning },
  Normal: { label: 'Normal', icon: faCircleInfo, className: styles.normal },
  Unknown: { label: 'Unknown', icon: faCircleInfo, className: styles.normal },
};

/** Newest first; an event whose time the monitor did not say goes last. */
function byLastSeen(a: KubernetesEvent, b: KubernetesEvent): number {
  return (
    sortableTime(b.LastObservedTime ?? b.FirstObservedTime) -
    sortableTime(a.LastObservedTime ?? a.FirstObservedTime)
  );
}

function typeOf(event: KubernetesEvent): EventType | Unknown {
  return event.Type === 'Warning' || event.Type === 'Normal' ? event.Type : 'Unknown';
}

function EventTime({ value }: { value: string | null }) {
  if (value === null || Number.isNaN(Date.parse(value))) {
    return <span className={styles.source}>{value ?? '–'}</span>;
  }
  return (
    <>
      <RelativeTime value={value} />
      <ExactTime value={value} className={styles.exact} />
    </>
  );
}

interface EventsTabProps {
  ids: ResourceIds;
  /** "Deployment carts", for the table's caption. */
  objectTitle: string;
}

/**
 * The object's Kubernetes events, read through an events session, newest first: type, reason,
 * message, count, first and last seen. A "warnings only" filter and a refresh (a new session).
 * A refresh that fails keeps the events read before in view, under an alert saying why.
 */
export function EventsTab({ ids, objectTitle }: EventsTabProps) {
  const options = objectQueries.events(ids);
  const events = useQuery(options);
  const { lastGood, failure } = useLastGoodSession(events, options.queryKey);
  const [warningsOnly, setWarningsOnly] = useState(false);
  const retry = () => void events.refetch();

  const shown = lastGood?.session.Events;
  const rows = useMemo(
    () =>
      (shown ?? []).filter((event) => !warningsOnly || event.Type === 'Warning').sort(byLastSeen),
    [shown, warningsOnly],
  );

  let content;
  if (events.isPending) {
    content = <TabLoading>Asking the Kubernetes monitor for events…</TabLoading>;
  } else if (lastGood === null && events.isError) {
    content = (
      <TabMessage
        icon={isSessionTimeoutError(events.error) ? faStopwatch : faTriangleExclamation}
        tone="danger"
        title="The events could not be read"
        onRetry={retry}
      >
        <p>{errorMessage(events.error)}</p>
      </TabMessage>
    );
  } else if (lastGood === null && events.data?.Error) {
    content = <MonitorErrorMessage what="events" error={events.data.Error} onRetry={retry} />;
  } else if (rows.length === 0) {
    content = (
      <TabMessage icon={faWind} title={warningsOnly ? 'No warnings' : 'No events'}>
        <p>
          {warningsOnly
            ? 'Kubernetes reported no warnings about this object.'
            : 'Kubernetes reported no events about this object. It keeps events for about an hour.'}
        </p>
      </TabMessage>
    );
  } else {
    content = (
      <div className={styles.scroller}>
        <table className={styles.table}>
          <caption className={styles.caption}>
            {`Events of ${objectTitle}${warningsOnly ? ', warnings only' : ''}, newest first`}
          </caption>
          <thead>
            <tr>
              <th scope="col">Type</th>
              <th scope="col">Reason</th>
              <th scope="col">Message</th>
              <th scope="col" className={styles.number}>
                Count
              </th>
              <th scope="col">First seen</th>
              <th scope="col">Last seen</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((event, index) => {
              const type = eventTypes[typeOf(event)];
              return (
                <tr key={`${event.Reason ?? ''}-${event.FirstObservedTime ?? ''}-${String(index)}`}>
                  <td>
                    <span className={[styles.type, type.className].join(' ')}>
                      <FontAwesomeIcon icon={type.icon} />
                      {type.label}
                    </span>
                  </td>
                  <td>
                    <span className={styles.reason}>{event.Reason}</span>
                    {event.ReportingController && (
                      <span className={styles.source}>{event.ReportingController}</span>
                    )}
                  </td>
                  <td className={styles.message}>{event.Note}</td>
                  <td className={styles.number}>{event.Count ?? '–'}</td>
                  <td className={styles.time}>
                    <EventTime value={event.FirstObservedTime} />
                  </td>
                  <td className={styles.time}>
                    <EventTime value={event.LastObservedTime ?? event.FirstObservedTime} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <div className={styles.tab}>
      <div className={toolbar.toolbar}>
        <Switch checked={warningsOnly} onCheckedChange={setWarningsOnly}>
          Warnings only
        </Switch>
        <span className={toolbar.spacer} />
        <FetchedAt
          updatedAt={lastGood?.readAt ?? events.dataUpdatedAt}
          fetching={events.isFetching}
        />
        <Button onClick={retry} disabled={events.isFetching}>
          <FontAwesomeIcon icon={faRotateRight} spin={events.isFetching} />
          Refresh
        </Button>
      </div>
      {failure && lastGood && (
        <SessionFailureAlert
          what="events"
          failure={failure}
          readAt={lastGood.readAt}
          onRetry={retry}
          retrying={events.isFetching}
        />
      )}
      {content}
    </div>
  );
}
