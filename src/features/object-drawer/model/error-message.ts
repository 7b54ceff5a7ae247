/** A thrown error as one sentence for people (ApiError and SessionTimeoutError already are). */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}
