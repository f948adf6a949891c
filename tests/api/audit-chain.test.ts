import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { exec, isPostgres } from '../../server/src/services/sql.js';
import { audit, AuditSealer, sealAuditEvents, verifyAuditChain } from '../../server/src/services/audit.service.js';
import { dbKinds, startTestApp, type TestApp } from '../helpers/test-app.js';
import { CREATE_BATCH, keying, person, SUBMIT } from '../helpers/fixtures.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The real command, as an operator runs it (`npm run cli -- verify-audit`), against the test database. */
function cli(t: TestApp) {
  const r = spawnSync(process.execPath, ['--import', '@swc-node/register/esm-register', 'server/src/cli/main.ts', 'verify-audit'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: t.dbUrl, DATA_DIR: t.dataDir, LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe.each(dbKinds())('audit hash chain on %s', (kind) => {
  let t: TestApp;
  const em = () => t.app.orm.em.fork();
  const count = async () => Number((await exec<{ n: number }[]>(em(), 'select count(*) as n from audit_event'))[0].n);

  beforeAll(async () => {
    t = await startTestApp(kind);
    const admin = t.as('admin');
    await admin(CREATE_BATCH, { i: { code: 'A1', provinceCode: '001', district: 'Hoàn Kiếm', commune: 'Hàng Bạc' } });
    await admin(`mutation{ setSpotCheckPolicy(batchId: "1", policy: { every: 5 }){ id } }`);
    // Many writers at once: every request inserts its events unsealed, in its own transaction.
    const station = t.as('station');
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.submit([keying('A1', `F${i}`, 1, 'KT1', person()), keying('A1', `F${i}`, 2, 'KT2', person(i % 2 ? { fullName: 'Nguyễn Văn Ân' } : {}))]),
      ),
    );
    await Promise.all(Array.from({ length: 6 }, (_, i) => admin(`mutation($n:String!){ createApiKey(input:{ name: $n, scopes: [REPORTS_READ] }){ key } }`, { n: `k${i}` })));
    await t.app.auditSealer.flush();
  });
  afterAll(async () => t?.close());

  it('seals every event exactly once, in one unbroken chain', async () => {
    const n = await count();
    expect(n).toBeGreaterThanOrEqual(19);
    // A second sealer run (another instance) finds nothing left and changes nothing.
    expect(await sealAuditEvents(em())).toBe(0);
    const r = await verifyAuditChain(em());
    expect(r).toMatchObject({ ok: true, events: n, unsealed: 0 });
    expect(r.head).toMatch(/^[0-9a-f]{64}$/);
    const seqs = (await exec<{ seq: number }[]>(em(), 'select seq from audit_event order by seq')).map((x) => Number(x.seq));
    expect(seqs).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    const cmd = cli(t);
    expect(cmd.out).toContain(`audit chain intact: ${n} events`);
    expect(cmd.code).toBe(0);
  });

  it('stays one chain when sealers race each other and the writers', async () => {
    const before = await count();
    const write = (i: number) => em().transactional((tx) => audit(tx, null, [{ action: 'test.race', entityType: 'batch', entityId: i, data: { i } }]));
    const seal = () => sealAuditEvents(em());
    await Promise.all([...Array.from({ length: 30 }, (_, i) => write(i)), seal(), seal(), seal(), seal()]);
    await seal(); // what the next trigger (a request, or the 5-second sweep) does
    const r = await verifyAuditChain(em());
    expect(r).toMatchObject({ ok: true, events: before + 30, unsealed: 0 });
  });

  it('coalesces requests made close together into one sealer run, which seals them all', async () => {
    const before = await count();
    const unsealed = async () => Number((await exec<{ n: number }[]>(em(), 'select count(*) as n from audit_event where seq is null'))[0].n);
    const sealer = new AuditSealer(t.app.orm.em, (e) => {
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
      expect(await verifyAuditChain(em())).toMatchObject({ ok: true, events: before + 25, unsealed: 0 });
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
    const r = await verifyAuditChain(em());
    expect(r.ok).toBe(false);
    expect(r.broken).toMatchObject({ id: Number(victim.id), reason: expect.stringContaining('altered') });
    const cmd = cli(t);
    expect(cmd.code).toBe(1);
    expect(cmd.out).toContain(`BROKEN at event ${victim.id}`);

    // Hashes are over canonical JSON: the same content in another spelling verifies again.
    const respelled = JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(original)).reverse()), null, 1);
    await exec(em(), `update audit_event set data = ${isPostgres(em()) ? '?::json' : '?'} where id = ?`, [respelled, victim.id], 'run');
    expect((await verifyAuditChain(em())).ok).toBe(true);
  });

  it('finds a deleted event, an altered actor and a re-chained event', async () => {
    const ids = (await exec<{ id: number }[]>(em(), 'select id from audit_event order by seq')).map((x) => Number(x.id));
    const [, second, third, fourth] = ids;

    const [{ actor }] = await exec<{ actor: string }[]>(em(), 'select actor from audit_event where id = ?', [fourth]);
    await exec(em(), 'update audit_event set actor = ? where id = ?', ['someone-else', fourth], 'run');
    expect((await verifyAuditChain(em())).broken).toMatchObject({ id: fourth });
    await exec(em(), 'update audit_event set actor = ? where id = ?', [actor, fourth], 'run');
    expect((await verifyAuditChain(em())).ok).toBe(true);

    // Recomputing one event's own hash is not enough: the next event still points at the old one.
    const [row] = await exec<any[]>(em(), 'select hash from audit_event where id = ?', [third]);
    await exec(em(), 'update audit_event set hash = ? where id = ?', ['f'.repeat(64), third], 'run');
    expect((await verifyAuditChain(em())).broken).toMatchObject({ id: third });
    await exec(em(), 'update audit_event set hash = ? where id = ?', [row.hash, third], 'run');

    await exec(em(), 'delete from audit_event where id = ?', [second], 'run');
    const r = await verifyAuditChain(em());
    expect(r.broken).toMatchObject({ id: third, reason: expect.stringContaining('missing') });
    expect(r.events).toBe(1);
  });
});
