import { ArgsType, ClassType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsIn, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { ApiKeyType } from './api-key.types.js';
import { by, type FilterSpec } from '../services/query.service.js';
import { BatchStatusEnum, DiscrepancyKindEnum, FormStatusEnum, OutcomeEnum, RoleEnum, TaskStatusEnum } from './enums.js';
import { BatchType, CorrectionTaskType, DiscrepancyType, FormType, KeyingType, TeamType, UserType, VerifiedRecordType, AuditEventType } from './types.js';

/**
 * One list grammar for every resource (the dashboard and other systems share it):
 * `page`, `perPage` (1..200), `sortField` (an enum of indexed columns), `sortOrder`, `filter`.
 * Results are `{ items, total, page, perPage }`. Each filter class has its `FilterSpec` beside it:
 * how each of its fields narrows the list (services/query.service.ts whereOf). Entity lists also
 * take `first`/`after` (a keyset page after an opaque cursor: what other systems use to read a
 * whole list) and say `hasNextPage` and `endCursor`; their `total` is counted only when selected.
 */
export enum SortOrder {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortOrder, { name: 'SortOrder' });

export const MAX_PER_PAGE = 200;
/** Rows of one cursor page (`first`): larger pages for systems reading a whole list. */
export const MAX_FIRST = 1000;

function sortEnum<T extends string>(name: string, values: readonly T[], described: Partial<Record<T, string>> = {}) {
  const e = Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
  const valuesConfig = Object.fromEntries(Object.entries(described).map(([k, description]) => [k, { description }]));
  registerEnumType(e, { name, description: 'Sortable (indexed) columns', valuesConfig: valuesConfig as never });
  return e;
}

export const BatchSort = sortEnum('BatchSortField', ['id', 'code', 'provinceCode', 'status', 'createdAt'] as const);
export const FormSort = sortEnum('FormSortField', ['id', 'status', 'updatedAt'] as const);
export const KeyingSort = sortEnum('KeyingSortField', ['id', 'submittedAt', 'keyerCode'] as const);
export const DiscrepancySort = sortEnum('DiscrepancySortField', ['id', 'fieldKey', 'kind'] as const);
export const TaskSort = sortEnum('CorrectionTaskSortField', ['id', 'status', 'createdAt', 'resolvedAt'] as const);
export const RecordSort = sortEnum('VerifiedRecordSortField', ['id', 'verifiedAt', 'sync'] as const, {
  sync: 'The sync order: each record once, where it was last verified or changed. With first/after and sortOrder ASC, a cursor kept from an earlier run brings every record verified or changed since (a changed one again, with a higher version)',
});
export const UserSort = sortEnum('UserSortField', ['id', 'username'] as const);
export const AuditSort = sortEnum('AuditEventSortField', ['id', 'at'] as const);

export function ListArgs<S extends object, F extends object>(sort: S, filter: ClassType<F>, defaultSort: string) {
  @ArgsType()
  abstract class Args {
    @Field(() => Int, { defaultValue: 1, description: 'Page number, from 1' })
    @Min(1)
    @Max(1_000_000)
    page!: number;

    @Field(() => Int, { defaultValue: 25, description: `Rows per page, 1 to ${MAX_PER_PAGE}` })
    @Min(1)
    @Max(MAX_PER_PAGE)
    perPage!: number;

    @Field(() => sort, { defaultValue: defaultSort })
    @IsIn(Object.values(sort))
    sortField!: string;

    @Field(() => SortOrder, { defaultValue: SortOrder.DESC })
    sortOrder!: SortOrder;

    @Field(() => filter, { nullable: true })
    @IsOptional()
    // Without it class-validator skips the filter's own bounds (MaxLength, ArrayMaxSize).
    @ValidateNested()
    filter?: F | null;
  }
  return Args;
}

/** ListArgs of an entity list: the page grammar, plus cursor pages (services/query.service.ts list). */
export function EntityListArgs<S extends object, F extends object>(sort: S, filter: ClassType<F>, defaultSort: string) {
  @ArgsType()
  abstract class Args extends ListArgs(sort, filter, defaultSort) {
    @Field(() => Int, {
      nullable: true,
      description: `Cursor paging: up to this many rows (1 to ${MAX_FIRST}) after \`after\`, in the order of sortField/sortOrder, instead of page/perPage. The cost of a page does not depend on how far it is`,
    })
    @IsOptional()
    @Min(1)
    @Max(MAX_FIRST)
    first?: number | null;

    @Field(() => String, { nullable: true, description: 'Cursor paging: the endCursor of the previous page (none: from the start). Opaque; valid for the same list, sortField and sortOrder' })
    @IsOptional()
    @MaxLength(400)
    after?: string | null;
  }
  return Args;
}

export function Paginated<T extends object>(item: ClassType<T>) {
  @ObjectType()
  abstract class Page {
    @Field(() => [item]) items!: T[];
    @Field(() => Int, { description: 'Rows matching the filter' }) total!: number;
    @Field(() => Int) page!: number;
    @Field(() => Int) perPage!: number;
  }
  return Page;
}

/** A page of an entity list: `total` is counted only when selected (services/query.service.ts ListPage). */
export function EntityPage<T extends object>(item: ClassType<T>) {
  @ObjectType()
  abstract class Page {
    @Field(() => [item]) items!: T[];
    @Field(() => Int, { description: 'Rows matching the filter: counted only when asked for; an estimate when totalIsEstimate' }) total!: number;
    @Field({ description: 'Whether total is the database planner\'s estimate rather than a count: on PostgreSQL, for lists of more than 10,000 matching rows, where counting would read them all on every page (filtered lists are counted exactly up to 10,000, never estimated below 10,001)' }) totalIsEstimate!: boolean;
    @Field(() => Int, { nullable: true, description: 'The page number; null for a cursor page (first/after)' }) page!: number | null;
    @Field(() => Int, { description: 'Rows asked for (perPage, or first)' }) perPage!: number;
    @Field({ description: 'Whether rows follow this page' }) hasNextPage!: boolean;
    @Field(() => String, { nullable: true, description: 'Cursor after the last row of this page: pass it as after for the next one. On an empty cursor page, the after that was given (keep it and ask again later); null when nothing was read yet' }) endCursor!: string | null;
  }
  return Page;
}

@InputType()
export class BatchFilter {
  @Field(() => [ID], { nullable: true }) @ArrayMaxSize(MAX_PER_PAGE) ids?: string[];
  @Field({ nullable: true }) @MaxLength(50) code?: string;
  @Field({ nullable: true }) @MaxLength(3) provinceCode?: string;
  @Field(() => BatchStatusEnum, { nullable: true }) status?: string;
}
export const BATCH_FILTER: FilterSpec<BatchFilter> = { ids: by.ids(), code: by.eq(), provinceCode: by.eq(), status: by.eq() };
@ArgsType() export class BatchListArgs extends EntityListArgs(BatchSort, BatchFilter, 'id') {}
@ObjectType() export class BatchList extends EntityPage(BatchType) {}

@InputType()
export class FormFilter {
  @Field(() => [ID], { nullable: true }) @ArrayMaxSize(MAX_PER_PAGE) ids?: string[];
  @Field(() => ID, { nullable: true }) batchId?: string;
  @Field({ nullable: true }) @MaxLength(50) formNumber?: string;
  @Field(() => FormStatusEnum, { nullable: true }) status?: string;
  @Field({ nullable: true, description: 'Exact citizen ID as keyed in either pass (blind index lookup). Admins only (FORBIDDEN otherwise: it would confirm a guessed ID); audited as forms.search' }) @MaxLength(20) citizenId?: string;
}
export const FORM_FILTER: FilterSpec<FormFilter> = { ids: by.ids(), batchId: by.id('batch'), formNumber: by.eq(), status: by.eq(), citizenId: by.custom };
@ArgsType() export class FormListArgs extends EntityListArgs(FormSort, FormFilter, 'id') {}
@ObjectType() export class FormList extends EntityPage(FormType) {}

@InputType()
export class KeyingFilter {
  @Field(() => [ID], { nullable: true }) @ArrayMaxSize(MAX_PER_PAGE) ids?: string[];
  @Field(() => ID, { nullable: true }) formId?: string;
  @Field({ nullable: true }) @MaxLength(50) keyerCode?: string;
  @Field(() => Int, { nullable: true }) pass?: number;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) submittedFrom?: Date;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) submittedTo?: Date;
}
export const KEYING_FILTER: FilterSpec<KeyingFilter> = {
  ids: by.ids(),
  formId: by.id('form'),
  keyerCode: by.eq(),
  pass: by.eq(),
  submittedFrom: by.from('submittedAt'),
  submittedTo: by.to('submittedAt'),
};
@ArgsType() export class KeyingListArgs extends EntityListArgs(KeyingSort, KeyingFilter, 'id') {}
@ObjectType() export class KeyingList extends EntityPage(KeyingType) {}

