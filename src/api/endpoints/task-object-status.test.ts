import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { isApiError } from '../api-error';
import { createApiClient } from '../client';
import { setupTestServer } from '../testing/test-server';
import {
  getTaskObjectStatus,
  isTaskObjectStatusKnownUnavailable,
  isTaskObjectStatusUnavailable,
  TaskObjectStatusUnavailableError,
} from './task-object-status';

const server = setupTestServer();
const BASE = 'http://octopus.test';
const PATH = '/api/Spaces-1/tasks/:taskId/kubernetes-object-status';
const ids = { spaceId: 'Spaces-1', taskId: 'ServerTasks-1' };

/** Answers the object status route with `status`, counting the requests it gets. */
function answer(status: number) {
  const seen: string[] = [];
  server.use(
    http.get(`${BASE}${PATH}`, ({ params }) => {
      seen.push(String(params.taskId));
      return status === 200
        ? HttpResponse.json({ Steps: [] })
        : HttpResponse.json(
            { ErrorMessage: 'The resource was not found.', Errors: null },
            { status },
          );
    }),
  );
  return seen;
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the request to fail');
}

describe('the task object status on a server without it', () => {
  for (const status of [404, 405, 501]) {
    it(`reads ${status} as "not on this server" and does not ask again`, async () => {
      const seen = answer(status);
      const client = createApiClient({ baseUrl: BASE });

      const first = await failure(getTaskObjectStatus(client, ids));
      expect(isTaskObjectStatusUnavailable(first)).toBe(true);
      expect(first).toMatchObject({
        status,
        remembered: false,
        path: '/api/Spaces-1/tasks/ServerTasks-1/kubernetes-object-status',
      });
      expect(isTaskObjectStatusKnownUnavailable(client)).toBe(true);

      // Another task, same session: answered at once, without a request.
      const second = await failure(
        getTaskObjectStatus(client, { ...ids, taskId: 'ServerTasks-2' }),
      );
      expect(second).toBeInstanceOf(TaskObjectStatusUnavailableError);
      expect(second).toMatchObject({ status, remembered: true });
      expect(seen).toEqual(['ServerTasks-1']);
    });
  }

  it('keeps what it learnt to the client that learnt it', async () => {
    const seen = answer(404);
    const learnt = createApiClient({ baseUrl: BASE });
    await failure(getTaskObjectStatus(learnt, ids));
    const other = createApiClient({ baseUrl: BASE });
    expect(isTaskObjectStatusKnownUnavailable(other)).toBe(false);
    await failure(getTaskObjectStatus(other, ids));
    expect(seen).toHaveLength(2);
  });

  it('treats a server failure as a failure, and asks again next time', async () => {
    const seen = answer(500);
    const client = createApiClient({ baseUrl: BASE, maxRetriesOn429: 0 });
    const error = await failure(getTaskObjectStatus(client, ids));
    expect(isApiError(error) && error.status).toBe(500);
    expect(isTaskObjectStatusUnavailable(error)).toBe(false);
    expect(isTaskObjectStatusKnownUnavailable(client)).toBe(false);
    await failure(getTaskObjectStatus(client, ids));
    expect(seen).toHaveLength(2);
  });

  it('reads the extension’s answer when the server has it', async () => {
    answer(200);
    const client = createApiClient({ baseUrl: BASE });
    await expect(getTaskObjectStatus(client, ids)).resolves.toEqual({ Steps: [] });
    expect(isTaskObjectStatusKnownUnavailable(client)).toBe(false);
  });
});
