import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError } from '../domain/errors.js';
import { logger } from '../logger.js';
import { LIMIT_CODES } from './security.js';
import type { ApolloServerPlugin } from '@apollo/server';
import { isConnectionError } from '../services/sql.js';

/** Refused by admission (http-admission.ts): this process had more waiting than it could start in QUEUE_WAIT_MS. */
export const BUSY = { code: 'SERVICE_UNAVAILABLE', message: 'the server is busy; retry this request shortly (resending the same idempotency keys never applies a keying twice)', retryAfterSeconds: 1 } as const;
/** What a client sees while the database is unreachable (restart, failover): retry with the same idempotency keys. */
export const UNAVAILABLE = { code: 'SERVICE_UNAVAILABLE', message: 'the database is unavailable right now; retry this request shortly (resending the same idempotency keys never applies a keying twice)', retryAfterSeconds: 2 } as const;

/** HTTP 503 with Retry-After when a request failed because the database was unreachable. */
export function unavailablePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ errors, response }) {
          if (errors?.some((e) => isConnectionError(e.originalError))) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(UNAVAILABLE.retryAfterSeconds));
          }
        },
      };
    },
  };
}

const MAX_MESSAGE = 500;

/**
 * One place that turns errors into what clients see: domain errors keep their code and details,
 * argument validation names each field, and anything unexpected is masked (and logged without
 * its message, which may quote personal data).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  // Errors raised outside resolvers (request guards, validation rules) wrap their cause once more.
  const inner = original instanceof GraphQLError ? original.originalError : undefined;
  const domain = original instanceof DomainError ? original : inner instanceof DomainError ? inner : null;
  if (domain) {
    return { message: domain.message, path: formatted.path, locations: formatted.locations, extensions: { code: domain.code, ...domain.details } };
  }
  // The endpoint's limits: Apollo reports them as GRAPHQL_VALIDATION_FAILED; clients get the precise code.
  const limit = inner instanceof GraphQLError ? inner.extensions?.code : undefined;
  if (typeof limit === 'string' && LIMIT_CODES.has(limit)) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code: limit } };
  }
  if (original instanceof ArgumentValidationError) {
    const problems = original.extensions.validationErrors.flatMap((v) => {
      const walk = (e: typeof v, prefix: string): { field: string; reason: string }[] => [
        ...Object.values(e.constraints ?? {}).map((reason) => ({ field: prefix + e.property, reason })),
        ...(e.children ?? []).flatMap((c) => walk(c, `${prefix}${e.property}.`)),
      ];
      return walk(v, '');
    });
    return {
      message: `invalid arguments: ${problems.map((p) => `${p.field}: ${p.reason}`).join('; ')}`,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'BAD_USER_INPUT', problems },
    };
  }
  // The database went away (restart, failover, network): a coded, retryable error, not a 500.
  // Whatever the request wrote was rolled back, or (connection lost during COMMIT) committed in
  // full: idempotency keys and lease checks make the retry safe either way.
  if (isConnectionError(original) || isConnectionError(inner)) {
    return { message: UNAVAILABLE.message, path: formatted.path, extensions: { code: UNAVAILABLE.code, retryable: true } };
  }
  const code = formatted.extensions?.code as string | undefined;
  if (code && code !== 'INTERNAL_SERVER_ERROR') {
    // GraphQL's own messages may quote the offending input (a 10,000-character variable): bounded.
    const message = formatted.message.length > MAX_MESSAGE ? `${formatted.message.slice(0, MAX_MESSAGE)}…` : formatted.message;
    return { message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  const e = original as Error;
  logger.error({ err: { name: e?.name, stack: e?.stack?.split('\n').slice(1, 8).join('\n') }, path: formatted.path }, 'unexpected error');
  return { message: 'internal error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
