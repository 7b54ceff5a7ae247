/// <reference lib="webworker" />
/**
 * The parse worker: reads response bodies (JSON.parse, then the body's schema) off the main
 * thread. A 5,000-object live status takes tens of milliseconds to check; here that never blocks
 * a click or a frame. Messages are `ParseRequest` in, `ParseReply` out.
 */
import { responseSchemas } from '../contract/response-schemas';
import { parseBody } from './parse-body';
import type { ParseReply, ParseRequest } from './parse-protocol';

declare const self: DedicatedWorkerGlobalScope;

self.addEventListener('message', (event: MessageEvent<ParseRequest>) => {
  const { id, kind, path, text, contentType } = event.data;
  let reply: ParseReply;
  try {
    reply = { id, outcome: parseBody(path, text, responseSchemas[kind], contentType) };
  } catch (error) {
    reply = { id, failure: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
});
