import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLJSONObject } from 'graphql-scalars';
import { DISCREPANCY_KIND_INFO, DISCREPANCY_KINDS } from '../domain/compare.js';
import { OUTCOMES } from '../domain/attribution.js';
import { ROLES } from '../domain/roles.js';
import { BATCH_STATUSES, FORM_STATUSES, TASK_STATUSES } from '../domain/state-machine.js';
import { BATCH_CODE_RULE } from '../domain/codes.js';
import { FIELD_TYPES } from '../domain/template.js';
import { CHOICES, VALUE_SOURCES } from '../services/task-resolution.js';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const RoleEnum = asEnum(ROLES);
export const FormStatusEnum = asEnum(FORM_STATUSES);
export const TaskStatusEnum = asEnum(TASK_STATUSES);
export const BatchStatusEnum = asEnum(BATCH_STATUSES);
export const DiscrepancyKindEnum = asEnum(DISCREPANCY_KINDS);
export const OutcomeEnum = asEnum(OUTCOMES);
export const FieldTypeEnum = asEnum(FIELD_TYPES);
export const KeyingStatusEnum = asEnum(['ACCEPTED', 'DUPLICATE', 'REJECTED'] as const);
// From the code that accepts the choices and writes the sources: the schema cannot drift from it.
export const ChoiceEnum = asEnum(CHOICES);
export const SourceEnum = asEnum(VALUE_SOURCES);
export const TaskKindEnum = asEnum(['REVIEW', 'SPOT_CHECK'] as const);

registerEnumType(RoleEnum, { name: 'Role', description: 'What a user or system may do' });
registerEnumType(FormStatusEnum, {
  name: 'FormStatus',
  description: 'Where a form is in the pipeline',
  valuesConfig: {
    AWAITING_KEYINGS: { description: 'Registered, no keying yet' },
    ONE_PASS_KEYED: { description: 'One of the two passes is in' },
    AUTO_VERIFIED: { description: 'Both passes agreed on every field: verified without a reviewer (a spot check may still correct it)' },
    IN_REVIEW: { description: 'The passes disagree: a review task is open' },
    VERIFIED: { description: 'A reviewer (or a third keying) settled every discrepancy' },
    REJECTED: { description: 'The scan is unreadable; back to IN_REVIEW when rescanned' },
  },
});
registerEnumType(TaskStatusEnum, {
  name: 'TaskStatus',
  valuesConfig: {
    OPEN: { description: 'In the queue' },
    CLAIMED: { description: 'Held by a reviewer under a lease' },
    ESCALATED: { description: 'Waiting for a manager (only managers may claim it)' },
    REKEY_REQUESTED: { description: 'Waiting for a third keying (pass 3) of the disputed fields' },
    RESOLVED: { description: 'Done: every discrepancy settled, or the spot check confirmed or corrected' },
    REJECTED: { description: 'The form was rejected (unreadable scan); OPEN again when rescanned' },
  },
});
registerEnumType(BatchStatusEnum, {
  name: 'BatchStatus',
  valuesConfig: {
    OPEN: { description: 'Forms still wait for keyings or review' },
    READY: { description: 'Every form verified or rejected and no task pending: may be handed over' },
    HANDED_OVER: { description: 'Exported and locked; an admin may reopen it' },
  },
});
registerEnumType(DiscrepancyKindEnum, {
  name: 'DiscrepancyKind',
  description: 'How two keyings of a field differ, or which check failed on a value they agreed on',
  valuesConfig: Object.fromEntries(DISCREPANCY_KINDS.map((k) => [k, { description: DISCREPANCY_KIND_INFO[k] }])),
});
registerEnumType(OutcomeEnum, {
  name: 'Outcome',
  description: 'Which of the first two keyings the final value agreed with (a third keying is charged separately when it differs from the final value)',
  valuesConfig: {
    FIRST_CORRECT: { description: 'Pass 1 was right; pass 2 is charged with an error' },
    SECOND_CORRECT: { description: 'Pass 2 was right; pass 1 is charged with an error' },
    BOTH_WRONG: { description: 'Neither was right (the final value was typed, taken from pass 3, or corrected by a spot check); both are charged' },
    EQUIVALENT: { description: 'Both were right under the comparison rules; nobody is charged' },
  },
});
registerEnumType(FieldTypeEnum, { name: 'FieldType' });
registerEnumType(KeyingStatusEnum, {
  name: 'KeyingStatus',
  valuesConfig: {
    ACCEPTED: { description: 'Stored' },
    DUPLICATE: { description: 'Already stored under this idempotency key with the same content: nothing stored' },
    REJECTED: { description: 'Not stored; `code`, `message` and `problems` say why' },
  },
});
registerEnumType(ChoiceEnum, {
  name: 'ResolutionChoice',
  description: 'Take the first keying, the second, the third (after a re-key), or a typed value',
  valuesConfig: {
    FIRST: { description: "Pass 1's value" },
    SECOND: { description: "Pass 2's value" },
    THIRD: { description: "Pass 3's value: only for a field that a re-key (requestRekey, then submitKeyings with pass 3) keyed" },
    VALUE: { description: 'The value given in `value` (or `illegible`)' },
  },
});
registerEnumType(SourceEnum, {
  name: 'ValueSource',
  description: 'Where a verified value came from',
  valuesConfig: {
    AGREED: { description: 'Both keyings agreed' },
    FIRST: { description: 'Pass 1: taken by a reviewer, or confirmed by a re-key (pass 3 agreed with it)' },
    SECOND: { description: 'Pass 2: taken by a reviewer, or confirmed by a re-key (pass 3 agreed with it)' },
    THIRD: { description: 'Pass 3 (a re-key), taken by a reviewer' },
    REVIEWER: { description: 'Typed by a reviewer, or corrected by a spot check' },
  },
});
registerEnumType(TaskKindEnum, {
  name: 'TaskKind',
  description: 'REVIEW: the keyings disagree; SPOT_CHECK: a sampled automatically verified form',
  valuesConfig: {
    REVIEW: { description: 'The keyings disagree: resolve with resolveTask' },
    SPOT_CHECK: { description: 'A sampled automatically verified form: confirm or correct with resolveSpotCheck' },
  },
});

