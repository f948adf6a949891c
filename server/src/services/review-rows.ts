import type { SqlEntityManager } from '@mikro-orm/knex';
import { Batch, CorrectionTask, Discrepancy, Form, Keying, VerifiedRecord } from '../db/entities/index.js';
import { DomainError } from '../domain/errors.js';
import { entityRows } from './entity-rows.js';
import { exec, isPostgres } from './sql.js';

/**
 * What settling a review task reads, as plain rows shaped like the entities (entity-rows.ts):
 * never managed, so no unit of work hydrates, snapshots or diffs them; the settle writes with
 * its own SQL. Written to only by the review path's own statements.
 */
export interface ReviewRows {
  /** With its batch in `form.batch`. */
  form: Form;
  discrepancies: Discrepancy[];
  keyings: Keying[];
  record: VerifiedRecord | null;
  /** The form's stored household facts, sealed (null: none stored). */
  facts: string | null;
}

/** The task row under FOR UPDATE (PostgreSQL; SQLite serializes writers): its latest state, plain. */
export async function lockTaskRow(em: SqlEntityManager, taskId: number): Promise<CorrectionTask> {
  const rows = await exec<Record<string, unknown>[]>(em, `select * from correction_task where id = ?${isPostgres(em) ? ' for update' : ''}`, [taskId]);
  if (!rows.length) throw new DomainError('NOT_FOUND', `correction task ${taskId} does not exist`);
  return entityRows(em, CorrectionTask, rows)[0];
}

/**
 * The form (with its batch), the task's discrepancies, the keyings, the record and the stored
 * household facts. Read after the task lock, in a statement of its own (READ COMMITTED: it sees
 * what the lock's previous holder committed). PostgreSQL: one round trip, rows as JSON.
 */
export async function reviewRows(em: SqlEntityManager, taskId: number, formId: number): Promise<ReviewRows> {
  if (isPostgres(em)) {
    const [r] = await exec<{ form: object; batch: object; discrepancies: object[]; keyings: object[]; record: object | null; facts: string | null }[]>(
      em,
      `select row_to_json(f) as form, row_to_json(b) as batch,
              (select coalesce(json_agg(d order by d.id), '[]'::json) from discrepancy d where d.task_id = ?) as discrepancies,
              (select coalesce(json_agg(k order by k.pass), '[]'::json) from keying k where k.form_id = f.id) as keyings,
              (select row_to_json(v) from verified_record v where v.form_id = f.id) as record,
              (select m.facts from household_member m where m.form_id = f.id) as facts
         from form f join batch b on b.id = f.batch_id where f.id = ?`,
      [taskId, formId],
    );
    if (!r) throw new DomainError('NOT_FOUND', `form ${formId} does not exist`);
    return assemble(em, [r.form], [r.batch], r.discrepancies, r.keyings, r.record ? [r.record] : [], r.facts);
  }
  type Rows = Record<string, unknown>[];
  const forms = await exec<Rows>(em, 'select * from form where id = ?', [formId]);
  if (!forms.length) throw new DomainError('NOT_FOUND', `form ${formId} does not exist`);
  const batches = await exec<Rows>(em, 'select * from batch where id = ?', [forms[0].batch_id]);
  const discrepancies = await exec<Rows>(em, 'select * from discrepancy where task_id = ? order by id', [taskId]);
  const keyings = await exec<Rows>(em, 'select * from keying where form_id = ? order by pass', [formId]);
  const records = await exec<Rows>(em, 'select * from verified_record where form_id = ?', [formId]);
  const [member] = await exec<{ facts: string }[]>(em, 'select facts from household_member where form_id = ?', [formId]);
  return assemble(em, forms, batches, discrepancies, keyings, records, member?.facts ?? null);
}

function assemble(em: SqlEntityManager, forms: object[], batches: object[], discrepancies: object[], keyings: object[], records: object[], facts: string | null): ReviewRows {
  type Rows = Record<string, unknown>[];
  const [form] = entityRows(em, Form, forms as Rows);
  form.batch = entityRows(em, Batch, batches as Rows)[0];
  return {
    form,
    discrepancies: entityRows(em, Discrepancy, discrepancies as Rows),
    keyings: entityRows(em, Keying, keyings as Rows),
    record: entityRows(em, VerifiedRecord, records as Rows)[0] ?? null,
    facts,
  };
}
