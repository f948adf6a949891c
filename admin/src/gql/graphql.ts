/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ApiKeyFilter = {
  ids?: Array<string | number> | null | undefined;
  /** true: only revoked keys; false: only usable ones */
  revoked?: boolean | null | undefined;
};

/** What an API key may do */
export type ApiKeyScope =
  /** submitKeyings, batches, templates (acts as a STATION; cannot be combined with reading scopes) */
  | 'KEYINGS_SUBMIT'
  /** verifiedRecords with the sensitive (personal) fields masked, batches, templates */
  | 'RECORDS_READ'
  /** verifiedRecords with every field, batches, templates */
  | 'RECORDS_READ_PERSONAL'
  /** batches with their progress, templates, report queries: no personal data */
  | 'REPORTS_READ';

/** Sortable (indexed) columns */
export type ApiKeySortField =
  | 'createdAt'
  | 'id';

/** What an area report row covers: one batch, a district, a province, or everything */
export type AreaLevel =
  | 'ALL'
  | 'BATCH'
  | 'DISTRICT'
  | 'PROVINCE';

/** Report columns to sort by (rows without a value come last) */
export type AreaReportSortField =
  | 'agreementRate'
  | 'batchCode'
  | 'day'
  | 'discrepancyRate'
  | 'district'
  | 'errorRate'
  | 'forms'
  | 'oldestOpenTaskAgeSeconds'
  | 'openTasks'
  | 'progress'
  | 'provinceCode';

export type AuditEventFilter = {
  action?: string | null | undefined;
  entityId?: string | number | null | undefined;
  entityType?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
};

/** Sortable (indexed) columns */
export type AuditEventSortField =
  | 'at'
  | 'id';

export type BatchFilter = {
  code?: string | null | undefined;
  ids?: Array<string | number> | null | undefined;
  provinceCode?: string | null | undefined;
  status?: BatchStatus | null | undefined;
};

/** Sortable (indexed) columns */
export type BatchSortField =
  | 'code'
  | 'createdAt'
  | 'id'
  | 'provinceCode'
  | 'status';

export type BatchStatus =
  /** Exported and locked; an admin may reopen it */
  | 'HANDED_OVER'
  /** Forms still wait for keyings or review */
  | 'OPEN'
  /** Every form verified or rejected and no task pending: may be handed over */
  | 'READY';

/** How one cell of a masked value differs from the other keying (never what the hidden character is) */
export type CellChange =
  /** The same letter in another case */
  | 'CASE'
  /** A different character (or, for a cell standing for a hidden part, a different part) */
  | 'DIFF'
  /** An empty cell: the other keying has characters here that this one lacks */
  | 'GAP'
  /** The same letter with another tone mark or diacritic */
  | 'MARK'
  /** No difference here */
  | 'SAME';

export type CorrectionTaskFilter = {
  batchId?: string | number | null | undefined;
  claimedById?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** The reviewer who resolved it (a reviewer's recent resolutions) */
  resolvedById?: string | number | null | undefined;
  status?: TaskStatus | null | undefined;
};

/** Sortable (indexed) columns */
export type CorrectionTaskSortField =
  | 'createdAt'
  | 'id'
  | 'resolvedAt'
  | 'status';

export type CreateApiKeyInput = {
  /** Which system uses the key, e.g. "CSDL dân cư – nhận bản ghi" */
  name: string;
  scopes: Array<ApiKeyScope>;
};

export type CreateBatchInput = {
  /** Batch code: 1 to 50 letters, digits, '-', '_' or '.', starting with a letter or digit and not ending with '.' */
  code: string;
  commune: string;
  district: string;
  provinceCode: string;
  /** Spot-check every Nth automatically verified form */
  spotCheckEvery?: number | null | undefined;
  /** How the percentage is drawn (RISK needs spotCheckPercent) */
  spotCheckMode?: SpotCheckMode;
  /** Or spot-check a random percentage, drawn with spotCheckSeed */
  spotCheckPercent?: number | null | undefined;
  spotCheckSeed?: number | null | undefined;
  templateCode?: string;
};

/** A team covers a province (provinceCode) or a set of batches (batchIds, at most 200), not both */
export type CreateTeamInput = {
  batchIds?: Array<string | number> | null | undefined;
  code: string;
  name: string;
  provinceCode?: string | null | undefined;
};

export type CreateUserInput = {
  displayName: string;
  keyerCode?: string | null | undefined;
  password: string;
  role: Role;
  /** The team (id or code); none: national */
  team?: string | null | undefined;
  username: string;
};

export type DiscrepancyFilter = {
  batchId?: string | number | null | undefined;
  fieldKey?: string | null | undefined;
  formId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  kind?: DiscrepancyKind | null | undefined;
  outcome?: Outcome | null | undefined;
  /** true: only resolved; false: only open */
  resolved?: boolean | null | undefined;
  taskId?: string | number | null | undefined;
};

/** How two keyings of a field differ, or which check failed on a value they agreed on */
export type DiscrepancyKind =
  /** A strict field: the keyings differ only in letter case or spacing */
  | 'CASE_SPACING'
  /** Both keyings agree, but the value contradicts another form of the same household (the other form's value is shown) */
  | 'CONSISTENCY'
  /** A date with day and month swapped */
  | 'DAY_MONTH_SWAP'
  /** The keyings differ only in diacritics or tone marks */
  | 'DIACRITIC'
  /** One keying marked the field illegible */
  | 'ILLEGIBLE'
  /** One keying left the field empty */
  | 'MISSING'
  /** A character left out or added */
  | 'OMISSION_INSERTION'
  /** Any other difference */
  | 'OTHER'
  /** Both keyings agree, but the place matches no official administrative unit (closest official names are suggested) */
  | 'REFERENCE'
  /** Both keyings agree, but the value breaks a cross-field rule of the template (the note says which) */
  | 'RULE'
  /** Both keyings agree, but a word is not a Vietnamese syllable (input-method leftover, letter from another script, …) */
  | 'SPELLING'
  /** One or two characters replaced, same length */
  | 'SUBSTITUTION'
  /** Two adjacent characters swapped */
  | 'TRANSPOSITION';

/** Sortable (indexed) columns */
export type DiscrepancySortField =
  | 'fieldKey'
  | 'id'
  | 'kind';

/** A spot-check correction of one field of a verified record (a field both clerks agreed on: see CorrectionTask.spotCheckFields) */
export type FieldCorrectionInput = {
  fieldKey: string;
  illegible?: boolean | null | undefined;
  value?: string | null | undefined;
};

/** Report columns to sort by (rows without a value come last) */
export type FieldReportSortField =
  | 'day'
  | 'discrepancies'
  | 'discrepancyRate'
  | 'errorRate'
  | 'errorRateHigh'
  | 'errors'
  | 'fieldKey'
  | 'keyed';

export type FieldType =
  | 'ADDRESS'
  | 'CITIZEN_ID'
  | 'CODE'
  | 'DATE'
  | 'OLD_ID'
  | 'PERSON_NAME'
  | 'PHONE'
  | 'PLACE'
  | 'TEXT';

export type FormFilter = {
  batchId?: string | number | null | undefined;
  /** Exact citizen ID as keyed in either pass (blind index lookup). Admins only (FORBIDDEN otherwise: it would confirm a guessed ID); audited as forms.search */
  citizenId?: string | null | undefined;
  formNumber?: string | null | undefined;
  ids?: Array<string | number> | null | undefined;
  status?: FormStatus | null | undefined;
};

/** Sortable (indexed) columns */
export type FormSortField =
  | 'id'
  | 'status'
  | 'updatedAt';

/** Where a form is in the pipeline */
export type FormStatus =
  /** Both passes agreed on every field: verified without a reviewer (a spot check may still correct it) */
  | 'AUTO_VERIFIED'
  /** Registered, no keying yet */
  | 'AWAITING_KEYINGS'
  /** The passes disagree: a review task is open */
  | 'IN_REVIEW'
  /** One of the two passes is in */
  | 'ONE_PASS_KEYED'
  /** The scan is unreadable; back to IN_REVIEW when rescanned */
  | 'REJECTED'
  /** A reviewer (or a third keying) settled every discrepancy */
  | 'VERIFIED';

/** Report columns to sort by (rows without a value come last) */
export type KeyerPairSortField =
  | 'agreementRate'
  | 'day'
  | 'forms'
  | 'keyerA';

/** Report columns to sort by (rows without a value come last) */
export type KeyerReportSortField =
  | 'day'
  | 'errorRate'
  | 'errorRateHigh'
  | 'errorsPerThousandKeystrokes'
  | 'fieldErrors'
  | 'fieldsKeyed'
  | 'forms'
  | 'keyerCode'
  | 'medianSecondsPerForm'
  | 'zScore';

export type KeyingFilter = {
  formId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  keyerCode?: string | null | undefined;
  pass?: number | null | undefined;
  submittedFrom?: string | null | undefined;
  submittedTo?: string | null | undefined;
};

/** Sortable (indexed) columns */
export type KeyingSortField =
  | 'id'
  | 'keyerCode'
  | 'submittedAt';

export type LeasedKeyingInput = {
  /** Unique per keying: made once when the form opens and sent again on every retry of its save */
  idempotencyKey: string;
  /** Keys of fields marked illegible */
  illegibleFields?: Array<string> | null | undefined;
  /** When the form was opened on screen */
  startedAt: string;
  submittedAt: string;
  /** Field key -> typed value (string) or null when empty */
  values: Record<string, unknown>;
};

/** Which of the first two keyings the final value agreed with (a third keying is charged separately when it differs from the final value) */
export type Outcome =
  /** Neither was right (the final value was typed, taken from pass 3, or corrected by a spot check); both are charged */
  | 'BOTH_WRONG'
  /** Both were right under the comparison rules; nobody is charged */
  | 'EQUIVALENT'
  /** Pass 1 was right; pass 2 is charged with an error */
  | 'FIRST_CORRECT'
  /** Pass 2 was right; pass 1 is charged with an error */
  | 'SECOND_CORRECT';

/** Which activity a report covers; every part is optional. Days are calendar days in Vietnam (UTC+7). */
export type ReportFilter = {
  batchId?: string | number | null | undefined;
  /** First day included, YYYY-MM-DD */
  from?: string | null | undefined;
  /** Three-digit province code */
  provinceCode?: string | null | undefined;
  /** Template code, e.g. dc01 (all its versions) */
  templateCode?: string | null | undefined;
  /** Last day included, YYYY-MM-DD */
  to?: string | null | undefined;
};

/** A report that can be downloaded as CSV */
export type ReportName =
  | 'AREAS'
  | 'FIELDS'
  | 'KEYERS'
  | 'OUT_OF_CONTROL'
  | 'PAIRS'
  | 'REVIEWERS';

/** Take the first keying, the second, the third (after a re-key), or a typed value */
export type ResolutionChoice =
  /** Pass 1's value */
  | 'FIRST'
  /** Pass 2's value */
  | 'SECOND'
  /** Pass 3's value: only for a field that a re-key (requestRekey, then submitKeyings with pass 3) keyed */
  | 'THIRD'
  /** The value given in `value` (or `illegible`) */
  | 'VALUE';

export type ResolutionInput = {
  choice: ResolutionChoice;
  discrepancyId: string | number;
  /** With choice VALUE: the field is illegible on the scan */
  illegible?: boolean | null | undefined;
  /** The typed value, with choice VALUE */
  value?: string | null | undefined;
};

/** Report columns to sort by (rows without a value come last) */
export type ReviewerReportSortField =
  | 'agreedFirstRate'
  | 'agreedNeitherRate'
  | 'agreedSecondRate'
  | 'day'
  | 'escalated'
  | 'medianSecondsToResolve'
  | 'p90SecondsToResolve'
  | 'rejected'
  | 'reviewerId'
  | 'tasksResolved';

/** What a user or system may do */
export type Role =
  | 'ADMIN'
  | 'CONSUMER'
  | 'KEYER'
  | 'MANAGER'
  | 'REVIEWER'
  | 'STATION';

export type SortOrder =
  | 'ASC'
  | 'DESC';

/** How a percentage spot-check policy draws forms (the seeded draw either way: the same seed draws the same forms) */
export type SpotCheckMode =
  /** By the two clerks' measured error rates (errors per field keyed, this month and last): pairs of weaker clerks more, every form of a clerk above the p-chart's upper control limit while the percentage allows; forms verified after review too (their agreed fields). Over the campaign the share drawn is the percentage */
  | 'RISK'
  /** Every automatically verified form with the same probability: the percentage */
  | 'UNIFORM';

export type SpotCheckPolicyInput = {
  /** Every Nth automatically verified form (2..100000) */
  every?: number | null | undefined;
  /** How the percentage is drawn (RISK needs percent) */
  mode?: SpotCheckMode;
  /** Or a random percentage (0..100], drawn with the seed */
  percent?: number | null | undefined;
  seed?: number | null | undefined;
};

/** REVIEW: the keyings disagree; SPOT_CHECK: a sampled verified form */
export type TaskKind =
  /** The keyings disagree: resolve with resolveTask */
  | 'REVIEW'
  /** A sampled verified form (automatically verified, or under a RISK policy reviewed: its agreed fields): confirm or correct with resolveSpotCheck */
  | 'SPOT_CHECK';

export type TaskStatus =
  /** Held by a reviewer under a lease */
  | 'CLAIMED'
  /** Waiting for a manager (only managers may claim it) */
  | 'ESCALATED'
  /** In the queue */
  | 'OPEN'
  /** The form was rejected (unreadable scan); OPEN again when rescanned */
  | 'REJECTED'
  /** Waiting for a third keying (pass 3) of the disputed fields */
  | 'REKEY_REQUESTED'
  /** Done: every discrepancy settled, or the spot check confirmed or corrected */
  | 'RESOLVED';

export type TeamFilter = {
  ids?: Array<string | number> | null | undefined;
  provinceCode?: string | null | undefined;
};

/** Sortable (indexed) columns */
export type TeamSortField =
  | 'code'
  | 'id';

/** Fields left out stay as they are; null clears provinceCode or batchIds (to switch between the two) */
export type UpdateTeamInput = {
  batchIds?: Array<string | number> | null | undefined;
  code?: string | null | undefined;
  name?: string | null | undefined;
  provinceCode?: string | null | undefined;
};

/** Fields to change; those left out stay as they are */
export type UpdateUserInput = {
  displayName?: string | null | undefined;
  /** null removes it (not for a KEYER). Refused (CONFLICT) once keyings carry the current code: that would rewrite whose work they were */
  keyerCode?: string | null | undefined;
  /** Takes effect on the account's next request; signs it out everywhere */
  role?: Role | null | undefined;
  /** A team's id or code; null takes the account out of its team (national). Admins belong to no team */
  team?: string | null | undefined;
};

export type UserFilter = {
  active?: boolean | null | undefined;
  ids?: Array<string | number> | null | undefined;
  role?: Role | null | undefined;
  /** The accounts of one team */
  teamId?: string | number | null | undefined;
};

/** Sortable (indexed) columns */
export type UserSortField =
  | 'id'
  | 'username';

/** Where a verified value came from */
export type ValueSource =
  /** Both keyings agreed */
  | 'AGREED'
  /** Pass 1: taken by a reviewer, or confirmed by a re-key (pass 3 agreed with it) */
  | 'FIRST'
  /** Typed by a reviewer, or corrected by a spot check */
  | 'REVIEWER'
  /** Pass 2: taken by a reviewer, or confirmed by a re-key (pass 3 agreed with it) */
  | 'SECOND'
  /** Pass 3 (a re-key), taken by a reviewer */
  | 'THIRD';

export type VerifiedRecordFilter = {
  automatic?: boolean | null | undefined;
  batchId?: string | number | null | undefined;
  /** Exact citizen ID (looked up through a keyed blind index, never in clear). Only for those who see citizen IDs in clear: admins and records:read-personal keys (FORBIDDEN otherwise); audited as records.search */
  citizenId?: string | null | undefined;
  formId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  verifiedFrom?: string | null | undefined;
  verifiedTo?: string | null | undefined;
};

/** Sortable (indexed) columns */
export type VerifiedRecordSortField =
  | 'id'
  /** The sync order: each record once, where it was last verified or changed. With first/after and sortOrder ASC, a cursor kept from an earlier run brings every record verified or changed since (a changed one again, with a higher version) */
  | 'sync'
  | 'verifiedAt';

export type RevokeMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeMutation = { revokeApiKey: { id: string, revokedAt: string | null } };

export type SessionFieldsFragment = { token: string, expiresAt: string, mustChangePassword: boolean, user: { id: string, username: string, displayName: string, role: Role, keyerCode: string | null } };

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, mustChangePassword: boolean, user: { id: string, username: string, displayName: string, role: Role, keyerCode: string | null } } };

