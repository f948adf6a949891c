/**
 * The code of a failure that is not a refusal: nothing reached the server (NETWORK), a proxy or
 * the server said it is unavailable (502/503/504, SERVICE_UNAVAILABLE), or the server failed
 * (500, INTERNAL_SERVER_ERROR). Its English message is of no use to the reader; null otherwise.
 */
export function transportCode(status: number, code: string | undefined): string | null {
  switch (code) {
    case 'NETWORK':
    case 'SERVICE_UNAVAILABLE':
    case 'INTERNAL_SERVER_ERROR':
      return code;
    case undefined:
      if (status === 0) return 'NETWORK';
      if (status === 502 || status === 503 || status === 504) return 'SERVICE_UNAVAILABLE';
      return status >= 500 ? 'INTERNAL_SERVER_ERROR' : null;
    default:
      return null; // the server's own refusal (FORBIDDEN, BAD_USER_INPUT…): its words matter
  }
}

/** How many times one call is sent again when the server asks for it (see resendAfterMs). */
export const RESENDS = 2;

/**
 * When to send a call again as it is, or null: only on the server's word, a 503 whose error is
 * marked `retryable` (the server was busy and never started it, or the database was away for a
 * moment), after its Retry-After (0.2 to 5 s; 1 s when absent or unreadable). A reviewer's screen
 * then rides out a busy minute instead of showing an error for a request that would have passed.
 */
export function resendAfterMs(status: number, body: unknown, retryAfter: string | null): number | null {
  if (status !== 503) return null;
  const first = (body as { errors?: { extensions?: { retryable?: unknown } }[] } | null)?.errors?.[0];
  if (first?.extensions?.retryable !== true) return null;
  const seconds = retryAfter !== null && /^\d+(\.\d+)?$/.test(retryAfter.trim()) ? Number(retryAfter) : 1;
  return Math.min(5000, Math.max(200, seconds * 1000));
}
