import type { SqlEntityManager } from '@mikro-orm/knex';
import { QueryHelper } from '@mikro-orm/core';

export function isPostgres(em: SqlEntityManager): boolean {
  return em.getPlatform().constructor.name.startsWith('PostgreSql');
}

/** Raw SQL parameter for a datetime column: epoch ms on SQLite (MikroORM's storage), Date on PostgreSQL. */
export function sqlDate(em: SqlEntityManager, d: Date): Date | number {
  return isPostgres(em) ? d : d.getTime();
}

/**
 * Raw SQL on the EntityManager's connection *and* its open transaction (if any). Going through
 * `getConnection().execute` without the context would take a second connection: on SQLite that
 * waits forever for the one the transaction holds.
 */
export function exec<T = Record<string, unknown>[]>(em: SqlEntityManager, sql: string, params: unknown[] = [], method: 'all' | 'run' = 'all'): Promise<T> {
  return em.getConnection().execute(sql, params, method, em.getTransactionContext()) as Promise<T>;
}

/** Multi-row INSERT returning the new ids in input order (one statement, both dialects). */
export async function insertReturningIds(em: SqlEntityManager, entity: string | { name: string }, rows: object[]): Promise<number[]> {
  if (!rows.length) return [];
  const name = typeof entity === 'string' ? entity : entity.name;
  const data = rows.map((r) => QueryHelper.processObjectParams(r as Record<string, unknown>));
  const res = (await em.getDriver().nativeInsertMany(name, data as never[], { ctx: em.getTransactionContext() })) as { rows?: { id: number | string }[] };
  const ids = (res.rows ?? []).map((r) => Number(r.id));
  if (ids.length !== rows.length || ids.some((x) => !Number.isFinite(x))) {
    throw new Error(`insert into ${name} returned ${ids.length} ids for ${rows.length} rows`);
  }
  return ids;
}
