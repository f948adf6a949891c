import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { loadConfig } from '../server/src/config.js';
import { createApp } from '../server/src/app.js';
import { FormTemplate, User } from '../server/src/db/entities/index.js';
import { copyField } from '../server/src/services/sql.js';
import type { Vault } from '../server/src/services/vault.js';
import { person } from '../tests/helpers/fixtures.js';
import { freshDatabase } from '../tests/helpers/pg-database.js';
import { backendCpu, backendCpuSpent, cpuSeconds, peakRssMB, startServer, stopServer, type Row } from './lib.js';

/**
 * Another system reading the whole register by cursor (`verifiedRecords(sortField: sync, first,
 * after)`), as the national population database would on its first run: `records` verified
 * records COPYed into PostgreSQL (values sealed with the server's keys, as ingest stores them),
 * then one consumer with a records:read API key (personal values masked) reads them all, page
 * after page, over HTTP against a server in production mode. Reported: records/s (median of the
 * runs), the median time of the first and of the last 20 pages (a keyset page costs the same at
 * any depth), and the CPU the server and PostgreSQL spent per record.
 */
const PASSWORD = 'quiet harbor lantern 0123456789';
const FORMS_PER_BATCH = 100;
/** Records per page: the most `first` allows. */
const PAGE = Number(process.env.BENCH_SYNC_PAGE ?? 1000);
const RUNS = Number(process.env.BENCH_SYNC_RUNS ?? 3);
const EDGE_PAGES = 20;
const QUERY = `query($after: String, $first: Int!) {
  verifiedRecords(sortField: sync, sortOrder: ASC, first: $first, after: $after) {
    items { id version automatic verifiedAt reviewerRef batch { code } form { formNumber } valueMap sourceMap }
    endCursor hasNextPage
  }
}`;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function copyInto(client: pg.Client, table: string, columns: string[], lines: () => Generator<string>): Promise<void> {
  const chunks = function* () {
    let buf = '';
    for (const l of lines()) {
      buf += l;
      if (buf.length > 1 << 20) {
        yield buf;
        buf = '';
      }
    }
    if (buf) yield buf;
  };
  await pipeline(Readable.from(chunks()), client.query(copyFrom(`copy "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) from stdin`)));
}

const line = (cells: (string | number | boolean | null)[]) => cells.map((c) => copyField(c)).join('\t') + '\n';

/**
 * The register, bulk-loaded: batches, forms and their verified records (one in ten settled by a
 * reviewer). Records get places in the sync order below every transaction id the server has
 * handed out, 500 to a place, as ingest calls of 500 forms would.
 */
async function seed(url: string, vault: Vault, records: number, templateId: number, reviewerId: number): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    // Bulk load: foreign keys are known to hold, so their triggers are skipped.
    await c.query('set session_replication_role = replica');
    const xid = Number((await c.query('select pg_snapshot_xmin(pg_current_snapshot())::text as x')).rows[0].x);
    const batches = Math.ceil(records / FORMS_PER_BATCH);
    const at = new Date(Date.UTC(2026, 10, 2, 1)).toISOString();
    await copyInto(c, 'batch', ['id', 'code', 'template_id', 'province_code', 'district', 'commune', 'status', 'created_at'], function* () {
      for (let b = 1; b <= batches; b++) yield line([b, `001-S${String(b).padStart(6, '0')}`, templateId, '001', 'Quận Ba Đình', 'Phường Kim Mã', 'OPEN', at]);
    });
    await copyInto(c, 'form', ['id', 'batch_id', 'form_number', 'status', 'created_at', 'updated_at', 'verified_at'], function* () {
      for (let i = 1; i <= records; i++) {
        const status = i % 10 === 0 ? 'VERIFIED' : 'AUTO_VERIFIED';
        yield line([i, Math.ceil(i / FORMS_PER_BATCH), String(((i - 1) % FORMS_PER_BATCH) + 1).padStart(6, '0'), status, at, at, at]);
      }
    });
    const places = Math.max(1, Math.min(Math.ceil(records / 500), xid - 3));
    await copyInto(c, 'verified_record', ['id', 'form_id', 'batch_id', 'values', 'sources', 'automatic', 'verified_by_id', 'verified_at', 'citizen_bidx', 'version', 'change_seq'], function* () {
      for (let i = 1; i <= records; i++) {
        const citizenId = `0010${String(90_000_000 + i).padStart(8, '0')}`;
        const values = person({ fullName: `Nguyễn Văn An ${i % 1000}`, citizenId, phone: `09${String(i).padStart(8, '0')}` });
        const reviewed = i % 10 === 0;
        yield line([
          i,
          i,
          Math.ceil(i / FORMS_PER_BATCH),
          vault.sealRecordJson(i, values),
          reviewed ? JSON.stringify({ phone: 'SECOND' }) : '{}',
          !reviewed,
          reviewed ? reviewerId : null,
          at,
          vault.citizenToken(citizenId),
          1,
          1 + Math.floor(((i - 1) * places) / records),
        ]);
      }
    });
    await c.query(`select setval(pg_get_serial_sequence('batch', 'id'), ${batches}), setval(pg_get_serial_sequence('form', 'id'), ${records}), setval(pg_get_serial_sequence('verified_record', 'id'), ${records})`);
    await c.query('analyze batch, form, verified_record');
  } finally {
    await c.end();
  }
}

async function gql(url: string, token: string | null, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: { message: string }[] };
  if (body.errors) throw new Error(`sync bench: ${body.errors[0].message}`);
  return body.data;
}

