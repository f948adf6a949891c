import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Actor } from './context.js';
import { exec, insertRows, insertSql, isPostgres, sqlTransaction, type Writes } from './sql.js';
import { accountsChangedIn } from './account-cache.js';

export interface AuditEntry {
  action: string;
  entityType: 'form' | 'task' | 'batch' | 'keying' | 'user' | 'record' | 'export' | 'apikey' | 'team';
  entityId?: number | null;
  data?: Record<string, unknown>;
}

/**
 * Appends audit events in the caller's transaction (so an event exists exactly when its change
 * does), many rows in one statement.
 */
export async function audit(em: SqlEntityManager, actor: Actor | null, entries: AuditEntry[], at = new Date(), writes?: Writes): Promise<void> {
  if (!entries.length) return;
  const rows = entries.map((e) => [at, ...actorColumns(actor), e.action, e.entityType, e.entityId ?? null, e.data ?? {}]);
  // With `writes`, sent with the caller's other writes (before its COMMIT).
  if (writes) writes.insert('audit_event', AUDIT_COLUMNS, rows);
  else await insertRows(em, 'audit_event', AUDIT_COLUMNS, rows);
  written = true;
  // Accounts and teams are what authentication caches (account-cache.ts).
  if (entries.some((e) => e.entityType === 'user' || e.entityType === 'team')) accountsChangedIn(em);
}

const AUDIT_COLUMNS = ['at', 'actor_id', 'actor', 'action', 'entity_type', 'entity_id', 'data'];

/** actor_id and actor: an API key is not a user, its rows name the key (`key:<prefix>`) and carry no user id. */
function actorColumns(actor: Actor | null): [number | null, string] {
  return [actor && actor.kind !== 'key' ? actor.userId : null, actor?.username ?? 'system'];
}

/**
 * PostgreSQL: an INSERT of one event per row of `source` (a WITH query of the caller's statement),
 * for a change made by a single data-modifying statement, so that its event commits with it and
 * the change needs no transaction of its own. `idSql` gives the entity id; `dataSql` is a JSON
 * expression over the source's columns (the sealer hashes the parsed JSON, not its text); `params` are
 * theirs, in that order.
 */
export function auditFromRows(actor: Actor | null, at: Date, action: string, entityType: AuditEntry['entityType'], source: string, idSql: string, dataSql: string, params: unknown[]): { sql: string; params: unknown[] } {
  written = true;
  return {
    sql: `insert into audit_event (${AUDIT_COLUMNS.join(', ')}) select ?, ?, ?, ?, ?, ${idSql}, ${dataSql} from ${source}`,
    params: [at, ...actorColumns(actor), action, entityType, ...params],
  };
}

/** PostgreSQL: the INSERT of `entries`, for a caller that sends it within a statement of its own (a WITH query). */
export function auditSql(actor: Actor | null, entries: AuditEntry[], at: Date): { sql: string; params: unknown[] } {
  written = true;
  return insertSql(true, 'audit_event', AUDIT_COLUMNS, entries.map((e) => [at, ...actorColumns(actor), e.action, e.entityType, e.entityId ?? null, e.data ?? {}]));
}

let written = false;
/** Whether any event was written since the last call (process-wide): the cue to run the sealer. */
export function takeAuditWritten(): boolean {
  const w = written;
  written = false;
  return w;
}

// ---- Tamper evidence: the hash chain ------------------------------------------------------------
//
// Writers insert events without a hash, in their own transactions (many at once). The sealer
// then gives the unsealed events, in id order, the next places in the chain: `seq`, the previous
// event's hash, and an HMAC over both and the event's content, with the audit key (derived from
// the key ring, which the database does not hold: whoever can write the database still cannot
// recompute a hash). Only one sealer works at a time (a PostgreSQL transaction-scoped advisory
// lock; SQLite has a single writer anyway), so the chain never forks. An event whose transaction
// commits late simply gets a later place: the chain is in `seq` order, not id order. Changing,
// deleting or re-ordering a sealed event breaks the chain from that event on; removing the newest
// events is found against a head recorded earlier; `npm run cli -- verify-audit` checks it all.
//
// Keyed hashes read `k1:<hex>`. A bare `<hex>` is plain SHA-256, what sealed events before the
// chain was keyed: those cannot be re-sealed (that would be rewriting history), so the verifier
// accepts them only as the chain's first events, counted by the `audit.chain-keyed` event that
// the migration to keyed hashes wrote (sealed with the key right after them).

