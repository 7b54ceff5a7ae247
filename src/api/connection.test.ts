import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createApiClient } from './client';
import { createConnectionMonitor } from './connection';

describe('createConnectionMonitor', () => {
  it('remembers the last success, and since when the server has been out of reach', () => {
    let time = 1_000;
    const monitor = createConnectionMonitor(() => time);
    const heard = vi.fn();
    monitor.subscribe(heard);
    expect(monitor.getSnapshot()).toEqual({
      confirmedAt: null,
      unreachableSince: null,
      unreachableReason: null,
    });

    monitor.noteSuccess();
    time = 5_000;
    monitor.noteUnreachable('Could not reach the server');
    time = 9_000;
    monitor.noteUnreachable('The server is unavailable right now (503)');
    expect(monitor.getSnapshot()).toEqual({
      confirmedAt: 1_000,
      unreachableSince: 5_000,
      unreachableReason: 'The server is unavailable right now (503)',
    });

    // An answer that is not a success still shows the server is there; the data is not newer.
    monitor.noteAnswered();
    expect(monitor.getSnapshot()).toEqual({
      confirmedAt: 1_000,
      unreachableSince: null,
      unreachableReason: null,
    });
    time = 12_000;
    monitor.noteSuccess();
    expect(monitor.getSnapshot().confirmedAt).toBe(12_000);
    expect(heard).toHaveBeenCalledTimes(5);
  });

  it('tells no one when nothing changed', () => {
    const monitor = createConnectionMonitor(() => 0);
    const heard = vi.fn();
    monitor.subscribe(heard);
    monitor.noteAnswered();
    monitor.noteUnreachable('Could not reach the server');
    monitor.noteUnreachable('Could not reach the server');
    expect(heard).toHaveBeenCalledTimes(1);
  });
});

describe('the API client feeds its connection monitor', () => {
  const answers = (...responses: (() => Response)[]) => {
    const queue = [...responses];
    return vi.fn<typeof fetch>(() => {
      const next = queue.shift();
      return next ? Promise.resolve(next()) : Promise.reject(new TypeError('Failed to fetch'));
    });
  };

  it('a success confirms, a network failure or a gateway failure is out of reach, a 404 is not', async () => {
    let time = 100;
    const connection = createConnectionMonitor(() => time);
    const client = createApiClient({
      connection,
      fetch: answers(
        () => Response.json({ ok: true }),
        () => new Response('{}', { status: 503 }),
        () => new Response('{}', { status: 404 }),
      ),
    });
    const read = () => client.get('/api/x', z.unknown()).catch(() => undefined);

    await read();
    expect(connection.getSnapshot().confirmedAt).toBe(100);
    time = 200;
    await read();
    expect(connection.getSnapshot()).toMatchObject({
      confirmedAt: 100,
      unreachableSince: 200,
      unreachableReason: 'The server is unavailable right now (503)',
    });
    await read();
    expect(connection.getSnapshot().unreachableSince).toBeNull();
    time = 300;
    await read();
    expect(connection.getSnapshot()).toMatchObject({
      confirmedAt: 100,
      unreachableSince: 300,
      unreachableReason: 'Could not reach the server',
    });
  });
});
