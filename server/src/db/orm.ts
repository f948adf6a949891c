import { MikroORM as SqliteORM } from '@mikro-orm/better-sqlite';
import { MikroORM as PgORM } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { MikroORM, Options } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { fileURLToPath } from 'node:url';
import { chmodSync, closeSync, existsSync, openSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Config } from '../config.js';
import { ENTITIES } from './entities/index.js';
import { nameStatements } from './pg-statements.js';
import { assertSyncContext } from './sync-context.js';
import { sqliteMigrations } from './migrations/sqlite/index.js';
import { postgresqlMigrations } from './migrations/postgresql/index.js';

export type Dialect = Config['db']['dialect'];
export type Orm = MikroORM & { em: SqlEntityManager };

const here = dirname(fileURLToPath(import.meta.url));

export function migrationsPath(dialect: Dialect): string {
  return join(here, 'migrations', dialect);
}

export function ormOptions(db: Config['db'], extra: Partial<Options> = {}): Options {
  const common: Options = {
    entities: ENTITIES,
    extensions: [Migrator],
    discovery: { disableDynamicFileAccess: true },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: false,
    migrations: {
      path: migrationsPath(db.dialect),
      emit: 'ts',
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      silent: true,
      migrationsList: db.dialect === 'sqlite' ? sqliteMigrations : postgresqlMigrations,
    },
  };
  if (db.dialect === 'sqlite') {
    return { ...common, dbName: db.path, ...extra };
  }
  // Replicas: nothing goes to one unless a query asks for it (`connectionType: 'read'`, readEm()):
  // the review flow must read its own writes, which only the primary guarantees.
  // A replica that does not answer fails fast, and readEm() falls back to the primary.
  const replicas = (db.replicaUrls ?? []).map((clientUrl, i) => ({
    name: `replica-${i + 1}`,
    clientUrl,
    driverOptions: { connection: { connectionTimeoutMillis: 3000 }, acquireConnectionTimeout: 5000 },
  }));
  const pool = {
    min: 1,
    max: db.poolMax ?? 10,
    ...(db.preparedStatements === false ? {} : { afterCreate: (conn: Parameters<typeof nameStatements>[0], done: (e: Error | null, c: unknown) => void) => (nameStatements(conn), done(null, conn)) }),
  };
  return { ...common, clientUrl: db.url, pool, replicas, preferReadReplicas: false, ...extra };
}

/**
 * The database file holds personal data (sealed, but also names of keyers, audit trails): owner-only,
 * like the key ring. Created 0600 before SQLite opens it, and SQLite gives its -wal and -shm files
 * the database file's mode; files from older versions are tightened on open.
 */
function ownerOnlySqlite(path: string): void {
  if (path === ':memory:' || path.startsWith('file:')) return;
  if (!existsSync(path)) closeSync(openSync(path, 'a', 0o600));
  for (const f of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) if (existsSync(f)) chmodSync(f, 0o600);
}

export async function openOrm(db: Config['db'], extra: Partial<Options> = {}): Promise<Orm> {
  assertSyncContext();
  const opts = ormOptions(db, extra);
  if (db.dialect === 'sqlite') ownerOnlySqlite(db.path);
  const orm = (db.dialect === 'sqlite' ? await SqliteORM.init(opts as never) : await PgORM.init(opts as never)) as unknown as Orm;
  if (db.dialect === 'sqlite') {
    const conn = orm.em.getConnection();
    // WAL lets readers run beside the single writer; NORMAL sync is durable across app crashes.
    await conn.execute('pragma journal_mode = wal');
    await conn.execute('pragma synchronous = normal');
    await conn.execute('pragma foreign_keys = on');
    await conn.execute('pragma busy_timeout = 5000');
  }
  return orm;
}

export async function migrate(orm: Orm): Promise<string[]> {
  const done = await orm.getMigrator().up();
  return done.map((m) => m.name);
}