export type ChangePasswordMutationVariables = Exact<{
  oldPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: { token: string, expiresAt: string, mustChangePassword: boolean, user: { id: string, username: string, displayName: string, role: Role, keyerCode: string | null } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type ExportMutationVariables = Exact<{
  batchId: string | number;
}>;


export type ExportMutation = { exportBatch: { batch: string, directory: string, exportedAt: string, exportedBy: string, manifestSha256: string, recordCount: number, rejectedForms: number, templateCode: string, templateVersion: number, files: Array<{ name: string, bytes: number, sha256: string }> } };

export type ReopenMutationVariables = Exact<{
  batchId: string | number;
  reason: string;
}>;


export type ReopenMutation = { reopenBatch: { id: string, status: BatchStatus } };

export type PolicyMutationVariables = Exact<{
  batchId: string | number;
  policy: SpotCheckPolicyInput;
}>;


export type PolicyMutation = { setSpotCheckPolicy: { id: string, spotCheckEvery: number | null, spotCheckPercent: number | null, spotCheckSeed: number | null } };

export type ManifestFieldsFragment = { batch: string, directory: string, exportedAt: string, exportedBy: string, manifestSha256: string, recordCount: number, rejectedForms: number, templateCode: string, templateVersion: number, files: Array<{ name: string, bytes: number, sha256: string }> };

export type FieldLabelsFragment = { key: string, labelVi: string, labelEn: string, type: FieldType };

export type TplQueryVariables = Exact<{
  code: string;
}>;


export type TplQuery = { template: { fields: Array<{ key: string, labelVi: string, labelEn: string, type: FieldType }> } };

export type ManagerOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type ManagerOverviewQuery = { openTasks: { total: number, items: Array<{ id: string, createdAt: string }> }, claimedTasks: { total: number }, escalatedTasks: { total: number }, inReview: { total: number }, verified: { total: number }, autoVerified: { total: number }, allForms: { total: number }, openDiscrepancies: { total: number }, batches: { total: number, items: Array<{ id: string, code: string, district: string, commune: string, status: BatchStatus, progress: { forms: number, awaitingKeyings: number, onePassKeyed: number, inReview: number, autoVerified: number, verified: number } }> } };

export type DashboardTrendQueryVariables = Exact<{
  week: ReportFilter;
  today: ReportFilter;
  days: number;
}>;


export type DashboardTrendQuery = { week: { items: Array<{ errorRate: number | null, errors: number, fieldsKeyed: number, pendingFields: number | null }> }, today: { items: Array<{ autoVerified: number, reviewVerified: number }> }, daily: { items: Array<{ day: string | null, errorRate: number | null, errors: number, fieldsKeyed: number }> } };

export type DashboardQualityQueryVariables = Exact<{
  period: ReportFilter;
  fields: ReportFilter;
}>;


export type DashboardQualityQuery = { fields: { items: Array<{ fieldKey: string, errorRate: number | null, errorRateLow: number | null, errorRateHigh: number | null, keyed: number, errors: number }> }, provinces: { items: Array<{ provinceCode: string | null, errorRate: number | null, forms: number, fieldsKeyed: number }> }, ooc: { total: number, keyersChecked: number, populationRate: number | null, items: Array<{ keyerCode: string, errorRate: number | null, errorRateLow: number | null, errorRateHigh: number | null, pendingFields: number | null, upperControlLimit: number | null, fieldsKeyed: number, forms: number, zScore: number | null }> } };

export type RescanMutationVariables = Exact<{
  id: string | number;
  imageRef: string;
}>;


export type RescanMutation = { rescanForm: { id: string, status: FormStatus, imageRef: string | null } };

export type KeyingLeaseFieldsFragment = { id: string, batchId: string, batchCode: string, formNumber: string, claimedAt: string, leaseUntil: string, scanUrl: string | null, scanType: string | null, fields: Array<{ key: string, labelVi: string, labelEn: string, type: FieldType, required: boolean, allowed: Array<string> }> };

export type KeyingClaimMutationVariables = Exact<{
  batchId?: string | number | null | undefined;
}>;


export type KeyingClaimMutation = { lease: { id: string, batchId: string, batchCode: string, formNumber: string, claimedAt: string, leaseUntil: string, scanUrl: string | null, scanType: string | null, fields: Array<{ key: string, labelVi: string, labelEn: string, type: FieldType, required: boolean, allowed: Array<string> }> } | null };

export type KeyingSaveMutationVariables = Exact<{
  id: string | number;
  keying: LeasedKeyingInput;
  batchId?: string | number | null | undefined;
}>;


export type KeyingSaveMutation = { saveLeasedKeying: { status: string, next: { id: string, batchId: string, batchCode: string, formNumber: string, claimedAt: string, leaseUntil: string, scanUrl: string | null, scanType: string | null, fields: Array<{ key: string, labelVi: string, labelEn: string, type: FieldType, required: boolean, allowed: Array<string> }> } | null } };

export type KeyingFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type KeyingFiguresQuery = { figures: { keyedToday: number, keyedThisWeek: number, medianSecondsThisWeek: number | null, reviewedForms: number, fieldsReviewed: number, fieldErrors: number, errorRate: number | null } };

export type KeyerReportTabQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
  byDay: boolean;
  sortField?: KeyerReportSortField | null | undefined;
  sortOrder?: SortOrder | null | undefined;
}>;


export type KeyerReportTabQuery = { report: { total: number, items: Array<{ keyerCode: string, day: string | null, forms: number, fieldsKeyed: number, fieldErrors: number, errorRate: number | null, errorRateLow: number | null, errorRateHigh: number | null, pendingFields: number | null, errorsPerThousandKeystrokes: number | null, medianSecondsPerForm: number | null, upperControlLimit: number | null, zScore: number | null, outOfControl: boolean }> } };

export type FieldReportTabQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
  byDay: boolean;
  sortField?: FieldReportSortField | null | undefined;
  sortOrder?: SortOrder | null | undefined;
}>;


export type FieldReportTabQuery = { report: { total: number, items: Array<{ fieldKey: string, day: string | null, keyed: number, errors: number, errorRate: number | null, errorRateLow: number | null, errorRateHigh: number | null, pendingFields: number | null, compared: number, discrepancies: number, discrepancyRate: number | null }> } };

export type AreaReportTabQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
  byDay: boolean;
  level: AreaLevel;
  sortField?: AreaReportSortField | null | undefined;
  sortOrder?: SortOrder | null | undefined;
}>;


export type AreaReportTabQuery = { report: { total: number, items: Array<{ batchCode: string | null, district: string | null, provinceCode: string | null, day: string | null, forms: number, compared: number, discrepancyRate: number | null, errors: number, fieldsKeyed: number, errorRate: number | null, pendingFields: number | null, agreementRate: number | null, autoVerified: number, reviewVerified: number, done: number, progress: number | null, openTasks: number | null }> } };

export type ReviewerReportTabQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
  byDay: boolean;
  sortField?: ReviewerReportSortField | null | undefined;
  sortOrder?: SortOrder | null | undefined;
}>;


export type ReviewerReportTabQuery = { report: { total: number, items: Array<{ reviewerId: string, reviewerName: string | null, day: string | null, tasksResolved: number, fieldsResolved: number, escalated: number, rejected: number, medianSecondsToResolve: number | null, p90SecondsToResolve: number | null, agreedFirstRate: number | null, agreedSecondRate: number | null, agreedNeitherRate: number | null, spotChecks: number, spotCorrections: number }> } };

