import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { openOrm } from '../../server/src/db/orm.js';
import { verifyAuditChain } from '../../server/src/services/audit.service.js';
import { auditKey, parseKeyRing } from '../../server/src/domain/crypto.js';
import { keying, person, type KeyingJson } from '../helpers/fixtures.js';
import { clusterUnavailableReason, PgCluster } from '../helpers/pg-cluster.js';
import { freshDatabase, gqlCall, invariantViolations, login, ServerProcess, snapshot, startAppOn, TEST_KEYRING_JSON } from '../helpers/scale.js';
import { graphql } from '../gql/index.js';
import type { Doc } from '../helpers/gql.js';

/**
 * Crash safety with real processes. The same input (3,000 keyings in 60 requests, then every
 * review task resolved) is applied three times: cleanly; with the server SIGKILLed in the middle
 * of the ingest and again in the middle of the resolutions (clients resend whatever they got no
 * answer for); and with PostgreSQL restarted (`pg_ctl restart -m fast`, our own cluster) in the
 * middle of the ingest. The stored states must be identical, and no half-written state may ever
 * exist, not even right after the crash.
 */
const SECRET = 'crash-test-shared-secret-0123456789abcdef';
const FORMS = 1500;
const PER_REQUEST = 50;
const BATCHES = ['CR1', 'CR2', 'CR3'];
const REVIEWERS = 8;
const CLIENTS = 8;
const SUBMIT = graphql(`mutation CrashSubmitKeyings($k:[KeyingInput!]!){ submitKeyings(keyings:$k){ idempotencyKey status keyingId code } }`);
const CLAIM = graphql(`mutation ClaimNextTask{ claimNextTask { id discrepancies { id } } }`);
const RESOLVE = graphql(`mutation ResolveTask($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status } }`);

type Outcome = { idempotencyKey: string; status: string; keyingId: string | null; code: string | null };

/** Deterministic PRNG (mulberry32): the same shuffle every run. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * 1,500 forms, both passes, shuffled so a form's two passes usually arrive in different requests;
 * 1 in 10 disputed (phone, or name diacritics). Each request holds one pass (pass 1 from the
 * first station, pass 2 from the second: one credential never keys both), alternating.
 */
function requestBodies(): KeyingJson[][] {
  const all: KeyingJson[] = [];
  for (let i = 0; i < FORMS; i++) {
    const batch = BATCHES[i % BATCHES.length];
    const no = `F${String(i).padStart(5, '0')}`;
    const v2 = i % 20 === 0 ? person({ phone: '0987654321' }) : i % 20 === 5 ? person({ fullName: 'Nguyen Van An' }) : person();
    all.push(keying(batch, no, 1, `KT${(i % 7) + 1}`, person()), keying(batch, no, 2, `KT${(i % 7) + 10}`, v2));
  }
  const r = rng(42);
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [all[i], all[j]] = [all[j], all[i]];
  }
  const chunks = (list: KeyingJson[]) => Array.from({ length: Math.ceil(list.length / PER_REQUEST) }, (_, i) => list.slice(i * PER_REQUEST, (i + 1) * PER_REQUEST));
  const [one, two] = [chunks(all.filter((k) => k.pass === 1)), chunks(all.filter((k) => k.pass === 2))];
  return one.flatMap((b, i) => [b, two[i]]).filter(Boolean);
}

/** Users, reviewers and batches, through the real services; the app is closed afterwards. */
async function prepare(dbUrl: string): Promise<void> {
  const t = await startAppOn({ DATABASE_URL: dbUrl, AUTH_SECRET: SECRET });
  try {
    for (let i = 0; i < REVIEWERS; i++) {
      await t.app.services.auth.createUser({ em: t.app.orm.em.fork(), actor: null }, { username: `crash-reviewer-${i}`, password: 'crash reviewer password 01', role: 'REVIEWER', displayName: `r${i}` });
    }
    for (const code of BATCHES) {
      const r = await t.as('admin')(graphql(`mutation CrashCreateBatch($i:CreateBatchInput!){ createBatch(input:$i){ id } }`), { i: { code, provinceCode: '001', district: 'Quận Ba Đình', commune: 'Phường Kim Mã' } });
      if (r.errors) throw new Error(JSON.stringify(r.errors));
    }
  } finally {
    await t.close();
  }
}

