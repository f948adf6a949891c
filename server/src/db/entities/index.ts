import {
  BigIntType,
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
  type Opt,
  type Rel,
} from '@mikro-orm/core';
import type { FieldDef } from '../../domain/template.js';
import type { RuleDef } from '../../domain/rules.js';
import { ROLES, type Role } from '../../domain/roles.js';
import { BATCH_STATUSES, FORM_STATUSES, TASK_STATUSES, type BatchStatus, type FormStatus, type TaskStatus } from '../../domain/state-machine.js';
import { SPOT_CHECK_MODES, type SpotCheckMode } from '../../domain/spot-check.js';

@Entity({ tableName: 'form_template' })
@Unique({ properties: ['code', 'version'] })
export class FormTemplate {
  @PrimaryKey({ type: 'integer' }) id!: number;
  @Property({ type: 'string', length: 50 }) code!: string;
  @Property({ type: 'integer' }) version!: number;
  @Property({ type: 'text' }) name!: string;
  @Property({ type: 'json' }) fields!: FieldDef[];
  @Property({ type: 'json' }) rules: RuleDef[] & Opt = [];
  @Property({ type: 'datetime' }) createdAt: Date = new Date();
}

/**
 * The accounts working on one province or on a set of batches (domain/team-scope.ts). The batch
 * ids live on the row: the whole scope is read with the user in one join, and nothing ever asks
 * "which teams hold batch X".
 */
@Entity({ tableName: 'team' })
export class Team {
  @PrimaryKey({ type: 'integer' }) id!: number;
  @Property({ type: 'string', length: 50, unique: true }) code!: string;
  @Property({ type: 'text' }) name!: string;
  @Property({ type: 'string', length: 3, nullable: true }) provinceCode?: string | null;
  @Property({ type: 'json' }) batchIds: number[] & Opt = [];
  @Property({ type: 'datetime' }) createdAt: Date = new Date();
}

@Entity({ tableName: 'app_user' })
export class User {
  @PrimaryKey({ type: 'integer' }) id!: number;
  @Property({ type: 'string', length: 100, unique: true }) username!: string;
  @Property({ type: 'text' }) passwordHash!: string;
  @Enum({ items: [...ROLES], length: 20 }) role!: Role;
  @Property({ type: 'text' }) displayName!: string;
  /**
   * The clerk code of this person (every KEYER has one; a reviewer who also keys has one too, and
   * never resolves their own keying). Unique: a code names one person, which is what makes it a
   * registered code a station may import keyings under.
   */
  @Property({ type: 'string', length: 50, nullable: true, unique: true }) keyerCode?: string | null;
  @Property({ type: 'boolean' }) active: boolean = true;
  @Property({ type: 'datetime' }) createdAt: Date = new Date();
  /**
   * Signed into every token (`ver`); bumped by logout, a password change or reset, disabling and a
   * role change, which revokes all of this person's tokens at once on every server instance.
   */
  @Property({ type: 'integer' }) tokenVersion: number & Opt = 0;
  /** No team: national (today's behaviour). */
  @ManyToOne(() => Team, { nullable: true }) team?: Rel<Team> | null;
}

@Entity({ tableName: 'batch' })
@Index({ properties: ['provinceCode', 'id'] })
@Index({ properties: ['status', 'id'] })
@Index({ properties: ['createdAt', 'id'] })
export class Batch {
  @PrimaryKey({ type: 'integer' }) id!: number;
  @Property({ type: 'string', length: 50, unique: true }) code!: string;
  @ManyToOne(() => FormTemplate) template!: Rel<FormTemplate>;
  @Property({ type: 'string', length: 3 }) provinceCode!: string;
  @Property({ type: 'text' }) district!: string;
  @Property({ type: 'text' }) commune!: string;
  @Enum({ items: [...BATCH_STATUSES], length: 20 }) status: BatchStatus = 'OPEN';
  @Property({ type: 'datetime' }) createdAt: Date = new Date();
  /** Spot checks of verified forms: every Nth automatically verified one, or a seeded random share (uniform or by the clerks' error rates). */
  @Property({ type: 'integer', nullable: true }) spotCheckEvery?: number | null;
  @Property({ type: 'double', nullable: true }) spotCheckPercent?: number | null;
  @Property({ type: 'integer', nullable: true }) spotCheckSeed?: number | null;
  @Enum({ items: [...SPOT_CHECK_MODES], length: 10 }) spotCheckMode: SpotCheckMode & Opt = 'UNIFORM';
  @Property({ type: 'integer' }) autoVerifiedCount: number & Opt = 0;
  @Property({ type: 'datetime', nullable: true }) handedOverAt?: Date | null;
  @ManyToOne(() => User, { nullable: true, index: false }) handedOverBy?: Rel<User> | null;
  /** The manifest of the handover export, kept so that re-exporting reproduces it byte for byte. */
  @Property({ type: 'text', nullable: true }) manifest?: string | null;
}

