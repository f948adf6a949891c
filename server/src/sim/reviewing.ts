/**
 * Simulated reviewers working a real server's queue: `reviewers.length` of them concurrently, each
 * draining one batch at a time (claimNextTask with the batch id, so tasks of other campaigns on
 * the same server are left alone). They read the scan, never the truth (reviewer.ts): a review
 * task's discrepancies are resolved with the keying that says what they read, or what they read
 * typed in; a spot check corrects every field of the record that differs from their reading.
 */
import { DC01, fieldMap, type TemplateDef } from '../domain/template.js';
import { ILLEGIBLE } from '../domain/values.js';
import { GqlError, type GqlClient } from './gql.js';
import { reviewField, spotCheck, type Scan } from './reviewer.js';

export interface ReviewedForm {
  /** Every discrepancy of every review task of the form. */
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
const RESOLVE = 'mutation($id:ID!,$r:[ResolutionInput!]!,$why:String){ resolveTask(id:$id,resolutions:$r,overrideReason:$why){ id } }';
const SPOT = 'mutation($id:ID!,$c:[FieldCorrectionInput!]!,$why:String){ resolveSpotCheck(id:$id,corrections:$c,overrideReason:$why){ id } }';
const WHY = 'checked again against the scan';

/**
 * Values that fail a check are refused with CHECKS_FAILED: the reviewer reads the fields again
 * (a fresh look, fooled or not independently of the first) and submits that reading with a reason.
 */
async function submitChecked<T>(rc: GqlClient, query: string, vars: Record<string, unknown>, first: T, again: () => T, key: 'r' | 'c'): Promise<T> {
  try {
    await rc.call(query, { ...vars, [key]: first });
    return first;
  } catch (e) {
    if (!(e instanceof GqlError && e.code === 'CHECKS_FAILED')) throw e;
    const second = again();
    await rc.call(query, { ...vars, [key]: second, why: WHY });
    return second;
  }
}
const RELEASE = 'mutation($id:ID!){ releaseTask(id:$id){ id } }';

interface ClaimedTask {
  id: string;
  kind: 'REVIEW' | 'SPOT_CHECK';
  form: { formNumber: string; verifiedRecord: { values: { key: string; value: string | null; illegible: boolean }[] } | null };
  discrepancies: { id: string; fieldKey: string; kind: string; value1: string | null; value2: string | null }[];
}

export async function reviewBatches(
  reviewers: readonly GqlClient[],
  batches: readonly { id: string; code: string }[],
  ctx: {
    scanOf(batchCode: string, formNumber: string): Scan | undefined;
    seed: number;
    reviewerErrorRate: number;
    template?: TemplateDef;
    onTask?: () => void;
  },
): Promise<ReviewResult> {
  const template = ctx.template ?? DC01;
  const fields = fieldMap(template);
  const model = { seed: ctx.seed, errorRate: ctx.reviewerErrorRate };
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
        const scan = ctx.scanOf(batch.code, task.form.formNumber);
        try {
          if (!scan) throw new Error(`no scan for form ${key}`);
          const entry = result.forms.get(key) ?? { flagged: [], spotChecked: false, spotCorrected: [] };
          result.forms.set(key, entry);
          if (task.kind === 'REVIEW') {
            const decide = (stream?: string) =>
              task.discrepancies.map((d) => ({ discrepancyId: d.id, ...reviewField(model, scan, key, fields.get(d.fieldKey)!, d.value1, d.value2, stream) }));
            await submitChecked(rc, RESOLVE, { id: task.id }, decide(), () => decide('recheck'), 'r');
            entry.flagged.push(...task.discrepancies.map((d) => ({ field: d.fieldKey, kind: d.kind })));
            result.reviewTasks++;
          } else {
            const record = Object.fromEntries((task.form.verifiedRecord?.values ?? []).map((v) => [v.key, v.illegible ? ILLEGIBLE : v.value]));
            const corrections = await submitChecked(rc, SPOT, { id: task.id }, spotCheck(model, scan, key, template, record), () => spotCheck(model, scan, key, template, record, 'spot-recheck'), 'c');
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
