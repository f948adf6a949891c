import type { SqlEntityManager } from '@mikro-orm/knex';
import { ConnectionException, type ConnectionType } from '@mikro-orm/core';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';

export function isPostgres(em: SqlEntityManager): boolean {
  return em.getPlatform().constructor.name.startsWith('PostgreSql');
}

/** Raw SQL parameter for a datetime column: epoch ms on SQLite (MikroORM's storage), Date on PostgreSQL. */
export function sqlDate(em: SqlEntityManager, d: Date): Date | number {
  return isPostgres(em) ? d : d.getTime();
}

/**
 * Raw SQL on the EntityManager's connection *and* its open transaction (if any): without the
 * context it would take a second connection, which on SQLite waits forever for the one the
 * transaction holds. Parameters are bound by the driver (MikroORM's own `execute` inlines them
 * into the SQL text, which costs ~10x on large inserts); errors are converted like the ORM's, so
 * callers can catch UniqueConstraintViolationException.
 */
export async function exec<T = Record<string, unknown>[]>(em: SqlEntityManager, sql: string, params: unknown[] = [], method: 'all' | 'run' = 'all'): Promise<T> {
  const ctx = em.getTransactionContext() as TxContext | undefined;
  const pg = isPostgres(em);
  if (ctx && pg) return execInPgTransaction<T>(em, ctx, sql, params, method);
  let res: unknown;
  try {
    if (pg) res = await execOnPool(em, sql, params);
    else {
      const query = em.getKnex().raw(sql, params as never[]);
      if (ctx) query.transacting(ctx as never);
      res = await query;
    }
  } catch (e) {
    // On a readEm() whose replica is unreachable: the same statement on the primary.
    const primary = (em as unknown as Record<symbol, SqlEntityManager | undefined>)[PRIMARY_EM];
    if (primary && (isConnectionError(e) || isRecoveryConflict(e))) {
      if (isConnectionError(e)) replicasDownUntil = Date.now() + REPLICA_RETRY_MS;
      return exec<T>(primary.fork(), sql, params, method);
    }
    throw em.getPlatform().getExceptionConverter().convertException(e as Error);
  }
  return rawResult<T>(em, res, method);
}

/** knex's pool of node-postgres connections (on a readEm(), the replica's). */
function pooled(em: SqlEntityManager): { acquireConnection(): Promise<PgConnection>; releaseConnection(c: PgConnection): unknown } {
  return (em.getKnex() as unknown as { client: ReturnType<typeof pooled> }).client;
}

/**
 * PostgreSQL outside a transaction: one pooled connection straight to node-postgres, as in a
 * transaction (knex's runner, raw builder and `?` rewriting cost more CPU than the round trip for
 * the small reads of every request). The pool still times acquisitions out and drops broken
 * connections; on a readEm() the pool is the replica's.
 */
async function execOnPool(em: SqlEntityManager, sql: string, params: unknown[]): Promise<unknown> {
  const client = pooled(em);
  const conn = await client.acquireConnection();
  // What knex's runner would announce: query listeners (tests reading the SQL log) still see it.
  (client as unknown as { emit(e: string, q: object): void }).emit('query', { sql, bindings: params });
  try {
    return await conn.query(pgPlaceholders(sql), params);
  } finally {
    client.releaseConnection(conn);
  }
}

/**
 * PostgreSQL: `fn` on a connection of its own, opened with the pool's settings but outside it and
 * closed after: long maintenance holds none of the connections requests queue for, and session
 * settings and locks end with it.
 */
export async function onOwnConnection<T>(em: SqlEntityManager, fn: (query: (sql: string) => Promise<{ rows: Record<string, unknown>[] }>) => Promise<T>): Promise<T> {
  type Raw = { query(sql: string): Promise<{ rows: Record<string, unknown>[] }>; on(event: 'error', f: () => void): void };
  const client = (em.getKnex() as unknown as { client: { acquireRawConnection(): Promise<Raw>; destroyRawConnection(c: Raw): Promise<void> } }).client;
  const conn = await client.acquireRawConnection();
  // A connection dropped mid-run fails the statement in flight, not the process.
  conn.on('error', () => {});
  try {
    return await fn((sql) => conn.query(sql));
  } finally {
    await client.destroyRawConnection(conn).catch(() => {});
  }
}