/** Reads every record by cursor; page times in ms. */
async function readAll(url: string, key: string, limit = Infinity): Promise<{ records: number; pages: number[]; masked: boolean }> {
  const pages: number[] = [];
  let after: string | null = null;
  let records = 0;
  let masked = true;
  for (;;) {
    const t0 = performance.now();
    const d = (await gql(url, key, QUERY, { after, first: PAGE })).verifiedRecords as { items: { valueMap: Record<string, string | null> }[]; endCursor: string | null; hasNextPage: boolean };
    pages.push(performance.now() - t0);
    records += d.items.length;
    const id = d.items[0]?.valueMap.citizenId;
    if (id && !id.includes('*')) masked = false;
    after = d.endCursor;
    if (!d.hasNextPage || records >= limit) return { records, pages, masked };
  }
}

export async function benchSync(pgAdminUrl: string, records: number): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'dualkey-bench-sync-'));
  const db = await freshDatabase(pgAdminUrl, 'dualkey_bench_sync');
  try {
    const t0 = performance.now();
    const app = await createApp(loadConfig({ DATA_DIR: dir, DATABASE_URL: db.url, SEED_DEMO: '0' } as NodeJS.ProcessEnv));
    try {
      const em = app.orm.em.fork();
      await app.services.auth.createUser({ em, actor: null }, { username: 'bench-admin', password: PASSWORD, role: 'ADMIN', displayName: 'bench' });
      await app.services.auth.createUser({ em, actor: null }, { username: 'bench-reviewer', password: PASSWORD, role: 'REVIEWER', displayName: 'bench' });
      const template = await em.findOneOrFail(FormTemplate, { code: 'dc01' });
      const reviewer = await em.findOneOrFail(User, { username: 'bench-reviewer' });
      console.error(`sync: seeding ${records.toLocaleString()} verified records...`);
      await seed(db.url, app.services.vault, records, template.id, reviewer.id);
    } finally {
      await app.close();
    }
    const seedSecs = (performance.now() - t0) / 1000;
    console.error(`sync: seeded in ${seedSecs.toFixed(1)} s`);
    const { child, url } = await startServer({
      DATABASE_URL: db.url,
      DATA_DIR: dir,
      WORKERS: '1',
      NODE_ENV: 'production',
      KEYRING_FILE: join(dir, 'keyring.json'),
      AUTH_SECRET: readFileSync(join(dir, 'auth-secret'), 'utf8').trim(),
    });
    try {
      const token = (await gql(url, null, `mutation{ login(username:"bench-admin", password:"${PASSWORD}"){ token } }`)).login.token as string;
      const key = (await gql(url, token, `mutation{ createApiKey(input:{ name: "national register", scopes: [RECORDS_READ] }){ key } }`)).createApiKey.key as string;
      // A server that has run for a while: its first requests compile (JIT) and fill caches.
      await readAll(url, key, 30 * PAGE);
      const runs: { rate: number; first: number; last: number; cpuUs: number; dbUs: number; masked: boolean }[] = [];
      for (let r = 0; r < RUNS; r++) {
        const cpu0 = cpuSeconds(child.pid!);
        // This database's backends only (a backend that exits in between, or another database's work, would skew a machine-wide sum).
        const db0 = await backendCpu(db.url);
        const t = performance.now();
        const read = await readAll(url, key);
        const secs = (performance.now() - t) / 1000;
        if (read.records !== records) throw new Error(`sync bench: read ${read.records} of ${records} records`);
        runs.push({
          rate: read.records / secs,
          first: median(read.pages.slice(0, EDGE_PAGES)),
          last: median(read.pages.slice(-EDGE_PAGES)),
          cpuUs: ((cpuSeconds(child.pid!) - cpu0) / read.records) * 1e6,
          dbUs: (backendCpuSpent(db0, await backendCpu(db.url)) / read.records) * 1e6,
          masked: read.masked,
        });
        const x = runs.at(-1)!;
        console.error(`sync: run ${r + 1}: ${Math.round(x.rate)} records/s, first/last page ${x.first.toFixed(1)}/${x.last.toFixed(1)} ms, server ${x.cpuUs.toFixed(0)} µs/record, PostgreSQL ${x.dbUs.toFixed(0)} µs/record`);
      }
      const m = (f: (x: (typeof runs)[number]) => number) => median(runs.map(f));
      const first = m((x) => x.first), last = m((x) => x.last);
      const range = (f: (x: (typeof runs)[number]) => number, digits = 0) => `${Math.min(...runs.map(f)).toFixed(digits)}–${Math.max(...runs.map(f)).toFixed(digits)}`;
      return [
        {
          suite: 'sync',
          metric: `verifiedRecords by cursor, records:read key (values masked), ${PAGE}/page`,
          database: 'postgresql',
          value: m((x) => x.rate),
          unit: 'records/s',
          peakMemoryMB: peakRssMB(child.pid!),
          note: `median of ${RUNS} full reads of ${records.toLocaleString()} (${range((x) => x.rate)}); server CPU ${m((x) => x.cpuUs).toFixed(0)} µs/record, PostgreSQL CPU ${m((x) => x.dbUs).toFixed(0)} µs/record; ${runs.every((x) => x.masked) ? 'masked' : 'NOT MASKED'}; seeded in ${seedSecs.toFixed(0)} s`,
        },
        {
          suite: 'sync',
          metric: `last page / first page time (median of ${EDGE_PAGES} pages each)`,
          database: 'postgresql',
          value: last / first,
          unit: 'ratio',
          note: `first ${first.toFixed(1)} ms, last ${last.toFixed(1)} ms (runs: ${range((x) => x.last / x.first, 2)})`,
        },
      ];
    } finally {
      await stopServer(child);
    }
  } finally {
    if (process.env.BENCH_KEEP_DB === '1') console.error(`sync: kept ${db.url}`);
    else await db.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}
