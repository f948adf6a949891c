import { describe, expect, inject, it } from 'vitest';
import { percentile, runLoad } from '../../bench/load.js';

/**
 * A short version of the load benchmark (`npm run bench -- --only load`: 60 s, 200 clients):
 * 10 s, 50 concurrent clients mixing ingest, claims, resolutions, record lists and reports over
 * two server processes on one PostgreSQL. Correctness is asserted (no error, nothing lost or
 * doubled); the latencies are printed, not asserted, as the machine is shared.
 */
describe.skipIf(!inject('pgAvailable'))('mixed load on two server processes (PostgreSQL)', () => {
  it('50 clients for 10 s: no errors, no lost or doubled writes', async () => {
    const r = await runLoad(inject('pgAdminUrl'), { seconds: 10, clients: 50, instances: 2 });
    const all = Object.values(r.latencies).flat().sort((a, b) => a - b);
    console.log(
      `load test: ${r.requests} requests in ${r.seconds.toFixed(1)} s, ${r.acceptedKeyings} keyings, ${r.resolutions} resolutions; ` +
        `p50 ${percentile(all, 50).toFixed(0)} ms, p99 ${percentile(all, 99).toFixed(0)} ms; errors ${JSON.stringify(r.errors)}`,
    );
    expect(r.errors).toEqual({});
    expect(r.lost).toBe(0);
    expect(r.doubled).toBe(0);
    expect(r.unacknowledged).toBe(0);
    expect(r.invariantViolations).toEqual([]);
    expect(r.acceptedKeyings).toBeGreaterThan(0);
    expect(r.resolutions).toBeGreaterThan(0);
    for (const op of ['submit', 'claim', 'resolve', 'records', 'tasks', 'areaReport', 'keyerReport'] as const) expect(r.latencies[op].length, op).toBeGreaterThan(0);
  }, 240_000);
});