@InputType()
export class DiscrepancyFilter {
  @Field(() => [ID], { nullable: true }) @ArrayMaxSize(MAX_PER_PAGE) ids?: string[];
  @Field(() => ID, { nullable: true }) formId?: string;
  @Field(() => ID, { nullable: true }) taskId?: string;
  @Field(() => ID, { nullable: true }) batchId?: string;
  @Field({ nullable: true }) @MaxLength(50) fieldKey?: string;
  @Field(() => DiscrepancyKindEnum, { nullable: true }) kind?: string;
  @Field(() => OutcomeEnum, { nullable: true }) outcome?: string;
  @Field({ nullable: true, description: 'true: only resolved; false: only open' }) resolved?: boolean;
}
export const DISCREPANCY_FILTER: FilterSpec<DiscrepancyFilter> = {
  ids: by.ids(),
  formId: by.id('form'),
  taskId: by.id('task'),
  batchId: by.id('batch'),
  fieldKey: by.eq(),
  kind: by.eq(),
  outcome: by.eq(),
  resolved: by.isSet('resolvedAt'),
};
@ArgsType() export class DiscrepancyListArgs extends EntityListArgs(DiscrepancySort, DiscrepancyFilter, 'id') {}
@ObjectType() export class DiscrepancyList extends EntityPage(DiscrepancyType) {}