export { GraphQLDateTimeISO as DateTime, GraphQLJSONObject as JSONObject };

@ObjectType({ description: 'One field of a form template' })
export class FieldDefinition {
  @Field() key!: string;
  @Field() labelVi!: string;
  @Field() labelEn!: string;
  @Field(() => FieldTypeEnum) type!: string;
  @Field() required!: boolean;
  @Field() sensitive!: boolean;
  @Field(() => [String], { description: 'Allowed values of a code field' }) allowed!: string[];
}

@ObjectType()
export class Template {
  @Field(() => ID) id!: number;
  @Field() code!: string;
  @Field(() => Int) version!: number;
  @Field() name!: string;
  @Field(() => [FieldDefinition]) fields!: FieldDefinition[];
}

@ObjectType('Team', { description: 'Accounts working on one province, or on a set of batches; what they read and do stays inside it' })
export class TeamType {
  @Field(() => ID) id!: number;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'Three-digit province code: the team covers every batch of this province' }) provinceCode?: string | null;
  @Field(() => [ID], { description: 'Or: the team covers exactly these batches' }) batchIds!: number[];
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
}

@InputType({ description: 'A team covers a province (provinceCode) or a set of batches (batchIds, at most 200), not both' })
export class CreateTeamInput {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) provinceCode?: string | null;
  @Field(() => [ID], { nullable: true }) batchIds?: string[] | null;
}

@InputType({ description: 'Fields left out stay as they are; null clears provinceCode or batchIds (to switch between the two)' })
export class UpdateTeamInput {
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) provinceCode?: string | null;
  @Field(() => [ID], { nullable: true }) batchIds?: string[] | null;
}

