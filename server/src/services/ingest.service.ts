import { createHash } from 'node:crypto';
import { DeadlockException, LockWaitTimeoutException, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { Batch, CorrectionTask, Discrepancy, Form } from '../db/entities/index.js';
import { inTeamScope, teamOf } from '../domain/team-scope.js';
import { LockMode } from '@mikro-orm/core';
import { audit } from './audit.service.js';
import { Deltas, onIngest, onRekey } from './aggregates.js';
import type { TaskService } from './task.service.js';
import type { Vault } from './vault.js';
import { fieldMap } from '../domain/template.js';
import type { Comparator, FieldDiff } from '../domain/compare.js';
import { checkRules, ruleFields } from '../domain/rules.js';
import { keyingFingerprint, type KeyingEnvelope } from '../domain/fingerprint.js';
import { DomainError, type FieldProblem } from '../domain/errors.js';
import { formMachine, taskMachine, type FormStatus, type TaskStatus } from '../domain/state-machine.js';
import type { TemplateDef } from '../domain/template.js';
import { validateValues, type FieldValues } from '../domain/values.js';
import type { Actor, ServiceContext } from './context.js';
import type { TemplateCache } from './templates.js';
import { exec, insertRows, isPostgres, sqlDate, type SqlValue } from './sql.js';

/** A keying as submitted: the envelope its fingerprint covers, plus key, values and illegible marks. */
export interface KeyingInput extends KeyingEnvelope {
  idempotencyKey: string;
  values: Record<string, unknown>;
  illegibleFields?: string[] | null;
}

export type OutcomeStatus = 'ACCEPTED' | 'DUPLICATE' | 'REJECTED';

export interface KeyingOutcome {
  index: number;
  idempotencyKey: string;
  status: OutcomeStatus;
  keyingId: number | null;
  formId: number | null;
  formStatus: FormStatus | null;
  code: string | null;
  message: string | null;
  problems: FieldProblem[];
}

interface Prepared {
  input: KeyingInput;
  index: number;
  batch: Batch;
  template: TemplateDef;
  values: FieldValues;
  /** `values` after cleanText: canonical forms start from these instead of cleaning again. */
  clean: FieldValues;
  hash: string;
  /** JSON of `values`: made once for the fingerprint, sealed as it is. */
  json: string;
  /** Characters keyed (computed once: the keying row and the keyer aggregates both need it). */
  strokes: number;
}

const CODE_RE = /^[\p{L}\p{N}._\-/]{1,50}$/u;
/** Opaque client tokens (UUIDs, "batch/form/pass" paths): no spaces, quotes, markup or template syntax. */
const IDEMPOTENCY_KEY_RE = /^[\p{L}\p{N}._:/#@+-]+$/u;
/** A path or URL of the scan. */
const IMAGE_REF_RE = /^[\p{L}\p{N}._:/#?&=%~+@-]+$/u;

function rejected(index: number, input: KeyingInput, code: string, message: string, problems: FieldProblem[] = []): KeyingOutcome {
  // Messages quote the offending value (a 10,000-character batch code): bounded, like formatError's.
  if (message.length > 500) message = `${message.slice(0, 500)}…`;
  return { index, idempotencyKey: input.idempotencyKey, status: 'REJECTED', keyingId: null, formId: null, formStatus: null, code, message, problems };
}

function checkEnvelope(i: KeyingInput, now: Date): FieldProblem[] {
  const p: FieldProblem[] = [];
  if (typeof i.idempotencyKey !== 'string' || i.idempotencyKey.length < 1 || i.idempotencyKey.length > 200) {
    p.push({ field: 'idempotencyKey', reason: 'must be 1 to 200 characters' });
  } else if (!IDEMPOTENCY_KEY_RE.test(i.idempotencyKey)) {
    p.push({ field: 'idempotencyKey', reason: 'may contain only letters, digits and . _ : / # @ + -' });
  }
  if (i.pass !== 1 && i.pass !== 2 && i.pass !== 3) p.push({ field: 'pass', reason: 'must be 1, 2 or 3 (3: re-key of disputed fields)' });
  if (i.keyerCode == null || i.keyerCode === '') p.push({ field: 'keyerCode', reason: 'is required (the registered code of the clerk who keyed it)' });
  else if (!CODE_RE.test(i.keyerCode)) p.push({ field: 'keyerCode', reason: 'must be 1 to 50 letters, digits, dots, dashes or underscores' });
  if (!CODE_RE.test(i.stationCode ?? '')) p.push({ field: 'stationCode', reason: 'must be 1 to 50 letters, digits, dots, dashes or underscores' });
  if (!CODE_RE.test(i.formNumber ?? '')) p.push({ field: 'formNumber', reason: 'must be 1 to 50 letters, digits, dots, dashes or underscores' });
  const started = i.startedAt?.getTime(), submitted = i.submittedAt?.getTime();
  if (!Number.isFinite(started)) p.push({ field: 'startedAt', reason: 'is not a valid time' });
  if (!Number.isFinite(submitted)) p.push({ field: 'submittedAt', reason: 'is not a valid time' });
  if (Number.isFinite(started) && Number.isFinite(submitted)) {
    if (started > submitted) p.push({ field: 'startedAt', reason: 'is after submittedAt' });
    // One form is keyed in minutes; a day is generous, and keeps durations within report counters.
    else if (submitted - started > 24 * 3600_000) p.push({ field: 'startedAt', reason: 'is more than 24 hours before submittedAt' });
    if (submitted < Date.UTC(2000, 0, 1)) p.push({ field: 'submittedAt', reason: 'is before the year 2000' });
    if (submitted > now.getTime() + 5 * 60_000) p.push({ field: 'submittedAt', reason: 'is in the future' });
  }
  if (i.imageRef != null && (typeof i.imageRef !== 'string' || i.imageRef.length > 1000)) {
    p.push({ field: 'imageRef', reason: 'must be at most 1000 characters' });
  } else if (i.imageRef != null && !IMAGE_REF_RE.test(i.imageRef)) {
    p.push({ field: 'imageRef', reason: 'must be a path or URL (letters, digits and . _ : / # ? & = % ~ + @ -)' });
  }
  if (i.values === null || typeof i.values !== 'object' || Array.isArray(i.values)) {
    p.push({ field: 'values', reason: 'must be an object of field key to value' });
  }
  return p;
}

type Diff = FieldDiff & { note?: string };

/**
 * The credential behind a call, as keyings record it: a person's account or an API key. Two
 * passes of one form must come from two credentials, whatever keyer codes they name.
 */
export function credentialOf(actor: Actor | null): string {
  if (!actor) return 'system';
  return actor.kind === 'key' ? `key:${actor.keyId}` : `user:${actor.userId}`;
}

const sameCredential = (index: number, input: KeyingInput, other: number): KeyingOutcome =>
  rejected(index, input, 'SAME_CREDENTIAL', `pass ${input.pass} of form ${input.formNumber} must come from another sign-in or key than pass ${other}: one credential may not supply two passes of a form`, [
    { field: 'pass', reason: `pass ${other} of this form was submitted with the same credential` },
  ]);

/** A uniform draw in [0, 1) from (seed, form id): the same form always gets the same draw. */
function spotDraw(seed: number, formId: number): number {
  return createHash('sha256').update(`${seed}:${formId}`).digest().readUInt32BE(0) / 2 ** 32;
}

export class IngestService {
  constructor(
    private readonly templates: TemplateCache,
    private readonly comparator: Comparator,
    private readonly maxPerCall: number,
    private readonly tasks: TaskService,
    private readonly vault: Vault,
  ) {}

  /**
   * A third clerk's keying of the disputed fields of a form whose task awaits it. A value that
   * agrees with the first or second keying settles its field; when every field is settled the
   * form is verified without a reviewer, otherwise the task returns to review with three values.
   */
  private async applyRekey(tx: SqlEntityManager, p: Prepared, now: Date, agg: Deltas, credential: string): Promise<KeyingOutcome> {
    const i = p.input;
    const [dup] = await exec<{ id: number; content_hash: string; form_id: number }[]>(tx, 'select id, content_hash, form_id from keying where idempotency_key = ?', [i.idempotencyKey]);
    if (dup) {
      if (dup.content_hash !== p.hash) return rejected(p.index, i, 'CONFLICT', `idempotency key "${i.idempotencyKey}" was already used for a different keying`, [{ field: 'idempotencyKey', reason: 'reused with different content' }]);
      const [f] = await exec<{ status: string }[]>(tx, 'select status from form where id = ?', [dup.form_id]);
      return { index: p.index, idempotencyKey: i.idempotencyKey, status: 'DUPLICATE', keyingId: Number(dup.id), formId: Number(dup.form_id), formStatus: f.status as FormStatus, code: null, message: null, problems: [] };
    }
    const form = await tx.findOne(Form, { batch: p.batch.id, formNumber: i.formNumber }, isPostgres(tx) ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
    const task = form ? await tx.findOne(CorrectionTask, { form: form.id }) : null;
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
      [[form.id, 3, i.keyerCode, i.stationCode, i.startedAt, i.submittedAt, this.vault.sealKeyingJson(form.id, 3, p.json), p.strokes, i.idempotencyKey, p.hash, now, disputed.size, credential]],
      { returningIds: true },
    );
    onRekey(agg, { keyerCode: i.keyerCode, submittedAt: i.submittedAt, values: p.values, strokes: p.strokes, batch: p.batch });
    const fields = fieldMap(p.template);
    const finals: { d: Discrepancy; raw: string | null; source: string }[] = [];
    for (const d of discrepancies) {
      const v3 = p.values[d.fieldKey] ?? null;
      d.value3 = this.vault.sealField(p.template, form.id, d.fieldKey, v3);
      const f = fields.get(d.fieldKey)!;
      const v1 = this.vault.openField(form.id, d.fieldKey, d.value1);
      const v2 = this.vault.openField(form.id, d.fieldKey, d.value2);
      if (this.comparator.same(f, v3, v1)) finals.push({ d, raw: v1, source: 'FIRST' });
      else if (this.comparator.same(f, v3, v2)) finals.push({ d, raw: v2, source: 'SECOND' });
    }
    if (finals.length === discrepancies.length) {
      form.batch = p.batch;
      await this.tasks.settle(tx, { task, form, fields, finals, by: null, now, agg });
      await this.tasks.refreshBatch(tx, p.batch.id, null);
    } else {
      taskMachine.assert(task.status as TaskStatus, 'OPEN');
      task.status = 'OPEN';
      await tx.flush();
      await audit(tx, null, [{ action: 'task.rekeyed', entityType: 'task', entityId: task.id, data: { from: 'REKEY_REQUESTED', to: 'OPEN', keyingId, credential, settled: finals.map((x) => x.d.fieldKey) } }], now);
    }
    return { index: p.index, idempotencyKey: i.idempotencyKey, status: 'ACCEPTED', keyingId, formId: form.id, formStatus: form.status as FormStatus, code: null, message: null, problems: [] };
  }

  async submit(ctx: ServiceContext, inputs: KeyingInput[]): Promise<KeyingOutcome[]> {
    if (inputs.length > this.maxPerCall) {
      throw new DomainError('TOO_MANY_ITEMS', `at most ${this.maxPerCall} keyings per call, got ${inputs.length}`, { max: this.maxPerCall });
    }
    // A concurrent request may insert the same idempotency key first (or deadlock with us); the
    // retry then sees its rows and answers DUPLICATE/CONFLICT instead of failing the whole call.
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.trySubmit(ctx.em, inputs, ctx.actor);
      } catch (e) {
        const retryable = e instanceof UniqueConstraintViolationException || e instanceof DeadlockException || e instanceof LockWaitTimeoutException;
        if (retryable && attempt < 4) continue;
        throw e;
      }
    }
  }

  private async trySubmit(em0: SqlEntityManager, inputs: KeyingInput[], actor: Actor | null): Promise<KeyingOutcome[]> {
    const now = new Date();
    const outcomes: (KeyingOutcome | undefined)[] = new Array(inputs.length);
    const em = em0.fork();

    const credential = credentialOf(actor);
    const team = teamOf(actor);
    // A clerk signed in keys as themselves: the keyer code comes from the sign-in, never the payload.
    const clerk = actor && actor.kind !== 'key' && actor.role === 'KEYER' ? actor : null;
    if (clerk) {
      inputs = inputs.map((i) => (i.keyerCode == null || i.keyerCode === '' ? { ...i, keyerCode: clerk.keyerCode ?? '' } : i));
    }
    // Anyone else (a station, an API key) imports keyings made elsewhere: under registered codes only.
    const registered = new Set<string>();
    if (!clerk) {
      const named = [...new Set(inputs.map((i) => i.keyerCode).filter((c): c is string => typeof c === 'string' && CODE_RE.test(c)))];
      for (let i = 0; i < named.length; i += 500) {
        const part = named.slice(i, i + 500);
        const rows = await exec<{ keyer_code: string }[]>(em, `select keyer_code from app_user where keyer_code in (${part.map(() => '?').join(',')})`, part);
        for (const r of rows) registered.add(r.keyer_code);
      }
    }

    // 1. Everything that can be checked without a transaction.
    const codes = [...new Set(inputs.map((i) => i.batchCode).filter((c) => typeof c === 'string'))];
    const batches = codes.length ? await em.find(Batch, { code: { $in: codes } }) : [];
    const batchByCode = new Map(batches.map((b) => [b.code, b]));
    const prepared: Prepared[] = [];
    const firstByKey = new Map<string, number>();
    const hashes: string[] = new Array(inputs.length);
    for (let index = 0; index < inputs.length; index++) {
      const input = inputs[index];
      if (clerk && input.keyerCode !== clerk.keyerCode) {
        outcomes[index] = rejected(index, input, 'KEYER_MISMATCH', `keying ${index} names keyer code "${input.keyerCode}", but you are signed in as clerk ${clerk.keyerCode}: leave keyerCode out or give your own`, [
          { field: 'keyerCode', reason: 'is not the signed-in clerk\'s code' },
        ]);
        continue;
      }
      const envelope = checkEnvelope(input, now);
      if (envelope.length) {
        outcomes[index] = rejected(index, input, 'BAD_USER_INPUT', `keying ${index} is invalid: ${envelope.map((p) => `${p.field} ${p.reason}`).join('; ')}`, envelope);
        continue;
      }
      if (!clerk && !registered.has(input.keyerCode)) {
        outcomes[index] = rejected(index, input, 'UNKNOWN_KEYER', `keyer code "${input.keyerCode}" is not registered: register the clerk first`, [{ field: 'keyerCode', reason: 'is not a registered keyer code' }]);
        continue;
      }
      const batch = batchByCode.get(input.batchCode);
      if (!batch) {
        outcomes[index] = rejected(index, input, 'NOT_FOUND', `batch "${input.batchCode}" does not exist`, [{ field: 'batchCode', reason: 'unknown batch' }]);
        continue;
      }
      // A clerk or station in a team keys that team's batches only (domain/team-scope.ts).
      if (!inTeamScope(team, batch)) {
        outcomes[index] = rejected(index, input, 'OUT_OF_TEAM', `batch "${input.batchCode}" is not one of team ${team!.code}'s batches: this sign-in keys only its team's batches`, [{ field: 'batchCode', reason: 'outside your team' }]);
        continue;
      }
      if (batch.status === 'HANDED_OVER') {
        outcomes[index] = rejected(index, input, 'CONFLICT', `batch "${input.batchCode}" was handed over and is locked`, [{ field: 'batchCode', reason: 'batch is locked' }]);
        continue;
      }
      const template = await this.templates.get(em, batch.template.id);
      const { values, clean, problems, strokes } = validateValues(template, input.values, input.illegibleFields ?? [], input.pass === 3);
      if (problems.length) {
        const msg = problems.map((p) => `${p.field} ${p.reason}`).join('; ');
        outcomes[index] = rejected(index, input, 'BAD_USER_INPUT', `keying ${index} has invalid values: ${msg}`, problems.map((p) => ({ field: `values.${p.field}`, reason: p.reason })));
        continue;
      }
      const json = JSON.stringify(values);
      const hash = keyingFingerprint(input, json);
      hashes[index] = hash;
      const earlier = firstByKey.get(input.idempotencyKey);
      if (earlier !== undefined) {
        // Same key twice in one call: resolved after the transaction, from the first one's outcome.
        continue;
      }
      firstByKey.set(input.idempotencyKey, index);
      prepared.push({ input, index, batch, template, values, clean, hash, json, strokes });
    }

    if (prepared.length) {
      const twoPass = prepared.filter((p) => p.input.pass !== 3);
      const rekeys = prepared.filter((p) => p.input.pass === 3);
      await em.transactional(async (tx) => {
        // Every statement here is a lookup by key. On tables not yet analyzed (a fresh database,
        // autovacuum off) the planner picks sequential scans for the 500-key IN lists, and each
        // call then costs in proportion to the table: 30 ms at 15,000 keyings.
        if (isPostgres(tx)) await exec(tx, 'set local enable_seqscan = off', [], 'run');
        const agg = new Deltas();
        if (twoPass.length) await this.apply(tx, twoPass, outcomes, now, actor, agg, credential);
        for (const p of rekeys) outcomes[p.index] = await this.applyRekey(tx, p, now, agg, credential);
        await agg.commit(tx);
      });
    }

    // Repeated keys within the call repeat the first one's outcome.
    for (let index = 0; index < inputs.length; index++) {
      if (outcomes[index]) continue;
      const first = outcomes[firstByKey.get(inputs[index].idempotencyKey)!]!;
      const sameContent = hashes[first.index] !== undefined && hashes[first.index] === hashes[index];
      if (!sameContent) {
        outcomes[index] = rejected(index, inputs[index], 'CONFLICT', `idempotency key "${inputs[index].idempotencyKey}" was already used for a different keying`, [{ field: 'idempotencyKey', reason: 'reused with different content' }]);
      } else if (first.status === 'REJECTED') {
        outcomes[index] = { ...first, index };
      } else {
        outcomes[index] = { ...first, index, status: 'DUPLICATE' };
      }
    }
    return outcomes as KeyingOutcome[];
  }

  /**
   * Rules run on the agreed part of the record: a rule is judged only when every field it reads
   * agreed, and raises at most one RULE discrepancy per field not already in dispute.
   */
  private ruleDiffs(template: TemplateDef, first: FieldValues, second: FieldValues, diffs: FieldDiff[], agreed: FieldValues, now: Date): Diff[] {
    if (!template.rules?.length) return [];
    const disputed = new Set(diffs.map((d) => d.field));
    const judged = disputed.size ? { ...template, rules: template.rules.filter((r) => ruleFields(r, template).every((k) => !disputed.has(k))) } : template;
    const out: Diff[] = [];
    for (const v of checkRules(judged, agreed, now)) {
      const prev = out.find((d) => d.field === v.field);
      if (prev) prev.note += `; ${v.message}`;
      else out.push({ field: v.field, value1: first[v.field] ?? null, value2: second[v.field] ?? null, kind: 'RULE', distance: 0, note: v.message });
    }
    return out;
  }

  /** Every Nth automatically verified form of a batch, or a seeded random share, gets a spot check. */
  private async spotChecks(tx: SqlEntityManager, verified: { id: number; batch: Batch; passes: Map<number, { keyerCode: string }> }[], now: Date): Promise<void> {
    const rows: SqlValue[][] = [];
    const byBatch = new Map<number, typeof verified>();
    for (const f of verified) if (f.batch.spotCheckEvery || f.batch.spotCheckPercent) (byBatch.get(f.batch.id) ?? byBatch.set(f.batch.id, []).get(f.batch.id)!).push(f);
    for (const [batchId, list] of byBatch) {
      const b = list[0].batch;
      let picked: typeof list;
      let note: string;
      if (b.spotCheckEvery) {
        const [r] = await exec<{ auto_verified_count: number }[]>(tx, 'update batch set auto_verified_count = auto_verified_count + ? where id = ? returning auto_verified_count', [list.length, batchId]);
        const start = Number(r.auto_verified_count) - list.length;
        picked = list.filter((_, i) => (start + i + 1) % b.spotCheckEvery! === 0);
        note = `spot check: every ${b.spotCheckEvery}th automatically verified form`;
      } else {
        picked = list.filter((f) => spotDraw(b.spotCheckSeed ?? 0, f.id) < b.spotCheckPercent! / 100);
        note = `spot check: random ${b.spotCheckPercent}% (seed ${b.spotCheckSeed ?? 0})`;
      }
      for (const f of picked) rows.push([f.id, batchId, b.provinceCode, 'SPOT_CHECK', 'OPEN', f.passes.get(1)!.keyerCode, f.passes.get(2)!.keyerCode, 0, note, now]);
    }
    await insertRows(tx, 'correction_task', ['form_id', 'batch_id', 'province_code', 'kind', 'status', 'keyer1', 'keyer2', 'discrepancy_count', 'note', 'created_at'], rows);
  }

  private async apply(tx: SqlEntityManager, prepared: Prepared[], outcomes: (KeyingOutcome | undefined)[], now: Date, actor: Actor | null, agg: Deltas, credential: string): Promise<void> {
    // 2. Retries: keys already stored return the stored outcome.
    const existing = await exec<{ id: number; idempotency_key: string; content_hash: string; form_id: number }[]>(tx, 
      `select k.id, k.idempotency_key, k.content_hash, k.form_id from keying k where k.idempotency_key in (${prepared.map(() => '?').join(',')})`,
      prepared.map((p) => p.input.idempotencyKey),
    );
    const byKey = new Map(existing.map((r) => [r.idempotency_key, r]));
    const fresh: Prepared[] = [];
    const duplicates: { p: Prepared; keyingId: number; formId: number }[] = [];
    for (const p of prepared) {
      const row = byKey.get(p.input.idempotencyKey);
      if (!row) fresh.push(p);
      else if (row.content_hash !== p.hash) {
        outcomes[p.index] = rejected(p.index, p.input, 'CONFLICT', `idempotency key "${p.input.idempotencyKey}" was already used for a different keying`, [{ field: 'idempotencyKey', reason: 'reused with different content' }]);
      } else duplicates.push({ p, keyingId: Number(row.id), formId: Number(row.form_id) });
    }

    // 3. Find the forms (locked on PostgreSQL, in id order), then create the missing ones already
    //    in their first status: a new form's first keying in this call is always accepted.
    const formKey = (batchId: number, no: string) => `${batchId}\u0000${no}`;
    const wanted = new Map<string, { batch: number; formNumber: string; imageRef: string | null }>();
    for (const p of fresh) {
      const k = formKey(p.batch.id, p.input.formNumber);
      const cur = wanted.get(k);
      if (!cur) wanted.set(k, { batch: p.batch.id, formNumber: p.input.formNumber, imageRef: p.input.imageRef ?? null });
      else if (!cur.imageRef && p.input.imageRef) cur.imageRef = p.input.imageRef;
    }
    type FRow = { id: number; batch_id: number; form_number: string; status: string; image_ref: string | null };
    const formRows = new Map<string, { id: number; status: FormStatus; dbStatus: FormStatus; imageRef: string | null }>();
    const pg = isPostgres(tx);
    const findForms = async (list: { batch: number; formNumber: string }[]) => {
      if (!list.length) return;
      // Per batch, `batch_id = ? and form_number in (...)`: always the unique index, whatever the
      // table size (a VALUES join lets the planner pick a sequential scan).
      const byBatch = new Map<number, string[]>();
      for (const w of list) (byBatch.get(w.batch) ?? byBatch.set(w.batch, []).get(w.batch)!).push(w.formNumber);
      const where = [...byBatch.values()].map((nos) => `(batch_id = ? and form_number in (${nos.map(() => '?').join(',')}))`).join(' or ');
      const rows = await exec<FRow[]>(
        tx,
        `select id, batch_id, form_number, status, image_ref from form where ${where}${pg ? ' order by id for update' : ''}`,
        [...byBatch.entries()].flatMap(([b, nos]) => [b, ...nos]),
      );
      for (const r of rows) {
        const st = r.status as FormStatus;
        formRows.set(formKey(Number(r.batch_id), r.form_number), { id: Number(r.id), status: st, dbStatus: st, imageRef: r.image_ref });
      }
    };
    await findForms([...wanted.values()]);
    const missing = [...wanted.entries()].filter(([k]) => !formRows.has(k)).map(([, w]) => w);
    if (missing.length) {
      // A fixed order keeps two calls creating the same forms from deadlocking on the unique index.
      missing.sort((x, y) => x.batch - y.batch || (x.formNumber < y.formNumber ? -1 : x.formNumber > y.formNumber ? 1 : 0));
      const columns = ['batch_id', 'form_number', 'image_ref', 'status', 'created_at', 'updated_at'];
      const rows = missing.map((w) => [w.batch, w.formNumber, w.imageRef, 'ONE_PASS_KEYED', now, now]);
      const created = (w: { batch: number; formNumber: string }, id: number) =>
        formRows.set(formKey(w.batch, w.formNumber), { id, status: 'AWAITING_KEYINGS', dbStatus: 'ONE_PASS_KEYED', imageRef: null });
      const skippingTaken = async () => {
        const inserted = await insertRows(tx, 'form', columns, rows, { onConflictDoNothing: ['batch_id', 'form_number'], returning: ['id', 'batch_id', 'form_number'] });
        for (const r of inserted as unknown as FRow[]) created({ batch: Number(r.batch_id), formNumber: r.form_number }, Number(r.id));
        // Created by another call between our read and our insert: read (and lock) those.
        await findForms(missing.filter((w) => !formRows.has(formKey(w.batch, w.formNumber))));
      };
      if (pg) {
        // First a plain insert (a COPY from 20 rows, ~1.7x cheaper than INSERT ... ON CONFLICT).
        // When another call created one of these forms meanwhile it fails: back to the savepoint
        // and the insert that skips them (retrying the whole call instead could go on for as long
        // as calls keep overlapping).
        await exec(tx, 'savepoint new_forms', [], 'run');
        try {
          const ids = await insertRows(tx, 'form', columns, rows, { returningIds: true });
          await exec(tx, 'release savepoint new_forms', [], 'run');
          missing.forEach((w, i) => created(w, ids[i]));
        } catch (e) {
          if (!(e instanceof UniqueConstraintViolationException)) throw e;
          await exec(tx, 'rollback to savepoint new_forms', [], 'run');
          await skippingTaken();
        }
      } else await skippingTaken();
    }

    // 4. Existing keyings of those forms (read under the lock).
    // Forms this call created have no keyings yet: only pre-existing ones are read.
    const formIds = [...new Set([...formRows.values()].filter((f) => f.status !== 'AWAITING_KEYINGS').map((f) => f.id))];
    type KRow = { id: number; form_id: number; pass: number; keyer_code: string; submitted_by: string; idempotency_key: string; content_hash: string; values: unknown };
    const kRows = formIds.length
      ? await exec<KRow[]>(tx, 
          `select id, form_id, pass, keyer_code, submitted_by, idempotency_key, content_hash, ${isPostgres(tx) ? '"values"' : '`values`'} as "values" from keying where form_id in (${formIds.map(() => '?').join(',')})`,
          formIds,
        )
      : [];
    interface FormState {
      id: number;
      batch: Batch;
      template: TemplateDef;
      status: FormStatus;
      dbStatus: FormStatus;
      imageRef: string | null;
      passes: Map<number, { keyingId: number | null; keyerCode: string; submittedBy: string; values: FieldValues; prepared?: Prepared; stored?: { idempotencyKey: string; hash: string } }>;
      touched: boolean;
    }
    const forms = new Map<number, FormState>();
    for (const p of fresh) {
      const f = formRows.get(formKey(p.batch.id, p.input.formNumber))!;
      if (!forms.has(f.id)) forms.set(f.id, { id: f.id, batch: p.batch, template: p.template, status: f.status, dbStatus: f.dbStatus, imageRef: f.imageRef, passes: new Map(), touched: false });
    }
    for (const r of kRows) {
      const stored = (typeof r.values === 'string' ? JSON.parse(r.values) : r.values) as FieldValues;
      const values = this.vault.openKeying(Number(r.form_id), Number(r.pass), stored);
      forms.get(Number(r.form_id))?.passes.set(Number(r.pass), { keyingId: Number(r.id), keyerCode: r.keyer_code, submittedBy: r.submitted_by, values, stored: { idempotencyKey: r.idempotency_key, hash: r.content_hash } });
    }

    // 5. Decide each keying in order.
    const accepted: { p: Prepared; form: FormState }[] = [];
    for (const p of fresh) {
      const form = forms.get(formRows.get(formKey(p.batch.id, p.input.formNumber))!.id)!;
      const mine = form.passes.get(p.input.pass);
      if (mine?.stored?.idempotencyKey === p.input.idempotencyKey) {
        // This very keying, committed by a concurrent call (a station's retry of a request still
        // running) after step 2 looked: a duplicate, as it would have been a moment later.
        if (mine.stored.hash === p.hash) duplicates.push({ p, keyingId: mine.keyingId!, formId: form.id });
        else outcomes[p.index] = rejected(p.index, p.input, 'CONFLICT', `idempotency key "${p.input.idempotencyKey}" was already used for a different keying`, [{ field: 'idempotencyKey', reason: 'reused with different content' }]);
        continue;
      }
      if (mine) {
        outcomes[p.index] = rejected(p.index, p.input, 'CONFLICT', `form ${p.input.formNumber} of batch ${p.batch.code} already has a pass ${p.input.pass} keying; it is never overwritten`, [{ field: 'pass', reason: 'already keyed' }]);
        continue;
      }
      const other = form.passes.get(p.input.pass === 1 ? 2 : 1);
      if (other && other.keyerCode === p.input.keyerCode) {
        outcomes[p.index] = rejected(p.index, p.input, 'SAME_KEYER', `pass ${p.input.pass} of form ${p.input.formNumber} must be keyed by a different clerk than the other pass (${p.input.keyerCode} keyed both)`, [{ field: 'keyerCode', reason: 'same clerk as the other pass' }]);
        continue;
      }
      if (other && other.submittedBy === credential) {
        outcomes[p.index] = sameCredential(p.index, p.input, p.input.pass === 1 ? 2 : 1);
        continue;
      }
      form.passes.set(p.input.pass, { keyingId: null, keyerCode: p.input.keyerCode, submittedBy: credential, values: p.values, prepared: p });
      form.touched = true;
      accepted.push({ p, form });
    }

    // 6. Insert the keyings in one statement.
    if (accepted.length) {
      const ids = await insertRows(
        tx,
        'keying',
        ['form_id', 'pass', 'keyer_code', 'station_code', 'started_at', 'submitted_at', 'values', 'keystrokes', 'idempotency_key', 'content_hash', 'created_at', 'fields_keyed', 'citizen_bidx', 'submitted_by'],
        accepted.map(({ p, form }) => [
          form.id,
          p.input.pass,
          p.input.keyerCode,
          p.input.stationCode,
          p.input.startedAt,
          p.input.submittedAt,
          this.vault.sealKeyingJson(form.id, p.input.pass, p.json),
          p.strokes,
          p.input.idempotencyKey,
          p.hash,
          now,
          p.template.fields.length,
          this.vault.citizenIndexOfClean(p.template, p.clean),
          credential,
        ]),
        { returningIds: true },
      );
      accepted.forEach(({ p, form }, i) => {
        form.passes.get(p.input.pass)!.keyingId = Number(ids[i]);
      });
    }

    // 7. Forms that now have both passes: compare; agree -> verified record, else task + discrepancies.
    const move = (form: FormState, to: FormStatus) => {
      formMachine.assert(form.status, to);
      form.status = to;
    };
    const records: SqlValue[][] = [];
    const review: { form: FormState; diffs: Diff[] }[] = [];
    for (const form of forms.values()) {
      if (!form.touched) continue;
      const p1 = form.passes.get(1), p2 = form.passes.get(2);
      if (form.status === 'AWAITING_KEYINGS') move(form, 'ONE_PASS_KEYED');
      if (!p1 || !p2) continue;
      const diffs: Diff[] = this.comparator.compare(form.template, p1.values, p2.values);
      // Canonical values of the fields that agree: the rules judge them, and with no discrepancy they are the record.
      const disputed = new Set(diffs.map((d) => d.field));
      const agreed: FieldValues = {};
      // A keying of this call has its values cleaned already: where its raw value is the one
      // agreed on, the canonical form starts from that.
      const mine = p2.prepared ?? p1.prepared;
      for (const f of form.template.fields) {
        if (disputed.has(f.key)) continue;
        const raw = p1.values[f.key] ?? null;
        agreed[f.key] = mine && (mine.values[f.key] ?? null) === raw ? this.comparator.canonicalOfClean(f, mine.clean[f.key] ?? null) : this.comparator.canonical(f, raw);
      }
      diffs.push(...this.ruleDiffs(form.template, p1.values, p2.values, diffs, agreed, now));
      if (diffs.length === 0) {
        move(form, 'AUTO_VERIFIED');
        // Empty sources mean "every field AGREED": half the JSON for the most common record.
        records.push([form.id, form.batch.id, this.vault.sealRecordJson(form.id, agreed), '{}', true, now, this.vault.citizenToken(agreed.citizenId ?? null)]);
      } else {
        move(form, 'IN_REVIEW');
        review.push({ form, diffs });
      }
    }
    if (review.length) {
      const taskIds = await insertRows(
        tx,
        'correction_task',
        ['form_id', 'batch_id', 'province_code', 'kind', 'status', 'keyer1', 'keyer2', 'discrepancy_count', 'created_at'],
        review.map(({ form, diffs }) => [form.id, form.batch.id, form.batch.provinceCode, 'REVIEW', 'OPEN', form.passes.get(1)!.keyerCode, form.passes.get(2)!.keyerCode, diffs.length, now]),
        { returningIds: true },
      );
      const discrepancies: SqlValue[][] = [];
      review.forEach(({ form, diffs }, i) => {
        for (const d of diffs) {
          const sealed = (v: string | null) => this.vault.sealField(form.template, form.id, d.field, v);
          discrepancies.push([form.id, taskIds[i], form.batch.id, d.field, sealed(d.value1), sealed(d.value2), d.kind, d.distance, d.note ?? null, now]);
        }
      });
      await insertRows(tx, 'discrepancy', ['form_id', 'task_id', 'batch_id', 'field_key', 'value1', 'value2', 'kind', 'edit_distance', 'note', 'created_at'], discrepancies);
    }
    if (records.length) await insertRows(tx, 'verified_record', ['form_id', 'batch_id', 'values', 'sources', 'automatic', 'verified_at', 'citizen_bidx'], records);
    onIngest(agg, { accepted, forms: forms.values(), review }, now);
    await this.spotChecks(tx, [...forms.values()].filter((f) => f.touched && f.status === 'AUTO_VERIFIED'), now);
    // New forms reopen a batch that was ready for handover.
    const grown = [...new Set([...forms.values()].filter((f) => f.dbStatus === 'ONE_PASS_KEYED' && f.touched && f.batch.status === 'READY').map((f) => f.batch.id))];
    // One UPDATE per final status, only for forms whose stored status is not already it.
    const byStatus = new Map<FormStatus, number[]>();
    for (const f of forms.values()) {
      if (f.status !== f.dbStatus) (byStatus.get(f.status) ?? byStatus.set(f.status, []).get(f.status)!).push(f.id);
    }
    for (const [status, ids] of byStatus) {
      const verified = status === 'AUTO_VERIFIED';
      await exec(
        tx,
        `update form set status = ?, updated_at = ?${verified ? ', verified_at = ?' : ''} where id in (${ids.map(() => '?').join(',')})`,
        [status, sqlDate(tx, now), ...(verified ? [sqlDate(tx, now)] : []), ...ids],
        'run',
      );
    }
    // A batch becomes READY when its last form is verified (automatically, too), OPEN again when a new form arrives.
    // In id order: refreshBatch locks each batch row.
    const touched = [...new Set([...forms.values()].filter((f) => f.touched).map((f) => f.batch.id))].sort((a, b) => a - b);
    for (const batchId of touched) await this.tasks.refreshBatch(tx, batchId, actor);
    // Fill in an image reference the first keying did not carry.
    for (const form of forms.values()) {
      if (form.imageRef) continue;
      const img = [...form.passes.values()].find((x) => x.prepared?.input.imageRef)?.prepared?.input.imageRef;
      if (img) await tx.nativeUpdate(Form, { id: form.id }, { imageRef: img });
    }

    const perBatch = new Map<number, { keyings: number[]; passes: number[]; forms: Record<string, number[]> }>();
    for (const { p, form } of accepted) {
      const e = perBatch.get(form.batch.id) ?? perBatch.set(form.batch.id, { keyings: [], passes: [], forms: {} }).get(form.batch.id)!;
      e.keyings.push(form.passes.get(p.input.pass)!.keyingId!);
      e.passes.push(p.input.pass);
    }
    for (const f of forms.values()) {
      const e = perBatch.get(f.batch.id);
      if (e && f.touched) (e.forms[f.status] ??= []).push(f.id);
    }
    // One audit event per batch and call: which keyings arrived (and which pass each is), the
    // credential that submitted them, and where each form now stands.
    await audit(tx, actor, [...perBatch].map(([batchId, e]) => ({ action: 'keyings.ingest', entityType: 'batch' as const, entityId: batchId, data: { credential, keyingIds: e.keyings, passes: e.passes, formsByStatus: e.forms, reopened: grown.includes(batchId) } })), now);
    for (const { p, form } of accepted) {
      outcomes[p.index] = { index: p.index, idempotencyKey: p.input.idempotencyKey, status: 'ACCEPTED', keyingId: form.passes.get(p.input.pass)!.keyingId, formId: form.id, formStatus: form.status, code: null, message: null, problems: [] };
    }
    if (duplicates.length) {
      const st = await exec<{ id: number; status: string }[]>(tx, 
        `select id, status from form where id in (${duplicates.map(() => '?').join(',')})`,
        duplicates.map((d) => d.formId),
      );
      const m = new Map(st.map((r) => [Number(r.id), r.status as FormStatus]));
      for (const d of duplicates) {
        outcomes[d.p.index] = { index: d.p.index, idempotencyKey: d.p.input.idempotencyKey, status: 'DUPLICATE', keyingId: d.keyingId, formId: d.formId, formStatus: m.get(d.formId) ?? null, code: null, message: null, problems: [] };
      }
    }
  }
}
