import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { loadConfig } from '../server/src/config.js';
import { createApp } from '../server/src/app.js';
import { Batch, FormTemplate } from '../server/src/db/entities/index.js';
import { iterateCampaign } from '../server/src/sim/campaign.js';
import { cpuSeconds, peakRssMB, postgresCpuSeconds, startServer, stopServer, type Row } from './lib.js';
import { freshDatabase } from '../tests/helpers/pg-database.js';
import { copyField } from '../server/src/services/sql.js';

export const PASSWORD = 'quiet harbor lantern 0123456789';
/**
 * Calls in flight at once, as several keying stations would have: 4 per server process (with
 * fewer, the processes of WORKERS=2 sit idle while their calls wait on PostgreSQL).
 */
const concurrency = (workers: number) => Number(process.env.BENCH_CONCURRENCY ?? 4 * workers);
/**
 * Forms ingested (both passes, other batches) before the clock starts: a server runs for days, so
 * the measured rate should not include its first seconds of JIT compilation (about a quarter of
 * the server CPU measured in a 20,000-form run without it).
 */
const WARMUP_FORMS = Number(process.env.BENCH_WARMUP_FORMS ?? 5000);
/**
 * BENCH_SPOT_CHECK=MODE:PERCENT (e.g. RISK:5) gives every batch that spot-check policy, to time
 * the draw too (RISK reads the clerks' error rates once per call); none by default.
 */
function spotCheckPolicy(): Partial<Batch> {
  const v = process.env.BENCH_SPOT_CHECK;
  if (!v) return {};
  const [mode, percent] = v.split(':');
  if ((mode !== 'UNIFORM' && mode !== 'RISK') || !(Number(percent) > 0 && Number(percent) <= 100)) throw new Error(`BENCH_SPOT_CHECK must be UNIFORM:<percent> or RISK:<percent>, got ${v}`);
  return { spotCheckMode: mode, spotCheckPercent: Number(percent), spotCheckSeed: 1 };
}

interface Prepared {
  batches: { code: string; provinceCode: string; district: string; commune: string }[];
  pass1: string[];
  pass2: string[];
  keyings: Record<string, unknown>[];
  /** The clerk codes the keyings name: registered before ingest (stations may name registered clerks only). */
  clerks: string[];
}

/** Request bodies are serialized before the clock starts: we time the server, not the client. */
export function prepare(forms: number, perRequest: number, seed = 7, codePrefix = ''): Prepared {
  const batches: Prepared['batches'] = [];
  const keyings: Record<string, unknown>[] = [];
  const byPass: Record<string, unknown>[][] = [[], []];
  const clerks = new Set<string>();
  for (const c of iterateCampaign(seed, { forms, batchSize: 100, provinces: 10, clerks: 200, teamSize: 8 })) {
    const b = { ...c, code: codePrefix + c.code };
    batches.push({ code: b.code, provinceCode: b.provinceCode, district: b.district, commune: b.commune });
    for (const f of b.forms) {
      for (const [i, p] of [f.pass1, f.pass2].entries()) {
        const k = {
          idempotencyKey: `${b.code}/${f.formNumber}/${i + 1}`,
          batchCode: b.code,
          formNumber: f.formNumber,
          pass: i + 1,
          keyerCode: p.keyerCode,
          stationCode: 'BENCH',
          startedAt: p.startedAt.toISOString(),
          submittedAt: p.submittedAt.toISOString(),
          values: p.values,
        };
        byPass[i].push(k);
        keyings.push(k);
        clerks.add(p.keyerCode);
      }
    }
  }
  const query = 'mutation($k:[KeyingInput!]!){ submitKeyings(keyings:$k){ status code } }';
  const bodies = (list: Record<string, unknown>[]) => {
    const out: string[] = [];
    for (let i = 0; i < list.length; i += perRequest) out.push(JSON.stringify({ query, variables: { k: list.slice(i, i + perRequest) } }));
    return out;
  };
  return { batches, pass1: bodies(byPass[0]), pass2: bodies(byPass[1]), keyings, clerks: [...clerks] };
}

