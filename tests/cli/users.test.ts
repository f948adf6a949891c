import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config.js';
import { createApp, type App } from '../../server/src/app.js';
import { newKeyRing, serializeKeyRing } from '../../server/src/domain/crypto.js';
import { exec } from '../../server/src/services/sql.js';
import { graphql } from '../gql/index.js';
import type { Doc } from '../helpers/gql.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dualkey-users-cli-'));
const dataDir = join(dir, 'data');
const dbFile = join(dir, 'prod.sqlite');
/** Production mode, as on a real first deployment: secret, key ring and database given explicitly. */
const ENV = {
  NODE_ENV: 'production',
  AUTH_SECRET: 'a'.repeat(20) + 'production-secret-for-tests',
  DUALKEY_KEYRING: serializeKeyRing(newKeyRing()),
  DATABASE_URL: `sqlite:${dbFile}`,
  DATA_DIR: dataDir,
  KEYRING_FILE: '',
  LOG_LEVEL: 'silent',
};
const PASSWORD = 'lantern orbit pebble saxophone';

function cli(args: string[], input?: string, env: Record<string, string> = ENV) {
  const p = spawnSync(process.execPath, ['--import', '@swc-node/register/esm-register', 'server/src/cli/main.ts', 'users', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    input: input ?? '',
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: p.status, stdout: p.stdout, stderr: p.stderr };
}

describe('npm run cli -- users', () => {
  let app: App | undefined;
  let url = '';
  const gql = async (query: Doc, variables: Record<string, unknown> = {}, token?: string) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query: String(query), variables }) });
    return (await res.json()) as { data?: any; errors?: any[] };
  };
  const LOGIN = graphql(`mutation UsersLogin($u:String!,$p:String!){ login(username:$u,password:$p){ token mustChangePassword user { username role displayName } } }`);
  const users = async () => {
    const { openOrm } = await import('../../server/src/db/orm.js');
    const orm = await openOrm({ dialect: 'sqlite', path: dbFile });
    try {
      return await exec<{ username: string }[]>(orm.em.fork(), 'select username from app_user order by id');
    } catch {
      return []; // no tables yet
    } finally {
      await orm.close();
    }
  };
  /** The server, in this process, on the database the CLI wrote (after the CLI has exited). */
  const startApp = async () => {
    app = await createApp(loadConfig({ ...ENV, ADMIN_DIST: join(dir, 'none') } as NodeJS.ProcessEnv));
    await new Promise<void>((r) => app!.http.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(app.http.address() as AddressInfo).port}/graphql`;
  };

  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('--help prints the usage and touches nothing; --password is refused as an unknown flag', () => {
    for (const args of [['--help'], ['create', '--help'], ['import', '-h']]) {
      const r = cli(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout).toContain('users create --role ROLE --username NAME');
    }
    const r = cli(['create', '--role', 'ADMIN', '--username', 'root', '--password', 'lantern orbit pebble saxophone'], PASSWORD + '\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Unknown option '--password'");
    expect(cli(['create', '--role', 'ADMIN', '--username', 'root', 'stray'], PASSWORD).code).toBe(2);
    expect(cli(['delete']).code).toBe(2);
    expect(existsSync(dbFile)).toBe(false);
    expect(existsSync(dataDir)).toBe(false);
  });

  it('refuses a weak password with the reason and creates no account', async () => {
    for (const [pw, reason] of [
      ['password1234', /too easy to guess/],
      ['root.admin-lantern-99', /username/],
      ['short', /at least 12/],
    ]) {
      const r = cli(['create', '--role', 'ADMIN', '--username', 'root.admin'], `${pw}\n`);
      expect(r.code, String(pw)).toBe(1);
      expect(r.stderr).toMatch(reason);
      expect(r.stdout + r.stderr).not.toContain(pw);
    }
    expect(await users()).toEqual([]);
  });

  it('creates the first admin in production mode from a password on standard input; it signs in over the API', async () => {
    const r = cli(['create', '--role', 'ADMIN', '--username', 'Root.Admin', '--display-name', 'Quản Trị Viên'], `${PASSWORD}\r\nignored second line\n`);
    expect(r.stderr).not.toContain(PASSWORD);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/created ADMIN account "root.admin" \(id \d+\)/);
    expect(r.stdout + r.stderr).not.toContain(PASSWORD);
    // the same username again: refused, exit 1
    const again = cli(['create', '--role', 'ADMIN', '--username', 'root.admin'], `${PASSWORD}\n`);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);

    await startApp();
    const l = await gql(LOGIN, { u: 'root.admin', p: PASSWORD });
    expect(l.errors).toBeUndefined();
    expect(l.data.login).toMatchObject({ mustChangePassword: false, user: { username: 'root.admin', role: 'ADMIN', displayName: 'Quản Trị Viên' } });
    const ev = await exec<{ actor: string; data: string; seq: number | null }[]>(app!.orm.em.fork(), "select actor, data, seq from audit_event where action = 'user.create'");
    expect(ev.length).toBe(1);
    expect(ev[0].actor).toBe('system');
    expect(JSON.parse(ev[0].data)).toMatchObject({ username: 'root.admin', role: 'ADMIN', via: 'cli' });
    expect(ev[0].seq).not.toBeNull(); // sealed by the CLI: no server needed to have run
  });

  it('imports accounts from CSV: passwords file owner-only, bad rows by line, re-run skips, never overwrites', async () => {
    const csvFile = join(dir, 'staff.csv');
    writeFileSync(
      csvFile,
      '\uFEFFusername,displayName,role,keyerCode\r\n' +
        'hoa.nguyen,Nguyễn Thị Hoà,KEYER,HN01\r\n' +
        'tuan.tran,"Trần, Anh Tuấn",REVIEWER,\r\n' +
        'bad.role,Someone,BOSS,\r\n' +
        'no.code,Someone,KEYER,\r\n',
    );
    const r = cli(['import', csvFile]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('created 2, skipped 0 (already there), failed 2');
    expect(r.stdout).toMatch(/valid until \d{4}-\d\d-\d\dT/);
    expect(r.stderr).toContain('line 4: role must be one of');
    expect(r.stderr).toContain('line 5: keyerCode is required for a KEYER');
    const out = join(dir, 'staff.passwords.csv');
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const rows = readFileSync(out, 'utf8').trim().split('\n');
    expect(rows[0]).toBe('username,displayName,role,keyerCode,oneTimePassword');
    expect(rows[2]).toMatch(/^tuan\.tran,"Trần, Anh Tuấn",REVIEWER,,[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    const otp = rows[1].split(',').at(-1)!;
    expect(r.stdout + r.stderr).not.toContain(otp);

    // the running server sees them: the one-time password signs in, and must be changed
    const l = await gql(LOGIN, { u: 'hoa.nguyen', p: otp });
    expect(l.data.login.mustChangePassword).toBe(true);
    expect((await gql(graphql(`query Batches { batches { total } }`), {}, l.data.login.token)).errors?.[0].extensions.code).toBe('PASSWORD_CHANGE_REQUIRED');

    // the default passwords file is there: refused before anything is done
    const again = cli(['import', csvFile]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists; refusing to overwrite/);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toEqual(rows);
    // with another file: nothing new, so no file is written
    const out2 = join(dir, 'second.csv');
    const rerun = cli(['import', csvFile, '--passwords-out', out2]);
    expect(rerun.stdout).toContain('created 0, skipped 2 (already there), failed 2');
    expect(existsSync(out2)).toBe(false);
    const ev = await exec<{ data: string }[]>(app!.orm.em.fork(), "select data from audit_event where action = 'users.import' order by id");
    expect(ev.map((e) => JSON.parse(e.data))).toMatchObject([
      { created: 2, skipped: 0, failed: 2, via: 'cli' },
      { created: 0, skipped: 2, failed: 2, via: 'cli' },
    ]);
    expect(JSON.stringify(ev)).not.toContain(otp);
  });
});