@Entity({ tableName: 'form' })
@Unique({ properties: ['batch', 'formNumber'] })
@Index({ properties: ['status', 'id'] })
@Index({ properties: ['batch', 'status', 'id'] })
@Index({ properties: ['updatedAt', 'id'] })
export class Form {
  @PrimaryKey({ type: 'integer' }) id!: number;
  @ManyToOne(() => Batch, { index: false }) batch!: Rel<Batch>;
  @Property({ type: 'string', length: 50 }) formNumber!: string;
  @Property({ type: 'text', nullable: true }) imageRef?: string | null;
  @Enum({ items: [...FORM_STATUSES], length: 20 }) status: FormStatus = 'AWAITING_KEYINGS';
  @Property({ type: 'datetime' }) createdAt: Date = new Date();
  @Property({ type: 'datetime' }) updatedAt: Date = new Date();
  @Property({ type: 'datetime', nullable: true }) verifiedAt?: Date | null;
}

// Keyed values are stored, never queried inside: PostgreSQL's plain `json` (validated text)
// ingests faster than `jsonb`, and the values become one ciphertext blob once encrypted.
@Entity({ tableName: 'keying' })
@Unique({ properties: ['form', 'pass'] })
@Index({ properties: ['keyerCode', 'id'] })
@Index({ properties: ['submittedAt', 'id'] })
export class Keying {
  @PrimaryKey({ type: 'integer' }) id!: number;
  @ManyToOne(() => Form, { index: false }) form!: Rel<Form>;
  @Property({ type: 'smallint' }) pass!: number;
  @Property({ type: 'string', length: 50 }) keyerCode!: string;
  @Property({ type: 'string', length: 50 }) stationCode!: string;
  @Property({ type: 'datetime' }) startedAt!: Date;
  @Property({ type: 'datetime' }) submittedAt!: Date;
  @Property({ type: 'json', columnType: 'json' }) values!: Record<string, string | null>;
  @Property({ type: 'integer' }) keystrokes!: number;
  @Property({ type: 'string', length: 200, unique: true }) idempotencyKey!: string;
  /** The request fingerprint: a retry must carry the same content to count as a duplicate. */
  @Property({ type: 'string', length: 64 }) contentHash!: string;
  @Property({ type: 'datetime' }) createdAt: Date = new Date();
  /** Error attribution: fields keyed, and how many of them differ from the final value. */
  @Property({ type: 'integer' }) fieldsKeyed: number & Opt = 0;
  @Property({ type: 'integer' }) errorCount: number & Opt = 0;
  /** Keyed blind index of the citizen ID (see services/vault.ts). */
  @Property({ type: 'string', length: 32, nullable: true }) citizenBidx?: string | null;
  /**
   * The credential that submitted it (`user:<id>` or `key:<id>`): no credential may supply two
   * passes of one form. Empty for keyings stored before credentials were recorded.
   */
  @Property({ type: 'string', length: 40 }) submittedBy: string & Opt = '';
}

