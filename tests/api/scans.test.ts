import { request } from 'node:http';
import { readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyIdOf, rotate, serializeKeyRing } from '../../server/src/domain/crypto.js';
import { parseScanPath } from '../../server/src/http-scans.js';
import { reencrypt } from '../../server/src/services/rotation.service.js';
import { renderFormSvg } from '../../server/src/sim/scan-svg.js';
import { dbKinds, startTestApp, type TestApp } from '../helpers/test-app.js';
import { CREATE_BATCH, keying, person } from '../helpers/fixtures.js';
import { graphql } from '../gql/index.js';

const CLAIM = graphql(`mutation ScansClaimNextTask($b:ID){ claimNextTask(batchId:$b){ id form { formNumber imageRef } } }`);
const CREATE_KEY = graphql(`mutation CreateApiKey($i:CreateApiKeyInput!){ createApiKey(input:$i){ key } }`);

/**
 * A GET sent byte for byte as written: fetch() would normalise `..` and some escapes away before
 * the server saw them.
 */
function rawGet(t: TestApp, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { port } = new URL(t.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('scan paths', () => {
  it('takes one batch code and one form number, decoded once, and nothing that could leave the directory', () => {
    expect(parseScanPath('/B1/000001.svg')).toEqual({ batchCode: 'B1', formNumber: '000001' });
    expect(parseScanPath('/L%C3%B4-1/000001.svg')).toEqual({ batchCode: 'Lô-1', formNumber: '000001' });
    for (const p of ['/../keyring.svg', '/%2e%2e/keyring.svg', '/B1/..%2fkeyring.svg', '/B1/%2e%2e%2f%2e%2e%2fkeyring.svg', '/B1/.svg', '/B1/%2e.svg', '/B1/a%5cb.svg', '/B1/a%00.svg', '/B1/%E0%A4%A.svg', '/B1/x/y.svg', '/B1/', '/B1/000001.svg.sealed', '/B1/000001.SVG', '//000001.svg']) {
      expect(parseScanPath(p), p).toBeNull();
    }
  });
});

describe.each(dbKinds())('scans on %s', (kind) => {
  let t: TestApp;
  let batchId: string;
  const person1 = person();
  const path = '/scans/SC1/000001.svg';

  beforeAll(async () => {
    t = await startTestApp(kind);
    batchId = (await t.as('admin')(CREATE_BATCH, { i: { code: 'SC1', provinceCode: '001', district: 'Hoàn Kiếm', commune: 'Hàng Bạc' } })).data.createBatch.id;
    const r = await t.submit([
      keying('SC1', '000001', 1, 'KT1', person1, { imageRef: path }),
      keying('SC1', '000001', 2, 'KT2', { ...person1, phone: '0912345679' }, { imageRef: path }),
    ]);
    expect(r.data.submitKeyings.map((k: { status: string }) => k.status)).toEqual(['ACCEPTED', 'ACCEPTED']);
    t.app.services.scans.write('SC1', '000001', Buffer.from(renderFormSvg(person1, { batchCode: 'SC1', formNumber: '000001', provinceName: 'Hà Nội' })));
  });
  afterAll(async () => t?.close());

  const get = (p: string, user?: string, headers: Record<string, string> = {}) => rawGet(t, p, { ...(user ? { authorization: `Bearer ${t.tokens[user]}` } : {}), ...headers });

  it('keeps the scan sealed on disk, owner-only', () => {
    const file = join(t.dataDir, 'scans', 'SC1', '000001.svg.sealed');
    const raw = readFileSync(file, 'utf8');
    expect(raw.startsWith('dk1.')).toBe(true);
    expect(raw).not.toContain(person1.fullName);
    expect(existsSync(join(t.dataDir, 'scans', 'SC1', '000001.svg'))).toBe(false);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('answers 401 without a credential or with a bad one, and never caches', async () => {
    for (const r of [await get(path), await get(path, undefined, { authorization: 'Bearer not-a-token' }), await get(path, undefined, { authorization: 'Basic YWRtaW46eA==' })]) {
      expect(r.status).toBe(401);
      expect(r.headers['cache-control']).toBe('no-store');
      expect(r.body).not.toContain('<svg');
      expect(JSON.parse(r.body).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('answers 404 to signed-in people who may not see the form in clear, as for a scan that does not exist', async () => {
    const missing = await get('/scans/SC1/999999.svg', 'admin');
    expect(missing.status).toBe(404);
    for (const u of ['reviewer2', 'reviewer', 'manager', 'station', 'consumer']) {
      const r = await get(path, u);
      expect([u, r.status]).toEqual([u, 404]);
      expect(r.body).toBe(missing.body);
      expect(r.headers['cache-control']).toBe('no-store');
    }
  });

  it('refuses API keys, even those that read personal data: scans are not part of the records interface', async () => {
    const key = (await t.as('admin')(CREATE_KEY, { i: { name: 'registry', scopes: ['RECORDS_READ_PERSONAL'] } })).data.createApiKey.key;
    for (const h of [{ authorization: `Bearer ${key}` }, { 'x-api-key': key }] as Record<string, string>[]) {
      const r = await get(path, undefined, h);
      expect(r.status).toBe(403);
      expect(r.body).not.toContain('<svg');
    }
  });

  it('serves the scan to the reviewer who holds its task, and to admins, as an inert SVG', async () => {
    const claimed = await t.as('reviewer')(CLAIM, { b: batchId });
    expect(claimed.data.claimNextTask.form).toEqual({ formNumber: '000001', imageRef: path });
    for (const u of ['reviewer', 'admin']) {
      const r = await get(path, u);
      expect([u, r.status]).toEqual([u, 200]);
      expect(r.headers['content-type']).toBe('image/svg+xml');
      expect(r.headers['cache-control']).toBe('no-store');
      expect(r.headers['content-security-policy']).toBe("default-src 'none'; style-src 'unsafe-inline'");
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.body).toMatch(/^<svg|^<\?xml/);
      expect(r.body).toContain(person1.fullName);
    }
    // Another reviewer still sees nothing.
    expect((await get(path, 'reviewer2')).status).toBe(404);
    const audit = await t.as('admin')(graphql(`query ScansAuditEvents { auditEvents(filter:{action:"scans.read"}){ total } }`));
    expect(audit.data.auditEvents.total).toBeGreaterThan(0);
  });

  it('never serves a file outside the scans, however the path is written', async () => {
    writeFileSync(join(t.dataDir, 'scans', 'secret.svg'), '<svg>SECRET</svg>');
    const ring = readFileSync(join(t.dataDir, 'keyring.json'), 'utf8');
    const paths = [
      '/scans/../keyring.json',
      '/scans/%2e%2e/keyring.json',
      '/scans/..%2fkeyring.json',
      '/scans/%2e%2e%2fkeyring.json',
      '/scans/%2E%2E%2Fkeyring.json',
      '/scans/..%5ckeyring.json',
      '/scans/SC1/..%2f..%2fkeyring.json',
      '/scans/SC1/%2e%2e%2f..%2fsecret.svg',
      '/scans/%2e%2e/scans/secret.svg',
      '/scans/SC1/..%2fsecret.svg',
      '/scans/SC1/%2e%2e%2fsecret.svg',
      '/scans/./secret.svg',
      '/scans/SC1/000001.svg.sealed',
      '/scans/SC1/000001.svg%00.json',
      '/scans/',
      '/scans/SC1/',
      '/scans/SC1',
    ];
    for (const p of paths) {
      for (const u of [undefined, 'admin']) {
        const r = await get(p, u);
        expect([p, u, r.status]).toEqual([p, u, u ? 404 : 401]);
        expect(r.body).not.toContain('indexKey');
        expect(r.body).not.toContain('"current"');
        expect(r.body).not.toContain(JSON.parse(ring).index);
        expect(r.body).not.toContain('SECRET');
        expect(r.body).not.toContain('dk1.');
      }
    }
  });

  it('re-seals scans under the new key after a rotation, and still serves them', async () => {
    const file = join(t.dataDir, 'scans', 'SC1', '000001.svg.sealed');
    const before = keyIdOf(readFileSync(file, 'utf8'));
    const next = rotate(t.app.config.keyRing);
    writeFileSync(join(t.dataDir, 'keyring.json'), serializeKeyRing(next));
    const done = await reencrypt(t.app.orm.em.fork(), next, join(t.dataDir, 'reencrypt-progress.json'), { scansDir: join(t.dataDir, 'scans') });
    expect(done.scans).toBe(1);
    expect(keyIdOf(readFileSync(file, 'utf8'))).toBe(next.current);
    expect(next.current).not.toBe(before);
    const r = await get(path, 'admin');
    expect(r.status).toBe(200);
    expect(r.body).toContain(person1.fullName);
    // Idempotent: a second run finds nothing left to do.
    expect((await reencrypt(t.app.orm.em.fork(), next, join(t.dataDir, 'reencrypt-progress.json'), { scansDir: join(t.dataDir, 'scans') })).scans).toBe(0);
  });
});
