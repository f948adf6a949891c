/**
 * Drives a real dualkey server through its GraphQL API with a simulated campaign: an admin
 * registers the batches and the clerks, two keying stations submit the two passes (one each), simulated reviewers claim and
 * resolve the tasks from the ground truth (with their own small error rate), and the verified
 * records are read back. Used by `npm run cli -- simulate` and by the scaling benchmark.
 *
 * The campaign is processed in chunks of forms (ingest, review, read back, forget), so memory
 * stays flat whatever the campaign size; the server's database simply keeps growing.
 */
import { randomBytes } from 'node:crypto';
import { basicComparator, type Comparator } from '../domain/compare.js';
import { DC01, fieldMap, type TemplateDef } from '../domain/template.js';
import { ILLEGIBLE, type FieldValues } from '../domain/values.js';
import { campaignClerks, iterateCampaign, type CampaignBatch, type CampaignForm, type CampaignOptions } from './campaign.js';
import { reviewDecision, reviewerDraw, type FormObservation, type ProcessOutcome } from './accuracy.js';

// ---------------------------------------------------------------- GraphQL over HTTP

export class GqlError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly status: number,
  ) {
    super(message);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `http://host:port` (or a full …/graphql URL) -> the GraphQL endpoint. */
export function graphqlEndpoint(url: string): string {
  const u = url.replace(/\/+$/, '');
  return u.endsWith('/graphql') ? u : `${u}/graphql`;
}

export class GqlClient {
  constructor(
    readonly endpoint: string,
    private token: string | null = null,
  ) {}

  withToken(token: string): GqlClient {
    return new GqlClient(this.endpoint, token);
  }

  /**
   * One request. Throttling (HTTP 429/503, TOO_MANY_REQUESTS) and connection failures are retried
   * with back-off; every other error is thrown as a GqlError with the server's code.
   */
  async call<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      let res: Response;
      try {
        res = await fetch(this.endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
          body: JSON.stringify({ query, variables }),
        });
      } catch (e) {
        if (attempt < 6) {
          await sleep(100 * 2 ** attempt);
          continue;
        }
        throw new GqlError(`cannot reach ${this.endpoint}: ${(e as Error).message}`, 'NETWORK', 0);
      }
      const text = await res.text();
      let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] } | null = null;
      try {
        body = JSON.parse(text);
      } catch {
        /* not JSON */
      }
      const code = body?.errors?.[0]?.extensions?.code;
      if ((res.status === 429 || res.status === 503 || code === 'TOO_MANY_REQUESTS') && attempt < 20) {
        const after = Number(res.headers.get('retry-after'));
        await sleep(Number.isFinite(after) && after > 0 ? after * 1000 : Math.min(5000, 100 * 2 ** attempt));
        continue;
      }
      if (!body) throw new GqlError(`HTTP ${res.status} from ${this.endpoint}: ${text.slice(0, 200)}`, undefined, res.status);
      if (body.errors?.length) throw new GqlError(body.errors[0]!.message, code, res.status);
      return body.data as T;
    }
  }
}

export async function login(endpoint: string, username: string, password: string): Promise<GqlClient> {
  const anon = new GqlClient(endpoint);
  const r = await anon.call<{ login: { token: string } }>('mutation($u:String!,$p:String!){ login(username:$u,password:$p){ token } }', { u: username, p: password });
  return anon.withToken(r.login.token);
}

/** Creates an account with a random password (an admin's call) and signs it in. */
export async function createAccount(admin: GqlClient, username: string, role: 'STATION' | 'REVIEWER' | 'MANAGER', displayName: string): Promise<GqlClient> {
  const password = randomBytes(18).toString('base64url');
  await admin.call('mutation($i:CreateUserInput!){ createUser(input:$i){ id } }', { i: { username, password, role, displayName } });
  return login(admin.endpoint, username, password);
}

/** Runs `fn` over `items` with at most `n` in flight. */
export async function pool<T>(items: readonly T[], n: number, fn: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(n, items.length)) }, worker));
}

// ---------------------------------------------------------------- the campaign's steps

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

export interface ReviewedForm {
  flagged: { field: string; kind: string }[];
  spotChecked: boolean;
  spotCorrected: string[];
}

export interface ReviewResult {
  /** By `campaignBatchCode/formNumber`. */
  forms: Map<string, ReviewedForm>;
  reviewTasks: number;
  spotChecks: number;
  errors: string[];
}

