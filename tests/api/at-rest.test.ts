import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCampaign, seedDemoIfEmpty } from '../../server/src/sim/demo.js';
import { keyIdOf, rotate, serializeKeyRing, SEALED_KEY } from '../../server/src/domain/crypto.js';
import { reencrypt } from '../../server/src/services/rotation.service.js';
import { exec } from '../../server/src/services/sql.js';
import { dbKinds, startTestApp, type TestApp } from '../helpers/test-app.js';
import { graphql } from '../gql/index.js';

const FORMS = 100;

/** The raw bytes of the database, as an attacker with a copy of the disk would see them. */
function rawDatabase(t: TestApp): string {
  if (t.kind === 'sqlite') {
    const file = t.dbUrl.replace(/^sqlite:/, '');
    return [file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f).toString('utf8')).join('\n');
  }
  return execFileSync('pg_dump', ['--data-only', t.dbUrl], { maxBuffer: 512 * 1024 * 1024 }).toString('utf8');
}

/** Every file under the scan directory, as an attacker with a copy of the disk would see them. */
function scanFiles(t: TestApp): { path: string; text: string }[] {
  const root = join(t.dataDir, 'scans');
  return (readdirSync(root, { recursive: true }) as string[])
    .map((p) => join(root, p))
    .filter((p) => statSync(p).isFile())
    .map((p) => ({ path: p, text: readFileSync(p).toString('utf8') }));
}

