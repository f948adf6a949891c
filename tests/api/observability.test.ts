import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { CREATE_BATCH, keying, person } from '../helpers/fixtures.js';

describe('health, readiness and metrics', () => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await startTestApp('sqlite');
    base = t.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => t?.close());

  it('answers liveness and readiness', async () => {
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('exports request latencies, ingest counts and queue depth for Prometheus', async () => {
    await t.as('admin')(CREATE_BATCH, { i: { code: 'M', provinceCode: '001', district: 'D', commune: 'C' } });
    await t.submit([keying('M', '1', 1, 'KT1', person()), keying('M', '1', 2, 'KT2', person({ phone: null })), keying('M', '2', 1, 'KT1', person({ citizenId: '1' }))]);
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toMatch(/dualkey_keyings_total\{status="ACCEPTED"\} 2/);
    expect(text).toMatch(/dualkey_keyings_total\{status="REJECTED"\} 1/);
    expect(text).toMatch(/dualkey_tasks_waiting\{status="OPEN"\} 1/);
    expect(text).toMatch(/dualkey_http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\} \d+/);
    expect(text).toMatch(/process_cpu_seconds_total/);
    // No personal data in metrics.
    expect(text).not.toContain('Nguyễn');
  });
});
