import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLJSONObject } from 'graphql-scalars';
import {
  BatchStatusEnum,
  CellChangeEnum,
  DiscrepancyKindEnum,
  FieldTypeEnum,
  FormStatusEnum,
  KeyingStatusEnum,
  OutcomeEnum,
  RoleEnum,
  SourceEnum,
  SpotCheckModeEnum,
  TaskKindEnum,
  TaskStatusEnum,
} from './enums.js';

/** GraphQL object types (what queries return); input types are in inputs.ts, enums in enums.ts. */

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
  @Field(() => Float, { nullable: true, description: 'Spot-check this percentage of verified forms (seeded draw, spotCheckMode says how)' }) spotCheckPercent?: number | null;
  @Field(() => Int, { nullable: true }) spotCheckSeed?: number | null;
  @Field(() => SpotCheckModeEnum, { description: 'How spotCheckPercent is drawn' }) spotCheckMode!: string;
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

// Plain data fields (no auth, no middleware): graphql-js reads them directly instead of through
// type-graphql's per-field wrapper; a page of 1,000 records has 100,000 of them.
@ObjectType({ description: 'A keyed value; `illegible` when the clerk marked the field unreadable', simpleResolvers: true })
export class FieldValue {
  @Field() key!: string;
  @Field(() => String, { nullable: true }) value!: string | null;
  @Field() illegible!: boolean;
}

@ObjectType({ simpleResolvers: true })
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

@ObjectType('MaskedCell', { description: 'A piece of a masked value: characters of its mask only' })
export class MaskedCellType {
  @Field({ description: "Masked text ('' for a GAP)" }) text!: string;
  @Field(() => CellChangeEnum) change!: string;
}

@ObjectType('MaskedSide')
export class MaskedSideType {
  @Field(() => [MaskedCellType], { description: 'Concatenated, the texts are the masked value' }) cells!: MaskedCellType[];
  @Field(() => [Int], { description: '1-based positions in the masked text where this keying differs (a gap: the character after it)' }) changedAt!: number[];
}

@ObjectType('MaskedDifference', {
  description:
    'Two keyings of a sensitive field compared in clear on the server and returned masked: which cells differ and how, never the hidden characters. Cells stand for single characters only where the mask shows one * per character (IDs, phones, names); dates, addresses and other text flag their hidden part as a whole',
})
export class MaskedDifferenceType {
  @Field(() => DiscrepancyKindEnum, { description: 'What kind of difference: classified from the clear values' }) kind!: string;
  @Field(() => MaskedSideType) first!: MaskedSideType;
  @Field(() => MaskedSideType) second!: MaskedSideType;
  @Field(() => Int, { nullable: true, description: 'Characters changed; null when it would tell a length the mask hides' }) editDistance!: number | null;
}

@ObjectType({ description: 'A side-by-side row of the review screen' })
export class FormFieldRow {
  @Field(() => FieldDefinition) field!: FieldDefinition;
  @Field(() => String, { nullable: true }) value1!: string | null;
  @Field(() => String, { nullable: true }) value2!: string | null;
  @Field(() => String, { nullable: true, description: 'Verified value, once the form is verified' }) finalValue!: string | null;
  @Field(() => ID, { nullable: true }) discrepancyId!: number | null;
  @Field(() => MaskedDifferenceType, { nullable: true, description: 'Where and how the two keyings differ, for a caller who sees this field masked; null when shown in clear' })
  maskedDifference!: MaskedDifferenceType | null;
}

@ObjectType('Discrepancy')
export class DiscrepancyType {
  @Field(() => ID) id!: number;
  @Field() fieldKey!: string;
  @Field(() => DiscrepancyKindEnum) kind!: string;
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
  @Field(() => GraphQLDateTimeISO, { description: 'When it was verified, or last changed (settled again, corrected by a spot check)' }) verifiedAt!: Date;
  @Field(() => Int, { description: '1 when verified; +1 each time it changed afterwards (settled again after a household check brought its form back to review, corrected by a spot check). A system keeping a copy replaces its copy with a higher version' }) version!: number;
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
