/**
 * Drives a real dualkey server through its GraphQL API with a simulated campaign: an admin
 * registers the batches and the clerks, two keying stations submit the two passes (one each),
 * simulated reviewers claim and resolve the tasks reading the scan (reviewing.ts), and the
 * verified records are read back. Used by `npm run cli -- simulate` and by the scaling benchmark.
 *
 * The campaign is processed in chunks of forms (ingest, review, read back, forget), so memory
 * stays flat whatever the campaign size; the server's database simply keeps growing.
 */
import { ILLEGIBLE, type FieldValues } from '../domain/values.js';
import { campaignClerks, iterateCampaign, type CampaignBatch, type CampaignForm, type CampaignOptions } from './campaign.js';
import type { FormObservation, ProcessOutcome } from './accuracy.js';
import { createAccount, pool, type GqlClient } from './gql.js';
import { reviewBatches } from './reviewing.js';

export { GqlClient, GqlError, createAccount, graphqlEndpoint, login, pool } from './gql.js';
export { reviewBatches, type ReviewResult, type ReviewedForm } from './reviewing.js';

export interface SpotPolicy {
  every?: number;
  percent?: number;
  seed?: number;
}

/** Share of automatically verified forms a policy draws (0..1), null when off. */
export function spotShare(p: SpotPolicy | null): number | null {
  if (!p) return null;
  if (p.every) return 1 / p.every;
  if (p.percent) return p.percent / 100;
  return null;
}

/** Registers the batches; returns campaign batch code -> server batch id. */
export async function createBatches(admin: GqlClient, batches: readonly CampaignBatch[], prefix: string, spot: SpotPolicy | null, concurrency = 4): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  await pool(batches, concurrency, async (b) => {
    const r = await admin.call<{ createBatch: { id: string } }>('mutation($i:CreateBatchInput!){ createBatch(input:$i){ id } }', {
      i: {
        code: `${prefix}-${b.code}`,
        provinceCode: b.provinceCode,
        district: b.district,
        commune: b.commune,
        ...(spot?.every ? { spotCheckEvery: spot.every } : {}),
        ...(spot?.percent ? { spotCheckPercent: spot.percent, spotCheckSeed: spot.seed ?? 0 } : {}),
      },
    });
    ids.set(b.code, r.createBatch.id);
  });
  return ids;
}

export interface IngestResult {
  accepted: number;
  duplicate: number;
  rejected: number;
  firstRejection: string | null;
}

/** The keyings of one pass of some batches, as submitKeyings takes them. */
export function keyingInputs(batches: readonly CampaignBatch[], prefix: string, pass: 1 | 2): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const b of batches) {
    for (const f of b.forms) {
      const p = pass === 1 ? f.pass1 : f.pass2;
      out.push({
        idempotencyKey: `${prefix}/${b.code}/${f.formNumber}/${pass}`,
        batchCode: `${prefix}-${b.code}`,
        formNumber: f.formNumber,
        pass,
        keyerCode: p.keyerCode,
        stationCode: `SIM-${pass}`,
        startedAt: p.startedAt.toISOString(),
        submittedAt: p.submittedAt.toISOString(),
        values: p.values,
      });
    }
  }
  return out;
}

const SUBMIT = 'mutation($k:[KeyingInput!]!){ submitKeyings(keyings:$k){ status message } }';

export async function submitKeyings(
  station: GqlClient,
  keyings: readonly Record<string, unknown>[],
  opts: { perCall?: number; concurrency?: number; onProgress?: (n: number) => void } = {},
): Promise<IngestResult> {
  const per = opts.perCall ?? 500;
  const calls: Record<string, unknown>[][] = [];
  for (let i = 0; i < keyings.length; i += per) calls.push(keyings.slice(i, i + per));
  const r: IngestResult = { accepted: 0, duplicate: 0, rejected: 0, firstRejection: null };
  await pool(calls, opts.concurrency ?? 4, async (k) => {
    const out = await station.call<{ submitKeyings: { status: string; message: string | null }[] }>(SUBMIT, { k });
    for (const o of out.submitKeyings) {
      if (o.status === 'ACCEPTED') r.accepted++;
      else if (o.status === 'DUPLICATE') r.duplicate++;
      else {
        r.rejected++;
        r.firstRejection ??= o.message;
      }
    }
    opts.onProgress?.(k.length);
  });
  return r;
}

const RECORDS = `query($b:ID!,$p:Int!){ verifiedRecords(filter:{batchId:$b}, page:$p, perPage:200, sortField:id, sortOrder:ASC){ total items { automatic form { formNumber } values { key value illegible } } } }`;

