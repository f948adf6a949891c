import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';

/**
 * Throw-away PostgreSQL clusters of our own (primary, streaming replica) for tests that must
 * restart a server or replicate: never the shared cluster on 5432. Loopback only, a socket in the
 * cluster's own directory, every command bounded in time, and every cluster stopped when the
 * process exits, whatever happens to the test.
 */

/** Directory of PostgreSQL's server binaries (initdb, pg_ctl, pg_basebackup), newest version first; PG_BIN overrides. */
export function pgBinDir(): string | null {
  const need = ['initdb', 'pg_ctl', 'pg_basebackup', 'postgres'];
  const candidates: string[] = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    for (const v of readdirSync(base).sort((a, b) => Number(b) - Number(a))) candidates.push(join(base, v, 'bin'));
  }
  return candidates.find((d) => need.every((b) => existsSync(join(d, b)))) ?? null;
}

const isRoot = () => process.getuid?.() === 0;

/** Why our own clusters cannot run here, or null when they can. */
export function clusterUnavailableReason(): string | null {
  if (!pgBinDir()) return 'PostgreSQL server binaries (initdb, pg_ctl, pg_basebackup) not found under /usr/lib/postgresql/*/bin (set PG_BIN)';
  if (isRoot()) {
    if (!existsSync('/usr/sbin/runuser') && !existsSync('/sbin/runuser')) return 'running as root without runuser: initdb cannot run as root';
    if (spawnSync('id', ['-u', 'postgres']).status !== 0) return 'running as root and there is no "postgres" OS user for initdb';
  }
  return null;
}

function runuser(): string {
  return existsSync('/usr/sbin/runuser') ? '/usr/sbin/runuser' : '/sbin/runuser';
}

/** Runs a PostgreSQL binary as the postgres OS user when we are root (initdb refuses root), with a deadline. */
async function pgCommand(bin: string, args: string[], timeoutMs = 90_000): Promise<string> {
  const [cmd, argv] = isRoot() ? [runuser(), ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], cwd: '/tmp' });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${bin} ${args.join(' ')} took longer than ${timeoutMs} ms\n${out}`));
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${bin.split('/').pop()} ${args.join(' ')} exited with ${code}\n${out}`));
    });
  });
}

