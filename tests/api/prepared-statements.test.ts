import type { SqlEntityManager } from '@mikro-orm/knex';
import { afterEach, describe, expect, it } from 'vitest';
import { FormTemplate } from '../../server/src/db/entities/index.js';
import { exec } from '../../server/src/services/sql.js';
import { dbKinds, startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * On PostgreSQL, parameterized statements go out named, so each connection parses and plans them
 * once (MikroORM inlines its parameters into the text, so only raw SQL with parameters qualifies); DATABASE_PREPARED_STATEMENTS=0 (pgbouncer 1.18 in
 * transaction mode) sends them unnamed. pg_prepared_statements lists what this session keeps.
 */
describe.each(dbKinds().filter((k) => k === 'postgresql'))('prepared statements on %s', (kind) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  const kept = async (em: SqlEntityManager) =>
    (await exec<{ statement: string }[]>(em, `select statement from pg_prepared_statements where name like 'dk\\_%' and statement not like '%pg_prepared_statements%'`)).map((r) => r.statement);

  it('names parameterized statements once, reuses them, and answers the same', async () => {
    t = await startTestApp(kind, { DATABASE_POOL_MAX: '1' }, { users: false });
    const em = () => t!.app.orm.em.fork() as SqlEntityManager;
    for (let i = 0; i < 3; i++) {
      const [row] = await exec<{ code: string }[]>(em(), 'select code from form_template where code = ?', ['dc01']);
      expect(row.code).toBe('dc01');
      expect((await em().findOneOrFail(FormTemplate, { code: 'dc01' })).code).toBe('dc01');
    }
    const statements = await kept(em());
    expect(statements.filter((s) => s === 'select code from form_template where code = $1')).toHaveLength(1);
    // Inside a transaction too, and a failed statement leaves the connection usable.
    await expect(em().transactional((tx) => exec(tx, 'select code::int from form_template where code = ?', ['dc01']))).rejects.toThrow();
    expect(await em().transactional((tx) => exec<{ n: string | number }[]>(tx, 'select count(*) as n from form_template where code = ?', ['dc01']))).toEqual([{ n: '1' }]);
  });

  it('sends them unnamed with DATABASE_PREPARED_STATEMENTS=0', async () => {
    t = await startTestApp(kind, { DATABASE_POOL_MAX: '1', DATABASE_PREPARED_STATEMENTS: '0' }, { users: false });
    const em = () => t!.app.orm.em.fork() as SqlEntityManager;
    await exec(em(), 'select code from form_template where code = ?', ['dc01']);
    await em().findOneOrFail(FormTemplate, { code: 'dc01' });
    expect(await kept(em())).toEqual([]);
  });
});