export type AgreementReportTabQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
  byDay: boolean;
  sortField?: KeyerPairSortField | null | undefined;
  sortOrder?: SortOrder | null | undefined;
}>;


export type AgreementReportTabQuery = { report: { total: number, items: Array<{ keyerA: string, keyerB: string, day: string | null, forms: number, fieldsCompared: number, fieldsAgreed: number, agreementRate: number | null }>, overall: { forms: number, fieldsCompared: number, fieldsAgreed: number, agreementRate: number | null } } };

export type ReportBatchesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportBatchesQuery = { batches: { items: Array<{ id: string, code: string }> } };

export type ReportCsvQueryVariables = Exact<{
  report: ReportName;
  filter?: ReportFilter | null | undefined;
  byDay: boolean;
  level: AreaLevel;
}>;


export type ReportCsvQuery = { reportCsv: string };

export type UserRefFragment = { id: string, displayName: string };

export type BatchRowFragment = { id: string, code: string, provinceCode: string, district: string, commune: string, status: BatchStatus, createdAt: string, handedOverAt: string | null, spotCheckEvery: number | null, spotCheckPercent: number | null, spotCheckSeed: number | null, spotCheckMode: SpotCheckMode, progress: { forms: number, awaitingKeyings: number, onePassKeyed: number, inReview: number, autoVerified: number, verified: number } };

export type BatchDetailFragment = { template: { id: string, code: string, name: string, version: number } };

export type FormRowFragment = { id: string, formNumber: string, status: FormStatus, imageRef: string | null, createdAt: string, updatedAt: string, verifiedAt: string | null, batch: { id: string, code: string }, task: { id: string, status: TaskStatus, discrepancyCount: number } | null };

export type FormDetailFragment = { fields: Array<{ value1: string | null, value2: string | null, finalValue: string | null, discrepancyId: string | null, field: { key: string, labelVi: string, labelEn: string, type: FieldType }, maskedDifference: { kind: DiscrepancyKind, editDistance: number | null, first: { changedAt: Array<number>, cells: Array<{ text: string, change: CellChange }> }, second: { changedAt: Array<number>, cells: Array<{ text: string, change: CellChange }> } } | null }>, verifiedRecord: { id: string } | null, task: { kind: TaskKind, note: string | null, escalated: boolean } | null };

export type KeyingRowFragment = { id: string, pass: number, keyerCode: string, stationCode: string, keystrokes: number, fieldsKeyed: number, errorCount: number, startedAt: string, submittedAt: string, createdAt: string, form: { id: string, formNumber: string, batch: { id: string, code: string } } };

export type KeyingDetailFragment = { values: Array<{ key: string, value: string | null, illegible: boolean }> };

export type DiscrepancyRowFragment = { id: string, fieldKey: string, kind: DiscrepancyKind, value1: string | null, value2: string | null, value3: string | null, note: string | null, finalValue: string | null, editDistance: number | null, outcome: Outcome | null, createdAt: string, resolvedAt: string | null, relatedValue: string | null, maskedDifference: { kind: DiscrepancyKind, editDistance: number | null, first: { changedAt: Array<number>, cells: Array<{ text: string, change: CellChange }> }, second: { changedAt: Array<number>, cells: Array<{ text: string, change: CellChange }> } } | null, field: { key: string, labelVi: string, labelEn: string, type: FieldType }, form: { id: string, formNumber: string, batch: { id: string, code: string } }, task: { id: string, status: TaskStatus }, relatedForm: { id: string, formNumber: string, batch: { id: string, code: string } } | null };

export type TaskRowFragment = { id: string, kind: TaskKind, status: TaskStatus, escalated: boolean, note: string | null, discrepancyCount: number, createdAt: string, claimedAt: string | null, leaseUntil: string | null, resolvedAt: string | null, claimedBy: { id: string, displayName: string } | null, resolvedBy: { id: string, displayName: string } | null, form: { id: string, formNumber: string, status: FormStatus }, batch: { id: string, code: string } };

export type TaskDetailFragment = { discrepancies: Array<{ id: string, fieldKey: string, kind: DiscrepancyKind, value1: string | null, value2: string | null, value3: string | null, note: string | null, finalValue: string | null, outcome: Outcome | null, relatedValue: string | null, field: { key: string, labelVi: string, labelEn: string, type: FieldType }, relatedForm: { id: string, formNumber: string, batch: { id: string, code: string } } | null, maskedDifference: { kind: DiscrepancyKind, editDistance: number | null, first: { changedAt: Array<number>, cells: Array<{ text: string, change: CellChange }> }, second: { changedAt: Array<number>, cells: Array<{ text: string, change: CellChange }> } } | null }>, comments: Array<{ id: string, text: string, createdAt: string, author: { id: string, displayName: string } }> };

export type RecordRowFragment = { id: string, automatic: boolean, verifiedAt: string, reviewerRef: string | null, verifiedBy: { id: string, displayName: string } | null, form: { id: string, formNumber: string }, batch: { id: string, code: string } };

export type RecordDetailFragment = { values: Array<{ key: string, value: string | null, illegible: boolean, source: ValueSource }>, batch: { template: { fields: Array<{ key: string, labelVi: string, labelEn: string }> } } };

export type AuditRowFragment = { id: string, at: string, actor: string, action: string, entityType: string, entityId: string | null, data: Record<string, unknown> };

export type UserRowFragment = { id: string, username: string, displayName: string, role: Role, keyerCode: string | null, active: boolean, createdAt: string, mustChangePassword: boolean, oneTimePasswordExpiresAt: string | null, hasPassword: boolean, team: { id: string, code: string, name: string } | null };

export type TeamRowFragment = { id: string, code: string, name: string, provinceCode: string | null, batchIds: Array<string>, createdAt: string };

export type ApiKeyRowFragment = { id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, role: Role, createdAt: string, lastUsedAt: string | null, revokedAt: string | null };

export type ApiKeyDetailFragment = { createdBy: { id: string, displayName: string } };

export type BatchListQueryVariables = Exact<{
  page: number;
  perPage: number;
  sortField: BatchSortField;
  sortOrder: SortOrder;
  filter?: BatchFilter | null | undefined;
  detail: boolean;
}>;


export type BatchListQuery = { rows: { total: number, totalIsEstimate: boolean, items: Array<{ id: string, code: string, provinceCode: string, district: string, commune: string, status: BatchStatus, createdAt: string, handedOverAt: string | null, spotCheckEvery: number | null, spotCheckPercent: number | null, spotCheckSeed: number | null, spotCheckMode: SpotCheckMode, progress: { forms: number, awaitingKeyings: number, onePassKeyed: number, inReview: number, autoVerified: number, verified: number } } & { template?: { id: string, code: string, name: string, version: number } }> } };

export type BatchOneQueryVariables = Exact<{
  id: string | number;
}>;


export type BatchOneQuery = { row: { id: string, code: string, provinceCode: string, district: string, commune: string, status: BatchStatus, createdAt: string, handedOverAt: string | null, spotCheckEvery: number | null, spotCheckPercent: number | null, spotCheckSeed: number | null, spotCheckMode: SpotCheckMode, progress: { forms: number, awaitingKeyings: number, onePassKeyed: number, inReview: number, autoVerified: number, verified: number }, template: { id: string, code: string, name: string, version: number } } };

export type BatchCreateMutationVariables = Exact<{
  input: CreateBatchInput;
}>;


export type BatchCreateMutation = { row: { id: string, code: string, provinceCode: string, district: string, commune: string, status: BatchStatus, createdAt: string, handedOverAt: string | null, spotCheckEvery: number | null, spotCheckPercent: number | null, spotCheckSeed: number | null, spotCheckMode: SpotCheckMode, progress: { forms: number, awaitingKeyings: number, onePassKeyed: number, inReview: number, autoVerified: number, verified: number } } };

export type FormListQueryVariables = Exact<{
  page: number;
  perPage: number;
  sortField: FormSortField;
  sortOrder: SortOrder;
  filter?: FormFilter | null | undefined;
  detail: boolean;
}>;


export type FormListQuery = { rows: { total: number, totalIsEstimate: boolean, items: Array<{ id: string, formNumber: string, status: FormStatus, imageRef: string | null, createdAt: string, updatedAt: string, verifiedAt: string | null, batch: { id: string, code: string }, task: { id: string, status: TaskStatus, discrepancyCount: number } | null } & { fields?: Array<{ value1: string | null, value2: string | null, finalValue: string | null, discrepancyId: string | null, field: { key: string, labelVi: string, labelEn: string, type: FieldType }, maskedDifference: { kind: DiscrepancyKind, editDistance: number | null, first: { changedAt: Array<number>, cells: Array<{ text: string, change: CellChange }> }, second: { changedAt: Array<number>, cells: Array<{ text: string, change: CellChange }> } } | null }>, verifiedRecord?: { id: string } | null, task?: { kind: TaskKind, note: string | null, escalated: boolean } | null }> } };

export type FormOneQueryVariables = Exact<{
  id: string | number;
}>;


export type FormOneQuery = { row: { id: string, formNumber: string, status: FormStatus, imageRef: string | null, createdAt: string, updatedAt: string, verifiedAt: string | null, batch: { id: string, code: string }, task: { id: string, status: TaskStatus, discrepancyCount: number, kind: TaskKind, note: string | null, escalated: boolean } | null, fields: Array<{ value1: string | null, value2: string | null, finalValue: string | null, discrepancyId: string | null, field: { key: string, labelVi: string, labelEn: string, type: FieldType }, maskedDifference: { kind: DiscrepancyKind, editDistance: number | null, first: { changedAt: Array<number>, cells: Array<{ text: string, change: CellChange }> }, second: { changedAt: Array<number>, cells: Array<{ text: string, change: CellChange }> } } | null }>, verifiedRecord: { id: string } | null } };

export type KeyingListQueryVariables = Exact<{
  page: number;
  perPage: number;
  sortField: KeyingSortField;
  sortOrder: SortOrder;
  filter?: KeyingFilter | null | undefined;
  detail: boolean;
}>;


export type KeyingListQuery = { rows: { total: number, totalIsEstimate: boolean, items: Array<{ id: string, pass: number, keyerCode: string, stationCode: string, keystrokes: number, fieldsKeyed: number, errorCount: number, startedAt: string, submittedAt: string, createdAt: string, form: { id: string, formNumber: string, batch: { id: string, code: string } } } & { values?: Array<{ key: string, value: string | null, illegible: boolean }> }> } };

export type KeyingOneQueryVariables = Exact<{
  id: string | number;
}>;


export type KeyingOneQuery = { row: { id: string, pass: number, keyerCode: string, stationCode: string, keystrokes: number, fieldsKeyed: number, errorCount: number, startedAt: string, submittedAt: string, createdAt: string, form: { id: string, formNumber: string, batch: { id: string, code: string } }, values: Array<{ key: string, value: string | null, illegible: boolean }> } };

export type DiscrepancyListQueryVariables = Exact<{
  page: number;
  perPage: number;
  sortField: DiscrepancySortField;
  sortOrder: SortOrder;
  filter?: DiscrepancyFilter | null | undefined;
}>;


export type DiscrepancyListQuery = { rows: { total: number, totalIsEstimate: boolean, items: Array<{ id: string, fieldKey: string, kind: DiscrepancyKind, value1: string | null, value2: string | null, value3: string | null, note: string | null, finalValue: string | null, editDistance: number | null, outcome: Outcome | null, createdAt: string, resolvedAt: string | null, relatedValue: string | null, maskedDifference: { kind: DiscrepancyKind, editDistance: number | null, first: { changedAt: Array<number>, cells: Array<{ text: string, change: CellChange }> }, second: { changedAt: Array<number>, cells: Array<{ text: string, change: CellChange }> } } | null, field: { key: string, labelVi: string, labelEn: string, type: FieldType }, form: { id: string, formNumber: string, batch: { id: string, code: string } }, task: { id: string, status: TaskStatus }, relatedForm: { id: string, formNumber: string, batch: { id: string, code: string } } | null }> } };

