import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { newKeyRing, parseKeyRing, serializeKeyRing, type KeyRing } from './domain/crypto.js';
import { ONE_TIME_PASSWORD_TTL_SECONDS } from './domain/password.js';

/** Everything the server reads from the environment, read once, in one place. */
export interface Config {
  production: boolean;
  port: number;
  host: string;
  /** Server processes sharing the port (node:cluster); more than one needs PostgreSQL. */
  workers: number;
  dataDir: string;
  /** `sqlite` with a file path, or `postgresql` with a connection URL. */
  db:
    | { dialect: 'sqlite'; path: string }
    | {
        dialect: 'postgresql';
        url: string;
        /** Streaming read replicas (DATABASE_REPLICA_URLS): only lag-tolerant reads asked for explicitly go there. */
        replicaUrls?: string[];
        /** Connections per pool (the primary's, and each replica's): DATABASE_POOL_MAX, default defaultPoolMax(). */
        poolMax?: number;
        /** Named statements, parsed and planned once per connection (DATABASE_PREPARED_STATEMENTS, default on). */
        preparedStatements?: boolean;
      };
  authSecret: Uint8Array;
  /** Keys that encrypt personal data at rest (see domain/crypto.ts), and where they came from. */
  keyRing: KeyRing;
  keyRingFile: string | null;
  tokenTtlSeconds: number;
  /** How long a one-time password (a reset or an import) opens its account: ONE_TIME_PASSWORD_TTL_HOURS. */
  oneTimePasswordTtlSeconds: number;
  /** How long a process may authenticate from an account it read (ms; 0: read on every request). */
  authCacheMs: number;
  maxKeyingsPerCall: number;
  leaseSeconds: number;
  /** How long a clerk holds a form to key (KEYING_LEASE_SECONDS): a form takes minutes, a break longer. */
  keyingLeaseSeconds: number;
  /** Largest scan file accepted (SCAN_MAX_BYTES), by the upload and by import-scans. */
  scanMaxBytes: number;
  /** Seed demo data into an empty database (development only). */
  seedDemo: boolean;
  demoForms: number;
  adminDist: string | null;
  logLevel: string;
  /** How canonical values spell tone placement: `new` (hòa, thủy) or `old` (hoà, thuỷ). */
  toneStyle: 'new' | 'old';
  /** Express `trust proxy`: hops (or a list of proxy addresses) in front of us; false when clients connect directly. */
  trustProxy: number | string | false;
  /** Largest request body, in bytes. */
  maxBodyBytes: number;
  /** What one GraphQL document may ask for; beyond these the request is refused with HTTP 400. */
  queryLimits: { depth: number; cost: number; aliases: number; rootFields: number; tokens: number };
  /** Requests per minute per signed-in user, API key, or (anonymous) client address; 0 turns it off. */
  rateLimitPerMinute: number;
  /** Failed sign-ins allowed per username and client address within the window. */
  loginMaxFailures: number;
  loginWindowSeconds: number;
  /** Origins (exact, e.g. https://register.example.gov.vn) other than our own whose pages may call the API; empty = same-origin only. */
  corsOrigins: string[];
  /** A separate listener for /metrics (METRICS_PORT on METRICS_HOST); then the main port does not serve it. */
  metrics: { port: number | null; host: string; token: string | null };
  /**
   * GraphQL requests one process runs at once (MAX_CONCURRENT_REQUESTS; 0: no limit); the rest wait
   * in arrival order, at most QUEUE_WAIT_MS, then get a retryable 503 (http-admission.ts). Sign-ins
   * have a lane of their own, half as wide.
   */
  admission: { limit: number; maxWaitMs: number };
}

export class ConfigError extends Error {}

function int(env: NodeJS.ProcessEnv, name: string, dflt: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return dflt;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return n;
}

