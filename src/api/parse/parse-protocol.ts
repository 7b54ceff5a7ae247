import type { ResponseKind } from '../contract/response-schemas';
import type { ParseOutcome } from './parse-body';

/** A body for the parse worker to read. */
export interface ParseRequest {
  id: number;
  kind: ResponseKind;
  path: string;
  text: string;
  contentType: string | null;
}

/** The worker's answer: the outcome, or why it could not read the body at all (a bug). */
export type ParseReply = { id: number; outcome: ParseOutcome } | { id: number; failure: string };
