import type { SqlEntityManager } from '@mikro-orm/knex';
import { type Batch, CorrectionTask, type Discrepancy, type Form, type Keying, User, type VerifiedRecord } from '../db/entities/index.js';
import { outcomeOf } from '../domain/attribution.js';
import type { Comparator } from '../domain/compare.js';
import { ChecksFailedError, DomainError, ValidationError, type FieldProblem } from '../domain/errors.js';
import { checkRecord, type CheckFinding } from '../domain/record-checks.js';
import { illegibleOverReadable, syllableAgainstKeyings, withChoiceFindings } from '../domain/review-checks.js';
import { textKindOf } from '../domain/syllables.js';
import type { TaskStatus } from '../domain/state-machine.js';
import { fieldMap, type FieldDef } from '../domain/template.js';
import { checkValue, ILLEGIBLE, type FieldValues } from '../domain/values.js';
import { Deltas, onSettled } from './aggregates.js';
import { audit, auditFromRows, auditSql, type AuditEntry } from './audit.service.js';
import type { Actor, ServiceContext } from './context.js';
import { chargeWrites, passesToCharge, type Charge } from './error-charging.js';
import { settledHouseholdChecks } from './household.js';
import { findingProblems, overrideAudit, overrideReasonOf } from './record-checks.js';
import { changeSeqSql } from './record-sync.js';
import { lockTaskRow, reviewRows, type ReviewRows } from './review-rows.js';
import { drawAfterReview } from './spot-check.js';
import { exec, isPostgres, sqlFirstTransaction, sqlValue, Writes } from './sql.js';
import { assertHolder, assertNotOwn, clearClaim, moveForm, moveTask, refreshBatch, requireActor } from './task-state.js';
import type { TemplateCache } from './templates.js';
import type { Vault } from './vault.js';

/** Which value a reviewer takes for a discrepancy (the GraphQL ResolutionChoice). */
export const CHOICES = ['FIRST', 'SECOND', 'THIRD', 'VALUE'] as const;
export type Choice = (typeof CHOICES)[number];

/** Where a verified value came from (the GraphQL ValueSource; a record's `sources`). */
export const VALUE_SOURCES = ['AGREED', 'FIRST', 'SECOND', 'THIRD', 'REVIEWER'] as const;
export type ValueSource = (typeof VALUE_SOURCES)[number];

/** A reviewer's decision on one discrepancy (what resolveTask's ResolutionInput becomes). */
export interface DiscrepancyResolution {
  discrepancyId: number;
  choice: Choice;
  value?: string | null;
  illegible?: boolean | null;
}

/** The final raw value of a disputed field and where it came from. */
export interface SettledField {
  d: Discrepancy;
  raw: string | null;
  source: string;
}

/** Review tasks ending in a verified record: a reviewer's resolution, or a third keying that settles every field. */
export class TaskResolution {
  constructor(
    private readonly templates: TemplateCache,
    private readonly comparator: Comparator,
    private readonly vault: Vault,
  ) {}

  async resolve(ctx: ServiceContext, taskId: number, resolutions: DiscrepancyResolution[], overrideReason?: string | null): Promise<{ task: CorrectionTask; record: VerifiedRecord }> {
    const actor = requireActor(ctx);
    const reason = overrideReasonOf(overrideReason);
    // Direct SQL but for a spot check drawn after the review (a RISK policy), which is made
    // through the ORM: that resolution runs again in the ORM's transaction.
    return sqlFirstTransaction(ctx.em, async (em) => {
      const now = new Date();
      // Plain rows and the settle's own SQL (review-rows.ts): the unit of work's hydration and
      // change sets were most of a resolution's CPU.
      const task = await lockTaskRow(em, taskId);
      assertHolder(task, actor, now);
      assertNotOwn(task, actor);
      if (task.kind !== 'REVIEW') throw new DomainError('INVALID_TRANSITION', `task ${task.id} is a spot check: confirm or correct it with resolveSpotCheck`);
      const rows = await reviewRows(em, task.id, task.form.id);
      const form = rows.form;
      assertOpen(form.batch);
      const fields = fieldMap(await this.templates.get(em, form.batch.template.id));
      const opened = openedValues(this.vault, form.id);
      const finals = this.finalsOf(task, fields, rows.discrepancies, resolutions, opened);
      const agg = new Deltas();
      const record = (await this.settle(em, { task, form, fields, finals, by: actor, now, agg, commitAgg: true, rows, opened, checks: { reason, extra: this.choiceFindings(fields, finals, opened) } }))!;
      // Last before COMMIT: the batch row lock it takes is held as briefly as possible.
      await refreshBatch(em, form.batch.id, actor);
      return { task, record };
    });
  }

