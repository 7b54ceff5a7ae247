import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, configure, render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestServer } from '../../../mocks/server/node';
import {
  apiPaths,
  applicationLiveStatusSchema,
  type EventsSessionBody,
  type LogsSessionBody,
  type MonitorErrorBody,
} from '../../api/contract';
import { TooltipProvider } from '../../components/tooltip/tooltip-provider';
import { OBJECT_TAB_PARAM } from '../../config/object-drawer-params';
import { buildObjectTree } from '../../lib/object-tree';
import { ObjectDrawer } from './object-drawer';

// A session takes a poll interval (1 s) to complete: wait for it longer than the default 1 s.
configure({ asyncUtilTimeout: 5_000 });
vi.setConfig({ testTimeout: 30_000 });

const SPACE = 'Spaces-1';
const PRODUCTION = 'Environments-4';
const CARTS = 'Projects-2';

let simulated = createTestServer();
afterEach(() => {
  simulated.server.close();
  vi.useRealTimers();
});

/** The simulated server, answering everything as the default scenario does until overridden. */
function serve() {
  simulated = createTestServer();
  simulated.server.listen({ onUnhandledRequest: 'error' });
}

/** Opens the drawer of the crash-looping carts Pod on a tab. */
function openCrashingPod(tab: 'events' | 'logs') {
  const live = simulated.simulation.applicationLiveStatus(
    { projectId: CARTS, environmentId: PRODUCTION, tenantId: null },
    false,
  );
  if (!live.ok) throw new Error('No carts in Production');
  const pod = buildObjectTree(applicationLiveStatusSchema.parse(live.body)).objects.find(
    ({ resource }) => resource.Kind === 'Pod' && resource.HealthStatus === 'Degraded',
  );
  if (!pod?.ref) throw new Error('No crash-looping Pod');
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: (
          <ObjectDrawer
            target={{
              kind: 'live',
              spaceId: SPACE,
              projectId: CARTS,
              environmentId: PRODUCTION,
              tenantId: null,
              ...pod.ref,
            }}
            onClose={() => undefined}
          />
        ),
      },
    ],
    { initialEntries: [`/?${OBJECT_TAB_PARAM}=${tab}`] },
  );
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <TooltipProvider>
        <RouterProvider router={router} />
      </TooltipProvider>
    </QueryClientProvider>,
  );
}

type Session = 'eventsSession' | 'logsSession';

/** Every poll of a session answers `body`: completed (with rows or an Error), or never. */
function answerSessions(session: Session, body: EventsSessionBody | LogsSessionBody) {
  simulated.server.use(http.get(`*${apiPaths[session]}`, () => HttpResponse.json(body)));
}

const monitorError = (Error: MonitorErrorBody) => ({ IsSessionCompleted: true, Error });

/** Opening a session fails with an HTTP 500 and an Octopus error body. */
function failOpening(session: 'eventsSessions' | 'logsSessions', message: string) {
  simulated.server.use(
    http.post(`*${apiPaths[session]}`, () =>
      HttpResponse.json({ ErrorMessage: message }, { status: 500 }),
    ),
  );
}

/** The fake clock moves on its own, and jumps past the client's 20 s session timeout on demand. */
function useSessionClock(): UserEvent {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  return userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
}

async function passSessionTimeout() {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(21_000);
  });
}

const SHOWING_EVENTS =
  /Showing the events read at \d{2}:\d{2}:\d{2}, the last read that succeeded\./;
const SHOWING_LOG_LINES =
  /Showing the log lines read at \d{2}:\d{2}:\d{2}, the last read that succeeded\./;