type Reply = { kind: 'ok'; data: any; status: number } | { kind: 'error'; status: number; code: string; message: string } | { kind: 'network'; message: string };

async function call(url: string, token: string, query: Doc, variables?: Record<string, unknown>): Promise<Reply> {
  try {
    const r = await gqlCall(url, query, variables, token, 60_000);
    if (r.errors?.length) return { kind: 'error', status: r.status, code: `${r.errors[0].extensions?.code ?? '?'}${r.errors[0].extensions?.retryable === true ? ' (retryable)' : ''}`, message: r.errors[0].message };
    return { kind: 'ok', data: r.data, status: r.status };
  } catch (e) {
    return { kind: 'network', message: (e as Error).message };
  }
}

interface IngestLog {
  acked: Map<number, Outcome[]>;
  /** Sent, no answer (the connection died with the server). */
  unanswered: Set<number>;
  /** Errors answered by the server: status and code, how many. */
  answeredErrors: Map<string, number>;
  retries: number;
}

/**
 * Clients sending request bodies (index order, CLIENTS at a time). Network failure: the request is
 * unanswered and the client stops (its server is gone). `retryable` errors (503) are retried after
 * a pause, as a client following Retry-After would. `onAck` may kill the server.
 */
async function ingest(url: string, stations: string[], bodies: KeyingJson[][], indices: number[], log: IngestLog, onAck: () => void = () => undefined): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < indices.length) {
      const idx = indices[next++];
      for (let attempt = 0; ; attempt++) {
        const r = await call(url, stations[bodies[idx][0].pass - 1], SUBMIT, { k: bodies[idx] });
        if (r.kind === 'ok') {
          log.acked.set(idx, r.data.submitKeyings);
          onAck();
          break;
        }
        if (r.kind === 'network') {
          log.unanswered.add(idx);
          return;
        }
        const key = `${r.status} ${r.code}`;
        log.answeredErrors.set(key, (log.answeredErrors.get(key) ?? 0) + 1);
        if (r.status !== 503 || attempt > 200) throw new Error(`request ${idx}: ${key} ${r.message}`);
        log.retries++;
        await new Promise((res) => setTimeout(res, 150));
      }
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, worker));
}

const stationTokens = async (url: string) => [await login(url, 'station'), await login(url, 'station2')];

const newLog = (): IngestLog => ({ acked: new Map(), unanswered: new Set(), answeredErrors: new Map(), retries: 0 });

interface ReviewLog {
  resolved: Set<string>;
  /** A resolve sent when the server died: resent after the restart. */
  inFlight: { reviewer: number; taskId: string; r: unknown[] }[];
  retriedOutcomes: string[];
  errors: string[];
}

