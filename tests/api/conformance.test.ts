import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverAudits } from 'graphql-http';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * The GraphQL-over-HTTP specification's own audit suite (graphql-http) against our endpoint.
 * Every MUST passes; the SHOULDs we do not meet are listed here with the reason.
 */
const WHY_400 =
  'Apollo Server answers request errors (before execution) with HTTP 400 for every media type, including the legacy application/json; ' +
  'the body is the same GraphQL error. Clients that ask for application/graphql-response+json get exactly what the spec prefers.';
const ACCEPTED_SHOULD_FAILURES: Record<string, string> = {
  '572B': WHY_400, // document parsing failure
  FDE2: WHY_400, // document validation failure
  '7B9B': WHY_400, // variable coercion failure
};

describe('GraphQL over HTTP conformance', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('sqlite', {}, { users: false });
  });
  afterAll(async () => t?.close());

  it('passes every MUST audit', async () => {
    // The audits ask `__type(...)`, which is introspection: only signed-in callers may (README, Security).
    const ctx = { em: t.app.orm.em.fork(), actor: null };
    await t.app.services.auth.createUser(ctx, { username: 'auditor', password: 'conformance audit password', role: 'CONSUMER', displayName: 'auditor' });
    const { token } = await t.app.services.auth.login(ctx, 'auditor', 'conformance audit password');
    const fetchFn = (url: string, init: RequestInit = {}) => fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` } });
    const results = await Promise.all(serverAudits({ url: t.url, fetchFn }).map(async (a) => ({ id: a.id, name: a.name, result: await a.fn() })));
    const failedMust = results.filter((r) => r.name.startsWith('MUST') && r.result.status !== 'ok');
    expect(failedMust.map((r) => `${r.id} ${r.name}: ${r.result.status === 'ok' ? '' : r.result.reason}`)).toEqual([]);
    const failedShould = results.filter((r) => r.name.startsWith('SHOULD') && r.result.status !== 'ok');
    const unexplained = failedShould.filter((r) => !ACCEPTED_SHOULD_FAILURES[r.id]).map((r) => `${r.id} ${r.name}: ${r.result.status === 'ok' ? '' : r.result.reason}`);
    expect(unexplained).toEqual([]);
  });
});
