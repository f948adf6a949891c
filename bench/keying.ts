import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../server/src/config.js';
import { createApp } from '../server/src/app.js';
import { Batch, FormTemplate } from '../server/src/db/entities/index.js';
import { PROVINCE_NAME_BY_CODE } from '../server/src/domain/provinces.js';
import { generateCampaign } from '../server/src/sim/campaign.js';
import { renderFormSvg } from '../server/src/sim/scan-svg.js';
import { freshDatabase } from '../tests/helpers/pg-database.js';
import { backendCpu, backendCpuSpent, cpuSeconds, peakRssMB, startServer, stopServer, type Row } from './lib.js';

const SECRET = 'keying-bench-shared-secret-0123456789abcdef';
const PASSWORD = 'keying bench password 0123';
const BATCH = 'KEYBENCH';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

type Values = Record<string, string | null>;

/** Registers `forms` scans (through the same service as import-scans) and `clerks` KEYER accounts; returns each form's two simulated keyings. */
async function prepare(databaseUrl: string, forms: number, clerks: number): Promise<{ dataDir: string; keyings: Map<string, [Values, Values]> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dualkey-keying-bench-'));
  const app = await createApp(loadConfig({ DATA_DIR: dataDir, DATABASE_URL: databaseUrl, SEED_DEMO: '0', AUTH_SECRET: SECRET } as NodeJS.ProcessEnv));
  try {
    const em = app.orm.em.fork();
    for (let i = 0; i < clerks; i++) {
      await app.services.auth.createUser({ em, actor: null }, { username: `bench-clerk-${i}`, password: PASSWORD, role: 'KEYER', displayName: `Clerk ${i}`, keyerCode: `KB${i}` });
    }
    const campaign = generateCampaign(7301, { forms, batchSize: forms, provinces: 1, clerks: 2, baseErrorRate: 0.008 });
    const b = campaign.batches[0];
    em.create(Batch, { code: BATCH, template: await em.findOneOrFail(FormTemplate, { code: 'dc01' }), provinceCode: b.provinceCode, district: b.district, commune: b.commune, status: 'OPEN', createdAt: new Date() });
    await em.flush();
    const batch = await app.services.scanImport.batch(app.orm.em.fork(), BATCH);
    const keyings = new Map<string, [Values, Values]>();
    for (const f of b.forms) {
      const svg = Buffer.from(renderFormSvg(f.truth, { batchCode: BATCH, formNumber: f.formNumber, provinceName: PROVINCE_NAME_BY_CODE[b.provinceCode] }));
      const o = await app.services.scanImport.register({ em: app.orm.em.fork(), actor: null }, batch, { name: `${f.formNumber}.svg`, bytes: svg });
      if (o.status !== 'IMPORTED') throw new Error(`keying bench setup: ${o.file} ${o.reason}`);
      keyings.set(f.formNumber, [f.pass1.values, f.pass2.values]);
    }
    return { dataDir, keyings };
  } finally {
    await app.close();
  }
}

interface ClerkRun {
  /** Save, then the next lease, then its scan: what the clerk waits for between two forms. */
  saveToNext: number[];
  /** Its two parts: the save with the next lease, then the scan. */
  save: number[];
  scan: number[];
  saved: number;
  errors: string[];
}

/** One clerk at the keying screen: open a form, "type" for a moment, save, next; until nothing is left. */
async function clerkLoop(url: string, i: number, keyings: Map<string, [Values, Values]>, firstOfForm: Set<string>, thinkMs: number): Promise<ClerkRun> {
  const call = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
  };
  const run: ClerkRun = { saveToNext: [], save: [], scan: [], saved: 0, errors: [] };
  const login = await call('mutation BenchLogin($u:String!,$p:String!){ login(username:$u,password:$p){ token } }', { u: `bench-clerk-${i}`, p: PASSWORD });
  const token = login.data.login.token as string;
  type Lease = { id: string; formNumber: string; scanUrl: string | null } | null;
  const fetchScan = async (lease: Lease) => {
    if (!lease?.scanUrl) return;
    const c1 = performance.now();
    const s = await fetch(url + lease.scanUrl, { headers: { authorization: `Bearer ${token}` } });
    if (!s.ok) throw new Error(`scan ${s.status}`);
    await s.arrayBuffer();
    run.scan.push(performance.now() - c1);
  };
  const first = await call('mutation BenchClaim { claimNextKeying { id formNumber scanUrl } }', {}, token);
  if (first.errors) throw new Error(first.errors[0].message);
  let lease = first.data.claimNextKeying as Lease;
  await fetchScan(lease);
  while (lease) {
    const opened = new Date();
    await new Promise((r) => setTimeout(r, thinkMs * (0.5 + Math.random())));
    // The first save of a form types pass 1's simulated values, the second pass 2's (the clerk never knows which it is).
    const [v1, v2] = keyings.get(lease.formNumber)!;
    const values = firstOfForm.has(lease.formNumber) ? v2 : (firstOfForm.add(lease.formNumber), v1);
    const t0 = performance.now();
    // As the keying screen does it: the save and the next form in one request, then its scan.
    const r = await call(
      'mutation BenchSave($id:ID!,$k:LeasedKeyingInput!){ saveLeasedKeying(id:$id, keying:$k, next: true){ status next { id formNumber scanUrl } } }',
      { id: lease.id, k: { idempotencyKey: `bench:${lease.id}`, startedAt: opened.toISOString(), submittedAt: new Date().toISOString(), values } },
      token,
    );
    run.save.push(performance.now() - t0);
    if (r.errors) {
      run.errors.push(r.errors[0].message);
      if (run.errors.length > 20) break;
      const again = await call('mutation BenchClaim { claimNextKeying { id formNumber scanUrl } }', {}, token);
      lease = (again.data?.claimNextKeying ?? null) as Lease;
    } else {
      run.saved++;
      lease = r.data.saveLeasedKeying.next as Lease;
    }
    await fetchScan(lease);
    run.saveToNext.push(performance.now() - t0);
  }
  return run;
}