/** Reviewers claim and resolve (choice FIRST everywhere) until the queue is empty or their server dies. */
async function review(url: string, tokens: string[], log: ReviewLog, onResolved: () => void = () => undefined): Promise<void> {
  await Promise.all(
    tokens.map(async (token, reviewer) => {
      // After a restart, first the resolve that got no answer: it either landed (ALREADY_RESOLVED) or lands now.
      for (const p of log.inFlight.filter((x) => x.reviewer === reviewer)) {
        const r = await call(url, token, RESOLVE, { id: p.taskId, r: p.r });
        log.retriedOutcomes.push(r.kind === 'ok' ? r.data.resolveTask.status : r.kind === 'error' ? r.code : 'NETWORK');
        // ALREADY_RESOLVED: the first attempt had committed; only its answer was lost.
        if (r.kind === 'ok' || (r.kind === 'error' && r.code === 'ALREADY_RESOLVED')) log.resolved.add(p.taskId);
      }
      log.inFlight = log.inFlight.filter((x) => x.reviewer !== reviewer);
      for (;;) {
        const c = await call(url, token, CLAIM);
        if (c.kind === 'network') return;
        if (c.kind === 'error') {
          log.errors.push(`claim: ${c.code} ${c.message}`);
          return;
        }
        const task = c.data.claimNextTask;
        if (!task) return;
        const r = task.discrepancies.map((d: { id: string }) => ({ discrepancyId: d.id, choice: 'FIRST' }));
        const res = await call(url, token, RESOLVE, { id: task.id, r });
        if (res.kind === 'network') {
          log.inFlight.push({ reviewer, taskId: task.id, r });
          return;
        }
        if (res.kind === 'error') {
          log.errors.push(`resolve ${task.id}: ${res.code} ${res.message}`);
          return;
        }
        log.resolved.add(task.id);
        onResolved();
      }
    }),
  );
}

async function reviewerTokens(url: string): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < REVIEWERS; i++) out.push(await login(url, `crash-reviewer-${i}`, 'crash reviewer password 01'));
  return out;
}

async function count(dbUrl: string, sql: string, params: unknown[] = []): Promise<number> {
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  try {
    return Number((await c.query(sql, params)).rows[0].n);
  } finally {
    await c.end();
  }
}

/** Every keying a client saw ACCEPTED is stored once, under the id the client was given. */
async function ackedStoredOnce(dbUrl: string, log: IngestLog): Promise<void> {
  const acked = [...log.acked.values()].flat().filter((o) => o.status === 'ACCEPTED' || o.status === 'DUPLICATE');
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  try {
    const rows = (await c.query('select id, idempotency_key from keying where idempotency_key = any($1)', [acked.map((o) => o.idempotencyKey)])).rows;
    const byKey = new Map<string, string[]>();
    for (const r of rows) byKey.set(r.idempotency_key, [...(byKey.get(r.idempotency_key) ?? []), String(r.id)]);
    for (const o of acked) expect(byKey.get(o.idempotencyKey), o.idempotencyKey).toEqual([String(o.keyingId)]);
  } finally {
    await c.end();
  }
}

/** A request is one transaction: after any crash each of its keyings is stored, or none is. */
async function requestsAllOrNothing(dbUrl: string, bodies: KeyingJson[][], indices: Iterable<number>): Promise<{ stored: number; absent: number }> {
  let stored = 0;
  let absent = 0;
  for (const idx of indices) {
    const n = await count(dbUrl, 'select count(*) as n from keying where idempotency_key = any($1)', [bodies[idx].map((k) => k.idempotencyKey)]);
    expect([0, bodies[idx].length], `request ${idx} half-written`).toContain(n);
    if (n) stored++;
    else absent++;
  }
  return { stored, absent };
}

