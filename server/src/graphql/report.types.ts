import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsIn, MaxLength } from 'class-validator';
import { GraphQLDateTimeISO, GraphQLSafeInt } from 'graphql-scalars';
import { AREA_LEVELS, DEFAULT_SORT, REPORT_NAMES } from '../services/reports.service.js';
import { ListArgs, Paginated } from './lists.js';
import { asEnum, BatchStatusEnum, DiscrepancyKindEnum } from './enums.js';

export const AreaLevelEnum = asEnum(AREA_LEVELS);
registerEnumType(AreaLevelEnum, { name: 'AreaLevel', description: 'What an area report row covers: one batch, a district, a province, or everything' });
export const ReportNameEnum = asEnum(REPORT_NAMES);
registerEnumType(ReportNameEnum, { name: 'ReportName', description: 'A report that can be downloaded as CSV' });

function sortEnum<T extends string>(name: string, values: readonly T[]) {
  const e = asEnum(values);
  registerEnumType(e, { name, description: 'Report columns to sort by (rows without a value come last)' });
  return e;
}

const KeyerSort = sortEnum('KeyerReportSortField', ['keyerCode', 'day', 'forms', 'fieldsKeyed', 'fieldErrors', 'errorRate', 'errorRateHigh', 'errorsPerThousandKeystrokes', 'medianSecondsPerForm', 'zScore'] as const);
const FieldSort = sortEnum('FieldReportSortField', ['fieldKey', 'day', 'keyed', 'errors', 'errorRate', 'errorRateHigh', 'discrepancies', 'discrepancyRate'] as const);
const AreaSort = sortEnum('AreaReportSortField', ['batchCode', 'district', 'provinceCode', 'day', 'forms', 'progress', 'discrepancyRate', 'errorRate', 'agreementRate', 'openTasks', 'oldestOpenTaskAgeSeconds'] as const);
const ReviewerSort = sortEnum('ReviewerReportSortField', ['reviewerId', 'day', 'tasksResolved', 'escalated', 'rejected', 'medianSecondsToResolve', 'p90SecondsToResolve', 'agreedFirstRate', 'agreedSecondRate', 'agreedNeitherRate'] as const);
const PairSort = sortEnum('KeyerPairSortField', ['keyerA', 'day', 'forms', 'agreementRate'] as const);
const ControlSort = sortEnum('OutOfControlSortField', ['keyerCode', 'fieldsKeyed', 'errorRate', 'zScore'] as const);

@InputType({ description: 'Which activity a report covers; every part is optional. Days are calendar days in Vietnam (UTC+7).' })
export class ReportFilter {
  @Field(() => String, { nullable: true, description: 'First day included, YYYY-MM-DD' }) @MaxLength(10) from?: string | null;
  @Field(() => String, { nullable: true, description: 'Last day included, YYYY-MM-DD' }) @MaxLength(10) to?: string | null;
  @Field(() => ID, { nullable: true }) batchId?: string | null;
  @Field(() => String, { nullable: true, description: 'Three-digit province code' }) @MaxLength(3) provinceCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Template code, e.g. dc01 (all its versions)' }) @MaxLength(50) templateCode?: string | null;
}

// ---- Rows -------------------------------------------------------------------------------------

@ObjectType({ description: 'Errors of one kind (how the wrong value differed from the final one)' })
export class ErrorKindCount {
  @Field(() => DiscrepancyKindEnum) kind!: string;
  @Field(() => GraphQLSafeInt) errors!: number;
}

