/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation Revoke($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }": typeof types.RevokeDocument,
    "fragment SessionFields on LoginResult { token expiresAt mustChangePassword user { id username displayName role keyerCode } }": typeof types.SessionFieldsFragmentDoc,
    "mutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) { ...SessionFields }\n}": typeof types.LoginDocument,
    "mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n  changePassword(oldPassword: $oldPassword, newPassword: $newPassword) { ...SessionFields }\n}": typeof types.ChangePasswordDocument,
    "mutation Logout { logout }": typeof types.LogoutDocument,
    "mutation Export($batchId: ID!) { exportBatch(batchId: $batchId) { ...ManifestFields } }": typeof types.ExportDocument,
    "mutation Reopen($batchId: ID!, $reason: String!) { reopenBatch(batchId: $batchId, reason: $reason) { id status } }": typeof types.ReopenDocument,
    "mutation Policy($batchId: ID!, $policy: SpotCheckPolicyInput!) {\n  setSpotCheckPolicy(batchId: $batchId, policy: $policy) { id spotCheckEvery spotCheckPercent spotCheckSeed }\n}": typeof types.PolicyDocument,
    "fragment ManifestFields on ExportManifest {\n  batch directory exportedAt exportedBy files { name bytes sha256 } manifestSha256 recordCount rejectedForms templateCode templateVersion\n}": typeof types.ManifestFieldsFragmentDoc,
    "fragment FieldLabels on FieldDefinition { key labelVi labelEn type }": typeof types.FieldLabelsFragmentDoc,
    "query Tpl($code: String!) { template(code: $code) { fields { ...FieldLabels } } }": typeof types.TplDocument,
    "query ManagerOverview {\n  openTasks: correctionTasks(filter: { status: OPEN }, perPage: 1, sortField: createdAt, sortOrder: ASC) { total items { id createdAt } }\n  claimedTasks: correctionTasks(filter: { status: CLAIMED }, perPage: 1) { total }\n  escalatedTasks: correctionTasks(filter: { status: ESCALATED }, perPage: 1) { total }\n  inReview: forms(filter: { status: IN_REVIEW }, perPage: 1) { total }\n  verified: forms(filter: { status: VERIFIED }, perPage: 1) { total }\n  autoVerified: forms(filter: { status: AUTO_VERIFIED }, perPage: 1) { total }\n  allForms: forms(perPage: 1) { total }\n  openDiscrepancies: discrepancies(filter: { resolved: false }, perPage: 1) { total }\n  batches(perPage: 6, sortField: createdAt, sortOrder: DESC) {\n    total\n    items { id code district commune status progress { forms awaitingKeyings onePassKeyed inReview autoVerified verified } }\n  }\n}": typeof types.ManagerOverviewDocument,
    "query DashboardTrend($week: ReportFilter!, $today: ReportFilter!, $days: Int!) {\n  week: areaReport(level: ALL, filter: $week) { items { errorRate errors fieldsKeyed pendingFields } }\n  today: areaReport(level: ALL, filter: $today) { items { autoVerified reviewVerified } }\n  daily: areaReport(level: ALL, byDay: true, perPage: $days, sortField: day, sortOrder: DESC) { items { day errorRate errors fieldsKeyed } }\n}": typeof types.DashboardTrendDocument,
    "query DashboardQuality($period: ReportFilter!, $fields: ReportFilter!) {\n  fields: fieldReport(filter: $fields, perPage: 12, sortField: errorRate, sortOrder: DESC) { items { fieldKey errorRate errorRateLow errorRateHigh keyed errors } }\n  provinces: areaReport(level: PROVINCE, filter: $period, perPage: 30, sortField: errorRate, sortOrder: DESC) { items { provinceCode errorRate forms fieldsKeyed } }\n  ooc: outOfControlKeyers(filter: $period, perPage: 10) { total keyersChecked populationRate items { keyerCode errorRate errorRateLow errorRateHigh pendingFields upperControlLimit fieldsKeyed forms zScore } }\n}": typeof types.DashboardQualityDocument,
    "mutation Rescan($id: ID!, $imageRef: String!) { rescanForm(id: $id, imageRef: $imageRef) { id status imageRef } }": typeof types.RescanDocument,
    "fragment KeyingLeaseFields on KeyingLeaseType { id batchId batchCode formNumber claimedAt leaseUntil scanUrl scanType fields { key labelVi labelEn type required allowed } }": typeof types.KeyingLeaseFieldsFragmentDoc,
    "mutation KeyingClaim($batchId: ID) {\n  lease: claimNextKeying(batchId: $batchId) { ...KeyingLeaseFields }\n}": typeof types.KeyingClaimDocument,
    "mutation KeyingSave($id: ID!, $keying: LeasedKeyingInput!, $batchId: ID) {\n  saveLeasedKeying(id: $id, keying: $keying, next: true, batchId: $batchId) { status next { ...KeyingLeaseFields } }\n}": typeof types.KeyingSaveDocument,
    "query KeyingFigures {\n  figures: myKeyingFigures { keyedToday keyedThisWeek medianSecondsThisWeek reviewedForms fieldsReviewed fieldErrors errorRate }\n}": typeof types.KeyingFiguresDocument,
    "query KeyerReportTab($filter: ReportFilter, $byDay: Boolean!, $sortField: KeyerReportSortField, $sortOrder: SortOrder) {\n  report: keyerReport(filter: $filter, byDay: $byDay, perPage: 200, sortField: $sortField, sortOrder: $sortOrder) {\n    total items { keyerCode day forms fieldsKeyed fieldErrors errorRate errorRateLow errorRateHigh pendingFields errorsPerThousandKeystrokes medianSecondsPerForm upperControlLimit zScore outOfControl }\n  }\n}": typeof types.KeyerReportTabDocument,
    "query FieldReportTab($filter: ReportFilter, $byDay: Boolean!, $sortField: FieldReportSortField, $sortOrder: SortOrder) {\n  report: fieldReport(filter: $filter, byDay: $byDay, perPage: 200, sortField: $sortField, sortOrder: $sortOrder) {\n    total items { fieldKey day keyed errors errorRate errorRateLow errorRateHigh pendingFields compared discrepancies discrepancyRate }\n  }\n}": typeof types.FieldReportTabDocument,
    "query AreaReportTab($filter: ReportFilter, $byDay: Boolean!, $level: AreaLevel!, $sortField: AreaReportSortField, $sortOrder: SortOrder) {\n  report: areaReport(filter: $filter, byDay: $byDay, perPage: 200, level: $level, sortField: $sortField, sortOrder: $sortOrder) {\n    total items { batchCode district provinceCode day forms compared discrepancyRate errors fieldsKeyed errorRate pendingFields agreementRate autoVerified reviewVerified done progress openTasks }\n  }\n}": typeof types.AreaReportTabDocument,
    "query ReviewerReportTab($filter: ReportFilter, $byDay: Boolean!, $sortField: ReviewerReportSortField, $sortOrder: SortOrder) {\n  report: reviewerReport(filter: $filter, byDay: $byDay, perPage: 200, sortField: $sortField, sortOrder: $sortOrder) {\n    total items { reviewerId reviewerName day tasksResolved fieldsResolved escalated rejected medianSecondsToResolve p90SecondsToResolve agreedFirstRate agreedSecondRate agreedNeitherRate spotChecks spotCorrections }\n  }\n}": typeof types.ReviewerReportTabDocument,
    "query AgreementReportTab($filter: ReportFilter, $byDay: Boolean!, $sortField: KeyerPairSortField, $sortOrder: SortOrder) {\n  report: agreementReport(filter: $filter, byDay: $byDay, perPage: 200, sortField: $sortField, sortOrder: $sortOrder) {\n    total items { keyerA keyerB day forms fieldsCompared fieldsAgreed agreementRate } overall { forms fieldsCompared fieldsAgreed agreementRate }\n  }\n}": typeof types.AgreementReportTabDocument,
    "query ReportBatches { batches(perPage: 200, sortField: createdAt, sortOrder: DESC) { items { id code } } }": typeof types.ReportBatchesDocument,
    "query ReportCsv($report: ReportName!, $filter: ReportFilter, $byDay: Boolean!, $level: AreaLevel!) {\n  reportCsv(report: $report, filter: $filter, byDay: $byDay, level: $level)\n}": typeof types.ReportCsvDocument,
    "fragment UserRef on User { id displayName }": typeof types.UserRefFragmentDoc,
    "fragment BatchRow on Batch {\n  id code provinceCode district commune status createdAt handedOverAt spotCheckEvery spotCheckPercent spotCheckSeed spotCheckMode\n  progress { forms awaitingKeyings onePassKeyed inReview autoVerified verified }\n}": typeof types.BatchRowFragmentDoc,
    "fragment BatchDetail on Batch { template { id code name version } }": typeof types.BatchDetailFragmentDoc,
    "fragment FormRow on Form {\n  id formNumber status imageRef createdAt updatedAt verifiedAt batch { id code } task { id status discrepancyCount }\n}": typeof types.FormRowFragmentDoc,
    "fragment FormDetail on Form {\n  fields { field { key labelVi labelEn type } value1 value2 finalValue discrepancyId maskedDifference { kind editDistance first { cells { text change } changedAt } second { cells { text change } changedAt } } } verifiedRecord { id } task { kind note escalated }\n}": typeof types.FormDetailFragmentDoc,
    "fragment KeyingRow on Keying {\n  id pass keyerCode stationCode keystrokes fieldsKeyed errorCount startedAt submittedAt createdAt form { id formNumber batch { id code } }\n}": typeof types.KeyingRowFragmentDoc,
    "fragment KeyingDetail on Keying { values { key value illegible } }": typeof types.KeyingDetailFragmentDoc,
    "fragment DiscrepancyRow on Discrepancy {\n  id fieldKey kind value1 value2 value3 note finalValue editDistance outcome createdAt resolvedAt relatedValue\n  maskedDifference { kind editDistance first { cells { text change } changedAt } second { cells { text change } changedAt } }\n  field { key labelVi labelEn type } form { id formNumber batch { id code } } task { id status } relatedForm { id formNumber batch { id code } }\n}": typeof types.DiscrepancyRowFragmentDoc,
    "fragment TaskRow on CorrectionTask {\n  id kind status escalated note discrepancyCount createdAt claimedAt leaseUntil resolvedAt\n  claimedBy { ...UserRef } resolvedBy { ...UserRef } form { id formNumber status } batch { id code }\n}": typeof types.TaskRowFragmentDoc,
    "fragment TaskDetail on CorrectionTask {\n  discrepancies { id fieldKey kind value1 value2 value3 note finalValue outcome field { key labelVi labelEn type } relatedForm { id formNumber batch { id code } } relatedValue maskedDifference { kind editDistance first { cells { text change } changedAt } second { cells { text change } changedAt } } }\n  comments { id text createdAt author { id displayName } }\n}": typeof types.TaskDetailFragmentDoc,
    "fragment RecordRow on VerifiedRecord {\n  id automatic verifiedAt reviewerRef verifiedBy { ...UserRef } form { id formNumber } batch { id code }\n}": typeof types.RecordRowFragmentDoc,
    "fragment RecordDetail on VerifiedRecord {\n  values { key value illegible source } batch { template { fields { key labelVi labelEn } } }\n}": typeof types.RecordDetailFragmentDoc,
    "fragment AuditRow on AuditEvent { id at actor action entityType entityId data }": typeof types.AuditRowFragmentDoc,
    "fragment UserRow on User { id username displayName role keyerCode active createdAt mustChangePassword oneTimePasswordExpiresAt hasPassword team { id code name } }": typeof types.UserRowFragmentDoc,
    "fragment TeamRow on Team { id code name provinceCode batchIds createdAt }": typeof types.TeamRowFragmentDoc,
    "fragment ApiKeyRow on ApiKey { id name prefix scopes role createdAt lastUsedAt revokedAt }": typeof types.ApiKeyRowFragmentDoc,
    "fragment ApiKeyDetail on ApiKey { createdBy { ...UserRef } }": typeof types.ApiKeyDetailFragmentDoc,
    "query BatchList($page: Int!, $perPage: Int!, $sortField: BatchSortField!, $sortOrder: SortOrder!, $filter: BatchFilter, $detail: Boolean!) {\n  rows: batches(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...BatchRow ...BatchDetail @include(if: $detail) } }\n}": typeof types.BatchListDocument,
    "query BatchOne($id: ID!) { row: batch(id: $id) { ...BatchRow ...BatchDetail } }": typeof types.BatchOneDocument,
    "mutation BatchCreate($input: CreateBatchInput!) { row: createBatch(input: $input) { ...BatchRow } }": typeof types.BatchCreateDocument,
    "query FormList($page: Int!, $perPage: Int!, $sortField: FormSortField!, $sortOrder: SortOrder!, $filter: FormFilter, $detail: Boolean!) {\n  rows: forms(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...FormRow ...FormDetail @include(if: $detail) } }\n}": typeof types.FormListDocument,
    "query FormOne($id: ID!) { row: form(id: $id) { ...FormRow ...FormDetail } }": typeof types.FormOneDocument,
    "query KeyingList($page: Int!, $perPage: Int!, $sortField: KeyingSortField!, $sortOrder: SortOrder!, $filter: KeyingFilter, $detail: Boolean!) {\n  rows: keyings(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...KeyingRow ...KeyingDetail @include(if: $detail) } }\n}": typeof types.KeyingListDocument,
    "query KeyingOne($id: ID!) { row: keying(id: $id) { ...KeyingRow ...KeyingDetail } }": typeof types.KeyingOneDocument,
    "query DiscrepancyList($page: Int!, $perPage: Int!, $sortField: DiscrepancySortField!, $sortOrder: SortOrder!, $filter: DiscrepancyFilter) {\n  rows: discrepancies(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...DiscrepancyRow } }\n}": typeof types.DiscrepancyListDocument,
    "query DiscrepancyOne($id: ID!) { row: discrepancy(id: $id) { ...DiscrepancyRow } }": typeof types.DiscrepancyOneDocument,
    "query TaskList($page: Int!, $perPage: Int!, $sortField: CorrectionTaskSortField!, $sortOrder: SortOrder!, $filter: CorrectionTaskFilter, $detail: Boolean!) {\n  rows: correctionTasks(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...TaskRow ...TaskDetail @include(if: $detail) } }\n}": typeof types.TaskListDocument,
    "query TaskOne($id: ID!) { row: correctionTask(id: $id) { ...TaskRow ...TaskDetail } }": typeof types.TaskOneDocument,
    "query RecordList($page: Int!, $perPage: Int!, $sortField: VerifiedRecordSortField!, $sortOrder: SortOrder!, $filter: VerifiedRecordFilter, $detail: Boolean!) {\n  rows: verifiedRecords(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...RecordRow ...RecordDetail @include(if: $detail) } }\n}": typeof types.RecordListDocument,
    "query RecordOne($id: ID!) { row: verifiedRecord(id: $id) { ...RecordRow ...RecordDetail } }": typeof types.RecordOneDocument,
    "query AuditList($page: Int!, $perPage: Int!, $sortField: AuditEventSortField!, $sortOrder: SortOrder!, $filter: AuditEventFilter) {\n  rows: auditEvents(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...AuditRow } }\n}": typeof types.AuditListDocument,
    "query AuditOne($id: ID!) { row: auditEvent(id: $id) { ...AuditRow } }": typeof types.AuditOneDocument,
    "query UserList($page: Int!, $perPage: Int!, $sortField: UserSortField!, $sortOrder: SortOrder!, $filter: UserFilter) {\n  rows: users(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...UserRow } }\n}": typeof types.UserListDocument,
    "query UserOne($id: ID!) { row: user(id: $id) { ...UserRow } }": typeof types.UserOneDocument,
    "mutation UserCreate($input: CreateUserInput!) { row: createUser(input: $input) { ...UserRow } }": typeof types.UserCreateDocument,
    "mutation UserUpdate($id: ID!, $input: UpdateUserInput!) { row: updateUser(id: $id, input: $input) { ...UserRow } }": typeof types.UserUpdateDocument,
    "query TeamList($page: Int!, $perPage: Int!, $sortField: TeamSortField!, $sortOrder: SortOrder!, $filter: TeamFilter) {\n  rows: teams(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...TeamRow } }\n}": typeof types.TeamListDocument,
    "mutation TeamCreate($input: CreateTeamInput!) { row: createTeam(input: $input) { ...TeamRow } }": typeof types.TeamCreateDocument,
    "mutation TeamUpdate($id: ID!, $input: UpdateTeamInput!) { row: updateTeam(id: $id, input: $input) { ...TeamRow } }": typeof types.TeamUpdateDocument,
    "query ApiKeyList($page: Int!, $perPage: Int!, $sortField: ApiKeySortField!, $sortOrder: SortOrder!, $filter: ApiKeyFilter, $detail: Boolean!) {\n  rows: apiKeys(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...ApiKeyRow ...ApiKeyDetail @include(if: $detail) } }\n}": typeof types.ApiKeyListDocument,
    "mutation ApiKeyCreate($input: CreateApiKeyInput!) { row: createApiKey(input: $input) { key apiKey { ...ApiKeyRow } } }": typeof types.ApiKeyCreateDocument,
    "mutation UserSetTeam($userId: ID!, $teamId: ID) { row: setUserTeam(userId: $userId, teamId: $teamId) { ...UserRow } }": typeof types.UserSetTeamDocument,
    "mutation ReopenResolution($id: ID!, $reason: String) { reopenTask(id: $id, reason: $reason) { id status claimedBy { id } } }": typeof types.ReopenResolutionDocument,
    "query RecentResolutions($me: ID!) {\n  correctionTasks(filter: { status: RESOLVED, resolvedById: $me }, perPage: 10, sortField: resolvedAt, sortOrder: DESC) {\n    total\n    items { id resolvedAt canReopen discrepancyCount form { id formNumber } batch { id code } }\n  }\n}": typeof types.RecentResolutionsDocument,
    "query TaskReopenable($id: ID!) { correctionTask(id: $id) { id canReopen resolvedBy { id } } }": typeof types.TaskReopenableDocument,
    "fragment CommentFields on TaskComment { id text createdAt author { id username displayName } }": typeof types.CommentFieldsFragmentDoc,
    "mutation ClaimNext($batchId: ID) {\n  task: claimNextTask(batchId: $batchId) {\n    id kind status note escalated leaseUntil form { id }\n    discrepancies { id fieldKey kind value1 value2 value3 note suggestions relatedForm { id formNumber batch { id code } } relatedValue }\n    comments { ...CommentFields }\n  }\n}": typeof types.ClaimNextDocument,
    "query ReviewForm($id: ID!) {\n  form(id: $id) { id formNumber imageRef batch { id code } fields { field { ...FieldLabels } value1 value2 finalValue discrepancyId } }\n}": typeof types.ReviewFormDocument,
    "query HeldTask($me: ID!) {\n  correctionTasks(filter: { status: CLAIMED, claimedById: $me }, perPage: 1, sortField: id, sortOrder: ASC) { items { id } }\n}": typeof types.HeldTaskDocument,
    "mutation Release($id: ID!, $setAside: Boolean) { releaseTask(id: $id, setAside: $setAside) { id status } }": typeof types.ReleaseDocument,
    "mutation Resolve($id: ID!, $resolutions: [ResolutionInput!]!, $overrideReason: String) {\n  resolveTask(id: $id, resolutions: $resolutions, overrideReason: $overrideReason) { id status resolvedAt }\n}": typeof types.ResolveDocument,
    "query ResolutionWarnings($id: ID!, $resolutions: [ResolutionInput!]!) {\n  resolutionWarnings(id: $id, resolutions: $resolutions) { field kind check message }\n}": typeof types.ResolutionWarningsDocument,
    "query SpotCheckWarnings($id: ID!, $corrections: [FieldCorrectionInput!]!) {\n  spotCheckWarnings(id: $id, corrections: $corrections) { field kind check message }\n}": typeof types.SpotCheckWarningsDocument,
    "mutation Escalate($id: ID!, $comment: String!) { escalateTask(id: $id, comment: $comment) { id status escalated } }": typeof types.EscalateDocument,
    "mutation Rekey($id: ID!, $comment: String) { requestRekey(id: $id, comment: $comment) { id status } }": typeof types.RekeyDocument,
    "mutation Reject($taskId: ID!, $reason: String!) { rejectForm(taskId: $taskId, reason: $reason) { id status } }": typeof types.RejectDocument,
    "mutation Comment($taskId: ID!, $text: String!) { addTaskComment(taskId: $taskId, text: $text) { ...CommentFields } }": typeof types.CommentDocument,
    "mutation SpotCheck($id: ID!, $corrections: [FieldCorrectionInput!]!, $overrideReason: String) {\n  resolveSpotCheck(id: $id, corrections: $corrections, overrideReason: $overrideReason) { id status discrepancyCount }\n}": typeof types.SpotCheckDocument,
    "mutation Import($csv: String!) {\n  importUsers(csv: $csv) {\n    created skipped failed\n    problems { line field reason }\n    skippedAccounts { line username }\n    accounts { id line username displayName role keyerCode oneTimePassword }\n    oneTimePasswordsExpireAt\n  }\n}": typeof types.ImportDocument,
    "mutation SetActive($id: ID!, $active: Boolean!) { setUserActive(id: $id, active: $active) { id active } }": typeof types.SetActiveDocument,
    "mutation Reset($id: ID!) { resetPassword(id: $id) { oneTimePassword expiresAt user { id mustChangePassword hasPassword } } }": typeof types.ResetDocument,
};
const documents: Documents = {
    "mutation Revoke($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }": types.RevokeDocument,
    "fragment SessionFields on LoginResult { token expiresAt mustChangePassword user { id username displayName role keyerCode } }": types.SessionFieldsFragmentDoc,
    "mutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) { ...SessionFields }\n}": types.LoginDocument,
    "mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n  changePassword(oldPassword: $oldPassword, newPassword: $newPassword) { ...SessionFields }\n}": types.ChangePasswordDocument,
    "mutation Logout { logout }": types.LogoutDocument,
    "mutation Export($batchId: ID!) { exportBatch(batchId: $batchId) { ...ManifestFields } }": types.ExportDocument,
    "mutation Reopen($batchId: ID!, $reason: String!) { reopenBatch(batchId: $batchId, reason: $reason) { id status } }": types.ReopenDocument,
    "mutation Policy($batchId: ID!, $policy: SpotCheckPolicyInput!) {\n  setSpotCheckPolicy(batchId: $batchId, policy: $policy) { id spotCheckEvery spotCheckPercent spotCheckSeed }\n}": types.PolicyDocument,
    "fragment ManifestFields on ExportManifest {\n  batch directory exportedAt exportedBy files { name bytes sha256 } manifestSha256 recordCount rejectedForms templateCode templateVersion\n}": types.ManifestFieldsFragmentDoc,
    "fragment FieldLabels on FieldDefinition { key labelVi labelEn type }": types.FieldLabelsFragmentDoc,
    "query Tpl($code: String!) { template(code: $code) { fields { ...FieldLabels } } }": types.TplDocument,
    "query ManagerOverview {\n  openTasks: correctionTasks(filter: { status: OPEN }, perPage: 1, sortField: createdAt, sortOrder: ASC) { total items { id createdAt } }\n  claimedTasks: correctionTasks(filter: { status: CLAIMED }, perPage: 1) { total }\n  escalatedTasks: correctionTasks(filter: { status: ESCALATED }, perPage: 1) { total }\n  inReview: forms(filter: { status: IN_REVIEW }, perPage: 1) { total }\n  verified: forms(filter: { status: VERIFIED }, perPage: 1) { total }\n  autoVerified: forms(filter: { status: AUTO_VERIFIED }, perPage: 1) { total }\n  allForms: forms(perPage: 1) { total }\n  openDiscrepancies: discrepancies(filter: { resolved: false }, perPage: 1) { total }\n  batches(perPage: 6, sortField: createdAt, sortOrder: DESC) {\n    total\n    items { id code district commune status progress { forms awaitingKeyings onePassKeyed inReview autoVerified verified } }\n  }\n}": types.ManagerOverviewDocument,
    "query DashboardTrend($week: ReportFilter!, $today: ReportFilter!, $days: Int!) {\n  week: areaReport(level: ALL, filter: $week) { items { errorRate errors fieldsKeyed pendingFields } }\n  today: areaReport(level: ALL, filter: $today) { items { autoVerified reviewVerified } }\n  daily: areaReport(level: ALL, byDay: true, perPage: $days, sortField: day, sortOrder: DESC) { items { day errorRate errors fieldsKeyed } }\n}": types.DashboardTrendDocument,
    "query DashboardQuality($period: ReportFilter!, $fields: ReportFilter!) {\n  fields: fieldReport(filter: $fields, perPage: 12, sortField: errorRate, sortOrder: DESC) { items { fieldKey errorRate errorRateLow errorRateHigh keyed errors } }\n  provinces: areaReport(level: PROVINCE, filter: $period, perPage: 30, sortField: errorRate, sortOrder: DESC) { items { provinceCode errorRate forms fieldsKeyed } }\n  ooc: outOfControlKeyers(filter: $period, perPage: 10) { total keyersChecked populationRate items { keyerCode errorRate errorRateLow errorRateHigh pendingFields upperControlLimit fieldsKeyed forms zScore } }\n}": types.DashboardQualityDocument,
    "mutation Rescan($id: ID!, $imageRef: String!) { rescanForm(id: $id, imageRef: $imageRef) { id status imageRef } }": types.RescanDocument,
    "fragment KeyingLeaseFields on KeyingLeaseType { id batchId batchCode formNumber claimedAt leaseUntil scanUrl scanType fields { key labelVi labelEn type required allowed } }": types.KeyingLeaseFieldsFragmentDoc,
    "mutation KeyingClaim($batchId: ID) {\n  lease: claimNextKeying(batchId: $batchId) { ...KeyingLeaseFields }\n}": types.KeyingClaimDocument,
    "mutation KeyingSave($id: ID!, $keying: LeasedKeyingInput!, $batchId: ID) {\n  saveLeasedKeying(id: $id, keying: $keying, next: true, batchId: $batchId) { status next { ...KeyingLeaseFields } }\n}": types.KeyingSaveDocument,
    "query KeyingFigures {\n  figures: myKeyingFigures { keyedToday keyedThisWeek medianSecondsThisWeek reviewedForms fieldsReviewed fieldErrors errorRate }\n}": types.KeyingFiguresDocument,
    "query KeyerReportTab($filter: ReportFilter, $byDay: Boolean!, $sortField: KeyerReportSortField, $sortOrder: SortOrder) {\n  report: keyerReport(filter: $filter, byDay: $byDay, perPage: 200, sortField: $sortField, sortOrder: $sortOrder) {\n    total items { keyerCode day forms fieldsKeyed fieldErrors errorRate errorRateLow errorRateHigh pendingFields errorsPerThousandKeystrokes medianSecondsPerForm upperControlLimit zScore outOfControl }\n  }\n}": types.KeyerReportTabDocument,
    "query FieldReportTab($filter: ReportFilter, $byDay: Boolean!, $sortField: FieldReportSortField, $sortOrder: SortOrder) {\n  report: fieldReport(filter: $filter, byDay: $byDay, perPage: 200, sortField: $sortField, sortOrder: $sortOrder) {\n    total items { fieldKey day keyed errors errorRate errorRateLow errorRateHigh pendingFields compared discrepancies discrepancyRate }\n  }\n}": types.FieldReportTabDocument,
    "query AreaReportTab($filter: ReportFilter, $byDay: Boolean!, $level: AreaLevel!, $sortField: AreaReportSortField, $sortOrder: SortOrder) {\n  report: areaReport(filter: $filter, byDay: $byDay, perPage: 200, level: $level, sortField: $sortField, sortOrder: $sortOrder) {\n    total items { batchCode district provinceCode day forms compared discrepancyRate errors fieldsKeyed errorRate pendingFields agreementRate autoVerified reviewVerified done progress openTasks }\n  }\n}": types.AreaReportTabDocument,
    "query ReviewerReportTab($filter: ReportFilter, $byDay: Boolean!, $sortField: ReviewerReportSortField, $sortOrder: SortOrder) {\n  report: reviewerReport(filter: $filter, byDay: $byDay, perPage: 200, sortField: $sortField, sortOrder: $sortOrder) {\n    total items { reviewerId reviewerName day tasksResolved fieldsResolved escalated rejected medianSecondsToResolve p90SecondsToResolve agreedFirstRate agreedSecondRate agreedNeitherRate spotChecks spotCorrections }\n  }\n}": types.ReviewerReportTabDocument,
    "query AgreementReportTab($filter: ReportFilter, $byDay: Boolean!, $sortField: KeyerPairSortField, $sortOrder: SortOrder) {\n  report: agreementReport(filter: $filter, byDay: $byDay, perPage: 200, sortField: $sortField, sortOrder: $sortOrder) {\n    total items { keyerA keyerB day forms fieldsCompared fieldsAgreed agreementRate } overall { forms fieldsCompared fieldsAgreed agreementRate }\n  }\n}": types.AgreementReportTabDocument,
    "query ReportBatches { batches(perPage: 200, sortField: createdAt, sortOrder: DESC) { items { id code } } }": types.ReportBatchesDocument,
    "query ReportCsv($report: ReportName!, $filter: ReportFilter, $byDay: Boolean!, $level: AreaLevel!) {\n  reportCsv(report: $report, filter: $filter, byDay: $byDay, level: $level)\n}": types.ReportCsvDocument,
    "fragment UserRef on User { id displayName }": types.UserRefFragmentDoc,
    "fragment BatchRow on Batch {\n  id code provinceCode district commune status createdAt handedOverAt spotCheckEvery spotCheckPercent spotCheckSeed spotCheckMode\n  progress { forms awaitingKeyings onePassKeyed inReview autoVerified verified }\n}": types.BatchRowFragmentDoc,
    "fragment BatchDetail on Batch { template { id code name version } }": types.BatchDetailFragmentDoc,
    "fragment FormRow on Form {\n  id formNumber status imageRef createdAt updatedAt verifiedAt batch { id code } task { id status discrepancyCount }\n}": types.FormRowFragmentDoc,
    "fragment FormDetail on Form {\n  fields { field { key labelVi labelEn type } value1 value2 finalValue discrepancyId maskedDifference { kind editDistance first { cells { text change } changedAt } second { cells { text change } changedAt } } } verifiedRecord { id } task { kind note escalated }\n}": types.FormDetailFragmentDoc,
    "fragment KeyingRow on Keying {\n  id pass keyerCode stationCode keystrokes fieldsKeyed errorCount startedAt submittedAt createdAt form { id formNumber batch { id code } }\n}": types.KeyingRowFragmentDoc,
    "fragment KeyingDetail on Keying { values { key value illegible } }": types.KeyingDetailFragmentDoc,
    "fragment DiscrepancyRow on Discrepancy {\n  id fieldKey kind value1 value2 value3 note finalValue editDistance outcome createdAt resolvedAt relatedValue\n  maskedDifference { kind editDistance first { cells { text change } changedAt } second { cells { text change } changedAt } }\n  field { key labelVi labelEn type } form { id formNumber batch { id code } } task { id status } relatedForm { id formNumber batch { id code } }\n}": types.DiscrepancyRowFragmentDoc,
    "fragment TaskRow on CorrectionTask {\n  id kind status escalated note discrepancyCount createdAt claimedAt leaseUntil resolvedAt\n  claimedBy { ...UserRef } resolvedBy { ...UserRef } form { id formNumber status } batch { id code }\n}": types.TaskRowFragmentDoc,
    "fragment TaskDetail on CorrectionTask {\n  discrepancies { id fieldKey kind value1 value2 value3 note finalValue outcome field { key labelVi labelEn type } relatedForm { id formNumber batch { id code } } relatedValue maskedDifference { kind editDistance first { cells { text change } changedAt } second { cells { text change } changedAt } } }\n  comments { id text createdAt author { id displayName } }\n}": types.TaskDetailFragmentDoc,
    "fragment RecordRow on VerifiedRecord {\n  id automatic verifiedAt reviewerRef verifiedBy { ...UserRef } form { id formNumber } batch { id code }\n}": types.RecordRowFragmentDoc,
    "fragment RecordDetail on VerifiedRecord {\n  values { key value illegible source } batch { template { fields { key labelVi labelEn } } }\n}": types.RecordDetailFragmentDoc,
    "fragment AuditRow on AuditEvent { id at actor action entityType entityId data }": types.AuditRowFragmentDoc,
    "fragment UserRow on User { id username displayName role keyerCode active createdAt mustChangePassword oneTimePasswordExpiresAt hasPassword team { id code name } }": types.UserRowFragmentDoc,
    "fragment TeamRow on Team { id code name provinceCode batchIds createdAt }": types.TeamRowFragmentDoc,
    "fragment ApiKeyRow on ApiKey { id name prefix scopes role createdAt lastUsedAt revokedAt }": types.ApiKeyRowFragmentDoc,
    "fragment ApiKeyDetail on ApiKey { createdBy { ...UserRef } }": types.ApiKeyDetailFragmentDoc,
    "query BatchList($page: Int!, $perPage: Int!, $sortField: BatchSortField!, $sortOrder: SortOrder!, $filter: BatchFilter, $detail: Boolean!) {\n  rows: batches(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...BatchRow ...BatchDetail @include(if: $detail) } }\n}": types.BatchListDocument,
    "query BatchOne($id: ID!) { row: batch(id: $id) { ...BatchRow ...BatchDetail } }": types.BatchOneDocument,
    "mutation BatchCreate($input: CreateBatchInput!) { row: createBatch(input: $input) { ...BatchRow } }": types.BatchCreateDocument,
    "query FormList($page: Int!, $perPage: Int!, $sortField: FormSortField!, $sortOrder: SortOrder!, $filter: FormFilter, $detail: Boolean!) {\n  rows: forms(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...FormRow ...FormDetail @include(if: $detail) } }\n}": types.FormListDocument,
    "query FormOne($id: ID!) { row: form(id: $id) { ...FormRow ...FormDetail } }": types.FormOneDocument,
    "query KeyingList($page: Int!, $perPage: Int!, $sortField: KeyingSortField!, $sortOrder: SortOrder!, $filter: KeyingFilter, $detail: Boolean!) {\n  rows: keyings(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...KeyingRow ...KeyingDetail @include(if: $detail) } }\n}": types.KeyingListDocument,
    "query KeyingOne($id: ID!) { row: keying(id: $id) { ...KeyingRow ...KeyingDetail } }": types.KeyingOneDocument,
    "query DiscrepancyList($page: Int!, $perPage: Int!, $sortField: DiscrepancySortField!, $sortOrder: SortOrder!, $filter: DiscrepancyFilter) {\n  rows: discrepancies(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...DiscrepancyRow } }\n}": types.DiscrepancyListDocument,
    "query DiscrepancyOne($id: ID!) { row: discrepancy(id: $id) { ...DiscrepancyRow } }": types.DiscrepancyOneDocument,
    "query TaskList($page: Int!, $perPage: Int!, $sortField: CorrectionTaskSortField!, $sortOrder: SortOrder!, $filter: CorrectionTaskFilter, $detail: Boolean!) {\n  rows: correctionTasks(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...TaskRow ...TaskDetail @include(if: $detail) } }\n}": types.TaskListDocument,
    "query TaskOne($id: ID!) { row: correctionTask(id: $id) { ...TaskRow ...TaskDetail } }": types.TaskOneDocument,
    "query RecordList($page: Int!, $perPage: Int!, $sortField: VerifiedRecordSortField!, $sortOrder: SortOrder!, $filter: VerifiedRecordFilter, $detail: Boolean!) {\n  rows: verifiedRecords(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...RecordRow ...RecordDetail @include(if: $detail) } }\n}": types.RecordListDocument,
    "query RecordOne($id: ID!) { row: verifiedRecord(id: $id) { ...RecordRow ...RecordDetail } }": types.RecordOneDocument,
    "query AuditList($page: Int!, $perPage: Int!, $sortField: AuditEventSortField!, $sortOrder: SortOrder!, $filter: AuditEventFilter) {\n  rows: auditEvents(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...AuditRow } }\n}": types.AuditListDocument,
    "query AuditOne($id: ID!) { row: auditEvent(id: $id) { ...AuditRow } }": types.AuditOneDocument,
    "query UserList($page: Int!, $perPage: Int!, $sortField: UserSortField!, $sortOrder: SortOrder!, $filter: UserFilter) {\n  rows: users(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...UserRow } }\n}": types.UserListDocument,
    "query UserOne($id: ID!) { row: user(id: $id) { ...UserRow } }": types.UserOneDocument,
    "mutation UserCreate($input: CreateUserInput!) { row: createUser(input: $input) { ...UserRow } }": types.UserCreateDocument,
    "mutation UserUpdate($id: ID!, $input: UpdateUserInput!) { row: updateUser(id: $id, input: $input) { ...UserRow } }": types.UserUpdateDocument,
    "query TeamList($page: Int!, $perPage: Int!, $sortField: TeamSortField!, $sortOrder: SortOrder!, $filter: TeamFilter) {\n  rows: teams(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...TeamRow } }\n}": types.TeamListDocument,
    "mutation TeamCreate($input: CreateTeamInput!) { row: createTeam(input: $input) { ...TeamRow } }": types.TeamCreateDocument,
    "mutation TeamUpdate($id: ID!, $input: UpdateTeamInput!) { row: updateTeam(id: $id, input: $input) { ...TeamRow } }": types.TeamUpdateDocument,
    "query ApiKeyList($page: Int!, $perPage: Int!, $sortField: ApiKeySortField!, $sortOrder: SortOrder!, $filter: ApiKeyFilter, $detail: Boolean!) {\n  rows: apiKeys(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...ApiKeyRow ...ApiKeyDetail @include(if: $detail) } }\n}": types.ApiKeyListDocument,
    "mutation ApiKeyCreate($input: CreateApiKeyInput!) { row: createApiKey(input: $input) { key apiKey { ...ApiKeyRow } } }": types.ApiKeyCreateDocument,
    "mutation UserSetTeam($userId: ID!, $teamId: ID) { row: setUserTeam(userId: $userId, teamId: $teamId) { ...UserRow } }": types.UserSetTeamDocument,
    "mutation ReopenResolution($id: ID!, $reason: String) { reopenTask(id: $id, reason: $reason) { id status claimedBy { id } } }": types.ReopenResolutionDocument,
    "query RecentResolutions($me: ID!) {\n  correctionTasks(filter: { status: RESOLVED, resolvedById: $me }, perPage: 10, sortField: resolvedAt, sortOrder: DESC) {\n    total\n    items { id resolvedAt canReopen discrepancyCount form { id formNumber } batch { id code } }\n  }\n}": types.RecentResolutionsDocument,
    "query TaskReopenable($id: ID!) { correctionTask(id: $id) { id canReopen resolvedBy { id } } }": types.TaskReopenableDocument,
    "fragment CommentFields on TaskComment { id text createdAt author { id username displayName } }": types.CommentFieldsFragmentDoc,
    "mutation ClaimNext($batchId: ID) {\n  task: claimNextTask(batchId: $batchId) {\n    id kind status note escalated leaseUntil form { id }\n    discrepancies { id fieldKey kind value1 value2 value3 note suggestions relatedForm { id formNumber batch { id code } } relatedValue }\n    comments { ...CommentFields }\n  }\n}": types.ClaimNextDocument,
    "query ReviewForm($id: ID!) {\n  form(id: $id) { id formNumber imageRef batch { id code } fields { field { ...FieldLabels } value1 value2 finalValue discrepancyId } }\n}": types.ReviewFormDocument,
    "query HeldTask($me: ID!) {\n  correctionTasks(filter: { status: CLAIMED, claimedById: $me }, perPage: 1, sortField: id, sortOrder: ASC) { items { id } }\n}": types.HeldTaskDocument,
    "mutation Release($id: ID!, $setAside: Boolean) { releaseTask(id: $id, setAside: $setAside) { id status } }": types.ReleaseDocument,
    "mutation Resolve($id: ID!, $resolutions: [ResolutionInput!]!, $overrideReason: String) {\n  resolveTask(id: $id, resolutions: $resolutions, overrideReason: $overrideReason) { id status resolvedAt }\n}": types.ResolveDocument,
    "query ResolutionWarnings($id: ID!, $resolutions: [ResolutionInput!]!) {\n  resolutionWarnings(id: $id, resolutions: $resolutions) { field kind check message }\n}": types.ResolutionWarningsDocument,
    "query SpotCheckWarnings($id: ID!, $corrections: [FieldCorrectionInput!]!) {\n  spotCheckWarnings(id: $id, corrections: $corrections) { field kind check message }\n}": types.SpotCheckWarningsDocument,
    "mutation Escalate($id: ID!, $comment: String!) { escalateTask(id: $id, comment: $comment) { id status escalated } }": types.EscalateDocument,
    "mutation Rekey($id: ID!, $comment: String) { requestRekey(id: $id, comment: $comment) { id status } }": types.RekeyDocument,
    "mutation Reject($taskId: ID!, $reason: String!) { rejectForm(taskId: $taskId, reason: $reason) { id status } }": types.RejectDocument,
    "mutation Comment($taskId: ID!, $text: String!) { addTaskComment(taskId: $taskId, text: $text) { ...CommentFields } }": types.CommentDocument,
    "mutation SpotCheck($id: ID!, $corrections: [FieldCorrectionInput!]!, $overrideReason: String) {\n  resolveSpotCheck(id: $id, corrections: $corrections, overrideReason: $overrideReason) { id status discrepancyCount }\n}": types.SpotCheckDocument,
    "mutation Import($csv: String!) {\n  importUsers(csv: $csv) {\n    created skipped failed\n    problems { line field reason }\n    skippedAccounts { line username }\n    accounts { id line username displayName role keyerCode oneTimePassword }\n    oneTimePasswordsExpireAt\n  }\n}": types.ImportDocument,
    "mutation SetActive($id: ID!, $active: Boolean!) { setUserActive(id: $id, active: $active) { id active } }": types.SetActiveDocument,
    "mutation Reset($id: ID!) { resetPassword(id: $id) { oneTimePassword expiresAt user { id mustChangePassword hasPassword } } }": types.ResetDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Revoke($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }"): typeof import('./graphql.js').RevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SessionFields on LoginResult { token expiresAt mustChangePassword user { id username displayName role keyerCode } }"): typeof import('./graphql.js').SessionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) { ...SessionFields }\n}"): typeof import('./graphql.js').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n  changePassword(oldPassword: $oldPassword, newPassword: $newPassword) { ...SessionFields }\n}"): typeof import('./graphql.js').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout { logout }"): typeof import('./graphql.js').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Export($batchId: ID!) { exportBatch(batchId: $batchId) { ...ManifestFields } }"): typeof import('./graphql.js').ExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Reopen($batchId: ID!, $reason: String!) { reopenBatch(batchId: $batchId, reason: $reason) { id status } }"): typeof import('./graphql.js').ReopenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Policy($batchId: ID!, $policy: SpotCheckPolicyInput!) {\n  setSpotCheckPolicy(batchId: $batchId, policy: $policy) { id spotCheckEvery spotCheckPercent spotCheckSeed }\n}"): typeof import('./graphql.js').PolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ManifestFields on ExportManifest {\n  batch directory exportedAt exportedBy files { name bytes sha256 } manifestSha256 recordCount rejectedForms templateCode templateVersion\n}"): typeof import('./graphql.js').ManifestFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FieldLabels on FieldDefinition { key labelVi labelEn type }"): typeof import('./graphql.js').FieldLabelsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Tpl($code: String!) { template(code: $code) { fields { ...FieldLabels } } }"): typeof import('./graphql.js').TplDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ManagerOverview {\n  openTasks: correctionTasks(filter: { status: OPEN }, perPage: 1, sortField: createdAt, sortOrder: ASC) { total items { id createdAt } }\n  claimedTasks: correctionTasks(filter: { status: CLAIMED }, perPage: 1) { total }\n  escalatedTasks: correctionTasks(filter: { status: ESCALATED }, perPage: 1) { total }\n  inReview: forms(filter: { status: IN_REVIEW }, perPage: 1) { total }\n  verified: forms(filter: { status: VERIFIED }, perPage: 1) { total }\n  autoVerified: forms(filter: { status: AUTO_VERIFIED }, perPage: 1) { total }\n  allForms: forms(perPage: 1) { total }\n  openDiscrepancies: discrepancies(filter: { resolved: false }, perPage: 1) { total }\n  batches(perPage: 6, sortField: createdAt, sortOrder: DESC) {\n    total\n    items { id code district commune status progress { forms awaitingKeyings onePassKeyed inReview autoVerified verified } }\n  }\n}"): typeof import('./graphql.js').ManagerOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardTrend($week: ReportFilter!, $today: ReportFilter!, $days: Int!) {\n  week: areaReport(level: ALL, filter: $week) { items { errorRate errors fieldsKeyed pendingFields } }\n  today: areaReport(level: ALL, filter: $today) { items { autoVerified reviewVerified } }\n  daily: areaReport(level: ALL, byDay: true, perPage: $days, sortField: day, sortOrder: DESC) { items { day errorRate errors fieldsKeyed } }\n}"): typeof import('./graphql.js').DashboardTrendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardQuality($period: ReportFilter!, $fields: ReportFilter!) {\n  fields: fieldReport(filter: $fields, perPage: 12, sortField: errorRate, sortOrder: DESC) { items { fieldKey errorRate errorRateLow errorRateHigh keyed errors } }\n  provinces: areaReport(level: PROVINCE, filter: $period, perPage: 30, sortField: errorRate, sortOrder: DESC) { items { provinceCode errorRate forms fieldsKeyed } }\n  ooc: outOfControlKeyers(filter: $period, perPage: 10) { total keyersChecked populationRate items { keyerCode errorRate errorRateLow errorRateHigh pendingFields upperControlLimit fieldsKeyed forms zScore } }\n}"): typeof import('./graphql.js').DashboardQualityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Rescan($id: ID!, $imageRef: String!) { rescanForm(id: $id, imageRef: $imageRef) { id status imageRef } }"): typeof import('./graphql.js').RescanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment KeyingLeaseFields on KeyingLeaseType { id batchId batchCode formNumber claimedAt leaseUntil scanUrl scanType fields { key labelVi labelEn type required allowed } }"): typeof import('./graphql.js').KeyingLeaseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeyingClaim($batchId: ID) {\n  lease: claimNextKeying(batchId: $batchId) { ...KeyingLeaseFields }\n}"): typeof import('./graphql.js').KeyingClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeyingSave($id: ID!, $keying: LeasedKeyingInput!, $batchId: ID) {\n  saveLeasedKeying(id: $id, keying: $keying, next: true, batchId: $batchId) { status next { ...KeyingLeaseFields } }\n}"): typeof import('./graphql.js').KeyingSaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeyingFigures {\n  figures: myKeyingFigures { keyedToday keyedThisWeek medianSecondsThisWeek reviewedForms fieldsReviewed fieldErrors errorRate }\n}"): typeof import('./graphql.js').KeyingFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeyerReportTab($filter: ReportFilter, $byDay: Boolean!, $sortField: KeyerReportSortField, $sortOrder: SortOrder) {\n  report: keyerReport(filter: $filter, byDay: $byDay, perPage: 200, sortField: $sortField, sortOrder: $sortOrder) {\n    total items { keyerCode day forms fieldsKeyed fieldErrors errorRate errorRateLow errorRateHigh pendingFields errorsPerThousandKeystrokes medianSecondsPerForm upperControlLimit zScore outOfControl }\n  }\n}"): typeof import('./graphql.js').KeyerReportTabDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FieldReportTab($filter: ReportFilter, $byDay: Boolean!, $sortField: FieldReportSortField, $sortOrder: SortOrder) {\n  report: fieldReport(filter: $filter, byDay: $byDay, perPage: 200, sortField: $sortField, sortOrder: $sortOrder) {\n    total items { fieldKey day keyed errors errorRate errorRateLow errorRateHigh pendingFields compared discrepancies discrepancyRate }\n  }\n}"): typeof import('./graphql.js').FieldReportTabDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AreaReportTab($filter: ReportFilter, $byDay: Boolean!, $level: AreaLevel!, $sortField: AreaReportSortField, $sortOrder: SortOrder) {\n  report: areaReport(filter: $filter, byDay: $byDay, perPage: 200, level: $level, sortField: $sortField, sortOrder: $sortOrder) {\n    total items { batchCode district provinceCode day forms compared discrepancyRate errors fieldsKeyed errorRate pendingFields agreementRate autoVerified reviewVerified done progress openTasks }\n  }\n}"): typeof import('./graphql.js').AreaReportTabDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewerReportTab($filter: ReportFilter, $byDay: Boolean!, $sortField: ReviewerReportSortField, $sortOrder: SortOrder) {\n  report: reviewerReport(filter: $filter, byDay: $byDay, perPage: 200, sortField: $sortField, sortOrder: $sortOrder) {\n    total items { reviewerId reviewerName day tasksResolved fieldsResolved escalated rejected medianSecondsToResolve p90SecondsToResolve agreedFirstRate agreedSecondRate agreedNeitherRate spotChecks spotCorrections }\n  }\n}"): typeof import('./graphql.js').ReviewerReportTabDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgreementReportTab($filter: ReportFilter, $byDay: Boolean!, $sortField: KeyerPairSortField, $sortOrder: SortOrder) {\n  report: agreementReport(filter: $filter, byDay: $byDay, perPage: 200, sortField: $sortField, sortOrder: $sortOrder) {\n    total items { keyerA keyerB day forms fieldsCompared fieldsAgreed agreementRate } overall { forms fieldsCompared fieldsAgreed agreementRate }\n  }\n}"): typeof import('./graphql.js').AgreementReportTabDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportBatches { batches(perPage: 200, sortField: createdAt, sortOrder: DESC) { items { id code } } }"): typeof import('./graphql.js').ReportBatchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportCsv($report: ReportName!, $filter: ReportFilter, $byDay: Boolean!, $level: AreaLevel!) {\n  reportCsv(report: $report, filter: $filter, byDay: $byDay, level: $level)\n}"): typeof import('./graphql.js').ReportCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment UserRef on User { id displayName }"): typeof import('./graphql.js').UserRefFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BatchRow on Batch {\n  id code provinceCode district commune status createdAt handedOverAt spotCheckEvery spotCheckPercent spotCheckSeed spotCheckMode\n  progress { forms awaitingKeyings onePassKeyed inReview autoVerified verified }\n}"): typeof import('./graphql.js').BatchRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BatchDetail on Batch { template { id code name version } }"): typeof import('./graphql.js').BatchDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FormRow on Form {\n  id formNumber status imageRef createdAt updatedAt verifiedAt batch { id code } task { id status discrepancyCount }\n}"): typeof import('./graphql.js').FormRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FormDetail on Form {\n  fields { field { key labelVi labelEn type } value1 value2 finalValue discrepancyId maskedDifference { kind editDistance first { cells { text change } changedAt } second { cells { text change } changedAt } } } verifiedRecord { id } task { kind note escalated }\n}"): typeof import('./graphql.js').FormDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment KeyingRow on Keying {\n  id pass keyerCode stationCode keystrokes fieldsKeyed errorCount startedAt submittedAt createdAt form { id formNumber batch { id code } }\n}"): typeof import('./graphql.js').KeyingRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment KeyingDetail on Keying { values { key value illegible } }"): typeof import('./graphql.js').KeyingDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DiscrepancyRow on Discrepancy {\n  id fieldKey kind value1 value2 value3 note finalValue editDistance outcome createdAt resolvedAt relatedValue\n  maskedDifference { kind editDistance first { cells { text change } changedAt } second { cells { text change } changedAt } }\n  field { key labelVi labelEn type } form { id formNumber batch { id code } } task { id status } relatedForm { id formNumber batch { id code } }\n}"): typeof import('./graphql.js').DiscrepancyRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TaskRow on CorrectionTask {\n  id kind status escalated note discrepancyCount createdAt claimedAt leaseUntil resolvedAt\n  claimedBy { ...UserRef } resolvedBy { ...UserRef } form { id formNumber status } batch { id code }\n}"): typeof import('./graphql.js').TaskRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TaskDetail on CorrectionTask {\n  discrepancies { id fieldKey kind value1 value2 value3 note finalValue outcome field { key labelVi labelEn type } relatedForm { id formNumber batch { id code } } relatedValue maskedDifference { kind editDistance first { cells { text change } changedAt } second { cells { text change } changedAt } } }\n  comments { id text createdAt author { id displayName } }\n}"): typeof import('./graphql.js').TaskDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RecordRow on VerifiedRecord {\n  id automatic verifiedAt reviewerRef verifiedBy { ...UserRef } form { id formNumber } batch { id code }\n}"): typeof import('./graphql.js').RecordRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RecordDetail on VerifiedRecord {\n  values { key value illegible source } batch { template { fields { key labelVi labelEn } } }\n}"): typeof import('./graphql.js').RecordDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AuditRow on AuditEvent { id at actor action entityType entityId data }"): typeof import('./graphql.js').AuditRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment UserRow on User { id username displayName role keyerCode active createdAt mustChangePassword oneTimePasswordExpiresAt hasPassword team { id code name } }"): typeof import('./graphql.js').UserRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TeamRow on Team { id code name provinceCode batchIds createdAt }"): typeof import('./graphql.js').TeamRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ApiKeyRow on ApiKey { id name prefix scopes role createdAt lastUsedAt revokedAt }"): typeof import('./graphql.js').ApiKeyRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ApiKeyDetail on ApiKey { createdBy { ...UserRef } }"): typeof import('./graphql.js').ApiKeyDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchList($page: Int!, $perPage: Int!, $sortField: BatchSortField!, $sortOrder: SortOrder!, $filter: BatchFilter, $detail: Boolean!) {\n  rows: batches(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...BatchRow ...BatchDetail @include(if: $detail) } }\n}"): typeof import('./graphql.js').BatchListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchOne($id: ID!) { row: batch(id: $id) { ...BatchRow ...BatchDetail } }"): typeof import('./graphql.js').BatchOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BatchCreate($input: CreateBatchInput!) { row: createBatch(input: $input) { ...BatchRow } }"): typeof import('./graphql.js').BatchCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FormList($page: Int!, $perPage: Int!, $sortField: FormSortField!, $sortOrder: SortOrder!, $filter: FormFilter, $detail: Boolean!) {\n  rows: forms(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...FormRow ...FormDetail @include(if: $detail) } }\n}"): typeof import('./graphql.js').FormListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FormOne($id: ID!) { row: form(id: $id) { ...FormRow ...FormDetail } }"): typeof import('./graphql.js').FormOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeyingList($page: Int!, $perPage: Int!, $sortField: KeyingSortField!, $sortOrder: SortOrder!, $filter: KeyingFilter, $detail: Boolean!) {\n  rows: keyings(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...KeyingRow ...KeyingDetail @include(if: $detail) } }\n}"): typeof import('./graphql.js').KeyingListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeyingOne($id: ID!) { row: keying(id: $id) { ...KeyingRow ...KeyingDetail } }"): typeof import('./graphql.js').KeyingOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DiscrepancyList($page: Int!, $perPage: Int!, $sortField: DiscrepancySortField!, $sortOrder: SortOrder!, $filter: DiscrepancyFilter) {\n  rows: discrepancies(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...DiscrepancyRow } }\n}"): typeof import('./graphql.js').DiscrepancyListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DiscrepancyOne($id: ID!) { row: discrepancy(id: $id) { ...DiscrepancyRow } }"): typeof import('./graphql.js').DiscrepancyOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TaskList($page: Int!, $perPage: Int!, $sortField: CorrectionTaskSortField!, $sortOrder: SortOrder!, $filter: CorrectionTaskFilter, $detail: Boolean!) {\n  rows: correctionTasks(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...TaskRow ...TaskDetail @include(if: $detail) } }\n}"): typeof import('./graphql.js').TaskListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TaskOne($id: ID!) { row: correctionTask(id: $id) { ...TaskRow ...TaskDetail } }"): typeof import('./graphql.js').TaskOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RecordList($page: Int!, $perPage: Int!, $sortField: VerifiedRecordSortField!, $sortOrder: SortOrder!, $filter: VerifiedRecordFilter, $detail: Boolean!) {\n  rows: verifiedRecords(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...RecordRow ...RecordDetail @include(if: $detail) } }\n}"): typeof import('./graphql.js').RecordListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RecordOne($id: ID!) { row: verifiedRecord(id: $id) { ...RecordRow ...RecordDetail } }"): typeof import('./graphql.js').RecordOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditList($page: Int!, $perPage: Int!, $sortField: AuditEventSortField!, $sortOrder: SortOrder!, $filter: AuditEventFilter) {\n  rows: auditEvents(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...AuditRow } }\n}"): typeof import('./graphql.js').AuditListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditOne($id: ID!) { row: auditEvent(id: $id) { ...AuditRow } }"): typeof import('./graphql.js').AuditOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UserList($page: Int!, $perPage: Int!, $sortField: UserSortField!, $sortOrder: SortOrder!, $filter: UserFilter) {\n  rows: users(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...UserRow } }\n}"): typeof import('./graphql.js').UserListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UserOne($id: ID!) { row: user(id: $id) { ...UserRow } }"): typeof import('./graphql.js').UserOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UserCreate($input: CreateUserInput!) { row: createUser(input: $input) { ...UserRow } }"): typeof import('./graphql.js').UserCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UserUpdate($id: ID!, $input: UpdateUserInput!) { row: updateUser(id: $id, input: $input) { ...UserRow } }"): typeof import('./graphql.js').UserUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamList($page: Int!, $perPage: Int!, $sortField: TeamSortField!, $sortOrder: SortOrder!, $filter: TeamFilter) {\n  rows: teams(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...TeamRow } }\n}"): typeof import('./graphql.js').TeamListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamCreate($input: CreateTeamInput!) { row: createTeam(input: $input) { ...TeamRow } }"): typeof import('./graphql.js').TeamCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamUpdate($id: ID!, $input: UpdateTeamInput!) { row: updateTeam(id: $id, input: $input) { ...TeamRow } }"): typeof import('./graphql.js').TeamUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiKeyList($page: Int!, $perPage: Int!, $sortField: ApiKeySortField!, $sortOrder: SortOrder!, $filter: ApiKeyFilter, $detail: Boolean!) {\n  rows: apiKeys(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total totalIsEstimate items { ...ApiKeyRow ...ApiKeyDetail @include(if: $detail) } }\n}"): typeof import('./graphql.js').ApiKeyListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApiKeyCreate($input: CreateApiKeyInput!) { row: createApiKey(input: $input) { key apiKey { ...ApiKeyRow } } }"): typeof import('./graphql.js').ApiKeyCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UserSetTeam($userId: ID!, $teamId: ID) { row: setUserTeam(userId: $userId, teamId: $teamId) { ...UserRow } }"): typeof import('./graphql.js').UserSetTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReopenResolution($id: ID!, $reason: String) { reopenTask(id: $id, reason: $reason) { id status claimedBy { id } } }"): typeof import('./graphql.js').ReopenResolutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RecentResolutions($me: ID!) {\n  correctionTasks(filter: { status: RESOLVED, resolvedById: $me }, perPage: 10, sortField: resolvedAt, sortOrder: DESC) {\n    total\n    items { id resolvedAt canReopen discrepancyCount form { id formNumber } batch { id code } }\n  }\n}"): typeof import('./graphql.js').RecentResolutionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TaskReopenable($id: ID!) { correctionTask(id: $id) { id canReopen resolvedBy { id } } }"): typeof import('./graphql.js').TaskReopenableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CommentFields on TaskComment { id text createdAt author { id username displayName } }"): typeof import('./graphql.js').CommentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimNext($batchId: ID) {\n  task: claimNextTask(batchId: $batchId) {\n    id kind status note escalated leaseUntil form { id }\n    discrepancies { id fieldKey kind value1 value2 value3 note suggestions relatedForm { id formNumber batch { id code } } relatedValue }\n    comments { ...CommentFields }\n  }\n}"): typeof import('./graphql.js').ClaimNextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewForm($id: ID!) {\n  form(id: $id) { id formNumber imageRef batch { id code } fields { field { ...FieldLabels } value1 value2 finalValue discrepancyId } }\n}"): typeof import('./graphql.js').ReviewFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HeldTask($me: ID!) {\n  correctionTasks(filter: { status: CLAIMED, claimedById: $me }, perPage: 1, sortField: id, sortOrder: ASC) { items { id } }\n}"): typeof import('./graphql.js').HeldTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Release($id: ID!, $setAside: Boolean) { releaseTask(id: $id, setAside: $setAside) { id status } }"): typeof import('./graphql.js').ReleaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Resolve($id: ID!, $resolutions: [ResolutionInput!]!, $overrideReason: String) {\n  resolveTask(id: $id, resolutions: $resolutions, overrideReason: $overrideReason) { id status resolvedAt }\n}"): typeof import('./graphql.js').ResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResolutionWarnings($id: ID!, $resolutions: [ResolutionInput!]!) {\n  resolutionWarnings(id: $id, resolutions: $resolutions) { field kind check message }\n}"): typeof import('./graphql.js').ResolutionWarningsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpotCheckWarnings($id: ID!, $corrections: [FieldCorrectionInput!]!) {\n  spotCheckWarnings(id: $id, corrections: $corrections) { field kind check message }\n}"): typeof import('./graphql.js').SpotCheckWarningsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Escalate($id: ID!, $comment: String!) { escalateTask(id: $id, comment: $comment) { id status escalated } }"): typeof import('./graphql.js').EscalateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Rekey($id: ID!, $comment: String) { requestRekey(id: $id, comment: $comment) { id status } }"): typeof import('./graphql.js').RekeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Reject($taskId: ID!, $reason: String!) { rejectForm(taskId: $taskId, reason: $reason) { id status } }"): typeof import('./graphql.js').RejectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Comment($taskId: ID!, $text: String!) { addTaskComment(taskId: $taskId, text: $text) { ...CommentFields } }"): typeof import('./graphql.js').CommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpotCheck($id: ID!, $corrections: [FieldCorrectionInput!]!, $overrideReason: String) {\n  resolveSpotCheck(id: $id, corrections: $corrections, overrideReason: $overrideReason) { id status discrepancyCount }\n}"): typeof import('./graphql.js').SpotCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Import($csv: String!) {\n  importUsers(csv: $csv) {\n    created skipped failed\n    problems { line field reason }\n    skippedAccounts { line username }\n    accounts { id line username displayName role keyerCode oneTimePassword }\n    oneTimePasswordsExpireAt\n  }\n}"): typeof import('./graphql.js').ImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetActive($id: ID!, $active: Boolean!) { setUserActive(id: $id, active: $active) { id active } }"): typeof import('./graphql.js').SetActiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Reset($id: ID!) { resetPassword(id: $id) { oneTimePassword expiresAt user { id mustChangePassword hasPassword } } }"): typeof import('./graphql.js').ResetDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
