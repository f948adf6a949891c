import { existsSync } from 'node:fs';
import type { Config } from '../config.js';
import type { Orm } from '../db/orm.js';
import { CliError } from './args.js';

/** Exit 2: the command works on an existing database and there is none where config points. */
export class NoDatabaseError extends CliError {}

/** Where the database is, for messages: the file, or the URL without its password. */
export function describeDb(db: Config['db']): string {
  if (db.dialect === 'sqlite') return db.path;
  try {
    const u = new URL(db.url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'DATABASE_URL';
  }
}

/**
 * Opens a database that must already exist and have been migrated, creating nothing: no SQLite
 * file or its folder, no PostgreSQL database (MikroORM would otherwise create both on connect).
 * Otherwise throws NoDatabaseError "no database at …".
 */
export async function openExistingDb(db: Config['db']): Promise<Orm> {
  const none = () => new NoDatabaseError(`no database at ${describeDb(db)}`);
  if (db.dialect === 'sqlite' && (db.path === ':memory:' || !existsSync(db.path))) throw none();
  const { openOrm } = await import('../db/orm.js');
  const orm = await openOrm(db, { ensureDatabase: false });
  try {
    // Every migrated database has the migrator's table; an empty file or database does not.
    await orm.em.getConnection().execute('select count(*) as n from mikro_orm_migrations');
    return orm;
  } catch (e) {
    await orm.close(true);
    // 3D000: the PostgreSQL database does not exist; 42P01 / "no such table": not ours (yet).
    const code = (e as { code?: string }).code;
    if (code === '3D000' || code === '42P01' || /no such table|does not exist/.test(String((e as Error).message))) throw none();
    throw e;
  }
}
