import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError } from '../domain/errors.js';
import { logger } from '../logger.js';

/**
 * One place that turns errors into what clients see: domain errors keep their code and details,
 * argument validation names each field, and anything unexpected is masked (and logged without
 * its message, which may quote personal data).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: { code: original.code, ...original.details } };
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
  const code = formatted.extensions?.code as string | undefined;
  if (code && code !== 'INTERNAL_SERVER_ERROR') {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  const e = original as Error;
  logger.error({ err: { name: e?.name, stack: e?.stack?.split('\n').slice(1, 8).join('\n') }, path: formatted.path }, 'unexpected error');
  return { message: 'internal error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
