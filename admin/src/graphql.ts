import { HttpError } from 'react-admin';
import { RESENDS, resendAfterMs, transportCode } from './common/failures';
import { i18nProvider } from './i18n/i18nProvider';
import { KEYER_CODE_REASON, KEYER_REQUIRED_REASON, USERNAME_REASON } from './common/rules';
import type { TypedDocumentString } from './gql/graphql';

/** Where the session lives; shared by the auth provider and the GraphQL client. */
export const TOKEN_KEY = 'dualkey.token';
export const USER_KEY = 'dualkey.user';
export const EXPIRES_KEY = 'dualkey.expiresAt';
/** Set while the session was opened with a one-time password (only changePassword, me, logout work). */
export const MUST_CHANGE_KEY = 'dualkey.mustChangePassword';

export interface FieldProblem {
  field: string;
  reason: string;
}

export interface GqlErrorBody {
  code: string;
  problems: FieldProblem[];
  /**
   * The request failed on the way (network, proxy, server down or broken), not because the server
   * refused it: `message` is then our own translated sentence, there are no server words to quote.
   */
  transport?: boolean;
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
  // Not 401: a wrong current password in the change form must not sign anybody out.
  WRONG_PASSWORD: 400,
  PASSWORD_CHANGE_REQUIRED: 403,
  TOO_MANY_REQUESTS: 429,
};

/** A reason the server words with one of its own constants (imported, not copied). */
const startsWith = (reason: string) => new RegExp(`^${reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/**
 * The password policy's reasons (server/src/domain/password-policy.ts) as translation keys, so
 * that they show in the reader's language next to the input; other reasons pass through as sent.
 */
const REASON_KEYS: [RegExp, string][] = [
  [/^must be at least \d+ characters/, 'dk.password.reasons.too_short'],
  [/^must be at most \d+ characters/, 'dk.password.reasons.too_long'],
  [/^must not contain the username/, 'dk.password.reasons.username'],
  [/^must not contain the name of its owner/, 'dk.password.reasons.name'],
  [/^must differ from the current password/, 'dk.password.reasons.same'],
  [/^is too easy to guess \(it is a straight row of keys\)/, 'dk.password.reasons.weak_straightRow'],
  [/^is too easy to guess \(it is a keyboard pattern\)/, 'dk.password.reasons.weak_keyPattern'],
  [/^is too easy to guess \(it repeats/, 'dk.password.reasons.weak_repeat'],
  [/^is too easy to guess \(it is a sequence/, 'dk.password.reasons.weak_sequence'],
  [/^is too easy to guess \(it relies on a (recent year|date)/, 'dk.password.reasons.weak_date'],
  [/^is too easy to guess \(it (is one of the|is a commonly|is a small variation|appears in leaked)/, 'dk.password.reasons.weak_common'],
  [/^is too easy to guess \(it (is a single word|is a name|relies on common names)/, 'dk.password.reasons.weak_word'],
  [/^is too easy to guess \(it contains personal data/, 'dk.password.reasons.weak_personal'],
  [/^is too easy to guess/, 'dk.password.reasons.weak'],
  // Account fields (server/src/domain/accounts.ts): createUser and the CSV import.
  [startsWith(USERNAME_REASON), 'dk.account_reasons.username'],
  [startsWith(KEYER_CODE_REASON), 'dk.account_reasons.keyer_code'],
  [startsWith(KEYER_REQUIRED_REASON), 'dk.account_reasons.keyer_required'],
  [/^must be 1 to \d+ characters$/, 'dk.account_reasons.display_name_length'],
  [/^may contain only letters, digits, spaces/, 'dk.account_reasons.display_name_chars'],
  [/^must be one of ADMIN/, 'dk.account_reasons.role'],
];

/** A translation key for a known field problem, or the server's own words. */
export function reasonKey(reason: string): string {
  for (const [re, key] of REASON_KEYS) if (re.test(reason)) return key;
  return reason;
}

/** The error every GraphQL call throws: react-admin's HttpError with the server's message and code. */
export type GqlError = HttpError & { body: GqlErrorBody };

export function gqlCode(e: unknown): string | undefined {
  return (e as { body?: GqlErrorBody } | null)?.body?.code;
}

function toHttpError(message: string, status: number, code: string, problems: FieldProblem[]): GqlError {
  // Field names come as input paths ("input.code"); react-admin wants the input's source ("code").
  const errors: Record<string, string> = {};
  for (const p of problems) errors[p.field.replace(/^input\./, '')] = reasonKey(p.reason);
  return new HttpError(message, status, { code, problems, errors: problems.length ? errors : undefined }) as GqlError;
}

/** A transport failure as an HttpError whose message is already in the reader's language. */
function transportError(status: number, code: string | undefined): GqlError | null {
  const t = transportCode(status, code);
  if (!t) return null;
  const http = t === 'NETWORK' ? 0 : status >= 500 ? status : t === 'SERVICE_UNAVAILABLE' ? 503 : 500;
  const e = toHttpError(i18nProvider.translate(`dk.errors.${t}`), http, t, []);
  e.body.transport = true;
  return e;
}

/**
 * POSTs one operation to /graphql (same origin) with the stored bearer token. GraphQL errors
 * become HttpErrors: 401 for UNAUTHENTICATED (react-admin then logs out), 403 for FORBIDDEN.
 * Only documents written with `graphql(...)` are accepted: they are checked against the schema
 * and typed (result and variables) by `npm run codegen`.
 */
export async function gql<R, V>(document: TypedDocumentString<R, V>, variables?: V, opts: { auth?: boolean } = {}): Promise<R> {
  const query = document.toString();
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  const token = opts.auth === false ? null : localStorage.getItem(TOKEN_KEY);
  if (token) headers.authorization = `Bearer ${token}`;
  let res: Response;
  let body: { data?: R | null; errors?: { message: string; extensions?: { code?: string; problems?: FieldProblem[] } }[] } | null = null;
  for (let sent = 0; ; sent++) {
    try {
      res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables: variables ?? {} }) });
    } catch {
      throw transportError(0, 'NETWORK')!;
    }
    try {
      body = await res.json();
    } catch {
      // Not JSON: a proxy's or load balancer's page (502/503/504), or a broken server.
      throw transportError(res.status, undefined) ?? toHttpError(`HTTP ${res.status} ${res.statusText}`, res.status || 500, 'HTTP', []);
    }
    const wait = sent < RESENDS ? resendAfterMs(res.status, body, res.headers.get('retry-after')) : null;
    if (wait === null) break;
    await new Promise((r) => setTimeout(r, wait));
  }
  const first = body?.errors?.[0];
  if (first) {
    const code = first.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
    const failed = transportError(res.status, code);
    if (failed) throw failed;
    const status = STATUS_BY_CODE[code] ?? (res.status >= 400 ? res.status : 500);
    throw toHttpError(first.message, status, code, first.extensions?.problems ?? []);
  }
  if (!res.ok || !body?.data) throw transportError(res.status, undefined) ?? toHttpError(`HTTP ${res.status} ${res.statusText}`, res.status || 500, 'HTTP', []);
  return body.data;
}
