import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openOrm } from '../../server/src/db/orm.js';
import { verifyAuditChain } from '../../server/src/services/audit.service.js';
import { auditKey, parseKeyRing } from '../../server/src/domain/crypto.js';
import { LOAD_SECRET, prepareReviewLoad, reviewLoop } from '../helpers/review-load.js';
import { clusterUnavailableReason, PgBouncer, pgbouncerBin, PgCluster } from '../helpers/pg-cluster.js';
import { invariantViolations, ServerProcess } from '../helpers/scale.js';

/**
 * The README's pooling advice, tested: two server processes (pools of 10 each) talk to
 * PostgreSQL only through pgbouncer in transaction mode with 3 server connections. Migrations,
 * claims (FOR UPDATE SKIP LOCKED), resolutions and the audit sealer's transaction-scoped advisory
 * lock all work through it; no session state is relied upon.
 */
const why = clusterUnavailableReason() ?? (pgbouncerBin() ? null : 'pgbouncer is not installed (apt-get install pgbouncer)');
if (why) {
  if (process.env.DUALKEY_REQUIRE_PG === '1') throw new Error(`pgbouncer test required (DUALKEY_REQUIRE_PG=1) but cannot run: ${why}`);
  console.warn(`\n*** pgbouncer test SKIPPED: ${why}\n`);
}

const TASKS = 150;
const REVIEWERS = 12;
const POOL = 3;

describe.skipIf(!!why)('through pgbouncer in transaction mode', () => {
  let cluster: PgCluster;
  let bouncer: PgBouncer;
  let dataDir = '';
  let usernames: string[] = [];
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    cluster = await PgCluster.init();
    await cluster.start();
    await cluster.query('create database dualkey');
    bouncer = await PgBouncer.start(cluster, 'dualkey', POOL);
    // Migrations and the whole setup go through pgbouncer too. The servers use the key ring the
    // setup wrote to DATA_DIR (DUALKEY_KEYRING empty). pgbouncer 1.18 cannot keep named statements
    // across server connections: unnamed ones, as the README's deployment section says.
    ({ dataDir, usernames } = await prepareReviewLoad(bouncer.url(), TASKS, REVIEWERS, { DATABASE_PREPARED_STATEMENTS: '0' }));
    for (let i = 0; i < 2; i++) servers.push(await ServerProcess.start({ DATABASE_URL: bouncer.url(), DATA_DIR: dataDir, AUTH_SECRET: LOAD_SECRET, DATABASE_POOL_MAX: '10', DATABASE_PREPARED_STATEMENTS: '0', DUALKEY_KEYRING: '' }));
  }, 180_000);

  afterAll(async () => {
    for (const s of servers) await s.stop();
    await bouncer?.stop();
    await cluster?.destroy();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it(`${REVIEWERS} reviewers on two servers resolve ${TASKS} tasks exactly once over ${POOL} PostgreSQL connections`, async () => {
    let maxClients = 0;
    let maxServers = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        for (const p of await bouncer.pools().catch(() => [])) {
          if (p.database !== 'dualkey') continue;
          maxClients = Math.max(maxClients, Number(p.cl_active) + Number(p.cl_waiting));
          maxServers = Math.max(maxServers, Number(p.sv_active) + Number(p.sv_idle) + Number(p.sv_used) + Number(p.sv_tested) + Number(p.sv_login));
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const urls = servers.map((s) => s.base);
    const runs = await Promise.all(usernames.map((u, i) => reviewLoop(urls, u, i)));
    sampling = false;
    await sampler;
    expect(runs.flatMap((r) => r.errors)).toEqual([]);
    const resolved = runs.flatMap((r) => r.resolved);
    expect(resolved.length).toBe(TASKS);
    expect(new Set(resolved).size).toBe(TASKS);
    // Many client connections, never more than POOL server connections.
    expect(maxServers).toBeLessThanOrEqual(POOL);
    expect(maxClients).toBeGreaterThan(POOL);
    const direct = cluster.url('dualkey');
    expect(await invariantViolations(direct)).toEqual([]);
    const [{ n }] = await cluster.query<{ n: string }>(`select count(*) as n from verified_record r join form f on f.id = r.form_id where f.status = 'VERIFIED'`, [], 'dualkey');
    expect(Number(n)).toBe(TASKS);
    // The audit sealer (transaction-scoped advisory lock) sealed everything through pgbouncer.
    await new Promise((r) => setTimeout(r, 1000));
    const orm = await openOrm({ dialect: 'postgresql', url: direct });
    try {
      const chain = await verifyAuditChain(orm.em.fork(), auditKey(parseKeyRing(readFileSync(join(dataDir, 'keyring.json'), 'utf8'))));
      expect(chain.ok).toBe(true);
    } finally {
      await orm.close(true);
    }
    console.log(`pgbouncer: up to ${maxClients} client connections served by at most ${maxServers} PostgreSQL connections`);
  }, 240_000);
});