  /**
   * What the final record would fail if the reviewer submitted these resolutions: the warnings
   * shown before submitting. Reads only; the same validation as resolve().
   */
  async preview(ctx: ServiceContext, taskId: number, resolutions: DiscrepancyResolution[]): Promise<CheckFinding[]> {
    const actor = requireActor(ctx);
    const em = ctx.em.fork();
    const task = await em.findOneOrFail(CorrectionTask, taskId, { failHandler: () => new DomainError('NOT_FOUND', `task ${taskId} not found`) });
    assertHolder(task, actor, new Date());
    if (task.kind !== 'REVIEW') throw new DomainError('INVALID_TRANSITION', `task ${task.id} is a spot check: preview its corrections with spotCheckWarnings`);
    const rows = await reviewRows(em, task.id, task.form.id);
    const form = rows.form;
    const template = await this.templates.get(em, form.batch.template.id);
    const fields = fieldMap(template);
    const opened = openedValues(this.vault, form.id);
    const finals = this.finalsOf(task, fields, rows.discrepancies, resolutions, opened, { partial: true });
    const keyed = this.openKeyings(form, rows.keyings);
    const values = this.finalValues(form, fields, finals, keyed, rows.record);
    const household = await settledHouseholdChecks(em, this.vault, template, { id: form.id, batchId: form.batch.id }, values, { lock: false, pending: true, keyed: keyed.map((k) => k.values) });
    return withChoiceFindings([...checkRecord(template, values, { now: new Date() }), ...household.findings], this.choiceFindings(fields, finals, opened));
  }

  /** What the reviewer's own choices look like against the keyings (domain/review-checks.ts). */
  private choiceFindings(fields: Map<string, FieldDef>, finals: SettledField[], opened: Opened): CheckFinding[] {
    const out: CheckFinding[] = [];
    for (const { d, raw, source } of finals) {
      const keyed = opened(d).filter((v): v is string => v !== null);
      const illegible = source === 'REVIEWER' ? illegibleOverReadable(d.fieldKey, raw, keyed.slice(0, 2)) : null;
      if (illegible) out.push(illegible);
      const field = fields.get(d.fieldKey);
      if (field && textKindOf(field.type)) out.push(...syllableAgainstKeyings(d.fieldKey, raw, keyed));
    }
    return out;
  }

  /** Validates a reviewer's resolutions against the task's discrepancies and turns them into final raw values. */
  private finalsOf(task: CorrectionTask, fields: Map<string, FieldDef>, discrepancies: Discrepancy[], resolutions: DiscrepancyResolution[], opened: Opened, opts: { partial?: boolean } = {}): SettledField[] {
    const byId = new Map(discrepancies.map((d) => [d.id, d]));
    const problems = this.problems(task.id, fields, byId, resolutions);
    const missing = discrepancies.filter((d) => !resolutions.some((r) => r.discrepancyId === d.id));
    if (missing.length && !opts.partial) {
      problems.push({ field: 'resolutions', reason: `every discrepancy must be resolved; missing: ${missing.map((d) => d.fieldKey).join(', ')}` });
    }
    if (problems.length) throw new ValidationError(problems.map((p) => `${p.field} ${p.reason}`).join('; '), problems);
    return resolutions.map((r): SettledField => {
      const d = byId.get(r.discrepancyId)!;
      const [v1, v2, v3] = opened(d);
      const raw = r.choice === 'VALUE' ? (r.illegible ? ILLEGIBLE : r.value ?? null) : r.choice === 'FIRST' ? v1 : r.choice === 'SECOND' ? v2 : v3;
      return { d, raw, source: r.choice === 'VALUE' ? 'REVIEWER' : r.choice };
    });
  }

  /** Each keying's values, opened once: the record starts from pass 1's, the household lookups use them all. */
  private openKeyings(form: Form, keyings: Keying[]): OpenedKeying[] {
    return keyings.map((k) => ({ pass: k.pass, values: this.vault.openKeying(form.id, k.pass, k.values) }));
  }

