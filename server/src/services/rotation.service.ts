import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { isSealed, keyIdOf, open, seal, SEALED_KEY, type KeyRing } from '../domain/crypto.js';
import { exec, isPostgres } from './sql.js';
import { ScanStore } from './scan-store.js';
import { Vault } from './vault.js';

/**
 * Re-encryption after a key rotation: every stored personal value that is not under the current
 * key is opened with its own (older) key and sealed again, table by table in id order, a batch per
 * transaction. Progress is kept in a file, so an interrupted run resumes where it stopped; reads
 * keep working throughout because the ring still holds the old keys. Audit events are left as
 * they are: re-sealing them would break their hash chain, so old keys stay in the ring for good.
 * Scan files (ScanStore) follow the tables; they need no progress entry, since a file already
 * under the current key is skipped.
 */
interface Target {
  table: 'keying' | 'verified_record' | 'discrepancy' | 'household_member';
  columns: string[];
  aad(row: Record<string, unknown>, column: string): string;
}

const TARGETS: Target[] = [
  { table: 'keying', columns: ['values'], aad: (r) => `keying:${r.form_id}:${r.pass}` },
  { table: 'verified_record', columns: ['values'], aad: (r) => `record:${r.form_id}` },
  { table: 'discrepancy', columns: ['value1', 'value2', 'value3', 'final_value', 'related_value'], aad: (r) => `field:${r.form_id}:${r.field_key}` },
  { table: 'household_member', columns: ['facts'], aad: (r) => `household:${r.form_id}` },
];

export interface Progress {
  key: string;
  done: Record<string, number>;
  resealed: number;
  /** Scan files re-sealed (or sealed, when an older version left them in clear) by this run. */
  scans?: number;
}

export function readProgress(file: string, key: string): Progress {
  if (existsSync(file)) {
    const p = JSON.parse(readFileSync(file, 'utf8')) as Progress;
    if (p.key === key) return p;
  }
  return { key, done: {}, resealed: 0 };
}

function reseal(ring: KeyRing, value: string, aad: string): string | null {
  if (!isSealed(value) || keyIdOf(value) === ring.current) return null;
  return seal(ring, open(ring, value, aad), aad);
}

export async function countRows(em: SqlEntityManager): Promise<number> {
  let n = 0;
  for (const t of TARGETS) n += Number((await exec<{ n: number | string }[]>(em, `select count(*) as n from ${t.table}`))[0].n);
  return n;
}

export async function reencrypt(
  em: SqlEntityManager,
  ring: KeyRing,
  progressFile: string,
  opts: { batch?: number; stopAfter?: number; onProgress?: (rowsSeen: number) => void; scansDir?: string } = {},
): Promise<Progress> {
  const batch = opts.batch ?? 500;
  const progress = readProgress(progressFile, ring.current);
  const pg = isPostgres(em);
  const q = (c: string) => (pg ? `"${c}"` : `\`${c}\``);
  let seen = 0;
  for (const t of TARGETS) {
    for (;;) {
      if (opts.stopAfter !== undefined && seen >= opts.stopAfter) return progress;
      const after = progress.done[t.table] ?? 0;
      const extra = t.table === 'keying' ? ', pass' : t.table === 'discrepancy' ? ', field_key' : '';
      const rows = await exec<Record<string, unknown>[]>(em, `select id, form_id${extra}, ${t.columns.map(q).join(', ')} from ${t.table} where id > ? order by id limit ?`, [after, batch]);
      if (!rows.length) break;
      await em.transactional(async (tx) => {
        // Re-read in the transaction, under row locks on PostgreSQL: a value a running server
        // changed since the read above (a spot-check correction) must not be overwritten with its
        // re-sealed old self. Two concurrent re-encryptions are then harmless too.
        const locked = await exec<Record<string, unknown>[]>(
          tx,
          `select id, form_id${extra}, ${t.columns.map(q).join(', ')} from ${t.table} where id in (${rows.map(() => '?').join(',')}) order by id${pg ? ' for update' : ''}`,
          rows.map((r) => r.id),
        );
        for (const r of locked) {
          const sets: string[] = [];
          const params: unknown[] = [];
          for (const c of t.columns) {
            const raw = r[c];
            if (raw === null || raw === undefined) continue;
            if (c === 'values') {
              const obj = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Record<string, string | null>;
              const sealed = obj[SEALED_KEY];
              const next = sealed ? reseal(ring, sealed, t.aad(r, c)) : null;
              if (next) {
                sets.push(`${q(c)} = ?`);
                params.push(JSON.stringify({ ...obj, [SEALED_KEY]: next }));
              }
            } else {
              const next = reseal(ring, String(raw), t.aad(r, c));
              if (next) {
                sets.push(`${q(c)} = ?`);
                params.push(next);
              }
            }
          }
          if (sets.length) {
            await exec(tx, `update ${t.table} set ${sets.join(', ')} where id = ?`, [...params, r.id], 'run');
            progress.resealed++;
          }
        }
      });
      progress.done[t.table] = Number(rows[rows.length - 1].id);
      seen += rows.length;
      // Saved after each committed batch: a crash repeats at most one batch, which is idempotent.
      writeFileSync(progressFile, JSON.stringify(progress), { mode: 0o600 });
      opts.onProgress?.(seen);
    }
  }
  if (opts.scansDir) {
    const r = new ScanStore(opts.scansDir, new Vault(ring)).resealAll();
    progress.scans = r.resealed + r.sealedPlain;
  }
  return progress;
}
