import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { CREATE_BATCH } from '../helpers/fixtures.js';
import { QueueVacuum } from '../../server/src/services/maintenance.js';
import { exec } from '../../server/src/services/sql.js';
import { CorrectionTask } from '../../server/src/db/entities/index.js';
import { graphql } from '../gql/index.js';

describe.skipIf(!inject('pgAvailable'))('queue tables on PostgreSQL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('postgresql');
  });
  afterAll(async () => t?.close());

  it('serve the audit sealer and lease expiry from partial indexes', async () => {
    // The test tables are tiny, where a sequential scan wins: forbid it to see which index serves the query.
    const plan = (sql: string) =>
      t.app.orm.em.fork().transactional(async (tx) => {
        await exec(tx, 'set local enable_seqscan = off', [], 'run');
        return (await exec<{ 'QUERY PLAN': string }[]>(tx, `explain ${sql}`)).map((r) => r['QUERY PLAN']).join('\n');
      });
    expect(await plan('select id from audit_event where seq is null order by id limit 500')).toContain('audit_event_unsealed_index');
    expect(await plan(`update correction_task set status = 'OPEN' where status = 'CLAIMED' and lease_until < now()`)).toContain('correction_task_lease_index');
  });

  it('are vacuumed by the server when autovacuum is off, and left to autovacuum otherwise', async () => {
    for (let i = 0; i < 5; i++) await t.as('admin')(CREATE_BATCH, { i: { code: `VAC${i}`, provinceCode: '001', district: 'D', commune: 'C' } });
    const em = t.app.orm.em.fork();
    const [{ autovacuum }] = await exec<{ autovacuum: string }[]>(em, 'show autovacuum');
    const warnings: string[] = [];
    const vacuum = new QueueVacuum(t.app.orm.em, (m) => warnings.push(m));
    expect(await vacuum.run()).toBe(autovacuum !== 'on');
    if (autovacuum === 'on') return expect(warnings).toEqual([]);
    expect(warnings).toEqual([expect.stringContaining('autovacuum is off on this PostgreSQL')]);
    // The tables that change all day are vacuumed, every table is analyzed (planner statistics).
    // Statistics reach the view within a second or so.
    const stats = () =>
      exec<{ relname: string; vacuumed: boolean; analyzed: boolean; vacuums: string; analyzes: string }[]>(
        em,
        `select relname, last_vacuum is not null as vacuumed, last_analyze is not null as analyzed, vacuum_count::text as vacuums, analyze_count::text as analyzes from pg_stat_user_tables order by relname`,
      );
    let rows = await stats();
    for (let i = 0; i < 50 && rows.filter((r) => r.vacuumed).length < 4; i++) {
      await new Promise((r) => setTimeout(r, 100));
      rows = await stats();
    }
    // Verified records too: counting a page's total reads the index alone only on vacuumed pages.
    expect(rows.filter((r) => r.vacuumed).map((r) => r.relname).sort()).toEqual(['audit_event', 'correction_task', 'form', 'verified_record']);
    for (const table of ['keying', 'verified_record', 'discrepancy', 'agg_keyer_day']) expect(rows.find((r) => r.relname === table)?.analyzed, table).toBe(true);
    // Another instance's run a moment later (each instance runs every minute) finds the work done:
    // nothing is vacuumed or analyzed twice. Asked once: no second warning from the first one.
    const counts = rows.map((r) => `${r.relname} ${r.vacuums} ${r.analyzes}`);
    const other = new QueueVacuum(t.app.orm.em, () => {});
    expect(await other.run()).toBe(true);
    expect(await vacuum.run()).toBe(true);
    expect(warnings).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 1500));
    expect((await stats()).map((r) => `${r.relname} ${r.vacuums} ${r.analyzes}`)).toEqual(counts);
    // Changes past autovacuum's analyze threshold (50 rows + 10%): that table, and only it, is analyzed again.
    const writer = new pg.Client({ connectionString: t.dbUrl });
    await writer.connect();
    for (let i = 0; i < 12; i++) await writer.query(`update batch set district = district where code like 'VAC%'`);
    // A backend reports its counters when idle, at most once a second: ask for it now.
    await writer.query('select pg_stat_force_next_flush()');
    await writer.query('select 1');
    await writer.end();
    expect(await vacuum.run()).toBe(true);
    const after = await stats();
    const again = after.filter((r) => r.analyzes !== rows.find((x) => x.relname === r.relname)?.analyzes).map((r) => r.relname);
    expect(again).toEqual(['batch']);
  });

  it('is run by one instance at a time, and leaves no lock or setting behind', async () => {
    // A database of its own: the test above has just vacuumed this one.
    const other = await startTestApp('postgresql', {}, { users: false });
    try {
      const em = other.app.orm.em.fork();
      const [{ autovacuum }] = await exec<{ autovacuum: string }[]>(em, 'show autovacuum');
      if (autovacuum === 'on') return;
      const vacuums = async () => (await exec<{ n: string }[]>(em, `select coalesce(sum(vacuum_count), 0)::text as n from pg_stat_user_tables`))[0].n;
      // Another instance is in the middle of a run (it holds the maintenance lock): this one does nothing.
      const running = new pg.Client({ connectionString: other.dbUrl });
      await running.connect();
      await running.query('begin');
      await running.query(`select pg_advisory_xact_lock(${0x76616375})`);
      await new QueueVacuum(other.app.orm.em, () => {}).run();
      await new Promise((r) => setTimeout(r, 1000));
      expect(await vacuums()).toBe('0');
      await running.end();
      // Two instances' minute comes at the same moment: one runs.
      await Promise.all([new QueueVacuum(other.app.orm.em, () => {}).run(), new QueueVacuum(other.app.orm.em, () => {}).run()]);
      let n = await vacuums();
      for (let i = 0; i < 30 && n === '0'; i++) {
        await new Promise((r) => setTimeout(r, 100));
        n = await vacuums();
      }
      expect(n).toBe('4');
      expect(await exec(em, `select 1 from pg_locks where locktype = 'advisory'`)).toEqual([]);
      // No pooled connection was slowed down: the run had a connection of its own.
      const delays = await Promise.all(Array.from({ length: 4 }, () => exec<{ vacuum_cost_delay: string }[]>(other.app.orm.em.fork(), 'show vacuum_cost_delay')));
      expect(delays.map((d) => d[0].vacuum_cost_delay)).toEqual(Array(4).fill('0'));
    } finally {
      await other.close();
    }
  });
});