  /**
   * The record the finals make: pass 1's agreed values (canonical), or the record already verified
   * when a household check reopened the form, with each settled field replaced.
   */
  private finalValues(form: Form, fields: Map<string, FieldDef>, finals: SettledField[], keyed: OpenedKeying[], record: VerifiedRecord | null): FieldValues {
    const values: FieldValues = {};
    if (record) Object.assign(values, this.vault.openRecord(form.id, record.values));
    else {
      const p1Values = keyed.find((k) => k.pass === 1)!.values;
      for (const f of fields.values()) values[f.key] = this.comparator.canonical(f, p1Values[f.key] ?? null);
    }
    for (const { d, raw } of finals) values[d.fieldKey] = this.comparator.canonical(fields.get(d.fieldKey)!, raw);
    return values;
  }

  private problems(taskId: number, fields: Map<string, FieldDef>, byId: Map<number, Discrepancy>, resolutions: DiscrepancyResolution[]): FieldProblem[] {
    const problems: FieldProblem[] = [];
    const seen = new Set<number>();
    resolutions.forEach((r, i) => {
      const d = byId.get(r.discrepancyId);
      if (!d) problems.push({ field: `resolutions.${i}.discrepancyId`, reason: `discrepancy ${r.discrepancyId} is not part of task ${taskId}` });
      else if (seen.has(d.id)) problems.push({ field: `resolutions.${i}.discrepancyId`, reason: `discrepancy ${d.id} (${d.fieldKey}) is resolved twice` });
      else seen.add(d.id);
      if (!d) return;
      if (r.choice === 'VALUE') {
        if (r.illegible) return;
        const why = checkValue(fields.get(d.fieldKey)!, r.value ?? null);
        if (why) problems.push({ field: `resolutions.${i}.value`, reason: `${d.fieldKey} ${why}` });
      } else if (r.value != null || r.illegible) {
        problems.push({ field: `resolutions.${i}.value`, reason: 'a value may only be given with choice VALUE' });
      } else if (r.choice === 'THIRD' && d.value3 === null) {
        problems.push({ field: `resolutions.${i}.choice`, reason: `${d.fieldKey} has no third keying` });
      }
    });
    return problems;
  }

