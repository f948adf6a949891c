/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** What an area report row covers: one batch, a district, a province, or everything */
export type AreaLevel =
  | 'ALL'
  | 'BATCH'
  | 'DISTRICT'
  | 'PROVINCE';

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

/** A clerk to register as a KEYER account (no password until an admin sets one) */
export type ClerkInput = {
  displayName: string;
  /** The code their keyings carry; unique */
  keyerCode: string;
  /** Defaults to the keyer code in lower case (`clerk-<code>` when that is not a valid username) */
  username?: string | null | undefined;
};

export type CorrectionTaskFilter = {
  batchId?: string | number | null | undefined;
  claimedById?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** The reviewer who resolved it (a reviewer's recent resolutions) */
  resolvedById?: string | number | null | undefined;
  status?: TaskStatus | null | undefined;
};

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

/** A spot-check correction of one field of a verified record (a field both clerks agreed on: see CorrectionTask.spotCheckFields) */
export type FieldCorrectionInput = {
  fieldKey: string;
  illegible?: boolean | null | undefined;
  value?: string | null | undefined;
};

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

/** One clerk's keying of one form */
export type KeyingInput = {
  batchCode: string;
  formNumber: string;
  /** Unique per keying; resending the same keying with it is safe */
  idempotencyKey: string;
  /** Keys of fields the clerk marked illegible */
  illegibleFields?: Array<string> | null | undefined;
  /** Scan of the form, when the station knows it */
  imageRef?: string | null | undefined;
  /** The clerk's code. A clerk signed in (role KEYER) may leave it out: their keyings carry their own code, and any other is refused (KEYER_MISMATCH). Stations and API keys must name a registered clerk (UNKNOWN_KEYER otherwise). */
  keyerCode?: string | null | undefined;
  /** 1 or 2; 3 for the re-key of a form whose task asked for one (disputed fields only) */
  pass: number;
  startedAt: string;
  stationCode: string;
  submittedAt: string;
  /** Field key -> typed value (string) or null when empty */
  values: Record<string, any>;
};

export type KeyingStatus =
  /** Stored */
  | 'ACCEPTED'
  /** Already stored under this idempotency key with the same content: nothing stored */
  | 'DUPLICATE'
  /** Not stored; `code`, `message` and `problems` say why */
  | 'REJECTED';

export type LeasedKeyingInput = {
  /** Unique per keying: made once when the form opens and sent again on every retry of its save */
  idempotencyKey: string;
  /** Keys of fields marked illegible */
  illegibleFields?: Array<string> | null | undefined;
  /** When the form was opened on screen */
  startedAt: string;
  submittedAt: string;
  /** Field key -> typed value (string) or null when empty */
  values: Record<string, any>;
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

export type AccountsTeamsCreateTeamMutationVariables = Exact<{
  i: CreateTeamInput;
}>;


export type AccountsTeamsCreateTeamMutation = { createTeam: { id: string, code: string } };

export type AccountsTeamsUpdateUserMutationVariables = Exact<{
  id: string | number;
  i: UpdateUserInput;
}>;


export type AccountsTeamsUpdateUserMutation = { updateUser: { id: string, team: { code: string } | null } };

export type AccountsTeamsImportUsersMutationVariables = Exact<{
  csv: string;
}>;


export type AccountsTeamsImportUsersMutation = { importUsers: { created: number, skipped: number, failed: number, accounts: Array<{ line: number, username: string, team: string | null }>, problems: Array<{ line: number, field: string, reason: string }> } };

export type AccountsTeamsUserQueryVariables = Exact<{
  id: string | number;
}>;


export type AccountsTeamsUserQuery = { user: { team: { code: string } | null } };

export type AccountsTeamsUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsTeamsUsersQuery = { users: { items: Array<{ id: string, username: string }> } };

export type AccountsTeamsTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsTeamsTeamsQuery = { teams: { items: Array<{ id: string, code: string }> } };

export type AccountsTeamsUser2QueryVariables = Exact<{
  id: string | number;
}>;


export type AccountsTeamsUser2Query = { user: { displayName: string } };

export type AccountsTeamsUsers2QueryVariables = Exact<{
  t: string | number;
}>;


export type AccountsTeamsUsers2Query = { users: { items: Array<{ username: string }> } };

export type AccountsTeamsAuditEventsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccountsTeamsAuditEventsQuery = { auditEvents: { items: Array<{ data: Record<string, any> }> } };

export type AccountsLoginMutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type AccountsLoginMutation = { login: { token: string, mustChangePassword: boolean, user: { id: string, username: string, role: Role } } };

export type AccountsCreateUserMutationVariables = Exact<{
  i: CreateUserInput;
}>;


export type AccountsCreateUserMutation = { createUser: { id: string, username: string, displayName: string, role: Role, keyerCode: string | null, mustChangePassword: boolean, hasPassword: boolean } };

export type AccountsUpdateUserMutationVariables = Exact<{
  id: string | number;
  i: UpdateUserInput;
}>;


export type AccountsUpdateUserMutation = { updateUser: { id: string, displayName: string, role: Role, keyerCode: string | null } };

export type AccountsSetUserActiveMutationVariables = Exact<{
  id: string | number;
  a: boolean;
}>;


export type AccountsSetUserActiveMutation = { setUserActive: { id: string, active: boolean } };

export type AccountsResetPasswordMutationVariables = Exact<{
  id: string | number;
}>;


export type AccountsResetPasswordMutation = { resetPassword: { oneTimePassword: string, expiresAt: string, user: { id: string, mustChangePassword: boolean, hasPassword: boolean } } };

export type AccountsChangePasswordMutationVariables = Exact<{
  o: string;
  n: string;
}>;


export type AccountsChangePasswordMutation = { changePassword: { token: string, mustChangePassword: boolean, user: { username: string } } };

export type AccountsLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type AccountsLogoutMutation = { logout: boolean };

export type BatchesQueryVariables = Exact<{ [key: string]: never; }>;


export type BatchesQuery = { batches: { total: number } };

export type AccountsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsMeQuery = { me: { username: string, mustChangePassword: boolean } };

export type AccountsImportUsersMutationVariables = Exact<{
  csv: string;
}>;


export type AccountsImportUsersMutation = { importUsers: { created: number, skipped: number, failed: number, oneTimePasswordsExpireAt: string | null, accounts: Array<{ line: number, id: string, username: string, displayName: string, role: Role, keyerCode: string | null, oneTimePassword: string }>, skippedAccounts: Array<{ line: number, username: string }>, problems: Array<{ line: number, field: string, reason: string }> } };

export type AccountsCorrectionTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsCorrectionTasksQuery = { correctionTasks: { total: number } };

export type AccountsClaimNextTaskMutationVariables = Exact<{ [key: string]: never; }>;


export type AccountsClaimNextTaskMutation = { claimNextTask: { id: string } | null };

export type AccountsUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsUsersQuery = { users: { items: Array<{ id: string, keyerCode: string | null, hasPassword: boolean }> } };

export type AccountsCreateApiKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type AccountsCreateApiKeyMutation = { createApiKey: { key: string } };

export type AccountsUsers2QueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsUsers2Query = { users: { items: Array<{ id: string, keyerCode: string | null }> } };

export type AccountsUsers3QueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsUsers3Query = { users: { total: number } };

export type AccountsCreatePersonalKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type AccountsCreatePersonalKeyMutation = { createApiKey: { key: string } };

export type AccountsRecordsByKeyQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsRecordsByKeyQuery = { verifiedRecords: { total: number } };

export type AccountsUserOtpQueryVariables = Exact<{
  id: string | number;
}>;


export type AccountsUserOtpQuery = { users: { items: Array<{ mustChangePassword: boolean, oneTimePasswordExpiresAt: string | null }> } };

export type AccountsMyOtpQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsMyOtpQuery = { me: { username: string, oneTimePasswordExpiresAt: string | null } };

export type AdmissionRecordsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdmissionRecordsQuery = { verifiedRecords: { total: number, items: Array<{ id: string }> } };

export type AdmissionTrivialQueryVariables = Exact<{ [key: string]: never; }>;


export type AdmissionTrivialQuery = { __typename: 'Query' };

export type AdmissionLoginMutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type AdmissionLoginMutation = { login: { token: string } };

export type AggregateFoldAreaReportQueryVariables = Exact<{ [key: string]: never; }>;


export type AggregateFoldAreaReportQuery = { areaReport: { items: Array<{ forms: number }> } };

export type AgreedErrorsClaimNextTaskMutationVariables = Exact<{
  b?: string | number | null | undefined;
}>;


export type AgreedErrorsClaimNextTaskMutation = { claimNextTask: { id: string, form: { id: string }, discrepancies: Array<{ id: string, fieldKey: string, kind: DiscrepancyKind, value1: string | null, value2: string | null, note: string | null, suggestions: Array<string> | null }> } | null };

export type AgreedErrorsFormQueryVariables = Exact<{
  f: string | number;
}>;


export type AgreedErrorsFormQuery = { form: { discrepancies: Array<{ fieldKey: string, kind: DiscrepancyKind, value1: string | null, note: string | null, suggestions: Array<string> | null }> } };

export type AgreedErrorsResolveTaskMutationVariables = Exact<{
  id: string | number;
  r: Array<ResolutionInput> | ResolutionInput;
}>;


export type AgreedErrorsResolveTaskMutation = { resolveTask: { status: TaskStatus, form: { discrepancies: Array<{ fieldKey: string, outcome: Outcome | null }> } } };

export type AgreedErrorsKeyerReportQueryVariables = Exact<{ [key: string]: never; }>;


export type AgreedErrorsKeyerReportQuery = { keyerReport: { items: Array<{ keyerCode: string, fieldErrors: number, errorKinds: Array<{ kind: DiscrepancyKind, errors: number }> }> } };

export type AgreedErrorsForm2QueryVariables = Exact<{
  f: string | number;
}>;


export type AgreedErrorsForm2Query = { form: { verifiedRecord: { values: Array<{ key: string, value: string | null }> } | null } };

export type LoginMutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type LoginMutation = { login: { token: string } };

export type AtRestVerifiedRecordsQueryVariables = Exact<{
  c: string;
}>;


export type AtRestVerifiedRecordsQuery = { verifiedRecords: { total: number, items: Array<{ id: string, values: Array<{ key: string, value: string | null }> }> } };

export type AtRestVerifiedRecords2QueryVariables = Exact<{
  id: string | number;
}>;


export type AtRestVerifiedRecords2Query = { verifiedRecords: { items: Array<{ values: Array<{ key: string, value: string | null }> }> } };

export type AtRestAuditEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type AtRestAuditEventsQuery = { auditEvents: { total: number } };

export type TypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type TypenameQuery = { __typename: 'Query' };

export type AuditChainSetSpotCheckPolicyMutationVariables = Exact<{ [key: string]: never; }>;


export type AuditChainSetSpotCheckPolicyMutation = { setSpotCheckPolicy: { id: string } };

export type AuditChainCreateApiKeyMutationVariables = Exact<{
  n: string;
}>;


export type AuditChainCreateApiKeyMutation = { createApiKey: { key: string } };

export type AuthCacheMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthCacheMeQuery = { me: { username: string, role: Role } };

export type AuthCacheSetActiveMutationVariables = Exact<{
  id: string | number;
  a: boolean;
}>;


export type AuthCacheSetActiveMutation = { setUserActive: { id: string, active: boolean } };

export type AuthCacheUpdateMutationVariables = Exact<{
  id: string | number;
  i: UpdateUserInput;
}>;


export type AuthCacheUpdateMutation = { updateUser: { id: string, role: Role } };

export type BatchCodesCreateBatchMutationVariables = Exact<{
  i: CreateBatchInput;
}>;


export type BatchCodesCreateBatchMutation = { createBatch: { id: string, code: string } };

export type BatchCodesExportBatchMutationVariables = Exact<{
  b: string | number;
}>;


export type BatchCodesExportBatchMutation = { exportBatch: { directory: string } };

export type CrashSubmitKeyingsMutationVariables = Exact<{
  k: Array<KeyingInput> | KeyingInput;
}>;


export type CrashSubmitKeyingsMutation = { submitKeyings: Array<{ idempotencyKey: string, status: KeyingStatus, keyingId: string | null, code: string | null }> };

export type ClaimNextTaskMutationVariables = Exact<{ [key: string]: never; }>;


export type ClaimNextTaskMutation = { claimNextTask: { id: string, discrepancies: Array<{ id: string }> } | null };

export type ResolveTaskMutationVariables = Exact<{
  id: string | number;
  r: Array<ResolutionInput> | ResolutionInput;
}>;


export type ResolveTaskMutation = { resolveTask: { id: string, status: TaskStatus } };

export type CrashCreateBatchMutationVariables = Exact<{
  i: CreateBatchInput;
}>;


export type CrashCreateBatchMutation = { createBatch: { id: string } };

export type EndpointHardeningFormsQueryVariables = Exact<{
  f?: FormFilter | null | undefined;
}>;


export type EndpointHardeningFormsQuery = { forms: { total: number } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string } };

export type Me2QueryVariables = Exact<{ [key: string]: never; }>;


export type Me2Query = { me: { username: string } };

export type FinalChecksClaimNextTaskMutationVariables = Exact<{
  b?: string | number | null | undefined;
}>;


export type FinalChecksClaimNextTaskMutation = { claimNextTask: { id: string, kind: TaskKind, discrepancies: Array<{ id: string, fieldKey: string, value1: string | null, value2: string | null, value3: string | null }> } | null };

export type FinalChecksResolveTaskMutationVariables = Exact<{
  id: string | number;
  r: Array<ResolutionInput> | ResolutionInput;
  why?: string | null | undefined;
}>;


export type FinalChecksResolveTaskMutation = { resolveTask: { id: string, status: TaskStatus, form: { status: FormStatus } } };

export type ResolutionWarningsQueryVariables = Exact<{
  id: string | number;
  r: Array<ResolutionInput> | ResolutionInput;
}>;


export type ResolutionWarningsQuery = { resolutionWarnings: Array<{ field: string, kind: DiscrepancyKind, check: string, message: string }> };

export type FinalChecksResolveSpotCheckMutationVariables = Exact<{
  id: string | number;
  c: Array<FieldCorrectionInput> | FieldCorrectionInput;
  why?: string | null | undefined;
}>;


export type FinalChecksResolveSpotCheckMutation = { resolveSpotCheck: { id: string, status: TaskStatus } };

export type FinalChecksSpotCheckWarningsQueryVariables = Exact<{
  id: string | number;
  c: Array<FieldCorrectionInput> | FieldCorrectionInput;
}>;


export type FinalChecksSpotCheckWarningsQuery = { spotCheckWarnings: Array<{ field: string, kind: DiscrepancyKind, check: string, message: string }> };

export type FinalChecksRequestRekeyMutationVariables = Exact<{
  id: string | number;
}>;


export type FinalChecksRequestRekeyMutation = { requestRekey: { status: TaskStatus } };

export type FinalChecksAuditEventsQueryVariables = Exact<{
  id: string | number;
}>;


export type FinalChecksAuditEventsQuery = { auditEvents: { items: Array<{ data: Record<string, any> }> } };

export type FinalChecksFormsQueryVariables = Exact<{
  b: string | number;
}>;


export type FinalChecksFormsQuery = { forms: { items: Array<{ formNumber: string, verifiedRecord: { values: Array<{ key: string, value: string | null }> } | null }> } };

export type FuzzSubmitKeyingsMutationVariables = Exact<{
  k: Array<KeyingInput> | KeyingInput;
}>;


export type FuzzSubmitKeyingsMutation = { submitKeyings: Array<{ index: number, status: KeyingStatus, keyingId: string | null, code: string | null, message: string | null, problems: Array<{ field: string, reason: string }> }> };

export type CreateUserMutationVariables = Exact<{
  i: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string } };

export type HostileBatchesQueryVariables = Exact<{
  s: string;
}>;


export type HostileBatchesQuery = { r: { total: number } };

export type HostileBatches2QueryVariables = Exact<{
  s: string;
}>;


export type HostileBatches2Query = { r: { total: number } };

export type HostileBatches3QueryVariables = Exact<{
  s: string | number;
}>;


export type HostileBatches3Query = { r: { total: number } };

export type HostileFormsQueryVariables = Exact<{
  s: string;
}>;


export type HostileFormsQuery = { r: { total: number } };

export type HostileForms2QueryVariables = Exact<{
  s: string | number;
}>;


export type HostileForms2Query = { r: { total: number } };

export type HostileKeyingsQueryVariables = Exact<{
  s: string;
}>;


export type HostileKeyingsQuery = { r: { total: number } };

export type HostileDiscrepanciesQueryVariables = Exact<{
  s: string;
}>;


export type HostileDiscrepanciesQuery = { r: { total: number } };

export type HostileVerifiedRecordsQueryVariables = Exact<{
  s: string | number;
}>;


export type HostileVerifiedRecordsQuery = { r: { total: number } };

export type HostileAuditEventsQueryVariables = Exact<{
  s: string;
}>;


export type HostileAuditEventsQuery = { r: { total: number } };

export type HostileAuditEvents2QueryVariables = Exact<{
  s: string;
}>;


export type HostileAuditEvents2Query = { r: { total: number } };

export type HostileUsersQueryVariables = Exact<{
  s: string | number;
}>;


export type HostileUsersQuery = { r: { total: number } };

export type HostileTemplateQueryVariables = Exact<{
  s: string;
}>;


export type HostileTemplateQuery = { r: { code: string } };

export type HostileBatches4QueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type HostileBatches4Query = { batches: { total: number } };

export type HostileCreateBatch2MutationVariables = Exact<{ [key: string]: never; }>;


export type HostileCreateBatch2Mutation = { createBatch: { id: string } };

export type HostileCreateBatch3MutationVariables = Exact<{ [key: string]: never; }>;


export type HostileCreateBatch3Mutation = { createBatch: { id: string } };

export type HostileForms3QueryVariables = Exact<{ [key: string]: never; }>;


export type HostileForms3Query = { forms: { total: number } };

export type HostileForms4QueryVariables = Exact<{ [key: string]: never; }>;


export type HostileForms4Query = { forms: { total: number } };

export type HostileForms5QueryVariables = Exact<{ [key: string]: never; }>;


export type HostileForms5Query = { forms: { total: number } };

export type HostileResolveTaskMutationVariables = Exact<{
  r: Array<ResolutionInput> | ResolutionInput;
}>;


export type HostileResolveTaskMutation = { resolveTask: { id: string } };

export type HouseholdsFormQueryVariables = Exact<{
  f: string | number;
}>;


export type HouseholdsFormQuery = { form: { id: string, formNumber: string, status: FormStatus, discrepancies: Array<{ id: string, fieldKey: string, kind: DiscrepancyKind, note: string | null, value1: string | null, relatedValue: string | null, resolvedAt: string | null, relatedForm: { id: string, formNumber: string } | null }> } };

export type HouseholdsClaimMutationVariables = Exact<{
  b?: string | number | null | undefined;
}>;


export type HouseholdsClaimMutation = { claimNextTask: { id: string, form: { id: string, formNumber: string }, discrepancies: Array<{ id: string, fieldKey: string, kind: DiscrepancyKind, note: string | null, value1: string | null, relatedValue: string | null, relatedForm: { id: string, formNumber: string } | null }> } | null };

export type HouseholdsResolveMutationVariables = Exact<{
  id: string | number;
  r: Array<ResolutionInput> | ResolutionInput;
  why?: string | null | undefined;
}>;


export type HouseholdsResolveMutation = { resolveTask: { status: TaskStatus, form: { status: FormStatus } } };

export type HouseholdsWarningsQueryVariables = Exact<{
  id: string | number;
  r: Array<ResolutionInput> | ResolutionInput;
}>;


export type HouseholdsWarningsQuery = { resolutionWarnings: Array<{ field: string, kind: DiscrepancyKind, check: string, message: string }> };

export type HouseholdsBatchQueryVariables = Exact<{
  id: string | number;
}>;


export type HouseholdsBatchQuery = { batch: { status: BatchStatus } };

export type HouseholdsRecordQueryVariables = Exact<{
  f: string | number;
}>;


export type HouseholdsRecordQuery = { form: { verifiedRecord: { automatic: boolean, values: Array<{ key: string, value: string | null }> } | null } };

export type HouseholdsExportMutationVariables = Exact<{
  b: string | number;
}>;


export type HouseholdsExportMutation = { exportBatch: { recordCount: number } };

export type IndependenceFormQueryVariables = Exact<{
  id: string | number;
}>;


export type IndependenceFormQuery = { form: { status: FormStatus, task: { id: string } | null, verifiedRecord: { id: string } | null, keyings: Array<{ pass: number, keyerCode: string, submittedBy: string }> } };

export type IndependenceKeyingsQueryVariables = Exact<{ [key: string]: never; }>;


export type IndependenceKeyingsQuery = { keyings: { total: number }, verifiedRecords: { total: number } };

export type IndependenceAuditEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type IndependenceAuditEventsQuery = { auditEvents: { items: Array<{ actor: string, data: Record<string, any> }> } };

export type IndependenceCreateApiKeyMutationVariables = Exact<{
  n: string;
}>;


export type IndependenceCreateApiKeyMutation = { createApiKey: { key: string } };

export type IndependenceRegisterClerksMutationVariables = Exact<{ [key: string]: never; }>;


export type IndependenceRegisterClerksMutation = { registerClerks: { created: number, existing: number } };

export type IndependenceClaimNextTaskMutationVariables = Exact<{ [key: string]: never; }>;


export type IndependenceClaimNextTaskMutation = { claimNextTask: { id: string, form: { formNumber: string } } | null };

export type RequestRekeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RequestRekeyMutation = { requestRekey: { status: TaskStatus } };

export type IndependenceCreateUserMutationVariables = Exact<{
  i: CreateUserInput;
}>;


export type IndependenceCreateUserMutation = { createUser: { id: string, role: Role, keyerCode: string | null } };

export type IndependenceRegisterClerks2MutationVariables = Exact<{
  c: Array<ClerkInput> | ClerkInput;
}>;


export type IndependenceRegisterClerks2Mutation = { registerClerks: { created: number, existing: number } };

export type IndependenceAuditEvents2QueryVariables = Exact<{ [key: string]: never; }>;


export type IndependenceAuditEvents2Query = { auditEvents: { total: number }, created: { total: number } };

export type IndependenceUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type IndependenceUsersQuery = { users: { items: Array<{ username: string, keyerCode: string | null }> } };

export type IndependenceLoginMutationVariables = Exact<{ [key: string]: never; }>;


export type IndependenceLoginMutation = { login: { token: string } };

export type IngestFormsQueryVariables = Exact<{ [key: string]: never; }>;


export type IngestFormsQuery = { forms: { total: number }, keyings: { total: number }, correctionTasks: { total: number }, verifiedRecords: { total: number }, discrepancies: { total: number } };

export type IngestFormQueryVariables = Exact<{
  id: string | number;
}>;


export type IngestFormQuery = { form: { status: FormStatus, verifiedAt: string | null, task: { id: string } | null, keyings: Array<{ pass: number, keyerCode: string, values: Array<{ key: string, value: string | null }> }>, verifiedRecord: { automatic: boolean, values: Array<{ key: string, value: string | null, source: ValueSource }> } | null } };

export type IngestForm2QueryVariables = Exact<{
  id: string | number;
}>;


export type IngestForm2Query = { form: { status: FormStatus, task: { status: TaskStatus, discrepancyCount: number } | null, discrepancies: Array<{ fieldKey: string, value1: string | null, value2: string | null, kind: DiscrepancyKind, editDistance: number | null, outcome: Outcome | null }> } };

export type IngestBatchStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type IngestBatchStatusQuery = { batch: { status: BatchStatus } };

export type IngestKeyingsQueryVariables = Exact<{ [key: string]: never; }>;


export type IngestKeyingsQuery = { keyings: { total: number } };

export type IngestForms2QueryVariables = Exact<{ [key: string]: never; }>;


export type IngestForms2Query = { forms: { total: number } };

export type IngestForm3QueryVariables = Exact<{
  id: string | number;
}>;


export type IngestForm3Query = { form: { keyings: Array<{ values: Array<{ key: string, value: string | null, illegible: boolean }> }>, discrepancies: Array<{ fieldKey: string, kind: DiscrepancyKind }> } };

export type KeyingStationClaimMutationVariables = Exact<{
  b?: string | number | null | undefined;
}>;


export type KeyingStationClaimMutation = { claimNextKeying: { id: string, batchId: string, batchCode: string, formNumber: string, claimedAt: string, leaseUntil: string, scanUrl: string | null, scanType: string | null, fields: Array<{ key: string, type: FieldType, required: boolean, allowed: Array<string> }> } | null };

export type KeyingStationSaveMutationVariables = Exact<{
  id: string | number;
  k: LeasedKeyingInput;
}>;


export type KeyingStationSaveMutation = { saveLeasedKeying: { status: string } };

export type KeyingStationSaveNextMutationVariables = Exact<{
  id: string | number;
  k: LeasedKeyingInput;
  b?: string | number | null | undefined;
}>;


export type KeyingStationSaveNextMutation = { saveLeasedKeying: { status: string, next: { id: string, formNumber: string } | null } };

export type KeyingStationFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type KeyingStationFiguresQuery = { myKeyingFigures: { keyedToday: number, keyedThisWeek: number, medianSecondsThisWeek: number | null, reviewedForms: number, fieldsReviewed: number, fieldErrors: number, errorRate: number | null } };

export type KeyingStationLoginMutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type KeyingStationLoginMutation = { login: { token: string } };

export type KeyingStationClaimTaskMutationVariables = Exact<{
  b?: string | number | null | undefined;
}>;


export type KeyingStationClaimTaskMutation = { claimNextTask: { id: string, form: { formNumber: string, imageRef: string | null }, discrepancies: Array<{ id: string, fieldKey: string }> } | null };

export type KeyingStationResolveMutationVariables = Exact<{
  id: string | number;
  r: Array<ResolutionInput> | ResolutionInput;
}>;


export type KeyingStationResolveMutation = { resolveTask: { id: string, status: TaskStatus, form: { status: FormStatus } } };

export type KeyingStationBatchQueryVariables = Exact<{
  id: string | number;
}>;


export type KeyingStationBatchQuery = { batch: { status: BatchStatus } };

export type PlanTaskTotalQueryVariables = Exact<{
  f?: CorrectionTaskFilter | null | undefined;
}>;


export type PlanTaskTotalQuery = { correctionTasks: { total: number, totalIsEstimate: boolean, hasNextPage: boolean } };

export type ManagerViewsFormQueryVariables = Exact<{
  n: string;
}>;


