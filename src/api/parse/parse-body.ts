import type { z } from 'zod';
import { collectUnknownEnumValues, type UnknownEnumValue } from '../contract/unknown-values';
import { formatIssuePath } from '../issue-path';

/** What reading a response body came to: its data, or what was wrong with it. */
export type ParseOutcome =
  | { ok: true; data: unknown; unknownValues: UnknownEnumValue[] }
  | {
      ok: false;
      kind: 'malformed-json' | 'invalid-body';
      message: string;
      /** For an invalid body: the first failing field path, e.g. `Items[3].State`. */
      field: string | null;
      cause: unknown;
    };

/**
 * Parses a response body's text as JSON and checks it against `schema`. Pure, and free of
 * anything the main thread has (no DOM, no app state): it runs in the parse worker, or in the
 * page where there is no worker (tests). Unknown enum values come back with the data.
 */
export function parseBody(
  path: string,
  text: string,
  schema: z.ZodType,
  contentType: string | null,
): ParseOutcome {
  const prefix = `The server's response for ${path}`;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    let hint = '';
    if (text.trim() === '') hint = ' (it was empty)';
    else if (contentType?.includes('html') || /^\s*</.test(text)) {
      hint = ' (it sent an HTML page: is /api reaching the Octopus server?)';
    }
    return {
      ok: false,
      kind: 'malformed-json',
      message: `${prefix} is not valid JSON${hint}`,
      field: null,
      cause: error,
    };
  }
  const { result, unknownValues } = collectUnknownEnumValues(() => schema.safeParse(json));
  if (result.success) return { ok: true, data: result.data, unknownValues };
  const { issues } = result.error;
  const first = issues[0];
  const field = first ? formatIssuePath(first.path) : null;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return {
    ok: false,
    kind: 'invalid-body',
    field,
    message: `${prefix} was not what Periscope expects: ${field ?? 'the body'}: ${first?.message ?? 'invalid'}${more}`,
    // The issues themselves, not the ZodError: the outcome crosses to the page by structured
    // clone, which keeps plain data and built-in errors only.
    cause: issues.slice(0, 10),
  };
}