function parseDb(env: NodeJS.ProcessEnv, dataDir: string): Config['db'] {
  const url = env.DATABASE_URL?.trim();
  const replicaUrls = (env.DATABASE_REPLICA_URLS ?? '').split(',').map((u) => u.trim()).filter(Boolean);
  if (replicaUrls.length && !(url && /^postgres(ql)?:\/\//.test(url))) {
    throw new ConfigError('DATABASE_REPLICA_URLS needs a PostgreSQL DATABASE_URL (replicas are streaming replicas of it)');
  }
  for (const r of replicaUrls) {
    if (!/^postgres(ql)?:\/\//.test(r)) throw new ConfigError('DATABASE_REPLICA_URLS must be comma-separated postgresql:// URLs');
  }
  if (!url) return { dialect: 'sqlite', path: join(dataDir, 'dualkey.sqlite') };
  if (/^postgres(ql)?:\/\//.test(url)) {
    return { dialect: 'postgresql', url, replicaUrls, poolMax: int(env, 'DATABASE_POOL_MAX', defaultPoolMax(workersOrOne(env.WORKERS)), 1, 1000), preparedStatements: int(env, 'DATABASE_PREPARED_STATEMENTS', 1, 0, 1) === 1 };
  }
  const m = /^(?:sqlite|file):(?:\/\/)?(.+)$/.exec(url);
  if (m) return { dialect: 'sqlite', path: m[1] === ':memory:' ? ':memory:' : resolve(m[1]) };
  throw new ConfigError('DATABASE_URL must start with postgresql:// or sqlite:');
}

/**
 * The token-signing secret. Production refuses to start without one; development keeps a
 * generated one in DATA_DIR (owner-only) so tokens survive restarts.
 */
/**
 * The key ring: DUALKEY_KEYRING (JSON) or KEYRING_FILE. Production refuses to start without one;
 * development creates DATA_DIR/keyring.json (owner-only) on first start and says so.
 */
function keyRing(env: NodeJS.ProcessEnv, production: boolean, dataDir: string, notices: string[], create: boolean): { ring: KeyRing; file: string | null } {
  const parse = (json: string, where: string) => {
    try {
      return parseKeyRing(json);
    } catch (e) {
      throw new ConfigError(`${where}: ${(e as Error).message}`);
    }
  };
  if (env.DUALKEY_KEYRING) return { ring: parse(env.DUALKEY_KEYRING, 'DUALKEY_KEYRING'), file: null };
  const file = env.KEYRING_FILE ? resolve(env.KEYRING_FILE) : production ? null : join(dataDir, 'keyring.json');
  if (!file) throw new ConfigError('encryption keys are required when NODE_ENV=production: set KEYRING_FILE or DUALKEY_KEYRING');
  if (!existsSync(file)) {
    if (production) throw new ConfigError(`KEYRING_FILE ${file} does not exist`);
    // A new ring cannot open data sealed under the old one: only the server and migrate make one.
    if (!create) throw new ConfigError(`no key ring at ${file}`);
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    writeFileSync(file, serializeKeyRing(newKeyRing()), { mode: 0o600 });
    notices.push(`created a development encryption key ring in ${file} (owner-only); back it up: without it the personal data cannot be read`);
  }
  return { ring: parse(readFileSync(file, 'utf8'), file), file };
}

function authSecret(env: NodeJS.ProcessEnv, production: boolean, dataDir: string, notices: string[], create: boolean): Uint8Array {
  const s = env.AUTH_SECRET;
  if (s) {
    if (s.length < 32) throw new ConfigError('AUTH_SECRET must be at least 32 characters');
    return new TextEncoder().encode(s);
  }
  if (production) throw new ConfigError('AUTH_SECRET is required when NODE_ENV=production');
  const file = join(dataDir, 'auth-secret');
  // Commands that create nothing issue no tokens: a throw-away secret is enough for them.
  if (!create && !existsSync(file)) return randomBytes(48);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
    notices.push(`created a development token secret in ${file}`);
  }
  return new TextEncoder().encode(readFileSync(file, 'utf8').trim());
}

function trustProxy(raw: string | undefined): number | string | false {
  if (raw === undefined || raw === '' || raw === 'false' || raw === '0') return false;
  if (/^\d{1,2}$/.test(raw)) return Number(raw);
  // Named ranges (loopback, uniquelocal) or comma-separated addresses, as Express understands them.
  if (/^[\w.:/,\s-]+$/.test(raw)) return raw;
  throw new ConfigError(`TRUST_PROXY must be a hop count, "loopback" or proxy addresses, got "${raw}"`);
}

/**
 * Connections per server process when DATABASE_POOL_MAX is unset: about two per core of this host
 * in all, shared by its workers (PostgreSQL's rule of thumb, cores x 2 + disks). Connections beyond
 * what the database has cores to run only queue inside PostgreSQL, and dearly: on 2 cores under
 * the mixed load, 40 connections cost each request 60% more database CPU than 6 (README,
 * "Interactive capacity"). Requests then queue for a connection in the server instead.
 */
export function defaultPoolMax(workers: number, cores = availableParallelism()): number {
  return Math.max(2, Math.ceil((2 * cores + 1) / workers));
}

/**
 * Requests run at once when MAX_CONCURRENT_REQUESTS is unset: twice the connections, so one
 * request's server-side work (parsing, checks, encryption, the answer) overlaps another's
 * statements without more requests in flight than the connections can serve. SQLite's one
 * connection runs statements in microseconds: a few more keep it busy.
 */
export function defaultConcurrency(db: Config['db']): number {
  return db.dialect === 'postgresql' ? 2 * (db.poolMax ?? defaultPoolMax(1)) : 4;
}

/** WORKERS for the pool's default; a bad value is loadConfig's to report (workers() below). */
function workersOrOne(raw: string | undefined): number {
  try {
    return workers(raw, 'postgresql');
  } catch {
    return 1;
  }
}

function workers(raw: string | undefined, dialect: 'sqlite' | 'postgresql'): number {
  if (raw === undefined || raw === '' || raw === '1') return 1;
  const n = raw === 'auto' ? availableParallelism() : Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new ConfigError(`WORKERS must be "auto" or an integer between 1 and 64, got "${raw}"`);
  // SQLite has one writer: several processes would only queue on its lock.
  if (n > 1 && dialect === 'sqlite') throw new ConfigError('WORKERS above 1 needs PostgreSQL (DATABASE_URL); SQLite has a single writer');
  return n;
}

/** CORS_ORIGINS: comma-separated exact origins (scheme://host[:port]); no wildcard, no paths. */
function corsOrigins(raw: string | undefined): string[] {
  const out: string[] = [];
  for (const o of (raw ?? '').split(',').map((x) => x.trim()).filter(Boolean)) {
    let origin: string | null = null;
    try {
      const u = new URL(o);
      if ((u.protocol === 'https:' || u.protocol === 'http:') && u.origin === o) origin = u.origin;
    } catch {
      /* reported below */
    }
    if (!origin) throw new ConfigError(`CORS_ORIGINS must be comma-separated origins like https://register.example.gov.vn (no "*", path or trailing slash), got "${o}"`);
    out.push(origin);
  }
  return out;
}

/**
 * Metrics outside the main port: METRICS_PORT (on METRICS_HOST, loopback by default: Prometheus
 * scrapes from this host or through an internal address set there), and/or METRICS_TOKEN, a
 * bearer token /metrics then requires wherever it is served.
 */
function metrics(env: NodeJS.ProcessEnv, mainPort: number): Config['metrics'] {
  const port = env.METRICS_PORT === undefined || env.METRICS_PORT === '' ? null : int(env, 'METRICS_PORT', 0, 0, 65535);
  if (port !== null && port !== 0 && port === mainPort) throw new ConfigError('METRICS_PORT must differ from PORT');
  const token = env.METRICS_TOKEN || null;
  if (token !== null && (token.length < 32 || !/^[\x21-\x7e]+$/.test(token))) throw new ConfigError('METRICS_TOKEN must be at least 32 printable characters without spaces');
  return { port, host: env.METRICS_HOST || '127.0.0.1', token };
}

function toneStyle(raw: string | undefined): 'new' | 'old' {
  if (raw === undefined || raw === '' || raw === 'new') return 'new';
  if (raw === 'old') return 'old';
  throw new ConfigError(`TONE_STYLE must be "new" (hòa) or "old" (hoà), got "${raw}"`);
}

export type StorageConfig = Pick<Config, 'production' | 'dataDir' | 'db'>;

/** Where the data lives, read without touching the disk (for commands that must create nothing). */
export function loadStorageConfig(env: NodeJS.ProcessEnv = process.env): Readonly<StorageConfig> {
  const production = env.NODE_ENV === 'production';
  const dataDirRaw = env.DATA_DIR || './data';
  const dataDir = isAbsolute(dataDirRaw) ? dataDirRaw : resolve(dataDirRaw);
  return Object.freeze({ production, dataDir, db: parseDb(env, dataDir) });
}

export interface LoadOptions {
  /**
   * false: create nothing (no DATA_DIR, no development key ring or token secret); a missing key
   * ring is a ConfigError. For commands that work on an existing installation.
   */
  create?: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, notices: string[] = [], { create = true }: LoadOptions = {}): Readonly<Config> {
  const { production, dataDir, db } = loadStorageConfig(env);
  // Owner-only when we create it: it holds the database, the key ring and the token secret.
  if (create && db.dialect === 'sqlite' && db.path !== ':memory:') mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const adminDist = resolve(env.ADMIN_DIST || 'admin/dist');
  const seedDefault = !production;
  const port = int(env, 'PORT', 4000, 0, 65535);
  return Object.freeze({
    production,
    port,
    workers: workers(env.WORKERS, db.dialect),
    host: env.HOST || '127.0.0.1',
    dataDir,
    db,
    authSecret: authSecret(env, production, dataDir, notices, create),
    ...(({ ring, file }) => ({ keyRing: ring, keyRingFile: file }))(keyRing(env, production, dataDir, notices, create)),
    tokenTtlSeconds: int(env, 'TOKEN_TTL_SECONDS', 8 * 3600, 60, 7 * 24 * 3600),
    oneTimePasswordTtlSeconds: 3600 * int(env, 'ONE_TIME_PASSWORD_TTL_HOURS', ONE_TIME_PASSWORD_TTL_SECONDS / 3600, 1, 90 * 24),
    authCacheMs: int(env, 'AUTH_CACHE_MS', 2000, 0, 60_000),
    maxKeyingsPerCall: int(env, 'MAX_KEYINGS_PER_CALL', 1000, 1, 10000),
    leaseSeconds: int(env, 'LEASE_SECONDS', 600, 5, 24 * 3600),
    keyingLeaseSeconds: int(env, 'KEYING_LEASE_SECONDS', 1800, 5, 24 * 3600),
    scanMaxBytes: int(env, 'SCAN_MAX_BYTES', 10 * 1024 * 1024, 1024, 200 * 1024 * 1024),
    seedDemo: seedDefault && env.SEED_DEMO !== '0' && env.SEED_DEMO !== 'false',
    demoForms: int(env, 'DEMO_FORMS', 300, 0, 1_000_000),
    adminDist: existsSync(adminDist) ? adminDist : null,
    logLevel: env.LOG_LEVEL || 'info',
    toneStyle: toneStyle(env.TONE_STYLE),
    trustProxy: trustProxy(env.TRUST_PROXY),
    // 1,000 keyings are about 1.5 MB of JSON: 8 MiB leaves room without inviting abuse.
    maxBodyBytes: int(env, 'MAX_BODY_BYTES', 8 * 1024 * 1024, 1024, 256 * 1024 * 1024),
    queryLimits: {
      depth: int(env, 'MAX_QUERY_DEPTH', 12, 2, 100),
      cost: int(env, 'MAX_QUERY_COST', 20_000, 10, 10_000_000),
      aliases: int(env, 'MAX_QUERY_ALIASES', 30, 0, 10_000),
      rootFields: int(env, 'MAX_ROOT_FIELDS', 20, 1, 10_000),
      tokens: int(env, 'MAX_QUERY_TOKENS', 15_000, 100, 10_000_000),
    },
    rateLimitPerMinute: int(env, 'RATE_LIMIT_PER_MINUTE', 600, 0, 1_000_000),
    loginMaxFailures: int(env, 'LOGIN_MAX_FAILURES', 5, 1, 1000),
    loginWindowSeconds: int(env, 'LOGIN_WINDOW_SECONDS', 60, 1, 24 * 3600),
    corsOrigins: corsOrigins(env.CORS_ORIGINS),
    metrics: metrics(env, port),
    admission: {
      limit: int(env, 'MAX_CONCURRENT_REQUESTS', defaultConcurrency(db), 0, 100_000),
      maxWaitMs: int(env, 'QUEUE_WAIT_MS', 10_000, 100, 600_000),
    },
  });
}