export type ManagerViewsFormQuery = { forms: { items: Array<{ id: string, task: { id: string, discrepancyCount: number } | null, discrepancies: Array<{ id: string, fieldKey: string, kind: DiscrepancyKind, value1: string | null, value2: string | null, editDistance: number | null, maskedDifference: { kind: DiscrepancyKind, editDistance: number | null, first: { changedAt: Array<number>, cells: Array<{ text: string, change: CellChange }> }, second: { changedAt: Array<number>, cells: Array<{ text: string, change: CellChange }> } } | null }>, fields: Array<{ value1: string | null, value2: string | null, discrepancyId: string | null, field: { key: string }, maskedDifference: { kind: DiscrepancyKind, editDistance: number | null, first: { changedAt: Array<number>, cells: Array<{ text: string, change: CellChange }> }, second: { changedAt: Array<number>, cells: Array<{ text: string, change: CellChange }> } } | null }> }> } };

export type ManagerViewsDiscrepancyQueryVariables = Exact<{
  id: string | number;
}>;


export type ManagerViewsDiscrepancyQuery = { discrepancy: { fieldKey: string, value1: string | null, value2: string | null, editDistance: number | null, maskedDifference: { kind: DiscrepancyKind, editDistance: number | null, first: { changedAt: Array<number>, cells: Array<{ text: string, change: CellChange }> }, second: { changedAt: Array<number>, cells: Array<{ text: string, change: CellChange }> } } | null } };

export type ManagerViewsKeyersQueryVariables = Exact<{
  f?: ReportFilter | null | undefined;
  d?: boolean | null | undefined;
}>;


export type ManagerViewsKeyersQuery = { keyerReport: { items: Array<{ keyerCode: string, day: string | null, fieldErrors: number, errorRate: number | null, pendingFields: number | null }> } };

export type ManagerViewsAreasQueryVariables = Exact<{
  l: AreaLevel;
  f?: ReportFilter | null | undefined;
  d?: boolean | null | undefined;
}>;


export type ManagerViewsAreasQuery = { areaReport: { items: Array<{ batchCode: string | null, errors: number, errorRate: number | null, openTasks: number | null, pendingFields: number | null }> } };

export type ManagerViewsFieldsQueryVariables = Exact<{
  f?: ReportFilter | null | undefined;
}>;


export type ManagerViewsFieldsQuery = { fieldReport: { items: Array<{ fieldKey: string, errors: number, pendingFields: number | null }> } };

export type ManagerViewsKeyersPlainQueryVariables = Exact<{ [key: string]: never; }>;


export type ManagerViewsKeyersPlainQuery = { keyerReport: { items: Array<{ keyerCode: string, errorRate: number | null }> } };

export type ManagerViewsKeyersFragmentQueryVariables = Exact<{ [key: string]: never; }>;


export type ManagerViewsKeyersFragmentQuery = { keyerReport: { items: Array<{ keyerCode: string, waiting: number | null }> } };

export type WaitingFragment = { waiting: number | null };

export type ManagerViewsOutOfControlQueryVariables = Exact<{ [key: string]: never; }>;


export type ManagerViewsOutOfControlQuery = { outOfControlKeyers: { items: Array<{ keyerCode: string, pendingFields: number | null }> } };

export type ManagerViewsReviewersQueryVariables = Exact<{ [key: string]: never; }>;


export type ManagerViewsReviewersQuery = { reviewerReport: { items: Array<{ reviewerId: string, reviewerName: string | null, tasksResolved: number }> } };

export type ManagerViewsClaimMutationVariables = Exact<{
  b?: string | number | null | undefined;
}>;


export type ManagerViewsClaimMutation = { claimNextTask: { id: string, discrepancies: Array<{ id: string }> } | null };

export type ManagerViewsResolveMutationVariables = Exact<{
  id: string | number;
  r: Array<ResolutionInput> | ResolutionInput;
}>;


export type ManagerViewsResolveMutation = { resolveTask: { id: string, status: TaskStatus } };

export type ManagerViewsCreateKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type ManagerViewsCreateKeyMutation = { createApiKey: { key: string } };

export type MutationAuditClaimNextTaskMutationVariables = Exact<{
  b?: string | number | null | undefined;
}>;


export type MutationAuditClaimNextTaskMutation = { claimNextTask: { id: string, form: { id: string }, discrepancies: Array<{ id: string }> } | null };

export type MutationAuditResolveTaskMutationVariables = Exact<{
  id: string | number;
  r: Array<ResolutionInput> | ResolutionInput;
}>;


export type MutationAuditResolveTaskMutation = { resolveTask: { id: string } };

export type MutationAuditRejectFormMutationVariables = Exact<{
  id: string | number;
}>;


export type MutationAuditRejectFormMutation = { rejectForm: { id: string } };

export type ExportBatchMutationVariables = Exact<{
  b: string | number;
}>;


export type ExportBatchMutation = { exportBatch: { recordCount: number } };

export type MutationAuditCreateTeamMutationVariables = Exact<{
  i: CreateTeamInput;
}>;


export type MutationAuditCreateTeamMutation = { createTeam: { id: string } };

export type MutationAuditClaimNextKeyingMutationVariables = Exact<{
  b?: string | number | null | undefined;
}>;


export type MutationAuditClaimNextKeyingMutation = { claimNextKeying: { id: string } | null };

export type MutationAuditCreateApiKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type MutationAuditCreateApiKeyMutation = { createApiKey: { apiKey: { id: string } } };

export type CreateApiKeyMutationVariables = Exact<{
  i: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { key: string } };

export type PermissionsVerifiedRecordsQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionsVerifiedRecordsQuery = { verifiedRecords: { total: number, items: Array<{ id: string, values: Array<{ key: string, value: string | null }> }> } };

export type WalkToKeyingsQueryVariables = Exact<{ [key: string]: never; }>;


export type WalkToKeyingsQuery = { verifiedRecords: { items: Array<{ form: { formNumber: string, keyings: Array<{ pass: number }> } }> } };

export type WalkToDiscrepanciesQueryVariables = Exact<{ [key: string]: never; }>;


export type WalkToDiscrepanciesQuery = { verifiedRecords: { items: Array<{ form: { formNumber: string, discrepancies: Array<{ id: string }> } }> } };

export type WalkToTaskQueryVariables = Exact<{ [key: string]: never; }>;


export type WalkToTaskQuery = { verifiedRecords: { items: Array<{ form: { formNumber: string, task: { id: string } | null } }> } };

export type WalkToFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type WalkToFieldsQuery = { verifiedRecords: { items: Array<{ form: { formNumber: string, fields: Array<{ value1: string | null }> } }> } };

export type PermissionsVerifiedRecords2QueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionsVerifiedRecords2Query = { verifiedRecords: { items: Array<{ form: { formNumber: string }, batch: { code: string }, verifiedBy: { displayName: string } | null }> } };

export type PermissionsCreateApiKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type PermissionsCreateApiKeyMutation = { createApiKey: { key: string, apiKey: { id: string } } };

export type PermissionsRevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type PermissionsRevokeApiKeyMutation = { revokeApiKey: { revokedAt: string | null } };

export type QueriesFormsQueryVariables = Exact<{
  n: number;
}>;


export type QueriesFormsQuery = { forms: { total: number, items: Array<{ id: string, formNumber: string, batch: { code: string }, keyings: Array<{ pass: number, keyerCode: string, values: Array<{ key: string, value: string | null }> }>, discrepancies: Array<{ fieldKey: string, kind: DiscrepancyKind }>, task: { status: TaskStatus } | null, verifiedRecord: { values: Array<{ key: string, source: ValueSource }> } | null, fields: Array<{ value1: string | null, value2: string | null, discrepancyId: string | null, field: { key: string } }> }> } };

export type QueriesForms2QueryVariables = Exact<{
  p: number;
}>;


export type QueriesForms2Query = { forms: { total: number, page: number | null, perPage: number, items: Array<{ id: string, status: FormStatus }> } };

export type QueriesForms3QueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesForms3Query = { forms: { items: Array<{ formNumber: string }> } };

export type QueriesBatchesQueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesBatchesQuery = { batches: { total: number, items: Array<{ code: string, progress: { forms: number, autoVerified: number, inReview: number } }> } };

export type QueriesBatches2QueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesBatches2Query = { batches: { items: Array<{ id: string }> } };

export type QueriesForms4QueryVariables = Exact<{
  b: string | number;
}>;


export type QueriesForms4Query = { forms: { total: number }, correctionTasks: { total: number }, discrepancies: { total: number } };

export type QueriesKeyingsQueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesKeyingsQuery = { keyings: { total: number } };

export type VerifiedRecordsQueryVariables = Exact<{ [key: string]: never; }>;


export type VerifiedRecordsQuery = { verifiedRecords: { total: number } };

export type QueriesForms5QueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesForms5Query = { forms: { total: number } };

export type QueriesForms6QueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesForms6Query = { forms: { total: number } };

export type QueriesFormQueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesFormQuery = { form: { id: string } };

export type QueriesForm2QueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesForm2Query = { form: { id: string } };

export type QueriesForms7QueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesForms7Query = { forms: { total: number } };

export type VerifiedRecords2QueryVariables = Exact<{ [key: string]: never; }>;


export type VerifiedRecords2Query = { verifiedRecords: { total: number } };

export type QueriesUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesUsersQuery = { users: { total: number } };

export type QueriesLoginMutationVariables = Exact<{ [key: string]: never; }>;


export type QueriesLoginMutation = { login: { token: string } };

export type QueriesLogin2MutationVariables = Exact<{ [key: string]: never; }>;


export type QueriesLogin2Mutation = { login: { token: string } };

export type ReopenClaimMutationVariables = Exact<{
  b?: string | number | null | undefined;
}>;


export type ReopenClaimMutation = { claimNextTask: { id: string, form: { id: string, formNumber: string }, discrepancies: Array<{ id: string, fieldKey: string, value1: string | null, value2: string | null }> } | null };

export type ReopenResolveMutationVariables = Exact<{
  id: string | number;
  r: Array<ResolutionInput> | ResolutionInput;
  why?: string | null | undefined;
}>;


export type ReopenResolveMutation = { resolveTask: { id: string, status: TaskStatus, form: { status: FormStatus } } };

export type ReopenTaskMutationVariables = Exact<{
  id: string | number;
  why?: string | null | undefined;
}>;


export type ReopenTaskMutation = { reopenTask: { id: string, status: TaskStatus, resolvedAt: string | null, leaseUntil: string | null, canReopen: boolean, resolvedBy: { username: string } | null, claimedBy: { username: string } | null, form: { id: string, status: FormStatus, verifiedRecord: { version: number, values: Array<{ key: string, value: string | null, source: ValueSource }> } | null }, discrepancies: Array<{ fieldKey: string, outcome: Outcome | null, finalValue: string | null, resolvedAt: string | null }> } };

export type ReopenTaskViewQueryVariables = Exact<{
  id: string | number;
}>;


export type ReopenTaskViewQuery = { correctionTask: { id: string, status: TaskStatus, canReopen: boolean, resolvedBy: { username: string } | null } };

export type ReopenBatchQueryVariables = Exact<{
  id: string | number;
}>;


export type ReopenBatchQuery = { batch: { status: BatchStatus } };

export type ReopenExportMutationVariables = Exact<{
  b: string | number;
}>;


export type ReopenExportMutation = { exportBatch: { recordCount: number } };

export type ReopenUnlockBatchMutationVariables = Exact<{
  b: string | number;
}>;


export type ReopenUnlockBatchMutation = { reopenBatch: { status: BatchStatus } };

export type ReopenMineQueryVariables = Exact<{
  f?: CorrectionTaskFilter | null | undefined;
}>;


export type ReopenMineQuery = { correctionTasks: { items: Array<{ id: string, canReopen: boolean, form: { formNumber: string } }> } };

export type ReopenWarningsQueryVariables = Exact<{
  id: string | number;
  r: Array<ResolutionInput> | ResolutionInput;
}>;


export type ReopenWarningsQuery = { resolutionWarnings: Array<{ field: string, kind: DiscrepancyKind, check: string, message: string }> };

export type ReopenMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ReopenMeQuery = { me: { id: string } };

export type ReplicaClaimNextTaskMutationVariables = Exact<{ [key: string]: never; }>;


export type ReplicaClaimNextTaskMutation = { claimNextTask: { id: string, status: TaskStatus, claimedBy: { username: string } | null, form: { id: string, status: FormStatus }, discrepancies: Array<{ id: string, fieldKey: string }> } | null };

export type ReplicaResolveTaskMutationVariables = Exact<{
  id: string | number;
  r: Array<ResolutionInput> | ResolutionInput;
}>;


export type ReplicaResolveTaskMutation = { resolveTask: { id: string, status: TaskStatus, form: { id: string, status: FormStatus, verifiedRecord: { id: string } | null } } };

export type ReplicaCorrectionTaskQueryVariables = Exact<{
  t: string | number;
  f: string | number;
}>;


export type ReplicaCorrectionTaskQuery = { correctionTask: { status: TaskStatus, claimedBy: { username: string } | null }, form: { status: FormStatus, verifiedRecord: { id: string } | null } };

export type ReplicaVerifiedRecordsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReplicaVerifiedRecordsQuery = { verifiedRecords: { total: number, items: Array<{ id: string, form: { formNumber: string } }> } };

export type ReplicaSyncQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ReplicaSyncQuery = { verifiedRecords: { endCursor: string | null, hasNextPage: boolean, items: Array<{ id: string }> } };

export type ReplicaAreaReportQueryVariables = Exact<{ [key: string]: never; }>;


export type ReplicaAreaReportQuery = { areaReport: { items: Array<{ forms: number }> } };

export type ReportsKeyerReportQueryVariables = Exact<{
  f?: ReportFilter | null | undefined;
  d?: boolean | null | undefined;
  s?: KeyerReportSortField | null | undefined;
  o?: SortOrder | null | undefined;
}>;


export type ReportsKeyerReportQuery = { keyerReport: { total: number, items: Array<{ keyerCode: string, day: string | null, forms: number, keyings: number, fieldsKeyed: number, keystrokes: number, fieldErrors: number, errorRate: number | null, errorRateLow: number | null, errorRateHigh: number | null, errorsPerThousandKeystrokes: number | null, medianSecondsPerForm: number | null, populationRate: number | null, upperControlLimit: number | null, outOfControl: boolean, zScore: number | null, errorKinds: Array<{ kind: DiscrepancyKind, errors: number }> }> } };

export type ReportsFieldReportQueryVariables = Exact<{
  f?: ReportFilter | null | undefined;
}>;


export type ReportsFieldReportQuery = { fieldReport: { total: number, items: Array<{ fieldKey: string, keyed: number, errors: number, errorRate: number | null, errorRateLow: number | null, errorRateHigh: number | null, compared: number, discrepancies: number, discrepancyRate: number | null }> } };

export type ReportsAreaReportQueryVariables = Exact<{
  l: AreaLevel;
  f?: ReportFilter | null | undefined;
}>;


export type ReportsAreaReportQuery = { areaReport: { total: number, items: Array<{ level: AreaLevel, batchCode: string | null, batchStatus: BatchStatus | null, district: string | null, provinceCode: string | null, forms: number, compared: number, autoVerified: number, toReview: number, reviewVerified: number, spotChecked: number, spotCorrected: number, rejected: number, done: number, progress: number | null, discrepancyRate: number | null, fieldsCompared: number, fieldDiscrepancyRate: number | null, agreementRate: number | null, fieldsKeyed: number, errors: number, errorRate: number | null, openTasks: number | null, oldestOpenTaskAt: string | null, oldestOpenTaskAgeSeconds: number | null }> } };

export type ReportsReviewerReportQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportsReviewerReportQuery = { reviewerReport: { items: Array<{ reviewerId: string, tasksResolved: number, reviewTasks: number, spotChecks: number, spotCorrections: number, rejected: number, escalated: number, fieldsResolved: number, agreedFirst: number, agreedSecond: number, agreedBoth: number, agreedNeither: number, agreedFirstRate: number | null, agreedSecondRate: number | null, agreedNeitherRate: number | null, medianSecondsToResolve: number | null, p90SecondsToResolve: number | null }> } };

export type ReportsClaimNextTaskMutationVariables = Exact<{
  b?: string | number | null | undefined;
}>;


export type ReportsClaimNextTaskMutation = { claimNextTask: { id: string, kind: TaskKind, form: { formNumber: string }, discrepancies: Array<{ id: string, fieldKey: string }> } | null };

export type ReportsRejectFormMutationVariables = Exact<{
  id: string | number;
}>;


export type ReportsRejectFormMutation = { rejectForm: { status: TaskStatus } };

export type ReportsFormsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportsFormsQuery = { forms: { items: Array<{ id: string }> } };

export type ReportsRescanFormMutationVariables = Exact<{
  id: string | number;
}>;


export type ReportsRescanFormMutation = { rescanForm: { status: FormStatus } };

export type ReportsEscalateTaskMutationVariables = Exact<{
  id: string | number;
}>;


export type ReportsEscalateTaskMutation = { escalateTask: { status: TaskStatus } };

export type ReportsResolveSpotCheckMutationVariables = Exact<{
  id: string | number;
}>;


export type ReportsResolveSpotCheckMutation = { resolveSpotCheck: { status: TaskStatus } };

export type ReportsKeyerReport2QueryVariables = Exact<{ [key: string]: never; }>;


export type ReportsKeyerReport2Query = { keyerReport: { total: number, items: Array<{ keyerCode: string }> } };

export type ReportsOutOfControlKeyersQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportsOutOfControlKeyersQuery = { outOfControlKeyers: { total: number, populationRate: number | null, keyersChecked: number, items: Array<{ keyerCode: string, errorRate: number | null, upperControlLimit: number | null, zScore: number | null }> } };

export type ReportsOutOfControlKeyers2QueryVariables = Exact<{
  b: string | number;
}>;


export type ReportsOutOfControlKeyers2Query = { outOfControlKeyers: { total: number, keyersChecked: number } };

export type ReportsAgreementReportQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportsAgreementReportQuery = { agreementReport: { total: number, overall: { forms: number, fieldsCompared: number, fieldsAgreed: number, agreementRate: number | null }, items: Array<{ keyerA: string, keyerB: string, forms: number, fieldsCompared: number, fieldsAgreed: number, agreementRate: number | null }> } };

export type ReportCsvQueryVariables = Exact<{
  report: ReportName;
  level?: AreaLevel | null | undefined;
  filter?: ReportFilter | null | undefined;
  byDay?: boolean | null | undefined;
}>;


export type ReportCsvQuery = { reportCsv: string };

export type ReportsKeyerReport3QueryVariables = Exact<{ [key: string]: never; }>;


export type ReportsKeyerReport3Query = { keyerReport: { total: number } };

export type ReportsReportCsvQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportsReportCsvQuery = { reportCsv: string };

export type ReportsAreaReport2QueryVariables = Exact<{ [key: string]: never; }>;


export type ReportsAreaReport2Query = { areaReport: { total: number } };

export type ReportsAreaReport3QueryVariables = Exact<{ [key: string]: never; }>;


export type ReportsAreaReport3Query = { areaReport: { total: number } };

export type ReviewClaimNextTaskMutationVariables = Exact<{
  b?: string | number | null | undefined;
}>;


export type ReviewClaimNextTaskMutation = { claimNextTask: { id: string, status: TaskStatus, leaseUntil: string | null, claimedBy: { username: string } | null, form: { id: string, formNumber: string }, discrepancies: Array<{ id: string, fieldKey: string, value1: string | null, value2: string | null }> } | null };

export type ReviewResolveTaskMutationVariables = Exact<{
  id: string | number;
  r: Array<ResolutionInput> | ResolutionInput;
}>;


export type ReviewResolveTaskMutation = { resolveTask: { id: string, status: TaskStatus, resolvedAt: string | null, resolvedBy: { username: string } | null, form: { id: string, status: FormStatus, verifiedRecord: { automatic: boolean, values: Array<{ key: string, value: string | null, source: ValueSource }> } | null, discrepancies: Array<{ fieldKey: string, finalValue: string | null, outcome: Outcome | null }> } } };

export type ReviewReleaseTaskMutationVariables = Exact<{
  id: string | number;
}>;


export type ReviewReleaseTaskMutation = { releaseTask: { id: string, status: TaskStatus, claimedBy: { username: string } | null } };

export type TaskAndFormQueryVariables = Exact<{
  id: string | number;
  formId: string | number;
}>;


export type TaskAndFormQuery = { correctionTask: { status: TaskStatus }, form: { status: FormStatus, verifiedRecord: { id: string } | null } };

export type ReviewReleaseKeepMutationVariables = Exact<{
  id: string | number;
}>;


export type ReviewReleaseKeepMutation = { releaseTask: { id: string, status: TaskStatus } };

export type ReviewBatchesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewBatchesQuery = { batches: { items: Array<{ id: string }> } };

export type ReviewFormsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewFormsQuery = { forms: { total: number }, correctionTasks: { total: number }, verifiedRecords: { total: number } };

export type ReviewClaimNextTask2MutationVariables = Exact<{ [key: string]: never; }>;


export type ReviewClaimNextTask2Mutation = { claimNextTask: { id: string, discrepancies: Array<{ id: string, fieldKey: string, kind: DiscrepancyKind, value1: string | null, value2: string | null, note: string | null }> } | null };

export type ReviewClaimNextTask3MutationVariables = Exact<{ [key: string]: never; }>;


export type ReviewClaimNextTask3Mutation = { claimNextTask: { id: string, discrepancies: Array<{ id: string, fieldKey: string, note: string | null }> } | null };

export type ReviewCorrectionTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewCorrectionTaskQuery = { correctionTask: { status: TaskStatus } };

export type ResolveWithBlankReasonMutationVariables = Exact<{
  id: string | number;
  r: Array<ResolutionInput> | ResolutionInput;
}>;


export type ResolveWithBlankReasonMutation = { resolveTask: { id: string } };

export type ResolveWithReasonMutationVariables = Exact<{
  id: string | number;
  r: Array<ResolutionInput> | ResolutionInput;
  why?: string | null | undefined;
}>;


export type ResolveWithReasonMutation = { resolveTask: { id: string, status: TaskStatus, resolvedAt: string | null, resolvedBy: { username: string } | null, form: { id: string, status: FormStatus, verifiedRecord: { automatic: boolean, values: Array<{ key: string, value: string | null, source: ValueSource }> } | null, discrepancies: Array<{ fieldKey: string, finalValue: string | null, outcome: Outcome | null }> } } };

export type ReviewAuditEventsQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewAuditEventsQuery = { auditEvents: { items: Array<{ action: string, data: Record<string, any> }> } };

export type ScansClaimNextTaskMutationVariables = Exact<{
  b?: string | number | null | undefined;
}>;


export type ScansClaimNextTaskMutation = { claimNextTask: { id: string, form: { formNumber: string, imageRef: string | null } } | null };

export type ScansAuditEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScansAuditEventsQuery = { auditEvents: { total: number } };

export type SecurityCreateApiKeyMutationVariables = Exact<{
  i: CreateApiKeyInput;
}>;


export type SecurityCreateApiKeyMutation = { createApiKey: { key: string, apiKey: { id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, role: Role, createdAt: string, revokedAt: string | null, lastUsedAt: string | null, createdBy: { username: string } } } };

export type SecurityApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityApiKeysQuery = { apiKeys: { total: number, items: Array<{ id: string, prefix: string, scopes: Array<ApiKeyScope>, role: Role, lastUsedAt: string | null }> } };

export type SecurityApiKeys2QueryVariables = Exact<{
  id: string | number;
}>;


export type SecurityApiKeys2Query = { apiKeys: { items: Array<{ lastUsedAt: string | null }> } };

export type SecurityBatchesQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityBatchesQuery = { batches: { items: Array<{ code: string }> }, templates: Array<{ code: string }> };

export type SecurityFormsQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityFormsQuery = { forms: { items: Array<{ batch: { template: { fields: Array<{ key: string }> } } }> } };

export type SecurityUserTypeQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityUserTypeQuery = { __type: { fields: Array<{ name: string }> | null } | null };

export type SecurityTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityTemplatesQuery = { templates: Array<{ code: string }> };

export type SideChannelsClaimNextTaskMutationVariables = Exact<{ [key: string]: never; }>;


export type SideChannelsClaimNextTaskMutation = { claimNextTask: { id: string, form: { formNumber: string }, discrepancies: Array<{ id: string }> } | null };

export type SideChannelsAuditEventsQueryVariables = Exact<{
  a: string;
}>;


export type SideChannelsAuditEventsQuery = { auditEvents: { total: number, items: Array<{ actor: string, entityType: string, entityId: string | null, data: Record<string, any> }> } };

export type SideChannelsVerifiedRecordsQueryVariables = Exact<{
  c: string;
}>;


export type SideChannelsVerifiedRecordsQuery = { verifiedRecords: { total: number } };

export type SideChannelsFormsQueryVariables = Exact<{
  c: string;
}>;


export type SideChannelsFormsQuery = { forms: { total: number } };

export type SideChannelsAuditEvents2QueryVariables = Exact<{ [key: string]: never; }>;


export type SideChannelsAuditEvents2Query = { auditEvents: { items: Array<{ data: Record<string, any> }> } };

export type SideChannels_SchemaQueryVariables = Exact<{ [key: string]: never; }>;


export type SideChannels_SchemaQuery = { __schema: { types: Array<{ name: string | null, inputFields: Array<{ name: string }> | null, enumValues: Array<{ name: string }> | null }> } };

export type SideChannelsDiscrepanciesQueryVariables = Exact<{ [key: string]: never; }>;


export type SideChannelsDiscrepanciesQuery = { discrepancies: { items: Array<{ id: string, fieldKey: string, note: string | null, form: { formNumber: string } }> } };

export type SideChannelsDiscrepancyQueryVariables = Exact<{
  id: string | number;
}>;


export type SideChannelsDiscrepancyQuery = { discrepancy: { note: string | null, value1: string | null } };

export type SideChannelsForms2QueryVariables = Exact<{ [key: string]: never; }>;


export type SideChannelsForms2Query = { forms: { items: Array<{ id: string, fields: Array<{ value1: string | null, value2: string | null, finalValue: string | null }> }> } };

export type SideChannelsKeyingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SideChannelsKeyingsQuery = { keyings: { items: Array<{ id: string, values: Array<{ key: string, value: string | null }> }> } };

export type SideChannelsDiscrepancies2QueryVariables = Exact<{ [key: string]: never; }>;


export type SideChannelsDiscrepancies2Query = { discrepancies: { items: Array<{ id: string, fieldKey: string, value1: string | null, value2: string | null, value3: string | null, finalValue: string | null }> } };

export type SideChannelsFormQueryVariables = Exact<{
  id: string | number;
}>;


export type SideChannelsFormQuery = { form: { fields: Array<{ value1: string | null }>, keyings: Array<{ values: Array<{ value: string | null }> }> } };

export type SideChannelsVerifiedRecords2QueryVariables = Exact<{ [key: string]: never; }>;


export type SideChannelsVerifiedRecords2Query = { verifiedRecords: { items: Array<{ values: Array<{ value: string | null }> }> } };

export type SideChannelsForms3QueryVariables = Exact<{ [key: string]: never; }>;


export type SideChannelsForms3Query = { forms: { items: Array<{ fields: Array<{ value1: string | null, field: { key: string } }>, discrepancies: Array<{ value1: string | null }> }> } };