  /**
   * Writes the outcome of a review task: discrepancies settled, clerks charged, the verified record,
   * form VERIFIED and task RESOLVED, with the audit trail. Shared by reviewers and by a third keying
   * that settles every disputed field. The final record must pass every check: a reviewer may
   * override with a reason; a third keying ('defer') settles nothing and answers null instead.
   * Writes with its own SQL and sets the same values on the objects given (entities of a caller's
   * unit of work write them again when it flushes: the same values).
   */
  async settle(
    em: SqlEntityManager,
    args: {
      task: CorrectionTask;
      form: Form;
      fields: Map<string, FieldDef>;
      finals: SettledField[];
      by: Actor | null;
      now: Date;
      agg: Deltas;
      checks: { reason: string | null; extra?: CheckFinding[] } | 'defer';
      /** The settle is the transaction's last change to `agg`: append it with the settle's writes. */
      commitAgg?: boolean;
      /** The form's rows, when the caller read them already. */
      rows?: ReviewRows;
      opened?: Opened;
    },
  ): Promise<VerifiedRecord | null> {
    const { task, form, fields, finals, by, now, agg } = args;
    const template = await this.templates.get(em, form.batch.template.id);
    const rows = args.rows ?? (await reviewRows(em, task.id, form.id));
    const { keyings, record: earlier } = rows;
    const opened = args.opened ?? openedValues(this.vault, form.id);
    const byPass = new Map(keyings.map((k) => [k.pass, k]));
    const keyed = this.openKeyings(form, keyings);
    const values = this.finalValues(form, fields, finals, keyed, earlier);
    // The final record passes every check, or a person says why it is right anyway.
    const household = await settledHouseholdChecks(em, this.vault, template, { id: form.id, batchId: form.batch.id }, values, {
      lock: true,
      pending: false,
      stored: rows.facts,
      keyed: keyed.map((k) => k.values),
    });
    const findings = withChoiceFindings([...checkRecord(template, values, { now }), ...household.findings], args.checks === 'defer' ? [] : (args.checks.extra ?? []));
    const reason = args.checks === 'defer' ? null : args.checks.reason;
    // A third keying cannot give a reason: its record waits for a reviewer instead.
    if (findings.length && args.checks === 'defer') return null;
    if (findings.length && !reason) throw new ChecksFailedError(findingProblems(findings));
    const sources: Record<string, string> = { ...Object.fromEntries([...fields.keys()].map((k) => [k, 'AGREED'])), ...(earlier?.sources ?? {}) };
    const charges: Charge[] = [];
    const changes: Record<string, unknown>[] = [];
    for (const { d, raw, source } of finals) {
      const field = fields.get(d.fieldKey)!;
      const final = this.comparator.canonical(field, raw);
      const [v1, v2, v3] = opened(d);
      const outcome = outcomeOf(this.comparator, field, v1, v2, final);
      sources[d.fieldKey] = source;
      d.finalValue = this.vault.sealField(template, form.id, d.fieldKey, final);
      d.outcome = outcome;
      d.resolvedAt = now;
      changes.push({ field: d.fieldKey, value1: v1, value2: v2, value3: v3, final, outcome });
      const thirdWrong = v3 !== null && byPass.has(3) && !this.comparator.same(field, v3, final);
      for (const pass of passesToCharge(outcome, thirdWrong)) charges.push({ keying: byPass.get(pass)!, fieldKey: d.fieldKey, kind: d.kind });
    }
    const claimedAt = task.claimedAt;
    const from = task.status as TaskStatus;
    moveTask(task, 'RESOLVED');
    moveForm(form, 'VERIFIED');
    task.resolvedBy = by ? em.getReference(User, by.userId) : null;
    task.resolvedAt = now;
    clearClaim(task);
    form.verifiedAt = now;
    form.updatedAt = now;
    const { rows: errors, writes } = chargeWrites(em, form, charges, now);
    onSettled(agg, { batch: form.batch, task, keyings, errors, finals, by, claimedAt, now });
    const record = await writeSettled(em, {
      task, form, finals: finals.map((f) => f.d), earlier, now, by, sealed: this.vault.sealRecord(template, form.id, values), sources, citizenBidx: this.vault.citizenIndex(template, values), also: writes,
      // Old and new values are personal data: the audit keeps them sealed.
      resolved: { action: 'task.resolve', entityType: 'task', entityId: task.id, data: { from, to: 'RESOLVED', fields: changes.map((c) => ({ field: c.field, outcome: c.outcome })), sealedChanges: this.vault.sealJson(`audit:task:${task.id}`, changes), ...overrideAudit(this.vault, task.id, findings, reason) } },
      agg: args.commitAgg ? agg : null,
    });
    await household.remember(now);
    await drawAfterReview(em, { task, form, sources, by, now });
    return record;
  }
}

/** A keying's values, opened. */
type OpenedKeying = { pass: number; values: FieldValues };

/** A discrepancy's stored values opened, once per discrepancy however often they are read. */
type Opened = (d: Discrepancy) => [string | null, string | null, string | null];
function openedValues(vault: Vault, formId: number): Opened {
  const cache = new Map<Discrepancy, [string | null, string | null, string | null]>();
  return (d) => {
    let v = cache.get(d);
    if (!v) cache.set(d, (v = [vault.openField(formId, d.fieldKey, d.value1), vault.openField(formId, d.fieldKey, d.value2), vault.openField(formId, d.fieldKey, d.value3)]));
    return v;
  };
}

/** A batch handed over is locked (assertBatchOpen, on a batch row already read). */
function assertOpen(b: Batch): void {
  if (b.status === 'HANDED_OVER') throw new DomainError('CONFLICT', `batch ${b.code} was handed over and is locked; an admin must reopen it first`);
}

/**
 * The settle's writes: task, form, charges, discrepancies, and the record (new, or a new version
 * of the one a reopen kept), with its sync place taken in the statement itself (record-sync.ts).
 */