export type DiscrepancyOneQueryVariables = Exact<{
  id: string | number;
}>;


export type DiscrepancyOneQuery = { row: { id: string, fieldKey: string, kind: DiscrepancyKind, value1: string | null, value2: string | null, value3: string | null, note: string | null, finalValue: string | null, editDistance: number | null, outcome: Outcome | null, createdAt: string, resolvedAt: string | null, relatedValue: string | null, maskedDifference: { kind: DiscrepancyKind, editDistance: number | null, first: { changedAt: Array<number>, cells: Array<{ text: string, change: CellChange }> }, second: { changedAt: Array<number>, cells: Array<{ text: string, change: CellChange }> } } | null, field: { key: string, labelVi: string, labelEn: string, type: FieldType }, form: { id: string, formNumber: string, batch: { id: string, code: string } }, task: { id: string, status: TaskStatus }, relatedForm: { id: string, formNumber: string, batch: { id: string, code: string } } | null } };

export type TaskListQueryVariables = Exact<{
  page: number;
  perPage: number;
  sortField: CorrectionTaskSortField;
  sortOrder: SortOrder;
  filter?: CorrectionTaskFilter | null | undefined;
  detail: boolean;
}>;


export type TaskListQuery = { rows: { total: number, totalIsEstimate: boolean, items: Array<{ id: string, kind: TaskKind, status: TaskStatus, escalated: boolean, note: string | null, discrepancyCount: number, createdAt: string, claimedAt: string | null, leaseUntil: string | null, resolvedAt: string | null, claimedBy: { id: string, displayName: string } | null, resolvedBy: { id: string, displayName: string } | null, form: { id: string, formNumber: string, status: FormStatus }, batch: { id: string, code: string } } & { discrepancies?: Array<{ id: string, fieldKey: string, kind: DiscrepancyKind, value1: string | null, value2: string | null, value3: string | null, note: string | null, finalValue: string | null, outcome: Outcome | null, relatedValue: string | null, field: { key: string, labelVi: string, labelEn: string, type: FieldType }, relatedForm: { id: string, formNumber: string, batch: { id: string, code: string } } | null, maskedDifference: { kind: DiscrepancyKind, editDistance: number | null, first: { changedAt: Array<number>, cells: Array<{ text: string, change: CellChange }> }, second: { changedAt: Array<number>, cells: Array<{ text: string, change: CellChange }> } } | null }>, comments?: Array<{ id: string, text: string, createdAt: string, author: { id: string, displayName: string } }> }> } };

export type TaskOneQueryVariables = Exact<{
  id: string | number;
}>;


export type TaskOneQuery = { row: { id: string, kind: TaskKind, status: TaskStatus, escalated: boolean, note: string | null, discrepancyCount: number, createdAt: string, claimedAt: string | null, leaseUntil: string | null, resolvedAt: string | null, claimedBy: { id: string, displayName: string } | null, resolvedBy: { id: string, displayName: string } | null, form: { id: string, formNumber: string, status: FormStatus }, batch: { id: string, code: string }, discrepancies: Array<{ id: string, fieldKey: string, kind: DiscrepancyKind, value1: string | null, value2: string | null, value3: string | null, note: string | null, finalValue: string | null, outcome: Outcome | null, relatedValue: string | null, field: { key: string, labelVi: string, labelEn: string, type: FieldType }, relatedForm: { id: string, formNumber: string, batch: { id: string, code: string } } | null, maskedDifference: { kind: DiscrepancyKind, editDistance: number | null, first: { changedAt: Array<number>, cells: Array<{ text: string, change: CellChange }> }, second: { changedAt: Array<number>, cells: Array<{ text: string, change: CellChange }> } } | null }>, comments: Array<{ id: string, text: string, createdAt: string, author: { id: string, displayName: string } }> } };

export type RecordListQueryVariables = Exact<{
  page: number;
  perPage: number;
  sortField: VerifiedRecordSortField;
  sortOrder: SortOrder;
  filter?: VerifiedRecordFilter | null | undefined;
  detail: boolean;
}>;


export type RecordListQuery = { rows: { total: number, totalIsEstimate: boolean, items: Array<{ id: string, automatic: boolean, verifiedAt: string, reviewerRef: string | null, verifiedBy: { id: string, displayName: string } | null, form: { id: string, formNumber: string }, batch: { id: string, code: string } } & { values?: Array<{ key: string, value: string | null, illegible: boolean, source: ValueSource }>, batch?: { template: { fields: Array<{ key: string, labelVi: string, labelEn: string }> } } }> } };

export type RecordOneQueryVariables = Exact<{
  id: string | number;
}>;


export type RecordOneQuery = { row: { id: string, automatic: boolean, verifiedAt: string, reviewerRef: string | null, verifiedBy: { id: string, displayName: string } | null, form: { id: string, formNumber: string }, batch: { id: string, code: string, template: { fields: Array<{ key: string, labelVi: string, labelEn: string }> } }, values: Array<{ key: string, value: string | null, illegible: boolean, source: ValueSource }> } };

export type AuditListQueryVariables = Exact<{
  page: number;
  perPage: number;
  sortField: AuditEventSortField;
  sortOrder: SortOrder;
  filter?: AuditEventFilter | null | undefined;
}>;


export type AuditListQuery = { rows: { total: number, totalIsEstimate: boolean, items: Array<{ id: string, at: string, actor: string, action: string, entityType: string, entityId: string | null, data: Record<string, unknown> }> } };

export type AuditOneQueryVariables = Exact<{
  id: string | number;
}>;


export type AuditOneQuery = { row: { id: string, at: string, actor: string, action: string, entityType: string, entityId: string | null, data: Record<string, unknown> } };

export type UserListQueryVariables = Exact<{
  page: number;
  perPage: number;
  sortField: UserSortField;
  sortOrder: SortOrder;
  filter?: UserFilter | null | undefined;
}>;


export type UserListQuery = { rows: { total: number, totalIsEstimate: boolean, items: Array<{ id: string, username: string, displayName: string, role: Role, keyerCode: string | null, active: boolean, createdAt: string, mustChangePassword: boolean, oneTimePasswordExpiresAt: string | null, hasPassword: boolean, team: { id: string, code: string, name: string } | null }> } };

export type UserOneQueryVariables = Exact<{
  id: string | number;
}>;


export type UserOneQuery = { row: { id: string, username: string, displayName: string, role: Role, keyerCode: string | null, active: boolean, createdAt: string, mustChangePassword: boolean, oneTimePasswordExpiresAt: string | null, hasPassword: boolean, team: { id: string, code: string, name: string } | null } };

export type UserCreateMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type UserCreateMutation = { row: { id: string, username: string, displayName: string, role: Role, keyerCode: string | null, active: boolean, createdAt: string, mustChangePassword: boolean, oneTimePasswordExpiresAt: string | null, hasPassword: boolean, team: { id: string, code: string, name: string } | null } };

export type UserUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;


export type UserUpdateMutation = { row: { id: string, username: string, displayName: string, role: Role, keyerCode: string | null, active: boolean, createdAt: string, mustChangePassword: boolean, oneTimePasswordExpiresAt: string | null, hasPassword: boolean, team: { id: string, code: string, name: string } | null } };

export type TeamListQueryVariables = Exact<{
  page: number;
  perPage: number;
  sortField: TeamSortField;
  sortOrder: SortOrder;
  filter?: TeamFilter | null | undefined;
}>;


export type TeamListQuery = { rows: { total: number, totalIsEstimate: boolean, items: Array<{ id: string, code: string, name: string, provinceCode: string | null, batchIds: Array<string>, createdAt: string }> } };

export type TeamCreateMutationVariables = Exact<{
  input: CreateTeamInput;
}>;


export type TeamCreateMutation = { row: { id: string, code: string, name: string, provinceCode: string | null, batchIds: Array<string>, createdAt: string } };

export type TeamUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateTeamInput;
}>;


export type TeamUpdateMutation = { row: { id: string, code: string, name: string, provinceCode: string | null, batchIds: Array<string>, createdAt: string } };

export type ApiKeyListQueryVariables = Exact<{
  page: number;
  perPage: number;
  sortField: ApiKeySortField;
  sortOrder: SortOrder;
  filter?: ApiKeyFilter | null | undefined;
  detail: boolean;
}>;


export type ApiKeyListQuery = { rows: { total: number, totalIsEstimate: boolean, items: Array<{ id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, role: Role, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } & { createdBy?: { id: string, displayName: string } }> } };

export type ApiKeyCreateMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type ApiKeyCreateMutation = { row: { key: string, apiKey: { id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, role: Role, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } } };

export type UserSetTeamMutationVariables = Exact<{
  userId: string | number;
  teamId?: string | number | null | undefined;
}>;


export type UserSetTeamMutation = { row: { id: string, username: string, displayName: string, role: Role, keyerCode: string | null, active: boolean, createdAt: string, mustChangePassword: boolean, oneTimePasswordExpiresAt: string | null, hasPassword: boolean, team: { id: string, code: string, name: string } | null } };

export type ReopenResolutionMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type ReopenResolutionMutation = { reopenTask: { id: string, status: TaskStatus, claimedBy: { id: string } | null } };

export type RecentResolutionsQueryVariables = Exact<{
  me: string | number;
}>;


export type RecentResolutionsQuery = { correctionTasks: { total: number, items: Array<{ id: string, resolvedAt: string | null, canReopen: boolean, discrepancyCount: number, form: { id: string, formNumber: string }, batch: { id: string, code: string } }> } };

export type TaskReopenableQueryVariables = Exact<{
  id: string | number;
}>;


export type TaskReopenableQuery = { correctionTask: { id: string, canReopen: boolean, resolvedBy: { id: string } | null } };

export type CommentFieldsFragment = { id: string, text: string, createdAt: string, author: { id: string, username: string, displayName: string } };

export type ClaimNextMutationVariables = Exact<{
  batchId?: string | number | null | undefined;
}>;


export type ClaimNextMutation = { task: { id: string, kind: TaskKind, status: TaskStatus, note: string | null, escalated: boolean, leaseUntil: string | null, form: { id: string }, discrepancies: Array<{ id: string, fieldKey: string, kind: DiscrepancyKind, value1: string | null, value2: string | null, value3: string | null, note: string | null, suggestions: Array<string> | null, relatedValue: string | null, relatedForm: { id: string, formNumber: string, batch: { id: string, code: string } } | null }>, comments: Array<{ id: string, text: string, createdAt: string, author: { id: string, username: string, displayName: string } }> } | null };

export type ReviewFormQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewFormQuery = { form: { id: string, formNumber: string, imageRef: string | null, batch: { id: string, code: string }, fields: Array<{ value1: string | null, value2: string | null, finalValue: string | null, discrepancyId: string | null, field: { key: string, labelVi: string, labelEn: string, type: FieldType } }> } };

export type HeldTaskQueryVariables = Exact<{
  me: string | number;
}>;


export type HeldTaskQuery = { correctionTasks: { items: Array<{ id: string }> } };

export type ReleaseMutationVariables = Exact<{
  id: string | number;
  setAside?: boolean | null | undefined;
}>;


export type ReleaseMutation = { releaseTask: { id: string, status: TaskStatus } };

export type ResolveMutationVariables = Exact<{
  id: string | number;
  resolutions: Array<ResolutionInput> | ResolutionInput;
  overrideReason?: string | null | undefined;
}>;


export type ResolveMutation = { resolveTask: { id: string, status: TaskStatus, resolvedAt: string | null } };

export type ResolutionWarningsQueryVariables = Exact<{
  id: string | number;
  resolutions: Array<ResolutionInput> | ResolutionInput;
}>;


export type ResolutionWarningsQuery = { resolutionWarnings: Array<{ field: string, kind: DiscrepancyKind, check: string, message: string }> };

export type SpotCheckWarningsQueryVariables = Exact<{
  id: string | number;
  corrections: Array<FieldCorrectionInput> | FieldCorrectionInput;
}>;


export type SpotCheckWarningsQuery = { spotCheckWarnings: Array<{ field: string, kind: DiscrepancyKind, check: string, message: string }> };

