import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { exec, isPostgres } from '../../server/src/services/sql.js';
import { audit, AuditSealer, auditEventHash, GENESIS_HASH, legacyAuditEventHash, sealAuditEvents, verifyAuditChain, type VerifyOptions } from '../../server/src/services/audit.service.js';
import { auditKey, newKeyRing } from '../../server/src/domain/crypto.js';
import { runVerifyAudit } from '../../server/src/cli/verify-audit.js';
import { Migration20261128100000_audit_key as SqliteKeyed } from '../../server/src/db/migrations/sqlite/Migration20261128100000_audit_key.js';
import { Migration20261128100000_audit_key as PgKeyed } from '../../server/src/db/migrations/postgresql/Migration20261128100000_audit_key.js';
import { dbKinds, startTestApp, type TestApp } from '../helpers/test-app.js';
import { CREATE_BATCH, keying, person } from '../helpers/fixtures.js';
import { graphql } from '../gql/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The real command, as an operator runs it (`npm run cli -- verify-audit`), against the test database. */
function cli(t: TestApp) {
  const r = spawnSync(process.execPath, ['--import', '@swc-node/register/esm-register', 'server/src/cli/main.ts', 'verify-audit'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: t.dbUrl, DATA_DIR: t.dataDir, LOG_LEVEL: 'silent', DUALKEY_KEYRING: '', KEYRING_FILE: '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

/** The same command in this process (cheaper than a spawn): the test app's key ring is in its DATA_DIR. */
async function verifyCli(t: TestApp, ...args: string[]) {
  let out = '';
  const sink = new Writable({
    write(chunk, _enc, cb) {
      out += String(chunk);
      cb();
    },
  });
  const code = await runVerifyAudit(args, { stdout: sink, stderr: sink }, { DATABASE_URL: t.dbUrl, DATA_DIR: t.dataDir });
  return { code, out };
}

type Row = Record<string, any>;
const COLS = 'id, at, actor_id, actor, action, entity_type, entity_id, data, seq, prev_hash, hash';

/** Chain columns of every event, to put back after a test rewrote them. */
async function saveChain(t: TestApp) {
  const rows = await exec<Row[]>(t.app.orm.em.fork(), 'select id, seq, prev_hash, hash from audit_event where seq is not null');
  return async () => {
    const em = t.app.orm.em.fork();
    await em.transactional(async (tx) => {
      // Two steps: seq is unique.
      await exec(tx, 'update audit_event set seq = -seq where seq is not null', [], 'run');
      for (const r of rows) await exec(tx, 'update audit_event set seq = ?, prev_hash = ?, hash = ? where id = ?', [r.seq, r.prev_hash, r.hash, r.id], 'run');
    });
  };
}

/** What someone with the database but without the audit key can do: re-seal events `fromSeq`..`toSeq` with `hash`. */
async function reseal(t: TestApp, fromSeq: number, hash: (seq: number, prev: string, r: Row) => string, toSeq = 2 ** 31 - 1) {
  const em = t.app.orm.em.fork();
  const [before] = await exec<Row[]>(em, 'select hash from audit_event where seq = ?', [fromSeq - 1]);
  let prev: string = before ? before.hash : GENESIS_HASH;
  const rows = await exec<Row[]>(em, `select ${COLS} from audit_event where seq >= ? and seq <= ? order by seq`, [fromSeq, toSeq]);
  for (const r of rows) {
    const h = hash(Number(r.seq), prev, r);
    await exec(em, 'update audit_event set prev_hash = ?, hash = ? where id = ?', [prev, h, r.id], 'run');
    prev = h;
  }
}
const sha256Tail = (t: TestApp, fromSeq: number, toSeq?: number) => reseal(t, fromSeq, (seq, prev, r) => legacyAuditEventHash(seq, prev, r as never), toSeq);

describe.each(dbKinds())('audit hash chain on %s', (kind) => {
  let t: TestApp;
  const em = () => t.app.orm.em.fork();
  const key = () => auditKey(t.app.config.keyRing);
  const verify = (opts?: VerifyOptions) => verifyAuditChain(em(), key(), opts);
  const count = async () => Number((await exec<{ n: number }[]>(em(), 'select count(*) as n from audit_event'))[0].n);

  beforeAll(async () => {
    t = await startTestApp(kind);
    const admin = t.as('admin');
    await admin(CREATE_BATCH, { i: { code: 'A1', provinceCode: '001', district: 'Hoàn Kiếm', commune: 'Hàng Bạc' } });
    await admin(graphql(`mutation AuditChainSetSpotCheckPolicy{ setSpotCheckPolicy(batchId: "1", policy: { every: 5 }){ id } }`));
    // Many writers at once: every request inserts its events unsealed, in its own transaction.
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.submit([keying('A1', `F${i}`, 1, 'KT1', person()), keying('A1', `F${i}`, 2, 'KT2', person(i % 2 ? { fullName: 'Nguyễn Văn Ân' } : {}))]),
      ),
    );
    await Promise.all(Array.from({ length: 6 }, (_, i) => admin(graphql(`mutation AuditChainCreateApiKey($n:String!){ createApiKey(input:{ name: $n, scopes: [REPORTS_READ] }){ key } }`), { n: `k${i}` })));
    await t.app.auditSealer.flush();
  });
  afterAll(async () => t?.close());

  it('seals every event exactly once, in one unbroken chain', async () => {
    const n = await count();
    expect(n).toBeGreaterThanOrEqual(19);
    // A second sealer run (another instance) finds nothing left and changes nothing.
    expect(await sealAuditEvents(em(), key())).toBe(0);
    const r = await verify();
    // A fresh database: every event keyed, none in the legacy (unkeyed) scheme.
    expect(r).toMatchObject({ ok: true, events: n, legacy: 0, unsealed: 0, headSeq: n });
    expect(r.head).toMatch(/^k1:[0-9a-f]{64}$/);
    const seqs = (await exec<{ seq: number }[]>(em(), 'select seq from audit_event order by seq')).map((x) => Number(x.seq));
    expect(seqs).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    const cmd = cli(t);
    expect(cmd.out).toContain(`audit chain intact: ${n} events\n`);
    expect(cmd.out).toContain(`head: ${n}:${r.head}`);
    expect(cmd.code).toBe(0);
  });

  it('stays one chain when sealers race each other and the writers', async () => {
    const before = await count();
    const write = (i: number) => em().transactional((tx) => audit(tx, null, [{ action: 'test.race', entityType: 'batch', entityId: i, data: { i } }]));
    const seal = () => sealAuditEvents(em(), key());
    await Promise.all([...Array.from({ length: 30 }, (_, i) => write(i)), seal(), seal(), seal(), seal()]);
    // What the next trigger (a request, or the 5-second sweep) does; -1: the app's own sealer holds
    // the lock this moment (its snapshot may predate the last writes), so try again after it.
    while ((await seal()) === -1) await new Promise((r) => setTimeout(r, 20));
    const r = await verify();
    expect(r).toMatchObject({ ok: true, events: before + 30, unsealed: 0 });
  });

  it('coalesces requests made close together into one sealer run, which seals them all', async () => {
    const before = await count();
    const unsealed = async () => Number((await exec<{ n: number }[]>(em(), 'select count(*) as n from audit_event where seq is null'))[0].n);
    const sealer = new AuditSealer(t.app.orm.em, key(), (e) => {
      throw e;
    }, 2000);
    try {
      for (let i = 0; i < 25; i++) {
        await em().transactional((tx) => audit(tx, null, [{ action: 'test.burst', entityType: 'batch', entityId: i, data: { i } }]));
        sealer.request(); // what every request that wrote events does
      }
      // Within the delay nothing ran yet; then one run seals them all (in one UPDATE; unless the
      // app's own 5-second sweep got there first, which this test does not depend on).
      expect(sealer.runs).toBe(0);
      await new Promise((r) => setTimeout(r, 2500));
      expect(sealer.runs).toBe(1);
      expect(await unsealed()).toBe(0);
      expect(await verify()).toMatchObject({ ok: true, events: before + 25, unsealed: 0 });
      // flush() seals at once, without waiting for the delay.
      await em().transactional((tx) => audit(tx, null, [{ action: 'test.burst', entityType: 'batch', entityId: 99, data: {} }]));
      sealer.request();
      await sealer.flush();
      expect(await unsealed()).toBe(0);
      expect(sealer.runs).toBe(2);
    } finally {
      await sealer.close();
    }
  });

  it('finds an altered event, and the chain heals when the content is restored', async () => {
    const [victim] = await exec<{ id: number; data: unknown }[]>(em(), `select id, data from audit_event where action = 'batch.spotcheck'`);
    const original = typeof victim.data === 'string' ? victim.data : JSON.stringify(victim.data);
    // What an insider with database access might do: rewrite history directly.
    await exec(em(), 'update audit_event set data = ? where id = ?', [JSON.stringify({ every: 500, percent: null, seed: null }), victim.id], 'run');
    const r = await verify();
    expect(r.ok).toBe(false);
    expect(r.broken).toMatchObject({ id: Number(victim.id), reason: expect.stringContaining('altered') });
    const cmd = cli(t);
    expect(cmd.code).toBe(1);
    expect(cmd.out).toContain(`BROKEN at event ${victim.id}`);

    // Hashes are over canonical JSON: the same content in another spelling verifies again.
    const respelled = JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(original)).reverse()), null, 1);
    await exec(em(), `update audit_event set data = ${isPostgres(em()) ? '?::json' : '?'} where id = ?`, [respelled, victim.id], 'run');
    expect((await verify()).ok).toBe(true);
  });

  it('finds an altered event whose hash and whole tail were recomputed without the key', async () => {
    const restore = await saveChain(t);
    // An event in the middle of the chain, with keyed events before it.
    const [victim] = await exec<Row[]>(em(), 'select id, seq, actor from audit_event where seq = ?', [Math.floor((await count()) / 2)]);
    await exec(em(), 'update audit_event set actor = ? where id = ?', ['someone-else', victim.id], 'run');
    // With plain SHA-256, as the chain was hashed before it was keyed: consistent, and still found.
    await sha256Tail(t, Number(victim.seq));
    const r = await verify();
    expect(r.ok).toBe(false);
    expect(r.broken).toMatchObject({ id: Number(victim.id), reason: expect.stringContaining('unkeyed hash after keyed events') });
    const cmd = await verifyCli(t);
    expect(cmd.code).toBe(1);
    expect(cmd.out).toContain(`BROKEN at event ${victim.id}`);
    // With a key of one's own.
    const otherKey = auditKey(newKeyRing());
    await reseal(t, Number(victim.seq), (seq, prev, row) => auditEventHash(otherKey, seq, prev, row as never));
    expect((await verify()).broken).toMatchObject({ id: Number(victim.id), reason: expect.stringContaining('altered') });
    // The whole chain, from its first event, passed off as sealed before the chain was keyed.
    await sha256Tail(t, 1);
    const all = await verify();
    expect(all.ok).toBe(false);
    expect(all.broken?.reason).toContain('no keyed "audit.chain-keyed" event');
    expect((await verifyCli(t)).code).toBe(1);

    await exec(em(), 'update audit_event set actor = ? where id = ?', [victim.actor, victim.id], 'run');
    await restore();
    expect((await verify()).ok).toBe(true);
  });

  it('finds a deleted event, an altered actor and a re-chained event', async () => {
    const ids = (await exec<{ id: number }[]>(em(), 'select id from audit_event order by seq')).map((x) => Number(x.id));
    const [, second, third, fourth] = ids;

    const [{ actor }] = await exec<{ actor: string }[]>(em(), 'select actor from audit_event where id = ?', [fourth]);
    await exec(em(), 'update audit_event set actor = ? where id = ?', ['someone-else', fourth], 'run');
    expect((await verify()).broken).toMatchObject({ id: fourth });
    await exec(em(), 'update audit_event set actor = ? where id = ?', [actor, fourth], 'run');
    expect((await verify()).ok).toBe(true);

    // Recomputing one event's own hash is not enough: the next event still points at the old one.
    const [row] = await exec<any[]>(em(), 'select hash from audit_event where id = ?', [third]);
    await exec(em(), 'update audit_event set hash = ? where id = ?', ['f'.repeat(64), third], 'run');
    expect((await verify()).broken).toMatchObject({ id: third });
    await exec(em(), 'update audit_event set hash = ? where id = ?', [row.hash, third], 'run');

    await exec(em(), 'delete from audit_event where id = ?', [second], 'run');
    const r = await verify();
    expect(r.broken).toMatchObject({ id: third, reason: expect.stringContaining('missing') });
    expect(r.events).toBe(1);
  });
});