/**
 * A transaction of direct SQL only (`exec`, `insertRows`, `Writes`): on PostgreSQL, BEGIN and
 * COMMIT on one pooled connection, without the ORM's transaction (a knex client made per
 * transaction, the unit of work, its AsyncLocalStorage): 300 µs of CPU less per transaction,
 * measured alone. An ORM query or flush with work to do inside `fn` is refused (needsOrmTransaction)
 * and the transaction rolled back: the caller runs the work again in the ORM's transaction.
 * SQLite: the ORM's transaction.
 */
export async function sqlTransaction<T>(em: SqlEntityManager, fn: (tx: SqlEntityManager) => Promise<T>): Promise<T> {
  if (!isPostgres(em) || em.getTransactionContext()) return em.transactional(fn);
  const client = pooled(em);
  const conn = await client.acquireConnection();
  const tx = em.fork({ clear: true });
  // Not a knex transaction: an ORM query or flush on it is refused (knex would otherwise warn and
  // run it on another connection, outside this transaction).
  const ctx = {
    client: {
      acquireConnection: async () => conn,
      get transacting(): never {
        return refuseOrm();
      },
    },
    transaction: refuseOrm,
    savepoint: refuseOrm,
  };
  tx.setTransactionContext(ctx);
  let open = false;
  try {
    await exec(tx, 'BEGIN', [], 'run');
    open = true;
    const out = await fn(tx);
    // Entities persisted but not flushed: the ORM's transaction would write them at its end.
    if (tx.getUnitOfWork().getPersistStack().size) refuseOrm();
    open = false;
    await exec(tx, 'COMMIT', [], 'run');
    return out;
  } catch (e) {
    // A connection whose ROLLBACK fails is dropped, never pooled in the middle of a transaction.
    if (open) await conn.query('ROLLBACK', []).catch((r) => Object.assign(conn, { __knex__disposed: r }));
    throw e;
  } finally {
    client.releaseConnection(conn);
  }
}

/**
 * sqlTransaction, then `fn` again in the ORM's transaction if it turned out to need the ORM (a
 * branch taken rarely): `fn` must leave nothing behind outside the database when it fails.
 */
export async function sqlFirstTransaction<T>(em: SqlEntityManager, fn: (tx: SqlEntityManager) => Promise<T>): Promise<T> {
  try {
    return await sqlTransaction(em, fn);
  } catch (e) {
    if (needsOrmTransaction(e)) return em.transactional(fn);
    throw e;
  }
}

/** The code of the error an ORM query or flush inside sqlTransaction fails with (kept when MikroORM wraps it). */
export const ORM_IN_SQL_TRANSACTION = 'ORM_IN_SQL_TRANSACTION';

/** Whether `e` is that refusal: the work needs the ORM's transaction (em.transactional) instead. */
export function needsOrmTransaction(e: unknown): boolean {
  return (e as { code?: unknown } | null)?.code === ORM_IN_SQL_TRANSACTION;
}

function refuseOrm(): never {
  throw Object.assign(new Error('an ORM query or flush inside sqlTransaction, which runs direct SQL only: use the ORM transaction'), { code: ORM_IN_SQL_TRANSACTION });
}

/** A driver's raw result shaped like MikroORM's own raw queries: rows, or affected rows and ids. */
function rawResult<T>(em: SqlEntityManager, res: unknown, method: 'all' | 'run'): T {
  return (em.getConnection() as unknown as { transformRawResult(r: unknown, m: string): T }).transformRawResult(res, method);
}

/** The node-postgres client a knex transaction holds. */
interface PgConnection {
  query(text: string, values: unknown[]): Promise<unknown>;
  query<T extends Writable>(stream: T): T;
}

/** What a knex transaction exposes of its connection (knex's makeTxClient). */
interface TxContext {
  client?: { acquireConnection?: () => Promise<PgConnection> };
}