/** Every verified record of the batches, read back page by page. */
export async function readVerifiedRecords(
  client: GqlClient,
  batches: readonly { id: string; code: string }[],
  onRecord: (batchCode: string, formNumber: string, automatic: boolean, values: FieldValues) => void,
  concurrency = 4,
): Promise<number> {
  let n = 0;
  type Page = { verifiedRecords: { total: number; items: { automatic: boolean; form: { formNumber: string }; values: { key: string; value: string | null; illegible: boolean }[] }[] } };
  await pool(batches, concurrency, async (b) => {
    for (let page = 1, seen = 0; ; page++) {
      const r = (await client.call<Page>(RECORDS, { b: b.id, p: page })).verifiedRecords;
      for (const it of r.items) {
        const values: FieldValues = {};
        for (const v of it.values) values[v.key] = v.illegible ? ILLEGIBLE : v.value;
        onRecord(b.code, it.form.formNumber, it.automatic, values);
      }
      seen += r.items.length;
      n += r.items.length;
      if (!r.items.length || seen >= r.total) break;
    }
  });
  return n;
}

// ---------------------------------------------------------------- the whole run

export interface DriveOptions {
  admin: GqlClient;
  /** Names the accounts and prefixes the batch codes, so runs never collide on one server. */
  tag: string;
  seed: number;
  campaign: Omit<CampaignOptions, 'forms'> & { forms: number };
  reviewers: number;
  reviewerErrorRate: number;
  spot: SpotPolicy | null;
  /** Forms per chunk (ingest, review, read back). */
  chunkForms: number;
  perCall?: number;
  ingestConcurrency?: number;
  /** Read the verified records back and hand each form's observation to onForm. */
  readBack: boolean;
  onForm?: (obs: FormObservation) => void;
  /** Progress in forms, phase by phase. */
  onProgress?: (phase: string, formsDone: number) => void;
}

export interface DriveResult {
  forms: number;
  keyings: number;
  rejected: number;
  firstRejection: string | null;
  reviewTasks: number;
  spotChecks: number;
  reviewErrors: string[];
  recordsRead: number;
  /**
   * Tasks that came up on the previous chunk's forms after it was read back (a household member
   * keyed in a later batch, say): resolved, but not in the accuracy report.
   */
  lateTasks: number;
  /** Milliseconds per phase, summed over chunks. */
  ms: { setup: number; batches: number; ingest1: number; ingest2: number; review: number; readBack: number };
}

export function observation(key: string, f: CampaignForm, process?: ProcessOutcome): FormObservation {
  return {
    key,
    truth: f.truth,
    pass1: f.pass1.values,
    pass2: f.pass2.values,
    errors1: f.pass1.errors,
    errors2: f.pass2.errors,
    sameErrors: f.sameErrors,
    ambiguities: f.ambiguities,
    variants1: f.pass1.variants,
    variants2: f.pass2.variants,
    process,
  };
}

/** Groups the streamed campaign into chunks of about `chunkForms` forms (whole batches). */
function* chunks(it: Iterable<CampaignBatch>, chunkForms: number): Generator<CampaignBatch[]> {
  let cur: CampaignBatch[] = [];
  let n = 0;
  for (const b of it) {
    cur.push(b);
    n += b.forms.length;
    if (n >= chunkForms) {
      yield cur;
      cur = [];
      n = 0;
    }
  }
  if (cur.length) yield cur;
}