@Entity({ tableName: 'correction_task' })
@Index({ properties: ['status', 'createdAt', 'id'] })
@Index({ properties: ['status', 'id'] })
@Index({ properties: ['batch', 'status', 'createdAt', 'id'] })
@Index({ properties: ['claimedBy', 'status'] })
@Index({ properties: ['provinceCode', 'status', 'createdAt', 'id'] })
// A form's review, and under a RISK policy a spot check after it: at most one of each.
// At most one spot check per form, and one unfinished review task (partial unique indexes in the migrations).
@Index({ properties: ['form', 'kind'] })
export class CorrectionTask {
  @PrimaryKey({ type: 'integer' }) id!: number;
  @ManyToOne(() => Form, { index: false }) form!: Rel<Form>;
  @ManyToOne(() => Batch, { index: false }) batch!: Rel<Batch>;
  @Property({ type: 'string', length: 20 }) kind: string = 'REVIEW';
  @Enum({ items: [...TASK_STATUSES], length: 20 }) status: TaskStatus = 'OPEN';
  /** Handed to a senior: only managers may claim it; release and lease expiry keep it ESCALATED. */
  @Property({ type: 'boolean' }) escalated: boolean & Opt = false;
  /** Why the task exists or ended as it did: spot-check reason, rejection reason. */
  @Property({ type: 'text', nullable: true }) note?: string | null;
  /** Denormalized so the claim query can skip a reviewer's own forms without a join. */
  @Property({ type: 'string', length: 50 }) keyer1!: string;
  @Property({ type: 'string', length: 50 }) keyer2!: string;
  /** The batch's province, denormalized so a province team's claim is one indexed statement. */
  @Property({ type: 'string', length: 3 }) provinceCode: string & Opt = '';
  @Property({ type: 'integer' }) discrepancyCount!: number;
  @ManyToOne(() => User, { nullable: true, index: false }) claimedBy?: Rel<User> | null;
  @Property({ type: 'datetime', nullable: true }) claimedAt?: Date | null;
  @Property({ type: 'datetime', nullable: true }) leaseUntil?: Date | null;
  @ManyToOne(() => User, { nullable: true }) resolvedBy?: Rel<User> | null;
  @Property({ type: 'datetime', nullable: true }) resolvedAt?: Date | null;
  @Property({ type: 'datetime' }) createdAt: Date = new Date();
  /** Who handed it back last, and when: their next claim passes over it for a lease's length (task-lease.ts). */
  @Property({ type: 'integer', nullable: true }) releasedById?: number | null;
  @Property({ type: 'datetime', nullable: true }) releasedAt?: Date | null;
}

@Entity({ tableName: 'discrepancy' })
@Index({ properties: ['fieldKey', 'id'] })
@Index({ properties: ['kind', 'id'] })
export class Discrepancy {
  @PrimaryKey({ type: 'integer' }) id!: number;
  @ManyToOne(() => Form) form!: Rel<Form>;
  @ManyToOne(() => CorrectionTask) task!: Rel<CorrectionTask>;
  @ManyToOne(() => Batch) batch!: Rel<Batch>;
  @Property({ type: 'string', length: 50 }) fieldKey!: string;
  @Property({ type: 'text', nullable: true }) value1?: string | null;
  @Property({ type: 'text', nullable: true }) value2?: string | null;
  /** The third clerk's value after a re-key request. */
  @Property({ type: 'text', nullable: true }) value3?: string | null;
  @Property({ type: 'string', length: 30 }) kind!: string;
  @Property({ type: 'integer' }) editDistance!: number;
  /** Why a RULE discrepancy was raised on values both clerks agreed on. */
  @Property({ type: 'text', nullable: true }) note?: string | null;
  /** CONSISTENCY: the other form of the household this value contradicts, and that form's value (sealed under this form's key). */
  @ManyToOne(() => Form, { nullable: true, deleteRule: 'set null' }) relatedForm?: Rel<Form> | null;
  @Property({ type: 'text', nullable: true }) relatedValue?: string | null;
  @Property({ type: 'text', nullable: true }) finalValue?: string | null;
  @Property({ type: 'string', length: 20, nullable: true }) outcome?: string | null;
  @Property({ type: 'datetime', nullable: true }) resolvedAt?: Date | null;
  @Property({ type: 'datetime' }) createdAt: Date = new Date();
}

@Entity({ tableName: 'verified_record' })
@Index({ properties: ['verifiedAt', 'id'] })
@Index({ properties: ['changeSeq', 'id'] })
export class VerifiedRecord {
  @PrimaryKey({ type: 'integer' }) id!: number;
  @ManyToOne(() => Form, { unique: true }) form!: Rel<Form>;
  @ManyToOne(() => Batch) batch!: Rel<Batch>;
  @Property({ type: 'json', columnType: 'json' }) values!: Record<string, string | null>;
  /** Per field: AGREED, FIRST, SECOND or REVIEWER. */
  @Property({ type: 'json', columnType: 'json' }) sources!: Record<string, string>;
  @Property({ type: 'boolean' }) automatic!: boolean;
  @ManyToOne(() => User, { nullable: true, index: false }) verifiedBy?: Rel<User> | null;
  @Property({ type: 'datetime' }) verifiedAt!: Date;
  @Property({ type: 'string', length: 32, nullable: true }) citizenBidx?: string | null;
  /** 1 when verified; +1 on each later change (settled again after a reopen, corrected by a spot check). */
  @Property({ type: 'integer' }) version: number & Opt = 1;
  /**
   * Its place in the sync order, set by every write that changes it (services/record-sync.ts):
   * the writing transaction's id on PostgreSQL, a counter on SQLite.
   */
  @Property({ type: new BigIntType('number') }) changeSeq!: number;
}

