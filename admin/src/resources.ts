import type { RaRecord } from 'react-admin';
import { graphql } from './gql';
import type {
  ApiKeyFilter,
  ApiKeySortField,
  AuditEventFilter,
  AuditEventSortField,
  BatchFilter,
  BatchSortField,
  CorrectionTaskFilter,
  CorrectionTaskSortField,
  DiscrepancyFilter,
  DiscrepancySortField,
  FormFilter,
  FormSortField,
  KeyingFilter,
  KeyingSortField,
  TeamFilter,
  TeamSortField,
  TypedDocumentString,
  UserFilter,
  UserSortField,
  VerifiedRecordFilter,
  VerifiedRecordSortField,
} from './gql/graphql';

/**
 * The documents of the data provider, one set per resource, written out in full (no string
 * building) so that `npm run codegen` checks each against the schema. Each list query takes
 * `$detail`: getOne and exports ask for the detail fragment too, the list screens do not.
 */

export type FilterKind = 'id' | 'string' | 'int' | 'boolean' | 'enum' | 'dateFrom' | 'dateTo';

type Page = { rows: { total: number; totalIsEstimate?: boolean; items: RaRecord[] } };
type Row = { row: RaRecord };
// Variables are built generically by the data provider; the documents themselves are checked.
type Doc<R> = TypedDocumentString<R, any>;

export interface ResourceDef {
  /** `rows: <list>(page, perPage, sortField, sortOrder, filter) { total items }` */
  list: Doc<Page>;
  /** Whether the list query takes `$detail` (the resource has a detail fragment). */
  detail?: boolean;
  /** `row: <one>(id)` with the detail; without it, getOne reads the list filtered by id. */
  one?: Doc<Row>;
  sortFields: readonly string[];
  filters: Record<string, FilterKind>;
  /**
   * `row: <create>(input)`. With `payload`, the answer is a payload: the row sits under `row`,
   * next to `once`, a field the API returns only in this answer (an API key's secret).
   */
  create?: { document: Doc<{ row: Record<string, any> }>; payload?: { row: string; once: string }; toInput?: (data: Record<string, any>) => Record<string, unknown> };
  /** `row: <update>(id, input)` with only the fields that changed (the API keeps those left out). */
  update?: { document: Doc<Row>; toInput: (data: Record<string, any>, previous: Record<string, any>) => Record<string, unknown> };
  /** Derived fields the forms edit (e.g. a user's teamId next to team { … }). */
  map?: (row: RaRecord) => RaRecord;
}

export const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The keys of `data` among `keys` whose value differs from `previous`; '' counts as null. */
function changed(data: Record<string, any>, previous: Record<string, any>, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    if (!(k in data)) continue;
    const v = typeof data[k] === 'string' ? data[k].trim() || null : data[k];
    if (!same(v, previous[k])) out[k] = v;
  }
  return out;
}

/**
 * A team covers a province or a set of batches, never both: the form's `scope` says which, and
 * the other one is cleared (null) when it switches.
 */
function teamInput(data: Record<string, any>, previous: Record<string, any> = {}): Record<string, unknown> {
  const byBatches = data.scope === 'batches';
  const next = {
    code: data.code,
    name: data.name,
    provinceCode: byBatches ? null : (data.provinceCode ?? null),
    batchIds: byBatches ? (data.batchIds ?? []).map(String) : null,
  };
  return changed(next, { ...previous, batchIds: previous.batchIds?.length ? previous.batchIds.map(String) : previous.id ? null : undefined }, ['code', 'name', 'provinceCode', 'batchIds']);
}

/** The filters a screen may send, checked against the schema's `<Type>Filter` input. */
type Filters<F> = Partial<Record<keyof F, FilterKind>>;

graphql(`fragment UserRef on User { id displayName }`);

