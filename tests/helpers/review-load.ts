import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../server/src/config.js';
import { createApp } from '../../server/src/app.js';
import { Batch, FormTemplate } from '../../server/src/db/entities/index.js';
import type { KeyingSubmission } from '../../server/src/services/ingest.service.js';
import type { Actor } from '../../server/src/services/context.js';
import { person } from './fixtures.js';
import { graphql } from '../gql/index.js';
import { postJson } from './http-post.js';
import type { Doc } from './gql.js';

export const LOAD_SECRET = 'review-load-shared-secret-0123456789abcdef';
export const LOAD_PASSWORD = 'review load password 0123';

/**
 * Prepares a database with `tasks` forms in review and `reviewers` reviewer accounts, through the
 * real services (the same code paths as the API), then closes the app so server processes can use it.
 */
export async function prepareReviewLoad(databaseUrl: string, tasks: number, reviewers: number, env: Record<string, string> = {}): Promise<{ dataDir: string; usernames: string[] }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dualkey-load-'));
  const app = await createApp(loadConfig({ DATA_DIR: dataDir, DATABASE_URL: databaseUrl, SEED_DEMO: '0', AUTH_SECRET: LOAD_SECRET, ...env } as NodeJS.ProcessEnv));
  try {
    const em = app.orm.em.fork();
    const usernames: string[] = [];
    for (let i = 0; i < reviewers; i++) {
      const username = `load-reviewer-${i}`;
      await app.services.auth.createUser({ em, actor: null }, { username, password: LOAD_PASSWORD, role: 'REVIEWER', displayName: username });
      usernames.push(username);
    }
    // Two stations, one per pass (one credential never keys both), and the two clerks they name.
    const stations: Actor[] = [];
    for (const n of [1, 2]) {
      const u = await app.services.auth.createUser({ em, actor: null }, { username: `load-station-${n}`, password: LOAD_PASSWORD, role: 'STATION', displayName: `station ${n}` });
      stations.push({ userId: u.id, username: u.username, role: 'STATION', keyerCode: null });
    }
    await app.services.auth.registerClerks({ em, actor: null }, [{ keyerCode: 'KT1', displayName: 'Clerk one' }, { keyerCode: 'KT2', displayName: 'Clerk two' }]);
    const template = await em.findOneOrFail(FormTemplate, { code: 'dc01' });
    em.create(Batch, { code: 'LOAD', template, provinceCode: '001', district: 'D', commune: 'C', status: 'OPEN', createdAt: new Date() });
    await em.flush();
    const at = new Date(Date.now() - 3600_000);
    let chunk: KeyingSubmission[] = [];
    for (let i = 0; i < tasks; i++) {
      const no = `F${String(i).padStart(6, '0')}`;
      const base = { batchCode: 'LOAD', formNumber: no, stationCode: 'ST', startedAt: at, submittedAt: at };
      chunk.push({ ...base, idempotencyKey: `${no}/1`, pass: 1, keyerCode: 'KT1', values: person() });
      chunk.push({ ...base, idempotencyKey: `${no}/2`, pass: 2, keyerCode: 'KT2', values: person({ phone: '0912345679' }) });
      if (chunk.length >= 1000 || i === tasks - 1) {
        for (const pass of [1, 2]) {
          const out = await app.services.ingest.submit({ em: app.orm.em.fork(), actor: stations[pass - 1] }, chunk.filter((k) => k.pass === pass));
          if (out.some((o) => o.status !== 'ACCEPTED')) throw new Error(`load setup: a keying was not accepted: ${JSON.stringify(out.find((o) => o.status !== 'ACCEPTED'))}`);
        }
        chunk = [];
      }
    }
    return { dataDir, usernames };
  } finally {
    await app.close();
  }
}

export interface ReviewerRun {
  resolved: string[];
  claims: { taskId: string; ms: number }[];
  errors: string[];
}

/** One reviewer: claim, resolve every discrepancy with the first value, until the queue is empty. */
export async function reviewLoop(urls: string[], username: string, offset: number): Promise<ReviewerRun> {
  const call = async (i: number, query: Doc, variables: Record<string, unknown>, token?: string) => {
    const res = await postJson(`${urls[i % urls.length]}/graphql`, { query: String(query), variables }, token);
    return res.body as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
  };
  const login = await call(offset, graphql(`mutation Login($u:String!,$p:String!){ login(username:$u,password:$p){ token } }`), { u: username, p: LOAD_PASSWORD });
  const token = login.data.login.token as string;
  const run: ReviewerRun = { resolved: [], claims: [], errors: [] };
  // Alternate servers request by request: state must live in the database, not in a process.
  for (let n = offset; ; n++) {
    const t0 = performance.now();
    const c = await call(n, graphql(`mutation ClaimNextTask{ claimNextTask { id discrepancies { id } } }`), {}, token);
    run.claims.push({ taskId: c.data?.claimNextTask?.id ?? '', ms: performance.now() - t0 });
    if (c.errors) {
      run.errors.push(c.errors[0].extensions?.code ?? c.errors[0].message);
      continue;
    }
    const task = c.data.claimNextTask;
    if (!task) return run;
    const r = await call(n + 1, graphql(`mutation ResolveTask($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status } }`), { id: task.id, r: task.discrepancies.map((d: { id: string }) => ({ discrepancyId: d.id, choice: 'FIRST' })) }, token);
    if (r.errors) run.errors.push(r.errors[0].extensions?.code ?? r.errors[0].message);
    else run.resolved.push(task.id);
  }
}
