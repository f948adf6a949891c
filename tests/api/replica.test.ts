import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec, execRead, readEm } from '../../server/src/services/sql.js';
import { CREATE_BATCH, keying, person } from '../helpers/fixtures.js';
import { clusterUnavailableReason, PgCluster, waitForReplay } from '../helpers/pg-cluster.js';
import { startAppOn, type LocalApp } from '../helpers/scale.js';
import { graphql } from '../gql/index.js';

/**
 * A real PostgreSQL streaming replica (pg_basebackup of our own primary, on another local port):
 * the consumers' record queries read it, the review flow never does. Replay is paused on the
 * replica while the review flow runs, so a single read routed to it would come back stale.
 */
const why = clusterUnavailableReason();
if (why) {
  if (process.env.DUALKEY_REQUIRE_PG === '1') throw new Error(`replica test required (DUALKEY_REQUIRE_PG=1) but cannot run: ${why}`);
  console.warn(`\n*** replica test SKIPPED: ${why}\n`);
}

const CLAIM = graphql(`mutation ReplicaClaimNextTask{ claimNextTask { id status claimedBy { username } form { id status } discrepancies { id fieldKey } } }`);
const RESOLVE = graphql(`mutation ReplicaResolveTask($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status form { id status verifiedRecord { id } } } }`);
const READ_BACK = graphql(`query ReplicaCorrectionTask($t:ID!,$f:ID!){ correctionTask(id:$t){ status claimedBy { username } } form(id:$f){ status verifiedRecord { id } } }`);
const RECORDS = graphql(`query ReplicaVerifiedRecords{ verifiedRecords(perPage:200){ total items { id form { formNumber } } } }`);
const SYNC = graphql(`query ReplicaSync($after:String){ verifiedRecords(sortField:sync, sortOrder:ASC, first:50, after:$after){ items { id } endCursor hasNextPage } }`);
const AREA = graphql(`query ReplicaAreaReport{ areaReport(level: ALL){ items { forms } } }`);
const formsInReport = (r: { data?: any; errors?: unknown }) => {
  expect(r.errors).toBeUndefined();
  return (r.data.areaReport.items as { forms: number }[]).reduce((n, x) => n + Number(x.forms), 0);
};

/** A form whose two keyings differ on the phone number: one review task with one discrepancy. */
function disputed(batch: string, no: string) {
  return [keying(batch, no, 1, 'KT1', person()), keying(batch, no, 2, 'KT2', person({ phone: '0987654321' }))];
}