export type SideChannelsVerifiedRecords3QueryVariables = Exact<{ [key: string]: never; }>;


export type SideChannelsVerifiedRecords3Query = { verifiedRecords: { items: Array<{ automatic: boolean, reviewerRef: string | null, verifiedBy: { username: string, displayName: string } | null, form: { formNumber: string } }> } };

export type SpotChecks1MutationVariables = Exact<{
  b?: string | number | null | undefined;
}>;


export type SpotChecks1Mutation = { claimNextTask: { id: string, kind: TaskKind, note: string | null, spotCheckFields: Array<string> | null, form: { id: string, formNumber: string }, discrepancies: Array<{ id: string, fieldKey: string }> } | null };

export type SpotChecks2MutationVariables = Exact<{
  id: string | number;
  r: Array<ResolutionInput> | ResolutionInput;
}>;


export type SpotChecks2Mutation = { resolveTask: { id: string, status: TaskStatus } };

export type SpotChecks3MutationVariables = Exact<{
  id: string | number;
  c: Array<FieldCorrectionInput> | FieldCorrectionInput;
}>;


export type SpotChecks3Mutation = { resolveSpotCheck: { status: TaskStatus, discrepancyCount: number } };

export type SpotChecks4MutationVariables = Exact<{
  b: string | number;
  p: SpotCheckPolicyInput;
}>;


export type SpotChecks4Mutation = { setSpotCheckPolicy: { spotCheckMode: SpotCheckMode, spotCheckPercent: number | null, spotCheckSeed: number | null } };

export type SpotChecks5QueryVariables = Exact<{
  b: string | number;
}>;


export type SpotChecks5Query = { correctionTasks: { items: Array<{ id: string, kind: TaskKind, status: TaskStatus, note: string | null, spotCheckFields: Array<string> | null, form: { id: string, formNumber: string } }> } };

export type SpotChecks6QueryVariables = Exact<{
  b: string | number;
}>;


export type SpotChecks6Query = { batch: { spotCheckMode: SpotCheckMode, spotCheckPercent: number | null } };

export type SpotChecks7QueryVariables = Exact<{
  b: string | number;
}>;


export type SpotChecks7Query = { auditEvents: { items: Array<{ data: Record<string, any> }> } };

export type SpotChecks8QueryVariables = Exact<{
  b: string | number;
}>;


export type SpotChecks8Query = { auditEvents: { items: Array<{ data: Record<string, any> }> } };

export type SpotChecks9QueryVariables = Exact<{
  b: string | number;
}>;


export type SpotChecks9Query = { batch: { status: BatchStatus } };

export type SpotChecks10MutationVariables = Exact<{
  id: string | number;
}>;


export type SpotChecks10Mutation = { requestRekey: { status: TaskStatus } };

export type SpotChecks11QueryVariables = Exact<{
  id: string | number;
}>;


export type SpotChecks11Query = { form: { status: FormStatus, task: { kind: TaskKind, status: TaskStatus } | null, tasks: Array<{ kind: TaskKind, status: TaskStatus, note: string | null, spotCheckFields: Array<string> | null }>, keyings: Array<{ pass: number, errorCount: number }>, fields: Array<{ value1: string | null, field: { key: string } }> } };

export type SpotChecks12QueryVariables = Exact<{ [key: string]: never; }>;


export type SpotChecks12Query = { auditEvents: { items: Array<{ entityType: string, data: Record<string, any> }> } };

export type SpotChecks13QueryVariables = Exact<{
  b: string | number;
}>;


export type SpotChecks13Query = { batch: { status: BatchStatus } };

export type SyncCreateApiKeyMutationVariables = Exact<{
  n: string;
  s: Array<ApiKeyScope> | ApiKeyScope;
}>;


export type SyncCreateApiKeyMutation = { createApiKey: { key: string } };

export type SyncPageQueryVariables = Exact<{
  after?: string | null | undefined;
  first: number;
}>;


export type SyncPageQuery = { verifiedRecords: { endCursor: string | null, hasNextPage: boolean, page: number | null, perPage: number, items: Array<{ id: string, version: number, valueMap: Record<string, any>, form: { formNumber: string }, values: Array<{ key: string, value: string | null }> }> } };

export type SyncAllRecordsQueryVariables = Exact<{ [key: string]: never; }>;


export type SyncAllRecordsQuery = { verifiedRecords: { total: number, items: Array<{ id: string, version: number }> } };

export type SyncListsWithoutTotalQueryVariables = Exact<{ [key: string]: never; }>;


export type SyncListsWithoutTotalQuery = { batches: { items: Array<{ id: string }> }, forms: { items: Array<{ id: string }> }, keyings: { items: Array<{ id: string }> }, discrepancies: { items: Array<{ id: string }> }, correctionTasks: { items: Array<{ id: string }> }, verifiedRecords: { hasNextPage: boolean, endCursor: string | null, items: Array<{ id: string }> }, users: { items: Array<{ id: string }> }, auditEvents: { items: Array<{ id: string }> }, apiKeys: { items: Array<{ id: string }> }, teams: { items: Array<{ id: string }> } };

export type SyncRecordsTotalQueryVariables = Exact<{
  f?: VerifiedRecordFilter | null | undefined;
}>;


export type SyncRecordsTotalQuery = { verifiedRecords: { total: number, totalIsEstimate: boolean, items: Array<{ id: string }> } };

export type SyncClaimMutationVariables = Exact<{
  b?: string | number | null | undefined;
}>;


export type SyncClaimMutation = { claimNextTask: { id: string, kind: TaskKind, form: { id: string, formNumber: string }, discrepancies: Array<{ id: string, fieldKey: string, relatedValue: string | null }> } | null };

export type SyncResolveMutationVariables = Exact<{
  id: string | number;
  r: Array<ResolutionInput> | ResolutionInput;
}>;


export type SyncResolveMutation = { resolveTask: { status: TaskStatus } };

export type SyncSpotCheckMutationVariables = Exact<{
  id: string | number;
  c: Array<FieldCorrectionInput> | FieldCorrectionInput;
}>;


export type SyncSpotCheckMutation = { resolveSpotCheck: { status: TaskStatus } };

export type SyncPolicyMutationVariables = Exact<{
  b: string | number;
  p: SpotCheckPolicyInput;
}>;


export type SyncPolicyMutation = { setSpotCheckPolicy: { id: string } };

export type SyncRecordOfQueryVariables = Exact<{
  f: string | number;
}>;


export type SyncRecordOfQuery = { form: { verifiedRecord: { id: string, version: number } | null } };

export type SyncAuditEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type SyncAuditEventsQuery = { auditEvents: { total: number, items: Array<{ actor: string, data: Record<string, any> }> } };

export type SyncHeadFormQueryVariables = Exact<{ [key: string]: never; }>;


export type SyncHeadFormQuery = { forms: { items: Array<{ id: string, batch: { code: string } }> } };

export type SyncFormsByCursorQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type SyncFormsByCursorQuery = { forms: { endCursor: string | null, hasNextPage: boolean, items: Array<{ id: string }> } };

export type SyncFormsByPageQueryVariables = Exact<{ [key: string]: never; }>;


export type SyncFormsByPageQuery = { forms: { total: number, items: Array<{ id: string }> } };

export type SyncKeyingsByCursorQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type SyncKeyingsByCursorQuery = { keyings: { endCursor: string | null, hasNextPage: boolean, items: Array<{ id: string, keyerCode: string }> } };

export type SyncFormCursorQueryVariables = Exact<{ [key: string]: never; }>;


export type SyncFormCursorQuery = { forms: { endCursor: string | null } };

export type SyncOtherOrderQueryVariables = Exact<{
  a?: string | null | undefined;
}>;


export type SyncOtherOrderQuery = { verifiedRecords: { items: Array<{ id: string }> } };

export type SyncBackwardsQueryVariables = Exact<{ [key: string]: never; }>;


export type SyncBackwardsQuery = { verifiedRecords: { items: Array<{ id: string }> } };

export type SyncPageAndCursorQueryVariables = Exact<{
  a?: string | null | undefined;
}>;


export type SyncPageAndCursorQuery = { verifiedRecords: { items: Array<{ id: string }> } };

export type SyncTasksByDateQueryVariables = Exact<{ [key: string]: never; }>;


export type SyncTasksByDateQuery = { correctionTasks: { items: Array<{ id: string }> } };

export type SyncTooManyQueryVariables = Exact<{ [key: string]: never; }>;


export type SyncTooManyQuery = { verifiedRecords: { items: Array<{ id: string }> } };

export type SyncCostlyQueryVariables = Exact<{ [key: string]: never; }>;


export type SyncCostlyQuery = { verifiedRecords: { items: Array<{ id: string, version: number, automatic: boolean, verifiedAt: string, reviewerRef: string | null, values: Array<{ key: string, value: string | null, source: ValueSource, illegible: boolean }>, form: { id: string, formNumber: string, status: FormStatus }, batch: { id: string, code: string, provinceCode: string, district: string, commune: string, status: BatchStatus } }> } };

export type TeamsCreateTeamMutationVariables = Exact<{
  i: CreateTeamInput;
}>;


export type TeamsCreateTeamMutation = { createTeam: { id: string, code: string, provinceCode: string | null, batchIds: Array<string> } };

export type TeamsUpdateTeamMutationVariables = Exact<{
  id: string | number;
  i: UpdateTeamInput;
}>;


export type TeamsUpdateTeamMutation = { updateTeam: { id: string, code: string, name: string, provinceCode: string | null, batchIds: Array<string> } };

export type TeamsSetUserTeamMutationVariables = Exact<{
  u: string | number;
  t?: string | number | null | undefined;
}>;


export type TeamsSetUserTeamMutation = { setUserTeam: { id: string, team: { code: string } | null } };

export type TeamsCreateUserMutationVariables = Exact<{
  i: CreateUserInput;
}>;


export type TeamsCreateUserMutation = { createUser: { id: string, username: string, team: { code: string, provinceCode: string | null } | null } };

export type TeamsClaimNextTaskMutationVariables = Exact<{
  b?: string | number | null | undefined;
}>;


export type TeamsClaimNextTaskMutation = { claimNextTask: { id: string, batch: { code: string, provinceCode: string }, discrepancies: Array<{ id: string }> } | null };

export type TeamsReleaseMutationVariables = Exact<{
  id: string | number;
}>;


export type TeamsReleaseMutation = { releaseTask: { id: string } };

export type TeamsBatchesQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamsBatchesQuery = { batches: { items: Array<{ provinceCode: string }> } };

export type TeamsBatchQueryVariables = Exact<{
  id: string | number;
}>;


export type TeamsBatchQuery = { batch: { provinceCode: string } };

export type TeamsFormsQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamsFormsQuery = { forms: { items: Array<{ batch: { provinceCode: string } }> } };

export type TeamsFormQueryVariables = Exact<{
  id: string | number;
}>;


export type TeamsFormQuery = { form: { batch: { provinceCode: string } } };

export type TeamsKeyingsQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamsKeyingsQuery = { keyings: { items: Array<{ form: { batch: { provinceCode: string } } }> } };

export type TeamsKeyingQueryVariables = Exact<{
  id: string | number;
}>;


export type TeamsKeyingQuery = { keying: { form: { batch: { provinceCode: string } } } };

export type TeamsDiscrepanciesQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamsDiscrepanciesQuery = { discrepancies: { items: Array<{ form: { batch: { provinceCode: string } } }> } };

export type TeamsDiscrepancyQueryVariables = Exact<{
  id: string | number;
}>;


export type TeamsDiscrepancyQuery = { discrepancy: { form: { batch: { provinceCode: string } } } };

export type TeamsCorrectionTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamsCorrectionTasksQuery = { correctionTasks: { items: Array<{ batch: { provinceCode: string } }> } };

export type TeamsCorrectionTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type TeamsCorrectionTaskQuery = { correctionTask: { batch: { provinceCode: string } } };

export type TeamsVerifiedRecordsQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamsVerifiedRecordsQuery = { verifiedRecords: { items: Array<{ batch: { provinceCode: string } }> } };

export type TeamsVerifiedRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type TeamsVerifiedRecordQuery = { verifiedRecord: { batch: { provinceCode: string } } };

export type TeamsKeyerReportQueryVariables = Exact<{
  f?: ReportFilter | null | undefined;
}>;


export type TeamsKeyerReportQuery = { keyerReport: { total: number, items: Array<{ keyerCode: string, forms: number, fieldsKeyed: number, fieldErrors: number }> } };

export type TeamsFieldReportQueryVariables = Exact<{
  f?: ReportFilter | null | undefined;
}>;


export type TeamsFieldReportQuery = { fieldReport: { total: number, items: Array<{ fieldKey: string, discrepancies: number }> } };

export type TeamsAreaReportQueryVariables = Exact<{
  f?: ReportFilter | null | undefined;
}>;


export type TeamsAreaReportQuery = { areaReport: { total: number, items: Array<{ batchCode: string | null, provinceCode: string | null, forms: number, openTasks: number | null }> } };

export type TeamsReviewerReportQueryVariables = Exact<{
  f?: ReportFilter | null | undefined;
}>;


export type TeamsReviewerReportQuery = { reviewerReport: { total: number, items: Array<{ reviewerId: string, tasksResolved: number }> } };

export type TeamsAgreementReportQueryVariables = Exact<{
  f?: ReportFilter | null | undefined;
}>;


export type TeamsAgreementReportQuery = { agreementReport: { total: number, overall: { forms: number, fieldsCompared: number }, items: Array<{ keyerA: string, keyerB: string, forms: number }> } };

export type TeamsOutOfControlKeyersQueryVariables = Exact<{
  f?: ReportFilter | null | undefined;
}>;


export type TeamsOutOfControlKeyersQuery = { outOfControlKeyers: { total: number, keyersChecked: number, items: Array<{ keyerCode: string }> } };

export type TeamsReportCsvQueryVariables = Exact<{
  f?: ReportFilter | null | undefined;
}>;


export type TeamsReportCsvQuery = { reportCsv: string };

export type TeamsResolutionWarningsQueryVariables = Exact<{
  id: string | number;
}>;


export type TeamsResolutionWarningsQuery = { resolutionWarnings: Array<{ field: string, message: string }> };

export type TeamsSpotCheckWarningsQueryVariables = Exact<{
  id: string | number;
}>;


export type TeamsSpotCheckWarningsQuery = { spotCheckWarnings: Array<{ field: string, message: string }> };

export type TeamsBatches2QueryVariables = Exact<{ [key: string]: never; }>;


export type TeamsBatches2Query = { batches: { items: Array<{ id: string, provinceCode: string }> }, forms: { items: Array<{ id: string, batch: { provinceCode: string } }> }, keyings: { items: Array<{ id: string, form: { batch: { provinceCode: string } } }> }, discrepancies: { items: Array<{ id: string, form: { batch: { provinceCode: string } } }> }, correctionTasks: { items: Array<{ id: string, batch: { provinceCode: string } }> }, verifiedRecords: { items: Array<{ id: string, batch: { provinceCode: string } }> } };

export type TeamsAreaReport2QueryVariables = Exact<{ [key: string]: never; }>;


export type TeamsAreaReport2Query = { areaReport: { items: Array<{ provinceCode: string | null, forms: number }> } };

export type TeamsAreaReport3QueryVariables = Exact<{ [key: string]: never; }>;


export type TeamsAreaReport3Query = { areaReport: { items: Array<{ provinceCode: string | null }> } };

export type TeamsForms2QueryVariables = Exact<{
  b?: string | number | null | undefined;
}>;


export type TeamsForms2Query = { forms: { total: number } };

export type TeamsForms3QueryVariables = Exact<{
  b?: string | number | null | undefined;
}>;


export type TeamsForms3Query = { forms: { total: number }, keyings: { total: number, items: Array<{ form: { batch: { code: string } } }> } };

export type TeamsCorrectionTasks2QueryVariables = Exact<{ [key: string]: never; }>;


export type TeamsCorrectionTasks2Query = { correctionTasks: { items: Array<{ id: string, batch: { provinceCode: string } }> } };

export type TeamsEscalateMutationVariables = Exact<{
  id: string | number;
}>;


export type TeamsEscalateMutation = { escalateTask: { id: string } };

export type TeamsRekeyMutationVariables = Exact<{
  id: string | number;
}>;


export type TeamsRekeyMutation = { requestRekey: { id: string } };

export type TeamsRejectMutationVariables = Exact<{
  id: string | number;
}>;


export type TeamsRejectMutation = { rejectForm: { id: string } };

export type TeamsSpotMutationVariables = Exact<{
  id: string | number;
}>;


export type TeamsSpotMutation = { resolveSpotCheck: { id: string } };

export type TeamsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamsMeQuery = { me: { id: string, team: { code: string, provinceCode: string | null } | null } };

export type TeamsForm2QueryVariables = Exact<{
  id: string | number;
}>;


export type TeamsForm2Query = { form: { id: string } };

export type TeamsAuditEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamsAuditEventsQuery = { auditEvents: { items: Array<{ action: string, entityType: string, entityId: string | null, data: Record<string, any> }> } };

export type WorkflowClaimNextTaskMutationVariables = Exact<{
  b?: string | number | null | undefined;
}>;


export type WorkflowClaimNextTaskMutation = { claimNextTask: { id: string, kind: TaskKind, status: TaskStatus, escalated: boolean, note: string | null, form: { id: string, formNumber: string }, discrepancies: Array<{ id: string, fieldKey: string, value1: string | null, value2: string | null, value3: string | null }>, comments: Array<{ text: string, author: { username: string } }> } | null };

export type WorkflowResolveTaskMutationVariables = Exact<{
  id: string | number;
  r: Array<ResolutionInput> | ResolutionInput;
}>;


export type WorkflowResolveTaskMutation = { resolveTask: { id: string, status: TaskStatus, form: { id: string, status: FormStatus, verifiedRecord: { values: Array<{ key: string, value: string | null, source: ValueSource }> } | null, discrepancies: Array<{ fieldKey: string, finalValue: string | null, outcome: Outcome | null }> } } };

export type WorkflowFormQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkflowFormQuery = { form: { status: FormStatus, task: { id: string, status: TaskStatus, escalated: boolean, note: string | null } | null, keyings: Array<{ pass: number, keyerCode: string, fieldsKeyed: number, errorCount: number }>, discrepancies: Array<{ fieldKey: string, value3: string | null, outcome: Outcome | null, finalValue: string | null }>, verifiedRecord: { values: Array<{ key: string, value: string | null, source: ValueSource }> } | null } };

export type WorkflowEscalateTaskMutationVariables = Exact<{
  id: string | number;
}>;


export type WorkflowEscalateTaskMutation = { escalateTask: { id: string } };

export type WorkflowEscalateTask2MutationVariables = Exact<{
  id: string | number;
}>;


export type WorkflowEscalateTask2Mutation = { escalateTask: { status: TaskStatus, escalated: boolean } };

export type WorkflowReleaseTaskMutationVariables = Exact<{
  id: string | number;
}>;


export type WorkflowReleaseTaskMutation = { releaseTask: { status: TaskStatus } };

export type WorkflowAddTaskCommentMutationVariables = Exact<{
  id: string | number;
  t: string;
}>;


export type WorkflowAddTaskCommentMutation = { addTaskComment: { id: string } };

export type WorkflowCorrectionTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkflowCorrectionTaskQuery = { correctionTask: { comments: Array<{ text: string }> } };

export type WorkflowRequestRekeyMutationVariables = Exact<{
  id: string | number;
}>;


export type WorkflowRequestRekeyMutation = { requestRekey: { status: TaskStatus, claimedBy: { id: string } | null } };

export type WorkflowRejectFormMutationVariables = Exact<{
  id: string | number;
}>;


export type WorkflowRejectFormMutation = { rejectForm: { id: string } };

export type WorkflowRejectForm2MutationVariables = Exact<{
  id: string | number;
}>;


export type WorkflowRejectForm2Mutation = { rejectForm: { status: TaskStatus, note: string | null, form: { status: FormStatus } } };

export type WorkflowRescanFormMutationVariables = Exact<{
  id: string | number;
}>;


export type WorkflowRescanFormMutation = { rescanForm: { status: FormStatus } };

export type WorkflowRescanForm2MutationVariables = Exact<{
  id: string | number;
}>;


export type WorkflowRescanForm2Mutation = { rescanForm: { status: FormStatus, imageRef: string | null, task: { status: TaskStatus } | null } };

export type WorkflowReleaseTask2MutationVariables = Exact<{
  id: string | number;
}>;


export type WorkflowReleaseTask2Mutation = { releaseTask: { id: string } };

export type WorkflowEscalateTask3MutationVariables = Exact<{
  id: string | number;
}>;


export type WorkflowEscalateTask3Mutation = { escalateTask: { id: string } };

export type WorkflowEscalateTask4MutationVariables = Exact<{
  id: string | number;
}>;


export type WorkflowEscalateTask4Mutation = { escalateTask: { id: string } };

export type WorkflowCorrectionTasksQueryVariables = Exact<{
  b: string | number;
}>;


export type WorkflowCorrectionTasksQuery = { correctionTasks: { items: Array<{ kind: TaskKind, status: TaskStatus, note: string | null, form: { formNumber: string } }> } };

export type WorkflowResolveSpotCheckMutationVariables = Exact<{
  id: string | number;
}>;


export type WorkflowResolveSpotCheckMutation = { resolveSpotCheck: { id: string } };

export type WorkflowResolveSpotCheck2MutationVariables = Exact<{
  id: string | number;
}>;


export type WorkflowResolveSpotCheck2Mutation = { resolveSpotCheck: { status: TaskStatus, discrepancyCount: number } };

export type WorkflowResolveSpotCheck3MutationVariables = Exact<{
  id: string | number;
}>;


export type WorkflowResolveSpotCheck3Mutation = { resolveSpotCheck: { status: TaskStatus, discrepancyCount: number } };

export type WorkflowSetSpotCheckPolicyMutationVariables = Exact<{
  b: string | number;
}>;


export type WorkflowSetSpotCheckPolicyMutation = { setSpotCheckPolicy: { spotCheckEvery: number | null, spotCheckPercent: number | null, spotCheckSeed: number | null } };

export type WorkflowSetSpotCheckPolicy2MutationVariables = Exact<{
  b: string | number;
}>;


export type WorkflowSetSpotCheckPolicy2Mutation = { setSpotCheckPolicy: { id: string } };

export type WorkflowCorrectionTasks2QueryVariables = Exact<{
  b: string | number;
}>;


export type WorkflowCorrectionTasks2Query = { correctionTasks: { total: number, items: Array<{ note: string | null }> } };

export type WorkflowBatchQueryVariables = Exact<{
  b: string | number;
}>;


export type WorkflowBatchQuery = { batch: { status: BatchStatus } };

export type WorkflowExportBatchMutationVariables = Exact<{
  b: string | number;
}>;


export type WorkflowExportBatchMutation = { exportBatch: { batch: string, recordCount: number, rejectedForms: number, templateCode: string, templateVersion: number, exportedBy: string, exportedAt: string, manifestSha256: string, directory: string, files: Array<{ name: string, bytes: number, sha256: string }> } };

export type WorkflowReopenBatchMutationVariables = Exact<{
  b: string | number;
}>;


export type WorkflowReopenBatchMutation = { reopenBatch: { status: BatchStatus } };

export type WorkflowReopenBatch2MutationVariables = Exact<{
  b: string | number;
}>;


export type WorkflowReopenBatch2Mutation = { reopenBatch: { status: BatchStatus } };

export type WorkflowReopenBatch3MutationVariables = Exact<{
  b: string | number;
}>;


export type WorkflowReopenBatch3Mutation = { reopenBatch: { status: BatchStatus, handedOverAt: string | null } };

export type WorkflowAuditEventsQueryVariables = Exact<{
  b: string | number;
}>;


export type WorkflowAuditEventsQuery = { auditEvents: { items: Array<{ action: string, actor: string, data: Record<string, any> }> } };

export type WorkflowEventsOfQueryVariables = Exact<{
  a: string;
  id: string | number;
}>;


export type WorkflowEventsOfQuery = { auditEvents: { items: Array<{ actor: string, entityType: string, entityId: string | null, data: Record<string, any> }> } };

export type WorkflowFormRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkflowFormRecordQuery = { form: { verifiedRecord: { id: string } | null } };

export type WorkflowAuditEvents2QueryVariables = Exact<{ [key: string]: never; }>;


export type WorkflowAuditEvents2Query = { auditEvents: { items: Array<{ actor: string, entityType: string, entityId: string | null, data: Record<string, any> }> } };

export type WorkflowAuditEvents3QueryVariables = Exact<{ [key: string]: never; }>;


export type WorkflowAuditEvents3Query = { auditEvents: { items: Array<{ action: string }> } };

export type WorkflowAuditEvents4QueryVariables = Exact<{ [key: string]: never; }>;


export type WorkflowAuditEvents4Query = { auditEvents: { total: number } };

export type AccountsMe2QueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsMe2Query = { me: { id: string, username: string, mustChangePassword: boolean, team: { code: string } | null } };

export type AccountsUserQueryVariables = Exact<{
  id: string | number;
}>;


export type AccountsUserQuery = { user: { mustChangePassword: boolean, team: { code: string } | null } };

export type AccountsLogin2MutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type AccountsLogin2Mutation = { login: { mustChangePassword: boolean } };

export type DashboardCorrectionTasksQueryVariables = Exact<{
  me: string | number;
}>;


export type DashboardCorrectionTasksQuery = { correctionTasks: { items: Array<{ id: string, status: TaskStatus, form: { id: string, formNumber: string, status: FormStatus, imageRef: string | null, batch: { code: string } }, discrepancies: Array<{ id: string, fieldKey: string, value1: string | null, value2: string | null }> }> } };

export type DashboardTaskStateQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardTaskStateQuery = { correctionTask: { status: TaskStatus } };

export type DashboardCorrectionTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardCorrectionTaskQuery = { correctionTask: { status: TaskStatus, form: { status: FormStatus } } };

export type DashboardResolveTaskMutationVariables = Exact<{
  id: string | number;
  res: Array<ResolutionInput> | ResolutionInput;
  why?: string | null | undefined;
}>;


export type DashboardResolveTaskMutation = { resolveTask: { status: TaskStatus } };

export type DashboardFormsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardFormsQuery = { all: { total: number }, verified: { total: number }, auto: { total: number } };

export type DashboardUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardUsersQuery = { users: { items: Array<{ username: string }> } };

export type DashboardAreaReportQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardAreaReportQuery = { areaReport: { total: number, items: Array<{ forms: number }> } };

export type DashboardCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type DashboardCreateApiKeyMutation = { createApiKey: { key: string } };

export type DashboardVerifiedRecordsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardVerifiedRecordsQuery = { verifiedRecords: { total: number } };

export type HouseholdHeldTasksQueryVariables = Exact<{
  me: string | number;
}>;