/** One clerk charged with one error on one field: the ground truth for error-rate reports. */
@Entity({ tableName: 'keying_error' })
@Index({ properties: ['keyerCode', 'createdAt'] })
@Index({ properties: ['fieldKey', 'createdAt'] })
export class KeyingError {
  @PrimaryKey({ type: 'integer' }) id!: number;
  @ManyToOne(() => Keying) keying!: Rel<Keying>;
  @ManyToOne(() => Form, { index: false }) form!: Rel<Form>;
  @ManyToOne(() => Batch) batch!: Rel<Batch>;
  @Property({ type: 'string', length: 50 }) keyerCode!: string;
  @Property({ type: 'string', length: 50 }) fieldKey!: string;
  @Property({ type: 'string', length: 30 }) kind!: string;
  @Property({ type: 'datetime' }) createdAt: Date = new Date();
}

@Entity({ tableName: 'task_comment' })
export class TaskComment {
  @PrimaryKey({ type: 'integer' }) id!: number;
  @ManyToOne(() => CorrectionTask) task!: Rel<CorrectionTask>;
  @ManyToOne(() => User, { index: false }) author!: Rel<User>;
  @Property({ type: 'text' }) text!: string;
  @Property({ type: 'datetime' }) createdAt: Date = new Date();
}

/** Append-only record of every change: who, when, what, which record, old and new state. */
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['entityType', 'entityId', 'id'] })
@Index({ properties: ['at', 'id'] })
export class AuditEvent {
  @PrimaryKey({ type: 'integer' }) id!: number;
  @Property({ type: 'datetime' }) at!: Date;
  @Property({ type: 'integer', nullable: true }) actorId?: number | null;
  @Property({ type: 'string', length: 100 }) actor!: string;
  @Property({ type: 'string', length: 50 }) action!: string;
  @Property({ type: 'string', length: 30 }) entityType!: string;
  @Property({ type: 'integer', nullable: true }) entityId?: number | null;
  @Property({ type: 'json', columnType: 'json' }) data!: Record<string, unknown>;
  /**
   * Hash chain (tamper evidence): writers insert events unsealed; the sealer gives each its place
   * `seq`, the previous event's hash and its own. Null until sealed (usually milliseconds).
   */
  @Property({ type: 'integer', nullable: true, unique: true }) seq?: number | null;
  /** `k1:` + 64 hex (HMAC with the audit key); 64 bare hex for events sealed before the chain was keyed. */
  @Property({ type: 'string', length: 67, nullable: true }) prevHash?: string | null;
  @Property({ type: 'string', length: 67, nullable: true }) hash?: string | null;
}

/** A credential for another system: `dk_<prefix>_<secret>`, shown once; only the secret's SHA-256 is kept. */
@Entity({ tableName: 'api_key' })
export class ApiKey {
  @PrimaryKey({ type: 'integer' }) id!: number;
  @Property({ type: 'string', length: 100 }) name!: string;
  /** The public part of the key, for lookup. */
  @Property({ type: 'string', length: 16, unique: true }) prefix!: string;
  @Property({ type: 'string', length: 64 }) secretHash!: string;
  @Property({ type: 'json' }) scopes!: string[];
  @Enum({ items: [...ROLES], length: 20 }) role!: Role;
  @ManyToOne(() => User) createdBy!: Rel<User>;
  @Property({ type: 'datetime' }) createdAt: Date = new Date();
  @Property({ type: 'datetime', nullable: true }) revokedAt?: Date | null;
  /** Updated at most once a minute per key. */
  @Property({ type: 'datetime', nullable: true }) lastUsedAt?: Date | null;
}

export const ENTITIES = [FormTemplate, Team, User, Batch, Form, Keying, CorrectionTask, Discrepancy, VerifiedRecord, KeyingError, TaskComment, AuditEvent, ApiKey];
