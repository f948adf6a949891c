import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { FOLD_LOCK, foldPending, readAggregates, recompute } from '../../server/src/services/aggregates.js';
import { AREA_LEVELS } from '../../server/src/services/report-rows.js';
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
        folds += await foldPending(t.app.orm.em.fork(), { wait });
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

  it('reads the queued deltas beside the tables: every report is the same before and after they are folded', async () => {
    // On PostgreSQL the fold lock is held meanwhile, so the background fold (a try-lock) leaves the queue alone.
    let holder: pg.Client | null = null;
    if (kind === 'postgresql') {
      holder = new pg.Client({ connectionString: t.dbUrl });
      await holder.connect();
      await holder.query('select pg_advisory_lock($1)', [FOLD_LOCK]);
    }
    const reports = async () => {
      const em = t.app.orm.em.fork();
      const r = t.app.services.reports;
      const out: Record<string, unknown> = {};
      for (const [name, f] of [['all', null], ['province', { provinceCode: batches[1].provinceCode }], ['batch', { batchId: Number((await exec<{ id: number }[]>(em, 'select id from batch where code = ?', [batches[1].code]))[0].id) }]] as const) {
        for (const byDay of [false, true]) {
          out[`${name} keyers ${byDay}`] = await r.keyers(em, f, byDay);
          out[`${name} fields ${byDay}`] = await r.fields(em, f, byDay);
          out[`${name} reviewers ${byDay}`] = await r.reviewers(em, f, byDay);
          out[`${name} agreement ${byDay}`] = await r.agreement(em, f, byDay);
          // Less the age of the oldest open task, which the clock changes between the two reads.
          for (const level of AREA_LEVELS) out[`${name} areas ${level} ${byDay}`] = (await r.areas(em, f, level, byDay)).map(({ oldestOpenTaskAgeSeconds: _, ...row }) => row);
        }
      }
      return out;
    };
    try {
      const b = batches[1];
      // A batch of its own: the review task claimed below is one of these forms'.
      const created = await t.as('admin')(CREATE_BATCH, { i: { code: 'QUEUED', provinceCode: b.provinceCode, district: b.district, commune: b.commune } });
      expect(created.errors).toBeUndefined();
      const keyings = b.forms.slice(0, 4).flatMap((f, n) =>
        [f.pass1, f.pass2].map((p, i) => ({
          idempotencyKey: `queued/${f.formNumber}/${i + 1}`,
          batchCode: 'QUEUED',
          formNumber: `queued-${f.formNumber}`,
          pass: i + 1,
          keyerCode: p.keyerCode,
          stationCode: 'ST',
          startedAt: p.startedAt,
          submittedAt: p.submittedAt,
          // Two forms whose keyings disagree on a field: review tasks, discrepancies, errors.
          values: i === 1 && n % 2 === 0 ? { ...f.pass1.values, phone: '0987654321' } : f.pass1.values,
        })),
      );
      for (const pass of [1, 2]) {
        const out = await t.app.services.ingest.submit({ em: t.app.orm.em.fork(), actor: pass === 1 ? station : station2 }, keyings.filter((k) => k.pass === pass));
        for (const o of out) expect(o.status).toBe('ACCEPTED');
      }
      // A resolution: reviewer rows, and the errors charged to a clerk.
      const c = await t.as('reviewer')(graphql(`mutation AgreedErrorsClaimNextTask($b:ID){ claimNextTask(batchId:$b){ id form { id } discrepancies { id fieldKey kind value1 value2 note suggestions } } }`), { b: created.data.createBatch.id });
      expect(c.errors).toBeUndefined();
      const task = c.data.claimNextTask;
      const r = await t.as('reviewer')(graphql(`mutation ResolveTask($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status } }`), {
        id: task.id,
        r: task.discrepancies.map((d: { id: string }) => ({ discrepancyId: d.id, choice: 'FIRST' as const })),
      });
      expect(r.errors).toBeUndefined();
      const queued = await pending();
      if (kind === 'postgresql') expect(queued).toBeGreaterThan(2);
      const before = await reports();
      holder && (await holder.query('select pg_advisory_unlock($1)', [FOLD_LOCK]));
      await foldPending(t.app.orm.em.fork());
      expect(await pending()).toBe(0);
      const after = await reports();
      expect(before).toEqual(after);
      // And what was queued is in them: the four forms were counted.
      const all = (after['all areas ALL false'] as { forms: number }[])[0];
      expect(all.forms).toBeGreaterThanOrEqual(4);
    } finally {
      await holder?.end();
    }
  });
});