export type EscalateMutationVariables = Exact<{
  id: string | number;
  comment: string;
}>;


export type EscalateMutation = { escalateTask: { id: string, status: TaskStatus, escalated: boolean } };

export type RekeyMutationVariables = Exact<{
  id: string | number;
  comment?: string | null | undefined;
}>;


export type RekeyMutation = { requestRekey: { id: string, status: TaskStatus } };

export type RejectMutationVariables = Exact<{
  taskId: string | number;
  reason: string;
}>;


export type RejectMutation = { rejectForm: { id: string, status: TaskStatus } };

export type CommentMutationVariables = Exact<{
  taskId: string | number;
  text: string;
}>;


export type CommentMutation = { addTaskComment: { id: string, text: string, createdAt: string, author: { id: string, username: string, displayName: string } } };

export type SpotCheckMutationVariables = Exact<{
  id: string | number;
  corrections: Array<FieldCorrectionInput> | FieldCorrectionInput;
  overrideReason?: string | null | undefined;
}>;


export type SpotCheckMutation = { resolveSpotCheck: { id: string, status: TaskStatus, discrepancyCount: number } };

export type ImportMutationVariables = Exact<{
  csv: string;
}>;


export type ImportMutation = { importUsers: { created: number, skipped: number, failed: number, oneTimePasswordsExpireAt: string | null, problems: Array<{ line: number, field: string, reason: string }>, skippedAccounts: Array<{ line: number, username: string }>, accounts: Array<{ id: string, line: number, username: string, displayName: string, role: Role, keyerCode: string | null, oneTimePassword: string }> } };

export type SetActiveMutationVariables = Exact<{
  id: string | number;
  active: boolean;
}>;


export type SetActiveMutation = { setUserActive: { id: string, active: boolean } };

export type ResetMutationVariables = Exact<{
  id: string | number;
}>;