@ObjectType({ description: "One keyer's work and errors (per day with byDay), with its p-chart verdict" })
export class KeyerReportRow {
  @Field() keyerCode!: string;
  @Field(() => String, { nullable: true, description: 'With byDay: the day (YYYY-MM-DD)' }) day!: string | null;
  @Field(() => GraphQLSafeInt, { description: 'Forms keyed (pass 1 or 2)' }) forms!: number;
  @Field(() => GraphQLSafeInt, { description: 'Keyings of any pass, third keyings of disputed fields included' }) keyings!: number;
  @Field(() => GraphQLSafeInt) fieldsKeyed!: number;
  @Field(() => GraphQLSafeInt, { description: 'Characters keyed' }) keystrokes!: number;
  @Field(() => GraphQLSafeInt, { description: 'Fields whose value was not the final one (charged by a resolution or a spot check)' }) fieldErrors!: number;
  @Field(() => Float, { nullable: true, description: 'fieldErrors / fieldsKeyed' }) errorRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'Lower end of the 95% Wilson interval of errorRate' }) errorRateLow!: number | null;
  @Field(() => Float, { nullable: true, description: 'Upper end of the 95% Wilson interval of errorRate' }) errorRateHigh!: number | null;
  @Field(() => Float, { nullable: true }) errorsPerThousandKeystrokes!: number | null;
  @Field(() => Float, { nullable: true, description: 'Median of submittedAt − startedAt of forms keyed, estimated from a histogram (interpolated within its bucket)' })
  medianSecondsPerForm!: number | null;
  @Field(() => [ErrorKindCount], { description: 'The kinds of the errors, most common kinds only present when counted' }) errorKinds!: ErrorKindCount[];
  @Field(() => Float, { nullable: true, description: 'p-chart centre line: the error rate of every keyer in the report (of that day with byDay)' }) populationRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'p-chart upper control limit for this volume: p̄ + 3·sqrt(p̄(1−p̄)/fieldsKeyed)' }) upperControlLimit!: number | null;
  @Field({ description: 'errorRate is above the upper control limit' }) outOfControl!: boolean;
  @Field(() => Float, { nullable: true, description: '(errorRate − p̄) / sqrt(p̄(1−p̄)/fieldsKeyed)' }) zScore!: number | null;
  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description: 'Fields in review tasks still waiting on forms this keyer keyed: errors not charged yet, so errorRate may rise (now, whatever the period; null per day)',
  })
  pendingFields!: number | null;
}

@ObjectType({ description: 'One field of the form: how often it is keyed wrong, and how often the two keyings disagree on it' })
export class FieldReportRow {
  @Field() fieldKey!: string;
  @Field(() => String, { nullable: true }) day!: string | null;
  @Field(() => GraphQLSafeInt, { description: 'Times the field was keyed (any pass)' }) keyed!: number;
  @Field(() => GraphQLSafeInt, { description: 'Keyings of the field charged with an error' }) errors!: number;
  @Field(() => Float, { nullable: true }) errorRate!: number | null;
  @Field(() => Float, { nullable: true }) errorRateLow!: number | null;
  @Field(() => Float, { nullable: true }) errorRateHigh!: number | null;
  @Field(() => GraphQLSafeInt, { description: 'Forms whose two keyings were compared' }) compared!: number;
  @Field(() => GraphQLSafeInt, { description: 'Discrepancies raised on the field by the comparison (rule checks included)' }) discrepancies!: number;
  @Field(() => Float, { nullable: true, description: 'discrepancies / compared' }) discrepancyRate!: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Its discrepancies in review tasks still waiting: errors not charged yet, so errorRate may rise (now, whatever the period; null per day)' })
  pendingFields!: number | null;
}