async function pgConnection(ctx: TxContext): Promise<PgConnection> {
  const acquire = ctx.client?.acquireConnection;
  if (!acquire) throw new Error('no connection on this transaction');
  return acquire.call(ctx.client);
}

/**
 * Inside a PostgreSQL transaction, statements go to node-postgres on the transaction's own
 * connection: knex's per-statement work (rewriting thousands of `?` with a regular expression,
 * expanding array bindings, query events) was ~8% of the server's CPU during ingest.
 */
async function execInPgTransaction<T>(em: SqlEntityManager, ctx: TxContext, sql: string, params: unknown[], method: 'all' | 'run'): Promise<T> {
  const conn = await pgConnection(ctx);
  let res: unknown;
  try {
    res = await conn.query(pgPlaceholders(sql), params);
  } catch (e) {
    throw em.getPlatform().getExceptionConverter().convertException(e as Error);
  }
  return rawResult<T>(em, res, method);
}

/** `?` placeholders as PostgreSQL's `$1, $2, ...`; a `?` inside a quoted literal or identifier stays. */
export function pgPlaceholders(sql: string): string {
  if (!sql.includes('?')) return sql;
  let out = '';
  let n = 0;
  let quote = '';
  let from = 0;
  for (let i = 0; i < sql.length; i++) {
    const c = sql.charCodeAt(i);
    if (quote) {
      if (c === quote.charCodeAt(0)) quote = '';
    } else if (c === 39 /* ' */ || c === 34 /* " */) {
      quote = sql[i];
    } else if (c === 63 /* ? */) {
      out += sql.slice(from, i) + '$' + ++n;
      from = i + 1;
    }
  }
  return out + sql.slice(from);
}

export type SqlValue = string | number | boolean | Date | null | object;

/** One value as the driver wants it: JSON as text, dates per dialect, booleans as 0/1 on SQLite. */
export function sqlValue(em: SqlEntityManager, v: SqlValue): unknown {
  return convertValue(isPostgres(em), v);
}

function convertValue(pg: boolean, v: SqlValue): unknown {
  if (v === null || typeof v === 'string' || typeof v === 'number') return v;
  // ISO text for PostgreSQL (every datetime column is timestamptz): node-postgres's own Date
  // formatting goes through the local time zone field by field, ~10x slower.
  if (v instanceof Date) return pg ? v.toISOString() : v.getTime();
  if (typeof v === 'boolean') return pg ? v : v ? 1 : 0;
  return JSON.stringify(v);
}

/**
 * A PostgreSQL array literal ('{1,NULL,"a\\"b"}'), passed as text and cast in SQL: one array
 * parameter per column for wide multi-row writes of small values (report aggregates).
 */
export function pgArray(values: readonly unknown[]): string {
  const el = (v: unknown): string => {
    if (v === null || v === undefined) return 'NULL';
    if (typeof v === 'number') return String(v);
    if (typeof v === 'boolean') return v ? 't' : 'f';
    const s = v instanceof Date ? v.toISOString() : typeof v === 'string' ? v : JSON.stringify(v);
    return `"${s.replace(/[\\"]/g, '\\$&')}"`;
  };
  return `{${values.map(el).join(',')}}`;
}

/** One multi-row INSERT of `rows` (`?` placeholders) and its driver values. */
export function insertSql(pg: boolean, table: string, columns: string[], rows: SqlValue[][]): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  for (const r of rows) for (const v of r) params.push(convertValue(pg, v));
  const one = `(${columns.map(() => '?').join(', ')})`;
  return { sql: `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${rows.map(() => one).join(', ')}`, params };
}

/**
 * Multi-row INSERT written by hand: the hot path of ingest, where the ORM's per-property
 * processing of thousands of rows costs more than the database. Chunked under both dialects'
 * parameter limits; returns the new ids in input order when asked.
 */
