import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Batch } from '../../db/entities/index.js';
import { clerkErrors, drawForms, drawPolicyOf } from '../spot-check-draw.js';
import { onBacklog, type Deltas } from '../aggregates.js';
import { exec, insertRows, type SqlValue } from '../sql.js';

type Verified = { id: number; batch: Batch; passes: Map<number, { keyerCode: string }> };

/**
 * Every Nth automatically verified form of a batch, or a seeded random share (uniform, or weighted
 * by the clerks' error rates: one query for every clerk of the call), gets a spot check.
 */
export async function spotChecks(tx: SqlEntityManager, verified: Verified[], now: Date, agg: Deltas): Promise<void> {
  const rows: SqlValue[][] = [];
  const byBatch = new Map<number, Verified[]>();
  for (const f of verified) if (f.batch.spotCheckEvery || f.batch.spotCheckPercent) (byBatch.get(f.batch.id) ?? byBatch.set(f.batch.id, []).get(f.batch.id)!).push(f);
  const pair = (f: Verified) => ({ id: f.id, keyer1: f.passes.get(1)!.keyerCode, keyer2: f.passes.get(2)!.keyerCode, f });
  const risky = [...byBatch.values()].filter((list) => drawPolicyOf(list[0].batch)?.mode === 'RISK').flat();
  const errors = risky.length ? await clerkErrors(tx, risky.flatMap((f) => [f.passes.get(1)!.keyerCode, f.passes.get(2)!.keyerCode]), now) : undefined;
  for (const [batchId, list] of byBatch) {
    const b = list[0].batch;
    let picked: { f: Verified; note: string }[];
    if (b.spotCheckEvery) {
      const [r] = await exec<{ auto_verified_count: number }[]>(tx, 'update batch set auto_verified_count = auto_verified_count + ? where id = ? returning auto_verified_count', [list.length, batchId]);
      const start = Number(r.auto_verified_count) - list.length;
      const note = `spot check: every ${b.spotCheckEvery}th automatically verified form`;
      picked = list.filter((_, i) => (start + i + 1) % b.spotCheckEvery! === 0).map((f) => ({ f, note }));
    } else {
      picked = (await drawForms(tx, drawPolicyOf(b)!, list.map(pair), now, errors)).map(({ form, note }) => ({ f: form.f, note }));
    }
    for (const { f, note } of picked) {
      rows.push([f.id, batchId, b.provinceCode, 'SPOT_CHECK', 'OPEN', f.passes.get(1)!.keyerCode, f.passes.get(2)!.keyerCode, 0, note, now]);
      onBacklog(agg, b, { createdAt: now, discrepancyCount: 0 }, 1);
    }
  }
  await insertRows(tx, 'correction_task', ['form_id', 'batch_id', 'province_code', 'kind', 'status', 'keyer1', 'keyer2', 'discrepancy_count', 'note', 'created_at'], rows);
}