const CLAIM = `mutation($b:ID){ claimNextTask(batchId:$b){ id kind form { formNumber verifiedRecord { values { key value illegible } } } discrepancies { id fieldKey kind value1 value2 } } }`;
const RESOLVE = 'mutation($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id } }';
const SPOT = 'mutation($id:ID!,$c:[FieldCorrectionInput!]!){ resolveSpotCheck(id:$id,corrections:$c){ id } }';
const RELEASE = 'mutation($id:ID!){ releaseTask(id:$id){ id } }';

interface ClaimedTask {
  id: string;
  kind: 'REVIEW' | 'SPOT_CHECK';
  form: { formNumber: string; verifiedRecord: { values: { key: string; value: string | null; illegible: boolean }[] } | null };
  discrepancies: { id: string; fieldKey: string; kind: string; value1: string | null; value2: string | null }[];
}

/**
 * Simulated reviewers, `reviewers.length` of them concurrently, each draining one batch at a time
 * (claimNextTask with the batch id, so tasks of other campaigns on the same server are left alone).
 * Review tasks: per discrepancy the keying matching the truth under the comparator, else the true
 * value typed; with probability `reviewerErrorRate` a wrong keying instead. Spot checks: every field
 * of the record that differs from the truth is corrected (each missed with the same probability).
 */
export async function reviewBatches(
  reviewers: readonly GqlClient[],
  batches: readonly { id: string; code: string }[],
  ctx: {
    truthOf(batchCode: string, formNumber: string): FieldValues | undefined;
    seed: number;
    reviewerErrorRate: number;
    template?: TemplateDef;
    comparator?: Comparator;
    onTask?: () => void;
  },
): Promise<ReviewResult> {
  const template = ctx.template ?? DC01;
  const cmp = ctx.comparator ?? basicComparator;
  const fields = fieldMap(template);
  const result: ReviewResult = { forms: new Map(), reviewTasks: 0, spotChecks: 0, errors: [] };
  const queue = [...batches];
  const reviewer = async (rc: GqlClient) => {
    for (;;) {
      const batch = queue.shift();
      if (!batch) return;
      const failed = new Set<string>();
      for (;;) {
        const task = (await rc.call<{ claimNextTask: ClaimedTask | null }>(CLAIM, { b: batch.id })).claimNextTask;
        if (!task) break;
        if (failed.has(task.id)) {
          await rc.call(RELEASE, { id: task.id }).catch(() => undefined);
          break;
        }
        const key = `${batch.code}/${task.form.formNumber}`;
        const truth = ctx.truthOf(batch.code, task.form.formNumber);
        try {
          if (!truth) throw new Error(`no ground truth for form ${key}`);
          const entry = result.forms.get(key) ?? { flagged: [], spotChecked: false, spotCorrected: [] };
          result.forms.set(key, entry);
          if (task.kind === 'REVIEW') {
            const resolutions = task.discrepancies.map((d) => {
              const f = fields.get(d.fieldKey)!;
              const slip = reviewerDraw(ctx.seed, key, d.fieldKey) < ctx.reviewerErrorRate;
              return { discrepancyId: d.id, ...reviewDecision(cmp, f, d.value1, d.value2, truth[d.fieldKey] ?? null, slip) };
            });
            await rc.call(RESOLVE, { id: task.id, r: resolutions });
            entry.flagged = task.discrepancies.map((d) => ({ field: d.fieldKey, kind: d.kind }));
            result.reviewTasks++;
          } else {
            const record = new Map((task.form.verifiedRecord?.values ?? []).map((v) => [v.key, v.illegible ? ILLEGIBLE : v.value]));
            const corrections: { fieldKey: string; value: string | null }[] = [];
            for (const f of template.fields) {
              const want = truth[f.key] ?? null;
              if (cmp.same(f, record.get(f.key) ?? null, want)) continue;
              if (reviewerDraw(ctx.seed, key, f.key, 'spot-miss') < ctx.reviewerErrorRate) continue;
              corrections.push({ fieldKey: f.key, value: want });
            }
            await rc.call(SPOT, { id: task.id, c: corrections });
            entry.spotChecked = true;
            entry.spotCorrected = corrections.map((c) => c.fieldKey);
            result.spotChecks++;
          }
          ctx.onTask?.();
        } catch (e) {
          if (e instanceof GqlError && e.code === 'ALREADY_RESOLVED') continue;
          result.errors.push(`task ${task.id} (${key}): ${(e as Error).message}`);
          failed.add(task.id);
          await rc.call(RELEASE, { id: task.id }).catch(() => undefined);
        }
      }
    }
  };
  await Promise.all(reviewers.map(reviewer));
  return result;
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
    forms: 0, keyings: 0, rejected: 0, firstRejection: null, reviewTasks: 0, spotChecks: 0, reviewErrors: [], recordsRead: 0,
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
      truthOf: (code, no) => byKey.get(`${code}/${no}`)?.truth,
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
