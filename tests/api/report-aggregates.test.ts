import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CorrectionTask, Discrepancy, Form } from '../../server/src/db/entities/index.js';
import { DomainError } from '../../server/src/domain/errors.js';
import { readAggregates, rebuild, recompute } from '../../server/src/services/aggregates.js';
import type { Actor } from '../../server/src/services/context.js';
import type { KeyingSubmission } from '../../server/src/services/ingest.service.js';
import type { Choice } from '../../server/src/services/task.service.js';
import { dbKinds, startTestApp, type TestApp } from '../helpers/test-app.js';
import { CREATE_BATCH, person } from '../helpers/fixtures.js';

/**
 * Property: whatever sequence of ingests (new forms, second passes, duplicates, conflicts, same
 * clerk twice), resolutions, spot checks, escalations, rejections, rescans and third keyings
 * happens, the report aggregates equal a recomputation from the raw rows.
 */

/** Valid values per field; index 0 is the usual one. Agreeing on `Nữ` breaks a rule (the ID says male). */
const VARIANTS: Record<string, (string | null)[]> = {
  fullName: ['Nguyễn Văn An', 'Nguyen Van An', 'Nguyễn Văn Ân', 'NGUYỄN VĂN AN'],
  phone: ['0912345678', '0912345679', '0912345687', null],
  fatherName: ['Nguyễn Văn Bình', 'Nguyễn Văn Bìn', 'Nguyễn Văn Binh', 'Nguyễn Văn Bính'],
  dateOfBirth: ['05/03/1990', '03/05/1990', '05/03/1991', '05/03/1990'],
  sex: ['Nam', 'Nữ', 'Nam', 'Nam'],
};
const KEYS = Object.keys(VARIANTS);
const KEYERS = ['KA', 'KB', 'KC', 'KD'];
const BATCHES = ['PA', 'PB', 'PC'];