async function until(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function auditIntact(dbUrl: string): Promise<void> {
  const orm = await openOrm({ dialect: 'postgresql', url: dbUrl });
  try {
    const r = await verifyAuditChain(orm.em.fork(), auditKey(parseKeyRing(TEST_KEYRING_JSON)));
    expect(r.ok).toBe(true);
  } finally {
    await orm.close(true);
  }
}

const pgOk = inject('pgAvailable');
const clusterWhy = clusterUnavailableReason();
if (clusterWhy && process.env.DUALKEY_REQUIRE_PG === '1') throw new Error(`crash test (PostgreSQL restart) required but cannot run: ${clusterWhy}`);

describe.skipIf(!pgOk)('crash safety with real server processes (PostgreSQL)', () => {
  const bodies = requestBodies();
  const all = bodies.map((_, i) => i);
  const totalKeyings = FORMS * 2;
  let clean: Awaited<ReturnType<typeof freshDatabase>>;
  let afterIngest: Record<string, unknown>;
  let afterReview: Record<string, unknown>;
  let tasks = 0;
  const report: string[] = [];

  beforeAll(async () => {
    // The reference: the same input, nothing crashing.
    clean = await freshDatabase(inject('pgAdminUrl'), 'dualkey_crash_clean');
    await prepare(clean.url);
    const s = await ServerProcess.start({ DATABASE_URL: clean.url, AUTH_SECRET: SECRET });
    try {
      const log = newLog();
      const t0 = performance.now();
      await ingest(s.url, await stationTokens(s.url), bodies, all, log);
      const t1 = performance.now();
      expect([...log.acked.values()].flat().every((o) => o.status === 'ACCEPTED')).toBe(true);
      afterIngest = await snapshot(clean.url);
      tasks = await count(clean.url, `select count(*) as n from correction_task where kind = 'REVIEW'`);
      const rlog: ReviewLog = { resolved: new Set(), inFlight: [], retriedOutcomes: [], errors: [] };
      await review(s.url, await reviewerTokens(s.url), rlog);
      expect(rlog.errors).toEqual([]);
      expect(rlog.resolved.size).toBe(tasks);
      afterReview = await snapshot(clean.url);
      report.push(`clean run: ingest ${((t1 - t0) / 1000).toFixed(1)} s, ${tasks} resolutions ${((performance.now() - t1) / 1000).toFixed(1)} s`);
    } finally {
      await s.stop();
    }
  }, 240_000);

  afterAll(async () => {
    await clean?.drop();
    if (report.length) console.log(`\ncrash test:\n  ${report.join('\n  ')}\n`);
  });

  it('SIGKILL of the server in the middle of ingest, then of resolutions: acknowledged work kept once, retries converge', async () => {
    const db = await freshDatabase(inject('pgAdminUrl'), 'dualkey_crash_kill');
    // Every server process this test starts is stopped whatever fails.
    const started: ServerProcess[] = [];
    try {
      await prepare(db.url);
      const s = await ServerProcess.start({ DATABASE_URL: db.url, AUTH_SECRET: SECRET });
      started.push(s);
      const stations = await stationTokens(s.url);

      // 0. Answers lost although the work committed (what a client timeout or a cut connection
      //    looks like; the server cannot tell): the last two requests land, their answers are dropped.
      const log = newLog();
      const lostAnswers = all.slice(-2);
      for (const idx of lostAnswers) {
        await gqlCall(s.url, SUBMIT, { k: bodies[idx] }, stations[bodies[idx][0].pass - 1]);
        log.unanswered.add(idx);
      }
      await until(async () => (await count(db.url, 'select count(*) as n from keying')) === lostAnswers.length * PER_REQUEST);

      // 1. Ingest; SIGKILL once 20 of the 60 requests have been answered (8 more are in flight).
      let killing: Promise<void> | null = null;
      await ingest(s.url, stations, bodies, all.filter((i) => !lostAnswers.includes(i)), log, () => {
        if (log.acked.size >= 20 && !killing) killing = s.kill('SIGKILL');
      });
      await killing;
      expect(s.alive).toBe(false);
      expect(log.unanswered.size).toBeGreaterThan(0);
      // Right after the crash, before anything restarts: nothing half-written, every acknowledged keying stored once.
      expect(await invariantViolations(db.url)).toEqual([]);
      await ackedStoredOnce(db.url, log);
      const cut = await requestsAllOrNothing(db.url, bodies, log.unanswered);
      report.push(`ingest SIGKILL: ${log.acked.size} requests answered, ${log.unanswered.size} cut off (${cut.stored} had committed, ${cut.absent} had not), ${bodies.length - log.acked.size - log.unanswered.size} never sent`);

      // 2. Restart on the same port; clients resend everything without an answer, the rest, and (to be sure) all answered ones.
      await s.start();
      const firstAcks = new Map(log.acked);
      const resend = [...log.unanswered, ...all.filter((i) => !log.acked.has(i) && !log.unanswered.has(i)), ...firstAcks.keys()];
      const log2 = newLog();
      await ingest(s.url, stations, bodies, resend, log2);
      expect(log2.unanswered.size).toBe(0);
      expect(log2.answeredErrors.size).toBe(0);
      for (const [idx, outcomes] of firstAcks) {
        // An answered request resent: every keying a DUPLICATE of the same stored keying.
        expect(log2.acked.get(idx)!.map((o) => [o.status, o.keyingId])).toEqual(outcomes.map((o) => ['DUPLICATE', o.keyingId]));
      }
      // Committed with the answer lost: the resend says DUPLICATE, pointing at the stored keyings.
      for (const idx of lostAnswers) expect(new Set(log2.acked.get(idx)!.map((o) => o.status))).toEqual(new Set(['DUPLICATE']));
      const retriedStatuses = [...log.unanswered].flatMap((i) => log2.acked.get(i)!.map((o) => o.status));
      expect(new Set(retriedStatuses).size).toBeGreaterThan(0);
      expect(retriedStatuses.every((st) => st === 'ACCEPTED' || st === 'DUPLICATE')).toBe(true);
      // Each cut-off request that had committed comes back all DUPLICATE, each that had not all ACCEPTED.
      for (const i of log.unanswered) expect(new Set(log2.acked.get(i)!.map((o) => o.status)).size).toBe(1);
      expect(await count(db.url, 'select count(*) as n from keying')).toBe(totalKeyings);
      expect(await invariantViolations(db.url)).toEqual([]);
      expect(await snapshot(db.url)).toEqual(afterIngest);

      // 3. Resolutions; SIGKILL once a third of the tasks are resolved.
      const tokens = await reviewerTokens(s.url);
      const rlog: ReviewLog = { resolved: new Set(), inFlight: [], retriedOutcomes: [], errors: [] };
      // One resolution commits but its answer is lost: resent after the restart.
      let lostResolve: ReviewLog['inFlight'][number];
      {
        const c = await call(s.url, tokens[0], CLAIM);
        expect(c.kind).toBe('ok');
        const task = (c as { data: any }).data.claimNextTask;
        const r = task.discrepancies.map((d: { id: string }) => ({ discrepancyId: d.id, choice: 'FIRST' }));
        await gqlCall(s.url, RESOLVE, { id: task.id, r }, tokens[0]); // answer dropped
        await until(async () => (await count(db.url, `select count(*) as n from correction_task where id = $1 and status = 'RESOLVED'`, [Number(task.id)])) === 1);
        lostResolve = { reviewer: 0, taskId: task.id, r };
      }
      let killing2: Promise<void> | null = null;
      await review(s.url, tokens, rlog, () => {
        if (rlog.resolved.size >= tasks / 3 && !killing2) killing2 = s.kill('SIGKILL');
      });
      await killing2;
      expect(s.alive).toBe(false);
      rlog.inFlight.push(lostResolve!);
      expect(rlog.errors).toEqual([]);
      expect(await invariantViolations(db.url)).toEqual([]);
      const ackedResolved = [...rlog.resolved];
      // Every resolution a reviewer saw acknowledged is stored: task RESOLVED, one record, one audit event.
      expect(await count(db.url, `select count(*) as n from correction_task where status = 'RESOLVED' and id = any($1::int[])`, [ackedResolved.map(Number)])).toBe(ackedResolved.length);
      expect(await count(db.url, `select count(*) as n from verified_record r join correction_task t on t.form_id = r.form_id where t.id = any($1::int[])`, [ackedResolved.map(Number)])).toBe(ackedResolved.length);
      const inFlightAtKill = rlog.inFlight.length;

      // 4. Restart; reviewers resend their unanswered resolves, then carry on until the queue is empty.
      await s.start();
      await review(s.url, tokens, rlog);
      expect(rlog.errors).toEqual([]);
      expect(rlog.retriedOutcomes.every((o) => o === 'RESOLVED' || o === 'ALREADY_RESOLVED')).toBe(true);
      expect(rlog.retriedOutcomes).toContain('ALREADY_RESOLVED');
      // Resending an acknowledged resolution changes nothing.
      const again = await call(s.url, tokens[0], RESOLVE, { id: ackedResolved[0], r: [] });
      expect(again.kind === 'error' && ['ALREADY_RESOLVED', 'NOT_LEASE_HOLDER'].includes(again.code)).toBe(true);
      expect(rlog.resolved.size).toBe(tasks);
      expect(await count(db.url, `select count(*) as n from audit_event where action = 'task.resolve'`)).toBe(tasks);
      expect(await invariantViolations(db.url)).toEqual([]);
      expect(await snapshot(db.url)).toEqual(afterReview);
      report.push(
        `resolutions SIGKILL: ${ackedResolved.length} of ${tasks} resolved before the kill, ${inFlightAtKill} resolves without an answer (one of them answer-dropped after commit); resent after restart: ${rlog.retriedOutcomes.join(', ') || 'none'}`,
      );
      await s.stop();
      // The audit trail's hash chain survived both kills (events written before a kill are sealed after it).
      const s2 = await ServerProcess.start({ DATABASE_URL: db.url, AUTH_SECRET: SECRET });
      started.push(s2);
      await new Promise((r) => setTimeout(r, 500));
      await s2.stop();
      await auditIntact(db.url);
    } finally {
      for (const p of started) await p.stop();
      await db.drop();
    }
  }, 300_000);

  it.skipIf(!!clusterWhy)('PostgreSQL restart during ingest: the server stays up, clients get 503 SERVICE_UNAVAILABLE, retries converge', async () => {
    const cluster = await PgCluster.init();
    let s: ServerProcess | null = null;
    try {
      await cluster.start();
      await cluster.query('create database dualkey');
      const url = cluster.url('dualkey');
      await prepare(url);
      s = await ServerProcess.start({ DATABASE_URL: url, AUTH_SECRET: SECRET });
      const stations = await stationTokens(s.url);
      const log = newLog();
      let restarting: Promise<void> | null = null;
      let readyDuring: number | null = null;
      await ingest(s.url, stations, bodies, all, log, () => {
        if (log.acked.size >= 20 && !restarting) {
          restarting = (async () => {
            const r = cluster.restart('fast');
            await new Promise((res) => setTimeout(res, 50));
            readyDuring = (await fetch(`${s!.base}/readyz`).catch(() => null))?.status ?? null;
            await r;
          })();
        }
      });
      await restarting;
      expect(s.alive).toBe(true);
      expect(log.unanswered.size).toBe(0);
      expect(log.acked.size).toBe(bodies.length);
      // What the clients saw while PostgreSQL was away: coded, retryable 503s, nothing else.
      // Marked so on every path: the GraphQL layer's and authentication's before it (both reach the database).
      expect([...log.answeredErrors.keys()]).toEqual(['503 SERVICE_UNAVAILABLE (retryable)']);
      expect(log.retries).toBeGreaterThan(0);
      const statuses = [...log.acked.values()].flat().map((o) => o.status);
      expect(statuses.every((st) => st === 'ACCEPTED' || st === 'DUPLICATE')).toBe(true);
      expect(await count(url, 'select count(*) as n from keying')).toBe(totalKeyings);
      expect(await invariantViolations(url)).toEqual([]);
      expect(await snapshot(url)).toEqual(afterIngest);
      expect((await fetch(`${s.base}/readyz`)).status).toBe(200);
      report.push(
        `PostgreSQL restart: ${log.retries} requests answered 503 SERVICE_UNAVAILABLE (Retry-After) and retried, ${statuses.filter((x) => x === 'DUPLICATE').length} keyings came back DUPLICATE (committed before the cut), /readyz during the restart: ${readyDuring}`,
      );
    } finally {
      await s?.stop();
      await cluster.destroy();
    }
  }, 240_000);
});