// Its own database: the 10,000 rows would make the maintenance tests' tables pass their thresholds.
describe.skipIf(!inject('pgAvailable'))('the task list on PostgreSQL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('postgresql');
  });
  afterAll(async () => t?.close());

  it("serve the task list's newest page of a status from that status's rows, however many tasks are done", async () => {
    // 2,000 open tasks, then 8,000 newer resolved ones: walking the primary key backwards (what
    // the planner chose without an index on (status, id)) reads every resolved task first.
    const batchId = (await t.as('admin')(CREATE_BATCH, { i: { code: 'PLAN-TASKS', provinceCode: '001', district: 'D', commune: 'C' } })).data.createBatch.id;
    const em = t.app.orm.em.fork();
    await exec(em, `insert into form (batch_id, form_number, status, created_at, updated_at) select ?, 'P' || g, 'IN_REVIEW', now(), now() from generate_series(1, 10000) g`, [Number(batchId)], 'run');
    await exec(
      em,
      `insert into correction_task (form_id, batch_id, kind, status, keyer1, keyer2, discrepancy_count, created_at)
         select f.id, f.batch_id, 'REVIEW', case when row_number() over (order by f.id) <= 2000 then 'OPEN' else 'RESOLVED' end, 'K1', 'K2', 1, now()
         from form f where f.batch_id = ? order by f.id`,
      [Number(batchId)],
      'run',
    );
    await exec(em, 'analyze correction_task', [], 'run');
    const qb = em.createQueryBuilder(CorrectionTask, 'e').select('e.*').where({ status: 'OPEN' }).orderBy({ id: 'desc' }).limit(25);
    const [row] = await exec<{ 'QUERY PLAN': [{ Plan: { 'Shared Hit Blocks': number; 'Shared Read Blocks': number } }] }[]>(em, `explain (analyze, buffers, format json) ${qb.getQuery()}`, qb.getParams() as unknown[]);
    const plan = row['QUERY PLAN'][0].Plan;
    // A page of 25 rows: a few index pages and the heap pages those rows sit on, not ~80 pages of resolved tasks.
    expect(plan['Shared Hit Blocks'] + plan['Shared Read Blocks']).toBeLessThan(30);
  });

  it('counts a filtered list exactly up to 10,000 rows, and above that gives the planner\'s estimate, marked, never below 10,001', async () => {
    // After the test above: 2,000 open tasks and 8,000 resolved; 3,000 more resolved here.
    const em = t.app.orm.em.fork();
    const [{ id: batchId }] = await exec<{ id: number }[]>(em, "select id from batch where code = 'PLAN-TASKS'");
    await exec(em, `insert into form (batch_id, form_number, status, created_at, updated_at) select ?, 'Q' || g, 'VERIFIED', now(), now() from generate_series(1, 3000) g`, [batchId], 'run');
    await exec(em, `insert into correction_task (form_id, batch_id, kind, status, keyer1, keyer2, discrepancy_count, created_at) select f.id, f.batch_id, 'REVIEW', 'RESOLVED', 'K1', 'K2', 1, now() from form f where f.form_number like 'Q%'`, [], 'run');
    await exec(em, 'analyze correction_task', [], 'run');
    const TOTAL = graphql(`query PlanTaskTotal($f: CorrectionTaskFilter) { correctionTasks(filter: $f, perPage: 5) { total totalIsEstimate hasNextPage } }`);
    const open = (await t.as('admin')(TOTAL, { f: { status: 'OPEN' } })).data.correctionTasks;
    expect(open).toEqual({ total: 2000, totalIsEstimate: false, hasNextPage: true });
    const resolved = (await t.as('admin')(TOTAL, { f: { status: 'RESOLVED' } })).data.correctionTasks;
    expect(resolved.totalIsEstimate).toBe(true);
    expect(resolved.total).toBeGreaterThanOrEqual(10_001);
    // The planner's estimate from the fresh statistics: near the 11,000 there are.
    expect(Math.abs(resolved.total - 11_000)).toBeLessThan(1_500);
  });
});
