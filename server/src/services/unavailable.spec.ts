import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { ConnectionException, DeadlockException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { isConnectionError } from './sql.js';
import { formatError } from '../graphql/errors.js';
import { ConfigError, loadConfig } from '../config.js';
import { newKeyRing, serializeKeyRing } from '../domain/crypto.js';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('database unavailable: classification and what clients see', () => {
  it('recognizes connection loss, shutdown, startup and pool timeouts, not ordinary database errors', () => {
    for (const e of [
      new ConnectionException(new Error('boom')),
      pgError('57P01', 'terminating connection due to administrator command'),
      pgError('57P03', 'the database system is starting up'),
      pgError('08006'),
      pgError('53300', 'too many connections'),
      pgError('ECONNREFUSED'),
      pgError('ECONNRESET'),
      new Error('Connection terminated unexpectedly'),
      Object.assign(new Error('Knex: Timeout acquiring a connection. The pool is probably full.'), { name: 'KnexTimeoutError' }),
      Object.assign(new Error('wrapped'), { cause: pgError('57P01') }),
    ]) {
      expect(isConnectionError(e), String((e as Error).message)).toBe(true);
    }
    for (const e of [
      new UniqueConstraintViolationException(pgError('23505')),
      new DeadlockException(pgError('40P01')),
      pgError('22021', 'invalid byte sequence for encoding "UTF8": 0x00'),
      new Error('something else'),
      null,
      'text',
    ]) {
      expect(isConnectionError(e)).toBe(false);
    }
  });

  it('maps it to a coded, retryable SERVICE_UNAVAILABLE error without internals', () => {
    const original = pgError('57P01', 'terminating connection due to administrator command');
    const err = new GraphQLError(original.message, { originalError: original, path: ['submitKeyings'] });
    const out = formatError({ message: original.message, path: ['submitKeyings'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, err);
    expect(out.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryable: true });
    expect(out.message).toMatch(/retry/);
    expect(out.message).not.toMatch(/administrator/);
  });
});

describe('DATABASE_REPLICA_URLS', () => {
  const base = { DATA_DIR: '/nonexistent/dualkey-config-spec', AUTH_SECRET: 'x'.repeat(40), DUALKEY_KEYRING: serializeKeyRing(newKeyRing()) } as NodeJS.ProcessEnv;

  it('lists replicas of a PostgreSQL primary', () => {
    const c = loadConfig({ ...base, DATABASE_URL: 'postgresql://u@p:5432/db', DATABASE_REPLICA_URLS: ' postgresql://u@r1:5432/db, postgresql://u@r2:5432/db ', DATABASE_POOL_MAX: '20' });
    expect(c.db).toEqual({ dialect: 'postgresql', url: 'postgresql://u@p:5432/db', replicaUrls: ['postgresql://u@r1:5432/db', 'postgresql://u@r2:5432/db'], poolMax: 20, preparedStatements: true });
  });

  it('turns named statements off for poolers that cannot keep them, and refuses other values', () => {
    expect(loadConfig({ ...base, DATABASE_URL: 'postgresql://u@p/db', DATABASE_PREPARED_STATEMENTS: '0' }).db).toMatchObject({ preparedStatements: false });
    expect(() => loadConfig({ ...base, DATABASE_URL: 'postgresql://u@p/db', DATABASE_PREPARED_STATEMENTS: 'yes' })).toThrow(/DATABASE_PREPARED_STATEMENTS/);
  });

  it('refuses replicas without a PostgreSQL primary, and URLs that are not PostgreSQL', () => {
    expect(() => loadConfig({ ...base, DATABASE_REPLICA_URLS: 'postgresql://u@r1/db' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, DATABASE_URL: 'postgresql://u@p/db', DATABASE_REPLICA_URLS: 'mysql://r1/db' })).toThrow(/postgresql/);
  });
});
