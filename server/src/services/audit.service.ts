import { createHash } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Actor } from './context.js';
import { exec, insertRows, isPostgres } from './sql.js';

export interface AuditEntry {
  action: string;
  entityType: 'form' | 'task' | 'batch' | 'keying' | 'user' | 'record' | 'export' | 'apikey';
  entityId?: number | null;
  data?: Record<string, unknown>;
}

/**
 * Appends audit events in the caller's transaction (so an event exists exactly when its change
 * does), many rows in one statement.
 */
export async function audit(em: SqlEntityManager, actor: Actor | null, entries: AuditEntry[], at = new Date()): Promise<void> {
  if (!entries.length) return;
  await insertRows(
    em,
    'audit_event',
    ['at', 'actor_id', 'actor', 'action', 'entity_type', 'entity_id', 'data'],
    // An API key is not a user: its rows name the key (`key:<prefix>`) and carry no user id.
    entries.map((e) => [at, actor && actor.kind !== 'key' ? actor.userId : null, actor?.username ?? 'system', e.action, e.entityType, e.entityId ?? null, e.data ?? {}]),
  );
  written = true;
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
// event's hash, and a hash over both and the event's content. Only one sealer works at a time
// (a PostgreSQL transaction-scoped advisory lock; SQLite has a single writer anyway), so the chain
// never forks. An event whose transaction commits late simply gets a later place: the chain is in
// `seq` order, not id order. Changing, deleting or re-ordering a sealed event breaks the chain from
// that event on; `npm run cli -- verify-audit` finds the first broken link.

/** The `prev_hash` of the first event. */
export const GENESIS_HASH = '0'.repeat(64);
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

export function auditEventHash(seq: number, prevHash: string, r: EventRow): string {
  const content = [seq, prevHash, num(r.id), iso(r.at), num(r.actor_id), r.actor, r.action, r.entity_type, num(r.entity_id), json(r.data)];
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/**
 * Seals every event still without a hash; returns how many it sealed, or -1 when another
 * instance holds the sealer lock (it will seal what is committed; callers retry a little later).
 */
export async function sealAuditEvents(em: SqlEntityManager, chunk = 500): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await em.fork().transactional(async (tx) => {
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
        const hash = auditEventHash(seq, prev, r);
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

export interface AuditChainReport {
  ok: boolean;
  /** Sealed events checked. */
  events: number;
  /** Events not sealed yet (written in the last moments, or the sealer is not running). */
  unsealed: number;
  /** Hash of the last sealed event: write it down elsewhere to detect a truncated tail later. */
  head: string | null;
  broken?: { id: number; seq: number; reason: string };
}

/** Walks the chain in `seq` order and stops at the first event that does not fit. */
export async function verifyAuditChain(em: SqlEntityManager, chunk = 1000): Promise<AuditChainReport> {
  const [{ n }] = await exec<{ n: number | string }[]>(em, 'select count(*) as n from audit_event where seq is null');
  const unsealed = Number(n);
  let expected = 1;
  let prev = GENESIS_HASH;
  for (;;) {
    const rows = await exec<EventRow[]>(em, `select ${COLUMNS} from audit_event where seq >= ? order by seq limit ${Number(chunk)}`, [expected]);
    for (const r of rows) {
      const seq = Number(r.seq);
      const at = { id: Number(r.id), seq };
      if (seq !== expected) return { ok: false, events: expected - 1, unsealed, head: prev, broken: { ...at, reason: `chain position ${expected} is missing (an event was deleted or re-numbered)` } };
      if (r.prev_hash !== prev) return { ok: false, events: expected - 1, unsealed, head: prev, broken: { ...at, reason: "its previous-hash does not match the previous event's hash" } };
      if (r.hash !== auditEventHash(seq, prev, r)) return { ok: false, events: expected - 1, unsealed, head: prev, broken: { ...at, reason: 'its content does not match its hash (the event was altered)' } };
      prev = r.hash;
      expected += 1;
    }
    if (rows.length < chunk) break;
  }
  return { ok: true, events: expected - 1, unsealed, head: expected > 1 ? prev : null };
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
    private readonly onError: (e: unknown) => void = () => undefined,
    private readonly delayMs = 50,
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
      return (await sealAuditEvents(this.em)) < 0;
    } catch (e) {
      this.onError(e);
      return false;
    }
  }
}