export async function insertRows(
  em: SqlEntityManager,
  table: string,
  columns: string[],
  rows: SqlValue[][],
  opts: { returningIds?: boolean; onConflictDoNothing?: string[]; returning?: string[] } = {},
): Promise<number[]> {
  const ctx = em.getTransactionContext() as TxContext | undefined;
  if (ctx && rows.length >= COPY_MIN_ROWS && !opts.onConflictDoNothing && !opts.returning && isPostgres(em)) {
    return copyRows(em, ctx, table, columns, rows, !!opts.returningIds);
  }
  const ids: number[] = [];
  const returned: Record<string, unknown>[] = [];
  const pg = isPostgres(em);
  const perChunk = Math.max(1, Math.floor(30000 / columns.length));
  for (let i = 0; i < rows.length; i += perChunk) {
    const chunk = rows.slice(i, i + perChunk);
    const insert = insertSql(pg, table, columns, chunk);
    const { params } = insert;
    let { sql } = insert;
    if (opts.onConflictDoNothing) sql += ` on conflict (${opts.onConflictDoNothing.map((c) => `"${c}"`).join(', ')}) do nothing`;
    if (opts.returning) {
      returned.push(...(await exec<Record<string, unknown>[]>(em, `${sql} returning ${opts.returning.map((c) => `"${c}"`).join(', ')}`, params)));
    } else if (opts.returningIds) {
      const res = await exec<{ id: number | string }[]>(em, `${sql} returning id`, params);
      if (res.length !== chunk.length) throw new Error(`insert into ${table} returned ${res.length} ids for ${chunk.length} rows`);
      for (const r of res) ids.push(Number(r.id));
    } else {
      await exec(em, sql, params, 'run');
    }
  }
  // With `returning`, the rows actually inserted (ON CONFLICT may skip some), as raw objects.
  return opts.returning ? (returned as never) : ids;
}

/**
 * Writes whose results nobody reads before the transaction's next read: kept, then sent in one
 * statement on PostgreSQL (each a data-modifying WITH of the last, all run to completion), one by
 * one on SQLite. Every statement is a round trip costing the server more CPU than building it;
 * the caller flushes before reading what they wrote, and before COMMIT.
 */
export class Writes {
  private parts: { sql: string; params: unknown[]; name?: string }[] = [];
  private large: { table: string; columns: string[]; rows: SqlValue[][] }[] = [];

  constructor(private readonly pg: boolean) {}

  insert(table: string, columns: string[], rows: SqlValue[][]): void {
    if (!rows.length) return;
    // Many rows go as a COPY of their own (insertRows), cheaper than parameters; on SQLite every
    // insert goes alone anyway, chunked under its parameter limit.
    if (!this.pg || rows.length >= COPY_MIN_ROWS) {
      this.large.push({ table, columns, rows });
      return;
    }
    this.parts.push(insertSql(this.pg, table, columns, rows));
  }

  /** An UPDATE or DELETE; `?` placeholders. */
  run(sql: string, params: unknown[]): void {
    this.parts.push({ sql, params });
  }

  /**
   * PostgreSQL: a write with RETURNING whose rows later writes of the same flush read as `name`
   * (a WITH query of the combined statement): ids a caller would otherwise read back first.
   */
  named(name: string, sql: string, params: unknown[]): void {
    if (!this.pg) throw new Error('named writes need PostgreSQL');
    this.parts.push({ sql, params, name });
  }

  /** The statements flush() sends after the large inserts: on PostgreSQL at most one. */
  statements(): { sql: string; params: unknown[] }[] {
    const parts = this.parts;
    if (!this.pg || parts.length < 2) return parts;
    const last = parts.length - 1;
    return [{ sql: `with ${parts.slice(0, last).map((p, i) => `${p.name ?? `w${i}`} as (${p.sql})`).join(', ')} ${parts[last].sql}`, params: parts.flatMap((p) => p.params) }];
  }

  async flush(em: SqlEntityManager): Promise<void> {
    for (const st of await this.take(em)) await exec(em, st.sql, st.params, 'run');
  }

