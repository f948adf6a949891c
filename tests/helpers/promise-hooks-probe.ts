/**
 * Run as a process of its own (tests/api/sync-context.test.ts): does the ORM's own work switch on
 * Node's promise hooks? Prints one JSON line. With `orm-first`, MikroORM is loaded before
 * db/sync-context.ts, as an entry point that forgot it would: the control that shows the probe
 * can tell.
 */
import { executionAsyncId } from 'node:async_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** With promise hooks off, a continuation after an await runs outside any async resource (id 0). */
async function hooksOn(): Promise<boolean> {
  await null;
  return executionAsyncId() !== 0;
}

const ormFirst = process.argv[2] === 'orm-first';
if (ormFirst) await import('@mikro-orm/core');
const { assertSyncContext } = await import('../../server/src/db/sync-context.js');
const core = await import('@mikro-orm/core');
const before = await hooksOn();
let syncContext = true;
try {
  assertSyncContext();
} catch {
  syncContext = false;
}
const dir = mkdtempSync(join(tmpdir(), 'dualkey-probe-'));
try {
  if (ormFirst) {
    // openOrm refuses this order; MikroORM's own transaction context shows what it would cost.
    await core.TransactionContext.create({ name: 'default' } as never, async () => undefined);
  } else {
    const { openOrm, migrate } = await import('../../server/src/db/orm.js');
    const { Team } = await import('../../server/src/db/entities/index.js');
    const { sqlTransaction, exec } = await import('../../server/src/services/sql.js');
    const orm = await openOrm({ dialect: 'sqlite', path: join(dir, 'probe.db') } as never);
    await migrate(orm);
    await orm.em.fork().transactional(async (tx) => {
      tx.persist(Object.assign(new Team(), { code: 'probe', name: 'Probe' }));
      await tx.flush();
    });
    await sqlTransaction(orm.em.fork(), (tx) => exec(tx, 'select 1', [], 'all'));
    await orm.close(true);
  }
  console.log(JSON.stringify({ before, syncContext, after: await hooksOn() }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
