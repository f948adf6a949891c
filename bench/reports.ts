import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { freshDatabase } from '../tests/helpers/pg-database.js';
import { from as copyFrom } from 'pg-copy-streams';
import { loadConfig } from '../server/src/config.js';
import { migrate, openOrm } from '../server/src/db/orm.js';
import { ensureTemplates } from '../server/src/db/seed.js';
import { PROVINCES } from '../server/src/domain/provinces.js';
import { DC01 } from '../server/src/domain/template.js';
import { createRng } from '../server/src/sim/rng.js';
import { rebuild } from '../server/src/services/aggregates.js';
import { ReportsService, type ReportFilter } from '../server/src/services/reports.service.js';
import { RawReports } from '../server/src/services/reports-recompute.js';
import { TemplateCache } from '../server/src/services/templates.js';
import { person } from '../tests/helpers/fixtures.js';
import type { Row } from './lib.js';

/**
 * Report latency at national scale: `forms` DC01 forms (two keyings each) bulk-loaded into
 * PostgreSQL with COPY, the aggregates rebuilt from those raw rows (so both paths see the same
 * data), then the per-keyer and per-field reports timed from the aggregates and from a plain
 * GROUP BY over the raw rows, on the same database in the same run.
 *
 * The campaign's shape: 63 provinces, 20 clerks per province, batches of 100 forms keyed in one
 * day by a team of 4 clerks of the batch's province, 30 days; each field keyed wrong with
 * probability 0.3%; nine in ten review tasks resolved (their errors charged), the rest waiting.
 */
const FORMS_PER_BATCH = 100;
const CLERKS_PER_PROVINCE = 20;
const TEAM = 4;
const DAYS = 30;
const FIELD_ERROR_RATE = 0.003;
const REVIEWERS = 60;
const KINDS: [string, number][] = [['DIACRITIC', 35], ['SUBSTITUTION', 25], ['OMISSION_INSERTION', 15], ['TRANSPOSITION', 10], ['CASE_SPACING', 5], ['MISSING', 5], ['DAY_MONTH_SWAP', 2], ['OTHER', 3]];
const FIELDS = DC01.fields.map((f) => f.key);
const PROVINCE_CODES = PROVINCES.map((p) => p.code);
const START = Date.UTC(2026, 9, 1) - 7 * 3_600_000; // 2026-10-01 00:00 in Vietnam

interface Keyed {
  id: number;
  pass: number;
  keyer: string;
  started: number;
  submitted: number;
  keystrokes: number;
  wrong: number[];
}
interface GenForm {
  id: number;
  no: string;
  keyings: Keyed[];
  /** Field indexes in dispute. */
  disputed: number[];
  resolved: boolean;
  resolvedAt: number;
  reviewer: number;
  created: number;
  compared: number;
}
interface GenBatch {
  id: number;
  code: string;
  province: string;
  forms: GenForm[];
}

const iso = (ms: number) => new Date(ms).toISOString();
const line = (cells: (string | number | null)[]) => cells.map((c) => (c === null ? '\\N' : String(c))).join('\t') + '\n';

