import type { SqlEntityManager } from '@mikro-orm/knex';
import { DomainError, ValidationError } from '../domain/errors.js';
import { dayAndWeekStart, KEYING_STATION_CODE, median, saveDecision, type WorkStatus } from '../domain/keying-work.js';
import { isScanFormat, type ScanFormat } from '../domain/scan-file.js';
import { inTeamScope, teamOf, type TeamScope } from '../domain/team-scope.js';
import { audit } from './audit.service.js';
import type { Actor, ServiceContext } from './context.js';
import type { IngestService } from './ingest.service.js';
import type { Vault } from './vault.js';
import { exec, isPostgres, sqlDate } from './sql.js';

/** A form handed to a clerk to key. Which pass it is stays on the server: nobody learns whether the other exists. */
export interface KeyingLease {
  /** Opaque (Vault.leaseRef): the work's own id would say which pass this is. */
  id: string;
  formId: number;
  batchId: number;
  batchCode: string;
  formNumber: string;
  templateId: number;
  claimedAt: Date;
  leaseUntil: Date;
  scanFormat: ScanFormat | null;
}

export interface LeasedKeyingInput {
  idempotencyKey: string;
  startedAt: Date;
  submittedAt: Date;
  values: Record<string, unknown>;
  illegibleFields?: string[] | null;
}

export interface KeyingFigures {
  keyedToday: number;
  keyedThisWeek: number;
  /** Median seconds from opening a form to saving it, this week. */
  medianSecondsThisWeek: number | null;
  /** Of this clerk's keyings whose forms are settled: fields keyed, and how many differed from the final value. */
  reviewedForms: number;
  fieldsReviewed: number;
  fieldErrors: number;
  errorRate: number | null;
}

type Row = Record<string, unknown>;

const toDate = (v: unknown): Date => (v instanceof Date ? v : new Date(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : (v as string | number)));

/** A clerk signed in as themselves: the only ones who key here (stations import keyings made elsewhere). */
function requireClerk(ctx: ServiceContext): Actor & { keyerCode: string } {
  const a = ctx.actor;
  if (!a) throw new DomainError('UNAUTHENTICATED', 'sign in first');
  if (a.kind === 'key' || a.role !== 'KEYER' || !a.keyerCode) throw new DomainError('FORBIDDEN', 'only clerks signed in as themselves key forms here');
  return a as Actor & { keyerCode: string };
}

/**
 * Keying work: each registered form's passes 1 and 2 (services/scan-import.service.ts), handed
 * to clerks under a lease like review tasks (task-lease.ts): oldest batch first, never the same
 * pass to two clerks (SKIP LOCKED on PostgreSQL; SQLite serializes writers), never the other pass
 * of a form the clerk keyed or holds. A save goes through the ingest (submitKeyings' own path), so
 * comparison and review work unchanged; the ingest marks the work done in the same transaction.
 */
export class KeyingWorkService {
  /** When this process last returned run-out leases to the queue (see claimNext). */
  private expiredAt = 0;

  constructor(
    private readonly leaseSeconds: number,
    private readonly ingest: IngestService,
    private readonly vault: Vault,
  ) {}

  /**
   * Leases that ran out go back to the queue. Idempotent. The last holder stays named: only they
   * may still save what they typed (saveDecision), and they are not handed the form's other pass.
   */
  async expireLeases(em: SqlEntityManager, now = new Date()): Promise<number> {
    const r = await exec<{ affectedRows?: number; changes?: number }>(
      em,
      `update keying_work set status = 'OPEN', claimed_at = null, lease_until = null where status = 'CLAIMED' and lease_until < ?`,
      [sqlDate(em, now)],
      'run',
    );
    return Number(r?.affectedRows ?? r?.changes ?? 0);
  }