export type ResetMutation = { resetPassword: { oneTimePassword: string, expiresAt: string, user: { id: string, mustChangePassword: boolean, hasPassword: boolean } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionFields on LoginResult {
  token
  expiresAt
  mustChangePassword
  user {
    id
    username
    displayName
    role
    keyerCode
  }
}
    `, {"fragmentName":"SessionFields"}) as unknown as TypedDocumentString<SessionFieldsFragment, unknown>;
export const ManifestFieldsFragmentDoc = new TypedDocumentString(`
    fragment ManifestFields on ExportManifest {
  batch
  directory
  exportedAt
  exportedBy
  files {
    name
    bytes
    sha256
  }
  manifestSha256
  recordCount
  rejectedForms
  templateCode
  templateVersion
}
    `, {"fragmentName":"ManifestFields"}) as unknown as TypedDocumentString<ManifestFieldsFragment, unknown>;
export const FieldLabelsFragmentDoc = new TypedDocumentString(`
    fragment FieldLabels on FieldDefinition {
  key
  labelVi
  labelEn
  type
}
    `, {"fragmentName":"FieldLabels"}) as unknown as TypedDocumentString<FieldLabelsFragment, unknown>;
export const KeyingLeaseFieldsFragmentDoc = new TypedDocumentString(`
    fragment KeyingLeaseFields on KeyingLeaseType {
  id
  batchId
  batchCode
  formNumber
  claimedAt
  leaseUntil
  scanUrl
  scanType
  fields {
    key
    labelVi
    labelEn
    type
    required
    allowed
  }
}
    `, {"fragmentName":"KeyingLeaseFields"}) as unknown as TypedDocumentString<KeyingLeaseFieldsFragment, unknown>;
export const BatchRowFragmentDoc = new TypedDocumentString(`
    fragment BatchRow on Batch {
  id
  code
  provinceCode
  district
  commune
  status
  createdAt
  handedOverAt
  spotCheckEvery
  spotCheckPercent
  spotCheckSeed
  spotCheckMode
  progress {
    forms
    awaitingKeyings
    onePassKeyed
    inReview
    autoVerified
    verified
  }
}
    `, {"fragmentName":"BatchRow"}) as unknown as TypedDocumentString<BatchRowFragment, unknown>;
export const BatchDetailFragmentDoc = new TypedDocumentString(`
    fragment BatchDetail on Batch {
  template {
    id
    code
    name
    version
  }
}
    `, {"fragmentName":"BatchDetail"}) as unknown as TypedDocumentString<BatchDetailFragment, unknown>;
export const FormRowFragmentDoc = new TypedDocumentString(`
    fragment FormRow on Form {
  id
  formNumber
  status
  imageRef
  createdAt
  updatedAt
  verifiedAt
  batch {
    id
    code
  }
  task {
    id
    status
    discrepancyCount
  }
}
    `, {"fragmentName":"FormRow"}) as unknown as TypedDocumentString<FormRowFragment, unknown>;
export const FormDetailFragmentDoc = new TypedDocumentString(`
    fragment FormDetail on Form {
  fields {
    field {
      key
      labelVi
      labelEn
      type
    }
    value1
    value2
    finalValue
    discrepancyId
    maskedDifference {
      kind
      editDistance
      first {
        cells {
          text
          change
        }
        changedAt
      }
      second {
        cells {
          text
          change
        }
        changedAt
      }
    }
  }
  verifiedRecord {
    id
  }
  task {
    kind
    note
    escalated
  }
}
    `, {"fragmentName":"FormDetail"}) as unknown as TypedDocumentString<FormDetailFragment, unknown>;
export const KeyingRowFragmentDoc = new TypedDocumentString(`
    fragment KeyingRow on Keying {
  id
  pass
  keyerCode
  stationCode
  keystrokes
  fieldsKeyed
  errorCount
  startedAt
  submittedAt
  createdAt
  form {
    id
    formNumber
    batch {
      id
      code
    }
  }
}
    `, {"fragmentName":"KeyingRow"}) as unknown as TypedDocumentString<KeyingRowFragment, unknown>;
export const KeyingDetailFragmentDoc = new TypedDocumentString(`
    fragment KeyingDetail on Keying {
  values {
    key
    value
    illegible
  }
}
    `, {"fragmentName":"KeyingDetail"}) as unknown as TypedDocumentString<KeyingDetailFragment, unknown>;
export const DiscrepancyRowFragmentDoc = new TypedDocumentString(`
    fragment DiscrepancyRow on Discrepancy {
  id
  fieldKey
  kind
  value1
  value2
  value3
  note
  finalValue
  editDistance
  outcome
  createdAt
  resolvedAt
  relatedValue
  maskedDifference {
    kind
    editDistance
    first {
      cells {
        text
        change
      }
      changedAt
    }
    second {
      cells {
        text
        change
      }
      changedAt
    }
  }
  field {
    key
    labelVi
    labelEn
    type
  }
  form {
    id
    formNumber
    batch {
      id
      code
    }
  }
  task {
    id
    status
  }
  relatedForm {
    id
    formNumber
    batch {
      id
      code
    }
  }
}
    `, {"fragmentName":"DiscrepancyRow"}) as unknown as TypedDocumentString<DiscrepancyRowFragment, unknown>;
export const UserRefFragmentDoc = new TypedDocumentString(`
    fragment UserRef on User {
  id
  displayName
}
    `, {"fragmentName":"UserRef"}) as unknown as TypedDocumentString<UserRefFragment, unknown>;
export const TaskRowFragmentDoc = new TypedDocumentString(`
    fragment TaskRow on CorrectionTask {
  id
  kind
  status
  escalated
  note
  discrepancyCount
  createdAt
  claimedAt
  leaseUntil
  resolvedAt
  claimedBy {
    ...UserRef
  }
  resolvedBy {
    ...UserRef
  }
  form {
    id
    formNumber
    status
  }
  batch {
    id
    code
  }
}
    fragment UserRef on User {
  id
  displayName
}`, {"fragmentName":"TaskRow"}) as unknown as TypedDocumentString<TaskRowFragment, unknown>;
export const TaskDetailFragmentDoc = new TypedDocumentString(`
    fragment TaskDetail on CorrectionTask {
  discrepancies {
    id
    fieldKey
    kind
    value1
    value2
    value3
    note
    finalValue
    outcome
    field {
      key
      labelVi
      labelEn
      type
    }
    relatedForm {
      id
      formNumber
      batch {
        id
        code
      }
    }
    relatedValue
    maskedDifference {
      kind
      editDistance
      first {
        cells {
          text
          change
        }
        changedAt
      }
      second {
        cells {
          text
          change
        }
        changedAt
      }
    }
  }
  comments {
    id
    text
    createdAt
    author {
      id
      displayName
    }
  }
}
    `, {"fragmentName":"TaskDetail"}) as unknown as TypedDocumentString<TaskDetailFragment, unknown>;
export const RecordRowFragmentDoc = new TypedDocumentString(`
    fragment RecordRow on VerifiedRecord {
  id
  automatic
  verifiedAt
  reviewerRef
  verifiedBy {
    ...UserRef
  }
  form {
    id
    formNumber
  }
  batch {
    id
    code
  }
}
    fragment UserRef on User {
  id
  displayName
}`, {"fragmentName":"RecordRow"}) as unknown as TypedDocumentString<RecordRowFragment, unknown>;
export const RecordDetailFragmentDoc = new TypedDocumentString(`
    fragment RecordDetail on VerifiedRecord {
  values {
    key
    value
    illegible
    source
  }
  batch {
    template {
      fields {
        key
        labelVi
        labelEn
      }
    }
  }
}
    `, {"fragmentName":"RecordDetail"}) as unknown as TypedDocumentString<RecordDetailFragment, unknown>;
export const AuditRowFragmentDoc = new TypedDocumentString(`
    fragment AuditRow on AuditEvent {
  id
  at
  actor
  action
  entityType
  entityId
  data
}
    `, {"fragmentName":"AuditRow"}) as unknown as TypedDocumentString<AuditRowFragment, unknown>;
export const UserRowFragmentDoc = new TypedDocumentString(`
    fragment UserRow on User {
  id
  username
  displayName
  role
  keyerCode
  active
  createdAt
  mustChangePassword
  oneTimePasswordExpiresAt
  hasPassword
  team {
    id
    code
    name
  }
}
    `, {"fragmentName":"UserRow"}) as unknown as TypedDocumentString<UserRowFragment, unknown>;
export const TeamRowFragmentDoc = new TypedDocumentString(`
    fragment TeamRow on Team {
  id
  code
  name
  provinceCode
  batchIds
  createdAt
}
    `, {"fragmentName":"TeamRow"}) as unknown as TypedDocumentString<TeamRowFragment, unknown>;
export const ApiKeyRowFragmentDoc = new TypedDocumentString(`
    fragment ApiKeyRow on ApiKey {
  id
  name
  prefix
  scopes
  role
  createdAt
  lastUsedAt
  revokedAt
}
    `, {"fragmentName":"ApiKeyRow"}) as unknown as TypedDocumentString<ApiKeyRowFragment, unknown>;
export const ApiKeyDetailFragmentDoc = new TypedDocumentString(`
    fragment ApiKeyDetail on ApiKey {
  createdBy {
    ...UserRef
  }
}
    fragment UserRef on User {
  id
  displayName
}`, {"fragmentName":"ApiKeyDetail"}) as unknown as TypedDocumentString<ApiKeyDetailFragment, unknown>;
export const CommentFieldsFragmentDoc = new TypedDocumentString(`
    fragment CommentFields on TaskComment {
  id
  text
  createdAt
  author {
    id
    username
    displayName
  }
}
    `, {"fragmentName":"CommentFields"}) as unknown as TypedDocumentString<CommentFieldsFragment, unknown>;
export const RevokeDocument = new TypedDocumentString(`
    mutation Revoke($id: ID!) {
  revokeApiKey(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeMutation, RevokeMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    ...SessionFields
  }
}
    fragment SessionFields on LoginResult {
  token
  expiresAt
  mustChangePassword
  user {
    id
    username
    displayName
    role
    keyerCode
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($oldPassword: String!, $newPassword: String!) {
  changePassword(oldPassword: $oldPassword, newPassword: $newPassword) {
    ...SessionFields
  }
}
    fragment SessionFields on LoginResult {
  token
  expiresAt
  mustChangePassword
  user {
    id
    username
    displayName
    role
    keyerCode
  }
}`) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const ExportDocument = new TypedDocumentString(`
    mutation Export($batchId: ID!) {
  exportBatch(batchId: $batchId) {
    ...ManifestFields
  }
}
    fragment ManifestFields on ExportManifest {
  batch
  directory
  exportedAt
  exportedBy
  files {
    name
    bytes
    sha256
  }
  manifestSha256
  recordCount
  rejectedForms
  templateCode
  templateVersion
}`) as unknown as TypedDocumentString<ExportMutation, ExportMutationVariables>;
export const ReopenDocument = new TypedDocumentString(`
    mutation Reopen($batchId: ID!, $reason: String!) {
  reopenBatch(batchId: $batchId, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReopenMutation, ReopenMutationVariables>;
export const PolicyDocument = new TypedDocumentString(`
    mutation Policy($batchId: ID!, $policy: SpotCheckPolicyInput!) {
  setSpotCheckPolicy(batchId: $batchId, policy: $policy) {
    id
    spotCheckEvery
    spotCheckPercent
    spotCheckSeed
  }
}
    `) as unknown as TypedDocumentString<PolicyMutation, PolicyMutationVariables>;
export const TplDocument = new TypedDocumentString(`
    query Tpl($code: String!) {
  template(code: $code) {
    fields {
      ...FieldLabels
    }
  }
}
    fragment FieldLabels on FieldDefinition {
  key
  labelVi
  labelEn
  type
}`) as unknown as TypedDocumentString<TplQuery, TplQueryVariables>;
export const ManagerOverviewDocument = new TypedDocumentString(`
    query ManagerOverview {
  openTasks: correctionTasks(
    filter: {status: OPEN}
    perPage: 1
    sortField: createdAt
    sortOrder: ASC
  ) {
    total
    items {
      id
      createdAt
    }
  }
  claimedTasks: correctionTasks(filter: {status: CLAIMED}, perPage: 1) {
    total
  }
  escalatedTasks: correctionTasks(filter: {status: ESCALATED}, perPage: 1) {
    total
  }
  inReview: forms(filter: {status: IN_REVIEW}, perPage: 1) {
    total
  }
  verified: forms(filter: {status: VERIFIED}, perPage: 1) {
    total
  }
  autoVerified: forms(filter: {status: AUTO_VERIFIED}, perPage: 1) {
    total
  }
  allForms: forms(perPage: 1) {
    total
  }
  openDiscrepancies: discrepancies(filter: {resolved: false}, perPage: 1) {
    total
  }
  batches(perPage: 6, sortField: createdAt, sortOrder: DESC) {
    total
    items {
      id
      code
      district
      commune
      status
      progress {
        forms
        awaitingKeyings
        onePassKeyed
        inReview
        autoVerified
        verified
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ManagerOverviewQuery, ManagerOverviewQueryVariables>;
export const DashboardTrendDocument = new TypedDocumentString(`
    query DashboardTrend($week: ReportFilter!, $today: ReportFilter!, $days: Int!) {
  week: areaReport(level: ALL, filter: $week) {
    items {
      errorRate
      errors
      fieldsKeyed
      pendingFields
    }
  }
  today: areaReport(level: ALL, filter: $today) {
    items {
      autoVerified
      reviewVerified
    }
  }
  daily: areaReport(
    level: ALL
    byDay: true
    perPage: $days
    sortField: day
    sortOrder: DESC
  ) {
    items {
      day
      errorRate
      errors
      fieldsKeyed
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardTrendQuery, DashboardTrendQueryVariables>;
export const DashboardQualityDocument = new TypedDocumentString(`
    query DashboardQuality($period: ReportFilter!, $fields: ReportFilter!) {
  fields: fieldReport(
    filter: $fields
    perPage: 12
    sortField: errorRate
    sortOrder: DESC
  ) {
    items {
      fieldKey
      errorRate
      errorRateLow
      errorRateHigh
      keyed
      errors
    }
  }
  provinces: areaReport(
    level: PROVINCE
    filter: $period
    perPage: 30
    sortField: errorRate
    sortOrder: DESC
  ) {
    items {
      provinceCode
      errorRate
      forms
      fieldsKeyed
    }
  }
  ooc: outOfControlKeyers(filter: $period, perPage: 10) {
    total
    keyersChecked
    populationRate
    items {
      keyerCode
      errorRate
      errorRateLow
      errorRateHigh
      pendingFields
      upperControlLimit
      fieldsKeyed
      forms
      zScore
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardQualityQuery, DashboardQualityQueryVariables>;
export const RescanDocument = new TypedDocumentString(`
    mutation Rescan($id: ID!, $imageRef: String!) {
  rescanForm(id: $id, imageRef: $imageRef) {
    id
    status
    imageRef
  }
}
    `) as unknown as TypedDocumentString<RescanMutation, RescanMutationVariables>;
export const KeyingClaimDocument = new TypedDocumentString(`
    mutation KeyingClaim($batchId: ID) {
  lease: claimNextKeying(batchId: $batchId) {
    ...KeyingLeaseFields
  }
}
    fragment KeyingLeaseFields on KeyingLeaseType {
  id
  batchId
  batchCode
  formNumber
  claimedAt
  leaseUntil
  scanUrl
  scanType
  fields {
    key
    labelVi
    labelEn
    type
    required
    allowed
  }
}`) as unknown as TypedDocumentString<KeyingClaimMutation, KeyingClaimMutationVariables>;
export const KeyingSaveDocument = new TypedDocumentString(`
    mutation KeyingSave($id: ID!, $keying: LeasedKeyingInput!, $batchId: ID) {
  saveLeasedKeying(id: $id, keying: $keying, next: true, batchId: $batchId) {
    status
    next {
      ...KeyingLeaseFields
    }
  }
}
    fragment KeyingLeaseFields on KeyingLeaseType {
  id
  batchId
  batchCode
  formNumber
  claimedAt
  leaseUntil
  scanUrl
  scanType
  fields {
    key
    labelVi
    labelEn
    type
    required
    allowed
  }
}`) as unknown as TypedDocumentString<KeyingSaveMutation, KeyingSaveMutationVariables>;
export const KeyingFiguresDocument = new TypedDocumentString(`
    query KeyingFigures {
  figures: myKeyingFigures {
    keyedToday
    keyedThisWeek
    medianSecondsThisWeek
    reviewedForms
    fieldsReviewed
    fieldErrors
    errorRate
  }
}
    `) as unknown as TypedDocumentString<KeyingFiguresQuery, KeyingFiguresQueryVariables>;
export const KeyerReportTabDocument = new TypedDocumentString(`
    query KeyerReportTab($filter: ReportFilter, $byDay: Boolean!, $sortField: KeyerReportSortField, $sortOrder: SortOrder) {
  report: keyerReport(
    filter: $filter
    byDay: $byDay
    perPage: 200
    sortField: $sortField
    sortOrder: $sortOrder
  ) {
    total
    items {
      keyerCode
      day
      forms
      fieldsKeyed
      fieldErrors
      errorRate
      errorRateLow
      errorRateHigh
      pendingFields
      errorsPerThousandKeystrokes
      medianSecondsPerForm
      upperControlLimit
      zScore
      outOfControl
    }
  }
}
    `) as unknown as TypedDocumentString<KeyerReportTabQuery, KeyerReportTabQueryVariables>;
export const FieldReportTabDocument = new TypedDocumentString(`
    query FieldReportTab($filter: ReportFilter, $byDay: Boolean!, $sortField: FieldReportSortField, $sortOrder: SortOrder) {
  report: fieldReport(
    filter: $filter
    byDay: $byDay
    perPage: 200
    sortField: $sortField
    sortOrder: $sortOrder
  ) {
    total
    items {
      fieldKey
      day
      keyed
      errors
      errorRate
      errorRateLow
      errorRateHigh
      pendingFields
      compared
      discrepancies
      discrepancyRate
    }
  }
}
    `) as unknown as TypedDocumentString<FieldReportTabQuery, FieldReportTabQueryVariables>;
export const AreaReportTabDocument = new TypedDocumentString(`
    query AreaReportTab($filter: ReportFilter, $byDay: Boolean!, $level: AreaLevel!, $sortField: AreaReportSortField, $sortOrder: SortOrder) {
  report: areaReport(
    filter: $filter
    byDay: $byDay
    perPage: 200
    level: $level
    sortField: $sortField
    sortOrder: $sortOrder
  ) {
    total
    items {
      batchCode
      district
      provinceCode
      day
      forms
      compared
      discrepancyRate
      errors
      fieldsKeyed
      errorRate
      pendingFields
      agreementRate
      autoVerified
      reviewVerified
      done
      progress
      openTasks
    }
  }
}
    `) as unknown as TypedDocumentString<AreaReportTabQuery, AreaReportTabQueryVariables>;
export const ReviewerReportTabDocument = new TypedDocumentString(`
    query ReviewerReportTab($filter: ReportFilter, $byDay: Boolean!, $sortField: ReviewerReportSortField, $sortOrder: SortOrder) {
  report: reviewerReport(
    filter: $filter
    byDay: $byDay
    perPage: 200
    sortField: $sortField
    sortOrder: $sortOrder
  ) {
    total
    items {
      reviewerId
      reviewerName
      day
      tasksResolved
      fieldsResolved
      escalated
      rejected
      medianSecondsToResolve
      p90SecondsToResolve
      agreedFirstRate
      agreedSecondRate
      agreedNeitherRate
      spotChecks
      spotCorrections
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewerReportTabQuery, ReviewerReportTabQueryVariables>;
export const AgreementReportTabDocument = new TypedDocumentString(`
    query AgreementReportTab($filter: ReportFilter, $byDay: Boolean!, $sortField: KeyerPairSortField, $sortOrder: SortOrder) {
  report: agreementReport(
    filter: $filter
    byDay: $byDay
    perPage: 200
    sortField: $sortField
    sortOrder: $sortOrder
  ) {
    total
    items {
      keyerA
      keyerB
      day
      forms
      fieldsCompared
      fieldsAgreed
      agreementRate
    }
    overall {
      forms
      fieldsCompared
      fieldsAgreed
      agreementRate
    }
  }
}
    `) as unknown as TypedDocumentString<AgreementReportTabQuery, AgreementReportTabQueryVariables>;
export const ReportBatchesDocument = new TypedDocumentString(`
    query ReportBatches {
  batches(perPage: 200, sortField: createdAt, sortOrder: DESC) {
    items {
      id
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReportBatchesQuery, ReportBatchesQueryVariables>;
export const ReportCsvDocument = new TypedDocumentString(`
    query ReportCsv($report: ReportName!, $filter: ReportFilter, $byDay: Boolean!, $level: AreaLevel!) {
  reportCsv(report: $report, filter: $filter, byDay: $byDay, level: $level)
}
    `) as unknown as TypedDocumentString<ReportCsvQuery, ReportCsvQueryVariables>;
export const BatchListDocument = new TypedDocumentString(`
    query BatchList($page: Int!, $perPage: Int!, $sortField: BatchSortField!, $sortOrder: SortOrder!, $filter: BatchFilter, $detail: Boolean!) {
  rows: batches(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    total
    totalIsEstimate
    items {
      ...BatchRow
      ...BatchDetail @include(if: $detail)
    }
  }
}
    fragment BatchRow on Batch {
  id
  code
  provinceCode
  district
  commune
  status
  createdAt
  handedOverAt
  spotCheckEvery
  spotCheckPercent
  spotCheckSeed
  spotCheckMode
  progress {
    forms
    awaitingKeyings
    onePassKeyed
    inReview
    autoVerified
    verified
  }
}
fragment BatchDetail on Batch {
  template {
    id
    code
    name
    version
  }
}`) as unknown as TypedDocumentString<BatchListQuery, BatchListQueryVariables>;
export const BatchOneDocument = new TypedDocumentString(`
    query BatchOne($id: ID!) {
  row: batch(id: $id) {
    ...BatchRow
    ...BatchDetail
  }
}
    fragment BatchRow on Batch {
  id
  code
  provinceCode
  district
  commune
  status
  createdAt
  handedOverAt
  spotCheckEvery
  spotCheckPercent
  spotCheckSeed
  spotCheckMode
  progress {
    forms
    awaitingKeyings
    onePassKeyed
    inReview
    autoVerified
    verified
  }
}
fragment BatchDetail on Batch {
  template {
    id
    code
    name
    version
  }
}`) as unknown as TypedDocumentString<BatchOneQuery, BatchOneQueryVariables>;
export const BatchCreateDocument = new TypedDocumentString(`
    mutation BatchCreate($input: CreateBatchInput!) {
  row: createBatch(input: $input) {
    ...BatchRow
  }
}
    fragment BatchRow on Batch {
  id
  code
  provinceCode
  district
  commune
  status
  createdAt
  handedOverAt
  spotCheckEvery
  spotCheckPercent
  spotCheckSeed
  spotCheckMode
  progress {
    forms
    awaitingKeyings
    onePassKeyed
    inReview
    autoVerified
    verified
  }
}`) as unknown as TypedDocumentString<BatchCreateMutation, BatchCreateMutationVariables>;
export const FormListDocument = new TypedDocumentString(`
    query FormList($page: Int!, $perPage: Int!, $sortField: FormSortField!, $sortOrder: SortOrder!, $filter: FormFilter, $detail: Boolean!) {
  rows: forms(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    total
    totalIsEstimate
    items {
      ...FormRow
      ...FormDetail @include(if: $detail)
    }
  }
}
    fragment FormRow on Form {
  id
  formNumber
  status
  imageRef
  createdAt
  updatedAt
  verifiedAt
  batch {
    id
    code
  }
  task {
    id
    status
    discrepancyCount
  }
}
fragment FormDetail on Form {
  fields {
    field {
      key
      labelVi
      labelEn
      type
    }
    value1
    value2
    finalValue
    discrepancyId
    maskedDifference {
      kind
      editDistance
      first {
        cells {
          text
          change
        }
        changedAt
      }
      second {
        cells {
          text
          change
        }
        changedAt
      }
    }
  }
  verifiedRecord {
    id
  }
  task {
    kind
    note
    escalated
  }
}`) as unknown as TypedDocumentString<FormListQuery, FormListQueryVariables>;
export const FormOneDocument = new TypedDocumentString(`
    query FormOne($id: ID!) {
  row: form(id: $id) {
    ...FormRow
    ...FormDetail
  }
}
    fragment FormRow on Form {
  id
  formNumber
  status
  imageRef
  createdAt
  updatedAt
  verifiedAt
  batch {
    id
    code
  }
  task {
    id
    status
    discrepancyCount
  }
}
fragment FormDetail on Form {
  fields {
    field {
      key
      labelVi
      labelEn
      type
    }
    value1
    value2
    finalValue
    discrepancyId
    maskedDifference {
      kind
      editDistance
      first {
        cells {
          text
          change
        }
        changedAt
      }
      second {
        cells {
          text
          change
        }
        changedAt
      }
    }
  }
  verifiedRecord {
    id
  }
  task {
    kind
    note
    escalated
  }
}`) as unknown as TypedDocumentString<FormOneQuery, FormOneQueryVariables>;
export const KeyingListDocument = new TypedDocumentString(`
    query KeyingList($page: Int!, $perPage: Int!, $sortField: KeyingSortField!, $sortOrder: SortOrder!, $filter: KeyingFilter, $detail: Boolean!) {
  rows: keyings(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    total
    totalIsEstimate
    items {
      ...KeyingRow
      ...KeyingDetail @include(if: $detail)
    }
  }
}
    fragment KeyingRow on Keying {
  id
  pass
  keyerCode
  stationCode
  keystrokes
  fieldsKeyed
  errorCount
  startedAt
  submittedAt
  createdAt
  form {
    id
    formNumber
    batch {
      id
      code
    }
  }
}
fragment KeyingDetail on Keying {
  values {
    key
    value
    illegible
  }
}`) as unknown as TypedDocumentString<KeyingListQuery, KeyingListQueryVariables>;
export const KeyingOneDocument = new TypedDocumentString(`
    query KeyingOne($id: ID!) {
  row: keying(id: $id) {
    ...KeyingRow
    ...KeyingDetail
  }
}
    fragment KeyingRow on Keying {
  id
  pass
  keyerCode
  stationCode
  keystrokes
  fieldsKeyed
  errorCount
  startedAt
  submittedAt
  createdAt
  form {
    id
    formNumber
    batch {
      id
      code
    }
  }
}
fragment KeyingDetail on Keying {
  values {
    key
    value
    illegible
  }
}`) as unknown as TypedDocumentString<KeyingOneQuery, KeyingOneQueryVariables>;
export const DiscrepancyListDocument = new TypedDocumentString(`
    query DiscrepancyList($page: Int!, $perPage: Int!, $sortField: DiscrepancySortField!, $sortOrder: SortOrder!, $filter: DiscrepancyFilter) {
  rows: discrepancies(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    total
    totalIsEstimate
    items {
      ...DiscrepancyRow
    }
  }
}
    fragment DiscrepancyRow on Discrepancy {
  id
  fieldKey
  kind
  value1
  value2
  value3
  note
  finalValue
  editDistance
  outcome
  createdAt
  resolvedAt
  relatedValue
  maskedDifference {
    kind
    editDistance
    first {
      cells {
        text
        change
      }
      changedAt
    }
    second {
      cells {
        text
        change
      }
      changedAt
    }
  }
  field {
    key
    labelVi
    labelEn
    type
  }
  form {
    id
    formNumber
    batch {
      id
      code
    }
  }
  task {
    id
    status
  }
  relatedForm {
    id
    formNumber
    batch {
      id
      code
    }
  }
}`) as unknown as TypedDocumentString<DiscrepancyListQuery, DiscrepancyListQueryVariables>;
export const DiscrepancyOneDocument = new TypedDocumentString(`
    query DiscrepancyOne($id: ID!) {
  row: discrepancy(id: $id) {
    ...DiscrepancyRow
  }
}
    fragment DiscrepancyRow on Discrepancy {
  id
  fieldKey
  kind
  value1
  value2
  value3
  note
  finalValue
  editDistance
  outcome
  createdAt
  resolvedAt
  relatedValue
  maskedDifference {
    kind
    editDistance
    first {
      cells {
        text
        change
      }
      changedAt
    }
    second {
      cells {
        text
        change
      }
      changedAt
    }
  }
  field {
    key
    labelVi
    labelEn
    type
  }
  form {
    id
    formNumber
    batch {
      id
      code
    }
  }
  task {
    id
    status
  }
  relatedForm {
    id
    formNumber
    batch {
      id
      code
    }
  }
}`) as unknown as TypedDocumentString<DiscrepancyOneQuery, DiscrepancyOneQueryVariables>;
export const TaskListDocument = new TypedDocumentString(`
    query TaskList($page: Int!, $perPage: Int!, $sortField: CorrectionTaskSortField!, $sortOrder: SortOrder!, $filter: CorrectionTaskFilter, $detail: Boolean!) {
  rows: correctionTasks(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    total
    totalIsEstimate
    items {
      ...TaskRow
      ...TaskDetail @include(if: $detail)
    }
  }
}
    fragment UserRef on User {
  id
  displayName
}
fragment TaskRow on CorrectionTask {
  id
  kind
  status
  escalated
  note
  discrepancyCount
  createdAt
  claimedAt
  leaseUntil
  resolvedAt
  claimedBy {
    ...UserRef
  }
  resolvedBy {
    ...UserRef
  }
  form {
    id
    formNumber
    status
  }
  batch {
    id
    code
  }
}
fragment TaskDetail on CorrectionTask {
  discrepancies {
    id
    fieldKey
    kind
    value1
    value2
    value3
    note
    finalValue
    outcome
    field {
      key
      labelVi
      labelEn
      type
    }
    relatedForm {
      id
      formNumber
      batch {
        id
        code
      }
    }
    relatedValue
    maskedDifference {
      kind
      editDistance
      first {
        cells {
          text
          change
        }
        changedAt
      }
      second {
        cells {
          text
          change
        }
        changedAt
      }
    }
  }
  comments {
    id
    text
    createdAt
    author {
      id
      displayName
    }
  }
}`) as unknown as TypedDocumentString<TaskListQuery, TaskListQueryVariables>;
export const TaskOneDocument = new TypedDocumentString(`
    query TaskOne($id: ID!) {
  row: correctionTask(id: $id) {
    ...TaskRow
    ...TaskDetail
  }
}
    fragment UserRef on User {
  id
  displayName
}
fragment TaskRow on CorrectionTask {
  id
  kind
  status
  escalated
  note
  discrepancyCount
  createdAt
  claimedAt
  leaseUntil
  resolvedAt
  claimedBy {
    ...UserRef
  }
  resolvedBy {
    ...UserRef
  }
  form {
    id
    formNumber
    status
  }
  batch {
    id
    code
  }
}
fragment TaskDetail on CorrectionTask {
  discrepancies {
    id
    fieldKey
    kind
    value1
    value2
    value3
    note
    finalValue
    outcome
    field {
      key
      labelVi
      labelEn
      type
    }
    relatedForm {
      id
      formNumber
      batch {
        id
        code
      }
    }
    relatedValue
    maskedDifference {
      kind
      editDistance
      first {
        cells {
          text
          change
        }
        changedAt
      }
      second {
        cells {
          text
          change
        }
        changedAt
      }
    }
  }
  comments {
    id
    text
    createdAt
    author {
      id
      displayName
    }
  }
}`) as unknown as TypedDocumentString<TaskOneQuery, TaskOneQueryVariables>;
export const RecordListDocument = new TypedDocumentString(`
    query RecordList($page: Int!, $perPage: Int!, $sortField: VerifiedRecordSortField!, $sortOrder: SortOrder!, $filter: VerifiedRecordFilter, $detail: Boolean!) {
  rows: verifiedRecords(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    total
    totalIsEstimate
    items {
      ...RecordRow
      ...RecordDetail @include(if: $detail)
    }
  }
}
    fragment UserRef on User {
  id
  displayName
}
fragment RecordRow on VerifiedRecord {
  id
  automatic
  verifiedAt
  reviewerRef
  verifiedBy {
    ...UserRef
  }
  form {
    id
    formNumber
  }
  batch {
    id
    code
  }
}
fragment RecordDetail on VerifiedRecord {
  values {
    key
    value
    illegible
    source
  }
  batch {
    template {
      fields {
        key
        labelVi
        labelEn
      }
    }
  }
}`) as unknown as TypedDocumentString<RecordListQuery, RecordListQueryVariables>;
export const RecordOneDocument = new TypedDocumentString(`
    query RecordOne($id: ID!) {
  row: verifiedRecord(id: $id) {
    ...RecordRow
    ...RecordDetail
  }
}
    fragment UserRef on User {
  id
  displayName
}
fragment RecordRow on VerifiedRecord {
  id
  automatic
  verifiedAt
  reviewerRef
  verifiedBy {
    ...UserRef
  }
  form {
    id
    formNumber
  }
  batch {
    id
    code
  }
}
fragment RecordDetail on VerifiedRecord {
  values {
    key
    value
    illegible
    source
  }
  batch {
    template {
      fields {
        key
        labelVi
        labelEn
      }
    }
  }
}`) as unknown as TypedDocumentString<RecordOneQuery, RecordOneQueryVariables>;
export const AuditListDocument = new TypedDocumentString(`
    query AuditList($page: Int!, $perPage: Int!, $sortField: AuditEventSortField!, $sortOrder: SortOrder!, $filter: AuditEventFilter) {
  rows: auditEvents(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    total
    totalIsEstimate
    items {
      ...AuditRow
    }
  }
}
    fragment AuditRow on AuditEvent {
  id
  at
  actor
  action
  entityType
  entityId
  data
}`) as unknown as TypedDocumentString<AuditListQuery, AuditListQueryVariables>;
export const AuditOneDocument = new TypedDocumentString(`
    query AuditOne($id: ID!) {
  row: auditEvent(id: $id) {
    ...AuditRow
  }
}
    fragment AuditRow on AuditEvent {
  id
  at
  actor
  action
  entityType
  entityId
  data
}`) as unknown as TypedDocumentString<AuditOneQuery, AuditOneQueryVariables>;
export const UserListDocument = new TypedDocumentString(`
    query UserList($page: Int!, $perPage: Int!, $sortField: UserSortField!, $sortOrder: SortOrder!, $filter: UserFilter) {
  rows: users(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    total
    totalIsEstimate
    items {
      ...UserRow
    }
  }
}
    fragment UserRow on User {
  id
  username
  displayName
  role
  keyerCode
  active
  createdAt
  mustChangePassword
  oneTimePasswordExpiresAt
  hasPassword
  team {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<UserListQuery, UserListQueryVariables>;
export const UserOneDocument = new TypedDocumentString(`
    query UserOne($id: ID!) {
  row: user(id: $id) {
    ...UserRow
  }
}
    fragment UserRow on User {
  id
  username
  displayName
  role
  keyerCode
  active
  createdAt
  mustChangePassword
  oneTimePasswordExpiresAt
  hasPassword
  team {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<UserOneQuery, UserOneQueryVariables>;
export const UserCreateDocument = new TypedDocumentString(`
    mutation UserCreate($input: CreateUserInput!) {
  row: createUser(input: $input) {
    ...UserRow
  }
}
    fragment UserRow on User {
  id
  username
  displayName
  role
  keyerCode
  active
  createdAt
  mustChangePassword
  oneTimePasswordExpiresAt
  hasPassword
  team {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<UserCreateMutation, UserCreateMutationVariables>;
export const UserUpdateDocument = new TypedDocumentString(`
    mutation UserUpdate($id: ID!, $input: UpdateUserInput!) {
  row: updateUser(id: $id, input: $input) {
    ...UserRow
  }
}
    fragment UserRow on User {
  id
  username
  displayName
  role
  keyerCode
  active
  createdAt
  mustChangePassword
  oneTimePasswordExpiresAt
  hasPassword
  team {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<UserUpdateMutation, UserUpdateMutationVariables>;
export const TeamListDocument = new TypedDocumentString(`
    query TeamList($page: Int!, $perPage: Int!, $sortField: TeamSortField!, $sortOrder: SortOrder!, $filter: TeamFilter) {
  rows: teams(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    total
    totalIsEstimate
    items {
      ...TeamRow
    }
  }
}
    fragment TeamRow on Team {
  id
  code
  name
  provinceCode
  batchIds
  createdAt
}`) as unknown as TypedDocumentString<TeamListQuery, TeamListQueryVariables>;
export const TeamCreateDocument = new TypedDocumentString(`
    mutation TeamCreate($input: CreateTeamInput!) {
  row: createTeam(input: $input) {
    ...TeamRow
  }
}
    fragment TeamRow on Team {
  id
  code
  name
  provinceCode
  batchIds
  createdAt
}`) as unknown as TypedDocumentString<TeamCreateMutation, TeamCreateMutationVariables>;
export const TeamUpdateDocument = new TypedDocumentString(`
    mutation TeamUpdate($id: ID!, $input: UpdateTeamInput!) {
  row: updateTeam(id: $id, input: $input) {
    ...TeamRow
  }
}
    fragment TeamRow on Team {
  id
  code
  name
  provinceCode
  batchIds
  createdAt
}`) as unknown as TypedDocumentString<TeamUpdateMutation, TeamUpdateMutationVariables>;
export const ApiKeyListDocument = new TypedDocumentString(`
    query ApiKeyList($page: Int!, $perPage: Int!, $sortField: ApiKeySortField!, $sortOrder: SortOrder!, $filter: ApiKeyFilter, $detail: Boolean!) {
  rows: apiKeys(
    page: $page
    perPage: $perPage
    sortField: $sortField
    sortOrder: $sortOrder
    filter: $filter
  ) {
    total
    totalIsEstimate
    items {
      ...ApiKeyRow
      ...ApiKeyDetail @include(if: $detail)
    }
  }
}
    fragment UserRef on User {
  id
  displayName
}
fragment ApiKeyRow on ApiKey {
  id
  name
  prefix
  scopes
  role
  createdAt
  lastUsedAt
  revokedAt
}
fragment ApiKeyDetail on ApiKey {
  createdBy {
    ...UserRef
  }
}`) as unknown as TypedDocumentString<ApiKeyListQuery, ApiKeyListQueryVariables>;
export const ApiKeyCreateDocument = new TypedDocumentString(`
    mutation ApiKeyCreate($input: CreateApiKeyInput!) {
  row: createApiKey(input: $input) {
    key
    apiKey {
      ...ApiKeyRow
    }
  }
}
    fragment ApiKeyRow on ApiKey {
  id
  name
  prefix
  scopes
  role
  createdAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<ApiKeyCreateMutation, ApiKeyCreateMutationVariables>;
export const UserSetTeamDocument = new TypedDocumentString(`
    mutation UserSetTeam($userId: ID!, $teamId: ID) {
  row: setUserTeam(userId: $userId, teamId: $teamId) {
    ...UserRow
  }
}
    fragment UserRow on User {
  id
  username
  displayName
  role
  keyerCode
  active
  createdAt
  mustChangePassword
  oneTimePasswordExpiresAt
  hasPassword
  team {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<UserSetTeamMutation, UserSetTeamMutationVariables>;
export const ReopenResolutionDocument = new TypedDocumentString(`
    mutation ReopenResolution($id: ID!, $reason: String) {
  reopenTask(id: $id, reason: $reason) {
    id
    status
    claimedBy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ReopenResolutionMutation, ReopenResolutionMutationVariables>;
export const RecentResolutionsDocument = new TypedDocumentString(`
    query RecentResolutions($me: ID!) {
  correctionTasks(
    filter: {status: RESOLVED, resolvedById: $me}
    perPage: 10
    sortField: resolvedAt
    sortOrder: DESC
  ) {
    total
    items {
      id
      resolvedAt
      canReopen
      discrepancyCount
      form {
        id
        formNumber
      }
      batch {
        id
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecentResolutionsQuery, RecentResolutionsQueryVariables>;
export const TaskReopenableDocument = new TypedDocumentString(`
    query TaskReopenable($id: ID!) {
  correctionTask(id: $id) {
    id
    canReopen
    resolvedBy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TaskReopenableQuery, TaskReopenableQueryVariables>;
export const ClaimNextDocument = new TypedDocumentString(`
    mutation ClaimNext($batchId: ID) {
  task: claimNextTask(batchId: $batchId) {
    id
    kind
    status
    note
    escalated
    leaseUntil
    form {
      id
    }
    discrepancies {
      id
      fieldKey
      kind
      value1
      value2
      value3
      note
      suggestions
      relatedForm {
        id
        formNumber
        batch {
          id
          code
        }
      }
      relatedValue
    }
    comments {
      ...CommentFields
    }
  }
}
    fragment CommentFields on TaskComment {
  id
  text
  createdAt
  author {
    id
    username
    displayName
  }
}`) as unknown as TypedDocumentString<ClaimNextMutation, ClaimNextMutationVariables>;
export const ReviewFormDocument = new TypedDocumentString(`
    query ReviewForm($id: ID!) {
  form(id: $id) {
    id
    formNumber
    imageRef
    batch {
      id
      code
    }
    fields {
      field {
        ...FieldLabels
      }
      value1
      value2
      finalValue
      discrepancyId
    }
  }
}
    fragment FieldLabels on FieldDefinition {
  key
  labelVi
  labelEn
  type
}`) as unknown as TypedDocumentString<ReviewFormQuery, ReviewFormQueryVariables>;
export const HeldTaskDocument = new TypedDocumentString(`
    query HeldTask($me: ID!) {
  correctionTasks(
    filter: {status: CLAIMED, claimedById: $me}
    perPage: 1
    sortField: id
    sortOrder: ASC
  ) {
    items {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<HeldTaskQuery, HeldTaskQueryVariables>;
export const ReleaseDocument = new TypedDocumentString(`
    mutation Release($id: ID!, $setAside: Boolean) {
  releaseTask(id: $id, setAside: $setAside) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReleaseMutation, ReleaseMutationVariables>;
export const ResolveDocument = new TypedDocumentString(`
    mutation Resolve($id: ID!, $resolutions: [ResolutionInput!]!, $overrideReason: String) {
  resolveTask(id: $id, resolutions: $resolutions, overrideReason: $overrideReason) {
    id
    status
    resolvedAt
  }
}
    `) as unknown as TypedDocumentString<ResolveMutation, ResolveMutationVariables>;
export const ResolutionWarningsDocument = new TypedDocumentString(`
    query ResolutionWarnings($id: ID!, $resolutions: [ResolutionInput!]!) {
  resolutionWarnings(id: $id, resolutions: $resolutions) {
    field
    kind
    check
    message
  }
}
    `) as unknown as TypedDocumentString<ResolutionWarningsQuery, ResolutionWarningsQueryVariables>;
export const SpotCheckWarningsDocument = new TypedDocumentString(`
    query SpotCheckWarnings($id: ID!, $corrections: [FieldCorrectionInput!]!) {
  spotCheckWarnings(id: $id, corrections: $corrections) {
    field
    kind
    check
    message
  }
}
    `) as unknown as TypedDocumentString<SpotCheckWarningsQuery, SpotCheckWarningsQueryVariables>;
export const EscalateDocument = new TypedDocumentString(`
    mutation Escalate($id: ID!, $comment: String!) {
  escalateTask(id: $id, comment: $comment) {
    id
    status
    escalated
  }
}
    `) as unknown as TypedDocumentString<EscalateMutation, EscalateMutationVariables>;
export const RekeyDocument = new TypedDocumentString(`
    mutation Rekey($id: ID!, $comment: String) {
  requestRekey(id: $id, comment: $comment) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RekeyMutation, RekeyMutationVariables>;
export const RejectDocument = new TypedDocumentString(`
    mutation Reject($taskId: ID!, $reason: String!) {
  rejectForm(taskId: $taskId, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RejectMutation, RejectMutationVariables>;
export const CommentDocument = new TypedDocumentString(`
    mutation Comment($taskId: ID!, $text: String!) {
  addTaskComment(taskId: $taskId, text: $text) {
    ...CommentFields
  }
}
    fragment CommentFields on TaskComment {
  id
  text
  createdAt
  author {
    id
    username
    displayName
  }
}`) as unknown as TypedDocumentString<CommentMutation, CommentMutationVariables>;
export const SpotCheckDocument = new TypedDocumentString(`
    mutation SpotCheck($id: ID!, $corrections: [FieldCorrectionInput!]!, $overrideReason: String) {
  resolveSpotCheck(
    id: $id
    corrections: $corrections
    overrideReason: $overrideReason
  ) {
    id
    status
    discrepancyCount
  }
}
    `) as unknown as TypedDocumentString<SpotCheckMutation, SpotCheckMutationVariables>;
export const ImportDocument = new TypedDocumentString(`
    mutation Import($csv: String!) {
  importUsers(csv: $csv) {
    created
    skipped
    failed
    problems {
      line
      field
      reason
    }
    skippedAccounts {
      line
      username
    }
    accounts {
      id
      line
      username
      displayName
      role
      keyerCode
      oneTimePassword
    }
    oneTimePasswordsExpireAt
  }
}
    `) as unknown as TypedDocumentString<ImportMutation, ImportMutationVariables>;
export const SetActiveDocument = new TypedDocumentString(`
    mutation SetActive($id: ID!, $active: Boolean!) {
  setUserActive(id: $id, active: $active) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<SetActiveMutation, SetActiveMutationVariables>;
export const ResetDocument = new TypedDocumentString(`
    mutation Reset($id: ID!) {
  resetPassword(id: $id) {
    oneTimePassword
    expiresAt
    user {
      id
      mustChangePassword
      hasPassword
    }
  }
}
    `) as unknown as TypedDocumentString<ResetMutation, ResetMutationVariables>;