import { describe, expect, it } from 'vitest';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { Deltas } from './aggregate-deltas.js';
import { Writes } from './sql.js';

/** Only the platform is asked for: write() leaves its upserts in the Writes and sends nothing. */
const pgEm = { getPlatform: () => new PostgreSqlPlatform() } as unknown as SqlEntityManager;
const batch = { id: 7, provinceCode: '001', template: { id: 1 } };

function foldText(fill: (d: Deltas) => void): { sql: string; params: unknown[] } {
  const d = new Deltas();
  fill(d);
  const w = new Writes(true);
  d.write(pgEm, w);
  w.run('delete from agg_pending where id = any(?::bigint[])', ['{1,2}']);
  const [st, ...rest] = w.statements();
  expect(rest).toEqual([]);
  return st;
}

describe('Deltas.write into a Writes (the fold, PostgreSQL)', () => {
  it('gives one statement whose text depends on the tables touched, not on which counters changed', () => {
    const a = foldText((d) => {
      d.keyer('2026-12-07', 'KT1', batch, { keyings: 1, forms: 1 });
      d.batch('2026-12-07', batch, { forms: 1 });
    });
    const b = foldText((d) => {
      d.keyer('2026-12-07', 'KT2', batch, { errors: 2, seconds: 30 });
      d.keyer('2026-12-07', 'KT3', batch, { keystrokes: 9 });
      d.batch('2026-12-07', batch, { pending_tasks: 1, pending_fields: 3 });
    });
    expect(a.sql).toBe(b.sql);
    expect(a.sql).toMatch(/^with w0 as \(insert into "agg_batch_day".*\), w1 as \(insert into "agg_keyer_day".*\) delete from agg_pending/);
    // Counters nobody changed go as zeros, which the upsert adds to the row: nothing changes by them.
    expect(a.params.length).toBe(b.params.length);
    const other = foldText((d) => d.field('2026-12-07', 'ho_ten', batch, { discrepancies: 1 }));
    expect(other.sql).not.toBe(a.sql);
  });

  it('leaves out rows whose counters sum to zero, and tables with none', () => {
    const st = foldText((d) => {
      d.keyer('2026-12-07', 'KT1', batch, { keyings: 1 });
      d.keyer('2026-12-07', 'KT1', batch, { keyings: -1 });
      d.batch('2026-12-07', batch, { forms: 1 });
    });
    expect(st.sql).not.toContain('agg_keyer_day');
    expect(st.sql).toContain('agg_batch_day');
  });
});
