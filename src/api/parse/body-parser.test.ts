import { describe, expect, it } from 'vitest';
import { responseSchemas } from '../contract/response-schemas';
import { dashboardBody, dashboardItemBody } from '../testing/fixtures';
import { createWorkerParser } from './body-parser';
import { parseBody } from './parse-body';
import type { ParseReply, ParseRequest } from './parse-protocol';

/**
 * A stand-in for the parse worker, on the same protocol: it answers each message a turn later
 * with what `parse-worker.ts` would send, or breaks the way a worker can.
 */
class FakeWorker extends EventTarget {
  readonly received: ParseRequest[] = [];
  terminated = false;

  constructor(private readonly behaviour: 'answers' | 'fails to load' | 'replies a failure') {
    super();
  }

  postMessage(request: ParseRequest) {
    this.received.push(request);
    setTimeout(() => {
      if (this.behaviour === 'fails to load') {
        this.dispatchEvent(new Event('error'));
        return;
      }
      const reply: ParseReply =
        this.behaviour === 'replies a failure'
          ? { id: request.id, failure: 'Cannot read properties of undefined' }
          : {
              id: request.id,
              outcome: parseBody(
                request.path,
                request.text,
                responseSchemas[request.kind],
                request.contentType,
              ),
            };
      this.dispatchEvent(new MessageEvent('message', { data: reply }));
    }, 0);
  }

  terminate() {
    this.terminated = true;
  }
}

const body = JSON.stringify(dashboardBody([dashboardItemBody({ State: 'Success' })]));

function parserWith(behaviour: ConstructorParameters<typeof FakeWorker>[0]) {
  const workers: FakeWorker[] = [];
  const parser = createWorkerParser(() => {
    const worker = new FakeWorker(behaviour);
    workers.push(worker);
    return worker as unknown as Worker;
  });
  return { parser, workers };
}

describe('the worker parser', () => {
  it('reads bodies in the worker, each answer to its own request', async () => {
    const { parser, workers } = parserWith('answers');
    const [dashboard, broken] = await Promise.all([
      parser.parse('dashboard', '/api/Spaces-1/dashboard', body, 'application/json'),
      parser.parse('space', '/api/spaces/Spaces-1', '{"Id": 1}', 'application/json'),
    ]);
    expect(workers).toHaveLength(1);
    expect(workers[0]?.received.map((request) => request.kind)).toEqual(['dashboard', 'space']);
    expect(dashboard).toMatchObject({ ok: true, data: { Items: [{ State: 'Success' }] } });
    expect(broken).toMatchObject({ ok: false, kind: 'invalid-body', field: 'Id' });
  });

  it('starts its worker when warmed, before any body, and reads in that one', async () => {
    const { parser, workers } = parserWith('answers');
    parser.warm();
    expect(workers).toHaveLength(1);
    await parser.parse('dashboard', '/api/Spaces-1/dashboard', body, null);
    expect(workers).toHaveLength(1);
    expect(workers[0]?.received).toHaveLength(1);
  });

  it('sends unknown enum values back with the data', async () => {
    const { parser } = parserWith('answers');
    const unknownState = JSON.stringify(dashboardBody([dashboardItemBody({ State: 'Paused' })]));
    const outcome = await parser.parse('dashboard', '/api/Spaces-1/dashboard', unknownState, null);
    expect(outcome).toMatchObject({
      ok: true,
      data: { Items: [{ State: 'Unknown' }] },
      unknownValues: [{ enumName: 'TaskState', value: 'Paused' }],
    });
  });

  it('reads in this thread when the worker fails to load, then never starts another', async () => {
    const { parser, workers } = parserWith('fails to load');
    const first = await parser.parse('dashboard', '/api/Spaces-1/dashboard', body, null);
    const second = await parser.parse('dashboard', '/api/Spaces-1/dashboard', body, null);
    expect(first).toMatchObject({ ok: true });
    expect(second).toMatchObject({ ok: true });
    expect(workers).toHaveLength(1);
    expect(workers[0]?.terminated).toBe(true);
    expect(workers[0]?.received).toHaveLength(1);
  });

  it('reads in this thread a body the worker could not read', async () => {
    const { parser } = parserWith('replies a failure');
    expect(await parser.parse('dashboard', '/api/Spaces-1/dashboard', body, null)).toMatchObject({
      ok: true,
    });
  });

  it('reads in this thread when no worker can be made', async () => {
    const parser = createWorkerParser(() => {
      throw new Error('Workers are not allowed here');
    });
    expect(await parser.parse('dashboard', '/api/Spaces-1/dashboard', body, null)).toMatchObject({
      ok: true,
    });
  });
});