@ObjectType({ description: 'Progress and quality of a batch, district, province or everything (per day with byDay)' })
export class AreaReportRow {
  @Field(() => AreaLevelEnum) level!: string;
  @Field(() => String, { nullable: true }) day!: string | null;
  @Field(() => ID, { nullable: true }) batchId!: number | null;
  @Field(() => String, { nullable: true }) batchCode!: string | null;
  @Field(() => BatchStatusEnum, { nullable: true, description: 'Now, whatever the period' }) batchStatus!: string | null;
  @Field(() => String, { nullable: true }) district!: string | null;
  @Field(() => String, { nullable: true }) provinceCode!: string | null;
  @Field(() => GraphQLSafeInt, { description: 'Forms that received their first keying' }) forms!: number;
  @Field(() => GraphQLSafeInt, { description: 'Forms whose two keyings were compared' }) compared!: number;
  @Field(() => GraphQLSafeInt, { description: 'Compared forms verified automatically (the keyings agreed)' }) autoVerified!: number;
  @Field(() => GraphQLSafeInt, { description: 'Compared forms sent to review' }) toReview!: number;
  @Field(() => GraphQLSafeInt, { description: 'Review tasks settled (by a reviewer or a third keying)' }) reviewVerified!: number;
  @Field(() => GraphQLSafeInt) spotChecked!: number;
  @Field(() => GraphQLSafeInt, { description: 'Spot checks that corrected at least one field' }) spotCorrected!: number;
  @Field(() => GraphQLSafeInt, { description: 'Forms rejected as unreadable (less those rescanned)' }) rejected!: number;
  @Field(() => GraphQLSafeInt, { description: 'Forms done for handover: verified automatically or after review, or rejected' }) done!: number;
  @Field(() => Float, { nullable: true, description: 'done / forms: progress toward handover' }) progress!: number | null;
  @Field(() => Float, { nullable: true, description: 'toReview / compared: share of forms whose keyings disagreed' }) discrepancyRate!: number | null;
  @Field(() => GraphQLSafeInt) fieldsCompared!: number;
  @Field(() => Float, { nullable: true, description: 'Discrepancies per field compared' }) fieldDiscrepancyRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of compared fields on which the two keyings agreed' }) agreementRate!: number | null;
  @Field(() => GraphQLSafeInt) fieldsKeyed!: number;
  @Field(() => GraphQLSafeInt) errors!: number;
  @Field(() => Float, { nullable: true, description: 'errors / fieldsKeyed' }) errorRate!: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Tasks waiting now (open, claimed, escalated, awaiting a re-key); not per day' }) openTasks!: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Fields in the waiting tasks: errors not charged yet, so errorRate may rise; not per day' }) pendingFields!: number | null;
  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'Creation time of the oldest waiting task' }) oldestOpenTaskAt!: Date | null;
  @Field(() => GraphQLSafeInt, { nullable: true }) oldestOpenTaskAgeSeconds!: number | null;
}

@ObjectType({ description: "A reviewer's resolutions, by user id (and name for staff)" })
export class ReviewerReportRow {
  @Field(() => ID) reviewerId!: number;
  @Field(() => String, { nullable: true, description: "The reviewer's display name for staff (admins, managers); null for API keys, which get the id only" })
  reviewerName!: string | null;
  @Field(() => String, { nullable: true }) day!: string | null;
  @Field(() => GraphQLSafeInt, { description: 'Review tasks and spot checks resolved' }) tasksResolved!: number;
  @Field(() => GraphQLSafeInt) reviewTasks!: number;
  @Field(() => GraphQLSafeInt) spotChecks!: number;
  @Field(() => GraphQLSafeInt, { description: 'Spot checks that corrected the record' }) spotCorrections!: number;
  @Field(() => GraphQLSafeInt, { description: 'Forms rejected as unreadable' }) rejected!: number;
  @Field(() => GraphQLSafeInt, { description: 'Tasks this reviewer handed to a senior' }) escalated!: number;
  @Field(() => GraphQLSafeInt, { description: 'Discrepancies settled in review tasks' }) fieldsResolved!: number;
  @Field(() => GraphQLSafeInt, { description: 'Settled with the first keying (the second was wrong)' }) agreedFirst!: number;
  @Field(() => GraphQLSafeInt, { description: 'Settled with the second keying (the first was wrong)' }) agreedSecond!: number;
  @Field(() => GraphQLSafeInt, { description: 'Settled with a value both keyings were equivalent to' }) agreedBoth!: number;
  @Field(() => GraphQLSafeInt, { description: 'Settled with a value neither keying had' }) agreedNeither!: number;
  @Field(() => Float, { nullable: true, description: 'Share of fields settled with the first keying (equivalent ones included)' }) agreedFirstRate!: number | null;
  @Field(() => Float, { nullable: true }) agreedSecondRate!: number | null;
  @Field(() => Float, { nullable: true }) agreedNeitherRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'From claim to resolution, estimated from a histogram' }) medianSecondsToResolve!: number | null;
  @Field(() => Float, { nullable: true }) p90SecondsToResolve!: number | null;
}