/** Batch i, the same every time it is asked for (each table's pass regenerates it). */
function genBatch(i: number, batches: number, forms: number): GenBatch {
  const rng = createRng(1_000_003 * (i + 1));
  const pIndex = i % PROVINCE_CODES.length;
  const province = PROVINCE_CODES[pIndex];
  const day = Math.floor((i * DAYS) / batches);
  const team = Array.from({ length: TEAM }, (_, t) => `KT${province}-${String(((i * TEAM + t) % CLERKS_PER_PROVINCE) + 1).padStart(2, '0')}`);
  const out: GenForm[] = [];
  const n = Math.min(FORMS_PER_BATCH, forms - i * FORMS_PER_BATCH);
  for (let j = 0; j < n; j++) {
    const id = i * FORMS_PER_BATCH + j + 1;
    const a = rng.int(0, TEAM - 1);
    const b = (a + rng.int(1, TEAM - 1)) % TEAM;
    const keyings = [team[a], team[b]].map((keyer, p): Keyed => {
      const submitted = START + day * 86_400_000 + (8 * 3600 + rng.int(0, 9 * 3600)) * 1000;
      const wrong: number[] = [];
      for (let f = 0; f < FIELDS.length; f++) if (rng.next() < FIELD_ERROR_RATE) wrong.push(f);
      return { id: 2 * id - 1 + p, pass: p + 1, keyer, started: submitted - rng.int(90, 420) * 1000, submitted, keystrokes: rng.int(280, 420), wrong };
    });
    const disputed = [...new Set([...keyings[0].wrong, ...keyings[1].wrong])].sort((x, y) => x - y);
    const compared = Math.max(keyings[0].submitted, keyings[1].submitted) + 1000;
    out.push({
      id,
      no: String(j + 1).padStart(6, '0'),
      keyings,
      disputed,
      resolved: disputed.length > 0 && rng.next() < 0.9,
      resolvedAt: compared + rng.int(60, 6 * 3600) * 1000,
      reviewer: rng.int(1, REVIEWERS),
      created: Math.min(keyings[0].submitted, keyings[1].submitted) + 1000,
      compared,
    });
  }
  return { id: i + 1, code: `${province}-B${String(i + 1).padStart(6, '0')}`, province, forms: out };
}

function kindOf(formId: number, field: number): string {
  let x = ((formId * 2654435761) ^ (field * 40503)) >>> 0;
  x %= 100;
  for (const [k, w] of KINDS) {
    if (x < w) return k;
    x -= w;
  }
  return 'OTHER';
}

async function copyInto(url: string, table: string, columns: string[], rows: () => Generator<string>): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    // Bulk load: foreign keys are known to hold, so their triggers are skipped.
    await c.query('set session_replication_role = replica');
    const chunks = function* () {
      let buf = '';
      for (const l of rows()) {
        buf += l;
        if (buf.length > 1 << 20) {
          yield buf;
          buf = '';
        }
      }
      if (buf) yield buf;
    };
    await pipeline(Readable.from(chunks()), c.query(copyFrom(`copy "${table}" (${columns.map((x) => `"${x}"`).join(', ')}) from stdin`)));
  } finally {
    await c.end();
  }
}