/**
 * The keying station under `clerks` clerks keying at once against one server on PostgreSQL: each
 * saves a form and opens the next (lease, then its scan) until every pass is keyed. The time from
 * pressing save to the next form being there is the figure a clerk feels. A clerk "types" for
 * `thinkMs` on average (0.5–1.5×): real clerks take minutes per form, so even 2 s is ~50 times
 * their pace, and 50 of them ask far more of the server than a real floor of 50.
 */
export async function benchKeying(pgAdminUrl: string, forms: number, clerks: number, thinkMs = 2000): Promise<Row[]> {
  const db = await freshDatabase(pgAdminUrl, 'dualkey_bench_keying');
  console.error(`preparing ${forms} scanned forms and ${clerks} clerks...`);
  const { dataDir, keyings } = await prepare(db.url, forms, clerks);
  const { child, url } = await startServer({ DATABASE_URL: db.url, DATA_DIR: dataDir, AUTH_SECRET: SECRET });
  try {
    const cpu0 = cpuSeconds(child.pid!);
    const db0 = await backendCpu(db.url);
    const firstOfForm = new Set<string>();
    const t0 = performance.now();
    const runs = await Promise.all(Array.from({ length: clerks }, (_, i) => clerkLoop(url, i, keyings, firstOfForm, thinkMs)));
    const secs = (performance.now() - t0) / 1000;
    const serverCpu = cpuSeconds(child.pid!) - cpu0;
    const dbCpu = backendCpuSpent(db0, await backendCpu(db.url));
    const saved = runs.reduce((n, r) => n + r.saved, 0);
    const errors = runs.flatMap((r) => r.errors);
    if (errors.length) console.error(`warning: ${errors.length} errors, e.g. ${errors[0]}`);
    const lat = runs.flatMap((r) => r.saveToNext).sort((a, b) => a - b);
    const p50 = (k: 'save' | 'scan') => percentile(runs.flatMap((r) => r[k]).sort((a, b) => a - b), 50).toFixed(0);
    const load = loadavg()[0].toFixed(1);
    const note = `${saved.toLocaleString()} keyings of ${forms.toLocaleString()} forms, ${clerks} clerks at once typing ${thinkMs} ms per form on average, 1 server, load average ${load} at the end; save with the next lease + its scan (p50 ${p50('save')} + ${p50('scan')} ms); CPU per keying: server ${((serverCpu / saved) * 1000).toFixed(2)} ms${Number.isFinite(dbCpu) ? `, PostgreSQL ${((dbCpu / saved) * 1000).toFixed(2)} ms` : ''}${errors.length ? `; ${errors.length} errors` : ''}`;
    return [
      { suite: 'keying', metric: 'save → next form p50', database: 'postgresql', value: percentile(lat, 50), unit: 'ms', note },
      { suite: 'keying', metric: 'save → next form p99', database: 'postgresql', value: percentile(lat, 99), unit: 'ms', ceiling: 300, ratio: percentile(lat, 99) / 300, note },
      { suite: 'keying', metric: 'keyings saved', database: 'postgresql', value: saved / secs, unit: 'keyings/s', peakMemoryMB: peakRssMB(child.pid!), note },
    ];
  } finally {
    await stopServer(child);
    rmSync(dataDir, { recursive: true, force: true });
    await db.drop();
  }
}