  /**
   * PostgreSQL: flush() with `select` as the combined statement's last part (the main query,
   * after every data-modifying WITH); answers its rows.
   */
  async flushWith<T>(em: SqlEntityManager, select: string, params: unknown[]): Promise<T[]> {
    if (!this.pg) throw new Error('flushWith needs PostgreSQL');
    this.run(select, params);
    const [st] = await this.take(em);
    return exec<T[]>(em, st.sql, st.params);
  }

  /** Sends the large inserts and empties this; answers the statements left to send. */
  private async take(em: SqlEntityManager): Promise<{ sql: string; params: unknown[] }[]> {
    const statements = this.statements(), large = this.large;
    this.parts = [];
    this.large = [];
    for (const l of large) await insertRows(em, l.table, l.columns, l.rows);
    return statements;
  }
}

/** Below this many rows one INSERT (one round trip) beats reserving ids and a COPY (two). */
export const COPY_MIN_ROWS = 20;
const sequences = new Map<string, string>();

/**
 * insertRows on PostgreSQL inside a transaction: COPY, which takes rows ~1.5x cheaper than a
 * multi-row INSERT of thousands of parameters (no parse and plan of a statement that size, no
 * per-parameter framing). New ids, when wanted, are reserved from the table's sequence first and
 * sent with the rows, so they come back in input order like INSERT ... RETURNING's. Constraint
 * errors abort the COPY and arrive converted, like the INSERT's.
 */
async function copyRows(em: SqlEntityManager, ctx: TxContext, table: string, columns: string[], rows: SqlValue[][], returningIds: boolean): Promise<number[]> {
  const conn = await pgConnection(ctx);
  try {
    let ids: number[] = [];
    if (returningIds) {
      let seq = sequences.get(table);
      if (!seq) {
        const r = (await conn.query('select pg_get_serial_sequence($1, $2) as s', [`"${table}"`, 'id'])) as { rows: { s: string | null }[] };
        if (!r.rows[0]?.s) throw new Error(`table ${table} has no id sequence`);
        sequences.set(table, (seq = r.rows[0].s));
      }
      const r = (await conn.query('select nextval($1::regclass) as id from generate_series(1, $2)', [seq, rows.length])) as { rows: { id: string }[] };
      ids = r.rows.map((x) => Number(x.id));
    }
    let text = '';
    for (let i = 0; i < rows.length; i++) {
      let line = returningIds ? `${ids[i]}\t` : '';
      const row = rows[i];
      for (let j = 0; j < row.length; j++) line += (j ? '\t' : '') + copyField(row[j]);
      text += line + '\n';
    }
    const cols = (returningIds ? ['id', ...columns] : columns).map((c) => `"${c}"`).join(', ');
    await pipeline(Readable.from([text]), conn.query(copyFrom(`copy "${table}" (${cols}) from stdin`)));
    return ids;
  } catch (e) {
    throw em.getPlatform().getExceptionConverter().convertException(e as Error);
  }
}

/** One value in COPY's text format: \N for null, backslash, tab, newline and return escaped. */
export function copyField(v: SqlValue | undefined): string {
  if (v === null || v === undefined) return '\\N';
  const s = typeof v === 'string' ? v : (convertValue(true, v) as string | number | boolean).toString();
  return COPY_SPECIAL.test(s) ? s.replace(COPY_ESCAPES, (c) => COPY_ESCAPE[c]) : s;
}
const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_ESCAPES = /[\\\t\n\r]/g;
const COPY_ESCAPE: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

// SQLSTATE classes that mean "the database is not there right now", not "your request is wrong":
// 08 connection exception, 57P01-03 admin/crash shutdown and "cannot connect now" (starting up),
// 53300 too many connections. Plus the socket errors and pool timeouts of node-postgres and knex.
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123]|53300)$/;
const UNAVAILABLE_SOCKET = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|Connection ended unexpectedly|Client has encountered a connection error|connection is closed|Timeout acquiring a connection|the database system is (starting up|shutting down|in recovery)|terminating connection due to administrator command|Client was closed and is not queryable|Unable to acquire a connection/i;

/**
 * Whether an error means the database (or the network to it) is unavailable: the request did not
 * run, or ran in a transaction that was rolled back; a retry later is the right answer.
 */
