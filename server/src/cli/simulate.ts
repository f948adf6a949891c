/**
 * `npm run cli -- simulate [options]`: a simulated keying campaign with ground truth, run through
 * the real system, and an accuracy report comparing (a) single keying, (b) double keying compared
 * as exact strings and (c) our whole process, from one run. See SIMULATE_USAGE.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { parseCommand, UsageError } from './args.js';
import { randomBytes } from 'node:crypto';
import { DEFAULT_FIELD_ERROR_RATE, DEFAULT_SAME_ERROR_RATE } from '../sim/errors.js';
import { AccuracyTally, type AccuracyReport } from '../sim/accuracy.js';
import { formatAccuracyReport } from '../sim/accuracy-report.js';
import { campaignStartDate, defaultClerks, driveCampaign, graphqlEndpoint, login, spotShare, type DriveResult, type SpotPolicy } from '../sim/drive.js';
import { Progress } from './simulate/progress.js';
import { writeFiles } from './simulate/files.js';

export interface SimulateIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Whether stderr is a terminal: the progress bar is drawn only then. */
  isTTY: boolean;
}

export const SIMULATE_USAGE = `usage: npm run cli -- simulate [options]

Simulates a keying campaign with ground truth (households of DC01 forms, clerks of different
accuracy and speed; each form's handwriting may be ambiguous, and clerks fooled by the same
ambiguity make the same error; independent typing slips; harmless variants such as capitals,
separators or abbreviated place names), runs it through the system and prints an accuracy report:
(a) single keying, (b) double keying compared as exact strings, (c) our process (field-aware
comparison, checks, review, spot checks), side by side, with what each check caught, the false
flags it raised and the review it cost, the false discrepancies the variants caused, and what remains.

Without --url an in-process server is started on a temporary SQLite database (or --database-url)
and driven over real HTTP on 127.0.0.1: two stations submit the passes, simulated reviewers claim
and resolve every task reading the scan (not the truth: they can be fooled by it too), and the
verified records are read back and compared with the truth. With --files no server is used: the
keyings are written for the compare command.

campaign:
  --forms N                  forms (default 10000)
  --seed N                   seed; same seed and options, same campaign (default 1)
  --clerks N                 keying clerks (default 20, or forms/2000 when larger)
  --provinces N              provinces covered (default 5)
  --batch-size N             forms per batch (default 100)
  --base-rate P              clerks' base per-field rate of typing slips (default ${DEFAULT_FIELD_ERROR_RATE})
  --same-rate P              identical misreadings per field for two average clerks (default ${DEFAULT_SAME_ERROR_RATE})
  --reviewer-error-rate P    chance a reviewer keeps a wrong keying or a spot checker
                             overlooks one (default 0.001)
  --spot-check-percent P     spot-check P% of automatically verified forms (default 5; 0: off)
  --spot-check-every N       or every Nth automatically verified form
  --reviewers N              simulated reviewers working concurrently (default 8)
  --chunk N                  forms ingested, reviewed and read back at a time (default 10000)

system:
  --url http://host:port     drive a running server; --user/--password of an ADMIN account
                             (or DUALKEY_USER/DUALKEY_PASSWORD); station and reviewer accounts
                             are created for the run
  --database-url URL         in-process server on this database (postgresql://… or sqlite:…)
  --files DIR                write DIR/first.csv, second.csv and truth.csv instead (for compare);
                             (c) is then an offline estimate (same comparator, rules and reviewer)

output:
  --json FILE                also write the report as JSON

exit code: 0 done, 1 done with problems (rejected keyings, failed tasks, forms without a record), 2 error
`;

interface Options {
  forms: number;
  seed: number;
  clerks: number;
  provinces: number;
  batchSize: number;
  baseRate: number;
  sameRate: number;
  reviewerErrorRate: number;
  spot: SpotPolicy | null;
  reviewers: number;
  chunk: number;
  url: string | null;
  user: string | null;
  password: string | null;
  databaseUrl: string | null;
  files: string | null;
  json: string | null;
}

