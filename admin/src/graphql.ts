import { HttpError } from 'react-admin';

/** Where the session lives; shared by the auth provider and the GraphQL client. */
export const TOKEN_KEY = 'dualkey.token';
export const USER_KEY = 'dualkey.user';
export const EXPIRES_KEY = 'dualkey.expiresAt';

export interface FieldProblem {
  field: string;
  reason: string;
}

export interface GqlErrorBody {
  code: string;
  problems: FieldProblem[];
  /** react-admin shows these next to the form inputs (keys are input sources). */
  errors?: Record<string, string>;
}

const STATUS_BY_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  LEASE_EXPIRED: 409,
  NOT_LEASE_HOLDER: 409,
  ALREADY_RESOLVED: 409,
  OWN_KEYING: 403,
  SAME_KEYER: 409,
  TOO_MANY_ITEMS: 400,
};

/** The error every GraphQL call throws: react-admin's HttpError with the server's message and code. */
export type GqlError = HttpError & { body: GqlErrorBody };

export function gqlCode(e: unknown): string | undefined {
  return (e as { body?: GqlErrorBody } | null)?.body?.code;
}

function toHttpError(message: string, status: number, code: string, problems: FieldProblem[]): GqlError {
  // Field names come as input paths ("input.code"); react-admin wants the input's source ("code").
  const errors: Record<string, string> = {};
  for (const p of problems) errors[p.field.replace(/^input\./, '')] = p.reason;
  return new HttpError(message, status, { code, problems, errors: problems.length ? errors : undefined }) as GqlError;
}

/**
 * POSTs one operation to /graphql (same origin) with the stored bearer token. GraphQL errors
 * become HttpErrors: 401 for UNAUTHENTICATED (react-admin then logs out), 403 for FORBIDDEN.
 */
export async function gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, opts: { auth?: boolean } = {}): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  const token = opts.auth === false ? null : localStorage.getItem(TOKEN_KEY);
  if (token) headers.authorization = `Bearer ${token}`;
  let res: Response;
  try {
    res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch {
    throw toHttpError('ra.notification.http_error', 0, 'NETWORK', []);
  }
  let body: { data?: T | null; errors?: { message: string; extensions?: { code?: string; problems?: FieldProblem[] } }[] } | null = null;
  try {
    body = await res.json();
  } catch {
    throw toHttpError(`HTTP ${res.status} ${res.statusText}`, res.status || 500, 'HTTP', []);
  }
  const first = body?.errors?.[0];
  if (first) {
    const code = first.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
    const status = STATUS_BY_CODE[code] ?? (res.status >= 400 ? res.status : 500);
    throw toHttpError(first.message, status, code, first.extensions?.problems ?? []);
  }
  if (!res.ok || !body?.data) throw toHttpError(`HTTP ${res.status} ${res.statusText}`, res.status || 500, 'HTTP', []);
  return body.data;
}