  /** The form this clerk holds, or the next one to key (null: nothing left for them). */
  async claimNext(ctx: ServiceContext, batchId?: number | null): Promise<KeyingLease | null> {
    const actor = requireClerk(ctx);
    const team = teamOf(actor);
    if (batchId) {
      const [b] = await exec<{ id: number; province_code: string }[]>(ctx.em, 'select id, province_code from batch where id = ?', [batchId]);
      if (!b) throw new DomainError('NOT_FOUND', `batch ${batchId} does not exist`, { field: 'batchId' });
      if (team && !inTeamScope(team, { id: Number(b.id), provinceCode: b.province_code })) throw new DomainError('FORBIDDEN', `that batch is not one of team ${team.code}'s batches`, { field: 'batchId' });
    }
    const now = new Date();
    // Run-out leases go back to the queue every few seconds, not on every claim (one UPDATE less
    // per form); and always before saying that nothing is left.
    if (now.getTime() - this.expiredAt > 5_000) {
      this.expiredAt = now.getTime();
      await this.expireLeases(ctx.em, now);
    }
    let id = await this.take(ctx, actor, team, batchId, now);
    if (id === null && (await this.expireLeases(ctx.em, now)) > 0) id = await this.take(ctx, actor, team, batchId, now);
    return id === null ? null : this.lease(ctx.em, id);
  }

  /** One claim in its own transaction: the held form, or the next one; its work id, or null. */
  private take(ctx: ServiceContext, actor: Actor & { keyerCode: string }, team: TeamScope | null, batchId: number | null | undefined, now: Date): Promise<number | null> {
    return ctx.em.transactional(async (em) => {
      const pg = isPostgres(em);
      // One claim at a time per clerk: two tabs asking at once must not get both passes of a form.
      if (pg) await exec(em, 'select pg_advisory_xact_lock(7301, ?)', [actor.userId]);
      const scope: string[] = [];
      const params: unknown[] = [];
      if (batchId) {
        scope.push('w.batch_id = ?');
        params.push(batchId);
      } else if (team?.provinceCode) {
        scope.push('w.batch_id in (select id from batch where province_code = ?)');
        params.push(team.provinceCode);
      } else if (team) {
        scope.push(`w.batch_id in (${team.batchIds.length ? team.batchIds.map(() => '?').join(', ') : 'null'})`);
        params.push(...team.batchIds);
      }
      const held = await exec<Row[]>(em, `select w.id from keying_work w where w.claimed_by_id = ? and w.status = 'CLAIMED' and w.lease_until > ?${scope.map((s) => ` and ${s}`).join('')} order by w.id limit 1`, [actor.userId, sqlDate(em, now), ...params]);
      if (held[0]) return Number(held[0].id);
      const inner =
        `select w.id from keying_work w where w.status = 'OPEN'${scope.map((s) => ` and ${s}`).join('')}` +
        ` and not exists (select 1 from keying_work o where o.form_id = w.form_id and o.pass <> w.pass and o.claimed_by_id = ?)` +
        ` and not exists (select 1 from keying k where k.form_id = w.form_id and k.keyer_code = ?)` +
        ` order by w.batch_id, w.form_id, w.pass limit 1${pg ? ' for update skip locked' : ''}`;
      const rows = await exec<Row[]>(
        em,
        `update keying_work set status = 'CLAIMED', claimed_by_id = ?, claimed_at = ?, lease_until = ? where id = (${inner}) and status = 'OPEN' returning id, form_id`,
        [actor.userId, sqlDate(em, now), sqlDate(em, new Date(now.getTime() + this.leaseSeconds * 1000)), ...params, actor.userId, actor.keyerCode],
      );
      if (!rows[0]) return null;
      await audit(em, actor, [{ action: 'keying.claim', entityType: 'form', entityId: Number(rows[0].form_id), data: { work: Number(rows[0].id) } }], now);
      return Number(rows[0].id);
    });
  }