@InputType()
export class CorrectionTaskFilter {
  @Field(() => [ID], { nullable: true }) @ArrayMaxSize(MAX_PER_PAGE) ids?: string[];
  @Field(() => ID, { nullable: true }) batchId?: string;
  @Field(() => TaskStatusEnum, { nullable: true }) status?: string;
  @Field(() => ID, { nullable: true }) claimedById?: string;
  @Field(() => ID, { nullable: true, description: "The reviewer who resolved it (a reviewer's recent resolutions)" }) resolvedById?: string;
}
export const TASK_FILTER: FilterSpec<CorrectionTaskFilter> = { ids: by.ids(), batchId: by.id('batch'), status: by.eq(), claimedById: by.id('claimedBy'), resolvedById: by.id('resolvedBy') };
@ArgsType() export class CorrectionTaskListArgs extends EntityListArgs(TaskSort, CorrectionTaskFilter, 'id') {}
@ObjectType() export class CorrectionTaskList extends EntityPage(CorrectionTaskType) {}

@InputType()
export class VerifiedRecordFilter {
  @Field(() => [ID], { nullable: true }) @ArrayMaxSize(MAX_PER_PAGE) ids?: string[];
  @Field(() => ID, { nullable: true }) batchId?: string;
  @Field(() => ID, { nullable: true }) formId?: string;
  @Field({ nullable: true, description: 'Exact citizen ID (looked up through a keyed blind index, never in clear). Only for those who see citizen IDs in clear: admins and records:read-personal keys (FORBIDDEN otherwise); audited as records.search' }) @MaxLength(20) citizenId?: string;
  @Field({ nullable: true }) automatic?: boolean;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) verifiedFrom?: Date;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) verifiedTo?: Date;
}
export const RECORD_FILTER: FilterSpec<VerifiedRecordFilter> = {
  ids: by.ids(),
  batchId: by.id('batch'),
  formId: by.id('form'),
  citizenId: by.custom,
  automatic: by.eq(),
  verifiedFrom: by.from('verifiedAt'),
  verifiedTo: by.to('verifiedAt'),
};
@ArgsType() export class VerifiedRecordListArgs extends EntityListArgs(RecordSort, VerifiedRecordFilter, 'id') {}
@ObjectType() export class VerifiedRecordList extends EntityPage(VerifiedRecordType) {}