@ObjectType('User')
export class UserType {
  @Field(() => ID) id!: number;
  @Field() username!: string;
  @Field() displayName!: string;
  @Field(() => RoleEnum) role!: string;
  @Field(() => String, { nullable: true, description: 'Clerk code when this person also keys forms' }) keyerCode?: string | null;
  @Field() active!: boolean;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
}

@ObjectType('Batch')
export class BatchType {
  @Field(() => ID) id!: number;
  @Field() code!: string;
  @Field({ description: 'Three-digit province code' }) provinceCode!: string;
  @Field() district!: string;
  @Field() commune!: string;
  @Field(() => BatchStatusEnum) status!: string;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
  @Field(() => Int, { nullable: true, description: 'Spot-check every Nth automatically verified form' }) spotCheckEvery?: number | null;
  @Field(() => Float, { nullable: true, description: 'Spot-check this percentage of automatically verified forms (seeded draw)' }) spotCheckPercent?: number | null;
  @Field(() => Int, { nullable: true }) spotCheckSeed?: number | null;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) handedOverAt?: Date | null;
}

@ObjectType('Form')
export class FormType {
  @Field(() => ID) id!: number;
  @Field() formNumber!: string;
  @Field(() => String, { nullable: true, description: 'Path or URL of the scanned form' }) imageRef?: string | null;
  @Field(() => FormStatusEnum) status!: string;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
  @Field(() => GraphQLDateTimeISO) updatedAt!: Date;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) verifiedAt?: Date | null;
}

@ObjectType({ description: 'A keyed value; `illegible` when the clerk marked the field unreadable' })
export class FieldValue {
  @Field() key!: string;
  @Field(() => String, { nullable: true }) value!: string | null;
  @Field() illegible!: boolean;
}

@ObjectType()
export class VerifiedValue extends FieldValue {
  @Field(() => SourceEnum) source!: string;
}

@ObjectType('Keying', { description: "One clerk's transcription of one form" })
export class KeyingType {
  @Field(() => ID) id!: number;
  @Field(() => Int) pass!: number;
  @Field() keyerCode!: string;
  @Field() stationCode!: string;
  @Field(() => GraphQLDateTimeISO) startedAt!: Date;
  @Field(() => GraphQLDateTimeISO) submittedAt!: Date;
  @Field(() => Int, { description: 'Characters keyed' }) keystrokes!: number;
  @Field(() => Int, { description: 'Fields keyed (the whole template for passes 1-2, the disputed fields for pass 3)' }) fieldsKeyed!: number;
  @Field(() => Int, { description: 'Fields whose value differed from the final one (error attribution)' }) errorCount!: number;
  @Field({ description: 'The credential that submitted it: `user:<id>` (a sign-in) or `key:<id>` (an API key); empty for keyings stored before this was recorded. Two passes of a form never share one.' })
  submittedBy!: string;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
}

@ObjectType({ description: 'A side-by-side row of the review screen' })
export class FormFieldRow {
  @Field(() => FieldDefinition) field!: FieldDefinition;
  @Field(() => String, { nullable: true }) value1!: string | null;
  @Field(() => String, { nullable: true }) value2!: string | null;
  @Field(() => String, { nullable: true, description: 'Verified value, once the form is verified' }) finalValue!: string | null;
  @Field(() => ID, { nullable: true }) discrepancyId!: number | null;
}

@ObjectType('Discrepancy')
export class DiscrepancyType {
  @Field(() => ID) id!: number;
  @Field() fieldKey!: string;
  @Field(() => DiscrepancyKindEnum) kind!: string;
  @Field(() => Int, { description: 'Character edit distance between the normalized values' }) editDistance!: number;
  @Field(() => String, { nullable: true, description: 'For kind RULE: which cross-field check the agreed value breaks' }) note?: string | null;
  @Field(() => OutcomeEnum, { nullable: true }) outcome?: string | null;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) resolvedAt?: Date | null;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
}