const variant = fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat(3) });
const keyingArb = fc.record({
  k: fc.nat(KEYERS.length - 1),
  v: fc.array(variant, { minLength: KEYS.length, maxLength: KEYS.length }),
  // Hours after 16:00 UTC on 2 November: Vietnamese midnight falls at 17:00 UTC.
  h: fc.nat(30),
  secs: fc.nat(1500),
});
/** One form's keyings in a call: mostly both passes (usually by two clerks), sometimes one, sometimes a resend. */
const formArb = fc.record({
  // PC (no spot checks) twice as often: its review tasks feed escalations, rejections and re-keys.
  b: fc.constantFrom(0, 1, 2, 2),
  f: fc.nat(3),
  passes: fc.constantFrom([1, 2], [1, 2], [1, 2], [1], [2]),
  first: keyingArb,
  second: keyingArb,
  resend: fc.oneof({ weight: 7, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
});
const cmdArb = fc.oneof(
  { weight: 4, arbitrary: fc.record({ t: fc.constant('ingest' as const), items: fc.array(formArb, { minLength: 1, maxLength: 6 }) }) },
  { weight: 4, arbitrary: fc.record({ t: fc.constant('resolve' as const), manager: fc.boolean(), batch: fc.constantFrom(0, 1, null), choices: fc.array(fc.nat(3), { minLength: 1, maxLength: 4 }), spot: fc.array(fc.nat(3), { maxLength: 2 }) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('escalate' as const) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('reject' as const) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('rescan' as const) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('rekey' as const), picks: fc.array(fc.nat(3), { minLength: 1, maxLength: 4 }) }) },
);
type Cmd = typeof cmdArb extends fc.Arbitrary<infer T> ? T : never;

/** Run first, on the fresh database: every path at least once, whatever the random runs draw. */
const same = (k: number, v = [0, 0, 0, 0, 0]) => ({ k, v, h: 2, secs: 200 });
const SCRIPT: Cmd[] = [
  {
    t: 'ingest',
    items: [
      { b: 0, f: 0, passes: [1, 2], first: same(0), second: same(1), resend: false },
      { b: 0, f: 1, passes: [1, 2], first: same(0), second: same(1), resend: false }, // the 2nd automatic one: spot-checked
      { b: 2, f: 0, passes: [1, 2], first: same(0), second: same(1, [1, 0, 0, 0, 0]), resend: false },
      { b: 2, f: 1, passes: [1, 2], first: same(0), second: same(1, [0, 1, 0, 0, 0]), resend: false },
      { b: 2, f: 2, passes: [1, 2], first: same(2), second: same(3, [0, 0, 1, 0, 0]), resend: false },
      { b: 2, f: 3, passes: [1, 2], first: same(2, [0, 0, 0, 0, 1]), second: same(3, [0, 0, 0, 0, 1]), resend: false }, // agree on Nữ: a rule fails
    ],
  },
  { t: 'resolve', manager: false, batch: 0, choices: [0], spot: [1] }, // the spot check corrects the name
  { t: 'escalate' }, // PC f0
  { t: 'reject' }, // PC f1
  { t: 'rescan' }, // PC f1 back
  { t: 'rekey', picks: [1] }, // PC f1: the third clerk agrees with the second keying
  { t: 'resolve', manager: true, batch: null, choices: [2], spot: [] }, // PC f0, escalated: a typed value
  { t: 'resolve', manager: false, batch: null, choices: [1], spot: [] }, // PC f2
];

describe.each(dbKinds())('report aggregates on %s', (kind) => {
  let t: TestApp;
  const actors: Record<string, Actor> = {};
  let run = 0;
  let reviewOnly = 0;
  const batchIds: number[] = [];

  beforeAll(async () => {
    t = await startTestApp(kind);
    const policies = [{ spotCheckEvery: 2 }, { spotCheckPercent: 50, spotCheckSeed: 7 }, {}];
    for (const [i, code] of BATCHES.entries()) {
      const r = await t.as('admin')(CREATE_BATCH, { i: { code, provinceCode: i === 0 ? '001' : '079', district: `D${i}`, commune: 'C', ...policies[i] } });
      expect(r.errors).toBeUndefined();
      batchIds.push(Number(r.data.createBatch.id));
      if (code === 'PC') reviewOnly = Number(r.data.createBatch.id);
    }
    for (const u of ['reviewer', 'manager', 'admin', 'station', 'station2', 'station3']) actors[u] = await t.actorOf(u);
    await t.registerClerks([...KEYERS, 'KZ']);
  });
  afterAll(async () => t?.close());

  const ctx = (who: string) => ({ em: t.app.orm.em.fork(), actor: actors[who] });
  const tolerated = async (f: () => Promise<unknown>) => {
    try {
      await f();
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
    }
  };

  /** The next task of one batch, or of any; PC has no spot checks, so its tasks are all reviews. */
  async function claim(who: string, batchId: number | null = null) {
    const task = await t.app.services.tasks.claimNext(ctx(who), batchId);
    if (!task) return null;
    const em = t.app.orm.em.fork();
    const discrepancies = await em.find(Discrepancy, { task: task.id }, { orderBy: { id: 'asc' } });
    return { task, discrepancies };
  }

  /** Refusals (a clerk keying both passes, a stale lease...) are part of the game; anything else fails. */
  async function apply(cmds: Cmd[], sent: KeyingSubmission[]) {
    for (const c of cmds) await tolerated(() => step(c, sent));
  }

  async function step(c: Cmd, sent: KeyingSubmission[]) {
    const { ingest, tasks } = t.app.services;
    if (c.t === 'ingest') {
      const batch = c.items.flatMap((x): KeyingSubmission[] => {
        if (x.resend && sent.length) return [sent[(x.f * 7 + x.first.h) % sent.length]];
        return x.passes.map((pass) => {
          const y = pass === 1 ? x.first : x.second;
          const submittedAt = new Date(Date.UTC(2026, 10, 2, 16) + y.h * 3_600_000);
          const k: KeyingSubmission = {
            idempotencyKey: `r${run}/${sent.length}`,
            batchCode: BATCHES[x.b],
            formNumber: `r${run}-${x.f}`,
            pass,
            keyerCode: KEYERS[y.k],
            stationCode: 'ST',
            startedAt: new Date(submittedAt.getTime() - y.secs * 1000),
            submittedAt,
            values: person(Object.fromEntries(KEYS.map((key, i) => [key, VARIANTS[key][y.v[i]]]))),
          };
          sent.push(k);
          return k;
        });
      });
      // Each pass through its own station, as on a keying floor (one credential never keys both).
      for (const [pass, who] of [[1, 'station'], [2, 'station2']] as const) {
        const mine = batch.filter((k) => k.pass === pass);
        if (mine.length) await ingest.submit(ctx(who), mine);
      }
    } else if (c.t === 'resolve') {
      const who = c.manager ? 'manager' : 'reviewer';
      const claimed = await claim(who, c.batch === null ? null : batchIds[c.batch]);
      if (!claimed) return;
      const { task, discrepancies } = claimed;
      if (task.kind === 'SPOT_CHECK') {
        const corrections = c.spot.map((v, i) => ({ fieldKey: KEYS[i], value: VARIANTS[KEYS[i]][v] }));
        await tasks.resolveSpotCheck(ctx(who), task.id, corrections);
      } else {
        const choices: Choice[] = ['FIRST', 'SECOND', 'VALUE', 'THIRD'];
        const resolutions = discrepancies.map((d, i) => {
          let choice = choices[c.choices[i % c.choices.length]];
          if (choice === 'THIRD' && d.value3 == null) choice = 'FIRST';
          if (choice === 'VALUE' && !VARIANTS[d.fieldKey]) choice = 'SECOND';
          return { discrepancyId: d.id, choice, value: choice === 'VALUE' ? VARIANTS[d.fieldKey][c.choices[0]] : undefined };
        });
        await tasks.resolve(ctx(who), task.id, resolutions);
      }
    } else if (c.t === 'escalate' || c.t === 'reject') {
      const claimed = await claim('reviewer', reviewOnly);
      if (!claimed) return;
      const { task } = claimed;
      if (task.kind !== 'REVIEW' || (c.t === 'escalate' && task.escalated)) await tasks.release(ctx('reviewer'), task.id);
      else if (c.t === 'escalate') await tasks.escalate(ctx('reviewer'), task.id, 'khó đọc');
      else await tasks.rejectForm(ctx('reviewer'), task.id, 'ảnh mờ');
    } else if (c.t === 'rescan') {
      const form = await t.app.orm.em.fork().findOne(Form, { status: 'REJECTED' }, { orderBy: { id: 'asc' } });
      if (form) await tasks.rescanForm(ctx('admin'), form.id, `/scans/${form.id}-again.svg`);
    } else {
      const claimed = await claim('reviewer', reviewOnly);
      if (!claimed) return;
      const { task, discrepancies } = claimed;
      // A form gets one third keying (a second re-key request would collide with it: see the report).
      if (task.kind !== 'REVIEW' || discrepancies.some((d) => d.value3 != null)) {
        await tasks.release(ctx('reviewer'), task.id);
        return;
      }
      await tasks.requestRekey(ctx('reviewer'), task.id);
      const em = t.app.orm.em.fork();
      const form = await em.findOneOrFail(Form, task.form.id, { populate: ['batch'] });
      const values = Object.fromEntries(discrepancies.map((d, i) => [d.fieldKey, VARIANTS[d.fieldKey]?.[c.picks[i % c.picks.length]] ?? person()[d.fieldKey]]));
      const third: KeyingSubmission = {
        idempotencyKey: `r${run}/${sent.length}/3`,
        batchCode: form.batch.code,
        formNumber: form.formNumber,
        pass: 3,
        keyerCode: 'KZ',
        stationCode: 'ST',
        startedAt: new Date(Date.UTC(2026, 10, 3, 2)),
        submittedAt: new Date(Date.UTC(2026, 10, 3, 2, 1)),
        values,
      };
      await ingest.submit(ctx('station3'), [third]);
    }
  }

  it('equal a recomputation from the raw rows after any sequence of events', async () => {
    const runs = kind === 'sqlite' ? 25 : 10;
    await fc.assert(
      fc.asyncProperty(fc.array(cmdArb, { minLength: 1, maxLength: 14 }), async (cmds) => {
        run++;
        await apply(cmds, []);
        const em = t.app.orm.em.fork();
        expect(await readAggregates(em)).toEqual(await recompute(em));
      }),
      { numRuns: runs, endOnFailure: true, seed: 20261127 + (kind === 'sqlite' ? 0 : 1), examples: [[SCRIPT]] },
    );
    // The runs did exercise every path.
    const em = t.app.orm.em.fork();
    const count = async (where: object) => em.count(CorrectionTask, where);
    expect(await count({ status: 'RESOLVED', kind: 'REVIEW' })).toBeGreaterThan(0);
    expect(await count({ status: 'RESOLVED', kind: 'SPOT_CHECK' })).toBeGreaterThan(0);
    expect(await count({ escalated: true })).toBeGreaterThan(0);
    const agg = await readAggregates(em);
    for (const c of ['rejected', 'rescanned', 'errors', 'disagreements', 'spot_corrected']) expect(agg.batch.some((r) => r.counters[c]), c).toBe(true);
    expect(agg.field.some((r) => r.counters.rekeyed), 'rekeyed').toBe(true);
  });

  it('rebuilds the same rows from the raw tables', async () => {
    const em = t.app.orm.em.fork();
    const before = await readAggregates(em);
    await em.transactional((tx) => rebuild(tx));
    expect(await readAggregates(t.app.orm.em.fork())).toEqual(before);
  });
});
