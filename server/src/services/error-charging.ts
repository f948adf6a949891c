import type { SqlEntityManager } from '@mikro-orm/knex';
import { KeyingError, type Form, type Keying } from '../db/entities/index.js';
import { chargedPasses, type Outcome } from '../domain/attribution.js';
import { exec, sqlValue } from './sql.js';

/** One error charged to one clerk's keying on one field. */
export interface Charge {
  keying: Keying;
  fieldKey: string;
  /** How the wrong value differed (a DiscrepancyKind). */
  kind: string;
}

/** A keying_error row as written (and as the report aggregates count it). */
export interface ChargedError {
  keying: number;
  form: number;
  batch: number;
  keyerCode: string;
  fieldKey: string;
  kind: string;
  createdAt: Date;
}

/**
 * The passes charged on a settled field: those the outcome of the first two names, and a third
 * clerk like the first two when their value is not the final one.
 */
export function passesToCharge(outcome: Outcome, thirdWrong: boolean): number[] {
  return thirdWrong ? [...chargedPasses(outcome), 3] : chargedPasses(outcome);
}

/**
 * The one place clerks are charged with errors: a keying_error row per charge, and each keying's
 * error count, in the caller's transaction. Returns the rows, for the report aggregates.
 */
export async function chargeErrors(em: SqlEntityManager, form: Form, charges: Charge[], now: Date): Promise<ChargedError[]> {
  const { rows, writes } = chargeWrites(em, form, charges, now);
  for (const [sql, params] of writes) await exec(em, sql, params, 'run');
  return rows;
}

/** chargeErrors' rows and its statements, for a caller that sends them with its own writes. */
export function chargeWrites(em: SqlEntityManager, form: Form, charges: Charge[], now: Date): { rows: ChargedError[]; writes: [string, unknown[]][] } {
  const rows: ChargedError[] = charges.map((c) => ({ keying: c.keying.id, form: form.id, batch: form.batch.id, keyerCode: c.keying.keyerCode, fieldKey: c.fieldKey, kind: c.kind, createdAt: now }));
  if (!rows.length) return { rows, writes: [] };
  const at = sqlValue(em, now);
  const writes: [string, unknown[]][] = [
    [
      `insert into keying_error (keying_id, form_id, batch_id, keyer_code, field_key, kind, created_at) values ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      rows.flatMap((r) => [r.keying, r.form, r.batch, r.keyerCode, r.fieldKey, r.kind, at]),
    ],
  ];
  const perKeying = new Map<number, number>();
  for (const r of rows) perKeying.set(r.keying, (perKeying.get(r.keying) ?? 0) + 1);
  for (const [keyingId, n] of perKeying) writes.push(['update keying set error_count = error_count + ? where id = ?', [n, keyingId]]);
  return { rows, writes };
}

/**
 * Takes back the charges of a resolution being reopened: its keying_error rows (written at its
 * `resolvedAt`, on its fields) and each keying's count. Returns the rows, for the aggregates.
 */
export async function unchargeErrors(em: SqlEntityManager, formId: number, resolvedAt: Date, fields: string[]): Promise<ChargedError[]> {
  if (!fields.length) return [];
  const found = await em.find(KeyingError, { form: formId, createdAt: resolvedAt, fieldKey: { $in: fields } }, { orderBy: { id: 'asc' } });
  if (!found.length) return [];
  const rows: ChargedError[] = found.map((e) => ({ keying: e.keying.id, form: formId, batch: e.batch.id, keyerCode: e.keyerCode, fieldKey: e.fieldKey, kind: e.kind, createdAt: e.createdAt }));
  const ids = found.map((e) => e.id);
  await exec(em, `delete from keying_error where id in (${ids.map(() => '?').join(',')})`, ids, 'run');
  const perKeying = new Map<number, number>();
  for (const r of rows) perKeying.set(r.keying, (perKeying.get(r.keying) ?? 0) + 1);
  for (const [keyingId, n] of perKeying) await exec(em, 'update keying set error_count = error_count - ? where id = ?', [n, keyingId], 'run');
  return rows;
}
