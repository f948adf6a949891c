import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { FOLD_LOCK } from '../../server/src/services/aggregate-fold.js';
import { foldPending, readAggregates, recompute } from '../../server/src/services/aggregates.js';
import type { Actor } from '../../server/src/services/context.js';
import type { KeyingSubmission } from '../../server/src/services/ingest.service.js';
import { exec } from '../../server/src/services/sql.js';
import { iterateCampaign } from '../../server/src/sim/campaign.js';
import { CREATE_BATCH } from '../helpers/fixtures.js';
import { dbKinds, startTestApp, type TestApp } from '../helpers/test-app.js';
import { graphql } from '../gql/index.js';

/**
 * Report aggregates reach their tables through agg_pending: every transaction appends one row,
 * folds merge and delete them. Whatever runs at the same time, each row must count exactly once,
 * and a report must count what was committed before it.
 */
describe.each(dbKinds())('aggregate folding on %s', (kind) => {
  let t: TestApp;
  let station: Actor;
  let station2: Actor;
  const batches = [...iterateCampaign(11, { forms: 160, batchSize: 20, provinces: 2, clerks: 12 })];

  beforeAll(async () => {
    t = await startTestApp(kind);
    for (const b of batches) {
      const r = await t.as('admin')(CREATE_BATCH, { i: { code: b.code, provinceCode: b.provinceCode, district: b.district, commune: b.commune } });
      expect(r.errors).toBeUndefined();
    }
    station = await t.actorOf('station');
    station2 = await t.actorOf('station2');
    await t.registerClerks([...batches.flatMap((b) => b.forms.flatMap((f) => [f.pass1.keyerCode, f.pass2.keyerCode])), 'LATE1']);
  });
  afterAll(async () => t?.close());

  const pending = async () => Number((await exec<{ n: number | string }[]>(t.app.orm.em.fork(), 'select count(*) as n from agg_pending'))[0].n);

  it('counts every transaction once while folds run concurrently with the writes', async () => {
    const keyings: KeyingSubmission[] = batches.flatMap((b) =>
      b.forms.flatMap((f) =>
        [f.pass1, f.pass2].map((p, i) => ({
          idempotencyKey: `${b.code}/${f.formNumber}/${i + 1}`,
          batchCode: b.code,
          formNumber: f.formNumber,
          pass: i + 1,
          keyerCode: p.keyerCode,
          stationCode: 'ST',
          startedAt: p.startedAt,
          submittedAt: p.submittedAt,
          values: p.values,
        })),
      ),
    );
    // Both passes of a form land in different calls; eight calls in flight.
    const calls: KeyingSubmission[][] = [];
    const byPass = [keyings.filter((k) => k.pass === 1), keyings.filter((k) => k.pass === 2)];
    for (const list of byPass) for (let i = 0; i < list.length; i += 10) calls.push(list.slice(i, i + 10));
    let writing = true;
    let folds = 0;
    const folder = async (wait: boolean) => {
      while (writing) {
        // Not `folds += await …`: that reads `folds` before the await and would write back a stale sum.
        const n = await foldPending(t.app.orm.em.fork(), { wait });
        folds += n;
        await new Promise((r) => setTimeout(r, 3));
      }
    };
    const running = [folder(false), folder(false), folder(true)];
    for (let i = 0; i < calls.length; i += 8) {
      // Each round's folds also meet the rows of the rounds before, whatever the timing.
      const [outcomes] = await Promise.all([
        // Each call holds one pass: pass 1 through the first station, pass 2 through the second.
        Promise.all(calls.slice(i, i + 8).map((c) => t.app.services.ingest.submit({ em: t.app.orm.em.fork(), actor: c[0].pass === 1 ? station : station2 }, c))),
        foldPending(t.app.orm.em.fork(), { wait: false }).then((n) => (folds += n)),
        foldPending(t.app.orm.em.fork()).then((n) => (folds += n)),
      ]);
      for (const o of outcomes.flat()) expect(o.status).toBe('ACCEPTED');
    }
    writing = false;
    await Promise.all(running);
    // Folds ran between and during the writes; the last rows are folded by the read.
    expect(folds).toBeGreaterThan(0);
    const em = t.app.orm.em.fork();
    const stored = await readAggregates(em);
    expect(await pending()).toBe(0);
    expect(stored).toEqual(await recompute(em));
    const keyerRows = stored.keyer.filter((r) => Number(r.key[2]) > 0);
    expect(keyerRows.reduce((n, r) => n + (r.counters.keyings ?? 0), 0)).toBe(keyings.length);
  });

  it('a report counts a transaction committed just before it, before any background fold', async () => {
    const before = await t.as('manager')(graphql(`query AggregateFoldAreaReport { areaReport(level: ALL){ items { forms } } }`));
    expect(before.errors).toBeUndefined();
    const b = batches[0];
    const k = (pass: number, keyerCode: string): KeyingSubmission => ({
      idempotencyKey: `late/${pass}`,
      batchCode: b.code,
      formNumber: 'late-1',
      pass,
      keyerCode,
      stationCode: 'ST',
      startedAt: new Date(Date.now() - 120_000),
      submittedAt: new Date(Date.now() - 60_000),
      values: b.forms[0].pass1.values,
    });
    await t.app.services.ingest.submit({ em: t.app.orm.em.fork(), actor: station }, [k(1, 'LATE1')]);
    // Committed and still queued (the background fold runs once a second).
    expect(await pending()).toBeGreaterThan(0);
    const after = await t.as('manager')(graphql(`query AggregateFoldAreaReport { areaReport(level: ALL){ items { forms } } }`));
    expect(after.errors).toBeUndefined();
    expect(after.data.areaReport.items[0].forms).toBe(before.data.areaReport.items[0].forms + 1);
  });

  it.runIf(kind === 'postgresql')('a background fold leaves the work to a fold under way elsewhere; a waiting one folds once it ends; no transaction is left open', async () => {
    // Another instance's fold holds the lock (from before the write: the background fold cannot take it).
    const other = new pg.Client({ connectionString: t.dbUrl });
    await other.connect();
    try {
      await other.query('begin');
      await other.query(`select pg_advisory_xact_lock(${FOLD_LOCK})`);
      const b = batches[1];
      await t.app.services.ingest.submit({ em: t.app.orm.em.fork(), actor: station }, [
        { idempotencyKey: 'held/1', batchCode: b.code, formNumber: 'held-1', pass: 1, keyerCode: 'LATE1', stationCode: 'ST', startedAt: new Date(Date.now() - 120_000), submittedAt: new Date(Date.now() - 60_000), values: b.forms[0].pass1.values },
      ]);
      const queued = await pending();
      expect(queued).toBeGreaterThan(0);
      expect(await foldPending(t.app.orm.em.fork(), { wait: false })).toBe(0);
      expect(await pending()).toBe(queued);
      const waiting = foldPending(t.app.orm.em.fork());
      await new Promise((r) => setTimeout(r, 200));
      expect(await pending()).toBe(queued);
      await other.query('commit');
      expect(await waiting).toBe(queued);
      expect(await pending()).toBe(0);
    } finally {
      await other.end();
    }
    const open = await exec<{ n: number | string }[]>(t.app.orm.em.fork(), `select count(*) as n from pg_stat_activity where datname = current_database() and state like 'idle in transaction%'`);
    expect(Number(open[0].n)).toBe(0);
  });
});