/** A TCP port nobody listens on right now (loopback). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

const live = new Set<PgCluster>();
process.once('exit', () => {
  // Last resort (a crashed test): no cluster outlives its test process.
  for (const c of live) c.killSync();
});

export class PgCluster {
  private constructor(
    readonly bin: string,
    /** Owned by the postgres OS user: holds data/, the log and the socket. */
    readonly dir: string,
    readonly port: number,
  ) {}

  get dataDir(): string {
    return join(this.dir, 'data');
  }

  url(db = 'postgres'): string {
    return `postgresql://postgres@127.0.0.1:${this.port}/${db}`;
  }

  private static async makeDir(): Promise<string> {
    const dir = mkdtempSync('/tmp/dkpg-');
    if (isRoot()) {
      const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
      const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
      chownSync(dir, uid, gid);
    }
    return dir;
  }

  /** A new primary: initdb (trust, user postgres, replication allowed from loopback). Not started. */
  static async init(): Promise<PgCluster> {
    const bin = pgBinDir();
    if (!bin) throw new Error('PostgreSQL binaries not found');
    const dir = await PgCluster.makeDir();
    const c = new PgCluster(bin, dir, await freePort());
    await pgCommand(join(bin, 'initdb'), ['-D', c.dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
    // initdb -A trust already allows replication from loopback; say so explicitly all the same.
    await pgCommand('/bin/sh', ['-c', `echo "host replication all 127.0.0.1/32 trust" >> ${c.dataDir}/pg_hba.conf`]);
    live.add(c);
    return c;
  }

  /** A streaming replica of `primary` (pg_basebackup -R: standby.signal and primary_conninfo written). Not started. */
  static async replicaOf(primary: PgCluster): Promise<PgCluster> {
    const dir = await PgCluster.makeDir();
    const c = new PgCluster(primary.bin, dir, await freePort());
    await pgCommand(join(primary.bin, 'pg_basebackup'), ['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres', '-D', c.dataDir, '-R', '-X', 'stream', '-c', 'fast', '--no-sync']);
    live.add(c);
    return c;
  }

  private opts(): string {
    // fsync off: a throw-away cluster on a shared 2-core machine; fast shutdowns still checkpoint.
    return [
      `-k ${this.dir}`,
      '-c listen_addresses=127.0.0.1',
      `-c port=${this.port}`,
      '-c wal_level=replica',
      '-c max_wal_senders=4',
      '-c hot_standby=on',
      '-c fsync=off',
      '-c shared_buffers=32MB',
      '-c max_connections=100',
    ].join(' ');
  }

  async start(): Promise<void> {
    await pgCommand(join(this.bin, 'pg_ctl'), ['-D', this.dataDir, '-l', join(this.dir, 'log'), '-w', '-t', '60', '-o', this.opts(), 'start']);
    await this.waitReady();
  }

  /** `pg_ctl restart -m fast`: every connection is cut, the server is back a moment later. */
  async restart(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    await pgCommand(join(this.bin, 'pg_ctl'), ['-D', this.dataDir, '-l', join(this.dir, 'log'), '-w', '-t', '60', '-m', mode, '-o', this.opts(), 'restart']);
    await this.waitReady();
  }

  async stop(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    if (!existsSync(join(this.dataDir, 'postmaster.pid'))) return;
    await pgCommand(join(this.bin, 'pg_ctl'), ['-D', this.dataDir, '-w', '-t', '60', '-m', mode, 'stop']);
  }

  async waitReady(timeoutMs = 60_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const c = new pg.Client({ connectionString: this.url(), connectionTimeoutMillis: 2000 });
      try {
        await c.connect();
        await c.query('select 1');
        return;
      } catch (e) {
        if (Date.now() > until) throw new Error(`cluster on port ${this.port} not ready: ${(e as Error).message}`);
      } finally {
        await c.end().catch(() => undefined);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = [], db = 'postgres'): Promise<T[]> {
    const c = new pg.Client({ connectionString: this.url(db), connectionTimeoutMillis: 5000 });
    await c.connect();
    try {
      return (await c.query(sql, params)).rows as T[];
    } finally {
      await c.end().catch(() => undefined);
    }
  }

  log(): string {
    try {
      return readFileSync(join(this.dir, 'log'), 'utf8');
    } catch {
      return '';
    }
  }

  /** Stops the cluster (immediately) and deletes its files. */
  async destroy(): Promise<void> {
    await this.stop('immediate').catch(() => undefined);
    live.delete(this);
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Synchronous emergency stop, for process exit. */
  killSync(): void {
    const ctl = join(this.bin, 'pg_ctl');
    const args = ['-D', this.dataDir, '-m', 'immediate', '-w', '-t', '20', 'stop'];
    if (isRoot()) spawnSync(runuser(), ['-u', 'postgres', '--', ctl, ...args], { stdio: 'ignore', timeout: 25_000 });
    else spawnSync(ctl, args, { stdio: 'ignore', timeout: 25_000 });
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Waits until the replica has replayed everything the primary has written so far. */
export async function waitForReplay(primary: PgCluster, replica: PgCluster, timeoutMs = 30_000): Promise<void> {
  const [{ lsn }] = await primary.query<{ lsn: string }>('select pg_current_wal_lsn()::text as lsn');
  const until = Date.now() + timeoutMs;
  for (;;) {
    const [{ caught }] = await replica.query<{ caught: boolean }>('select coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, false) as caught', [lsn]);
    if (caught) return;
    if (Date.now() > until) throw new Error(`replica did not replay up to ${lsn} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Path of the pgbouncer binary (Debian package `pgbouncer`), or null. */
export function pgbouncerBin(): string | null {
  return ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer'].find((p) => existsSync(p)) ?? null;
}

/**
 * pgbouncer in transaction mode in front of one of our clusters, as the README's deployment
 * describes: many client connections share a few server connections. Runs as the postgres OS user
 * (pgbouncer refuses root), loopback only, files in the cluster's directory.
 */
export class PgBouncer {
  private constructor(
    readonly cluster: PgCluster,
    readonly port: number,
  ) {}

  url(db = 'dualkey'): string {
    return `postgresql://postgres@127.0.0.1:${this.port}/${db}`;
  }

  static async start(cluster: PgCluster, db: string, poolSize: number): Promise<PgBouncer> {
    const bin = pgbouncerBin();
    if (!bin) throw new Error('pgbouncer not installed (apt-get install pgbouncer)');
    const port = await freePort();
    const ini = join(cluster.dir, 'pgbouncer.ini');
    const text = [
      '[databases]',
      `${db} = host=127.0.0.1 port=${cluster.port} dbname=${db} user=postgres`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      `unix_socket_dir = ${cluster.dir}`,
      'auth_type = trust',
      `auth_file = ${join(cluster.dir, 'userlist.txt')}`,
      'admin_users = postgres',
      'pool_mode = transaction',
      `default_pool_size = ${poolSize}`,
      'max_client_conn = 500',
      `logfile = ${join(cluster.dir, 'pgbouncer.log')}`,
      `pidfile = ${join(cluster.dir, 'pgbouncer.pid')}`,
    ].join('\n');
    await pgCommand('/bin/sh', ['-c', `printf '%s\\n' "$1" > ${ini} && printf '"postgres" ""\\n' > ${join(cluster.dir, 'userlist.txt')}`, 'sh', text]);
    await pgCommand(bin, ['-d', ini]);
    const b = new PgBouncer(cluster, port);
    for (let i = 0; ; i++) {
      const c = new pg.Client({ connectionString: b.url(db), connectionTimeoutMillis: 2000 });
      try {
        await c.connect();
        await c.query('select 1');
        await c.end();
        break;
      } catch (e) {
        await c.end().catch(() => undefined);
        if (i > 100) throw new Error(`pgbouncer did not start: ${(e as Error).message}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    b.pidAtStart = b.readPid();
    bouncers.add(b);
    return b;
  }

  /** `SHOW POOLS` on the admin console: client and server connections of each pool. */
  async pools(): Promise<Record<string, string>[]> {
    const c = new pg.Client({ connectionString: this.url('pgbouncer') });
    await c.connect();
    try {
      // The admin console speaks the simple protocol only.
      return (await c.query('SHOW POOLS')).rows;
    } finally {
      await c.end().catch(() => undefined);
    }
  }

  private pidAtStart: number | null = null;

  private pid(): number | null {
    return this.pidAtStart ?? this.readPid();
  }

  private readPid(): number | null {
    try {
      return Number(readFileSync(join(this.cluster.dir, 'pgbouncer.pid'), 'utf8').trim()) || null;
    } catch {
      return null;
    }
  }

  async stop(): Promise<void> {
    const pid = this.pid();
    bouncers.delete(this);
    if (!pid) return;
    try {
      process.kill(pid, 'SIGINT');
    } catch {
      return;
    }
    for (let i = 0; i < 100; i++) {
      try {
        process.kill(pid, 0);
      } catch {
        return;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  killSync(): void {
    const pid = this.pid();
    if (pid) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
  }
}

const bouncers = new Set<PgBouncer>();
process.once('exit', () => {
  for (const b of bouncers) b.killSync();
});
