import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Batch } from '../../db/entities/index.js';
import { spotDraw } from '../../domain/spot-check.js';
import { exec, insertRows, type SqlValue } from '../sql.js';

/** Every Nth automatically verified form of a batch, or a seeded random share, gets a spot check. */
export async function spotChecks(tx: SqlEntityManager, verified: { id: number; batch: Batch; passes: Map<number, { keyerCode: string }> }[], now: Date): Promise<void> {
  const rows: SqlValue[][] = [];
  const byBatch = new Map<number, typeof verified>();
  for (const f of verified) if (f.batch.spotCheckEvery || f.batch.spotCheckPercent) (byBatch.get(f.batch.id) ?? byBatch.set(f.batch.id, []).get(f.batch.id)!).push(f);
  for (const [batchId, list] of byBatch) {
    const b = list[0].batch;
    let picked: typeof list;
    let note: string;
    if (b.spotCheckEvery) {
      const [r] = await exec<{ auto_verified_count: number }[]>(tx, 'update batch set auto_verified_count = auto_verified_count + ? where id = ? returning auto_verified_count', [list.length, batchId]);
      const start = Number(r.auto_verified_count) - list.length;
      picked = list.filter((_, i) => (start + i + 1) % b.spotCheckEvery! === 0);
      note = `spot check: every ${b.spotCheckEvery}th automatically verified form`;
    } else {
      picked = list.filter((f) => spotDraw(b.spotCheckSeed ?? 0, f.id) < b.spotCheckPercent! / 100);
      note = `spot check: random ${b.spotCheckPercent}% (seed ${b.spotCheckSeed ?? 0})`;
    }
    for (const f of picked) rows.push([f.id, batchId, b.provinceCode, 'SPOT_CHECK', 'OPEN', f.passes.get(1)!.keyerCode, f.passes.get(2)!.keyerCode, 0, note, now]);
  }
  await insertRows(tx, 'correction_task', ['form_id', 'batch_id', 'province_code', 'kind', 'status', 'keyer1', 'keyer2', 'discrepancy_count', 'note', 'created_at'], rows);
}