describe.each(dbKinds())('personal data at rest on %s', (kind) => {
  let t: TestApp;
  const truths = demoCampaign(FORMS).batches.flatMap((b) => b.forms.map((f) => f.truth));

  beforeAll(async () => {
    t = await startTestApp(kind, {}, { users: false });
    await seedDemoIfEmpty(t.app, { forms: FORMS });
    // SQLite keeps recent pages in the WAL; a checkpoint puts them in the main file too.
    if (kind === 'sqlite') await exec(t.app.orm.em.fork(), 'pragma wal_checkpoint(truncate)');
  });
  afterAll(async () => t?.close());

  it('stores no plaintext name, citizen ID, date of birth or address', async () => {
    const raw = rawDatabase(t);
    expect(raw.length).toBeGreaterThan(10_000);
    expect(raw).toContain('dk1.'); // sealed values are there
    const leaks: string[] = [];
    for (const tr of truths) {
      for (const k of ['fullName', 'citizenId', 'fatherName', 'motherName', 'permanentAddress', 'phone'] as const) {
        const v = tr[k];
        if (v && v.length >= 8 && raw.includes(v)) leaks.push(`${k}: ${v}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('keeps the demo scans sealed: no name, citizen ID or address in any file under DATA_DIR/scans', () => {
    const files = scanFiles(t);
    expect(files.length).toBe(FORMS);
    const leaks: string[] = [];
    for (const f of files) {
      expect(f.path.endsWith('.svg.sealed'), f.path).toBe(true);
      expect(f.text.startsWith('dk1.'), f.path).toBe(true);
      expect(statSync(f.path).mode & 0o777).toBe(0o600);
      // The pictures split values into boxes and lines: compare with tags and spacing gone too.
      const flat = f.text.replace(/<[^>]*>/g, '').replace(/\s+/g, '').toLowerCase();
      for (const tr of truths) {
        for (const k of ['fullName', 'citizenId', 'fatherName', 'motherName', 'permanentAddress', 'currentAddress', 'phone'] as const) {
          const v = tr[k];
          if (v && v.length >= 8 && (f.text.includes(v) || flat.includes(v.replace(/\s+/g, '').toLowerCase()))) leaks.push(`${f.path} ${k}: ${v}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('finds a verified record by citizen ID through the blind index, and masks it for a manager', async () => {
    const em = t.app.orm.em.fork();
    const [row] = await exec<{ id: number; form_id: number }[]>(em, 'select id, form_id from verified_record order by id limit 1');
    const v = (await exec<any[]>(em, 'select "values" as v from verified_record where id = ?', [row.id]))[0].v;
    const opened = t.app.services.vault.openRecord(Number(row.form_id), typeof v === 'string' ? JSON.parse(v) : v);
    expect(opened.citizenId).toMatch(/^\d{12}$/);
    const accounts = JSON.parse(readFileSync(join(t.dataDir, 'demo-accounts.json'), 'utf8')) as { username: string; password: string }[];
    const login = async (u: string) => (await t.gql(graphql(`mutation Login($u:String!,$p:String!){ login(username:$u,password:$p){ token } }`), { u, p: accounts.find((a) => a.username === u)!.password })).data.login.token;
    const q = graphql(`query AtRestVerifiedRecords($c:String!){ verifiedRecords(filter:{citizenId:$c}){ total items { id values { key value } } } }`);
    const asAdmin = await t.gql(q, { c: opened.citizenId! }, await login('admin'));
    expect(asAdmin.data.verifiedRecords.total).toBe(1);
    // Typed as people type it: groups of digits, full-width digits from a phone keyboard.
    const typed = opened.citizenId!.replace(/(\d{3})(?=\d)/g, '$1 ').replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    expect((await t.gql(q, { c: typed }, await login('admin'))).data.verifiedRecords.total).toBe(1);
    expect(asAdmin.data.verifiedRecords.items[0].values.find((v: any) => v.key === 'citizenId')!.value).toBe(opened.citizenId);
    // A manager sees citizen IDs masked, so may not search by one (it would confirm a guess).
    expect((await t.gql(q, { c: opened.citizenId! }, await login('manager'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const asManager = await t.gql(graphql(`query AtRestVerifiedRecords2($id:ID!){ verifiedRecords(filter:{ids:[$id]}){ items { values { key value } } } }`), { id: asAdmin.data.verifiedRecords.items[0].id }, await login('manager'));
    const masked = asManager.data.verifiedRecords.items[0].values;
    expect(masked.find((v: any) => v.key === 'citizenId')!.value).toMatch(/^\d{3}\*{7}\d{2}$/);
    expect(masked.find((v: any) => v.key === 'fullName')!.value).toContain('*');
    const audit = await t.gql(graphql(`query AtRestAuditEvents { auditEvents(filter:{action:"records.read"}){ total } }`), {}, await login('admin'));
    expect(audit.data.auditEvents.total).toBeGreaterThan(0);
  });

  it('rotates the key and re-encrypts in resumable steps while reads keep working', async () => {
    const em = t.app.orm.em.fork();
    const file = join(t.dataDir, 'keyring.json');
    const next = rotate(t.app.config.keyRing);
    writeFileSync(file, serializeKeyRing(next));
    const progressFile = join(t.dataDir, 'reencrypt-progress.json');
    // First run stops part-way, as if killed; the second resumes from the saved progress.
    const partial = await reencrypt(em, next, progressFile, { batch: 50, stopAfter: 50 });
    expect(partial.done.keying).toBe(Number((await exec<any[]>(em, 'select id from keying order by id limit 1 offset 49'))[0].id));
    const mid = await t.gql(graphql(`query Typename { __typename }`));
    expect(mid.errors).toBeUndefined();
    const scansDir = join(t.dataDir, 'scans');
    const done = await reencrypt(em, next, progressFile, { batch: 50, scansDir });
    expect(done.resealed).toBeGreaterThan(2 * FORMS);
    // The scans too: every file now names the new key, and is still served.
    expect(done.scans).toBe(FORMS);
    expect(new Set(scanFiles(t).map((f) => keyIdOf(f.text)))).toEqual(new Set([next.current]));
    const keyIds = new Set<string>();
    for (const r of await exec<{ v: unknown }[]>(em, 'select "values" as v from keying')) {
      const obj = typeof r.v === 'string' ? JSON.parse(r.v) : (r.v as Record<string, string>);
      keyIds.add(keyIdOf(obj[SEALED_KEY]));
    }
    expect([...keyIds]).toEqual([next.current]);
    // Household facts and the other form's value on a discrepancy are personal data too.
    const facts = await exec<{ f: string }[]>(em, 'select facts as f from household_member');
    expect(facts.length).toBe(FORMS);
    expect(new Set(facts.map((r) => keyIdOf(r.f)))).toEqual(new Set([next.current]));
    // The running server reloads the ring file on an unknown key id and reads the new values.
    const [k] = await exec<{ form_id: number; pass: number; v: unknown }[]>(em, 'select form_id, pass, "values" as v from keying order by id limit 1');
    const stored = typeof k.v === 'string' ? JSON.parse(k.v) : k.v;
    expect(t.app.services.vault.openKeying(Number(k.form_id), Number(k.pass), stored as never).fullName).toBeTruthy();
    const [ref] = await exec<{ image_ref: string }[]>(em, 'select image_ref from form where image_ref is not null order by id limit 1');
    const accounts = JSON.parse(readFileSync(join(t.dataDir, 'demo-accounts.json'), 'utf8')) as { username: string; password: string }[];
    const token = (await t.gql(graphql(`mutation Login($u:String!,$p:String!){ login(username:$u,password:$p){ token } }`), { u: 'admin', p: accounts.find((a) => a.username === 'admin')!.password })).data.login.token;
    const served = await fetch(new URL(ref.image_ref, t.url), { headers: { authorization: `Bearer ${token}` } });
    expect(served.status).toBe(200);
    expect(await served.text()).toMatch(/<svg/);
    // Nothing left to do: a second run re-seals no scan.
    expect((await reencrypt(em, next, progressFile, { batch: 50, scansDir })).scans).toBe(0);
  });
});