export type HouseholdHeldTasksQuery = { correctionTasks: { items: Array<{ id: string, form: { id: string, formNumber: string, batch: { code: string } }, discrepancies: Array<{ id: string, fieldKey: string, kind: DiscrepancyKind, relatedValue: string | null, relatedForm: { id: string, formNumber: string, batch: { code: string } } | null }> }> } };

export type HouseholdOpenTasksQueryVariables = Exact<{
  b: string | number;
}>;


export type HouseholdOpenTasksQuery = { correctionTasks: { total: number } };

export type HouseholdDiscrepanciesQueryVariables = Exact<{
  b: string | number;
}>;


export type HouseholdDiscrepanciesQuery = { discrepancies: { items: Array<{ fieldKey: string, kind: DiscrepancyKind, relatedValue: string | null, form: { formNumber: string }, relatedForm: { id: string, formNumber: string, batch: { code: string } } | null }> } };

export type HouseholdTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type HouseholdTaskQuery = { correctionTask: { id: string, status: TaskStatus } };

export type HouseholdFormsQueryVariables = Exact<{
  b: string | number;
}>;


export type HouseholdFormsQuery = { forms: { items: Array<{ id: string, formNumber: string, status: FormStatus, verifiedRecord: { values: Array<{ key: string, value: string | null }> } | null }> } };

export type HouseholdMeQueryVariables = Exact<{ [key: string]: never; }>;


export type HouseholdMeQuery = { me: { id: string } };

export type HouseholdRegisterClerksMutationVariables = Exact<{ [key: string]: never; }>;


export type HouseholdRegisterClerksMutation = { registerClerks: { created: number } };

export type KeyingBrowserClaimTaskMutationVariables = Exact<{
  b?: string | number | null | undefined;
}>;


export type KeyingBrowserClaimTaskMutation = { claimNextTask: { id: string, form: { formNumber: string }, discrepancies: Array<{ id: string, fieldKey: string }> } | null };

export type KeyingBrowserResolveMutationVariables = Exact<{
  id: string | number;
  r: Array<ResolutionInput> | ResolutionInput;
}>;


export type KeyingBrowserResolveMutation = { resolveTask: { id: string, status: TaskStatus } };

export type KeyingBrowserBatchQueryVariables = Exact<{
  id: string | number;
}>;


export type KeyingBrowserBatchQuery = { batch: { status: BatchStatus, progress: { forms: number, autoVerified: number, verified: number, inReview: number } } };

export type ManagerViewsBrowserDiscrepanciesQueryVariables = Exact<{ [key: string]: never; }>;


export type ManagerViewsBrowserDiscrepanciesQuery = { discrepancies: { items: Array<{ id: string, fieldKey: string, value1: string | null, value2: string | null, form: { id: string }, maskedDifference: { first: { cells: Array<{ change: CellChange }> } } | null }> } };

export type ManagerViewsBrowserClearQueryVariables = Exact<{
  id: string | number;
}>;


export type ManagerViewsBrowserClearQuery = { discrepancy: { value1: string | null, value2: string | null } };

export type UndoHeldTasksQueryVariables = Exact<{
  me: string | number;
}>;


export type UndoHeldTasksQuery = { correctionTasks: { items: Array<{ id: string, form: { id: string, formNumber: string, batch: { code: string } } }> } };

export type UndoBatchTasksQueryVariables = Exact<{
  b: string | number;
}>;


export type UndoBatchTasksQuery = { correctionTasks: { items: Array<{ id: string, status: TaskStatus, claimedBy: { username: string } | null, form: { id: string, formNumber: string, verifiedRecord: { values: Array<{ key: string, value: string | null, source: ValueSource }> } | null } }> } };

export type UndoAuditQueryVariables = Exact<{
  id: string | number;
}>;


export type UndoAuditQuery = { auditEvents: { items: Array<{ action: string, data: Record<string, any> }> } };

export type UndoMeQueryVariables = Exact<{ [key: string]: never; }>;


export type UndoMeQuery = { me: { id: string } };

export type UndoRegisterClerksMutationVariables = Exact<{ [key: string]: never; }>;


export type UndoRegisterClerksMutation = { registerClerks: { created: number } };

export type WalkClaimTaskMutationVariables = Exact<{ [key: string]: never; }>;


export type WalkClaimTaskMutation = { claimNextTask: { id: string, form: { formNumber: string }, batch: { code: string } } | null };

export type WalkReleaseTaskMutationVariables = Exact<{
  id: string | number;
}>;


export type WalkReleaseTaskMutation = { releaseTask: { id: string } };

export type WorkflowCorrectionTasks3QueryVariables = Exact<{
  me: string | number;
}>;


export type WorkflowCorrectionTasks3Query = { correctionTasks: { items: Array<{ id: string, kind: TaskKind, status: TaskStatus, escalated: boolean, form: { id: string, formNumber: string, batch: { code: string } }, discrepancies: Array<{ id: string, fieldKey: string, kind: DiscrepancyKind, value1: string | null }> }> } };

export type WorkflowCorrectionTask2QueryVariables = Exact<{
  id: string | number;
}>;


export type WorkflowCorrectionTask2Query = { correctionTask: { id: string, status: TaskStatus, escalated: boolean, discrepancyCount: number, comments: Array<{ text: string, author: { username: string } }>, form: { status: FormStatus, verifiedRecord: { values: Array<{ key: string, value: string | null, source: ValueSource }> } | null } } };

export type WorkflowSetSpotCheckPolicy3MutationVariables = Exact<{
  b: string | number;
}>;


export type WorkflowSetSpotCheckPolicy3Mutation = { setSpotCheckPolicy: { spotCheckPercent: number | null, spotCheckSeed: number | null } };

export type WorkflowRegisterClerksMutationVariables = Exact<{ [key: string]: never; }>;


export type WorkflowRegisterClerksMutation = { registerClerks: { created: number } };

export type WorkflowRegisterClerksRefMutationVariables = Exact<{ [key: string]: never; }>;


export type WorkflowRegisterClerksRefMutation = { registerClerks: { created: number } };

export type WorkflowReferenceFormsQueryVariables = Exact<{
  b: string | number;
}>;


export type WorkflowReferenceFormsQuery = { forms: { items: Array<{ formNumber: string, status: FormStatus, verifiedRecord: { values: Array<{ key: string, value: string | null }> } | null }> } };

export type UsersLoginMutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type UsersLoginMutation = { login: { token: string, mustChangePassword: boolean, user: { username: string, role: Role, displayName: string } } };

export type SubmitKeyingsMutationVariables = Exact<{
  k: Array<KeyingInput> | KeyingInput;
}>;


export type SubmitKeyingsMutation = { submitKeyings: Array<{ index: number, idempotencyKey: string, status: KeyingStatus, keyingId: string | null, formId: string | null, formStatus: FormStatus | null, code: string | null, message: string | null, problems: Array<{ field: string, reason: string }> }> };

export type FixturesCreateBatchMutationVariables = Exact<{
  i: CreateBatchInput;
}>;


export type FixturesCreateBatchMutation = { createBatch: { id: string, code: string, status: BatchStatus } };

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
export const WaitingFragmentDoc = new TypedDocumentString(`
    fragment Waiting on KeyerReportRow {
  waiting: pendingFields
}
    `, {"fragmentName":"Waiting"}) as unknown as TypedDocumentString<WaitingFragment, unknown>;
export const AccountsTeamsCreateTeamDocument = new TypedDocumentString(`
    mutation AccountsTeamsCreateTeam($i: CreateTeamInput!) {
  createTeam(input: $i) {
    id
    code
  }
}
    `) as unknown as TypedDocumentString<AccountsTeamsCreateTeamMutation, AccountsTeamsCreateTeamMutationVariables>;