  private async lease(em: SqlEntityManager, id: number): Promise<KeyingLease> {
    const [r] = await exec<Row[]>(
      em,
      `select w.id, w.form_id, w.batch_id, w.claimed_at, w.lease_until, f.form_number, b.code as batch_code, b.template_id, s.format
         from keying_work w join form f on f.id = w.form_id join batch b on b.id = w.batch_id left join scan s on s.form_id = w.form_id where w.id = ?`,
      [id],
    );
    return {
      id: this.vault.leaseRef(Number(r.id)),
      formId: Number(r.form_id),
      batchId: Number(r.batch_id),
      batchCode: String(r.batch_code),
      formNumber: String(r.form_number),
      templateId: Number(r.template_id),
      claimedAt: toDate(r.claimed_at),
      leaseUntil: toDate(r.lease_until),
      scanFormat: typeof r.format === 'string' && isScanFormat(r.format) ? r.format : null,
    };
  }

  /**
   * Saves the clerk's keying of a leased form through the ingest. A retry with the same
   * idempotency key and content is harmless (DUPLICATE); refused values store nothing and keep the
   * lease (BAD_USER_INPUT with problems per field).
   */
  async save(ctx: ServiceContext, leaseId: string, input: LeasedKeyingInput): Promise<{ status: 'ACCEPTED' | 'DUPLICATE'; formId: number }> {
    const actor = requireClerk(ctx);
    const workId = this.vault.leaseWork(leaseId);
    if (workId === null) throw new DomainError('NOT_FOUND', 'no such keying lease', { field: 'workId' });
    const [w] = await exec<Row[]>(
      ctx.em,
      'select w.id, w.form_id, w.batch_id, w.pass, w.status, w.claimed_by_id, f.form_number, b.code as batch_code, b.province_code from keying_work w join form f on f.id = w.form_id join batch b on b.id = w.batch_id where w.id = ?',
      [workId],
    );
    const lost = () => new DomainError('LEASE_EXPIRED', 'this form was handed to someone else after your lease ran out; what you typed cannot be saved for it', { field: 'workId' });
    if (!w) throw new DomainError('NOT_FOUND', 'no such keying lease', { field: 'workId' });
    const decision = saveDecision({ status: w.status as WorkStatus, claimedBy: w.claimed_by_id == null ? null : Number(w.claimed_by_id) }, actor.userId);
    if (decision === 'lost') throw lost();
    // Moved to another team since it was handed out: not theirs to key any more.
    const team = teamOf(actor);
    if (team && !inTeamScope(team, { id: Number(w.batch_id), provinceCode: String(w.province_code) })) throw new DomainError('OUT_OF_TEAM', `batch ${String(w.batch_code)} is not one of team ${team.code}'s batches`, { field: 'workId' });
    if (decision === 'retake') {
      const now = new Date();
      // Theirs again if still theirs (nobody took it meanwhile), unless they hold or keyed the other pass meanwhile.
      const r = await exec<Row[]>(
        ctx.em,
        `update keying_work set status = 'CLAIMED', claimed_by_id = ?, claimed_at = ?, lease_until = ? where id = ? and status = 'OPEN' and claimed_by_id = ? and not exists (select 1 from keying_work o where o.form_id = keying_work.form_id and o.pass <> keying_work.pass and o.claimed_by_id = ?) returning id`,
        [actor.userId, sqlDate(ctx.em, now), sqlDate(ctx.em, new Date(now.getTime() + this.leaseSeconds * 1000)), workId, actor.userId, actor.userId],
      );
      if (!r[0]) throw lost();
    }
    const [o] = await this.ingest.submit(ctx, [
      {
        idempotencyKey: input.idempotencyKey,
        batchCode: String(w.batch_code),
        formNumber: String(w.form_number),
        pass: Number(w.pass),
        keyerCode: actor.keyerCode,
        stationCode: KEYING_STATION_CODE,
        startedAt: input.startedAt,
        submittedAt: input.submittedAt,
        values: input.values,
        illegibleFields: input.illegibleFields ?? [],
      },
    ]);
    if (o.status === 'ACCEPTED' || o.status === 'DUPLICATE') return { status: o.status, formId: Number(w.form_id) };
    if (o.code === 'BAD_USER_INPUT') {
      // Problems name the clerk's own fields only (values.x → x); envelope problems stay as named.
      throw new ValidationError(o.message ?? 'the keying was refused', (o.problems ?? []).map((p) => ({ field: p.field.replace(/^values\./, ''), reason: p.reason })));
    }
    if (o.code === 'CONFLICT' && /idempotency key/i.test(o.message ?? '')) throw new DomainError('CONFLICT', o.message ?? 'idempotency key reused', { field: 'idempotencyKey' });
    if (o.code === 'OUT_OF_TEAM' || o.code === 'UNKNOWN_KEYER' || o.code === 'FORBIDDEN') throw new DomainError(o.code, o.message ?? 'refused', { field: 'workId' });
    // Keyed meanwhile by a station, or any other refusal about the other pass: said without saying which pass exists.
    throw new DomainError('CONFLICT', 'this form was keyed meanwhile by another way; open the next form', { field: 'workId' });
  }