graphql(`fragment BatchRow on Batch {
  id code provinceCode district commune status createdAt handedOverAt spotCheckEvery spotCheckPercent spotCheckSeed spotCheckMode
  progress { forms awaitingKeyings onePassKeyed inReview autoVerified verified }
}`);
graphql(`fragment BatchDetail on Batch { template { id code name version } }`);

graphql(`fragment FormRow on Form {
  id formNumber status imageRef createdAt updatedAt verifiedAt batch { id code } task { id status discrepancyCount }
}`);
graphql(`fragment FormDetail on Form {
  fields { field { key labelVi labelEn type } value1 value2 finalValue discrepancyId maskedDifference { kind editDistance first { cells { text change } changedAt } second { cells { text change } changedAt } } } verifiedRecord { id } task { kind note escalated }
}`);

graphql(`fragment KeyingRow on Keying {
  id pass keyerCode stationCode keystrokes fieldsKeyed errorCount startedAt submittedAt createdAt form { id formNumber batch { id code } }
}`);
graphql(`fragment KeyingDetail on Keying { values { key value illegible } }`);

graphql(`fragment DiscrepancyRow on Discrepancy {
  id fieldKey kind value1 value2 value3 note finalValue editDistance outcome createdAt resolvedAt relatedValue
  maskedDifference { kind editDistance first { cells { text change } changedAt } second { cells { text change } changedAt } }
  field { key labelVi labelEn type } form { id formNumber batch { id code } } task { id status } relatedForm { id formNumber batch { id code } }
}`);

graphql(`fragment TaskRow on CorrectionTask {
  id kind status escalated note discrepancyCount createdAt claimedAt leaseUntil resolvedAt
  claimedBy { ...UserRef } resolvedBy { ...UserRef } form { id formNumber status } batch { id code }
}`);
graphql(`fragment TaskDetail on CorrectionTask {
  discrepancies { id fieldKey kind value1 value2 value3 note finalValue outcome field { key labelVi labelEn type } relatedForm { id formNumber batch { id code } } relatedValue maskedDifference { kind editDistance first { cells { text change } changedAt } second { cells { text change } changedAt } } }
  comments { id text createdAt author { id displayName } }
}`);

graphql(`fragment RecordRow on VerifiedRecord {
  id automatic verifiedAt reviewerRef verifiedBy { ...UserRef } form { id formNumber } batch { id code }
}`);
graphql(`fragment RecordDetail on VerifiedRecord {
  values { key value illegible source } batch { template { fields { key labelVi labelEn } } }
}`);

graphql(`fragment AuditRow on AuditEvent { id at actor action entityType entityId data }`);

graphql(`fragment UserRow on User { id username displayName role keyerCode active createdAt mustChangePassword oneTimePasswordExpiresAt hasPassword team { id code name } }`);

graphql(`fragment TeamRow on Team { id code name provinceCode batchIds createdAt }`);

graphql(`fragment ApiKeyRow on ApiKey { id name prefix scopes role createdAt lastUsedAt revokedAt }`);
graphql(`fragment ApiKeyDetail on ApiKey { createdBy { ...UserRef } }`);