/** Two stations, one per pass (one credential never supplies both passes of a form). */
export const STATIONS = ['bench-station-1', 'bench-station-2'];

export async function setup(databaseUrl: string, dataDir: string, batches: Prepared['batches'], clerks: string[]) {
  const config = loadConfig({ DATA_DIR: dataDir, DATABASE_URL: databaseUrl, SEED_DEMO: '0' } as NodeJS.ProcessEnv);
  const app = await createApp(config);
  const em = app.orm.em.fork();
  for (const username of STATIONS) await app.services.auth.createUser({ em, actor: null }, { username, password: PASSWORD, role: 'STATION', displayName: 'bench' });
  await app.services.auth.registerClerks({ em, actor: null }, clerks.map((c) => ({ keyerCode: c, displayName: `Clerk ${c}` })));
  const template = await em.findOneOrFail(FormTemplate, { code: 'dc01' });
  const policy = spotCheckPolicy();
  for (const b of batches) em.create(Batch, { ...b, ...policy, template, status: 'OPEN', createdAt: new Date() });
  await em.flush();
  await app.close();
}

export async function send(url: string, token: string, bodies: string[], concurrency: number): Promise<{ rejected: number }> {
  let next = 0;
  let rejected = 0;
  const worker = async () => {
    while (next < bodies.length) {
      const body = bodies[next++];
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
      const json = (await res.json()) as { data?: { submitKeyings: { status: string }[] }; errors?: unknown[] };
      if (json.errors) throw new Error(`ingest failed: ${JSON.stringify(json.errors).slice(0, 300)}`);
      rejected += json.data!.submitKeyings.filter((o) => o.status !== 'ACCEPTED').length;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { rejected };
}

export async function benchIngest(opts: { forms: number; perRequest: number; pgAdminUrl: string | null; sqlite: boolean }): Promise<Row[]> {
  const rows: Row[] = [];
  console.error(`preparing ${opts.forms.toLocaleString()} forms (${(opts.forms * 2).toLocaleString()} keyings) from the simulator...`);
  const data = prepare(opts.forms, opts.perRequest);
  const warmup = prepare(WARMUP_FORMS, opts.perRequest, 8, 'W');
  const total = data.keyings.length;
  let ceiling: number | undefined;

  if (opts.pgAdminUrl) {
    ceiling = await copyCeiling(opts.pgAdminUrl, data.keyings);
    rows.push({ suite: 'ingest', metric: 'COPY into a bare table (ceiling)', database: 'postgresql', value: ceiling, unit: 'keyings/s', note: `${total.toLocaleString()} keyings, 1 connection` });
  }
  const targets: { name: string; workers: number; url: (dir: string) => Promise<{ url: string; drop: () => Promise<void> }> }[] = [];
  if (opts.sqlite) targets.push({ name: 'sqlite', workers: 1, url: async (dir) => ({ url: `sqlite:${join(dir, 'bench.sqlite')}`, drop: async () => undefined }) });
  if (opts.pgAdminUrl) {
    const admin = opts.pgAdminUrl;
    // One server process, and one per core (WORKERS=auto, the production setting on PostgreSQL).
    for (const workers of new Set(process.env.BENCH_WORKERS ? process.env.BENCH_WORKERS.split(',').map(Number) : [1, availableParallelism()])) targets.push({
      name: 'postgresql',
      workers,
      url: () => freshDatabase(admin, 'dualkey_bench'),
    });
  }
  for (const target of targets) {
    const dir = mkdtempSync(join(tmpdir(), 'dualkey-bench-'));
    const db = await target.url(dir);
    try {
      await setup(db.url, dir, [...data.batches, ...warmup.batches], [...new Set([...data.clerks, ...warmup.clerks])]);
      // Production mode, as deployed: the keys and token secret setup made, passed explicitly.
      const { child, url } = await startServer({
        DATABASE_URL: db.url,
        DATA_DIR: dir,
        WORKERS: String(target.workers),
        NODE_ENV: 'production',
        KEYRING_FILE: join(dir, 'keyring.json'),
        AUTH_SECRET: readFileSync(join(dir, 'auth-secret'), 'utf8').trim(),
      });
      try {
        const [token1, token2] = await Promise.all(
          STATIONS.map(async (username) => {
            const login = await fetch(`${url}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ query: `mutation{ login(username:"${username}", password:"${PASSWORD}"){ token } }` }),
            });
            return ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
          }),
        );
        console.error(`ingesting into ${target.name} (${target.workers} server process${target.workers > 1 ? 'es' : ''})...`);
        const inFlight = concurrency(target.workers);
        await send(url, token1, warmup.pass1, inFlight);
        await send(url, token2, warmup.pass2, inFlight);
        const t0 = performance.now();
        const cpu0 = cpuSeconds(child.pid!);
        const db0 = target.name === 'postgresql' ? postgresCpuSeconds() : NaN;
        const r1 = await send(url, token1, data.pass1, inFlight);
        const r2 = await send(url, token2, data.pass2, inFlight);
        const secs = (performance.now() - t0) / 1000;
        // Server CPU per keying, all its processes: the figure that decides the rate on a machine whose cores are all busy.
        const cpuUs = ((cpuSeconds(child.pid!) - cpu0) / total) * 1e6;
        const dbUs = ((postgresCpuSeconds() - db0) / total) * 1e6;
        const rate = total / secs;
        if (r1.rejected + r2.rejected) console.error(`warning: ${r1.rejected + r2.rejected} keyings rejected`);
        rows.push({
          suite: 'ingest',
          metric: `submitKeyings over HTTP, ${opts.perRequest}/call, both passes${target.workers > 1 ? `, WORKERS=${target.workers}` : ', 1 process'}`,
          database: target.name,
          value: rate,
          unit: 'keyings/s',
          ceiling: target.name === 'postgresql' ? ceiling : undefined,
          ratio: target.name === 'postgresql' && ceiling ? rate / ceiling : undefined,
          peakMemoryMB: peakRssMB(child.pid!),
          note: `${total.toLocaleString()} keyings in ${secs.toFixed(1)} s after ${warmup.keyings.length.toLocaleString()} to warm up, ${inFlight} calls in flight; server CPU ${Math.round(cpuUs)} µs/keying${Number.isFinite(dbUs) ? `, PostgreSQL CPU ${Math.round(dbUs)} µs/keying` : ''}`,
        });
      } finally {
        await stopServer(child);
      }
    } finally {
      await db.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}

/** The same keyings COPYed into a bare table with the same columns: what PostgreSQL itself can take. */
async function copyCeiling(adminUrl: string, keyings: Record<string, unknown>[]): Promise<number> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query('drop table if exists bench_bare_keying');
    await c.query(
      'create unlogged table bench_bare_keying (id bigserial primary key, form_number text, pass smallint, keyer_code text, station_code text, started_at timestamptz, submitted_at timestamptz, "values" jsonb, idempotency_key text unique)',
    );
    await c.query('alter table bench_bare_keying set logged');
    // Lines are joined into ~1 MB chunks: one write per line would measure the client, not PostgreSQL.
    const chunks: string[] = [];
    let buf = '';
    for (const k of keyings) {
      buf += [k.formNumber, k.pass, k.keyerCode, k.stationCode, k.startedAt, k.submittedAt, copyField(JSON.stringify(k.values)), copyField(String(k.idempotencyKey))].join('\t') + '\n';
      if (buf.length > 1 << 20) {
        chunks.push(buf);
        buf = '';
      }
    }
    if (buf) chunks.push(buf);
    const t0 = performance.now();
    const stream = c.query(copyFrom('copy bench_bare_keying (form_number, pass, keyer_code, station_code, started_at, submitted_at, "values", idempotency_key) from stdin'));
    await pipeline(Readable.from(chunks), stream);
    const secs = (performance.now() - t0) / 1000;
    return keyings.length / secs;
  } finally {
    await c.query('drop table if exists bench_bare_keying');
    await c.end();
  }
}