/** The `prev_hash` of the first event. */
export const GENESIS_HASH = '0'.repeat(64);
const KEYED = 'k1:';
/** Written once by the migration to keyed hashes when the chain already had (unkeyed) events. */
export const CHAIN_KEYED_ACTION = 'audit.chain-keyed';
/** Unsealed events older than this fail verification: the sealer runs every 5 s and after requests. */
export const DEFAULT_GRACE_SECONDS = 60;
/** Any constant: it names "the audit sealer" among advisory locks. */
const SEAL_LOCK = 7164328001;
const COLUMNS = 'id, at, actor_id, actor, action, entity_type, entity_id, data, seq, prev_hash, hash';

interface EventRow {
  id: number | string;
  at: Date | number | string;
  actor_id: number | string | null;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: number | string | null;
  data: unknown;
  seq: number | string | null;
  prev_hash: string | null;
  hash: string | null;
}

/** JSON with object keys sorted, so the hash does not depend on how a database returns JSON. */
function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
    .join(',')}}`;
}

const num = (v: number | string | null) => (v === null ? null : Number(v));
// SQLite stores datetimes as epoch milliseconds, PostgreSQL returns a Date.
const iso = (v: Date | number | string) => new Date(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v).toISOString();
// SQLite returns JSON columns as text, PostgreSQL parses them.
const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);

function eventContent(seq: number, prevHash: string, r: EventRow): string {
  return canonicalJson([seq, prevHash, num(r.id), iso(r.at), num(r.actor_id), r.actor, r.action, r.entity_type, num(r.entity_id), json(r.data)]);
}

export function auditEventHash(key: Buffer, seq: number, prevHash: string, r: EventRow): string {
  return KEYED + createHmac('sha256', key).update(eventContent(seq, prevHash, r)).digest('hex');
}

/** The unkeyed hash of events sealed before the chain was keyed (anyone can compute it). */
export function legacyAuditEventHash(seq: number, prevHash: string, r: EventRow): string {
  return createHash('sha256').update(eventContent(seq, prevHash, r)).digest('hex');
}

/**
 * Seals every event still without a hash; returns how many it sealed, or -1 when another
 * instance holds the sealer lock (it will seal what is committed; callers retry a little later).
 */
export async function sealAuditEvents(em: SqlEntityManager, key: Buffer, chunk = 500): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await sqlTransaction(em.fork(), async (tx) => {
      if (isPostgres(tx)) {
        const [lock] = await exec<{ ok: boolean }[]>(tx, 'select pg_try_advisory_xact_lock(?::bigint) as ok', [SEAL_LOCK]);
        if (!lock.ok) return -1;
      }
      const [head] = await exec<{ seq: number | string; hash: string }[]>(tx, 'select seq, hash from audit_event where seq is not null order by seq desc limit 1');
      let seq = head ? Number(head.seq) : 0;
      let prev = head ? head.hash : GENESIS_HASH;
      const rows = await exec<EventRow[]>(tx, `select ${COLUMNS} from audit_event where seq is null order by id limit ${Number(chunk)}`);
      const places: (number | string | null)[] = [];
      for (const r of rows) {
        seq += 1;
        const hash = auditEventHash(key, seq, prev, r);
        places.push(num(r.id), seq, prev, hash);
        prev = hash;
      }
      // The whole chunk in one statement (one UPDATE per event was most of the sealer's round trips).
      if (rows.length) {
        const one = isPostgres(tx) ? '(?::bigint, ?::bigint, ?::text, ?::text)' : '(?, ?, ?, ?)';
        await exec(
          tx,
          `with v(id, seq, prev_hash, hash) as (values ${rows.map(() => one).join(', ')})
           update audit_event set seq = v.seq, prev_hash = v.prev_hash, hash = v.hash from v where audit_event.id = v.id`,
          places,
          'run',
        );
      }
      return rows.length;
    });
    if (n < 0) return total === 0 ? -1 : total;
    total += n;
    if (n < chunk) return total;
  }
}

/** A head recorded earlier (`--expect-head`, a checkpoint): the chain must still hold it. */
export interface ExpectedHead {
  /** Where it was; without it the hash alone is looked for (it covers its own `seq` anyway). */
  seq?: number;
  hash: string;
  /** Names it in reports (`--expect-head`, the checkpoint's file). */
  label: string;
}

export interface AuditChainReport {
  ok: boolean;
  /** Sealed events checked. */
  events: number;
  /** Of those, sealed before the chain was keyed (plain SHA-256): the chain's first events. */
  legacy: number;
  /** Events not sealed yet (written in the last moments, or the sealer is not running). */
  unsealed: number;
  /** The oldest unsealed event, and how long it has waited. */
  oldestUnsealed?: { id: number; ageSeconds: number };
  /** Set when the oldest unsealed event waited longer than the grace: its hash was cleared, or no sealer runs. */
  stale?: { id: number; ageSeconds: number };
  /** The last sealed event: record `headSeq:head` elsewhere to detect a removed or rewritten tail later. */
  head: string | null;
  headSeq: number;
  broken?: { id: number; seq: number; reason: string };
  /** Recorded heads the chain still holds (labels), and those it no longer holds, each with why. */
  present: string[];
  missing: string[];
}

export interface VerifyOptions {
  graceSeconds?: number;
  expect?: ExpectedHead[];
  now?: Date;
  chunk?: number;
}

/**
 * Walks the chain in `seq` order and stops at the first event that does not fit; then checks the
 * recorded heads and how long the unsealed events have waited.
 */
export async function verifyAuditChain(em: SqlEntityManager, key: Buffer, opts: VerifyOptions = {}): Promise<AuditChainReport> {
  const { graceSeconds = DEFAULT_GRACE_SECONDS, expect = [], now = new Date(), chunk = 1000 } = opts;
  const [{ n }] = await exec<{ n: number | string }[]>(em, 'select count(*) as n from audit_event where seq is null');
  const unsealed = Number(n);
  const [oldest] = unsealed ? await exec<{ id: number | string; at: Date | number | string }[]>(em, 'select id, at from audit_event where seq is null order by at, id limit 1') : [];
  const oldestUnsealed = oldest && { id: Number(oldest.id), ageSeconds: Math.max(0, Math.floor((now.getTime() - Date.parse(iso(oldest.at))) / 1000)) };
  const base = { unsealed, oldestUnsealed, present: [] as string[], missing: [] as string[] };
  const found = new Set<ExpectedHead>();
  let expected = 1;
  let prev = GENESIS_HASH;
  let legacy = 0;
  let lastLegacyId = 0;
  let keyedMark = false;
  const broken = (r: EventRow, reason: string): AuditChainReport => ({
    ...base,
    ok: false,
    events: expected - 1,
    legacy,
    head: expected > 1 ? prev : null,
    headSeq: expected - 1,
    broken: { id: Number(r.id), seq: Number(r.seq), reason },
  });
  for (;;) {
    const rows = await exec<EventRow[]>(em, `select ${COLUMNS} from audit_event where seq >= ? order by seq limit ${Number(chunk)}`, [expected]);
    for (const r of rows) {
      const seq = Number(r.seq);
      if (seq !== expected) return broken(r, `chain position ${expected} is missing (an event was deleted or re-numbered)`);
      if (r.prev_hash !== prev) return broken(r, "its previous-hash does not match the previous event's hash");
      if (r.hash?.startsWith(KEYED)) {
        if (r.hash !== auditEventHash(key, seq, prev, r)) return broken(r, 'its content does not match its hash (the event was altered, or this is not the key ring that sealed it)');
        if (r.action === CHAIN_KEYED_ACTION) {
          const marked = (json(r.data) as { legacyEvents?: unknown } | null)?.legacyEvents;
          if (marked !== legacy) return broken(r, `it says the chain was keyed after ${String(marked)} unkeyed events, but ${legacy} precede it`);
          keyedMark = true;
        }
      } else {
        // Only the events from before the chain was keyed may carry the unkeyed hash.
        if (expected - 1 > legacy) return broken(r, 'it carries an unkeyed hash after keyed events (rewritten by someone without the audit key)');
        if (r.hash !== legacyAuditEventHash(seq, prev, r)) return broken(r, 'its content does not match its hash (the event was altered)');
        legacy += 1;
        lastLegacyId = Number(r.id);
      }
      for (const e of expect) if ((e.seq ?? seq) === seq && e.hash === r.hash) found.add(e);
      prev = r.hash!;
      expected += 1;
    }
    if (rows.length < chunk) break;
  }
  const events = expected - 1;
  if (legacy && !keyedMark) {
    // The migration's event may still wait for the sealer; otherwise the whole chain was rewritten unkeyed.
    const [mark] = await exec<{ id: number }[]>(em, 'select id from audit_event where seq is null and action = ? limit 1', [CHAIN_KEYED_ACTION]);
    if (!mark) {
      return broken({ id: lastLegacyId, seq: legacy } as EventRow, `the first ${legacy} events carry unkeyed hashes and no keyed "${CHAIN_KEYED_ACTION}" event counts them (rewritten by someone without the audit key, or the database is not migrated)`);
    }
  }
  const missing = expect
    .filter((e) => !found.has(e))
    .map((e) =>
      e.seq !== undefined && e.seq > events
        ? `${e.label}: the chain ends at ${events}, before event ${e.seq} (events were removed)`
        : `${e.label}: the chain no longer holds ${e.seq !== undefined ? `event ${e.seq} with ` : ''}hash ${e.hash} (the tail was removed or rewritten)`,
    );
  const present = expect.filter((e) => found.has(e)).map((e) => e.label);
  const stale = oldestUnsealed && oldestUnsealed.ageSeconds > graceSeconds ? oldestUnsealed : undefined;
  return { ...base, ok: !stale && !missing.length, events, legacy, head: events ? prev : null, headSeq: events, stale, present, missing };
}

// ---- Checkpoints: a head written down, signed with the audit key ------------------------------

export interface AuditCheckpoint {
  seq: number;
  hash: string;
  /** When it was taken (ISO). */
  at: string;
}

const checkpointMac = (key: Buffer, c: AuditCheckpoint) =>
  // Its own prefix, so a checkpoint's signature can never double as an event's hash.
  createHmac('sha256', key).update(`dualkey audit checkpoint v1\n${canonicalJson({ seq: c.seq, hash: c.hash, at: c.at })}`).digest('hex');

export function writeCheckpoint(key: Buffer, c: AuditCheckpoint): string {
  return `${JSON.stringify({ version: 1, seq: c.seq, hash: c.hash, at: c.at, sig: checkpointMac(key, c) }, null, 2)}\n`;
}

export class CheckpointError extends Error {
  constructor(
    message: string,
    /** The file is well-formed but its signature does not match: forged, edited, or another key. */
    readonly forged = false,
  ) {
    super(message);
  }
}

export function readCheckpoint(key: Buffer, text: string): AuditCheckpoint {
  let raw: { version?: unknown; seq?: unknown; hash?: unknown; at?: unknown; sig?: unknown };
  try {
    raw = JSON.parse(text);
  } catch {
    throw new CheckpointError('not valid JSON');
  }
  const { version, seq, hash, at, sig } = raw ?? {};
  if (version !== 1 || !Number.isInteger(seq) || typeof hash !== 'string' || typeof at !== 'string' || typeof sig !== 'string') {
    throw new CheckpointError('not an audit checkpoint (version 1: seq, hash, at, sig)');
  }
  const c = { seq: seq as number, hash, at };
  const mac = Buffer.from(checkpointMac(key, c), 'hex');
  const given = Buffer.from(sig, 'hex');
  if (given.length !== mac.length || !timingSafeEqual(given, mac)) throw new CheckpointError('its signature does not match (edited, or signed with another key ring)', true);
  return c;
}

/**
 * Runs the sealer after writes without making requests wait for it: requests within `delayMs` of
 * each other, or during a run, coalesce into one run (under load one run seals the events of many
 * requests instead of each request paying a transaction of its own), and a run that found the
 * lock taken tries again shortly.
 */
export class AuditSealer {
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;
  /** Runs so far (for tests). */
  runs = 0;

  constructor(
    private readonly em: SqlEntityManager,
    /** The audit key (domain/crypto.ts auditKey). */
    private readonly key: Buffer,
    private readonly onError: (e: unknown) => void = () => undefined,
    // A quarter of a second gathers a busy floor's events into few sealing runs (each is a
    // transaction of four statements); the grace for an unsealed event is a minute.
    private readonly delayMs = 250,
  ) {}

  request(delayMs = this.delayMs): void {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.start();
    }, delayMs);
    this.timer.unref();
  }

  private start(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.runs++;
    this.running = this.run().then((lockTaken) => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.request();
      } else if (lockTaken) {
        // Another instance holds the sealer lock: it seals what is committed; look again shortly.
        this.request(250);
      }
    });
  }

  /** Seals everything committed so far and waits for it (tests, shutdown). */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.running) await this.running;
    this.start();
    while (this.running) await this.running;
  }

  /** Stops sealing: a run under way finishes, nothing new starts. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    while (this.running) await this.running;
  }

  /** Whether the run found the sealer lock taken. */
  private async run(): Promise<boolean> {
    try {
      return (await sealAuditEvents(this.em, this.key)) < 0;
    } catch (e) {
      this.onError(e);
      return false;
    }
  }
}