/** One definition per resource, following the server's single list grammar. */
export const RESOURCES: Record<string, ResourceDef> = {
  batches: {
    list: graphql(`query BatchList($page: Int!, $perPage: Int!, $sortField: BatchSortField!, $sortOrder: SortOrder!, $filter: BatchFilter, $detail: Boolean!) {
  rows: batches(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...BatchRow ...BatchDetail @include(if: $detail) } }
}`),
    detail: true,
    one: graphql(`query BatchOne($id: ID!) { row: batch(id: $id) { ...BatchRow ...BatchDetail } }`),
    sortFields: ['id', 'code', 'createdAt', 'provinceCode', 'status'] satisfies BatchSortField[],
    filters: { code: 'string', provinceCode: 'string', status: 'enum' } satisfies Filters<BatchFilter>,
    create: { document: graphql(`mutation BatchCreate($input: CreateBatchInput!) { row: createBatch(input: $input) { ...BatchRow } }`) },
  },
  forms: {
    list: graphql(`query FormList($page: Int!, $perPage: Int!, $sortField: FormSortField!, $sortOrder: SortOrder!, $filter: FormFilter, $detail: Boolean!) {
  rows: forms(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...FormRow ...FormDetail @include(if: $detail) } }
}`),
    detail: true,
    one: graphql(`query FormOne($id: ID!) { row: form(id: $id) { ...FormRow ...FormDetail } }`),
    sortFields: ['id', 'status', 'updatedAt'] satisfies FormSortField[],
    filters: { batchId: 'id', formNumber: 'string', status: 'enum' } satisfies Filters<FormFilter>,
  },
  keyings: {
    list: graphql(`query KeyingList($page: Int!, $perPage: Int!, $sortField: KeyingSortField!, $sortOrder: SortOrder!, $filter: KeyingFilter, $detail: Boolean!) {
  rows: keyings(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...KeyingRow ...KeyingDetail @include(if: $detail) } }
}`),
    detail: true,
    one: graphql(`query KeyingOne($id: ID!) { row: keying(id: $id) { ...KeyingRow ...KeyingDetail } }`),
    sortFields: ['id', 'keyerCode', 'submittedAt'] satisfies KeyingSortField[],
    filters: { formId: 'id', keyerCode: 'string', pass: 'int', submittedFrom: 'dateFrom', submittedTo: 'dateTo' } satisfies Filters<KeyingFilter>,
  },
  discrepancies: {
    list: graphql(`query DiscrepancyList($page: Int!, $perPage: Int!, $sortField: DiscrepancySortField!, $sortOrder: SortOrder!, $filter: DiscrepancyFilter) {
  rows: discrepancies(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...DiscrepancyRow } }
}`),
    one: graphql(`query DiscrepancyOne($id: ID!) { row: discrepancy(id: $id) { ...DiscrepancyRow } }`),
    sortFields: ['id', 'fieldKey', 'kind'] satisfies DiscrepancySortField[],
    filters: { batchId: 'id', fieldKey: 'string', formId: 'id', kind: 'enum', outcome: 'enum', resolved: 'boolean', taskId: 'id' } satisfies Filters<DiscrepancyFilter>,
  },
  correctionTasks: {
    list: graphql(`query TaskList($page: Int!, $perPage: Int!, $sortField: CorrectionTaskSortField!, $sortOrder: SortOrder!, $filter: CorrectionTaskFilter, $detail: Boolean!) {
  rows: correctionTasks(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...TaskRow ...TaskDetail @include(if: $detail) } }
}`),
    detail: true,
    one: graphql(`query TaskOne($id: ID!) { row: correctionTask(id: $id) { ...TaskRow ...TaskDetail } }`),
    sortFields: ['id', 'createdAt', 'status'] satisfies CorrectionTaskSortField[],
    filters: { batchId: 'id', claimedById: 'id', status: 'enum' } satisfies Filters<CorrectionTaskFilter>,
  },
  verifiedRecords: {
    list: graphql(`query RecordList($page: Int!, $perPage: Int!, $sortField: VerifiedRecordSortField!, $sortOrder: SortOrder!, $filter: VerifiedRecordFilter, $detail: Boolean!) {
  rows: verifiedRecords(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...RecordRow ...RecordDetail @include(if: $detail) } }
}`),
    detail: true,
    one: graphql(`query RecordOne($id: ID!) { row: verifiedRecord(id: $id) { ...RecordRow ...RecordDetail } }`),
    sortFields: ['id', 'verifiedAt'] satisfies VerifiedRecordSortField[],
    filters: { automatic: 'boolean', batchId: 'id', formId: 'id', verifiedFrom: 'dateFrom', verifiedTo: 'dateTo' } satisfies Filters<VerifiedRecordFilter>,
  },
  auditEvents: {
    list: graphql(`query AuditList($page: Int!, $perPage: Int!, $sortField: AuditEventSortField!, $sortOrder: SortOrder!, $filter: AuditEventFilter) {
  rows: auditEvents(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...AuditRow } }
}`),
    one: graphql(`query AuditOne($id: ID!) { row: auditEvent(id: $id) { ...AuditRow } }`),
    sortFields: ['id', 'at'] satisfies AuditEventSortField[],
    filters: { action: 'string', entityId: 'id', entityType: 'string', from: 'dateFrom', to: 'dateTo' } satisfies Filters<AuditEventFilter>,
  },
  users: {
    list: graphql(`query UserList($page: Int!, $perPage: Int!, $sortField: UserSortField!, $sortOrder: SortOrder!, $filter: UserFilter) {
  rows: users(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...UserRow } }
}`),
    one: graphql(`query UserOne($id: ID!) { row: user(id: $id) { ...UserRow } }`),
    sortFields: ['id', 'username'] satisfies UserSortField[],
    filters: { active: 'boolean', role: 'enum', teamId: 'id' } satisfies Filters<UserFilter>,
    create: {
      document: graphql(`mutation UserCreate($input: CreateUserInput!) { row: createUser(input: $input) { ...UserRow } }`),
      // The form picks a team by id; the API takes an id or a code.
      toInput: ({ teamId, ...rest }) => ({ ...rest, keyerCode: rest.keyerCode || null, team: teamId ? String(teamId) : null }),
    },
    update: {
      document: graphql(`mutation UserUpdate($id: ID!, $input: UpdateUserInput!) { row: updateUser(id: $id, input: $input) { ...UserRow } }`),
      toInput: (data, previous) => changed(data, previous, ['displayName', 'role', 'keyerCode']),
    },
    map: (row) => ({ ...row, teamId: row.team?.id ?? null }),
  },
  teams: {
    // No single-team query: getOne reads the list filtered by id.
    list: graphql(`query TeamList($page: Int!, $perPage: Int!, $sortField: TeamSortField!, $sortOrder: SortOrder!, $filter: TeamFilter) {
  rows: teams(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...TeamRow } }
}`),
    sortFields: ['id', 'code'] satisfies TeamSortField[],
    filters: { provinceCode: 'string' } satisfies Filters<TeamFilter>,
    create: { document: graphql(`mutation TeamCreate($input: CreateTeamInput!) { row: createTeam(input: $input) { ...TeamRow } }`), toInput: (data) => teamInput(data) },
    update: {
      document: graphql(`mutation TeamUpdate($id: ID!, $input: UpdateTeamInput!) { row: updateTeam(id: $id, input: $input) { ...TeamRow } }`),
      toInput: (data, previous) => teamInput(data, previous),
    },
    map: (row) => ({ ...row, scope: row.batchIds?.length ? 'batches' : 'province' }),
  },
  apiKeys: {
    // No single-key query: getOne reads the list filtered by id.
    list: graphql(`query ApiKeyList($page: Int!, $perPage: Int!, $sortField: ApiKeySortField!, $sortOrder: SortOrder!, $filter: ApiKeyFilter, $detail: Boolean!) {
  rows: apiKeys(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...ApiKeyRow ...ApiKeyDetail @include(if: $detail) } }
}`),
    detail: true,
    sortFields: ['id', 'createdAt'] satisfies ApiKeySortField[],
    filters: { revoked: 'boolean' } satisfies Filters<ApiKeyFilter>,
    create: {
      document: graphql(`mutation ApiKeyCreate($input: CreateApiKeyInput!) { row: createApiKey(input: $input) { key apiKey { ...ApiKeyRow } } }`),
      payload: { row: 'apiKey', once: 'key' },
    },
  },
};

/** A user's team has its own mutation; null puts the account back to national. */
export const SET_USER_TEAM = graphql(`mutation UserSetTeam($userId: ID!, $teamId: ID) { row: setUserTeam(userId: $userId, teamId: $teamId) { ...UserRow } }`);
