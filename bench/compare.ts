/**
 * Benchmarks of double-entry comparison:
 * - benchComparator: basicComparator.compare throughput on one core (form pairs per second);
 * - benchCompareCli: the offline `compare` command end to end on two unsorted CSV files (wall
 *   time and peak resident memory of the child process, which must not grow with the rows).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { basicComparator } from '../server/src/domain/compare.js';
import { DC01, DC01_FIELD_KEYS } from '../server/src/domain/template.js';
import type { FieldValues } from '../server/src/domain/values.js';
import { iterateCampaign } from '../server/src/sim/campaign.js';
import { csvField } from '../server/src/cli/compare/report.js';
import { peakRssMB, type Row } from './lib.js';

/** Distinct pairs kept in memory: ~3.5 KB each, so 1 M would not fit Node's default heap. */
const POOL = 100_000;

/**
 * `pairs` comparisons of simulated DC01 keying pairs (pass 1 vs pass 2 of one form, realistic
 * error, NFD and old-tone-placement rates). Pairs are generated before the clock starts; above
 * 100,000 the same 100,000 distinct pairs are cycled (350 MB of values, far beyond any cache).
 */
export async function benchComparator(pairs: number): Promise<Row[]> {
  const n = Math.min(pairs, POOL);
  const first: FieldValues[] = [];
  const second: FieldValues[] = [];
  for (const b of iterateCampaign(11, { forms: n, batchSize: 100, provinces: 10, clerks: 200 })) {
    for (const f of b.forms) {
      first.push(f.pass1.values);
      second.push(f.pass2.values);
    }
  }
  // Warm-up (JIT), not timed.
  for (let i = 0; i < Math.min(n, 20_000); i++) basicComparator.compare(DC01, first[i]!, second[i]!);
  let diffs = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0, j = 0; i < pairs; i++, j = j + 1 === n ? 0 : j + 1) {
    diffs += basicComparator.compare(DC01, first[j]!, second[j]!).length;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const rate = pairs / seconds;
  console.log(`comparator: ${pairs.toLocaleString('en-US')} pairs in ${seconds.toFixed(2)} s = ${Math.round(rate).toLocaleString('en-US')} pairs/s (${diffs.toLocaleString('en-US')} discrepancies)`);
  return [
    {
      suite: 'compare',
      metric: 'basicComparator.compare, DC01 pairs/s (1 core)',
      database: '-',
      value: rate,
      unit: 'pairs/s',
      ceiling: 100_000,
      ratio: rate / 100_000,
      note: `${pairs.toLocaleString('en-US')} pairs${pairs > n ? ` (${n.toLocaleString('en-US')} distinct, cycled)` : ''}, ${((100 * diffs) / (pairs * DC01.fields.length)).toFixed(3)}% fields differ; target >= 100,000`,
    },
  ];
}

export interface CliBenchOptions {
  /** Command run for the comparison, before the two files (default: the real CLI). */
  command?: string[];
  /** Keep the generated files in this directory instead of a temp dir (reused when present). */
  dir?: string;
}

const CLI = ['--import', '@swc-node/register/esm-register', 'server/src/cli/main.ts', 'compare'];

/**
 * Writes pass 1 and pass 2 of `rows` simulated forms as two CSV files (the second in another
 * order: chunks of 10,000 rows reversed, and without every 10,000th form), then times the real
 * `compare` command on them as a child process.
 */