export const AccountsTeamsUpdateUserDocument = new TypedDocumentString(`
    mutation AccountsTeamsUpdateUser($id: ID!, $i: UpdateUserInput!) {
  updateUser(id: $id, input: $i) {
    id
    team {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsTeamsUpdateUserMutation, AccountsTeamsUpdateUserMutationVariables>;
export const AccountsTeamsImportUsersDocument = new TypedDocumentString(`
    mutation AccountsTeamsImportUsers($csv: String!) {
  importUsers(csv: $csv) {
    created
    skipped
    failed
    accounts {
      line
      username
      team
    }
    problems {
      line
      field
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsTeamsImportUsersMutation, AccountsTeamsImportUsersMutationVariables>;
export const AccountsTeamsUserDocument = new TypedDocumentString(`
    query AccountsTeamsUser($id: ID!) {
  user(id: $id) {
    team {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsTeamsUserQuery, AccountsTeamsUserQueryVariables>;
export const AccountsTeamsUsersDocument = new TypedDocumentString(`
    query AccountsTeamsUsers {
  users(perPage: 200) {
    items {
      id
      username
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsTeamsUsersQuery, AccountsTeamsUsersQueryVariables>;
export const AccountsTeamsTeamsDocument = new TypedDocumentString(`
    query AccountsTeamsTeams {
  teams {
    items {
      id
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsTeamsTeamsQuery, AccountsTeamsTeamsQueryVariables>;
export const AccountsTeamsUser2Document = new TypedDocumentString(`
    query AccountsTeamsUser2($id: ID!) {
  user(id: $id) {
    displayName
  }
}
    `) as unknown as TypedDocumentString<AccountsTeamsUser2Query, AccountsTeamsUser2QueryVariables>;
export const AccountsTeamsUsers2Document = new TypedDocumentString(`
    query AccountsTeamsUsers2($t: ID!) {
  users(perPage: 200, filter: {teamId: $t}) {
    items {
      username
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsTeamsUsers2Query, AccountsTeamsUsers2QueryVariables>;
export const AccountsTeamsAuditEventsDocument = new TypedDocumentString(`
    query AccountsTeamsAuditEvents($id: ID!) {
  auditEvents(
    perPage: 20
    filter: {action: "user.update", entityType: "user", entityId: $id}
  ) {
    items {
      data
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsTeamsAuditEventsQuery, AccountsTeamsAuditEventsQueryVariables>;
export const AccountsLoginDocument = new TypedDocumentString(`
    mutation AccountsLogin($u: String!, $p: String!) {
  login(username: $u, password: $p) {
    token
    mustChangePassword
    user {
      id
      username
      role
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsLoginMutation, AccountsLoginMutationVariables>;
export const AccountsCreateUserDocument = new TypedDocumentString(`
    mutation AccountsCreateUser($i: CreateUserInput!) {
  createUser(input: $i) {
    id
    username
    displayName
    role
    keyerCode
    mustChangePassword
    hasPassword
  }
}
    `) as unknown as TypedDocumentString<AccountsCreateUserMutation, AccountsCreateUserMutationVariables>;
export const AccountsUpdateUserDocument = new TypedDocumentString(`
    mutation AccountsUpdateUser($id: ID!, $i: UpdateUserInput!) {
  updateUser(id: $id, input: $i) {
    id
    displayName
    role
    keyerCode
  }
}
    `) as unknown as TypedDocumentString<AccountsUpdateUserMutation, AccountsUpdateUserMutationVariables>;
export const AccountsSetUserActiveDocument = new TypedDocumentString(`
    mutation AccountsSetUserActive($id: ID!, $a: Boolean!) {
  setUserActive(id: $id, active: $a) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<AccountsSetUserActiveMutation, AccountsSetUserActiveMutationVariables>;
export const AccountsResetPasswordDocument = new TypedDocumentString(`
    mutation AccountsResetPassword($id: ID!) {
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
    `) as unknown as TypedDocumentString<AccountsResetPasswordMutation, AccountsResetPasswordMutationVariables>;
export const AccountsChangePasswordDocument = new TypedDocumentString(`
    mutation AccountsChangePassword($o: String!, $n: String!) {
  changePassword(oldPassword: $o, newPassword: $n) {
    token
    mustChangePassword
    user {
      username
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsChangePasswordMutation, AccountsChangePasswordMutationVariables>;
export const AccountsLogoutDocument = new TypedDocumentString(`
    mutation AccountsLogout {
  logout
}
    `) as unknown as TypedDocumentString<AccountsLogoutMutation, AccountsLogoutMutationVariables>;
export const BatchesDocument = new TypedDocumentString(`
    query Batches {
  batches {
    total
  }
}
    `) as unknown as TypedDocumentString<BatchesQuery, BatchesQueryVariables>;
export const AccountsMeDocument = new TypedDocumentString(`
    query AccountsMe {
  me {
    username
    mustChangePassword
  }
}
    `) as unknown as TypedDocumentString<AccountsMeQuery, AccountsMeQueryVariables>;
export const AccountsImportUsersDocument = new TypedDocumentString(`
    mutation AccountsImportUsers($csv: String!) {
  importUsers(csv: $csv) {
    created
    skipped
    failed
    oneTimePasswordsExpireAt
    accounts {
      line
      id
      username
      displayName
      role
      keyerCode
      oneTimePassword
    }
    skippedAccounts {
      line
      username
    }
    problems {
      line
      field
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsImportUsersMutation, AccountsImportUsersMutationVariables>;
export const AccountsCorrectionTasksDocument = new TypedDocumentString(`
    query AccountsCorrectionTasks {
  correctionTasks {
    total
  }
}
    `) as unknown as TypedDocumentString<AccountsCorrectionTasksQuery, AccountsCorrectionTasksQueryVariables>;
export const AccountsClaimNextTaskDocument = new TypedDocumentString(`
    mutation AccountsClaimNextTask {
  claimNextTask {
    id
  }
}
    `) as unknown as TypedDocumentString<AccountsClaimNextTaskMutation, AccountsClaimNextTaskMutationVariables>;
export const AccountsUsersDocument = new TypedDocumentString(`
    query AccountsUsers {
  users(filter: {role: KEYER}, perPage: 100) {
    items {
      id
      keyerCode
      hasPassword
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsUsersQuery, AccountsUsersQueryVariables>;
export const AccountsCreateApiKeyDocument = new TypedDocumentString(`
    mutation AccountsCreateApiKey {
  createApiKey(input: {name: "reports", scopes: [REPORTS_READ]}) {
    key
  }
}
    `) as unknown as TypedDocumentString<AccountsCreateApiKeyMutation, AccountsCreateApiKeyMutationVariables>;
export const AccountsUsers2Document = new TypedDocumentString(`
    query AccountsUsers2 {
  users(filter: {role: KEYER}, perPage: 100) {
    items {
      id
      keyerCode
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsUsers2Query, AccountsUsers2QueryVariables>;
export const AccountsUsers3Document = new TypedDocumentString(`
    query AccountsUsers3 {
  users(filter: {role: CONSUMER}, perPage: 100) {
    total
  }
}
    `) as unknown as TypedDocumentString<AccountsUsers3Query, AccountsUsers3QueryVariables>;
export const AccountsCreatePersonalKeyDocument = new TypedDocumentString(`
    mutation AccountsCreatePersonalKey {
  createApiKey(input: {name: "records", scopes: [RECORDS_READ_PERSONAL]}) {
    key
  }
}
    `) as unknown as TypedDocumentString<AccountsCreatePersonalKeyMutation, AccountsCreatePersonalKeyMutationVariables>;
export const AccountsRecordsByKeyDocument = new TypedDocumentString(`
    query AccountsRecordsByKey {
  verifiedRecords(perPage: 1) {
    total
  }
}
    `) as unknown as TypedDocumentString<AccountsRecordsByKeyQuery, AccountsRecordsByKeyQueryVariables>;
export const AccountsUserOtpDocument = new TypedDocumentString(`
    query AccountsUserOtp($id: ID!) {
  users(filter: {ids: [$id]}) {
    items {
      mustChangePassword
      oneTimePasswordExpiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsUserOtpQuery, AccountsUserOtpQueryVariables>;
export const AccountsMyOtpDocument = new TypedDocumentString(`
    query AccountsMyOtp {
  me {
    username
    oneTimePasswordExpiresAt
  }
}
    `) as unknown as TypedDocumentString<AccountsMyOtpQuery, AccountsMyOtpQueryVariables>;
export const AdmissionRecordsDocument = new TypedDocumentString(`
    query AdmissionRecords {
  verifiedRecords(perPage: 5) {
    total
    items {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AdmissionRecordsQuery, AdmissionRecordsQueryVariables>;
export const AdmissionTrivialDocument = new TypedDocumentString(`
    query AdmissionTrivial {
  __typename
}
    `) as unknown as TypedDocumentString<AdmissionTrivialQuery, AdmissionTrivialQueryVariables>;
export const AdmissionLoginDocument = new TypedDocumentString(`
    mutation AdmissionLogin($u: String!, $p: String!) {
  login(username: $u, password: $p) {
    token
  }
}
    `) as unknown as TypedDocumentString<AdmissionLoginMutation, AdmissionLoginMutationVariables>;
export const AggregateFoldAreaReportDocument = new TypedDocumentString(`
    query AggregateFoldAreaReport {
  areaReport(level: ALL) {
    items {
      forms
    }
  }
}
    `) as unknown as TypedDocumentString<AggregateFoldAreaReportQuery, AggregateFoldAreaReportQueryVariables>;
export const AgreedErrorsClaimNextTaskDocument = new TypedDocumentString(`
    mutation AgreedErrorsClaimNextTask($b: ID) {
  claimNextTask(batchId: $b) {
    id
    form {
      id
    }
    discrepancies {
      id
      fieldKey
      kind
      value1
      value2
      note
      suggestions
    }
  }
}
    `) as unknown as TypedDocumentString<AgreedErrorsClaimNextTaskMutation, AgreedErrorsClaimNextTaskMutationVariables>;
export const AgreedErrorsFormDocument = new TypedDocumentString(`
    query AgreedErrorsForm($f: ID!) {
  form(id: $f) {
    discrepancies {
      fieldKey
      kind
      value1
      note
      suggestions
    }
  }
}
    `) as unknown as TypedDocumentString<AgreedErrorsFormQuery, AgreedErrorsFormQueryVariables>;
export const AgreedErrorsResolveTaskDocument = new TypedDocumentString(`
    mutation AgreedErrorsResolveTask($id: ID!, $r: [ResolutionInput!]!) {
  resolveTask(id: $id, resolutions: $r) {
    status
    form {
      discrepancies {
        fieldKey
        outcome
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgreedErrorsResolveTaskMutation, AgreedErrorsResolveTaskMutationVariables>;
export const AgreedErrorsKeyerReportDocument = new TypedDocumentString(`
    query AgreedErrorsKeyerReport {
  keyerReport(perPage: 10, sortField: keyerCode, sortOrder: ASC) {
    items {
      keyerCode
      fieldErrors
      errorKinds {
        kind
        errors
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgreedErrorsKeyerReportQuery, AgreedErrorsKeyerReportQueryVariables>;
export const AgreedErrorsForm2Document = new TypedDocumentString(`
    query AgreedErrorsForm2($f: ID!) {
  form(id: $f) {
    verifiedRecord {
      values {
        key
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgreedErrorsForm2Query, AgreedErrorsForm2QueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($u: String!, $p: String!) {
  login(username: $u, password: $p) {
    token
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const AtRestVerifiedRecordsDocument = new TypedDocumentString(`
    query AtRestVerifiedRecords($c: String!) {
  verifiedRecords(filter: {citizenId: $c}) {
    total
    items {
      id
      values {
        key
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AtRestVerifiedRecordsQuery, AtRestVerifiedRecordsQueryVariables>;
export const AtRestVerifiedRecords2Document = new TypedDocumentString(`
    query AtRestVerifiedRecords2($id: ID!) {
  verifiedRecords(filter: {ids: [$id]}) {
    items {
      values {
        key
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AtRestVerifiedRecords2Query, AtRestVerifiedRecords2QueryVariables>;
export const AtRestAuditEventsDocument = new TypedDocumentString(`
    query AtRestAuditEvents {
  auditEvents(filter: {action: "records.read"}) {
    total
  }
}
    `) as unknown as TypedDocumentString<AtRestAuditEventsQuery, AtRestAuditEventsQueryVariables>;
export const TypenameDocument = new TypedDocumentString(`
    query Typename {
  __typename
}
    `) as unknown as TypedDocumentString<TypenameQuery, TypenameQueryVariables>;
export const AuditChainSetSpotCheckPolicyDocument = new TypedDocumentString(`
    mutation AuditChainSetSpotCheckPolicy {
  setSpotCheckPolicy(batchId: "1", policy: {every: 5}) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditChainSetSpotCheckPolicyMutation, AuditChainSetSpotCheckPolicyMutationVariables>;
export const AuditChainCreateApiKeyDocument = new TypedDocumentString(`
    mutation AuditChainCreateApiKey($n: String!) {
  createApiKey(input: {name: $n, scopes: [REPORTS_READ]}) {
    key
  }
}
    `) as unknown as TypedDocumentString<AuditChainCreateApiKeyMutation, AuditChainCreateApiKeyMutationVariables>;
export const AuthCacheMeDocument = new TypedDocumentString(`
    query AuthCacheMe {
  me {
    username
    role
  }
}
    `) as unknown as TypedDocumentString<AuthCacheMeQuery, AuthCacheMeQueryVariables>;
export const AuthCacheSetActiveDocument = new TypedDocumentString(`
    mutation AuthCacheSetActive($id: ID!, $a: Boolean!) {
  setUserActive(id: $id, active: $a) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<AuthCacheSetActiveMutation, AuthCacheSetActiveMutationVariables>;
export const AuthCacheUpdateDocument = new TypedDocumentString(`
    mutation AuthCacheUpdate($id: ID!, $i: UpdateUserInput!) {
  updateUser(id: $id, input: $i) {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<AuthCacheUpdateMutation, AuthCacheUpdateMutationVariables>;
export const BatchCodesCreateBatchDocument = new TypedDocumentString(`
    mutation BatchCodesCreateBatch($i: CreateBatchInput!) {
  createBatch(input: $i) {
    id
    code
  }
}
    `) as unknown as TypedDocumentString<BatchCodesCreateBatchMutation, BatchCodesCreateBatchMutationVariables>;
export const BatchCodesExportBatchDocument = new TypedDocumentString(`
    mutation BatchCodesExportBatch($b: ID!) {
  exportBatch(batchId: $b) {
    directory
  }
}
    `) as unknown as TypedDocumentString<BatchCodesExportBatchMutation, BatchCodesExportBatchMutationVariables>;
export const CrashSubmitKeyingsDocument = new TypedDocumentString(`
    mutation CrashSubmitKeyings($k: [KeyingInput!]!) {
  submitKeyings(keyings: $k) {
    idempotencyKey
    status
    keyingId
    code
  }
}
    `) as unknown as TypedDocumentString<CrashSubmitKeyingsMutation, CrashSubmitKeyingsMutationVariables>;
export const ClaimNextTaskDocument = new TypedDocumentString(`
    mutation ClaimNextTask {
  claimNextTask {
    id
    discrepancies {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimNextTaskMutation, ClaimNextTaskMutationVariables>;
export const ResolveTaskDocument = new TypedDocumentString(`
    mutation ResolveTask($id: ID!, $r: [ResolutionInput!]!) {
  resolveTask(id: $id, resolutions: $r) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ResolveTaskMutation, ResolveTaskMutationVariables>;
export const CrashCreateBatchDocument = new TypedDocumentString(`
    mutation CrashCreateBatch($i: CreateBatchInput!) {
  createBatch(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CrashCreateBatchMutation, CrashCreateBatchMutationVariables>;
export const EndpointHardeningFormsDocument = new TypedDocumentString(`
    query EndpointHardeningForms($f: FormFilter) {
  forms(filter: $f) {
    total
  }
}
    `) as unknown as TypedDocumentString<EndpointHardeningFormsQuery, EndpointHardeningFormsQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const Me2Document = new TypedDocumentString(`
    query Me2 {
  me {
    username
  }
}
    `) as unknown as TypedDocumentString<Me2Query, Me2QueryVariables>;
export const FinalChecksClaimNextTaskDocument = new TypedDocumentString(`
    mutation FinalChecksClaimNextTask($b: ID) {
  claimNextTask(batchId: $b) {
    id
    kind
    discrepancies {
      id
      fieldKey
      value1
      value2
      value3
    }
  }
}
    `) as unknown as TypedDocumentString<FinalChecksClaimNextTaskMutation, FinalChecksClaimNextTaskMutationVariables>;
export const FinalChecksResolveTaskDocument = new TypedDocumentString(`
    mutation FinalChecksResolveTask($id: ID!, $r: [ResolutionInput!]!, $why: String) {
  resolveTask(id: $id, resolutions: $r, overrideReason: $why) {
    id
    status
    form {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<FinalChecksResolveTaskMutation, FinalChecksResolveTaskMutationVariables>;
export const ResolutionWarningsDocument = new TypedDocumentString(`
    query ResolutionWarnings($id: ID!, $r: [ResolutionInput!]!) {
  resolutionWarnings(id: $id, resolutions: $r) {
    field
    kind
    check
    message
  }
}
    `) as unknown as TypedDocumentString<ResolutionWarningsQuery, ResolutionWarningsQueryVariables>;
export const FinalChecksResolveSpotCheckDocument = new TypedDocumentString(`
    mutation FinalChecksResolveSpotCheck($id: ID!, $c: [FieldCorrectionInput!]!, $why: String) {
  resolveSpotCheck(id: $id, corrections: $c, overrideReason: $why) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<FinalChecksResolveSpotCheckMutation, FinalChecksResolveSpotCheckMutationVariables>;
export const FinalChecksSpotCheckWarningsDocument = new TypedDocumentString(`
    query FinalChecksSpotCheckWarnings($id: ID!, $c: [FieldCorrectionInput!]!) {
  spotCheckWarnings(id: $id, corrections: $c) {
    field
    kind
    check
    message
  }
}
    `) as unknown as TypedDocumentString<FinalChecksSpotCheckWarningsQuery, FinalChecksSpotCheckWarningsQueryVariables>;
export const FinalChecksRequestRekeyDocument = new TypedDocumentString(`
    mutation FinalChecksRequestRekey($id: ID!) {
  requestRekey(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<FinalChecksRequestRekeyMutation, FinalChecksRequestRekeyMutationVariables>;
export const FinalChecksAuditEventsDocument = new TypedDocumentString(`
    query FinalChecksAuditEvents($id: ID!) {
  auditEvents(filter: {entityType: "task", entityId: $id, action: "task.rekeyed"}) {
    items {
      data
    }
  }
}
    `) as unknown as TypedDocumentString<FinalChecksAuditEventsQuery, FinalChecksAuditEventsQueryVariables>;
export const FinalChecksFormsDocument = new TypedDocumentString(`
    query FinalChecksForms($b: ID!) {
  forms(filter: {batchId: $b}) {
    items {
      formNumber
      verifiedRecord {
        values {
          key
          value
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FinalChecksFormsQuery, FinalChecksFormsQueryVariables>;
export const FuzzSubmitKeyingsDocument = new TypedDocumentString(`
    mutation FuzzSubmitKeyings($k: [KeyingInput!]!) {
  submitKeyings(keyings: $k) {
    index
    status
    keyingId
    code
    message
    problems {
      field
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<FuzzSubmitKeyingsMutation, FuzzSubmitKeyingsMutationVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($i: CreateUserInput!) {
  createUser(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const HostileBatchesDocument = new TypedDocumentString(`
    query HostileBatches($s: String!) {
  r: batches(filter: {code: $s}) {
    total
  }
}
    `) as unknown as TypedDocumentString<HostileBatchesQuery, HostileBatchesQueryVariables>;
export const HostileBatches2Document = new TypedDocumentString(`
    query HostileBatches2($s: String!) {
  r: batches(filter: {provinceCode: $s}) {
    total
  }
}
    `) as unknown as TypedDocumentString<HostileBatches2Query, HostileBatches2QueryVariables>;
export const HostileBatches3Document = new TypedDocumentString(`
    query HostileBatches3($s: ID!) {
  r: batches(filter: {ids: [$s]}) {
    total
  }
}
    `) as unknown as TypedDocumentString<HostileBatches3Query, HostileBatches3QueryVariables>;
export const HostileFormsDocument = new TypedDocumentString(`
    query HostileForms($s: String!) {
  r: forms(filter: {formNumber: $s}) {
    total
  }
}
    `) as unknown as TypedDocumentString<HostileFormsQuery, HostileFormsQueryVariables>;
export const HostileForms2Document = new TypedDocumentString(`
    query HostileForms2($s: ID!) {
  r: forms(filter: {batchId: $s}) {
    total
  }
}
    `) as unknown as TypedDocumentString<HostileForms2Query, HostileForms2QueryVariables>;
export const HostileKeyingsDocument = new TypedDocumentString(`
    query HostileKeyings($s: String!) {
  r: keyings(filter: {keyerCode: $s}) {
    total
  }
}
    `) as unknown as TypedDocumentString<HostileKeyingsQuery, HostileKeyingsQueryVariables>;
export const HostileDiscrepanciesDocument = new TypedDocumentString(`
    query HostileDiscrepancies($s: String!) {
  r: discrepancies(filter: {fieldKey: $s}) {
    total
  }
}
    `) as unknown as TypedDocumentString<HostileDiscrepanciesQuery, HostileDiscrepanciesQueryVariables>;
export const HostileVerifiedRecordsDocument = new TypedDocumentString(`
    query HostileVerifiedRecords($s: ID!) {
  r: verifiedRecords(filter: {formId: $s}) {
    total
  }
}
    `) as unknown as TypedDocumentString<HostileVerifiedRecordsQuery, HostileVerifiedRecordsQueryVariables>;
export const HostileAuditEventsDocument = new TypedDocumentString(`
    query HostileAuditEvents($s: String!) {
  r: auditEvents(filter: {entityType: $s}) {
    total
  }
}
    `) as unknown as TypedDocumentString<HostileAuditEventsQuery, HostileAuditEventsQueryVariables>;
export const HostileAuditEvents2Document = new TypedDocumentString(`
    query HostileAuditEvents2($s: String!) {
  r: auditEvents(filter: {action: $s}) {
    total
  }
}
    `) as unknown as TypedDocumentString<HostileAuditEvents2Query, HostileAuditEvents2QueryVariables>;
export const HostileUsersDocument = new TypedDocumentString(`
    query HostileUsers($s: ID!) {
  r: users(filter: {ids: [$s]}) {
    total
  }
}
    `) as unknown as TypedDocumentString<HostileUsersQuery, HostileUsersQueryVariables>;
export const HostileTemplateDocument = new TypedDocumentString(`
    query HostileTemplate($s: String!) {
  r: template(code: $s) {
    code
  }
}
    `) as unknown as TypedDocumentString<HostileTemplateQuery, HostileTemplateQueryVariables>;
export const HostileBatches4Document = new TypedDocumentString(`
    query HostileBatches4($ids: [ID!]!) {
  batches(filter: {ids: $ids}) {
    total
  }
}
    `) as unknown as TypedDocumentString<HostileBatches4Query, HostileBatches4QueryVariables>;
export const HostileCreateBatch2Document = new TypedDocumentString(`
    mutation HostileCreateBatch2 {
  createBatch(
    input: {code: "HB2", provinceCode: "001", district: "a", commune: "b"}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<HostileCreateBatch2Mutation, HostileCreateBatch2MutationVariables>;
export const HostileCreateBatch3Document = new TypedDocumentString(`
    mutation HostileCreateBatch3 {
  createBatch(
    input: {code: "HB3", provinceCode: "001", district: "a", commune: "b"}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<HostileCreateBatch3Mutation, HostileCreateBatch3MutationVariables>;
export const HostileForms3Document = new TypedDocumentString(`
    query HostileForms3 {
  forms(perPage: 100000) {
    total
  }
}
    `) as unknown as TypedDocumentString<HostileForms3Query, HostileForms3QueryVariables>;
export const HostileForms4Document = new TypedDocumentString(`
    query HostileForms4 {
  forms(perPage: 201) {
    total
  }
}
    `) as unknown as TypedDocumentString<HostileForms4Query, HostileForms4QueryVariables>;
export const HostileForms5Document = new TypedDocumentString(`
    query HostileForms5 {
  forms(page: 2147483647) {
    total
  }
}
    `) as unknown as TypedDocumentString<HostileForms5Query, HostileForms5QueryVariables>;
export const HostileResolveTaskDocument = new TypedDocumentString(`
    mutation HostileResolveTask($r: [ResolutionInput!]!) {
  resolveTask(id: "1", resolutions: $r) {
    id
  }
}
    `) as unknown as TypedDocumentString<HostileResolveTaskMutation, HostileResolveTaskMutationVariables>;
export const HouseholdsFormDocument = new TypedDocumentString(`
    query HouseholdsForm($f: ID!) {
  form(id: $f) {
    id
    formNumber
    status
    discrepancies {
      id
      fieldKey
      kind
      note
      value1
      relatedValue
      relatedForm {
        id
        formNumber
      }
      resolvedAt
    }
  }
}
    `) as unknown as TypedDocumentString<HouseholdsFormQuery, HouseholdsFormQueryVariables>;
export const HouseholdsClaimDocument = new TypedDocumentString(`
    mutation HouseholdsClaim($b: ID) {
  claimNextTask(batchId: $b) {
    id
    form {
      id
      formNumber
    }
    discrepancies {
      id
      fieldKey
      kind
      note
      value1
      relatedValue
      relatedForm {
        id
        formNumber
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HouseholdsClaimMutation, HouseholdsClaimMutationVariables>;
export const HouseholdsResolveDocument = new TypedDocumentString(`
    mutation HouseholdsResolve($id: ID!, $r: [ResolutionInput!]!, $why: String) {
  resolveTask(id: $id, resolutions: $r, overrideReason: $why) {
    status
    form {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<HouseholdsResolveMutation, HouseholdsResolveMutationVariables>;
export const HouseholdsWarningsDocument = new TypedDocumentString(`
    query HouseholdsWarnings($id: ID!, $r: [ResolutionInput!]!) {
  resolutionWarnings(id: $id, resolutions: $r) {
    field
    kind
    check
    message
  }
}
    `) as unknown as TypedDocumentString<HouseholdsWarningsQuery, HouseholdsWarningsQueryVariables>;
export const HouseholdsBatchDocument = new TypedDocumentString(`
    query HouseholdsBatch($id: ID!) {
  batch(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<HouseholdsBatchQuery, HouseholdsBatchQueryVariables>;
export const HouseholdsRecordDocument = new TypedDocumentString(`
    query HouseholdsRecord($f: ID!) {
  form(id: $f) {
    verifiedRecord {
      automatic
      values {
        key
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HouseholdsRecordQuery, HouseholdsRecordQueryVariables>;
export const HouseholdsExportDocument = new TypedDocumentString(`
    mutation HouseholdsExport($b: ID!) {
  exportBatch(batchId: $b) {
    recordCount
  }
}
    `) as unknown as TypedDocumentString<HouseholdsExportMutation, HouseholdsExportMutationVariables>;
export const IndependenceFormDocument = new TypedDocumentString(`
    query IndependenceForm($id: ID!) {
  form(id: $id) {
    status
    task {
      id
    }
    verifiedRecord {
      id
    }
    keyings {
      pass
      keyerCode
      submittedBy
    }
  }
}
    `) as unknown as TypedDocumentString<IndependenceFormQuery, IndependenceFormQueryVariables>;
export const IndependenceKeyingsDocument = new TypedDocumentString(`
    query IndependenceKeyings {
  keyings(perPage: 1) {
    total
  }
  verifiedRecords(perPage: 1) {
    total
  }
}
    `) as unknown as TypedDocumentString<IndependenceKeyingsQuery, IndependenceKeyingsQueryVariables>;
export const IndependenceAuditEventsDocument = new TypedDocumentString(`
    query IndependenceAuditEvents {
  auditEvents(perPage: 200, filter: {action: "keyings.ingest"}) {
    items {
      actor
      data
    }
  }
}
    `) as unknown as TypedDocumentString<IndependenceAuditEventsQuery, IndependenceAuditEventsQueryVariables>;
export const IndependenceCreateApiKeyDocument = new TypedDocumentString(`
    mutation IndependenceCreateApiKey($n: String!) {
  createApiKey(input: {name: $n, scopes: [KEYINGS_SUBMIT]}) {
    key
  }
}
    `) as unknown as TypedDocumentString<IndependenceCreateApiKeyMutation, IndependenceCreateApiKeyMutationVariables>;
export const IndependenceRegisterClerksDocument = new TypedDocumentString(`
    mutation IndependenceRegisterClerks {
  registerClerks(clerks: [{keyerCode: "KT999", displayName: "Nguyễn Thị Chín"}]) {
    created
    existing
  }
}
    `) as unknown as TypedDocumentString<IndependenceRegisterClerksMutation, IndependenceRegisterClerksMutationVariables>;
export const IndependenceClaimNextTaskDocument = new TypedDocumentString(`
    mutation IndependenceClaimNextTask {
  claimNextTask {
    id
    form {
      formNumber
    }
  }
}
    `) as unknown as TypedDocumentString<IndependenceClaimNextTaskMutation, IndependenceClaimNextTaskMutationVariables>;
export const RequestRekeyDocument = new TypedDocumentString(`
    mutation RequestRekey($id: ID!) {
  requestRekey(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<RequestRekeyMutation, RequestRekeyMutationVariables>;
export const IndependenceCreateUserDocument = new TypedDocumentString(`
    mutation IndependenceCreateUser($i: CreateUserInput!) {
  createUser(input: $i) {
    id
    role
    keyerCode
  }
}
    `) as unknown as TypedDocumentString<IndependenceCreateUserMutation, IndependenceCreateUserMutationVariables>;
export const IndependenceRegisterClerks2Document = new TypedDocumentString(`
    mutation IndependenceRegisterClerks2($c: [ClerkInput!]!) {
  registerClerks(clerks: $c) {
    created
    existing
  }
}
    `) as unknown as TypedDocumentString<IndependenceRegisterClerks2Mutation, IndependenceRegisterClerks2MutationVariables>;
export const IndependenceAuditEvents2Document = new TypedDocumentString(`
    query IndependenceAuditEvents2 {
  auditEvents(perPage: 1, filter: {action: "clerks.register"}) {
    total
  }
  created: auditEvents(perPage: 1, filter: {action: "user.create"}) {
    total
  }
}
    `) as unknown as TypedDocumentString<IndependenceAuditEvents2Query, IndependenceAuditEvents2QueryVariables>;
export const IndependenceUsersDocument = new TypedDocumentString(`
    query IndependenceUsers {
  users(perPage: 200, filter: {role: KEYER}) {
    items {
      username
      keyerCode
    }
  }
}
    `) as unknown as TypedDocumentString<IndependenceUsersQuery, IndependenceUsersQueryVariables>;
export const IndependenceLoginDocument = new TypedDocumentString(`
    mutation IndependenceLogin {
  login(username: "kr01", password: "") {
    token
  }
}
    `) as unknown as TypedDocumentString<IndependenceLoginMutation, IndependenceLoginMutationVariables>;
export const IngestFormsDocument = new TypedDocumentString(`
    query IngestForms {
  forms(perPage: 1) {
    total
  }
  keyings(perPage: 1) {
    total
  }
  correctionTasks(perPage: 1) {
    total
  }
  verifiedRecords(perPage: 1) {
    total
  }
  discrepancies(perPage: 1) {
    total
  }
}
    `) as unknown as TypedDocumentString<IngestFormsQuery, IngestFormsQueryVariables>;
export const IngestFormDocument = new TypedDocumentString(`
    query IngestForm($id: ID!) {
  form(id: $id) {
    status
    verifiedAt
    task {
      id
    }
    keyings {
      pass
      keyerCode
      values {
        key
        value
      }
    }
    verifiedRecord {
      automatic
      values {
        key
        value
        source
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IngestFormQuery, IngestFormQueryVariables>;
export const IngestForm2Document = new TypedDocumentString(`
    query IngestForm2($id: ID!) {
  form(id: $id) {
    status
    task {
      status
      discrepancyCount
    }
    discrepancies {
      fieldKey
      value1
      value2
      kind
      editDistance
      outcome
    }
  }
}
    `) as unknown as TypedDocumentString<IngestForm2Query, IngestForm2QueryVariables>;
export const IngestBatchStatusDocument = new TypedDocumentString(`
    query IngestBatchStatus($id: ID!) {
  batch(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<IngestBatchStatusQuery, IngestBatchStatusQueryVariables>;
export const IngestKeyingsDocument = new TypedDocumentString(`
    query IngestKeyings {
  keyings(filter: {keyerCode: "KT7"}) {
    total
  }
}
    `) as unknown as TypedDocumentString<IngestKeyingsQuery, IngestKeyingsQueryVariables>;
export const IngestForms2Document = new TypedDocumentString(`
    query IngestForms2 {
  forms(filter: {formNumber: "V1"}) {
    total
  }
}
    `) as unknown as TypedDocumentString<IngestForms2Query, IngestForms2QueryVariables>;
export const IngestForm3Document = new TypedDocumentString(`
    query IngestForm3($id: ID!) {
  form(id: $id) {
    keyings {
      values {
        key
        value
        illegible
      }
    }
    discrepancies {
      fieldKey
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<IngestForm3Query, IngestForm3QueryVariables>;
export const KeyingStationClaimDocument = new TypedDocumentString(`
    mutation KeyingStationClaim($b: ID) {
  claimNextKeying(batchId: $b) {
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
      type
      required
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<KeyingStationClaimMutation, KeyingStationClaimMutationVariables>;
export const KeyingStationSaveDocument = new TypedDocumentString(`
    mutation KeyingStationSave($id: ID!, $k: LeasedKeyingInput!) {
  saveLeasedKeying(id: $id, keying: $k) {
    status
  }
}
    `) as unknown as TypedDocumentString<KeyingStationSaveMutation, KeyingStationSaveMutationVariables>;
export const KeyingStationSaveNextDocument = new TypedDocumentString(`
    mutation KeyingStationSaveNext($id: ID!, $k: LeasedKeyingInput!, $b: ID) {
  saveLeasedKeying(id: $id, keying: $k, next: true, batchId: $b) {
    status
    next {
      id
      formNumber
    }
  }
}
    `) as unknown as TypedDocumentString<KeyingStationSaveNextMutation, KeyingStationSaveNextMutationVariables>;
export const KeyingStationFiguresDocument = new TypedDocumentString(`
    query KeyingStationFigures {
  myKeyingFigures {
    keyedToday
    keyedThisWeek
    medianSecondsThisWeek
    reviewedForms
    fieldsReviewed
    fieldErrors
    errorRate
  }
}
    `) as unknown as TypedDocumentString<KeyingStationFiguresQuery, KeyingStationFiguresQueryVariables>;
export const KeyingStationLoginDocument = new TypedDocumentString(`
    mutation KeyingStationLogin($u: String!, $p: String!) {
  login(username: $u, password: $p) {
    token
  }
}
    `) as unknown as TypedDocumentString<KeyingStationLoginMutation, KeyingStationLoginMutationVariables>;
export const KeyingStationClaimTaskDocument = new TypedDocumentString(`
    mutation KeyingStationClaimTask($b: ID) {
  claimNextTask(batchId: $b) {
    id
    form {
      formNumber
      imageRef
    }
    discrepancies {
      id
      fieldKey
    }
  }
}
    `) as unknown as TypedDocumentString<KeyingStationClaimTaskMutation, KeyingStationClaimTaskMutationVariables>;
export const KeyingStationResolveDocument = new TypedDocumentString(`
    mutation KeyingStationResolve($id: ID!, $r: [ResolutionInput!]!) {
  resolveTask(id: $id, resolutions: $r) {
    id
    status
    form {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<KeyingStationResolveMutation, KeyingStationResolveMutationVariables>;
export const KeyingStationBatchDocument = new TypedDocumentString(`
    query KeyingStationBatch($id: ID!) {
  batch(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<KeyingStationBatchQuery, KeyingStationBatchQueryVariables>;
export const PlanTaskTotalDocument = new TypedDocumentString(`
    query PlanTaskTotal($f: CorrectionTaskFilter) {
  correctionTasks(filter: $f, perPage: 5) {
    total
    totalIsEstimate
    hasNextPage
  }
}
    `) as unknown as TypedDocumentString<PlanTaskTotalQuery, PlanTaskTotalQueryVariables>;
export const ManagerViewsFormDocument = new TypedDocumentString(`
    query ManagerViewsForm($n: String!) {
  forms(filter: {formNumber: $n}) {
    items {
      id
      task {
        id
        discrepancyCount
      }
      discrepancies {
        id
        fieldKey
        kind
        value1
        value2
        editDistance
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
      fields {
        field {
          key
        }
        value1
        value2
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
    }
  }
}
    `) as unknown as TypedDocumentString<ManagerViewsFormQuery, ManagerViewsFormQueryVariables>;
export const ManagerViewsDiscrepancyDocument = new TypedDocumentString(`
    query ManagerViewsDiscrepancy($id: ID!) {
  discrepancy(id: $id) {
    fieldKey
    value1
    value2
    editDistance
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
}
    `) as unknown as TypedDocumentString<ManagerViewsDiscrepancyQuery, ManagerViewsDiscrepancyQueryVariables>;
export const ManagerViewsKeyersDocument = new TypedDocumentString(`
    query ManagerViewsKeyers($f: ReportFilter, $d: Boolean) {
  keyerReport(
    filter: $f
    byDay: $d
    perPage: 50
    sortField: keyerCode
    sortOrder: ASC
  ) {
    items {
      keyerCode
      day
      fieldErrors
      errorRate
      pendingFields
    }
  }
}
    `) as unknown as TypedDocumentString<ManagerViewsKeyersQuery, ManagerViewsKeyersQueryVariables>;
export const ManagerViewsAreasDocument = new TypedDocumentString(`
    query ManagerViewsAreas($l: AreaLevel!, $f: ReportFilter, $d: Boolean) {
  areaReport(level: $l, filter: $f, byDay: $d, perPage: 50) {
    items {
      batchCode
      errors
      errorRate
      openTasks
      pendingFields
    }
  }
}
    `) as unknown as TypedDocumentString<ManagerViewsAreasQuery, ManagerViewsAreasQueryVariables>;
export const ManagerViewsFieldsDocument = new TypedDocumentString(`
    query ManagerViewsFields($f: ReportFilter) {
  fieldReport(filter: $f, perPage: 200, sortField: fieldKey, sortOrder: ASC) {
    items {
      fieldKey
      errors
      pendingFields
    }
  }
}
    `) as unknown as TypedDocumentString<ManagerViewsFieldsQuery, ManagerViewsFieldsQueryVariables>;
export const ManagerViewsKeyersPlainDocument = new TypedDocumentString(`
    query ManagerViewsKeyersPlain {
  keyerReport(perPage: 50, sortField: keyerCode, sortOrder: ASC) {
    items {
      keyerCode
      errorRate
    }
  }
}
    `) as unknown as TypedDocumentString<ManagerViewsKeyersPlainQuery, ManagerViewsKeyersPlainQueryVariables>;
export const ManagerViewsKeyersFragmentDocument = new TypedDocumentString(`
    query ManagerViewsKeyersFragment {
  keyerReport(perPage: 50, sortField: keyerCode, sortOrder: ASC) {
    items {
      keyerCode
      ...Waiting
    }
  }
}
    fragment Waiting on KeyerReportRow {
  waiting: pendingFields
}`) as unknown as TypedDocumentString<ManagerViewsKeyersFragmentQuery, ManagerViewsKeyersFragmentQueryVariables>;
export const ManagerViewsOutOfControlDocument = new TypedDocumentString(`
    query ManagerViewsOutOfControl {
  outOfControlKeyers(perPage: 10) {
    items {
      keyerCode
      pendingFields
    }
  }
}
    `) as unknown as TypedDocumentString<ManagerViewsOutOfControlQuery, ManagerViewsOutOfControlQueryVariables>;
export const ManagerViewsReviewersDocument = new TypedDocumentString(`
    query ManagerViewsReviewers {
  reviewerReport(perPage: 50) {
    items {
      reviewerId
      reviewerName
      tasksResolved
    }
  }
}
    `) as unknown as TypedDocumentString<ManagerViewsReviewersQuery, ManagerViewsReviewersQueryVariables>;
export const ManagerViewsClaimDocument = new TypedDocumentString(`
    mutation ManagerViewsClaim($b: ID) {
  claimNextTask(batchId: $b) {
    id
    discrepancies {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ManagerViewsClaimMutation, ManagerViewsClaimMutationVariables>;
export const ManagerViewsResolveDocument = new TypedDocumentString(`
    mutation ManagerViewsResolve($id: ID!, $r: [ResolutionInput!]!) {
  resolveTask(id: $id, resolutions: $r) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ManagerViewsResolveMutation, ManagerViewsResolveMutationVariables>;
export const ManagerViewsCreateKeyDocument = new TypedDocumentString(`
    mutation ManagerViewsCreateKey {
  createApiKey(input: {name: "reports", scopes: [REPORTS_READ]}) {
    key
  }
}
    `) as unknown as TypedDocumentString<ManagerViewsCreateKeyMutation, ManagerViewsCreateKeyMutationVariables>;
export const MutationAuditClaimNextTaskDocument = new TypedDocumentString(`
    mutation MutationAuditClaimNextTask($b: ID) {
  claimNextTask(batchId: $b) {
    id
    form {
      id
    }
    discrepancies {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MutationAuditClaimNextTaskMutation, MutationAuditClaimNextTaskMutationVariables>;
export const MutationAuditResolveTaskDocument = new TypedDocumentString(`
    mutation MutationAuditResolveTask($id: ID!, $r: [ResolutionInput!]!) {
  resolveTask(id: $id, resolutions: $r) {
    id
  }
}
    `) as unknown as TypedDocumentString<MutationAuditResolveTaskMutation, MutationAuditResolveTaskMutationVariables>;
export const MutationAuditRejectFormDocument = new TypedDocumentString(`
    mutation MutationAuditRejectForm($id: ID!) {
  rejectForm(taskId: $id, reason: "unreadable") {
    id
  }
}
    `) as unknown as TypedDocumentString<MutationAuditRejectFormMutation, MutationAuditRejectFormMutationVariables>;
export const ExportBatchDocument = new TypedDocumentString(`
    mutation ExportBatch($b: ID!) {
  exportBatch(batchId: $b) {
    recordCount
  }
}
    `) as unknown as TypedDocumentString<ExportBatchMutation, ExportBatchMutationVariables>;
export const MutationAuditCreateTeamDocument = new TypedDocumentString(`
    mutation MutationAuditCreateTeam($i: CreateTeamInput!) {
  createTeam(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<MutationAuditCreateTeamMutation, MutationAuditCreateTeamMutationVariables>;
export const MutationAuditClaimNextKeyingDocument = new TypedDocumentString(`
    mutation MutationAuditClaimNextKeying($b: ID) {
  claimNextKeying(batchId: $b) {
    id
  }
}
    `) as unknown as TypedDocumentString<MutationAuditClaimNextKeyingMutation, MutationAuditClaimNextKeyingMutationVariables>;
export const MutationAuditCreateApiKeyDocument = new TypedDocumentString(`
    mutation MutationAuditCreateApiKey {
  createApiKey(input: {name: "to revoke", scopes: [REPORTS_READ]}) {
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MutationAuditCreateApiKeyMutation, MutationAuditCreateApiKeyMutationVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($i: CreateApiKeyInput!) {
  createApiKey(input: $i) {
    key
  }
}
    `) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const PermissionsVerifiedRecordsDocument = new TypedDocumentString(`
    query PermissionsVerifiedRecords {
  verifiedRecords(perPage: 5) {
    total
    items {
      id
      values {
        key
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsVerifiedRecordsQuery, PermissionsVerifiedRecordsQueryVariables>;
export const WalkToKeyingsDocument = new TypedDocumentString(`
    query WalkToKeyings {
  verifiedRecords {
    items {
      form {
        formNumber
        keyings {
          pass
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WalkToKeyingsQuery, WalkToKeyingsQueryVariables>;
export const WalkToDiscrepanciesDocument = new TypedDocumentString(`
    query WalkToDiscrepancies {
  verifiedRecords {
    items {
      form {
        formNumber
        discrepancies {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WalkToDiscrepanciesQuery, WalkToDiscrepanciesQueryVariables>;
export const WalkToTaskDocument = new TypedDocumentString(`
    query WalkToTask {
  verifiedRecords {
    items {
      form {
        formNumber
        task {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WalkToTaskQuery, WalkToTaskQueryVariables>;
export const WalkToFieldsDocument = new TypedDocumentString(`
    query WalkToFields {
  verifiedRecords {
    items {
      form {
        formNumber
        fields {
          value1
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WalkToFieldsQuery, WalkToFieldsQueryVariables>;
export const PermissionsVerifiedRecords2Document = new TypedDocumentString(`
    query PermissionsVerifiedRecords2 {
  verifiedRecords {
    items {
      form {
        formNumber
      }
      batch {
        code
      }
      verifiedBy {
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsVerifiedRecords2Query, PermissionsVerifiedRecords2QueryVariables>;
export const PermissionsCreateApiKeyDocument = new TypedDocumentString(`
    mutation PermissionsCreateApiKey {
  createApiKey(input: {name: "to revoke", scopes: [REPORTS_READ]}) {
    key
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionsCreateApiKeyMutation, PermissionsCreateApiKeyMutationVariables>;
export const PermissionsRevokeApiKeyDocument = new TypedDocumentString(`
    mutation PermissionsRevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<PermissionsRevokeApiKeyMutation, PermissionsRevokeApiKeyMutationVariables>;
export const QueriesFormsDocument = new TypedDocumentString(`
    query QueriesForms($n: Int!) {
  forms(perPage: $n, sortField: id, sortOrder: ASC) {
    total
    items {
      id
      formNumber
      batch {
        code
      }
      keyings {
        pass
        keyerCode
        values {
          key
          value
        }
      }
      discrepancies {
        fieldKey
        kind
      }
      task {
        status
      }
      verifiedRecord {
        values {
          key
          source
        }
      }
      fields {
        field {
          key
        }
        value1
        value2
        discrepancyId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesFormsQuery, QueriesFormsQueryVariables>;
export const QueriesForms2Document = new TypedDocumentString(`
    query QueriesForms2($p: Int!) {
  forms(page: $p, perPage: 8, sortField: status, sortOrder: ASC) {
    total
    page
    perPage
    items {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesForms2Query, QueriesForms2QueryVariables>;
export const QueriesForms3Document = new TypedDocumentString(`
    query QueriesForms3 {
  forms(perPage: 3, sortField: id, sortOrder: DESC) {
    items {
      formNumber
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesForms3Query, QueriesForms3QueryVariables>;
export const QueriesBatchesDocument = new TypedDocumentString(`
    query QueriesBatches {
  batches(filter: {provinceCode: "079"}) {
    total
    items {
      code
      progress {
        forms
        autoVerified
        inReview
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesBatchesQuery, QueriesBatchesQueryVariables>;
export const QueriesBatches2Document = new TypedDocumentString(`
    query QueriesBatches2 {
  batches(filter: {code: "Q1"}) {
    items {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesBatches2Query, QueriesBatches2QueryVariables>;
export const QueriesForms4Document = new TypedDocumentString(`
    query QueriesForms4($b: ID!) {
  forms(filter: {batchId: $b, status: IN_REVIEW}) {
    total
  }
  correctionTasks(filter: {batchId: $b, status: OPEN}) {
    total
  }
  discrepancies(
    filter: {batchId: $b, fieldKey: "fullName", kind: DIACRITIC, resolved: false}
  ) {
    total
  }
}
    `) as unknown as TypedDocumentString<QueriesForms4Query, QueriesForms4QueryVariables>;
export const QueriesKeyingsDocument = new TypedDocumentString(`
    query QueriesKeyings {
  keyings(filter: {keyerCode: "KT3", pass: 2}) {
    total
  }
}
    `) as unknown as TypedDocumentString<QueriesKeyingsQuery, QueriesKeyingsQueryVariables>;
export const VerifiedRecordsDocument = new TypedDocumentString(`
    query VerifiedRecords {
  verifiedRecords(filter: {automatic: true}) {
    total
  }
}
    `) as unknown as TypedDocumentString<VerifiedRecordsQuery, VerifiedRecordsQueryVariables>;
export const QueriesForms5Document = new TypedDocumentString(`
    query QueriesForms5 {
  forms(perPage: 1000) {
    total
  }
}
    `) as unknown as TypedDocumentString<QueriesForms5Query, QueriesForms5QueryVariables>;
export const QueriesForms6Document = new TypedDocumentString(`
    query QueriesForms6 {
  forms(page: 0) {
    total
  }
}
    `) as unknown as TypedDocumentString<QueriesForms6Query, QueriesForms6QueryVariables>;
export const QueriesFormDocument = new TypedDocumentString(`
    query QueriesForm {
  form(id: "abc") {
    id
  }
}
    `) as unknown as TypedDocumentString<QueriesFormQuery, QueriesFormQueryVariables>;
export const QueriesForm2Document = new TypedDocumentString(`
    query QueriesForm2 {
  form(id: "999999") {
    id
  }
}
    `) as unknown as TypedDocumentString<QueriesForm2Query, QueriesForm2QueryVariables>;
export const QueriesForms7Document = new TypedDocumentString(`
    query QueriesForms7 {
  forms {
    total
  }
}
    `) as unknown as TypedDocumentString<QueriesForms7Query, QueriesForms7QueryVariables>;
export const VerifiedRecords2Document = new TypedDocumentString(`
    query VerifiedRecords2 {
  verifiedRecords {
    total
  }
}
    `) as unknown as TypedDocumentString<VerifiedRecords2Query, VerifiedRecords2QueryVariables>;
export const QueriesUsersDocument = new TypedDocumentString(`
    query QueriesUsers {
  users {
    total
  }
}
    `) as unknown as TypedDocumentString<QueriesUsersQuery, QueriesUsersQueryVariables>;
export const QueriesLoginDocument = new TypedDocumentString(`
    mutation QueriesLogin {
  login(username: "admin", password: "wrong password here") {
    token
  }
}
    `) as unknown as TypedDocumentString<QueriesLoginMutation, QueriesLoginMutationVariables>;
export const QueriesLogin2Document = new TypedDocumentString(`
    mutation QueriesLogin2 {
  login(username: "nobody", password: "wrong password here") {
    token
  }
}
    `) as unknown as TypedDocumentString<QueriesLogin2Mutation, QueriesLogin2MutationVariables>;
export const ReopenClaimDocument = new TypedDocumentString(`
    mutation ReopenClaim($b: ID) {
  claimNextTask(batchId: $b) {
    id
    form {
      id
      formNumber
    }
    discrepancies {
      id
      fieldKey
      value1
      value2
    }
  }
}
    `) as unknown as TypedDocumentString<ReopenClaimMutation, ReopenClaimMutationVariables>;
export const ReopenResolveDocument = new TypedDocumentString(`
    mutation ReopenResolve($id: ID!, $r: [ResolutionInput!]!, $why: String) {
  resolveTask(id: $id, resolutions: $r, overrideReason: $why) {
    id
    status
    form {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ReopenResolveMutation, ReopenResolveMutationVariables>;
export const ReopenTaskDocument = new TypedDocumentString(`
    mutation ReopenTask($id: ID!, $why: String) {
  reopenTask(id: $id, reason: $why) {
    id
    status
    resolvedAt
    resolvedBy {
      username
    }
    claimedBy {
      username
    }
    leaseUntil
    canReopen
    form {
      id
      status
      verifiedRecord {
        version
        values {
          key
          value
          source
        }
      }
    }
    discrepancies {
      fieldKey
      outcome
      finalValue
      resolvedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ReopenTaskMutation, ReopenTaskMutationVariables>;
export const ReopenTaskViewDocument = new TypedDocumentString(`
    query ReopenTaskView($id: ID!) {
  correctionTask(id: $id) {
    id
    status
    canReopen
    resolvedBy {
      username
    }
  }
}
    `) as unknown as TypedDocumentString<ReopenTaskViewQuery, ReopenTaskViewQueryVariables>;
export const ReopenBatchDocument = new TypedDocumentString(`
    query ReopenBatch($id: ID!) {
  batch(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<ReopenBatchQuery, ReopenBatchQueryVariables>;
export const ReopenExportDocument = new TypedDocumentString(`
    mutation ReopenExport($b: ID!) {
  exportBatch(batchId: $b) {
    recordCount
  }
}
    `) as unknown as TypedDocumentString<ReopenExportMutation, ReopenExportMutationVariables>;
export const ReopenUnlockBatchDocument = new TypedDocumentString(`
    mutation ReopenUnlockBatch($b: ID!) {
  reopenBatch(batchId: $b, reason: "a late correction") {
    status
  }
}
    `) as unknown as TypedDocumentString<ReopenUnlockBatchMutation, ReopenUnlockBatchMutationVariables>;
export const ReopenMineDocument = new TypedDocumentString(`
    query ReopenMine($f: CorrectionTaskFilter) {
  correctionTasks(filter: $f, sortField: resolvedAt, sortOrder: DESC) {
    items {
      id
      canReopen
      form {
        formNumber
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReopenMineQuery, ReopenMineQueryVariables>;
export const ReopenWarningsDocument = new TypedDocumentString(`
    query ReopenWarnings($id: ID!, $r: [ResolutionInput!]!) {
  resolutionWarnings(id: $id, resolutions: $r) {
    field
    kind
    check
    message
  }
}
    `) as unknown as TypedDocumentString<ReopenWarningsQuery, ReopenWarningsQueryVariables>;
export const ReopenMeDocument = new TypedDocumentString(`
    query ReopenMe {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<ReopenMeQuery, ReopenMeQueryVariables>;
export const ReplicaClaimNextTaskDocument = new TypedDocumentString(`
    mutation ReplicaClaimNextTask {
  claimNextTask {
    id
    status
    claimedBy {
      username
    }
    form {
      id
      status
    }
    discrepancies {
      id
      fieldKey
    }
  }
}
    `) as unknown as TypedDocumentString<ReplicaClaimNextTaskMutation, ReplicaClaimNextTaskMutationVariables>;
export const ReplicaResolveTaskDocument = new TypedDocumentString(`
    mutation ReplicaResolveTask($id: ID!, $r: [ResolutionInput!]!) {
  resolveTask(id: $id, resolutions: $r) {
    id
    status
    form {
      id
      status
      verifiedRecord {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReplicaResolveTaskMutation, ReplicaResolveTaskMutationVariables>;
export const ReplicaCorrectionTaskDocument = new TypedDocumentString(`
    query ReplicaCorrectionTask($t: ID!, $f: ID!) {
  correctionTask(id: $t) {
    status
    claimedBy {
      username
    }
  }
  form(id: $f) {
    status
    verifiedRecord {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ReplicaCorrectionTaskQuery, ReplicaCorrectionTaskQueryVariables>;
export const ReplicaVerifiedRecordsDocument = new TypedDocumentString(`
    query ReplicaVerifiedRecords {
  verifiedRecords(perPage: 200) {
    total
    items {
      id
      form {
        formNumber
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReplicaVerifiedRecordsQuery, ReplicaVerifiedRecordsQueryVariables>;
export const ReplicaSyncDocument = new TypedDocumentString(`
    query ReplicaSync($after: String) {
  verifiedRecords(sortField: sync, sortOrder: ASC, first: 50, after: $after) {
    items {
      id
    }
    endCursor
    hasNextPage
  }
}
    `) as unknown as TypedDocumentString<ReplicaSyncQuery, ReplicaSyncQueryVariables>;
export const ReplicaAreaReportDocument = new TypedDocumentString(`
    query ReplicaAreaReport {
  areaReport(level: ALL) {
    items {
      forms
    }
  }
}
    `) as unknown as TypedDocumentString<ReplicaAreaReportQuery, ReplicaAreaReportQueryVariables>;
export const ReportsKeyerReportDocument = new TypedDocumentString(`
    query ReportsKeyerReport($f: ReportFilter, $d: Boolean, $s: KeyerReportSortField, $o: SortOrder) {
  keyerReport(filter: $f, byDay: $d, perPage: 200, sortField: $s, sortOrder: $o) {
    total
    items {
      keyerCode
      day
      forms
      keyings
      fieldsKeyed
      keystrokes
      fieldErrors
      errorRate
      errorRateLow
      errorRateHigh
      errorsPerThousandKeystrokes
      medianSecondsPerForm
      errorKinds {
        kind
        errors
      }
      populationRate
      upperControlLimit
      outOfControl
      zScore
    }
  }
}
    `) as unknown as TypedDocumentString<ReportsKeyerReportQuery, ReportsKeyerReportQueryVariables>;
export const ReportsFieldReportDocument = new TypedDocumentString(`
    query ReportsFieldReport($f: ReportFilter) {
  fieldReport(filter: $f, perPage: 200) {
    total
    items {
      fieldKey
      keyed
      errors
      errorRate
      errorRateLow
      errorRateHigh
      compared
      discrepancies
      discrepancyRate
    }
  }
}
    `) as unknown as TypedDocumentString<ReportsFieldReportQuery, ReportsFieldReportQueryVariables>;
export const ReportsAreaReportDocument = new TypedDocumentString(`
    query ReportsAreaReport($l: AreaLevel!, $f: ReportFilter) {
  areaReport(
    level: $l
    filter: $f
    perPage: 200
    sortField: provinceCode
    sortOrder: ASC
  ) {
    total
    items {
      level
      batchCode
      batchStatus
      district
      provinceCode
      forms
      compared
      autoVerified
      toReview
      reviewVerified
      spotChecked
      spotCorrected
      rejected
      done
      progress
      discrepancyRate
      fieldsCompared
      fieldDiscrepancyRate
      agreementRate
      fieldsKeyed
      errors
      errorRate
      openTasks
      oldestOpenTaskAt
      oldestOpenTaskAgeSeconds
    }
  }
}
    `) as unknown as TypedDocumentString<ReportsAreaReportQuery, ReportsAreaReportQueryVariables>;
export const ReportsReviewerReportDocument = new TypedDocumentString(`
    query ReportsReviewerReport {
  reviewerReport(sortField: reviewerId, sortOrder: ASC) {
    items {
      reviewerId
      tasksResolved
      reviewTasks
      spotChecks
      spotCorrections
      rejected
      escalated
      fieldsResolved
      agreedFirst
      agreedSecond
      agreedBoth
      agreedNeither
      agreedFirstRate
      agreedSecondRate
      agreedNeitherRate
      medianSecondsToResolve
      p90SecondsToResolve
    }
  }
}
    `) as unknown as TypedDocumentString<ReportsReviewerReportQuery, ReportsReviewerReportQueryVariables>;
export const ReportsClaimNextTaskDocument = new TypedDocumentString(`
    mutation ReportsClaimNextTask($b: ID) {
  claimNextTask(batchId: $b) {
    id
    kind
    form {
      formNumber
    }
    discrepancies {
      id
      fieldKey
    }
  }
}
    `) as unknown as TypedDocumentString<ReportsClaimNextTaskMutation, ReportsClaimNextTaskMutationVariables>;
export const ReportsRejectFormDocument = new TypedDocumentString(`
    mutation ReportsRejectForm($id: ID!) {
  rejectForm(taskId: $id, reason: "Ảnh mờ") {
    status
  }
}
    `) as unknown as TypedDocumentString<ReportsRejectFormMutation, ReportsRejectFormMutationVariables>;
export const ReportsFormsDocument = new TypedDocumentString(`
    query ReportsForms {
  forms(filter: {formNumber: "A5"}) {
    items {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ReportsFormsQuery, ReportsFormsQueryVariables>;
export const ReportsRescanFormDocument = new TypedDocumentString(`
    mutation ReportsRescanForm($id: ID!) {
  rescanForm(id: $id, imageRef: "/scans/A5-v2.svg") {
    status
  }
}
    `) as unknown as TypedDocumentString<ReportsRescanFormMutation, ReportsRescanFormMutationVariables>;
export const ReportsEscalateTaskDocument = new TypedDocumentString(`
    mutation ReportsEscalateTask($id: ID!) {
  escalateTask(id: $id, comment: "Nhiều lỗi") {
    status
  }
}
    `) as unknown as TypedDocumentString<ReportsEscalateTaskMutation, ReportsEscalateTaskMutationVariables>;
export const ReportsResolveSpotCheckDocument = new TypedDocumentString(`
    mutation ReportsResolveSpotCheck($id: ID!) {
  resolveSpotCheck(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<ReportsResolveSpotCheckMutation, ReportsResolveSpotCheckMutationVariables>;
export const ReportsKeyerReport2Document = new TypedDocumentString(`
    query ReportsKeyerReport2 {
  keyerReport(perPage: 2) {
    total
    items {
      keyerCode
    }
  }
}
    `) as unknown as TypedDocumentString<ReportsKeyerReport2Query, ReportsKeyerReport2QueryVariables>;
export const ReportsOutOfControlKeyersDocument = new TypedDocumentString(`
    query ReportsOutOfControlKeyers {
  outOfControlKeyers {
    total
    populationRate
    keyersChecked
    items {
      keyerCode
      errorRate
      upperControlLimit
      zScore
    }
  }
}
    `) as unknown as TypedDocumentString<ReportsOutOfControlKeyersQuery, ReportsOutOfControlKeyersQueryVariables>;
export const ReportsOutOfControlKeyers2Document = new TypedDocumentString(`
    query ReportsOutOfControlKeyers2($b: ID!) {
  outOfControlKeyers(filter: {batchId: $b}) {
    total
    keyersChecked
  }
}
    `) as unknown as TypedDocumentString<ReportsOutOfControlKeyers2Query, ReportsOutOfControlKeyers2QueryVariables>;
export const ReportsAgreementReportDocument = new TypedDocumentString(`
    query ReportsAgreementReport {
  agreementReport {
    total
    overall {
      forms
      fieldsCompared
      fieldsAgreed
      agreementRate
    }
    items {
      keyerA
      keyerB
      forms
      fieldsCompared
      fieldsAgreed
      agreementRate
    }
  }
}
    `) as unknown as TypedDocumentString<ReportsAgreementReportQuery, ReportsAgreementReportQueryVariables>;
export const ReportCsvDocument = new TypedDocumentString(`
    query ReportCsv($report: ReportName!, $level: AreaLevel, $filter: ReportFilter, $byDay: Boolean) {
  reportCsv(report: $report, level: $level, filter: $filter, byDay: $byDay)
}
    `) as unknown as TypedDocumentString<ReportCsvQuery, ReportCsvQueryVariables>;
export const ReportsKeyerReport3Document = new TypedDocumentString(`
    query ReportsKeyerReport3 {
  keyerReport {
    total
  }
}
    `) as unknown as TypedDocumentString<ReportsKeyerReport3Query, ReportsKeyerReport3QueryVariables>;
export const ReportsReportCsvDocument = new TypedDocumentString(`
    query ReportsReportCsv {
  reportCsv(report: FIELDS)
}
    `) as unknown as TypedDocumentString<ReportsReportCsvQuery, ReportsReportCsvQueryVariables>;
export const ReportsAreaReport2Document = new TypedDocumentString(`
    query ReportsAreaReport2 {
  areaReport {
    total
  }
}
    `) as unknown as TypedDocumentString<ReportsAreaReport2Query, ReportsAreaReport2QueryVariables>;
export const ReportsAreaReport3Document = new TypedDocumentString(`
    query ReportsAreaReport3 {
  areaReport(level: ALL) {
    total
  }
}
    `) as unknown as TypedDocumentString<ReportsAreaReport3Query, ReportsAreaReport3QueryVariables>;
export const ReviewClaimNextTaskDocument = new TypedDocumentString(`
    mutation ReviewClaimNextTask($b: ID) {
  claimNextTask(batchId: $b) {
    id
    status
    leaseUntil
    claimedBy {
      username
    }
    form {
      id
      formNumber
    }
    discrepancies {
      id
      fieldKey
      value1
      value2
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewClaimNextTaskMutation, ReviewClaimNextTaskMutationVariables>;
export const ReviewResolveTaskDocument = new TypedDocumentString(`
    mutation ReviewResolveTask($id: ID!, $r: [ResolutionInput!]!) {
  resolveTask(id: $id, resolutions: $r) {
    id
    status
    resolvedAt
    resolvedBy {
      username
    }
    form {
      id
      status
      verifiedRecord {
        automatic
        values {
          key
          value
          source
        }
      }
      discrepancies {
        fieldKey
        finalValue
        outcome
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewResolveTaskMutation, ReviewResolveTaskMutationVariables>;
export const ReviewReleaseTaskDocument = new TypedDocumentString(`
    mutation ReviewReleaseTask($id: ID!) {
  releaseTask(id: $id) {
    id
    status
    claimedBy {
      username
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewReleaseTaskMutation, ReviewReleaseTaskMutationVariables>;
export const TaskAndFormDocument = new TypedDocumentString(`
    query TaskAndForm($id: ID!, $formId: ID!) {
  correctionTask(id: $id) {
    status
  }
  form(id: $formId) {
    status
    verifiedRecord {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TaskAndFormQuery, TaskAndFormQueryVariables>;
export const ReviewReleaseKeepDocument = new TypedDocumentString(`
    mutation ReviewReleaseKeep($id: ID!) {
  releaseTask(id: $id, setAside: false) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReviewReleaseKeepMutation, ReviewReleaseKeepMutationVariables>;
export const ReviewBatchesDocument = new TypedDocumentString(`
    query ReviewBatches {
  batches(filter: {code: "R2"}) {
    items {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewBatchesQuery, ReviewBatchesQueryVariables>;
export const ReviewFormsDocument = new TypedDocumentString(`
    query ReviewForms {
  forms(filter: {status: VERIFIED}) {
    total
  }
  correctionTasks(filter: {status: RESOLVED}) {
    total
  }
  verifiedRecords {
    total
  }
}
    `) as unknown as TypedDocumentString<ReviewFormsQuery, ReviewFormsQueryVariables>;
export const ReviewClaimNextTask2Document = new TypedDocumentString(`
    mutation ReviewClaimNextTask2 {
  claimNextTask {
    id
    discrepancies {
      id
      fieldKey
      kind
      value1
      value2
      note
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewClaimNextTask2Mutation, ReviewClaimNextTask2MutationVariables>;
export const ReviewClaimNextTask3Document = new TypedDocumentString(`
    mutation ReviewClaimNextTask3 {
  claimNextTask {
    id
    discrepancies {
      id
      fieldKey
      note
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewClaimNextTask3Mutation, ReviewClaimNextTask3MutationVariables>;
export const ReviewCorrectionTaskDocument = new TypedDocumentString(`
    query ReviewCorrectionTask($id: ID!) {
  correctionTask(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<ReviewCorrectionTaskQuery, ReviewCorrectionTaskQueryVariables>;
export const ResolveWithBlankReasonDocument = new TypedDocumentString(`
    mutation ResolveWithBlankReason($id: ID!, $r: [ResolutionInput!]!) {
  resolveTask(id: $id, resolutions: $r, overrideReason: "  ") {
    id
  }
}
    `) as unknown as TypedDocumentString<ResolveWithBlankReasonMutation, ResolveWithBlankReasonMutationVariables>;
export const ResolveWithReasonDocument = new TypedDocumentString(`
    mutation ResolveWithReason($id: ID!, $r: [ResolutionInput!]!, $why: String) {
  resolveTask(id: $id, resolutions: $r, overrideReason: $why) {
    id
    status
    resolvedAt
    resolvedBy {
      username
    }
    form {
      id
      status
      verifiedRecord {
        automatic
        values {
          key
          value
          source
        }
      }
      discrepancies {
        fieldKey
        finalValue
        outcome
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResolveWithReasonMutation, ResolveWithReasonMutationVariables>;
export const ReviewAuditEventsDocument = new TypedDocumentString(`
    query ReviewAuditEvents($id: ID!) {
  auditEvents(filter: {entityType: "task", entityId: $id}, perPage: 20) {
    items {
      action
      data
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewAuditEventsQuery, ReviewAuditEventsQueryVariables>;
export const ScansClaimNextTaskDocument = new TypedDocumentString(`
    mutation ScansClaimNextTask($b: ID) {
  claimNextTask(batchId: $b) {
    id
    form {
      formNumber
      imageRef
    }
  }
}
    `) as unknown as TypedDocumentString<ScansClaimNextTaskMutation, ScansClaimNextTaskMutationVariables>;
export const ScansAuditEventsDocument = new TypedDocumentString(`
    query ScansAuditEvents {
  auditEvents(filter: {action: "scans.read"}) {
    total
  }
}
    `) as unknown as TypedDocumentString<ScansAuditEventsQuery, ScansAuditEventsQueryVariables>;
export const SecurityCreateApiKeyDocument = new TypedDocumentString(`
    mutation SecurityCreateApiKey($i: CreateApiKeyInput!) {
  createApiKey(input: $i) {
    key
    apiKey {
      id
      name
      prefix
      scopes
      role
      createdAt
      revokedAt
      lastUsedAt
      createdBy {
        username
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityCreateApiKeyMutation, SecurityCreateApiKeyMutationVariables>;
export const SecurityApiKeysDocument = new TypedDocumentString(`
    query SecurityApiKeys {
  apiKeys(filter: {revoked: false}) {
    total
    items {
      id
      prefix
      scopes
      role
      lastUsedAt
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityApiKeysQuery, SecurityApiKeysQueryVariables>;
export const SecurityApiKeys2Document = new TypedDocumentString(`
    query SecurityApiKeys2($id: ID!) {
  apiKeys(filter: {ids: [$id]}) {
    items {
      lastUsedAt
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityApiKeys2Query, SecurityApiKeys2QueryVariables>;
export const SecurityBatchesDocument = new TypedDocumentString(`
    query SecurityBatches {
  batches {
    items {
      code
    }
  }
  templates {
    code
  }
}
    `) as unknown as TypedDocumentString<SecurityBatchesQuery, SecurityBatchesQueryVariables>;
export const SecurityFormsDocument = new TypedDocumentString(`
    query SecurityForms {
  forms {
    items {
      batch {
        template {
          fields {
            key
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityFormsQuery, SecurityFormsQueryVariables>;
export const SecurityUserTypeDocument = new TypedDocumentString(`
    query SecurityUserType {
  __type(name: "User") {
    fields {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityUserTypeQuery, SecurityUserTypeQueryVariables>;
export const SecurityTemplatesDocument = new TypedDocumentString(`
    query SecurityTemplates {
  templates {
    code
  }
}
    `) as unknown as TypedDocumentString<SecurityTemplatesQuery, SecurityTemplatesQueryVariables>;
export const SideChannelsClaimNextTaskDocument = new TypedDocumentString(`
    mutation SideChannelsClaimNextTask {
  claimNextTask {
    id
    form {
      formNumber
    }
    discrepancies {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SideChannelsClaimNextTaskMutation, SideChannelsClaimNextTaskMutationVariables>;
export const SideChannelsAuditEventsDocument = new TypedDocumentString(`
    query SideChannelsAuditEvents($a: String!) {
  auditEvents(filter: {action: $a}, perPage: 200) {
    total
    items {
      actor
      entityType
      entityId
      data
    }
  }
}
    `) as unknown as TypedDocumentString<SideChannelsAuditEventsQuery, SideChannelsAuditEventsQueryVariables>;
export const SideChannelsVerifiedRecordsDocument = new TypedDocumentString(`
    query SideChannelsVerifiedRecords($c: String!) {
  verifiedRecords(filter: {citizenId: $c}) {
    total
  }
}
    `) as unknown as TypedDocumentString<SideChannelsVerifiedRecordsQuery, SideChannelsVerifiedRecordsQueryVariables>;
export const SideChannelsFormsDocument = new TypedDocumentString(`
    query SideChannelsForms($c: String!) {
  forms(filter: {citizenId: $c}) {
    total
  }
}
    `) as unknown as TypedDocumentString<SideChannelsFormsQuery, SideChannelsFormsQueryVariables>;
export const SideChannelsAuditEvents2Document = new TypedDocumentString(`
    query SideChannelsAuditEvents2 {
  auditEvents(perPage: 200) {
    items {
      data
    }
  }
}
    `) as unknown as TypedDocumentString<SideChannelsAuditEvents2Query, SideChannelsAuditEvents2QueryVariables>;
export const SideChannels_SchemaDocument = new TypedDocumentString(`
    query SideChannels_Schema {
  __schema {
    types {
      name
      inputFields {
        name
      }
      enumValues {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SideChannels_SchemaQuery, SideChannels_SchemaQueryVariables>;
export const SideChannelsDiscrepanciesDocument = new TypedDocumentString(`
    query SideChannelsDiscrepancies {
  discrepancies(filter: {kind: RULE}, perPage: 200) {
    items {
      id
      fieldKey
      note
      form {
        formNumber
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SideChannelsDiscrepanciesQuery, SideChannelsDiscrepanciesQueryVariables>;
export const SideChannelsDiscrepancyDocument = new TypedDocumentString(`
    query SideChannelsDiscrepancy($id: ID!) {
  discrepancy(id: $id) {
    note
    value1
  }
}
    `) as unknown as TypedDocumentString<SideChannelsDiscrepancyQuery, SideChannelsDiscrepancyQueryVariables>;
export const SideChannelsForms2Document = new TypedDocumentString(`
    query SideChannelsForms2 {
  forms(perPage: 200) {
    items {
      id
      fields {
        value1
        value2
        finalValue
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SideChannelsForms2Query, SideChannelsForms2QueryVariables>;
export const SideChannelsKeyingsDocument = new TypedDocumentString(`
    query SideChannelsKeyings {
  keyings(perPage: 200) {
    items {
      id
      values {
        key
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SideChannelsKeyingsQuery, SideChannelsKeyingsQueryVariables>;
export const SideChannelsDiscrepancies2Document = new TypedDocumentString(`
    query SideChannelsDiscrepancies2 {
  discrepancies(perPage: 200) {
    items {
      id
      fieldKey
      value1
      value2
      value3
      finalValue
    }
  }
}
    `) as unknown as TypedDocumentString<SideChannelsDiscrepancies2Query, SideChannelsDiscrepancies2QueryVariables>;
export const SideChannelsFormDocument = new TypedDocumentString(`
    query SideChannelsForm($id: ID!) {
  form(id: $id) {
    fields {
      value1
    }
    keyings {
      values {
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SideChannelsFormQuery, SideChannelsFormQueryVariables>;
export const SideChannelsVerifiedRecords2Document = new TypedDocumentString(`
    query SideChannelsVerifiedRecords2 {
  verifiedRecords(perPage: 200) {
    items {
      values {
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SideChannelsVerifiedRecords2Query, SideChannelsVerifiedRecords2QueryVariables>;
export const SideChannelsForms3Document = new TypedDocumentString(`
    query SideChannelsForms3 {
  forms(filter: {formNumber: "F2"}) {
    items {
      fields {
        field {
          key
        }
        value1
      }
      discrepancies {
        value1
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SideChannelsForms3Query, SideChannelsForms3QueryVariables>;
export const SideChannelsVerifiedRecords3Document = new TypedDocumentString(`
    query SideChannelsVerifiedRecords3 {
  verifiedRecords(perPage: 200) {
    items {
      automatic
      reviewerRef
      verifiedBy {
        username
        displayName
      }
      form {
        formNumber
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SideChannelsVerifiedRecords3Query, SideChannelsVerifiedRecords3QueryVariables>;
export const SpotChecks1Document = new TypedDocumentString(`
    mutation SpotChecks1($b: ID) {
  claimNextTask(batchId: $b) {
    id
    kind
    note
    form {
      id
      formNumber
    }
    discrepancies {
      id
      fieldKey
    }
    spotCheckFields
  }
}
    `) as unknown as TypedDocumentString<SpotChecks1Mutation, SpotChecks1MutationVariables>;
export const SpotChecks2Document = new TypedDocumentString(`
    mutation SpotChecks2($id: ID!, $r: [ResolutionInput!]!) {
  resolveTask(id: $id, resolutions: $r) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SpotChecks2Mutation, SpotChecks2MutationVariables>;
export const SpotChecks3Document = new TypedDocumentString(`
    mutation SpotChecks3($id: ID!, $c: [FieldCorrectionInput!]!) {
  resolveSpotCheck(id: $id, corrections: $c) {
    status
    discrepancyCount
  }
}
    `) as unknown as TypedDocumentString<SpotChecks3Mutation, SpotChecks3MutationVariables>;
export const SpotChecks4Document = new TypedDocumentString(`
    mutation SpotChecks4($b: ID!, $p: SpotCheckPolicyInput!) {
  setSpotCheckPolicy(batchId: $b, policy: $p) {
    spotCheckMode
    spotCheckPercent
    spotCheckSeed
  }
}
    `) as unknown as TypedDocumentString<SpotChecks4Mutation, SpotChecks4MutationVariables>;
export const SpotChecks5Document = new TypedDocumentString(`
    query SpotChecks5($b: ID!) {
  correctionTasks(
    filter: {batchId: $b}
    perPage: 200
    sortField: id
    sortOrder: ASC
  ) {
    items {
      id
      kind
      status
      note
      form {
        id
        formNumber
      }
      spotCheckFields
    }
  }
}
    `) as unknown as TypedDocumentString<SpotChecks5Query, SpotChecks5QueryVariables>;
export const SpotChecks6Document = new TypedDocumentString(`
    query SpotChecks6($b: ID!) {
  batch(id: $b) {
    spotCheckMode
    spotCheckPercent
  }
}
    `) as unknown as TypedDocumentString<SpotChecks6Query, SpotChecks6QueryVariables>;
export const SpotChecks7Document = new TypedDocumentString(`
    query SpotChecks7($b: ID!) {
  auditEvents(
    filter: {action: "batch.spotcheck", entityType: "batch", entityId: $b}
  ) {
    items {
      data
    }
  }
}
    `) as unknown as TypedDocumentString<SpotChecks7Query, SpotChecks7QueryVariables>;
export const SpotChecks8Document = new TypedDocumentString(`
    query SpotChecks8($b: ID!) {
  auditEvents(
    filter: {action: "batch.spotcheck", entityId: $b}
    sortField: id
    sortOrder: DESC
    perPage: 1
  ) {
    items {
      data
    }
  }
}
    `) as unknown as TypedDocumentString<SpotChecks8Query, SpotChecks8QueryVariables>;
export const SpotChecks9Document = new TypedDocumentString(`
    query SpotChecks9($b: ID!) {
  batch(id: $b) {
    status
  }
}
    `) as unknown as TypedDocumentString<SpotChecks9Query, SpotChecks9QueryVariables>;
export const SpotChecks10Document = new TypedDocumentString(`
    mutation SpotChecks10($id: ID!) {
  requestRekey(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<SpotChecks10Mutation, SpotChecks10MutationVariables>;
export const SpotChecks11Document = new TypedDocumentString(`
    query SpotChecks11($id: ID!) {
  form(id: $id) {
    status
    task {
      kind
      status
    }
    tasks {
      kind
      status
      note
      spotCheckFields
    }
    keyings {
      pass
      errorCount
    }
    fields {
      field {
        key
      }
      value1
    }
  }
}
    `) as unknown as TypedDocumentString<SpotChecks11Query, SpotChecks11QueryVariables>;
export const SpotChecks12Document = new TypedDocumentString(`
    query SpotChecks12 {
  auditEvents(filter: {action: "spotcheck.draw"}) {
    items {
      entityType
      data
    }
  }
}
    `) as unknown as TypedDocumentString<SpotChecks12Query, SpotChecks12QueryVariables>;
export const SpotChecks13Document = new TypedDocumentString(`
    query SpotChecks13($b: ID!) {
  batch(id: $b) {
    status
  }
}
    `) as unknown as TypedDocumentString<SpotChecks13Query, SpotChecks13QueryVariables>;
export const SyncCreateApiKeyDocument = new TypedDocumentString(`
    mutation SyncCreateApiKey($n: String!, $s: [ApiKeyScope!]!) {
  createApiKey(input: {name: $n, scopes: $s}) {
    key
  }
}
    `) as unknown as TypedDocumentString<SyncCreateApiKeyMutation, SyncCreateApiKeyMutationVariables>;
export const SyncPageDocument = new TypedDocumentString(`
    query SyncPage($after: String, $first: Int!) {
  verifiedRecords(sortField: sync, sortOrder: ASC, first: $first, after: $after) {
    items {
      id
      version
      form {
        formNumber
      }
      values {
        key
        value
      }
      valueMap
    }
    endCursor
    hasNextPage
    page
    perPage
  }
}
    `) as unknown as TypedDocumentString<SyncPageQuery, SyncPageQueryVariables>;
export const SyncAllRecordsDocument = new TypedDocumentString(`
    query SyncAllRecords {
  verifiedRecords(perPage: 200, sortField: id, sortOrder: ASC) {
    total
    items {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<SyncAllRecordsQuery, SyncAllRecordsQueryVariables>;
export const SyncListsWithoutTotalDocument = new TypedDocumentString(`
    query SyncListsWithoutTotal {
  batches(perPage: 5) {
    items {
      id
    }
  }
  forms(perPage: 5) {
    items {
      id
    }
  }
  keyings(perPage: 5) {
    items {
      id
    }
  }
  discrepancies(perPage: 5) {
    items {
      id
    }
  }
  correctionTasks(perPage: 5) {
    items {
      id
    }
  }
  verifiedRecords(perPage: 5) {
    items {
      id
    }
    hasNextPage
    endCursor
  }
  users(perPage: 5) {
    items {
      id
    }
  }
  auditEvents(perPage: 5) {
    items {
      id
    }
  }
  apiKeys(perPage: 5) {
    items {
      id
    }
  }
  teams(perPage: 5) {
    items {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SyncListsWithoutTotalQuery, SyncListsWithoutTotalQueryVariables>;
export const SyncRecordsTotalDocument = new TypedDocumentString(`
    query SyncRecordsTotal($f: VerifiedRecordFilter) {
  verifiedRecords(perPage: 5, filter: $f) {
    total
    totalIsEstimate
    items {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SyncRecordsTotalQuery, SyncRecordsTotalQueryVariables>;
export const SyncClaimDocument = new TypedDocumentString(`
    mutation SyncClaim($b: ID) {
  claimNextTask(batchId: $b) {
    id
    kind
    form {
      id
      formNumber
    }
    discrepancies {
      id
      fieldKey
      relatedValue
    }
  }
}
    `) as unknown as TypedDocumentString<SyncClaimMutation, SyncClaimMutationVariables>;
export const SyncResolveDocument = new TypedDocumentString(`
    mutation SyncResolve($id: ID!, $r: [ResolutionInput!]!) {
  resolveTask(id: $id, resolutions: $r) {
    status
  }
}
    `) as unknown as TypedDocumentString<SyncResolveMutation, SyncResolveMutationVariables>;
export const SyncSpotCheckDocument = new TypedDocumentString(`
    mutation SyncSpotCheck($id: ID!, $c: [FieldCorrectionInput!]!) {
  resolveSpotCheck(id: $id, corrections: $c) {
    status
  }
}
    `) as unknown as TypedDocumentString<SyncSpotCheckMutation, SyncSpotCheckMutationVariables>;
export const SyncPolicyDocument = new TypedDocumentString(`
    mutation SyncPolicy($b: ID!, $p: SpotCheckPolicyInput!) {
  setSpotCheckPolicy(batchId: $b, policy: $p) {
    id
  }
}
    `) as unknown as TypedDocumentString<SyncPolicyMutation, SyncPolicyMutationVariables>;
export const SyncRecordOfDocument = new TypedDocumentString(`
    query SyncRecordOf($f: ID!) {
  form(id: $f) {
    verifiedRecord {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<SyncRecordOfQuery, SyncRecordOfQueryVariables>;
export const SyncAuditEventsDocument = new TypedDocumentString(`
    query SyncAuditEvents {
  auditEvents(filter: {action: "records.read"}, perPage: 200) {
    total
    items {
      actor
      data
    }
  }
}
    `) as unknown as TypedDocumentString<SyncAuditEventsQuery, SyncAuditEventsQueryVariables>;
export const SyncHeadFormDocument = new TypedDocumentString(`
    query SyncHeadForm {
  forms(filter: {formNumber: "1"}, perPage: 50) {
    items {
      id
      batch {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SyncHeadFormQuery, SyncHeadFormQueryVariables>;
export const SyncFormsByCursorDocument = new TypedDocumentString(`
    query SyncFormsByCursor($after: String) {
  forms(sortField: updatedAt, sortOrder: DESC, first: 7, after: $after) {
    items {
      id
    }
    endCursor
    hasNextPage
  }
}
    `) as unknown as TypedDocumentString<SyncFormsByCursorQuery, SyncFormsByCursorQueryVariables>;
export const SyncFormsByPageDocument = new TypedDocumentString(`
    query SyncFormsByPage {
  forms(sortField: updatedAt, sortOrder: DESC, perPage: 200) {
    total
    items {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SyncFormsByPageQuery, SyncFormsByPageQueryVariables>;
export const SyncKeyingsByCursorDocument = new TypedDocumentString(`
    query SyncKeyingsByCursor($after: String) {
  keyings(sortField: keyerCode, sortOrder: ASC, first: 50, after: $after) {
    items {
      id
      keyerCode
    }
    endCursor
    hasNextPage
  }
}
    `) as unknown as TypedDocumentString<SyncKeyingsByCursorQuery, SyncKeyingsByCursorQueryVariables>;
export const SyncFormCursorDocument = new TypedDocumentString(`
    query SyncFormCursor {
  forms(first: 1) {
    endCursor
  }
}
    `) as unknown as TypedDocumentString<SyncFormCursorQuery, SyncFormCursorQueryVariables>;
export const SyncOtherOrderDocument = new TypedDocumentString(`
    query SyncOtherOrder($a: String) {
  verifiedRecords(sortField: verifiedAt, first: 2, after: $a) {
    items {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SyncOtherOrderQuery, SyncOtherOrderQueryVariables>;
export const SyncBackwardsDocument = new TypedDocumentString(`
    query SyncBackwards {
  verifiedRecords(sortField: sync, sortOrder: DESC, first: 2) {
    items {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SyncBackwardsQuery, SyncBackwardsQueryVariables>;
export const SyncPageAndCursorDocument = new TypedDocumentString(`
    query SyncPageAndCursor($a: String) {
  verifiedRecords(page: 2, sortField: sync, sortOrder: ASC, after: $a) {
    items {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SyncPageAndCursorQuery, SyncPageAndCursorQueryVariables>;
export const SyncTasksByDateDocument = new TypedDocumentString(`
    query SyncTasksByDate {
  correctionTasks(sortField: createdAt, first: 5) {
    items {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SyncTasksByDateQuery, SyncTasksByDateQueryVariables>;
export const SyncTooManyDocument = new TypedDocumentString(`
    query SyncTooMany {
  verifiedRecords(first: 1001) {
    items {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SyncTooManyQuery, SyncTooManyQueryVariables>;
export const SyncCostlyDocument = new TypedDocumentString(`
    query SyncCostly {
  verifiedRecords(first: 1000) {
    items {
      id
      version
      automatic
      verifiedAt
      reviewerRef
      values {
        key
        value
        source
        illegible
      }
      form {
        id
        formNumber
        status
      }
      batch {
        id
        code
        provinceCode
        district
        commune
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SyncCostlyQuery, SyncCostlyQueryVariables>;
export const TeamsCreateTeamDocument = new TypedDocumentString(`
    mutation TeamsCreateTeam($i: CreateTeamInput!) {
  createTeam(input: $i) {
    id
    code
    provinceCode
    batchIds
  }
}
    `) as unknown as TypedDocumentString<TeamsCreateTeamMutation, TeamsCreateTeamMutationVariables>;
export const TeamsUpdateTeamDocument = new TypedDocumentString(`
    mutation TeamsUpdateTeam($id: ID!, $i: UpdateTeamInput!) {
  updateTeam(id: $id, input: $i) {
    id
    code
    name
    provinceCode
    batchIds
  }
}
    `) as unknown as TypedDocumentString<TeamsUpdateTeamMutation, TeamsUpdateTeamMutationVariables>;
export const TeamsSetUserTeamDocument = new TypedDocumentString(`
    mutation TeamsSetUserTeam($u: ID!, $t: ID) {
  setUserTeam(userId: $u, teamId: $t) {
    id
    team {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TeamsSetUserTeamMutation, TeamsSetUserTeamMutationVariables>;
export const TeamsCreateUserDocument = new TypedDocumentString(`
    mutation TeamsCreateUser($i: CreateUserInput!) {
  createUser(input: $i) {
    id
    username
    team {
      code
      provinceCode
    }
  }
}
    `) as unknown as TypedDocumentString<TeamsCreateUserMutation, TeamsCreateUserMutationVariables>;
export const TeamsClaimNextTaskDocument = new TypedDocumentString(`
    mutation TeamsClaimNextTask($b: ID) {
  claimNextTask(batchId: $b) {
    id
    batch {
      code
      provinceCode
    }
    discrepancies {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TeamsClaimNextTaskMutation, TeamsClaimNextTaskMutationVariables>;
export const TeamsReleaseDocument = new TypedDocumentString(`
    mutation TeamsRelease($id: ID!) {
  releaseTask(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<TeamsReleaseMutation, TeamsReleaseMutationVariables>;
export const TeamsBatchesDocument = new TypedDocumentString(`
    query TeamsBatches {
  batches(perPage: 200) {
    items {
      provinceCode
    }
  }
}
    `) as unknown as TypedDocumentString<TeamsBatchesQuery, TeamsBatchesQueryVariables>;
export const TeamsBatchDocument = new TypedDocumentString(`
    query TeamsBatch($id: ID!) {
  batch(id: $id) {
    provinceCode
  }
}
    `) as unknown as TypedDocumentString<TeamsBatchQuery, TeamsBatchQueryVariables>;
export const TeamsFormsDocument = new TypedDocumentString(`
    query TeamsForms {
  forms(perPage: 200) {
    items {
      batch {
        provinceCode
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TeamsFormsQuery, TeamsFormsQueryVariables>;
export const TeamsFormDocument = new TypedDocumentString(`
    query TeamsForm($id: ID!) {
  form(id: $id) {
    batch {
      provinceCode
    }
  }
}
    `) as unknown as TypedDocumentString<TeamsFormQuery, TeamsFormQueryVariables>;
export const TeamsKeyingsDocument = new TypedDocumentString(`
    query TeamsKeyings {
  keyings(perPage: 200) {
    items {
      form {
        batch {
          provinceCode
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TeamsKeyingsQuery, TeamsKeyingsQueryVariables>;
export const TeamsKeyingDocument = new TypedDocumentString(`
    query TeamsKeying($id: ID!) {
  keying(id: $id) {
    form {
      batch {
        provinceCode
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TeamsKeyingQuery, TeamsKeyingQueryVariables>;
export const TeamsDiscrepanciesDocument = new TypedDocumentString(`
    query TeamsDiscrepancies {
  discrepancies(perPage: 200) {
    items {
      form {
        batch {
          provinceCode
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TeamsDiscrepanciesQuery, TeamsDiscrepanciesQueryVariables>;
export const TeamsDiscrepancyDocument = new TypedDocumentString(`
    query TeamsDiscrepancy($id: ID!) {
  discrepancy(id: $id) {
    form {
      batch {
        provinceCode
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TeamsDiscrepancyQuery, TeamsDiscrepancyQueryVariables>;
export const TeamsCorrectionTasksDocument = new TypedDocumentString(`
    query TeamsCorrectionTasks {
  correctionTasks(perPage: 200) {
    items {
      batch {
        provinceCode
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TeamsCorrectionTasksQuery, TeamsCorrectionTasksQueryVariables>;
export const TeamsCorrectionTaskDocument = new TypedDocumentString(`
    query TeamsCorrectionTask($id: ID!) {
  correctionTask(id: $id) {
    batch {
      provinceCode
    }
  }
}
    `) as unknown as TypedDocumentString<TeamsCorrectionTaskQuery, TeamsCorrectionTaskQueryVariables>;
export const TeamsVerifiedRecordsDocument = new TypedDocumentString(`
    query TeamsVerifiedRecords {
  verifiedRecords(perPage: 200) {
    items {
      batch {
        provinceCode
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TeamsVerifiedRecordsQuery, TeamsVerifiedRecordsQueryVariables>;
export const TeamsVerifiedRecordDocument = new TypedDocumentString(`
    query TeamsVerifiedRecord($id: ID!) {
  verifiedRecord(id: $id) {
    batch {
      provinceCode
    }
  }
}
    `) as unknown as TypedDocumentString<TeamsVerifiedRecordQuery, TeamsVerifiedRecordQueryVariables>;
export const TeamsKeyerReportDocument = new TypedDocumentString(`
    query TeamsKeyerReport($f: ReportFilter) {
  keyerReport(filter: $f, perPage: 200, sortField: keyerCode, sortOrder: ASC) {
    total
    items {
      keyerCode
      forms
      fieldsKeyed
      fieldErrors
    }
  }
}
    `) as unknown as TypedDocumentString<TeamsKeyerReportQuery, TeamsKeyerReportQueryVariables>;
export const TeamsFieldReportDocument = new TypedDocumentString(`
    query TeamsFieldReport($f: ReportFilter) {
  fieldReport(filter: $f, perPage: 200, sortField: fieldKey, sortOrder: ASC) {
    total
    items {
      fieldKey
      discrepancies
    }
  }
}
    `) as unknown as TypedDocumentString<TeamsFieldReportQuery, TeamsFieldReportQueryVariables>;
export const TeamsAreaReportDocument = new TypedDocumentString(`
    query TeamsAreaReport($f: ReportFilter) {
  areaReport(
    level: BATCH
    filter: $f
    perPage: 200
    sortField: batchCode
    sortOrder: ASC
  ) {
    total
    items {
      batchCode
      provinceCode
      forms
      openTasks
    }
  }
}
    `) as unknown as TypedDocumentString<TeamsAreaReportQuery, TeamsAreaReportQueryVariables>;
export const TeamsReviewerReportDocument = new TypedDocumentString(`
    query TeamsReviewerReport($f: ReportFilter) {
  reviewerReport(filter: $f, perPage: 200) {
    total
    items {
      reviewerId
      tasksResolved
    }
  }
}
    `) as unknown as TypedDocumentString<TeamsReviewerReportQuery, TeamsReviewerReportQueryVariables>;
export const TeamsAgreementReportDocument = new TypedDocumentString(`
    query TeamsAgreementReport($f: ReportFilter) {
  agreementReport(filter: $f, perPage: 200, sortField: forms, sortOrder: DESC) {
    total
    overall {
      forms
      fieldsCompared
    }
    items {
      keyerA
      keyerB
      forms
    }
  }
}
    `) as unknown as TypedDocumentString<TeamsAgreementReportQuery, TeamsAgreementReportQueryVariables>;
export const TeamsOutOfControlKeyersDocument = new TypedDocumentString(`
    query TeamsOutOfControlKeyers($f: ReportFilter) {
  outOfControlKeyers(filter: $f, perPage: 200) {
    total
    keyersChecked
    items {
      keyerCode
    }
  }
}
    `) as unknown as TypedDocumentString<TeamsOutOfControlKeyersQuery, TeamsOutOfControlKeyersQueryVariables>;
export const TeamsReportCsvDocument = new TypedDocumentString(`
    query TeamsReportCsv($f: ReportFilter) {
  reportCsv(report: AREAS, filter: $f)
}
    `) as unknown as TypedDocumentString<TeamsReportCsvQuery, TeamsReportCsvQueryVariables>;
export const TeamsResolutionWarningsDocument = new TypedDocumentString(`
    query TeamsResolutionWarnings($id: ID!) {
  resolutionWarnings(id: $id, resolutions: []) {
    field
    message
  }
}
    `) as unknown as TypedDocumentString<TeamsResolutionWarningsQuery, TeamsResolutionWarningsQueryVariables>;
export const TeamsSpotCheckWarningsDocument = new TypedDocumentString(`
    query TeamsSpotCheckWarnings($id: ID!) {
  spotCheckWarnings(id: $id) {
    field
    message
  }
}
    `) as unknown as TypedDocumentString<TeamsSpotCheckWarningsQuery, TeamsSpotCheckWarningsQueryVariables>;
export const TeamsBatches2Document = new TypedDocumentString(`
    query TeamsBatches2 {
  batches(perPage: 200) {
    items {
      id
      provinceCode
    }
  }
  forms(perPage: 200) {
    items {
      id
      batch {
        provinceCode
      }
    }
  }
  keyings(perPage: 200) {
    items {
      id
      form {
        batch {
          provinceCode
        }
      }
    }
  }
  discrepancies(perPage: 200) {
    items {
      id
      form {
        batch {
          provinceCode
        }
      }
    }
  }
  correctionTasks(perPage: 200) {
    items {
      id
      batch {
        provinceCode
      }
    }
  }
  verifiedRecords(perPage: 200) {
    items {
      id
      batch {
        provinceCode
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TeamsBatches2Query, TeamsBatches2QueryVariables>;
export const TeamsAreaReport2Document = new TypedDocumentString(`
    query TeamsAreaReport2 {
  areaReport(level: PROVINCE, perPage: 200) {
    items {
      provinceCode
      forms
    }
  }
}
    `) as unknown as TypedDocumentString<TeamsAreaReport2Query, TeamsAreaReport2QueryVariables>;
export const TeamsAreaReport3Document = new TypedDocumentString(`
    query TeamsAreaReport3 {
  areaReport(level: PROVINCE, perPage: 200) {
    items {
      provinceCode
    }
  }
}
    `) as unknown as TypedDocumentString<TeamsAreaReport3Query, TeamsAreaReport3QueryVariables>;
export const TeamsForms2Document = new TypedDocumentString(`
    query TeamsForms2($b: ID) {
  forms(filter: {batchId: $b}) {
    total
  }
}
    `) as unknown as TypedDocumentString<TeamsForms2Query, TeamsForms2QueryVariables>;
export const TeamsForms3Document = new TypedDocumentString(`
    query TeamsForms3($b: ID) {
  forms(filter: {batchId: $b}) {
    total
  }
  keyings(filter: {keyerCode: "KH1"}) {
    total
    items {
      form {
        batch {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TeamsForms3Query, TeamsForms3QueryVariables>;
export const TeamsCorrectionTasks2Document = new TypedDocumentString(`
    query TeamsCorrectionTasks2 {
  correctionTasks(perPage: 200, filter: {status: OPEN}) {
    items {
      id
      batch {
        provinceCode
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TeamsCorrectionTasks2Query, TeamsCorrectionTasks2QueryVariables>;
export const TeamsEscalateDocument = new TypedDocumentString(`
    mutation TeamsEscalate($id: ID!) {
  escalateTask(id: $id, comment: "x") {
    id
  }
}
    `) as unknown as TypedDocumentString<TeamsEscalateMutation, TeamsEscalateMutationVariables>;
export const TeamsRekeyDocument = new TypedDocumentString(`
    mutation TeamsRekey($id: ID!) {
  requestRekey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<TeamsRekeyMutation, TeamsRekeyMutationVariables>;
export const TeamsRejectDocument = new TypedDocumentString(`
    mutation TeamsReject($id: ID!) {
  rejectForm(taskId: $id, reason: "x") {
    id
  }
}
    `) as unknown as TypedDocumentString<TeamsRejectMutation, TeamsRejectMutationVariables>;
export const TeamsSpotDocument = new TypedDocumentString(`
    mutation TeamsSpot($id: ID!) {
  resolveSpotCheck(id: $id, corrections: []) {
    id
  }
}
    `) as unknown as TypedDocumentString<TeamsSpotMutation, TeamsSpotMutationVariables>;
export const TeamsMeDocument = new TypedDocumentString(`
    query TeamsMe {
  me {
    id
    team {
      code
      provinceCode
    }
  }
}
    `) as unknown as TypedDocumentString<TeamsMeQuery, TeamsMeQueryVariables>;
export const TeamsForm2Document = new TypedDocumentString(`
    query TeamsForm2($id: ID!) {
  form(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<TeamsForm2Query, TeamsForm2QueryVariables>;
export const TeamsAuditEventsDocument = new TypedDocumentString(`
    query TeamsAuditEvents {
  auditEvents(perPage: 200, sortOrder: ASC) {
    items {
      action
      entityType
      entityId
      data
    }
  }
}
    `) as unknown as TypedDocumentString<TeamsAuditEventsQuery, TeamsAuditEventsQueryVariables>;
export const WorkflowClaimNextTaskDocument = new TypedDocumentString(`
    mutation WorkflowClaimNextTask($b: ID) {
  claimNextTask(batchId: $b) {
    id
    kind
    status
    escalated
    note
    form {
      id
      formNumber
    }
    discrepancies {
      id
      fieldKey
      value1
      value2
      value3
    }
    comments {
      text
      author {
        username
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkflowClaimNextTaskMutation, WorkflowClaimNextTaskMutationVariables>;
export const WorkflowResolveTaskDocument = new TypedDocumentString(`
    mutation WorkflowResolveTask($id: ID!, $r: [ResolutionInput!]!) {
  resolveTask(id: $id, resolutions: $r) {
    id
    status
    form {
      id
      status
      verifiedRecord {
        values {
          key
          value
          source
        }
      }
      discrepancies {
        fieldKey
        finalValue
        outcome
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkflowResolveTaskMutation, WorkflowResolveTaskMutationVariables>;
export const WorkflowFormDocument = new TypedDocumentString(`
    query WorkflowForm($id: ID!) {
  form(id: $id) {
    status
    task {
      id
      status
      escalated
      note
    }
    keyings {
      pass
      keyerCode
      fieldsKeyed
      errorCount
    }
    discrepancies {
      fieldKey
      value3
      outcome
      finalValue
    }
    verifiedRecord {
      values {
        key
        value
        source
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkflowFormQuery, WorkflowFormQueryVariables>;
export const WorkflowEscalateTaskDocument = new TypedDocumentString(`
    mutation WorkflowEscalateTask($id: ID!) {
  escalateTask(id: $id, comment: "  ") {
    id
  }
}
    `) as unknown as TypedDocumentString<WorkflowEscalateTaskMutation, WorkflowEscalateTaskMutationVariables>;
export const WorkflowEscalateTask2Document = new TypedDocumentString(`
    mutation WorkflowEscalateTask2($id: ID!) {
  escalateTask(id: $id, comment: "Chữ ký khó đọc, nhờ trưởng nhóm xem") {
    status
    escalated
  }
}
    `) as unknown as TypedDocumentString<WorkflowEscalateTask2Mutation, WorkflowEscalateTask2MutationVariables>;
export const WorkflowReleaseTaskDocument = new TypedDocumentString(`
    mutation WorkflowReleaseTask($id: ID!) {
  releaseTask(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<WorkflowReleaseTaskMutation, WorkflowReleaseTaskMutationVariables>;
export const WorkflowAddTaskCommentDocument = new TypedDocumentString(`
    mutation WorkflowAddTaskComment($id: ID!, $t: String!) {
  addTaskComment(taskId: $id, text: $t) {
    id
  }
}
    `) as unknown as TypedDocumentString<WorkflowAddTaskCommentMutation, WorkflowAddTaskCommentMutationVariables>;
export const WorkflowCorrectionTaskDocument = new TypedDocumentString(`
    query WorkflowCorrectionTask($id: ID!) {
  correctionTask(id: $id) {
    comments {
      text
    }
  }
}
    `) as unknown as TypedDocumentString<WorkflowCorrectionTaskQuery, WorkflowCorrectionTaskQueryVariables>;
export const WorkflowRequestRekeyDocument = new TypedDocumentString(`
    mutation WorkflowRequestRekey($id: ID!) {
  requestRekey(id: $id) {
    status
    claimedBy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<WorkflowRequestRekeyMutation, WorkflowRequestRekeyMutationVariables>;
export const WorkflowRejectFormDocument = new TypedDocumentString(`
    mutation WorkflowRejectForm($id: ID!) {
  rejectForm(taskId: $id, reason: "") {
    id
  }
}
    `) as unknown as TypedDocumentString<WorkflowRejectFormMutation, WorkflowRejectFormMutationVariables>;
export const WorkflowRejectForm2Document = new TypedDocumentString(`
    mutation WorkflowRejectForm2($id: ID!) {
  rejectForm(taskId: $id, reason: "Ảnh quét bị mờ") {
    status
    note
    form {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<WorkflowRejectForm2Mutation, WorkflowRejectForm2MutationVariables>;
export const WorkflowRescanFormDocument = new TypedDocumentString(`
    mutation WorkflowRescanForm($id: ID!) {
  rescanForm(id: $id, imageRef: "/scans/W/E4-v2.svg") {
    status
  }
}
    `) as unknown as TypedDocumentString<WorkflowRescanFormMutation, WorkflowRescanFormMutationVariables>;
export const WorkflowRescanForm2Document = new TypedDocumentString(`
    mutation WorkflowRescanForm2($id: ID!) {
  rescanForm(id: $id, imageRef: "/scans/W/E4-v2.svg") {
    status
    imageRef
    task {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<WorkflowRescanForm2Mutation, WorkflowRescanForm2MutationVariables>;
export const WorkflowReleaseTask2Document = new TypedDocumentString(`
    mutation WorkflowReleaseTask2($id: ID!) {
  releaseTask(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<WorkflowReleaseTask2Mutation, WorkflowReleaseTask2MutationVariables>;
export const WorkflowEscalateTask3Document = new TypedDocumentString(`
    mutation WorkflowEscalateTask3($id: ID!) {
  escalateTask(id: $id, comment: "?") {
    id
  }
}
    `) as unknown as TypedDocumentString<WorkflowEscalateTask3Mutation, WorkflowEscalateTask3MutationVariables>;
export const WorkflowEscalateTask4Document = new TypedDocumentString(`
    mutation WorkflowEscalateTask4($id: ID!) {
  escalateTask(id: $id, comment: "again") {
    id
  }
}
    `) as unknown as TypedDocumentString<WorkflowEscalateTask4Mutation, WorkflowEscalateTask4MutationVariables>;
export const WorkflowCorrectionTasksDocument = new TypedDocumentString(`
    query WorkflowCorrectionTasks($b: ID!) {
  correctionTasks(filter: {batchId: $b}, sortField: id, sortOrder: ASC) {
    items {
      kind
      status
      note
      form {
        formNumber
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkflowCorrectionTasksQuery, WorkflowCorrectionTasksQueryVariables>;
export const WorkflowResolveSpotCheckDocument = new TypedDocumentString(`
    mutation WorkflowResolveSpotCheck($id: ID!) {
  resolveSpotCheck(id: $id, corrections: [{fieldKey: "citizenId", value: "123"}]) {
    id
  }
}
    `) as unknown as TypedDocumentString<WorkflowResolveSpotCheckMutation, WorkflowResolveSpotCheckMutationVariables>;
export const WorkflowResolveSpotCheck2Document = new TypedDocumentString(`
    mutation WorkflowResolveSpotCheck2($id: ID!) {
  resolveSpotCheck(
    id: $id
    corrections: [{fieldKey: "fullName", value: "Nguyễn Văn Ấn"}, {fieldKey: "sex", value: "nam"}]
  ) {
    status
    discrepancyCount
  }
}
    `) as unknown as TypedDocumentString<WorkflowResolveSpotCheck2Mutation, WorkflowResolveSpotCheck2MutationVariables>;
export const WorkflowResolveSpotCheck3Document = new TypedDocumentString(`
    mutation WorkflowResolveSpotCheck3($id: ID!) {
  resolveSpotCheck(id: $id) {
    status
    discrepancyCount
  }
}
    `) as unknown as TypedDocumentString<WorkflowResolveSpotCheck3Mutation, WorkflowResolveSpotCheck3MutationVariables>;
export const WorkflowSetSpotCheckPolicyDocument = new TypedDocumentString(`
    mutation WorkflowSetSpotCheckPolicy($b: ID!) {
  setSpotCheckPolicy(batchId: $b, policy: {percent: 50, seed: 42}) {
    spotCheckEvery
    spotCheckPercent
    spotCheckSeed
  }
}
    `) as unknown as TypedDocumentString<WorkflowSetSpotCheckPolicyMutation, WorkflowSetSpotCheckPolicyMutationVariables>;
export const WorkflowSetSpotCheckPolicy2Document = new TypedDocumentString(`
    mutation WorkflowSetSpotCheckPolicy2($b: ID!) {
  setSpotCheckPolicy(batchId: $b, policy: {percent: 5, every: 3}) {
    id
  }
}
    `) as unknown as TypedDocumentString<WorkflowSetSpotCheckPolicy2Mutation, WorkflowSetSpotCheckPolicy2MutationVariables>;
export const WorkflowCorrectionTasks2Document = new TypedDocumentString(`
    query WorkflowCorrectionTasks2($b: ID!) {
  correctionTasks(filter: {batchId: $b, status: OPEN}, perPage: 100) {
    total
    items {
      note
    }
  }
}
    `) as unknown as TypedDocumentString<WorkflowCorrectionTasks2Query, WorkflowCorrectionTasks2QueryVariables>;
export const WorkflowBatchDocument = new TypedDocumentString(`
    query WorkflowBatch($b: ID!) {
  batch(id: $b) {
    status
  }
}
    `) as unknown as TypedDocumentString<WorkflowBatchQuery, WorkflowBatchQueryVariables>;
export const WorkflowExportBatchDocument = new TypedDocumentString(`
    mutation WorkflowExportBatch($b: ID!) {
  exportBatch(batchId: $b) {
    batch
    recordCount
    rejectedForms
    templateCode
    templateVersion
    exportedBy
    exportedAt
    manifestSha256
    directory
    files {
      name
      bytes
      sha256
    }
  }
}
    `) as unknown as TypedDocumentString<WorkflowExportBatchMutation, WorkflowExportBatchMutationVariables>;
export const WorkflowReopenBatchDocument = new TypedDocumentString(`
    mutation WorkflowReopenBatch($b: ID!) {
  reopenBatch(batchId: $b, reason: " ") {
    status
  }
}
    `) as unknown as TypedDocumentString<WorkflowReopenBatchMutation, WorkflowReopenBatchMutationVariables>;
export const WorkflowReopenBatch2Document = new TypedDocumentString(`
    mutation WorkflowReopenBatch2($b: ID!) {
  reopenBatch(batchId: $b, reason: "x") {
    status
  }
}
    `) as unknown as TypedDocumentString<WorkflowReopenBatch2Mutation, WorkflowReopenBatch2MutationVariables>;
export const WorkflowReopenBatch3Document = new TypedDocumentString(`
    mutation WorkflowReopenBatch3($b: ID!) {
  reopenBatch(batchId: $b, reason: "Sửa địa chỉ theo yêu cầu của xã") {
    status
    handedOverAt
  }
}
    `) as unknown as TypedDocumentString<WorkflowReopenBatch3Mutation, WorkflowReopenBatch3MutationVariables>;
export const WorkflowAuditEventsDocument = new TypedDocumentString(`
    query WorkflowAuditEvents($b: ID!) {
  auditEvents(
    filter: {entityType: "batch", entityId: $b}
    perPage: 50
    sortOrder: ASC
  ) {
    items {
      action
      actor
      data
    }
  }
}
    `) as unknown as TypedDocumentString<WorkflowAuditEventsQuery, WorkflowAuditEventsQueryVariables>;
export const WorkflowEventsOfDocument = new TypedDocumentString(`
    query WorkflowEventsOf($a: String!, $id: ID!) {
  auditEvents(filter: {action: $a, entityId: $id}) {
    items {
      actor
      entityType
      entityId
      data
    }
  }
}
    `) as unknown as TypedDocumentString<WorkflowEventsOfQuery, WorkflowEventsOfQueryVariables>;
export const WorkflowFormRecordDocument = new TypedDocumentString(`
    query WorkflowFormRecord($id: ID!) {
  form(id: $id) {
    verifiedRecord {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<WorkflowFormRecordQuery, WorkflowFormRecordQueryVariables>;
export const WorkflowAuditEvents2Document = new TypedDocumentString(`
    query WorkflowAuditEvents2 {
  auditEvents(filter: {action: "task.resolve"}, perPage: 1, sortOrder: ASC) {
    items {
      actor
      entityType
      entityId
      data
    }
  }
}
    `) as unknown as TypedDocumentString<WorkflowAuditEvents2Query, WorkflowAuditEvents2QueryVariables>;
export const WorkflowAuditEvents3Document = new TypedDocumentString(`
    query WorkflowAuditEvents3 {
  auditEvents(perPage: 200) {
    items {
      action
    }
  }
}
    `) as unknown as TypedDocumentString<WorkflowAuditEvents3Query, WorkflowAuditEvents3QueryVariables>;
export const WorkflowAuditEvents4Document = new TypedDocumentString(`
    query WorkflowAuditEvents4 {
  auditEvents {
    total
  }
}
    `) as unknown as TypedDocumentString<WorkflowAuditEvents4Query, WorkflowAuditEvents4QueryVariables>;
export const AccountsMe2Document = new TypedDocumentString(`
    query AccountsMe2 {
  me {
    id
    username
    mustChangePassword
    team {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsMe2Query, AccountsMe2QueryVariables>;
export const AccountsUserDocument = new TypedDocumentString(`
    query AccountsUser($id: ID!) {
  user(id: $id) {
    mustChangePassword
    team {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsUserQuery, AccountsUserQueryVariables>;
export const AccountsLogin2Document = new TypedDocumentString(`
    mutation AccountsLogin2($u: String!, $p: String!) {
  login(username: $u, password: $p) {
    mustChangePassword
  }
}
    `) as unknown as TypedDocumentString<AccountsLogin2Mutation, AccountsLogin2MutationVariables>;
export const DashboardCorrectionTasksDocument = new TypedDocumentString(`
    query DashboardCorrectionTasks($me: ID!) {
  correctionTasks(filter: {status: CLAIMED, claimedById: $me}, perPage: 5) {
    items {
      id
      status
      form {
        id
        formNumber
        status
        imageRef
        batch {
          code
        }
      }
      discrepancies {
        id
        fieldKey
        value1
        value2
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardCorrectionTasksQuery, DashboardCorrectionTasksQueryVariables>;
export const DashboardTaskStateDocument = new TypedDocumentString(`
    query DashboardTaskState($id: ID!) {
  correctionTask(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<DashboardTaskStateQuery, DashboardTaskStateQueryVariables>;
export const DashboardCorrectionTaskDocument = new TypedDocumentString(`
    query DashboardCorrectionTask($id: ID!) {
  correctionTask(id: $id) {
    status
    form {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardCorrectionTaskQuery, DashboardCorrectionTaskQueryVariables>;
export const DashboardResolveTaskDocument = new TypedDocumentString(`
    mutation DashboardResolveTask($id: ID!, $res: [ResolutionInput!]!, $why: String) {
  resolveTask(id: $id, resolutions: $res, overrideReason: $why) {
    status
  }
}
    `) as unknown as TypedDocumentString<DashboardResolveTaskMutation, DashboardResolveTaskMutationVariables>;
export const DashboardFormsDocument = new TypedDocumentString(`
    query DashboardForms {
  all: forms(perPage: 1) {
    total
  }
  verified: forms(filter: {status: VERIFIED}, perPage: 1) {
    total
  }
  auto: forms(filter: {status: AUTO_VERIFIED}, perPage: 1) {
    total
  }
}
    `) as unknown as TypedDocumentString<DashboardFormsQuery, DashboardFormsQueryVariables>;
export const DashboardUsersDocument = new TypedDocumentString(`
    query DashboardUsers {
  users {
    items {
      username
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardUsersQuery, DashboardUsersQueryVariables>;
export const DashboardAreaReportDocument = new TypedDocumentString(`
    query DashboardAreaReport {
  areaReport(level: ALL) {
    total
    items {
      forms
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardAreaReportQuery, DashboardAreaReportQueryVariables>;
export const DashboardCreateApiKeyDocument = new TypedDocumentString(`
    mutation DashboardCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    key
  }
}
    `) as unknown as TypedDocumentString<DashboardCreateApiKeyMutation, DashboardCreateApiKeyMutationVariables>;
export const DashboardVerifiedRecordsDocument = new TypedDocumentString(`
    query DashboardVerifiedRecords {
  verifiedRecords(perPage: 1) {
    total
  }
}
    `) as unknown as TypedDocumentString<DashboardVerifiedRecordsQuery, DashboardVerifiedRecordsQueryVariables>;
export const HouseholdHeldTasksDocument = new TypedDocumentString(`
    query HouseholdHeldTasks($me: ID!) {
  correctionTasks(filter: {status: CLAIMED, claimedById: $me}, perPage: 5) {
    items {
      id
      form {
        id
        formNumber
        batch {
          code
        }
      }
      discrepancies {
        id
        fieldKey
        kind
        relatedForm {
          id
          formNumber
          batch {
            code
          }
        }
        relatedValue
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HouseholdHeldTasksQuery, HouseholdHeldTasksQueryVariables>;
export const HouseholdOpenTasksDocument = new TypedDocumentString(`
    query HouseholdOpenTasks($b: ID!) {
  correctionTasks(filter: {batchId: $b, status: OPEN}, perPage: 10) {
    total
  }
}
    `) as unknown as TypedDocumentString<HouseholdOpenTasksQuery, HouseholdOpenTasksQueryVariables>;
export const HouseholdDiscrepanciesDocument = new TypedDocumentString(`
    query HouseholdDiscrepancies($b: ID!) {
  discrepancies(filter: {batchId: $b, kind: CONSISTENCY}, perPage: 10) {
    items {
      fieldKey
      kind
      form {
        formNumber
      }
      relatedForm {
        id
        formNumber
        batch {
          code
        }
      }
      relatedValue
    }
  }
}
    `) as unknown as TypedDocumentString<HouseholdDiscrepanciesQuery, HouseholdDiscrepanciesQueryVariables>;
export const HouseholdTaskDocument = new TypedDocumentString(`
    query HouseholdTask($id: ID!) {
  correctionTask(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<HouseholdTaskQuery, HouseholdTaskQueryVariables>;
export const HouseholdFormsDocument = new TypedDocumentString(`
    query HouseholdForms($b: ID!) {
  forms(filter: {batchId: $b}, sortField: id, sortOrder: ASC) {
    items {
      id
      formNumber
      status
      verifiedRecord {
        values {
          key
          value
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HouseholdFormsQuery, HouseholdFormsQueryVariables>;
export const HouseholdMeDocument = new TypedDocumentString(`
    query HouseholdMe {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<HouseholdMeQuery, HouseholdMeQueryVariables>;
export const HouseholdRegisterClerksDocument = new TypedDocumentString(`
    mutation HouseholdRegisterClerks {
  registerClerks(
    clerks: [{keyerCode: "KT1", displayName: "Một"}, {keyerCode: "KT2", displayName: "Hai"}]
  ) {
    created
  }
}
    `) as unknown as TypedDocumentString<HouseholdRegisterClerksMutation, HouseholdRegisterClerksMutationVariables>;
export const KeyingBrowserClaimTaskDocument = new TypedDocumentString(`
    mutation KeyingBrowserClaimTask($b: ID) {
  claimNextTask(batchId: $b) {
    id
    form {
      formNumber
    }
    discrepancies {
      id
      fieldKey
    }
  }
}
    `) as unknown as TypedDocumentString<KeyingBrowserClaimTaskMutation, KeyingBrowserClaimTaskMutationVariables>;
export const KeyingBrowserResolveDocument = new TypedDocumentString(`
    mutation KeyingBrowserResolve($id: ID!, $r: [ResolutionInput!]!) {
  resolveTask(id: $id, resolutions: $r) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<KeyingBrowserResolveMutation, KeyingBrowserResolveMutationVariables>;
export const KeyingBrowserBatchDocument = new TypedDocumentString(`
    query KeyingBrowserBatch($id: ID!) {
  batch(id: $id) {
    status
    progress {
      forms
      autoVerified
      verified
      inReview
    }
  }
}
    `) as unknown as TypedDocumentString<KeyingBrowserBatchQuery, KeyingBrowserBatchQueryVariables>;
export const ManagerViewsBrowserDiscrepanciesDocument = new TypedDocumentString(`
    query ManagerViewsBrowserDiscrepancies {
  discrepancies(filter: {resolved: false}, perPage: 200) {
    items {
      id
      fieldKey
      value1
      value2
      form {
        id
      }
      maskedDifference {
        first {
          cells {
            change
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ManagerViewsBrowserDiscrepanciesQuery, ManagerViewsBrowserDiscrepanciesQueryVariables>;
export const ManagerViewsBrowserClearDocument = new TypedDocumentString(`
    query ManagerViewsBrowserClear($id: ID!) {
  discrepancy(id: $id) {
    value1
    value2
  }
}
    `) as unknown as TypedDocumentString<ManagerViewsBrowserClearQuery, ManagerViewsBrowserClearQueryVariables>;
export const UndoHeldTasksDocument = new TypedDocumentString(`
    query UndoHeldTasks($me: ID!) {
  correctionTasks(filter: {status: CLAIMED, claimedById: $me}, perPage: 5) {
    items {
      id
      form {
        id
        formNumber
        batch {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UndoHeldTasksQuery, UndoHeldTasksQueryVariables>;
export const UndoBatchTasksDocument = new TypedDocumentString(`
    query UndoBatchTasks($b: ID!) {
  correctionTasks(filter: {batchId: $b}, sortField: id, sortOrder: ASC) {
    items {
      id
      status
      claimedBy {
        username
      }
      form {
        id
        formNumber
        verifiedRecord {
          values {
            key
            value
            source
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UndoBatchTasksQuery, UndoBatchTasksQueryVariables>;
export const UndoAuditDocument = new TypedDocumentString(`
    query UndoAudit($id: ID!) {
  auditEvents(
    filter: {entityType: "task", entityId: $id}
    sortField: id
    sortOrder: ASC
    perPage: 50
  ) {
    items {
      action
      data
    }
  }
}
    `) as unknown as TypedDocumentString<UndoAuditQuery, UndoAuditQueryVariables>;
export const UndoMeDocument = new TypedDocumentString(`
    query UndoMe {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<UndoMeQuery, UndoMeQueryVariables>;
export const UndoRegisterClerksDocument = new TypedDocumentString(`
    mutation UndoRegisterClerks {
  registerClerks(
    clerks: [{keyerCode: "KT1", displayName: "Một"}, {keyerCode: "KT2", displayName: "Hai"}]
  ) {
    created
  }
}
    `) as unknown as TypedDocumentString<UndoRegisterClerksMutation, UndoRegisterClerksMutationVariables>;
export const WalkClaimTaskDocument = new TypedDocumentString(`
    mutation WalkClaimTask {
  claimNextTask {
    id
    form {
      formNumber
    }
    batch {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WalkClaimTaskMutation, WalkClaimTaskMutationVariables>;
export const WalkReleaseTaskDocument = new TypedDocumentString(`
    mutation WalkReleaseTask($id: ID!) {
  releaseTask(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<WalkReleaseTaskMutation, WalkReleaseTaskMutationVariables>;
export const WorkflowCorrectionTasks3Document = new TypedDocumentString(`
    query WorkflowCorrectionTasks3($me: ID!) {
  correctionTasks(filter: {status: CLAIMED, claimedById: $me}, perPage: 5) {
    items {
      id
      kind
      status
      escalated
      form {
        id
        formNumber
        batch {
          code
        }
      }
      discrepancies {
        id
        fieldKey
        kind
        value1
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkflowCorrectionTasks3Query, WorkflowCorrectionTasks3QueryVariables>;
export const WorkflowCorrectionTask2Document = new TypedDocumentString(`
    query WorkflowCorrectionTask2($id: ID!) {
  correctionTask(id: $id) {
    id
    status
    escalated
    discrepancyCount
    comments {
      text
      author {
        username
      }
    }
    form {
      status
      verifiedRecord {
        values {
          key
          value
          source
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkflowCorrectionTask2Query, WorkflowCorrectionTask2QueryVariables>;
export const WorkflowSetSpotCheckPolicy3Document = new TypedDocumentString(`
    mutation WorkflowSetSpotCheckPolicy3($b: ID!) {
  setSpotCheckPolicy(batchId: $b, policy: {percent: 100, seed: 7}) {
    spotCheckPercent
    spotCheckSeed
  }
}
    `) as unknown as TypedDocumentString<WorkflowSetSpotCheckPolicy3Mutation, WorkflowSetSpotCheckPolicy3MutationVariables>;
export const WorkflowRegisterClerksDocument = new TypedDocumentString(`
    mutation WorkflowRegisterClerks {
  registerClerks(
    clerks: [{keyerCode: "KT1", displayName: "Một"}, {keyerCode: "KT2", displayName: "Hai"}]
  ) {
    created
  }
}
    `) as unknown as TypedDocumentString<WorkflowRegisterClerksMutation, WorkflowRegisterClerksMutationVariables>;
export const WorkflowRegisterClerksRefDocument = new TypedDocumentString(`
    mutation WorkflowRegisterClerksRef {
  registerClerks(
    clerks: [{keyerCode: "KT1", displayName: "Một"}, {keyerCode: "KT2", displayName: "Hai"}]
  ) {
    created
  }
}
    `) as unknown as TypedDocumentString<WorkflowRegisterClerksRefMutation, WorkflowRegisterClerksRefMutationVariables>;
export const WorkflowReferenceFormsDocument = new TypedDocumentString(`
    query WorkflowReferenceForms($b: ID!) {
  forms(filter: {batchId: $b}, sortField: id, sortOrder: ASC) {
    items {
      formNumber
      status
      verifiedRecord {
        values {
          key
          value
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkflowReferenceFormsQuery, WorkflowReferenceFormsQueryVariables>;
export const UsersLoginDocument = new TypedDocumentString(`
    mutation UsersLogin($u: String!, $p: String!) {
  login(username: $u, password: $p) {
    token
    mustChangePassword
    user {
      username
      role
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<UsersLoginMutation, UsersLoginMutationVariables>;
export const SubmitKeyingsDocument = new TypedDocumentString(`
    mutation SubmitKeyings($k: [KeyingInput!]!) {
  submitKeyings(keyings: $k) {
    index
    idempotencyKey
    status
    keyingId
    formId
    formStatus
    code
    message
    problems {
      field
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<SubmitKeyingsMutation, SubmitKeyingsMutationVariables>;
export const FixturesCreateBatchDocument = new TypedDocumentString(`
    mutation FixturesCreateBatch($i: CreateBatchInput!) {
  createBatch(input: $i) {
    id
    code
    status
  }
}
    `) as unknown as TypedDocumentString<FixturesCreateBatchMutation, FixturesCreateBatchMutationVariables>;