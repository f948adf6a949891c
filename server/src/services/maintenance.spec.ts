import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { FIRST_RUN_AFTER_MS, maintenancePlan, QueueVacuum, RUN_EVERY_MS, type Thresholds } from './maintenance.js';

// PostgreSQL 15's defaults.
const DEFAULTS: Thresholds = { vacuum: 50, vacuumScale: 0.2, insert: 1000, insertScale: 0.2, analyze: 50, analyzeScale: 0.1 };
const table = (relname: string, over: Partial<Parameters<typeof maintenancePlan>[0][number]> = {}) => ({
  relname,
  vacuumed: 30,
  analyzed: true,
  dead: 0,
  inserted: 0,
  modified: 0,
  tuples: 10_000,
  ...over,
});

describe('maintenancePlan', () => {
  it('leaves a table alone below autovacuum thresholds and takes it once it passes them', () => {
    // 50 + 20% of 10,000 dead rows; 1,000 + 20% inserted; 50 + 10% changed.
    expect(maintenancePlan([table('keying', { dead: 2050, inserted: 3000, modified: 1050 })], DEFAULTS)).toEqual({ vacuum: [], analyze: [] });
    expect(maintenancePlan([table('keying', { dead: 2051 })], DEFAULTS)).toEqual({ vacuum: ['keying'], analyze: [] });
    expect(maintenancePlan([table('keying', { inserted: 3001 })], DEFAULTS)).toEqual({ vacuum: ['keying'], analyze: [] });
    expect(maintenancePlan([table('keying', { modified: 1051 })], DEFAULTS)).toEqual({ vacuum: [], analyze: ['keying'] });
  });

  it('analyzes a table never analyzed, however small, so the planner never plans for an empty table', () => {
    expect(maintenancePlan([table('discrepancy', { analyzed: false, tuples: 0 })], DEFAULTS).analyze).toEqual(['discrepancy']);
  });

  it('vacuums the tables that change all day every minute, not more often, whatever their counts', () => {
    for (const t of ['correction_task', 'audit_event', 'form', 'verified_record']) {
      expect(maintenancePlan([table(t, { vacuumed: 44 })], DEFAULTS).vacuum, t).toEqual([]);
      expect(maintenancePlan([table(t, { vacuumed: 45 })], DEFAULTS).vacuum, t).toEqual([t]);
      expect(maintenancePlan([table(t, { vacuumed: null })], DEFAULTS).vacuum, t).toEqual([t]);
    }
    // Any other table only by its counts, however long ago.
    expect(maintenancePlan([table('agg_keyer_day', { vacuumed: null })], DEFAULTS).vacuum).toEqual([]);
  });

  it("takes a table's own settings over the server's", () => {
    const own = table('agg_pending', { dead: 300, modified: 300, options: ['fillfactor=70', 'autovacuum_vacuum_scale_factor=0.02', 'autovacuum_analyze_scale_factor=0.02'] });
    expect(maintenancePlan([own], DEFAULTS)).toEqual({ vacuum: ['agg_pending'], analyze: ['agg_pending'] });
    expect(maintenancePlan([{ ...own, options: null }], DEFAULTS)).toEqual({ vacuum: [], analyze: [] });
  });

  it('does not vacuum for inserts when the insert threshold is off (-1)', () => {
    expect(maintenancePlan([table('keying', { inserted: 1e9 })], { ...DEFAULTS, insert: -1 }).vacuum).toEqual([]);
  });
});

describe('QueueVacuum.schedule', () => {
  afterEach(() => vi.useRealTimers());

  it('runs soon after start, then every minute, keeps going after a failed run, and stops', async () => {
    vi.useFakeTimers();
    const vacuum = new QueueVacuum({} as SqlEntityManager, () => {});
    const failures: unknown[] = [];
    let runs = 0;
    vi.spyOn(vacuum, 'run').mockImplementation(async () => {
      runs++;
      if (runs === 2) throw new Error('lock timeout');
      return true;
    });
    const stop = vacuum.schedule((e) => failures.push(e));
    await vi.advanceTimersByTimeAsync(FIRST_RUN_AFTER_MS - 1);
    expect(runs).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toBe(1);
    expect(FIRST_RUN_AFTER_MS).toBeLessThan(RUN_EVERY_MS);
    await vi.advanceTimersByTimeAsync(RUN_EVERY_MS);
    expect(runs).toBe(2);
    expect(failures).toEqual([expect.objectContaining({ message: 'lock timeout' })]);
    await vi.advanceTimersByTimeAsync(RUN_EVERY_MS);
    expect(runs).toBe(3);
    stop();
    await vi.advanceTimersByTimeAsync(5 * RUN_EVERY_MS);
    expect(runs).toBe(3);
  });

  it('stopped before its first run, never runs', async () => {
    vi.useFakeTimers();
    const vacuum = new QueueVacuum({} as SqlEntityManager, () => {});
    const run = vi.spyOn(vacuum, 'run').mockResolvedValue(true);
    vacuum.schedule(() => {})();
    await vi.advanceTimersByTimeAsync(2 * RUN_EVERY_MS);
    expect(run).not.toHaveBeenCalled();
  });
});