function parseOptions(argv: string[]): Options | 'help' {
  let parsed;
  try {
    const s = { type: 'string' } as const;
    parsed = parseCommand(argv, {
      usage: SIMULATE_USAGE,
      options: {
        forms: s, seed: s, clerks: s, provinces: s, 'batch-size': s, 'base-rate': s, 'same-rate': s, 'reviewer-error-rate': s,
        'spot-check-every': s, 'spot-check-percent': s, reviewers: s, chunk: s, url: s, user: s, password: s, 'database-url': s,
        files: s, json: s,
      },
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message} (see --help)`);
  }
  if (parsed.help) return 'help';
  const v = parsed.values;
  const int = (name: keyof typeof v, dflt: number, min: number, max = Number.MAX_SAFE_INTEGER) => {
    const raw = v[name];
    if (raw === undefined) return dflt;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be an integer from ${min} to ${max}`);
    return n;
  };
  const rate = (name: keyof typeof v, dflt: number, max = 1) => {
    const raw = v[name];
    if (raw === undefined) return dflt;
    const n = Number(raw);
    if (typeof raw !== 'string' || raw.trim() === '' || !Number.isFinite(n) || n < 0 || n > max) throw new UsageError(`--${name} must be a number from 0 to ${max}`);
    return n;
  };
  const forms = int('forms', 10_000, 1, 100_000_000);
  const seed = int('seed', 1, 0, 2 ** 31 - 1);
  if (v['spot-check-every'] !== undefined && v['spot-check-percent'] !== undefined) throw new UsageError('choose --spot-check-every or --spot-check-percent, not both');
  let spot: SpotPolicy | null;
  if (v['spot-check-every'] !== undefined) {
    const every = int('spot-check-every', 0, 0, 100_000);
    if (every === 1) throw new UsageError('--spot-check-every must be 0 (off) or from 2 to 100000; for every form use --spot-check-percent 100');
    spot = every ? { every } : null;
  } else {
    const percent = rate('spot-check-percent', 5, 100);
    spot = percent ? { percent, seed } : null;
  }
  const modes = [v.url, v.files, v['database-url']].filter((x) => x !== undefined).length;
  if (modes > 1) throw new UsageError('--url, --database-url and --files exclude each other');
  const url = v.url ?? null;
  if (url !== null && !/^https?:\/\/[^\s/]+/.test(url)) throw new UsageError('--url must be like http://host:port');
  const user = v.user ?? process.env.DUALKEY_USER ?? null;
  const password = v.password ?? process.env.DUALKEY_PASSWORD ?? null;
  if (url && (!user || !password)) throw new UsageError('--url needs an admin account: --user and --password (or DUALKEY_USER / DUALKEY_PASSWORD)');
  const databaseUrl = v['database-url'] ?? null;
  if (databaseUrl !== null && !/^(postgres(ql)?:\/\/|sqlite:|file:)/.test(databaseUrl)) throw new UsageError('--database-url must start with postgresql:// or sqlite:');
  return {
    forms,
    seed,
    clerks: int('clerks', defaultClerks(forms), 2, 100_000),
    provinces: int('provinces', 5, 1, 63),
    batchSize: int('batch-size', 100, 1, 100_000),
    baseRate: rate('base-rate', DEFAULT_FIELD_ERROR_RATE),
    sameRate: rate('same-rate', DEFAULT_SAME_ERROR_RATE),
    reviewerErrorRate: rate('reviewer-error-rate', 0.001),
    spot,
    reviewers: int('reviewers', 8, 1, 1000),
    chunk: int('chunk', 10_000, 1, 100_000_000),
    url,
    user,
    password,
    databaseUrl,
    files: v.files ?? null,
    json: v.json ?? null,
  };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function parameterLines(o: Options, where: string): string {
  const spot = o.spot === null ? 'off' : o.spot.every ? `every ${o.spot.every}th automatic record` : `${o.spot.percent}% of automatic records`;
  return (
    `Simulated campaign: ${fmt(o.forms)} forms, seed ${o.seed}, ${o.clerks} clerks, slip rate ${o.baseRate}, identical-misreading rate ${o.sameRate}\n` +
    `Reviewers: ${o.reviewers} concurrent, error rate ${o.reviewerErrorRate}; spot checks: ${spot}; ${where}\n`
  );
}

export async function runSimulate(argv: string[], io: SimulateIo): Promise<number> {
  let progress: Progress | null = null;
  try {
    const o = parseOptions(argv);
    if (o === 'help') {
      io.stdout.write(SIMULATE_USAGE);
      return 0;
    }
    const campaign = {
      forms: o.forms,
      clerks: o.clerks,
      provinces: o.provinces,
      batchSize: o.batchSize,
      baseErrorRate: o.baseRate,
      sameErrorRate: o.sameRate,
      startDate: campaignStartDate(o.forms, o.clerks),
    };
    const tally = new AccuracyTally({
      seed: o.seed,
      reviewerErrorRate: o.reviewerErrorRate,
      spotCheckShare: spotShare(o.spot),
      labels: o.files ? { process: '(c) dualkey process (offline estimate)' } : undefined,
    });
    progress = new Progress(io, o.forms);
    const t0 = performance.now();
    let run: DriveResult | null = null;
    let where: string;
    let problems = 0;

    if (o.files) {
      where = `files in ${o.files}`;
      await writeFiles(o, campaign, tally, progress);
    } else {
      const target = await openTarget(o);
      where = target.description;
      try {
        run = await driveCampaign({
          admin: target.admin,
          tag: `sim${o.seed}-${Date.now().toString(36)}${randomBytes(2).toString('hex')}`,
          seed: o.seed,
          campaign,
          reviewers: o.reviewers,
          reviewerErrorRate: o.reviewerErrorRate,
          spot: o.spot,
          chunkForms: o.chunk,
          readBack: true,
          onForm: (obs) => tally.add(obs),
          onProgress: (phase, done) => progress!.update(phase, done),
        });
      } finally {
        await target.close();
      }
    }
    progress.stop();
    const report = tally.report();
    const seconds = (performance.now() - t0) / 1000;

    let out = parameterLines(o, where) + '\n';
    if (run) {
      out += `Run: ${fmt(run.keyings)} keyings accepted (${fmt(run.rejected)} rejected), ${fmt(run.reviewTasks)} review tasks and ${fmt(run.spotChecks)} spot checks resolved, ${fmt(run.recordsRead)} verified records read back, in ${seconds.toFixed(1)} s\n`;
      out += `     (accounts ${secs(run.ms.setup)}, batches ${secs(run.ms.batches)}, pass 1 ${secs(run.ms.ingest1)}, pass 2 + comparison ${secs(run.ms.ingest2)}, review ${secs(run.ms.review)}, read back ${secs(run.ms.readBack)})\n\n`;
      if (run.rejected) out += `WARNING: ${fmt(run.rejected)} keyings were rejected; first: ${run.firstRejection}\n`;
      if (run.reviewErrors.length) out += `WARNING: ${run.reviewErrors.length} tasks could not be resolved; first: ${run.reviewErrors[0]}\n`;
      if (run.lateTasks) out += `Note: ${fmt(run.lateTasks)} tasks came up on forms of an earlier chunk after they were read back (resolved, not in the report).\n`;
      problems = run.rejected + run.reviewErrors.length + (report.process?.formsWithoutRecord ?? 0);
    } else {
      out += `Files: ${o.files}/first.csv, second.csv (the two keyings) and truth.csv, in ${seconds.toFixed(1)} s\n`;
      out += `Compare them with: npm run cli -- compare ${o.files}/first.csv ${o.files}/second.csv\n`;
      // Both figures, each named: compare reports what the comparator flags; (c) in the table also
      // counts the fields only the template's rules flag. One number under one name each.
      const compared = report.comparatorDiscrepancies;
      const raised = report.methods.find((m) => m.id === 'process')?.discrepancies ?? compared;
      out += `compare will report ${fmt(compared)} discrepancies between first.csv and second.csv (the field-aware comparator).\n`;
      out += `(c) in the table raises ${fmt(raised)}: those ${fmt(compared)} and ${fmt(raised - compared)} more that only the template's rules flag (not the checks that need the server's records).\n\n`;
    }
    out += formatAccuracyReport(report);
    io.stdout.write(out);
    if (o.json) {
      writeFileSync(o.json, JSON.stringify(jsonReport(o, where, run, seconds, report), null, 2) + '\n');
    }
    return problems ? 1 : 0;
  } catch (e) {
    progress?.stop();
    const msg = e instanceof UsageError ? e.message : `${e instanceof Error ? e.message : String(e)}`;
    io.stderr.write(`error: ${msg.replace(/\s*\n\s*/g, ' ')}\n`);
    return 2;
  }
}

function jsonReport(o: Options, where: string, run: DriveResult | null, seconds: number, report: AccuracyReport) {
  return {
    at: new Date().toISOString(),
    parameters: {
      forms: o.forms, seed: o.seed, clerks: o.clerks, provinces: o.provinces, batchSize: o.batchSize, baseErrorRate: o.baseRate,
      sameErrorRate: o.sameRate, reviewerErrorRate: o.reviewerErrorRate, spotCheck: o.spot, reviewers: o.reviewers, chunk: o.chunk,
    },
    target: where,
    seconds,
    run,
    report,
  };
}

interface Target {
  admin: import('../sim/drive.js').GqlClient;
  description: string;
  close(): Promise<void>;
}

/** A running server (--url), or an in-process one on a temporary SQLite or the given database. */
async function openTarget(o: Options): Promise<Target> {
  if (o.url) {
    const endpoint = graphqlEndpoint(o.url);
    const admin = await login(endpoint, o.user!, o.password!);
    return { admin, description: `server ${endpoint}`, close: async () => undefined };
  }
  // The in-process server's request logs would interleave with the report.
  process.env.LOG_LEVEL ??= 'warn';
  const { loadConfig } = await import('../config.js');
  const { createApp } = await import('../app.js');
  const dir = mkdtempSync(join(tmpdir(), 'dualkey-sim-'));
  try {
    const dbUrl = o.databaseUrl ?? `sqlite:${join(dir, 'simulation.sqlite')}`;
    const config = loadConfig({
      DATA_DIR: dir,
      DATABASE_URL: dbUrl,
      SEED_DEMO: '0',
      RATE_LIMIT_PER_MINUTE: '0',
      ADMIN_DIST: join(dir, 'no-dashboard'),
      LOG_LEVEL: process.env.LOG_LEVEL,
    } as NodeJS.ProcessEnv);
    const app = await createApp(config);
    const username = `sim-admin-${randomBytes(4).toString('hex')}`;
    const password = randomBytes(18).toString('base64url');
    await app.services.auth.createUser({ em: app.orm.em.fork(), actor: null }, { username, password, role: 'ADMIN', displayName: 'Simulation admin' });
    await new Promise<void>((r) => app.http.listen(0, '127.0.0.1', r));
    const endpoint = `http://127.0.0.1:${(app.http.address() as AddressInfo).port}/graphql`;
    const admin = await login(endpoint, username, password);
    const db = config.db.dialect === 'sqlite' ? (o.databaseUrl ? `SQLite ${config.db.path}` : 'temporary SQLite') : 'PostgreSQL';
    // Interrupted: the temporary database goes too.
    const onSignal = () => {
      rmSync(dir, { recursive: true, force: true });
      process.exit(130);
    };
    process.once('SIGINT', onSignal);
    return {
      admin,
      description: `in-process server on ${db}, ${endpoint}`,
      close: async () => {
        process.off('SIGINT', onSignal);
        await app.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