  /** Saves, then (when asked) hands out the next form in the same request: one round trip between two forms. */
  async saveAndNext(ctx: ServiceContext, leaseId: string, input: LeasedKeyingInput, next: { batchId: number | null } | null): Promise<{ status: 'ACCEPTED' | 'DUPLICATE'; next: KeyingLease | null }> {
    const { status } = await this.save(ctx, leaseId, input);
    return { status, next: next ? await this.claimNext(ctx, next.batchId) : null };
  }

  /** The clerk's own figures; nobody else's, and never a value. */
  async figures(ctx: ServiceContext, now = new Date()): Promise<KeyingFigures> {
    const actor = requireClerk(ctx);
    const { day, week } = dayAndWeekStart(now);
    const em = ctx.em;
    const recent = await exec<Row[]>(em, 'select started_at, submitted_at from keying where keyer_code = ? and submitted_at >= ? and pass <> 3', [actor.keyerCode, sqlDate(em, week)]);
    let today = 0;
    const seconds: number[] = [];
    for (const r of recent) {
      const s = toDate(r.submitted_at);
      if (s >= day) today++;
      seconds.push(Math.round((s.getTime() - toDate(r.started_at).getTime()) / 1000));
    }
    const [e] = await exec<Row[]>(
      em,
      `select count(*) as n, coalesce(sum(k.fields_keyed), 0) as fields, coalesce(sum(k.error_count), 0) as errors from keying k join form f on f.id = k.form_id where k.keyer_code = ? and f.status in ('AUTO_VERIFIED', 'VERIFIED')`,
      [actor.keyerCode],
    );
    const fields = Number(e?.fields ?? 0);
    const errors = Number(e?.errors ?? 0);
    return {
      keyedToday: today,
      keyedThisWeek: recent.length,
      medianSecondsThisWeek: median(seconds),
      reviewedForms: Number(e?.n ?? 0),
      fieldsReviewed: fields,
      fieldErrors: errors,
      errorRate: fields ? errors / fields : null,
    };
  }

  /**
   * The form of a scan path when this clerk holds it to key, else null (http-scans.ts): one
   * indexed statement, on the path between two forms.
   */
  async heldForm(em: SqlEntityManager, actor: Actor, batchCode: string, formNumber: string, now = new Date()): Promise<number | null> {
    if (actor.kind === 'key' || actor.role !== 'KEYER') return null;
    const [r] = await exec<Row[]>(
      em,
      `select f.id from form f join batch b on b.id = f.batch_id join keying_work w on w.form_id = f.id where b.code = ? and f.form_number = ? and w.claimed_by_id = ? and w.status = 'CLAIMED' and w.lease_until > ? limit 1`,
      [batchCode, formNumber, actor.userId, sqlDate(em, now)],
    );
    return r ? Number(r.id) : null;
  }
}
