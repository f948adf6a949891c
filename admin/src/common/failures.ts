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