describe.skipIf(!!why)('streaming read replica (PostgreSQL, our own primary + replica)', () => {
  let primary: PgCluster;
  let replica: PgCluster;
  let t: LocalApp;

  beforeAll(async () => {
    primary = await PgCluster.init();
    await primary.start();
    await primary.query('create database dualkey');
    replica = await PgCluster.replicaOf(primary);
    await replica.start();
    t = await startAppOn({ DATABASE_URL: primary.url('dualkey'), DATABASE_REPLICA_URLS: replica.url('dualkey') });
    await t.as('admin')(CREATE_BATCH, { i: { code: 'RP1', provinceCode: '001', district: 'Quận Ba Đình', commune: 'Phường Kim Mã' } });
    await waitForReplay(primary, replica);
  }, 180_000);

  afterAll(async () => {
    await t?.close();
    await replica?.destroy();
    await primary?.destroy();
  });

  it('routes readEm() to the replica and everything else to the primary', async () => {
    const em = t.app.orm.em.fork();
    const where = async (e: typeof em) => (await exec<{ r: boolean; port: number }[]>(e, 'select pg_is_in_recovery() as r, inet_server_port() as port'))[0];
    expect(await where(em)).toEqual({ r: false, port: primary.port });
    expect(await where(readEm(em))).toEqual({ r: true, port: replica.port });
    expect((await execRead<{ r: boolean }[]>(em, 'select pg_is_in_recovery() as r'))[0].r).toBe(true);
    // A transaction never goes to a replica, even through readEm's ORM methods.
    await em.transactional(async (tx) => expect((await exec<{ r: boolean }[]>(tx, 'select pg_is_in_recovery() as r'))[0].r).toBe(false));
    // The replica is really streaming from our primary.
    const [s] = await primary.query<{ state: string }>(`select state from pg_stat_replication`);
    expect(s.state).toBe('streaming');
    // Pool usage of both pools is exported.
    const metrics = await (await fetch(t.url.replace('/graphql', '/metrics'))).text();
    expect(metrics).toMatch(/dualkey_db_pool_connections\{pool="primary",state="used"\} \d+/);
    expect(metrics).toMatch(/dualkey_db_pool_connections\{pool="replica-1",state="pending"\} \d+/);
  });

  it('review flow reads its own writes while the replica lags; consumers read the replica and catch up', async () => {
    const reviewer = t.as('reviewer');
    const consumer = t.as('consumer');
    const before = await consumer(RECORDS);
    expect(before.errors).toBeUndefined();
    const base = before.data.verifiedRecords.total;
    const reportBase = formsInReport(await t.as('manager')(AREA));

    // Replay paused: from now on the replica serves a frozen past.
    await replica.query('select pg_wal_replay_pause()');
    try {
      const forms = 12;
      const sub = await t.submit(Array.from({ length: forms }, (_, i) => disputed('RP1', `P${i}`)).flat());
      expect(sub.data.submitKeyings.every((o: { status: string }) => o.status === 'ACCEPTED')).toBe(true);
      for (let i = 0; i < forms; i++) {
        const c = await reviewer(CLAIM);
        expect(c.errors).toBeUndefined();
        const task = c.data.claimNextTask;
        expect(task).toMatchObject({ status: 'CLAIMED', claimedBy: { username: 'reviewer' }, form: { status: 'IN_REVIEW' } });
        // Reading back what was just written: the claim.
        const mid = await reviewer(READ_BACK, { t: task.id, f: task.form.id });
        expect(mid.data).toEqual({ correctionTask: { status: 'CLAIMED', claimedBy: { username: 'reviewer' } }, form: { status: 'IN_REVIEW', verifiedRecord: null } });
        const r = await reviewer(RESOLVE, { id: task.id, r: task.discrepancies.map((d: { id: string }) => ({ discrepancyId: d.id, choice: 'FIRST' as const })) });
        expect(r.errors).toBeUndefined();
        expect(r.data.resolveTask).toMatchObject({ status: 'RESOLVED', form: { status: 'VERIFIED' } });
        // ...and the resolution, at once.
        const after = await reviewer(READ_BACK, { t: task.id, f: task.form.id });
        expect(after.data).toEqual({ correctionTask: { status: 'RESOLVED', claimedBy: null }, form: { status: 'VERIFIED', verifiedRecord: { id: r.data.resolveTask.form.verifiedRecord.id } } });
      }
      // Reviewers' record lists are on the primary: every new record is there.
      const mine = await reviewer(RECORDS);
      expect(mine.data.verifiedRecords.total).toBe(base + forms);
      // The consumer's list comes from the paused replica: none of them yet. Proof that it read the replica.
      const stale = await consumer(RECORDS);
      expect(stale.errors).toBeUndefined();
      expect(stale.data.verifiedRecords.total).toBe(base);
      // Reports, too, come from the replica.
      expect(formsInReport(await t.as('manager')(AREA))).toBe(reportBase);
      const [{ paused }] = await replica.query<{ paused: boolean }>('select pg_is_wal_replay_paused() as paused');
      expect(paused).toBe(true);
    } finally {
      await replica.query('select pg_wal_replay_resume()');
    }
    await waitForReplay(primary, replica);
    const fresh = await consumer(RECORDS);
    expect(fresh.data.verifiedRecords.total).toBe(base + 12);
    expect(formsInReport(await t.as('manager')(AREA))).toBe(reportBase + 12);
  });

  it('the review flow sees its own writes on every step with the replica streaming normally', async () => {
    const reviewer = t.as('reviewer2');
    const sub = await t.submit(Array.from({ length: 20 }, (_, i) => disputed('RP1', `S${i}`)).flat());
    expect(sub.data.submitKeyings.every((o: { status: string }) => o.status === 'ACCEPTED')).toBe(true);
    for (let i = 0; i < 20; i++) {
      const task = (await reviewer(CLAIM)).data.claimNextTask;
      const r = await reviewer(RESOLVE, { id: task.id, r: task.discrepancies.map((d: { id: string }) => ({ discrepancyId: d.id, choice: 'SECOND' as const })) });
      expect(r.errors).toBeUndefined();
      const after = await reviewer(READ_BACK, { t: task.id, f: task.form.id });
      expect(after.data.correctionTask.status).toBe('RESOLVED');
      expect(after.data.form.status).toBe('VERIFIED');
    }
  });

  it('consumers sync by cursor from the replica: nothing new while replay is paused, everything once after', async () => {
    const consumer = t.as('consumer');
    const readFrom = async (after: string | null) => {
      const ids: string[] = [];
      for (;;) {
        const r = await consumer(SYNC, { after });
        expect(r.errors).toBeUndefined();
        const p: { items: { id: string }[]; endCursor: string | null; hasNextPage: boolean } = r.data.verifiedRecords;
        ids.push(...p.items.map((x) => x.id));
        after = p.endCursor ?? after;
        if (!p.hasNextPage) return { ids, cursor: after };
      }
    };
    await waitForReplay(primary, replica);
    const start = await readFrom(null);
    await replica.query('select pg_wal_replay_pause()');
    try {
      const same = person();
      const sub = await t.submit(Array.from({ length: 5 }, (_, i) => [keying('RP1', `Y${i}`, 1, 'KT1', same), keying('RP1', `Y${i}`, 2, 'KT2', same)]).flat());
      expect(sub.data.submitKeyings.every((o: { formStatus: string }) => o.formStatus === 'AUTO_VERIFIED')).toBe(true);
      // The replica has not replayed them: the cursor stays where it was.
      expect(await readFrom(start.cursor)).toEqual({ ids: [], cursor: start.cursor });
    } finally {
      await replica.query('select pg_wal_replay_resume()');
    }
    await waitForReplay(primary, replica);
    let fresh = await readFrom(start.cursor);
    // A transaction still open elsewhere on the server holds the watermark back a moment.
    for (let i = 0; i < 100 && fresh.ids.length < 5; i++) {
      await new Promise((r) => setTimeout(r, 200));
      const more = await readFrom(fresh.cursor);
      fresh = { ids: [...fresh.ids, ...more.ids], cursor: more.cursor };
    }
    expect(fresh.ids).toHaveLength(5);
    expect(new Set([...start.ids, ...fresh.ids]).size).toBe(start.ids.length + 5);
  });

  it('consumers fall back to the primary when the replica is down', async () => {
    await waitForReplay(primary, replica);
    const expected = (await t.as('reviewer')(RECORDS)).data.verifiedRecords.total;
    await replica.stop('immediate');
    const r = await t.as('consumer')(RECORDS);
    expect(r.errors).toBeUndefined();
    expect(r.status).toBe(200);
    expect(r.data.verifiedRecords.total).toBe(expected);
    // Raw SQL on readEm() falls back too.
    const [{ r: inRecovery }] = await exec<{ r: boolean }[]>(readEm(t.app.orm.em.fork()), 'select pg_is_in_recovery() as r');
    expect(inRecovery).toBe(false);
    const ready = await fetch(t.url.replace('/graphql', '/readyz'));
    expect(ready.status).toBe(200);
  });
});