export async function benchCompareCli(rows: number, opts: CliBenchOptions = {}): Promise<Row[]> {
  const command = opts.command ?? [process.execPath, ...CLI];
  if (!opts.command && !readFileSync('server/src/cli/main.ts', 'utf8').includes("'compare'")) {
    throw new Error('the compare command is not wired into server/src/cli/main.ts yet');
  }
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'dualkey-bench-compare-'));
  const a = join(dir, `first-${rows}.csv`);
  const b = join(dir, `second-${rows}.csv`);
  const out = join(dir, `report-${rows}.csv`);
  try {
    if (!(opts.dir && existsSync(a) && existsSync(b))) await writeFiles(rows, a, b);
    const mb = (statSync(a).size + statSync(b).size) / 2 ** 20;
    const { seconds, peakMB, code, stdout, stderr } = await runMeasured(command[0]!, [...command.slice(1), a, b, '--out', out]);
    if (code !== 0 && code !== 1) throw new Error(`compare exited with ${code}: ${stderr.trim()}`);
    const compared = /Records compared[^\d]*([\d,]+)/.exec(stdout)?.[1] ?? '?';
    console.log(`compare CLI: ${rows.toLocaleString('en-US')} rows per file (${mb.toFixed(0)} MB): ${seconds.toFixed(1)} s, peak ${peakMB.toFixed(0)} MB`);
    return [
      {
        suite: 'compare',
        metric: `compare CLI, 2 unsorted CSV files x ${rows.toLocaleString('en-US')} rows`,
        database: '-',
        value: seconds,
        unit: 's',
        peakMemoryMB: peakMB,
        note: `${Math.round(rows / seconds).toLocaleString('en-US')} rows/s per file, ${mb.toFixed(0)} MB of CSV, ${compared} records compared`,
      },
    ];
  } finally {
    if (!opts.dir) rmSync(dir, { recursive: true, force: true });
    else rmSync(out, { force: true });
  }
}

async function writeFiles(rows: number, a: string, b: string): Promise<void> {
  const header = ['formId', ...DC01_FIELD_KEYS].join(',') + '\n';
  const wa = createWriteStream(a);
  const wb = createWriteStream(b);
  const write = async (w: NodeJS.WritableStream, s: string) => {
    if (!w.write(s)) await once(w, 'drain');
  };
  const line = (key: string, v: FieldValues) => {
    let s = csvField(key);
    for (const k of DC01_FIELD_KEYS) s += ',' + (v[k] == null ? '' : csvField(v[k]!));
    return s + '\n';
  };
  await write(wa, header);
  await write(wb, header);
  let chunk: string[] = [];
  let n = 0;
  const flushB = async () => {
    await write(wb, chunk.reverse().join(''));
    chunk = [];
  };
  for (const batch of iterateCampaign(5, { forms: rows, batchSize: 100, provinces: 10, clerks: 200 })) {
    let sa = '';
    for (const f of batch.forms) {
      const key = `${batch.code}/${f.formNumber}`;
      sa += line(key, f.pass1.values);
      if (++n % 10_000 !== 0) chunk.push(line(key, f.pass2.values));
    }
    await write(wa, sa);
    if (chunk.length >= 10_000) await flushB();
  }
  await flushB();
  wa.end();
  wb.end();
  await Promise.all([once(wa, 'close'), once(wb, 'close')]);
}

/** Runs a command; wall time and peak RSS (from /usr/bin/time -v, else by sampling VmHWM). */
async function runMeasured(cmd: string, args: string[]): Promise<{ seconds: number; peakMB: number; code: number | null; stdout: string; stderr: string }> {
  const useTime = existsSync('/usr/bin/time');
  const child = useTime
    ? spawn('/usr/bin/time', ['-v', cmd, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  let sampled = 0;
  const timer = useTime
    ? null
    : setInterval(() => {
        try {
          sampled = Math.max(sampled, peakRssMB(child.pid!));
        } catch {
          /* exited */
        }
      }, 50);
  const t0 = process.hrtime.bigint();
  const [code] = (await once(child, 'close')) as [number | null];
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (timer) clearInterval(timer);
  let peakMB = sampled;
  if (useTime) {
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
    peakMB = m ? Number(m[1]) / 1024 : NaN;
    stderr = stderr.replace(/\n?\tCommand being timed:[\s\S]*$/, '');
  }
  return { seconds, peakMB, code, stdout, stderr };
}