async function load(url: string, forms: number, templateId: number): Promise<void> {
  const batches = Math.ceil(forms / FORMS_PER_BATCH);
  const all = function* () {
    for (let i = 0; i < batches; i++) yield genBatch(i, batches, forms);
  };
  const valuesJson = (no: string) => JSON.stringify(person({ fullName: `Nguyễn Văn An ${no}` }));
  const t0 = performance.now();
  await copyInto(url, 'app_user', ['id', 'username', 'password_hash', 'role', 'display_name', 'active', 'created_at'], function* () {
    for (let r = 1; r <= REVIEWERS; r++) yield line([1000 + r, `bench-reviewer-${r}`, 'x', 'REVIEWER', `Reviewer ${r}`, 't', iso(START)]);
  });
  await copyInto(url, 'batch', ['id', 'code', 'template_id', 'province_code', 'district', 'commune', 'status', 'created_at'], function* () {
    for (const b of all()) yield line([b.id, b.code, templateId, b.province, `Huyện ${b.province}-${b.id % 12}`, `Xã ${b.id}`, 'OPEN', iso(START)]);
  });
  await copyInto(url, 'form', ['id', 'batch_id', 'form_number', 'status', 'created_at', 'updated_at', 'verified_at'], function* () {
    for (const b of all()) {
      for (const f of b.forms) {
        const status = !f.disputed.length ? 'AUTO_VERIFIED' : f.resolved ? 'VERIFIED' : 'IN_REVIEW';
        const verified = !f.disputed.length ? f.compared : f.resolved ? f.resolvedAt : null;
        yield line([f.id, b.id, f.no, status, iso(f.created), iso(verified ?? f.compared), verified === null ? null : iso(verified)]);
      }
    }
  });
  console.error(`  forms loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  await copyInto(
    url,
    'keying',
    ['id', 'form_id', 'pass', 'keyer_code', 'station_code', 'started_at', 'submitted_at', 'values', 'keystrokes', 'idempotency_key', 'content_hash', 'created_at', 'fields_keyed', 'error_count'],
    function* () {
      for (const b of all()) {
        for (const f of b.forms) {
          const values = valuesJson(f.no);
          for (const k of f.keyings) {
            // Charged when the task is resolved: every field this keying got wrong.
            const errors = f.resolved ? k.wrong.length : 0;
            yield line([k.id, f.id, k.pass, k.keyer, `ST-${b.province}`, iso(k.started), iso(k.submitted), values, k.keystrokes, `${b.code}/${f.no}/${k.pass}`, String(k.id).padStart(64, '0'), iso(k.pass === 1 ? f.created : f.compared), FIELDS.length, errors]);
          }
        }
      }
    },
  );
  console.error(`  keyings loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  await copyInto(url, 'correction_task', ['id', 'form_id', 'batch_id', 'kind', 'status', 'keyer1', 'keyer2', 'discrepancy_count', 'resolved_by_id', 'resolved_at', 'created_at'], function* () {
    for (const b of all()) {
      for (const f of b.forms) {
        if (!f.disputed.length) continue;
        yield line([f.id, f.id, b.id, 'REVIEW', f.resolved ? 'RESOLVED' : 'OPEN', f.keyings[0].keyer, f.keyings[1].keyer, f.disputed.length, f.resolved ? 1000 + f.reviewer : null, f.resolved ? iso(f.resolvedAt) : null, iso(f.compared)]);
      }
    }
  });
  await copyInto(url, 'discrepancy', ['id', 'form_id', 'task_id', 'batch_id', 'field_key', 'value1', 'value2', 'kind', 'edit_distance', 'outcome', 'resolved_at', 'created_at'], function* () {
    for (const b of all()) {
      for (const f of b.forms) {
        for (const field of f.disputed) {
          const w1 = f.keyings[0].wrong.includes(field), w2 = f.keyings[1].wrong.includes(field);
          const outcome = !f.resolved ? null : w1 && w2 ? 'BOTH_WRONG' : w1 ? 'SECOND_CORRECT' : 'FIRST_CORRECT';
          yield line([f.id * 32 + field, f.id, f.id, b.id, FIELDS[field], 'x', 'y', kindOf(f.id, field), 1, outcome, f.resolved ? iso(f.resolvedAt) : null, iso(f.compared)]);
        }
      }
    }
  });
  await copyInto(url, 'keying_error', ['id', 'keying_id', 'form_id', 'batch_id', 'keyer_code', 'field_key', 'kind', 'created_at'], function* () {
    for (const b of all()) {
      for (const f of b.forms) {
        if (!f.resolved) continue;
        for (const k of f.keyings) for (const field of k.wrong) yield line([k.id * 32 + field, k.id, f.id, b.id, k.keyer, FIELDS[field], kindOf(f.id, field), iso(f.resolvedAt)]);
      }
    }
  });
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  for (const t of ['app_user', 'batch', 'form', 'keying', 'correction_task', 'discrepancy', 'keying_error']) {
    await c.query(`select setval(pg_get_serial_sequence('${t}', 'id'), (select coalesce(max(id), 1) from "${t}"))`);
  }
  await c.query('analyze');
  await c.end();
  console.error(`  raw rows loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function time(runs: number, f: () => Promise<unknown>): Promise<{ p50: number; p99: number; runs: number }> {
  await f(); // warm-up: plans, caches, template cache
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p99: percentile(ms, 99), runs };
}

/** Rows of the same report from the two paths, made comparable (order and float noise aside). */
function same(a: object[], b: object[]): boolean {
  const norm = (rows: object[]) =>
    JSON.stringify(
      rows.map((r) => JSON.stringify(r, (_k, v) => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(12)) : v))).sort(),
    );
  return norm(a) === norm(b);
}

export async function benchReports(forms: number, pgAdminUrl = process.env.BENCH_PG_URL || process.env.TEST_PG_URL || 'postgresql://postgres@127.0.0.1:5432/postgres'): Promise<Row[]> {
  const db = await freshDatabase(pgAdminUrl, 'dualkey_bench_reports');
  const url = db.url;
  const dataDir = mkdtempSync(join(tmpdir(), 'dualkey-bench-reports-'));
  const rows: Row[] = [];
  const config = loadConfig({ DATA_DIR: dataDir, DATABASE_URL: url, SEED_DEMO: '0' } as NodeJS.ProcessEnv);
  const orm = await openOrm(config.db);
  try {
    await migrate(orm);
    await ensureTemplates(orm.em.fork());
    const [tpl] = await orm.em.getConnection().execute<{ id: number }[]>(`select id from form_template where code = 'dc01' order by version desc limit 1`);
    console.error(`loading ${forms.toLocaleString()} forms (${(2 * forms).toLocaleString()} keyings) into PostgreSQL with COPY...`);
    await load(url, forms, Number(tpl.id));
    const t0 = performance.now();
    await orm.em.fork().transactional((tx) => rebuild(tx));
    const rebuildSecs = (performance.now() - t0) / 1000;
    await orm.em.getConnection().execute('analyze');
    const counts = await orm.em.getConnection().execute<{ t: string; n: string }[]>(
      `select 'keyer' as t, count(*) as n from agg_keyer_day union all select 'field', count(*) from agg_field_day union all select 'batch', count(*) from agg_batch_day`,
    );
    const aggRows = counts.map((c: { t: string; n: string }) => `${c.t} ${Number(c.n).toLocaleString()}`).join(', ');
    const note = `${forms.toLocaleString()} forms, ${(2 * forms).toLocaleString()} keyings`;
    rows.push({ suite: 'reports', metric: 'rebuild aggregates from raw rows', database: 'postgresql', value: rebuildSecs, unit: 's', note: `${note}; rows: ${aggRows}` });

    const reports = new ReportsService(new TemplateCache());
    const rawReports = new RawReports(new TemplateCache());
    const em = () => orm.em.fork();
    const lastWeek = { from: '2026-10-24', to: '2026-10-30' };
    const cases: { label: string; filter: ReportFilter }[] = [
      { label: 'whole campaign, national', filter: {} },
      { label: 'one week, national', filter: lastWeek },
      { label: 'one province, one week', filter: { provinceCode: '079', ...lastWeek } },
    ];
    const AGG_RUNS = 200, RAW_RUNS = forms >= 500_000 ? 5 : 10;
    for (const report of ['keyers', 'fields'] as const) {
      for (const c of cases) {
        const agg = () => (report === 'keyers' ? reports.keyers(em(), c.filter) : reports.fields(em(), c.filter));
        const raw = () => (report === 'keyers' ? rawReports.keyers(em(), c.filter) : rawReports.fields(em(), c.filter));
        if (!same(await agg(), await raw())) throw new Error(`${report} (${c.label}): aggregates and raw GROUP BY disagree`);
        const a = await time(AGG_RUNS, agg);
        const r = await time(RAW_RUNS, raw);
        const what = report === 'keyers' ? 'per-keyer report' : 'per-field report';
        for (const [path, m] of [['aggregates', a], ['raw GROUP BY', r]] as const) {
          rows.push({ suite: 'reports', metric: `${what}, ${c.label}, ${path}, p50`, database: 'postgresql', value: m.p50, unit: 'ms', note: `${note}; ${m.runs} runs` });
          rows.push({
            suite: 'reports',
            metric: `${what}, ${c.label}, ${path}, p99`,
            database: 'postgresql',
            value: m.p99,
            unit: 'ms',
            ratio: path === 'aggregates' ? r.p50 / a.p50 : undefined,
            note: path === 'aggregates' ? `target < 100 ms; ratio = raw p50 / aggregates p50` : `${m.runs} runs`,
          });
        }
        console.error(`  ${what}, ${c.label}: aggregates p50 ${a.p50.toFixed(1)} ms p99 ${a.p99.toFixed(1)} ms; raw p50 ${r.p50.toFixed(0)} ms`);
      }
    }
  } finally {
    await orm.close(true);
    rmSync(dataDir, { recursive: true, force: true });
    await db.drop();
  }
  return rows;
}
