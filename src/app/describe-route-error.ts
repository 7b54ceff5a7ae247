import { isRouteErrorResponse } from 'react-router';
import { isApiError } from '../api/api-error';
import {
  describeFailure,
  subjectOfApiPath,
  type FailureDescription,
} from '../api/describe-failure';

export interface RouteErrorDescription {
  /** What kind of failure: an HTTP status line or the error's class name. */
  kind: string;
  /** The failure's own words, as close to the source as available. */
  message: string;
  /**
   * For an API 403 or 404 whose request named one thing (a project, a deployment…): that
   * thing's own title, words and way out. Null for anything else.
   */
  failure: FailureDescription | null;
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
      failure: null,
    };
  }
  if (isApiError(error)) {
    const subject = subjectOfApiPath(error.path);
    return {
      kind: error.status === null ? error.kind : `HTTP ${String(error.status)}`,
      message: error.message,
      failure: subject && describeFailure(error, subject),
    };
  }
  if (error instanceof Error) {
    return {
      kind: error.name || 'Error',
      message: error.message || 'No message was given.',
      failure: null,
    };
  }
  if (typeof error === 'string' && error.trim() !== '') {
    return { kind: 'Error', message: error, failure: null };
  }
  return {
    kind: 'Unknown error',
    message: 'Something was thrown that is not an error.',
    failure: null,
  };
}