describe('the Events tab, when a refresh fails after events were shown', () => {
  async function readEvents() {
    const dialog = await screen.findByRole('dialog');
    const table = await within(dialog).findByRole('table', { name: /^Events of Pod/ });
    expect(within(table).getByRole('row', { name: /BackOff/ })).toBeInTheDocument();
    return { dialog, table };
  }

  /**
   * The events read before are still there, the crash loop's back-off warning among them, in
   * the same table element (not a new one, so its scroll position stays).
   */
  function expectOldEvents(dialog: HTMLElement, tableBefore: HTMLElement) {
    const table = within(dialog).getByRole('table', { name: /^Events of Pod/ });
    expect(table).toBe(tableBefore);
    expect(within(table).getByRole('row', { name: /BackOff/ })).toHaveTextContent(
      /Back-off restarting failed container carts/,
    );
  }

  /** Retry reads a new session, which succeeds: the alert goes, and the new events show. */
  async function retryToNewEvents(user: UserEvent, dialog: HTMLElement, alert: HTMLElement) {
    simulated.server.resetHandlers();
    answerSessions('eventsSession', {
      IsSessionCompleted: true,
      Error: null,
      Events: [
        {
          Type: 'Warning',
          Reason: 'FreshlyRead',
          Note: 'The event a successful retry read.',
          Count: 1,
          FirstObservedTime: '2026-11-21T11:59:00.000Z',
        },
      ],
    });
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(dialog).findByRole('row', { name: /FreshlyRead/ })).toBeInTheDocument();
    expect(within(dialog).queryByRole('row', { name: /BackOff/ })).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(dialog).queryByText(SHOWING_EVENTS)).not.toBeInTheDocument();
  }

  it('a monitor error: keeps the events and the Warnings-only filter, says the error, and Retry reads again', async () => {
    const user = userEvent.setup();
    serve();
    openCrashingPod('events');
    const { dialog, table } = await readEvents();
    await user.click(within(dialog).getByRole('switch', { name: 'Warnings only' }));

    answerSessions(
      'eventsSession',
      monitorError({
        ErrorCode: 'ClusterUnreachable',
        ErrorMessage: 'The cluster stopped answering.',
      }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Refresh' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      'The Kubernetes monitor could not read the events: The cluster stopped answering. (ClusterUnreachable)',
    );
    expect(alert).toHaveTextContent(/check that the cluster and the agent are up/);
    expect(alert).toHaveTextContent(SHOWING_EVENTS);
    expectOldEvents(dialog, table);
    expect(within(dialog).getByRole('switch', { name: 'Warnings only' })).toBeChecked();
    expect(within(dialog).queryAllByRole('row', { name: /Normal/ })).toEqual([]);

    await retryToNewEvents(user, dialog, alert);
  });

  it('a session that never completes: keeps the events, says it did not complete within 20 s, and Retry reads again', async () => {
    const user = useSessionClock();
    serve();
    openCrashingPod('events');
    const { dialog, table } = await readEvents();

    answerSessions('eventsSession', { IsSessionCompleted: false, Events: [], Error: null });
    await user.click(within(dialog).getByRole('button', { name: 'Refresh' }));
    await passSessionTimeout();
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The events session did not complete within 20 s');
    expect(alert).toHaveTextContent(SHOWING_EVENTS);
    expectOldEvents(dialog, table);

    await retryToNewEvents(user, dialog, alert);
  });

  it('an HTTP error: keeps the events, gives the server’s message, and Retry reads again', async () => {
    const user = userEvent.setup();
    serve();
    openCrashingPod('events');
    const { dialog, table } = await readEvents();

    failOpening('eventsSessions', 'The events endpoint fell over.');
    await user.click(within(dialog).getByRole('button', { name: 'Refresh' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      'The server failed while answering (500): The events endpoint fell over.',
    );
    expect(alert).toHaveTextContent(SHOWING_EVENTS);
    expectOldEvents(dialog, table);

    await retryToNewEvents(user, dialog, alert);
  });

  it('with no events read before, the failure fills the tab, with Retry', async () => {
    serve();
    failOpening('eventsSessions', 'The events endpoint fell over.');
    openCrashingPod('events');
    const dialog = await screen.findByRole('dialog');
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The events could not be read');
    expect(alert).toHaveTextContent('The events endpoint fell over.');
    expect(alert).not.toHaveTextContent(/Showing the events/);
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(within(dialog).queryByRole('table')).not.toBeInTheDocument();
  });
});

describe('the Logs tab, when a refresh fails after log lines were shown', () => {
  const LOG_REGION = /^Log of container carts in Pod/;

  /** The log is read: its region, and how many lines it said it had. */
  async function readLog() {
    const dialog = await screen.findByRole('dialog');
    const note = await within(dialog).findByText(/^[\d,]+ lines?, oldest first$/);
    const region = within(dialog).getByRole('region', { name: LOG_REGION });
    return { dialog, before: { region, lineCount: note.textContent } };
  }

  /**
   * The lines read before are still there: the same count, in the same scrolling region (not a
   * new one, so its scroll position stays).
   */
  function expectOldLog(
    dialog: HTMLElement,
    before: { region: HTMLElement; lineCount: string | null },
  ) {
    expect(within(dialog).getByRole('region', { name: LOG_REGION })).toBe(before.region);
    expect(within(dialog).getByText(before.lineCount ?? '')).toBeInTheDocument();
  }

  async function retryToNewLog(user: UserEvent, dialog: HTMLElement, alert: HTMLElement) {
    simulated.server.resetHandlers();
    answerSessions('logsSession', {
      IsSessionCompleted: true,
      Error: null,
      Logs: [
        { Timestamp: '2026-11-21T11:59:58.000Z', Message: 'freshly read, line one' },
        { Timestamp: '2026-11-21T11:59:59.000Z', Message: 'freshly read, line two' },
      ],
    });
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(dialog).findByText('2 lines, oldest first')).toBeInTheDocument();
    expect(within(dialog).getByRole('region', { name: LOG_REGION })).toBeInTheDocument();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(dialog).queryByText(SHOWING_LOG_LINES)).not.toBeInTheDocument();
  }

  it('a monitor error: keeps the log lines, says the error, and Retry reads again', async () => {
    const user = userEvent.setup();
    serve();
    openCrashingPod('logs');
    const { dialog, before } = await readLog();

    answerSessions(
      'logsSession',
      monitorError({ ErrorCode: 'PodNotFound', ErrorMessage: 'Pod "carts-x" was not found.' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Refresh' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      'The Kubernetes monitor could not read the log lines: Pod "carts-x" was not found. (PodNotFound)',
    );
    expect(alert).toHaveTextContent(SHOWING_LOG_LINES);
    expectOldLog(dialog, before);

    await retryToNewLog(user, dialog, alert);
  });

  it('a session that never completes: keeps the log lines, says it did not complete within 20 s, and Retry reads again', async () => {
    const user = useSessionClock();
    serve();
    openCrashingPod('logs');
    const { dialog, before } = await readLog();

    answerSessions('logsSession', { IsSessionCompleted: false, Logs: [], Error: null });
    await user.click(within(dialog).getByRole('button', { name: 'Refresh' }));
    await passSessionTimeout();
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The logs session did not complete within 20 s');
    expect(alert).toHaveTextContent(SHOWING_LOG_LINES);
    expectOldLog(dialog, before);

    await retryToNewLog(user, dialog, alert);
  });

  it('an HTTP error: keeps the log lines, gives the server’s message, and Retry reads again', async () => {
    const user = userEvent.setup();
    serve();
    openCrashingPod('logs');
    const { dialog, before } = await readLog();

    failOpening('logsSessions', 'The logs endpoint fell over.');
    await user.click(within(dialog).getByRole('button', { name: 'Refresh' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      'The server failed while answering (500): The logs endpoint fell over.',
    );
    expect(alert).toHaveTextContent(SHOWING_LOG_LINES);
    expectOldLog(dialog, before);

    await retryToNewLog(user, dialog, alert);
  });

  it('with no lines read before, a monitor error fills the tab, with Retry', async () => {
    serve();
    answerSessions(
      'logsSession',
      monitorError({ ErrorCode: 'PodNotFound', ErrorMessage: 'Pod "carts-x" was not found.' }),
    );
    openCrashingPod('logs');
    const dialog = await screen.findByRole('dialog');
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The Kubernetes monitor could not read the logs');
    expect(alert).toHaveTextContent('Monitor error code: PodNotFound');
    expect(alert).not.toHaveTextContent(/Showing the log lines/);
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(within(dialog).queryByRole('region', { name: LOG_REGION })).not.toBeInTheDocument();
  });
});