async function writeSettled(
  em: SqlEntityManager,
  a: {
    task: CorrectionTask;
    form: Form;
    finals: Discrepancy[];
    earlier: VerifiedRecord | null;
    now: Date;
    by: Actor | null;
    sealed: FieldValues;
    sources: Record<string, string>;
    citizenBidx: string | null;
    /** Other independent writes sent with these (the clerks' charges). */
    also: [string, unknown[]][];
    /** The task's audit event; the form's (form.verify, naming the record) is made here. */
    resolved: AuditEntry;
    /** Deltas to append with these writes (their last change), if any. */
    agg: Deltas | null;
  },
): Promise<VerifiedRecord> {
  const { task, form, now } = a;
  const at = sqlValue(em, now);
  const byId = a.by?.userId ?? null;
  const writes: [string, unknown[]][] = [
    [`update correction_task set status = 'RESOLVED', resolved_by_id = ?, resolved_at = ?, claimed_by_id = null, claimed_at = null, lease_until = null where id = ?`, [byId, at, task.id]],
    [`update form set status = 'VERIFIED', verified_at = ?, updated_at = ? where id = ?`, [at, at, form.id]],
    ...a.also,
  ];
  if (a.finals.length) {
    const cases = (col: 'final_value' | 'outcome') => `${col} = case id ${a.finals.map(() => 'when ? then ?').join(' ')} end`;
    const params = [...a.finals.flatMap((d) => [d.id, d.finalValue ?? null]), ...a.finals.flatMap((d) => [d.id, d.outcome ?? null]), at, ...a.finals.map((d) => d.id)];
    writes.push([`update discrepancy set ${cases('final_value')}, ${cases('outcome')}, resolved_at = ? where id in (${a.finals.map(() => '?').join(', ')})`, params]);
  }
  const values = sqlValue(em, a.sealed);
  const sources = sqlValue(em, a.sources);
  const seq = changeSeqSql(em);
  if (a.earlier) {
    writes.push([
      `update verified_record set "values" = ?, sources = ?, automatic = ?, verified_by_id = ?, verified_at = ?, citizen_bidx = ?, version = version + 1, change_seq = ${seq} where id = ? returning id, change_seq`,
      [values, sources, sqlValue(em, false), byId, at, a.citizenBidx, a.earlier.id],
    ]);
  } else {
    writes.push([
      `insert into verified_record (form_id, batch_id, "values", sources, automatic, verified_by_id, verified_at, citizen_bidx, version, change_seq) values (?, ?, ?, ?, ?, ?, ?, ?, 1, ${seq}) returning id, change_seq`,
      [form.id, form.batch.id, values, sources, sqlValue(em, false), byId, at, a.citizenBidx],
    ]);
  }
  const verify = { from: 'IN_REVIEW', to: 'VERIFIED', ...(a.earlier ? { again: true } : {}) };
  let r: { id: number | string; change_seq: number | string };
  if (isPostgres(em)) {
    // The audit events and the deltas in the same statement: the form's event names the record
    // the statement writes.
    const together = new Writes(true);
    for (const [sql, params] of writes.slice(0, -1)) together.run(sql, params);
    together.named('settled', ...writes[writes.length - 1]);
    for (const e of [auditSql(a.by, [a.resolved], now), auditFromRows(a.by, now, 'form.verify', 'form', 'settled', '?', `(?::jsonb || jsonb_build_object('recordId', settled.id))::json`, [form.id, JSON.stringify(verify)])]) together.run(e.sql, e.params);
    const pending = a.agg?.pendingInsert(em);
    if (pending) together.run(...pending);
    [r] = await together.flushWith<typeof r>(em, 'select * from settled', []);
  } else {
    for (const [sql, params] of writes.slice(0, -1)) await exec(em, sql, params, 'run');
    [r] = await exec<(typeof r)[]>(em, writes[writes.length - 1][0], writes[writes.length - 1][1]);
    await audit(em, a.by, [a.resolved, { action: 'form.verify', entityType: 'form', entityId: form.id, data: { ...verify, recordId: Number(r.id) } }], now);
    if (a.agg) await a.agg.commit(em);
  }
  const written = { values: a.sealed, sources: a.sources, automatic: false, verifiedBy: a.by ? { id: a.by.userId } : null, verifiedAt: now, citizenBidx: a.citizenBidx, changeSeq: Number(r.change_seq) };
  if (a.earlier) return Object.assign(a.earlier, written, { version: a.earlier.version + 1 });
  return { id: Number(r.id), form: { id: form.id }, batch: { id: form.batch.id }, ...written, version: 1 } as unknown as VerifiedRecord;
}
