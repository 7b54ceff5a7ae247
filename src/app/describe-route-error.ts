import { isRouteErrorResponse } from 'react-router';

export interface RouteErrorDescription {
  /** What kind of failure: an HTTP status line or the error's class name. */
  kind: string;
  /** The failure's own words, as close to the source as available. */
  message: string;
}

function messageFromData(data: unknown): string | undefined {
  if (typeof data === 'string' && data.trim() !== '') return data;
  if (typeof data === 'object' && data !== null && 'message' in data) {
    const { message } = data;
    if (typeof message === 'string' && message.trim() !== '') return message;
  }
  return undefined;
}

/** Turns whatever a route threw (an Error, a thrown Response, anything) into words to show. */
export function describeRouteError(error: unknown): RouteErrorDescription {
  if (isRouteErrorResponse(error)) {
    const statusLine = `${error.status} ${error.statusText}`.trim();
    return {
      kind: `HTTP ${statusLine}`,
      message: messageFromData(error.data) ?? (error.statusText || 'The request failed.'),
    };
  }
  if (error instanceof Error) {
    return { kind: error.name || 'Error', message: error.message || 'No message was given.' };
  }
  if (typeof error === 'string' && error.trim() !== '') {
    return { kind: 'Error', message: error };
  }
  return { kind: 'Unknown error', message: 'Something was thrown that is not an error.' };
}