describe.each(dbKinds())('audit chain heads, checkpoints, unsealed events and unkeyed history on %s', (kind) => {
  let t: TestApp;
  const em = () => t.app.orm.em.fork();
  const key = () => auditKey(t.app.config.keyRing);
  const verify = (opts?: VerifyOptions) => verifyAuditChain(em(), key(), opts);
  const write = (n: number) => em().transactional((tx) => audit(tx, null, Array.from({ length: n }, (_, i) => ({ action: 'test.event', entityType: 'batch' as const, entityId: i, data: { i } }))));
  const seal = () => sealAuditEvents(em(), key());
  const headOf = (out: string) => /^head: (\S+)$/m.exec(out)![1];

  beforeAll(async () => {
    t = await startTestApp(kind, {}, { users: false });
    // These tests decide when events are sealed.
    await t.app.auditSealer.close();
    await write(10);
    await seal();
  });
  afterAll(async () => t?.close());

  it('a removed tail is found against --expect-head and against a signed checkpoint', async () => {
    const cp = join(t.dataDir, 'audit-checkpoint.json');
    const taken = await verifyCli(t, '--write-checkpoint', cp);
    expect(taken.code).toBe(0);
    const head = headOf(taken.out);
    const [seq, ...rest] = head.split(':');
    const hash = rest.join(':');
    expect(JSON.parse(readFileSync(cp, 'utf8'))).toMatchObject({ version: 1, seq: Number(seq), hash, sig: expect.stringMatching(/^[0-9a-f]{64}$/) });

    // The chain grows: the recorded head is still in it, at its place.
    await write(5);
    await seal();
    for (const args of [['--expect-head', head], ['--expect-head', hash], ['--checkpoint', cp]]) {
      const ok = await verifyCli(t, ...args);
      expect(ok.out).toContain('present: ');
      expect(ok.code).toBe(0);
    }

    // The last 7 events removed: what is left is a consistent chain, only a recorded head tells.
    await exec(em(), 'delete from audit_event where seq > ?', [Number(seq) - 2], 'run');
    expect((await verify()).ok).toBe(true);
    expect((await verifyCli(t)).code).toBe(0);
    const byHead = await verifyCli(t, '--expect-head', head);
    expect(byHead.code).toBe(1);
    expect(byHead.out).toContain(`the chain ends at ${Number(seq) - 2}, before event ${seq} (events were removed)`);
    const byCheckpoint = await verifyCli(t, '--checkpoint', cp);
    expect(byCheckpoint.code).toBe(1);
    expect(byCheckpoint.out).toContain(`MISSING checkpoint ${cp}`);

    // New events take the removed places: the chain is long enough again, but not the same.
    await write(6);
    await seal();
    expect((await verify()).ok).toBe(true);
    const rewritten = await verifyCli(t, '--checkpoint', cp);
    expect(rewritten.code).toBe(1);
    expect(rewritten.out).toContain(`no longer holds event ${seq} with hash`);
    expect((await verify({ expect: [{ hash, label: 'h' }] })).missing).toEqual([expect.stringContaining('the tail was removed or rewritten')]);

    // A checkpoint edited to point at the new head does not pass for a signed one.
    const now = (await verify()).head!;
    writeFileSync(cp, JSON.stringify({ ...JSON.parse(readFileSync(cp, 'utf8')), hash: now }));
    const edited = await verifyCli(t, '--checkpoint', cp);
    expect(edited.code).toBe(1);
    expect(edited.out).toContain('REJECTED: its signature does not match');
  });

  it('events left unsealed for longer than the grace fail the check; newer ones are only counted', async () => {
    await write(3);
    const fresh = await verify();
    expect(fresh).toMatchObject({ ok: true, unsealed: 3 });
    const cmd = await verifyCli(t);
    expect(cmd.code).toBe(0);
    expect(cmd.out).toContain('3 newer events are not sealed yet');
    await seal();

    // The last two sealed events' hashes cleared, as if never sealed, and long ago.
    const { headSeq } = await verify();
    const cleared = (await exec<Row[]>(em(), 'select id from audit_event where seq > ? order by id', [headSeq - 2])).map((r) => Number(r.id));
    const back = isPostgres(em()) ? "at - interval '5 minutes'" : 'at - 300000';
    await exec(em(), `update audit_event set seq = null, prev_hash = null, hash = null, at = ${back} where seq > ?`, [headSeq - 2], 'run');
    const r = await verify();
    expect(r).toMatchObject({ ok: false, unsealed: 2, stale: { id: cleared[0] } });
    expect(r.stale!.ageSeconds).toBeGreaterThanOrEqual(300);
    const failed = await verifyCli(t);
    expect(failed.code).toBe(1);
    expect(failed.out).toContain(`UNSEALED: event ${cleared[0]} has waited`);
    expect((await verifyCli(t, '--grace', '3600')).code).toBe(0);
    await seal();
    expect((await verify()).ok).toBe(true);
  });

  it('events sealed before the chain was keyed verify, only at its start and only as many as the migration counted', async () => {
    // A database from before keyed hashes: its whole chain in plain SHA-256.
    const { events } = await verify();
    await sha256Tail(t, 1);
    expect((await verify()).broken?.reason).toContain('no keyed "audit.chain-keyed" event');
    // The migration to keyed hashes, then the sealer.
    const m = new (kind === 'postgresql' ? PgKeyed : SqliteKeyed)(t.app.orm.em.getDriver() as never, t.app.orm.config as never);
    await m.up();
    for (const q of m.getQueries()) await exec(em(), String(q), [], 'run');
    expect(await verify()).toMatchObject({ ok: true, events, legacy: events, unsealed: 1 });
    await write(2);
    await seal();
    const r = await verify();
    expect(r).toMatchObject({ ok: true, events: events + 3, legacy: events });
    expect(r.head).toMatch(/^k1:/);
    const cmd = await verifyCli(t);
    expect(cmd.code).toBe(0);
    expect(cmd.out).toContain(`the first ${events} sealed before the chain was keyed`);

    const restore = await saveChain(t);
    // An old event altered and the unkeyed part re-hashed: the keyed event after it no longer fits.
    const [second] = await exec<Row[]>(em(), 'select id from audit_event where seq = 2');
    await exec(em(), 'update audit_event set actor = ? where id = ?', ['someone-else', second.id], 'run');
    await sha256Tail(t, 2, events);
    expect((await verify()).broken).toMatchObject({ seq: events + 1, reason: expect.stringContaining('previous-hash') });
    // ... and re-hashing on to the head leaves no keyed event to count the unkeyed ones.
    await sha256Tail(t, events + 1);
    expect((await verify()).broken?.reason).toContain('no keyed "audit.chain-keyed" event');
    await exec(em(), 'update audit_event set actor = ? where id = ?', ['system', second.id], 'run');
    await restore();
    expect((await verify()).ok).toBe(true);
  });
});