@ObjectType({ description: 'How often two keyings agreed, field by field' })
export class AgreementTotals {
  @Field(() => GraphQLSafeInt, { description: 'Forms compared' }) forms!: number;
  @Field(() => GraphQLSafeInt) fieldsCompared!: number;
  @Field(() => GraphQLSafeInt, { description: 'Compared fields with no disagreement (a failed rule check is not one)' }) fieldsAgreed!: number;
  @Field(() => Float, { nullable: true }) agreementRate!: number | null;
}

@ObjectType({ description: 'Agreement between two keyers on the forms they both keyed (keyerA < keyerB)' })
export class KeyerPairRow extends AgreementTotals {
  @Field() keyerA!: string;
  @Field() keyerB!: string;
  @Field(() => String, { nullable: true }) day!: string | null;
}

// ---- Pages ------------------------------------------------------------------------------------

@ObjectType() export class KeyerReportPage extends Paginated(KeyerReportRow) {}
@ObjectType() export class FieldReportPage extends Paginated(FieldReportRow) {}
@ObjectType() export class AreaReportPage extends Paginated(AreaReportRow) {}
@ObjectType() export class ReviewerReportPage extends Paginated(ReviewerReportRow) {}

@ObjectType()
export class KeyerPairPage extends Paginated(KeyerPairRow) {
  @Field(() => AgreementTotals, { description: 'Every compared form in the filter, whoever keyed it' }) overall!: AgreementTotals;
}

@ObjectType()
export class OutOfControlPage extends Paginated(KeyerReportRow) {
  @Field(() => Float, { nullable: true, description: 'p̄: fields in error / fields keyed, over every keyer in the filter' }) populationRate!: number | null;
  @Field(() => Int, { description: 'Keyers compared against the limits' }) keyersChecked!: number;
}

// ---- Arguments --------------------------------------------------------------------------------

@ArgsType()
export class KeyerReportArgs extends ListArgs(KeyerSort, ReportFilter, DEFAULT_SORT.KEYERS) {
  @Field({ defaultValue: false, description: 'One row per keyer and day' }) byDay!: boolean;
}

@ArgsType()
export class FieldReportArgs extends ListArgs(FieldSort, ReportFilter, DEFAULT_SORT.FIELDS) {
  @Field({ defaultValue: false, description: 'One row per field and day' }) byDay!: boolean;
}

@ArgsType()
export class AreaReportArgs extends ListArgs(AreaSort, ReportFilter, DEFAULT_SORT.AREAS) {
  @Field(() => AreaLevelEnum, { defaultValue: 'BATCH' }) @IsIn(AREA_LEVELS) level!: (typeof AREA_LEVELS)[number];
  @Field({ defaultValue: false, description: 'One row per area and day (then without the backlog, which is not per day)' }) byDay!: boolean;
}

@ArgsType()
export class ReviewerReportArgs extends ListArgs(ReviewerSort, ReportFilter, DEFAULT_SORT.REVIEWERS) {
  @Field({ defaultValue: false }) byDay!: boolean;
}

@ArgsType()
export class KeyerPairArgs extends ListArgs(PairSort, ReportFilter, DEFAULT_SORT.PAIRS) {
  @Field({ defaultValue: false }) byDay!: boolean;
}

@ArgsType()
export class OutOfControlArgs extends ListArgs(ControlSort, ReportFilter, DEFAULT_SORT.OUT_OF_CONTROL) {}

@ArgsType()
export class ReportCsvArgs {
  @Field(() => ReportNameEnum) @IsIn(REPORT_NAMES) report!: (typeof REPORT_NAMES)[number];
  @Field(() => ReportFilter, { nullable: true }) filter?: ReportFilter | null;
  @Field(() => AreaLevelEnum, { defaultValue: 'BATCH', description: 'For AREAS' }) @IsIn(AREA_LEVELS) level!: (typeof AREA_LEVELS)[number];
  @Field({ defaultValue: false }) byDay!: boolean;
}
