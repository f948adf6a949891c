import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { freshDatabase } from '../tests/helpers/pg-database.js';
import { loadConfig } from '../server/src/config.js';
import { createApp } from '../server/src/app.js';
import { campaignStartDate, defaultClerks, driveCampaign, GqlClient, login } from '../server/src/sim/drive.js';
import { peakRssMB, startServer, stopServer, type Row } from './lib.js';

/** Simulated reviewers working at once. */
const REVIEWERS = 16;
/** Forms ingested then reviewed at a time: the database keeps growing, the client's memory does not. */
const CHUNK = 20_000;

/**
 * The whole pipeline at growing campaign sizes on PostgreSQL: for each size a fresh database and
 * one server process; both passes ingested over HTTP (500 keyings per call, 4 calls in flight; the
 * server compares each form when its second keying arrives), every review task resolved by
 * simulated reviewers from the ground truth, then the reports the schema offers. Prints time and
 * microseconds per form per phase; the cost per form must stay flat as the campaign grows.
 */
export async function benchScaling(pgAdminUrl: string, sizes: number[], opts: { chunk?: number; reviewers?: number } = {}): Promise<Row[]> {
  const rows: Row[] = [];
  const base = new Map<string, number>(); // metric -> us/form at the first size
  for (const forms of sizes) {
    const db = await freshDatabase(pgAdminUrl, `dualkey_scale_${forms}`);
    const dbUrl = db.url;
    const dataDir = mkdtempSync(join(tmpdir(), 'dualkey-scale-'));
    try {
      const password = randomBytes(18).toString('base64url');
      const app = await createApp(loadConfig({ DATA_DIR: dataDir, DATABASE_URL: dbUrl, SEED_DEMO: '0' } as NodeJS.ProcessEnv));
      await app.services.auth.createUser({ em: app.orm.em.fork(), actor: null }, { username: 'scale-admin', password, role: 'ADMIN', displayName: 'Scaling bench' });
      await app.close();

      const { child, url } = await startServer({ DATABASE_URL: dbUrl, DATA_DIR: dataDir, RATE_LIMIT_PER_MINUTE: '0' });
      try {
        const adminClient = await login(`${url}/graphql`, 'scale-admin', password);
        console.error(`scaling: ${forms.toLocaleString('en-US')} forms...`);
        const t0 = performance.now();
        let lastLog = 0;
        const clerks = defaultClerks(forms);
        const run = await driveCampaign({
          admin: adminClient,
          tag: `scale${forms}`,
          seed: 7,
          campaign: { forms, batchSize: 100, provinces: 10, clerks, startDate: campaignStartDate(forms, clerks) },
          reviewers: opts.reviewers ?? REVIEWERS,
          reviewerErrorRate: 0.001,
          spot: null,
          chunkForms: opts.chunk ?? CHUNK,
          readBack: false,
          onProgress: (_phase, done) => {
            if (done - lastLog >= 100_000 || done === forms) {
              lastLog = done;
              console.error(`  ${done.toLocaleString('en-US')} forms through the pipeline, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
            }
          },
        });
        const tr = performance.now();
        const reports = await runReports(adminClient);
        const reportMs = performance.now() - tr;
        const wall = performance.now() - t0;
        const peak = peakRssMB(child.pid!);
        if (run.rejected || run.reviewErrors.length) {
          console.error(`warning: ${run.rejected} keyings rejected (${run.firstRejection}), ${run.reviewErrors.length} tasks failed (${run.reviewErrors[0] ?? ''})`);
        }
        const us = (ms: number) => (ms * 1000) / forms;
        const add = (metric: string, ms: number, note: string, memory = false) => {
          const value = us(ms);
          const key = metric;
          if (!base.has(key)) base.set(key, value);
          const first = base.get(key)!;
          const isBase = forms === sizes[0];
          rows.push({
            suite: 'scaling',
            metric: `${metric}, ${forms.toLocaleString('en-US')} forms`,
            database: 'postgresql',
            value,
            unit: 'us/form',
            ceiling: isBase ? undefined : first,
            ratio: isBase || !first ? undefined : value / first,
            peakMemoryMB: memory ? peak : undefined,
            note: `${note}${isBase ? '' : `; ratio: cost per form vs ${sizes[0]!.toLocaleString('en-US')} forms`}`,
          });
        };
        const kps = (n: number, ms: number) => `${Math.round(n / (ms / 1000)).toLocaleString('en-US')}/s`;
        add('ingest pass 1 (HTTP, 500/call, 4 in flight)', run.ms.ingest1, `${(run.ms.ingest1 / 1000).toFixed(1)} s, ${kps(forms, run.ms.ingest1)} keyings`);
        add('ingest pass 2 + comparison', run.ms.ingest2, `${(run.ms.ingest2 / 1000).toFixed(1)} s, ${kps(forms, run.ms.ingest2)} keyings`);
        add(`review (${opts.reviewers ?? REVIEWERS} simulated reviewers)`, run.ms.review, `${(run.ms.review / 1000).toFixed(1)} s, ${run.reviewTasks.toLocaleString('en-US')} tasks (${((100 * run.reviewTasks) / forms).toFixed(1)}% of forms), ${kps(run.reviewTasks, run.ms.review)} tasks`);
        add('batch registration (createBatch)', run.ms.batches, `${(run.ms.batches / 1000).toFixed(1)} s, ${Math.ceil(forms / 100)} batches`);
        add('reports', reportMs, reports.note);
        add('whole pipeline (wall clock)', wall, `${(wall / 1000).toFixed(1)} s in all, ${run.keyings.toLocaleString('en-US')} keyings; peak RSS is the server's`, true);
      } finally {
        await stopServer(child);
      }
    } finally {
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return rows;
}

type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null };
type FieldInfo = { name: string; args: { name: string; type: TypeRef; defaultValue: string | null }[]; type: TypeRef };

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';

function named(t: TypeRef): TypeRef {
  let x = t;
  while (x.ofType) x = x.ofType;
  return x;
}

const required = (f: FieldInfo) => f.args.filter((a) => a.type.kind === 'NON_NULL' && a.defaultValue === null);

/**
 * The report queries the schema offers (Query fields named *Report), each called once with its
 * default arguments and every scalar it returns (two levels deep). Skipped, with a note, when
 * there are none or one needs arguments we cannot guess.
 */
async function runReports(admin: GqlClient): Promise<{ note: string }> {
  const q = await admin.call<{ __schema: { queryType: { fields: FieldInfo[] } } }>(`{ __schema { queryType { fields { name args { name defaultValue type { ${TYPE_REF} } } type { ${TYPE_REF} } } } } }`);
  const reports = q.__schema.queryType.fields.filter((f) => /Report$/.test(f.name));
  if (!reports.length) return { note: 'no report queries in the schema yet (skipped)' };
  const types = new Map<string, FieldInfo[]>();
  const fieldsOf = async (name: string): Promise<FieldInfo[]> => {
    if (!types.has(name)) {
      const r = await admin.call<{ __type: { fields: FieldInfo[] | null } }>(`query($n:String!){ __type(name:$n){ fields { name args { name defaultValue type { ${TYPE_REF} } } type { ${TYPE_REF} } } } }`, { n: name });
      types.set(name, r.__type.fields ?? []);
    }
    return types.get(name)!;
  };
  const selection = async (t: TypeRef, depth: number): Promise<string | null> => {
    const n = named(t);
    if (n.kind === 'SCALAR' || n.kind === 'ENUM') return '';
    if (n.kind !== 'OBJECT' || depth > 2) return null;
    const parts: string[] = [];
    for (const f of await fieldsOf(n.name!)) {
      if (required(f).length) continue;
      const sub = await selection(f.type, depth + 1);
      if (sub === null) continue;
      parts.push(sub ? `${f.name} { ${sub} }` : f.name);
    }
    return parts.length ? parts.join(' ') : null;
  };
  const done: string[] = [];
  const skipped: string[] = [];
  for (const r of reports) {
    if (required(r).length) {
      skipped.push(`${r.name} (needs ${required(r).map((a) => a.name).join(', ')})`);
      continue;
    }
    const sel = await selection(r.type, 0);
    const t = performance.now();
    try {
      await admin.call(`{ ${r.name}${sel ? ` { ${sel} }` : ''} }`);
      done.push(`${r.name} ${((performance.now() - t) / 1000).toFixed(2)} s`);
    } catch (e) {
      skipped.push(`${r.name} (${(e as Error).message.slice(0, 80)})`);
    }
  }
  return { note: [done.length ? done.join(', ') : 'no report ran', skipped.length ? `skipped: ${skipped.join('; ')}` : ''].filter(Boolean).join('; ') };
}