@InputType()
export class UserFilter {
  @Field(() => [ID], { nullable: true }) @ArrayMaxSize(MAX_PER_PAGE) ids?: string[];
  @Field(() => RoleEnum, { nullable: true }) role?: string;
  @Field({ nullable: true }) active?: boolean;
  @Field(() => ID, { nullable: true, description: "The accounts of one team" }) teamId?: string;
}
export const USER_FILTER: FilterSpec<UserFilter> = { ids: by.ids(), role: by.eq(), active: by.eq(), teamId: by.id('team') };
@ArgsType() export class UserListArgs extends EntityListArgs(UserSort, UserFilter, 'id') {}
@ObjectType() export class UserList extends EntityPage(UserType) {}

@InputType()
export class AuditEventFilter {
  @Field({ nullable: true }) @MaxLength(30) entityType?: string;
  @Field(() => ID, { nullable: true }) entityId?: string;
  @Field({ nullable: true }) @MaxLength(50) action?: string;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) from?: Date;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) to?: Date;
}
export const AUDIT_FILTER: FilterSpec<AuditEventFilter> = { entityType: by.eq(), entityId: by.id(), action: by.eq(), from: by.from('at'), to: by.to('at') };
@ArgsType() export class AuditEventListArgs extends EntityListArgs(AuditSort, AuditEventFilter, 'id') {}
@ObjectType() export class AuditEventList extends EntityPage(AuditEventType) {}

export const ApiKeySort = sortEnum('ApiKeySortField', ['id', 'createdAt'] as const);
@InputType()
export class ApiKeyFilter {
  @Field(() => [ID], { nullable: true }) @ArrayMaxSize(MAX_PER_PAGE) ids?: string[];
  @Field({ nullable: true, description: 'true: only revoked keys; false: only usable ones' }) revoked?: boolean;
}
export const API_KEY_FILTER: FilterSpec<ApiKeyFilter> = { ids: by.ids(), revoked: by.isSet('revokedAt') };
@ArgsType() export class ApiKeyListArgs extends EntityListArgs(ApiKeySort, ApiKeyFilter, 'id') {}
@ObjectType() export class ApiKeyList extends EntityPage(ApiKeyType) {}

export const TeamSort = sortEnum('TeamSortField', ['id', 'code'] as const);
@InputType()
export class TeamFilter {
  @Field(() => [ID], { nullable: true }) @ArrayMaxSize(MAX_PER_PAGE) ids?: string[];
  @Field({ nullable: true }) @MaxLength(3) provinceCode?: string;
}
export const TEAM_FILTER: FilterSpec<TeamFilter> = { ids: by.ids(), provinceCode: by.eq() };
@ArgsType() export class TeamListArgs extends EntityListArgs(TeamSort, TeamFilter, 'id') {}
@ObjectType() export class TeamList extends EntityPage(TeamType) {}
