import type { ResponseKind } from '../contract/response-schemas';
import type { ParseOutcome } from './parse-body';
import type { ParseReply, ParseRequest } from './parse-protocol';

/** Reads response bodies by kind: in a Web Worker where there is one, else in this thread. */
export interface BodyParser {
  /** Gets ready (starts the worker, loads the schemas) before the first body arrives. */
  warm(): void;
  parse(
    kind: ResponseKind,
    path: string,
    text: string,
    contentType: string | null,
  ): Promise<ParseOutcome>;
}

/**
 * In this thread, with the schemas loaded when first needed: where there is no worker (tests in
 * Node and jsdom), or when the worker could not start.
 */
export function createInThreadParser(): BodyParser {
  let loaded: Promise<ReadBody> | undefined;
  // A failed load (a chunk that did not download) is tried again next time.
  const reader = () =>
    (loaded ??= loadInThreadReader().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    }));
  return {
    warm() {
      reader().catch(() => undefined);
    },
    async parse(kind, path, text, contentType) {
      return (await reader())(kind, path, text, contentType);
    },
  };
}

type ReadBody = (
  kind: ResponseKind,
  path: string,
  text: string,
  contentType: string | null,
) => ParseOutcome;

async function loadInThreadReader(): Promise<ReadBody> {
  const [{ responseSchemas }, { parseBody }] = await Promise.all([
    import('../contract/response-schemas'),
    import('./parse-body'),
  ]);
  return (kind, path, text, contentType) =>
    parseBody(path, text, responseSchemas[kind], contentType);
}

/** A body sent to the worker, and how to answer whoever asked for it. */
interface Pending {
  request: ParseRequest;
  resolve: (outcome: ParseOutcome) => void;
  reject: (error: unknown) => void;
}

/**
 * In the parse worker (`parse-worker.ts`), started when warmed or on first use. Should the worker fail to start
 * or break (a browser or a policy that refuses it), every body in flight and every later one is
 * read in this thread instead: slower, never lost.
 */
export function createWorkerParser(
  startWorker: () => Worker = () =>
    new Worker(new URL('./parse-worker.ts', import.meta.url), {
      type: 'module',
      name: 'periscope-parse',
    }),
): BodyParser {
  const fallback = createInThreadParser();
  const pending = new Map<number, Pending>();
  let worker: Worker | undefined;
  let broken = false;
  let nextId = 0;

  const readHere = ({ request, resolve, reject }: Pending) => {
    fallback
      .parse(request.kind, request.path, request.text, request.contentType)
      .then(resolve, reject);
  };

  const breakDown = () => {
    broken = true;
    worker?.terminate();
    worker = undefined;
    const waiting = [...pending.values()];
    pending.clear();
    waiting.forEach(readHere);
  };

  const started = (): Worker | undefined => {
    if (broken) return undefined;
    if (worker) return worker;
    try {
      worker = startWorker();
    } catch {
      broken = true;
      return undefined;
    }
    worker.addEventListener('message', (event: MessageEvent<ParseReply>) => {
      const reply = event.data;
      const entry = pending.get(reply.id);
      if (!entry) return;
      pending.delete(reply.id);
      if ('outcome' in reply) entry.resolve(reply.outcome);
      else readHere(entry);
    });
    worker.addEventListener('error', breakDown);
    worker.addEventListener('messageerror', breakDown);
    return worker;
  };

  return {
    warm() {
      started();
    },
    parse(kind, path, text, contentType) {
      return new Promise((resolve, reject) => {
        const request: ParseRequest = { id: nextId++, kind, path, text, contentType };
        const target = started();
        if (!target) {
          readHere({ request, resolve, reject });
          return;
        }
        pending.set(request.id, { request, resolve, reject });
        target.postMessage(request);
      });
    },
  };
}

/** The parser for this environment: a worker in a browser, this thread elsewhere. */
export function createBodyParser(): BodyParser {
  return typeof Worker === 'undefined' ? createInThreadParser() : createWorkerParser();
}

const sharedKey = Symbol.for('periscope.bodyParser');

/**
 * The page's one parser, shared by the early script and the app's client (two entry points: the
 * window holds it), so that one worker reads every body.
 */
export function sharedBodyParser(): BodyParser {
  const holder = globalThis as { [sharedKey]?: BodyParser };
  holder[sharedKey] ??= createBodyParser();
  return holder[sharedKey];
}