@ObjectType('CorrectionTask', { description: 'The review work for one form whose keyings disagree' })
export class CorrectionTaskType {
  @Field(() => ID) id!: number;
  @Field(() => TaskKindEnum) kind!: string;
  @Field(() => TaskStatusEnum) status!: string;
  @Field({ description: 'Handed to a senior reviewer (manager)' }) escalated!: boolean;
  @Field(() => String, { nullable: true, description: 'Why a spot check was drawn, or why the form was rejected' }) note?: string | null;
  @Field(() => Int) discrepancyCount!: number;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) claimedAt?: Date | null;
  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'The lease ends here; afterwards the task returns to the queue' }) leaseUntil?: Date | null;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) resolvedAt?: Date | null;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
}

@ObjectType('VerifiedRecord', { description: 'The final values of a verified form' })
export class VerifiedRecordType {
  @Field(() => ID) id!: number;
  @Field({ description: 'True when both keyings agreed and no reviewer was involved' }) automatic!: boolean;
  @Field(() => GraphQLDateTimeISO) verifiedAt!: Date;
  @Field(() => String, { nullable: true, description: 'Opaque, stable reference to the reviewer who verified it (null when automatic); the same for every caller' }) reviewerRef?: string | null;
}

@ObjectType('FieldProblem')
export class FieldProblemType {
  @Field({ description: 'The input path, e.g. values.citizenId' }) field!: string;
  @Field() reason!: string;
}

@ObjectType('KeyingOutcome', { description: 'What happened to one submitted keying' })
export class KeyingOutcomeType {
  @Field(() => Int, { description: 'Position in the submitted list' }) index!: number;
  @Field() idempotencyKey!: string;
  @Field(() => KeyingStatusEnum) status!: string;
  @Field(() => ID, { nullable: true }) keyingId!: number | null;
  @Field(() => ID, { nullable: true }) formId!: number | null;
  @Field(() => FormStatusEnum, { nullable: true }) formStatus!: string | null;
  @Field(() => String, { nullable: true, description: 'Error code when rejected' }) code!: string | null;
  @Field(() => String, { nullable: true }) message!: string | null;
  @Field(() => [FieldProblemType]) problems!: FieldProblemType[];
}

@ObjectType()
export class LoginResult {
  @Field() token!: string;
  @Field(() => GraphQLDateTimeISO) expiresAt!: Date;
  @Field(() => UserType) user!: UserType;
  @Field({ description: 'Signed in with a one-time password: this token may only call changePassword, me and logout (everything else answers PASSWORD_CHANGE_REQUIRED)' })
  mustChangePassword!: boolean;
}

@InputType({ description: "One clerk's keying of one form" })
export class KeyingInput {
  @Field({ description: 'Unique per keying; resending the same keying with it is safe' }) idempotencyKey!: string;
  @Field() batchCode!: string;
  @Field() formNumber!: string;
  @Field(() => Int, { description: '1 or 2; 3 for the re-key of a form whose task asked for one (disputed fields only)' }) pass!: number;
  @Field(() => String, {
    nullable: true,
    description: "The clerk's code. A clerk signed in (role KEYER) may leave it out: their keyings carry their own code, and any other is refused (KEYER_MISMATCH). Stations and API keys must name a registered clerk (UNKNOWN_KEYER otherwise).",
  })
  keyerCode!: string;
  @Field() stationCode!: string;
  @Field(() => GraphQLDateTimeISO) startedAt!: Date;
  @Field(() => GraphQLDateTimeISO) submittedAt!: Date;
  @Field(() => GraphQLJSONObject, { description: 'Field key -> typed value (string) or null when empty' }) values!: Record<string, unknown>;
  @Field(() => [String], { nullable: true, description: 'Keys of fields the clerk marked illegible' }) illegibleFields?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Scan of the form, when the station knows it' }) imageRef?: string | null;
}

@InputType()
export class ResolutionInput {
  @Field(() => ID) discrepancyId!: string;
  @Field(() => ChoiceEnum) choice!: keyof typeof ChoiceEnum;
  @Field(() => String, { nullable: true, description: 'The typed value, with choice VALUE' }) value?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'With choice VALUE: the field is illegible on the scan' }) illegible?: boolean | null;
}

