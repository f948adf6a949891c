import type { SqlEntityManager } from '@mikro-orm/knex';
import { CorrectionTask, Discrepancy, Form, Keying } from '../db/entities/index.js';
import { onReopened, type Deltas } from './aggregates.js';
import { audit } from './audit.service.js';
import type { Actor } from './context.js';
import type { Hit, Stored } from './household.js';
import { exec, isPostgres } from './sql.js';
import { moveForm } from './task-state.js';
import type { TemplateCache } from './templates.js';
import type { Vault } from './vault.js';

/**
 * A form verified earlier that a later member of its household contradicts goes back to review
 * (its batch not yet handed over), with a new review task holding a CONSISTENCY discrepancy per
 * field. The record stays until the reviewer
 * settles it again; the batch is no longer ready meanwhile. Answers the batches to refresh.
 */
export async function reopenForHousehold(
  tx: SqlEntityManager,
  deps: { vault: Vault; templates: TemplateCache },
  reopen: { member: Stored; hits: Hit[] }[],
  agg: Deltas,
  actor: Actor | null,
  now: Date,
): Promise<number[]> {
  const batches = new Set<number>();
  for (const { member, hits } of [...reopen].sort((a, b) => a.member.formId - b.member.formId)) {
    // Under the batch's lock: a handover committing meanwhile wins, and this form stays as it is.
    const status = await lockedBatchStatus(tx, member.batchId);
    if (!status || status === 'HANDED_OVER') continue;
    const form = await tx.findOne(Form, member.formId, { populate: ['batch'] });
    if (!form || (form.status !== 'AUTO_VERIFIED' && form.status !== 'VERIFIED')) continue;
    const template = await deps.templates.get(tx, member.templateId);
    const keyings = await tx.find(Keying, { form: form.id, pass: { $in: [1, 2] } });
    const passValues = (pass: number) => {
      const k = keyings.find((x) => x.pass === pass);
      return k ? deps.vault.openKeying(form.id, pass, k.values) : {};
    };
    const [v1, v2] = [passValues(1), passValues(2)];
    const from = form.status;
    // A new review task: the earlier one stays resolved with its own outcome and charges.
    const task = tx.create(CorrectionTask, {
      form, batch: form.batch, kind: 'REVIEW', status: 'OPEN', provinceCode: form.batch.provinceCode, discrepancyCount: hits.length, createdAt: now,
      keyer1: keyings.find((k) => k.pass === 1)?.keyerCode ?? '', keyer2: keyings.find((k) => k.pass === 2)?.keyerCode ?? '',
    });
    moveForm(form, 'IN_REVIEW');
    const seal = (field: string, v: string | null | undefined) => deps.vault.sealField(template, form.id, field, v ?? null);
    for (const h of hits) {
      tx.create(Discrepancy, {
        form, task, batch: form.batch, fieldKey: h.field, value1: seal(h.field, v1[h.field]), value2: seal(h.field, v2[h.field]), kind: 'CONSISTENCY', editDistance: 0,
        note: h.note, relatedForm: tx.getReference(Form, h.relatedFormId), relatedValue: seal(h.field, h.relatedValue), createdAt: now,
      });
    }
    await tx.flush();
    const comparedAt = new Date(Math.max(...keyings.map((k) => k.createdAt.getTime())));
    onReopened(agg, { batch: { id: form.batch.id, provinceCode: form.batch.provinceCode, template: { id: member.templateId } }, fields: hits.map((h) => h.field), wasAutomatic: from === 'AUTO_VERIFIED', comparedAt, now });
    await auditReturnToReview(tx, actor, form.id, from, now, { taskId: task.id, cause: 'household', fields: hits.map((h) => ({ field: h.field, check: h.check, relatedFormId: h.relatedFormId })) });
    batches.add(form.batch.id);
  }
  return [...batches];
}

/** A batch's status under its row lock (PostgreSQL; SQLite serializes writers): a handover committing meanwhile is waited for. */
export async function lockedBatchStatus(tx: SqlEntityManager, batchId: number): Promise<string | null> {
  const [b] = await exec<{ status: string }[]>(tx, `select status from batch where id = ?${isPostgres(tx) ? ' for no key update' : ''}`, [batchId]);
  return b?.status ?? null;
}

/**
 * A verified form back in review: moved, and audited as `form.reopen` with its cause. The record
 * stays until the form is settled again. Shared by household checks and reopened resolutions.
 */
export async function returnToReview(tx: SqlEntityManager, actor: Actor | null, form: Form, now: Date, data: { taskId: number; cause: string } & Record<string, unknown>): Promise<void> {
  const from = form.status;
  moveForm(form, 'IN_REVIEW');
  await auditReturnToReview(tx, actor, form.id, from, now, data);
}

function auditReturnToReview(tx: SqlEntityManager, actor: Actor | null, formId: number, from: string, now: Date, data: { taskId: number; cause: string } & Record<string, unknown>): Promise<void> {
  return audit(tx, actor, [{ action: 'form.reopen', entityType: 'form', entityId: formId, data: { from, to: 'IN_REVIEW', ...data } }], now);
}
