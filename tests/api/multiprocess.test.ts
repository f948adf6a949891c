import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { inject } from 'vitest';
import { createTestDatabase } from '../helpers/test-app.js';
import { LOAD_SECRET, prepareReviewLoad, reviewLoop } from '../helpers/review-load.js';
import { startServer, stopServer } from '../../bench/lib.js';

const TASKS = 1000;
const REVIEWERS = 20;

/**
 * Two real server processes against one PostgreSQL, 20 reviewers alternating between them:
 * every task is resolved exactly once and no task is ever handed to two reviewers.
 */
describe.skipIf(!inject('pgAvailable'))('two server processes on one PostgreSQL', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataDir = '';
  let usernames: string[] = [];
  const servers: Awaited<ReturnType<typeof startServer>>[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('postgresql', '/tmp');
    ({ dataDir, usernames } = await prepareReviewLoad(db.url, TASKS, REVIEWERS));
    for (let i = 0; i < 2; i++) servers.push(await startServer({ DATABASE_URL: db.url, DATA_DIR: dataDir, AUTH_SECRET: LOAD_SECRET }));
  }, 180_000);

  afterAll(async () => {
    for (const s of servers) await stopServer(s.child);
    await db?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it(`resolves ${TASKS} tasks exactly once with ${REVIEWERS} concurrent reviewers`, async () => {
    const urls = servers.map((s) => s.url);
    const runs = await Promise.all(usernames.map((u, i) => reviewLoop(urls, u, i)));
    expect(runs.flatMap((r) => r.errors)).toEqual([]);
    const owner = new Map<string, string>();
    runs.forEach((r, i) => {
      for (const id of r.claims.map((c) => c.taskId).filter(Boolean)) {
        expect(owner.get(id) ?? usernames[i], `task ${id} handed to two reviewers`).toBe(usernames[i]);
        owner.set(id, usernames[i]);
      }
    });
    const resolved = runs.flatMap((r) => r.resolved);
    expect(resolved.length).toBe(TASKS);
    expect(new Set(resolved).size).toBe(TASKS);
    expect(runs.filter((r) => r.resolved.length > 0).length).toBeGreaterThan(REVIEWERS / 2);

    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    try {
      const q = async (sql: string) => Number((await c.query(sql)).rows[0].n);
      expect(await q(`select count(*) as n from correction_task where status = 'RESOLVED' and resolved_by_id is not null`)).toBe(TASKS);
      expect(await q(`select count(*) as n from form where status = 'VERIFIED'`)).toBe(TASKS);
      expect(await q(`select count(distinct form_id) as n from verified_record`)).toBe(TASKS);
      expect(await q(`select count(*) as n from verified_record`)).toBe(TASKS);
      // Each resolution charged the second clerk once (the wrong phone), never twice.
      expect(await q(`select count(*) as n from keying_error`)).toBe(TASKS);
      expect(await q(`select count(*) as n from audit_event where action = 'task.resolve'`)).toBe(TASKS);
    } finally {
      await c.end();
    }
  }, 240_000);
});