@InputType()
export class CreateBatchInput {
  @Field({ description: `Batch code: ${BATCH_CODE_RULE}` }) code!: string;
  @Field({ defaultValue: 'dc01' }) templateCode!: string;
  @Field() provinceCode!: string;
  @Field() district!: string;
  @Field() commune!: string;
  @Field(() => Int, { nullable: true, description: 'Spot-check every Nth automatically verified form' }) spotCheckEvery?: number | null;
  @Field(() => Float, { nullable: true, description: 'Or spot-check a random percentage, drawn with spotCheckSeed' }) spotCheckPercent?: number | null;
  @Field(() => Int, { nullable: true }) spotCheckSeed?: number | null;
}

@InputType()
export class CreateUserInput {
  @Field() username!: string;
  @Field() password!: string;
  @Field(() => RoleEnum) role!: string;
  @Field() displayName!: string;
  @Field(() => String, { nullable: true }) keyerCode?: string | null;
  @Field(() => String, { nullable: true, description: 'The team (id or code); none: national' }) team?: string | null;
}

@InputType({ description: 'A clerk to register as a KEYER account (no password until an admin sets one)' })
export class ClerkInput {
  @Field({ description: 'The code their keyings carry; unique' }) keyerCode!: string;
  @Field() displayName!: string;
  @Field(() => String, { nullable: true, description: 'Defaults to the keyer code in lower case (`clerk-<code>` when that is not a valid username)' }) username?: string | null;
}

@ObjectType()
export class RegisterClerksResult {
  @Field(() => Int, { description: 'Accounts created' }) created!: number;
  @Field(() => Int, { description: 'Clerks already registered with the same code and username (left as they were)' }) existing!: number;
}

@ObjectType('TaskComment')
export class TaskCommentType {
  @Field(() => ID) id!: number;
  @Field() text!: string;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
}

@InputType({ description: 'A spot-check correction of one field of an automatically verified record' })
export class FieldCorrectionInput {
  @Field() fieldKey!: string;
  @Field(() => String, { nullable: true }) value?: string | null;
  @Field(() => Boolean, { nullable: true }) illegible?: boolean | null;
}

@ObjectType()
export class ManifestFile {
  @Field() name!: string;
  @Field(() => Int) bytes!: number;
  @Field() sha256!: string;
}

@ObjectType({ description: 'What a handover export contains; files are verified against it' })
export class ExportManifest {
  @Field() batch!: string;
  @Field() templateCode!: string;
  @Field(() => Int) templateVersion!: number;
  @Field(() => Int) recordCount!: number;
  @Field(() => Int) rejectedForms!: number;
  @Field(() => [ManifestFile]) files!: ManifestFile[];
  @Field(() => String, { nullable: true, description: "How records.csv defuses spreadsheet formulas (records.ndjson keeps the values); null for handovers made before the guard" })
  csvFormulaGuard?: string | null;
  @Field() exportedBy!: string;
  @Field(() => GraphQLDateTimeISO) exportedAt!: Date;
  @Field({ description: 'SHA-256 of manifest.json' }) manifestSha256!: string;
  @Field({ description: 'Server-side folder holding the files' }) directory!: string;
}

@InputType()
export class SpotCheckPolicyInput {
  @Field(() => Int, { nullable: true, description: 'Every Nth automatically verified form (2..100000)' }) every?: number | null;
  @Field(() => Float, { nullable: true, description: 'Or a random percentage (0..100], drawn with the seed' }) percent?: number | null;
  @Field(() => Int, { nullable: true }) seed?: number | null;
}

@ObjectType('AuditEvent')
export class AuditEventType {
  @Field(() => ID) id!: number;
  @Field(() => GraphQLDateTimeISO) at!: Date;
  @Field() actor!: string;
  @Field() action!: string;
  @Field() entityType!: string;
  @Field(() => ID, { nullable: true }) entityId?: number | null;
  @Field(() => GraphQLJSONObject) data!: Record<string, unknown>;
}
