import { LockMode } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { Batch, CorrectionTask, Discrepancy, Form } from '../../db/entities/index.js';
import type { FieldProblem } from '../../domain/errors.js';
import { taskMachine, type FormStatus } from '../../domain/state-machine.js';
import { fieldMap } from '../../domain/template.js';
import { onRekey, type Deltas } from '../aggregates.js';
import { audit } from '../audit.service.js';
import { exec, insertRows, isPostgres } from '../sql.js';
import { keyReused, rejected, sameCredential, stored } from './outcomes.js';
import type { IngestDeps, KeyingOutcome, Prepared } from './types.js';

/**
 * Pass 3: a third clerk's keying of the disputed fields of a form whose task awaits it. A value
 * that agrees with the first or second keying settles its field; when every field is settled the
 * form is verified without a reviewer, otherwise the task returns to review with three values.
 */
export async function applyRekey(deps: IngestDeps, tx: SqlEntityManager, p: Prepared, now: Date, agg: Deltas, credential: string): Promise<KeyingOutcome> {
  const { comparator, tasks, vault } = deps;
  const i = p.input;
  const [dup] = await exec<{ id: number; content_hash: string; form_id: number }[]>(tx, 'select id, content_hash, form_id from keying where idempotency_key = ?', [i.idempotencyKey]);
  if (dup) {
    if (dup.content_hash !== p.hash) return keyReused(p.index, i);
    const [f] = await exec<{ status: FormStatus }[]>(tx, 'select status from form where id = ?', [dup.form_id]);
    return stored(p.index, i.idempotencyKey, 'DUPLICATE', Number(dup.id), Number(dup.form_id), f.status);
  }
  const form = await tx.findOne(Form, { batch: p.batch.id, formNumber: i.formNumber }, isPostgres(tx) ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  const task = form ? await tx.findOne(CorrectionTask, { form: form.id, kind: 'REVIEW', status: 'REKEY_REQUESTED' }) : null;
  if (!form || !task || task.status !== 'REKEY_REQUESTED') {
    return rejected(p.index, i, 'CONFLICT', `form ${i.formNumber} of batch ${p.batch.code} has no re-key request`, [{ field: 'pass', reason: 'no re-key requested for this form' }]);
  }
  if (i.keyerCode === task.keyer1 || i.keyerCode === task.keyer2) {
    return rejected(p.index, i, 'SAME_KEYER', `a re-key must come from a third clerk, not ${i.keyerCode} who keyed pass 1 or 2`, [{ field: 'keyerCode', reason: 'keyed pass 1 or 2' }]);
  }
  // The third value settles a dispute: it must not come from a credential that supplied one of the two.
  const [mine] = await exec<{ pass: number }[]>(tx, 'select pass from keying where form_id = ? and pass in (1, 2) and submitted_by = ? order by pass limit 1', [form.id, credential]);
  if (mine) return sameCredential(p.index, i, Number(mine.pass));
  const discrepancies = await tx.find(Discrepancy, { task: task.id }, { orderBy: { id: 'asc' } });
  const disputed = new Set(discrepancies.map((d) => d.fieldKey));
  const problems: FieldProblem[] = [];
  for (const k of Object.keys(p.values)) if (!disputed.has(k)) problems.push({ field: `values.${k}`, reason: 'is not a disputed field of this form' });
  for (const k of disputed) if (!(k in p.values)) problems.push({ field: `values.${k}`, reason: 'is disputed and must be keyed' });
  if (problems.length) return rejected(p.index, i, 'BAD_USER_INPUT', `a re-key covers exactly the disputed fields: ${[...disputed].join(', ')}`, problems);

  const [keyingId] = await insertRows(
    tx,
    'keying',
    ['form_id', 'pass', 'keyer_code', 'station_code', 'started_at', 'submitted_at', 'values', 'keystrokes', 'idempotency_key', 'content_hash', 'created_at', 'fields_keyed', 'submitted_by'],
    [[form.id, 3, i.keyerCode, i.stationCode, i.startedAt, i.submittedAt, vault.sealKeyingJson(form.id, 3, p.json), p.strokes, i.idempotencyKey, p.hash, now, disputed.size, credential]],
    { returningIds: true },
  );
  onRekey(agg, { keyerCode: i.keyerCode, submittedAt: i.submittedAt, values: p.values, strokes: p.strokes, batch: p.batch });
  const fields = fieldMap(p.template);
  const finals: { d: Discrepancy; raw: string | null; source: string }[] = [];
  for (const d of discrepancies) {
    const v3 = p.values[d.fieldKey] ?? null;
    d.value3 = vault.sealField(p.template, form.id, d.fieldKey, v3);
    const f = fields.get(d.fieldKey)!;
    const v1 = vault.openField(form.id, d.fieldKey, d.value1);
    const v2 = vault.openField(form.id, d.fieldKey, d.value2);
    if (comparator.same(f, v3, v1)) finals.push({ d, raw: v1, source: 'FIRST' });
    else if (comparator.same(f, v3, v2)) finals.push({ d, raw: v2, source: 'SECOND' });
  }
  // The call's batches are plain rows (prepare.ts); the settle reads the form's batch, managed.
  await tx.findOneOrFail(Batch, p.batch.id);
  const settled = finals.length === discrepancies.length && (await tasks.settleByRekey(tx, { task, form, fields, finals, now, agg }));
  if (settled) {
    await tasks.refreshBatch(tx, p.batch.id, null);
  } else {
    // Some field still disputed, or the settled record fails a check: a reviewer decides.
    taskMachine.assert(task.status, 'OPEN');
    task.status = 'OPEN';
    await tx.flush();
    await audit(tx, null, [{ action: 'task.rekeyed', entityType: 'task', entityId: task.id, data: { from: 'REKEY_REQUESTED', to: 'OPEN', keyingId, credential, settled: finals.map((x) => x.d.fieldKey), checksFailed: finals.length === discrepancies.length } }], now);
  }
  return stored(p.index, i.idempotencyKey, 'ACCEPTED', keyingId, form.id, form.status);
}