export async function driveCampaign(o: DriveOptions): Promise<DriveResult> {
  const now = () => performance.now();
  const res: DriveResult = {
    forms: 0, keyings: 0, rejected: 0, firstRejection: null, reviewTasks: 0, spotChecks: 0, reviewErrors: [], recordsRead: 0, lateTasks: 0,
    ms: { setup: 0, batches: 0, ingest1: 0, ingest2: 0, review: 0, readBack: 0 },
  };
  let t = now();
  // The campaign's clerks are registered (stations may only name registered codes), and each pass
  // comes through its own station: one credential never supplies both passes of a form.
  const clerks = campaignClerks(o.seed, o.campaign);
  for (let i = 0; i < clerks.length; i += 1000) {
    await o.admin.call('mutation($c:[ClerkInput!]!){ registerClerks(clerks:$c){ created } }', { c: clerks.slice(i, i + 1000).map((c) => ({ keyerCode: c.code, displayName: `Simulated clerk ${c.code}` })) });
  }
  const stations = [
    await createAccount(o.admin, `${o.tag}-station-1`, 'STATION', 'Simulated keying station one'),
    await createAccount(o.admin, `${o.tag}-station-2`, 'STATION', 'Simulated keying station two'),
  ];
  const reviewers: GqlClient[] = [];
  for (let i = 0; i < o.reviewers; i++) reviewers.push(await createAccount(o.admin, `${o.tag}-reviewer-${i + 1}`, 'REVIEWER', `Simulated reviewer ${i + 1}`));
  res.ms.setup = now() - t;
  const prefix = o.tag.toUpperCase();

  let done = 0;
  let previous: { refs: { id: string; code: string }[]; byKey: Map<string, CampaignForm> } | null = null;
  for (const chunk of chunks(iterateCampaign(o.seed, o.campaign), o.chunkForms)) {
    const formsInChunk = chunk.reduce((s, b) => s + b.forms.length, 0);
    const byKey = new Map<string, CampaignForm>();
    for (const b of chunk) for (const f of b.forms) byKey.set(`${b.code}/${f.formNumber}`, f);

    t = now();
    const ids = await createBatches(o.admin, chunk, prefix, o.spot);
    const batchRefs = chunk.map((b) => ({ id: ids.get(b.code)!, code: b.code }));
    res.ms.batches += now() - t;

    for (const pass of [1, 2] as const) {
      t = now();
      let sent = 0;
      const r = await submitKeyings(stations[pass - 1], keyingInputs(chunk, prefix, pass), {
        perCall: o.perCall,
        concurrency: o.ingestConcurrency,
        onProgress: (n) => {
          sent += n;
          o.onProgress?.(`keying pass ${pass}`, done + (formsInChunk * ((pass - 1) + sent / formsInChunk)) / 4);
        },
      });
      res.keyings += r.accepted + r.duplicate;
      res.rejected += r.rejected;
      res.firstRejection ??= r.firstRejection;
      res.ms[pass === 1 ? 'ingest1' : 'ingest2'] += now() - t;
    }

    t = now();
    let reviewed = 0;
    const review = await reviewBatches(reviewers, batchRefs, {
      scanOf: (code, no) => byKey.get(`${code}/${no}`),
      seed: o.seed,
      reviewerErrorRate: o.reviewerErrorRate,
      onTask: () => {
        reviewed++;
        if (reviewed % 16 === 0) o.onProgress?.('reviewing', done + formsInChunk / 2 + Math.min(formsInChunk / 4, reviewed));
      },
    });
    res.reviewTasks += review.reviewTasks;
    res.spotChecks += review.spotChecks;
    res.reviewErrors.push(...review.errors);
    if (previous) {
      const prev: NonNullable<typeof previous> = previous;
      const late = await reviewBatches(reviewers, prev.refs, { scanOf: (code, no) => prev.byKey.get(`${code}/${no}`), seed: o.seed, reviewerErrorRate: o.reviewerErrorRate });
      res.lateTasks += late.reviewTasks + late.spotChecks;
      res.reviewErrors.push(...late.errors);
    }
    previous = { refs: batchRefs, byKey };
    res.ms.review += now() - t;

    if (o.readBack) {
      t = now();
      const records = new Map<string, { automatic: boolean; values: FieldValues }>();
      res.recordsRead += await readVerifiedRecords(o.admin, batchRefs, (code, no, automatic, values) => {
        records.set(`${code}/${no}`, { automatic, values });
        if (records.size % 200 === 0) o.onProgress?.('reading records', done + (3 * formsInChunk) / 4 + records.size / 4);
      });
      res.ms.readBack += now() - t;
      for (const b of chunk) {
        for (const f of b.forms) {
          const key = `${b.code}/${f.formNumber}`;
          const rec = records.get(key);
          const rv = review.forms.get(key);
          o.onForm?.(
            observation(key, f, {
              verified: rec?.values ?? null,
              automatic: rec?.automatic ?? false,
              flagged: rv?.flagged ?? [],
              spotChecked: rv?.spotChecked ?? false,
              spotCorrected: rv?.spotCorrected ?? [],
            }),
          );
        }
      }
    }
    done += formsInChunk;
    res.forms += formsInChunk;
    o.onProgress?.('done', done);
  }
  return res;
}

const DAY = 86_400_000;

/**
 * A start date such that the whole campaign was keyed in the past (the server refuses keyings
 * submitted in the future): ~110 keyings per clerk per working day, 5 working days a week, with
 * a generous margin. Never later than the generator's default (2025-03-03).
 */
export function campaignStartDate(forms: number, clerks: number, nowMs = Date.now()): Date {
  const workDays = (2 * forms) / Math.max(2, clerks) / 110;
  const days = Math.ceil(workDays * 1.4 * 1.6) + 14;
  return new Date(Math.min(Date.UTC(2025, 2, 3), Math.floor((nowMs - days * DAY) / DAY) * DAY));
}

/** Default clerk count: 20, or one clerk per 2,000 forms for larger campaigns (~2 working months each). */
export function defaultClerks(forms: number): number {
  return Math.max(20, Math.ceil(forms / 2000));
}