export function isConnectionError(e: unknown): boolean {
  let x = e as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown; previous?: unknown } | undefined;
  for (let depth = 0; x && typeof x === 'object' && depth < 5; depth++) {
    if (x instanceof ConnectionException) return true;
    if (typeof x.code === 'string' && (UNAVAILABLE_SQLSTATE.test(x.code) || UNAVAILABLE_SOCKET.has(x.code))) return true;
    if (x.name === 'KnexTimeoutError') return true;
    if (typeof x.message === 'string' && UNAVAILABLE_MESSAGE.test(x.message)) return true;
    x = (x.cause ?? x.previous) as typeof x;
  }
  return false;
}

/** A hot standby cancelled the query because replay needed the rows it read (SQLSTATE 40001 there). */
function isRecoveryConflict(e: unknown): boolean {
  return typeof (e as Error)?.message === 'string' && /conflict with recovery/i.test((e as Error).message);
}

/** Whether MikroORM was given streaming read replicas (DATABASE_REPLICA_URLS). */
export function hasReplicas(em: SqlEntityManager): boolean {
  return ((em.config.get('replicas') as unknown[] | undefined) ?? []).length > 0;
}

/** After a replica failed to answer, lag-tolerant reads use the primary for this long (per process). */
const REPLICA_RETRY_MS = 10_000;
let replicasDownUntil = 0;

/** On a readEm(): the EntityManager it came from (the primary), for exec()'s fallback. */
const PRIMARY_EM = Symbol('primaryEm');
const REPLICA_READS = new Set(['find', 'findOne', 'findOneOrFail', 'findAndCount', 'count']);

/** The primary behind a readEm() (or the EntityManager itself): for the writes a read needs first. */
export function primaryEm(em: SqlEntityManager): SqlEntityManager {
  return (em as unknown as Record<symbol, SqlEntityManager | undefined>)[PRIMARY_EM] ?? em;
}

/**
 * An EntityManager for reads that tolerate a little replication lag (consumers' record queries,
 * reports): its `find`/`findOne`/`findAndCount`/`count`, and its `getKnex()`/`getConnection()`
 * (so `exec(readEm(em), ...)` too) go to a streaming replica (MikroORM picks one at random). A
 * replica that cannot be reached falls back to the primary, for the ORM methods and for exec(),
 * and replicas are then left alone for 10 s (no connection attempt on every read); a query the
 * replica cancelled because of a replay conflict is also answered by the primary. It is a fork
 * with its own identity map, so rows read from a replica never mix with the request's own. NEVER
 * for the review flow or anything that must see the caller's own writes, and never for writes (a
 * replica is read-only). Without replicas it is the EntityManager itself.
 */
export function readEm(em: SqlEntityManager): SqlEntityManager {
  if (!hasReplicas(em) || Date.now() < replicasDownUntil) return em;
  const fork = em.fork({ clear: true });
  return new Proxy(fork, {
    get(target, prop) {
      if (prop === PRIMARY_EM) return em;
      if (prop === 'getKnex' || prop === 'getConnection') {
        return (type?: ConnectionType) => (target[prop] as (t: ConnectionType) => unknown)(type ?? 'read');
      }
      if (typeof prop === 'string' && REPLICA_READS.has(prop)) {
        const method = (target as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[prop].bind(target);
        return async (entity: unknown, where: unknown, options: Record<string, unknown> = {}) => {
          try {
            return await method(entity, where, { connectionType: 'read', ...options });
          } catch (e) {
            if (isConnectionError(e)) replicasDownUntil = Date.now() + REPLICA_RETRY_MS;
            else if (!isRecoveryConflict(e)) throw e;
            return method(entity, where, { ...options, connectionType: 'write' });
          }
        };
      }
      const v = Reflect.get(target, prop, target);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

/** Raw SQL for a lag-tolerant read: on a replica when there is one, on the primary if it is down. */
export async function execRead<T = Record<string, unknown>[]>(em: SqlEntityManager, sql: string, params: unknown[] = []): Promise<T> {
  return exec<T>(readEm(em), sql, params);
}
