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
    "mutation AccountsTeamsCreateTeam($i:CreateTeamInput!){ createTeam(input:$i){ id code } }": typeof types.AccountsTeamsCreateTeamDocument,
    "mutation AccountsTeamsUpdateUser($id:ID!,$i:UpdateUserInput!){ updateUser(id:$id, input:$i){ id team { code } } }": typeof types.AccountsTeamsUpdateUserDocument,
    "mutation AccountsTeamsImportUsers($csv:String!){ importUsers(csv:$csv){ created skipped failed accounts { line username team } problems { line field reason } } }": typeof types.AccountsTeamsImportUsersDocument,
    "query AccountsTeamsUser($id:ID!){ user(id:$id){ team { code } } }": typeof types.AccountsTeamsUserDocument,
    "query AccountsTeamsUsers { users(perPage: 200){ items { id username } } }": typeof types.AccountsTeamsUsersDocument,
    "query AccountsTeamsTeams { teams { items { id code } } }": typeof types.AccountsTeamsTeamsDocument,
    "query AccountsTeamsUser2($id:ID!){ user(id:$id){ displayName } }": typeof types.AccountsTeamsUser2Document,
    "query AccountsTeamsUsers2($t:ID!){ users(perPage: 200, filter: { teamId: $t }){ items { username } } }": typeof types.AccountsTeamsUsers2Document,
    "query AccountsTeamsAuditEvents($id:ID!){ auditEvents(perPage: 20, filter: { action: \"user.update\", entityType: \"user\", entityId: $id }){ items { data } } }": typeof types.AccountsTeamsAuditEventsDocument,
    "mutation AccountsLogin($u:String!,$p:String!){ login(username:$u,password:$p){ token mustChangePassword user { id username role } } }": typeof types.AccountsLoginDocument,
    "mutation AccountsCreateUser($i:CreateUserInput!){ createUser(input:$i){ id username displayName role keyerCode mustChangePassword hasPassword } }": typeof types.AccountsCreateUserDocument,
    "mutation AccountsUpdateUser($id:ID!,$i:UpdateUserInput!){ updateUser(id:$id,input:$i){ id displayName role keyerCode } }": typeof types.AccountsUpdateUserDocument,
    "mutation AccountsSetUserActive($id:ID!,$a:Boolean!){ setUserActive(id:$id,active:$a){ id active } }": typeof types.AccountsSetUserActiveDocument,
    "mutation AccountsResetPassword($id:ID!){ resetPassword(id:$id){ oneTimePassword expiresAt user { id mustChangePassword hasPassword } } }": typeof types.AccountsResetPasswordDocument,
    "mutation AccountsChangePassword($o:String!,$n:String!){ changePassword(oldPassword:$o,newPassword:$n){ token mustChangePassword user { username } } }": typeof types.AccountsChangePasswordDocument,
    "mutation AccountsLogout{ logout }": typeof types.AccountsLogoutDocument,
    "query Batches { batches { total } }": typeof types.BatchesDocument,
    "query AccountsMe { me { username mustChangePassword } }": typeof types.AccountsMeDocument,
    "mutation AccountsImportUsers($csv:String!){ importUsers(csv:$csv){ created skipped failed oneTimePasswordsExpireAt accounts { line id username displayName role keyerCode oneTimePassword } skippedAccounts { line username } problems { line field reason } } }": typeof types.AccountsImportUsersDocument,
    "query AccountsCorrectionTasks { correctionTasks { total } }": typeof types.AccountsCorrectionTasksDocument,
    "mutation AccountsClaimNextTask{ claimNextTask { id } }": typeof types.AccountsClaimNextTaskDocument,
    "query AccountsUsers { users(filter:{ role: KEYER }, perPage: 100){ items { id keyerCode hasPassword } } }": typeof types.AccountsUsersDocument,
    "mutation AccountsCreateApiKey{ createApiKey(input:{ name: \"reports\", scopes: [REPORTS_READ] }){ key } }": typeof types.AccountsCreateApiKeyDocument,
    "query AccountsUsers2 { users(filter:{ role: KEYER }, perPage: 100){ items { id keyerCode } } }": typeof types.AccountsUsers2Document,
    "query AccountsUsers3 { users(filter:{ role: CONSUMER }, perPage: 100){ total } }": typeof types.AccountsUsers3Document,
    "mutation AccountsCreatePersonalKey{ createApiKey(input:{ name: \"records\", scopes: [RECORDS_READ_PERSONAL] }){ key } }": typeof types.AccountsCreatePersonalKeyDocument,
    "query AccountsRecordsByKey { verifiedRecords(perPage: 1) { total } }": typeof types.AccountsRecordsByKeyDocument,
    "query AccountsUserOtp($id: ID!) { users(filter: { ids: [$id] }) { items { mustChangePassword oneTimePasswordExpiresAt } } }": typeof types.AccountsUserOtpDocument,
    "query AccountsMyOtp { me { username oneTimePasswordExpiresAt } }": typeof types.AccountsMyOtpDocument,
    "query AdmissionRecords { verifiedRecords(perPage: 5) { total items { id } } }": typeof types.AdmissionRecordsDocument,
    "query AdmissionTrivial { __typename }": typeof types.AdmissionTrivialDocument,
    "mutation AdmissionLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token } }": typeof types.AdmissionLoginDocument,
    "query AggregateFoldAreaReport { areaReport(level: ALL){ items { forms } } }": typeof types.AggregateFoldAreaReportDocument,
    "mutation AgreedErrorsClaimNextTask($b:ID){ claimNextTask(batchId:$b){ id form { id } discrepancies { id fieldKey kind value1 value2 note suggestions } } }": typeof types.AgreedErrorsClaimNextTaskDocument,
    "query AgreedErrorsForm($f:ID!){ form(id:$f){ discrepancies { fieldKey kind value1 note suggestions } } }": typeof types.AgreedErrorsFormDocument,
    "mutation AgreedErrorsResolveTask($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ status form { discrepancies { fieldKey outcome } } } }": typeof types.AgreedErrorsResolveTaskDocument,
    "query AgreedErrorsKeyerReport { keyerReport(perPage:10, sortField:keyerCode, sortOrder:ASC){ items { keyerCode fieldErrors errorKinds { kind errors } } } }": typeof types.AgreedErrorsKeyerReportDocument,
    "query AgreedErrorsForm2($f:ID!){ form(id:$f){ verifiedRecord { values { key value } } } }": typeof types.AgreedErrorsForm2Document,
    "mutation Login($u:String!,$p:String!){ login(username:$u,password:$p){ token } }": typeof types.LoginDocument,
    "query AtRestVerifiedRecords($c:String!){ verifiedRecords(filter:{citizenId:$c}){ total items { id values { key value } } } }": typeof types.AtRestVerifiedRecordsDocument,
    "query AtRestVerifiedRecords2($id:ID!){ verifiedRecords(filter:{ids:[$id]}){ items { values { key value } } } }": typeof types.AtRestVerifiedRecords2Document,
    "query AtRestAuditEvents { auditEvents(filter:{action:\"records.read\"}){ total } }": typeof types.AtRestAuditEventsDocument,
    "query Typename { __typename }": typeof types.TypenameDocument,
    "mutation AuditChainSetSpotCheckPolicy{ setSpotCheckPolicy(batchId: \"1\", policy: { every: 5 }){ id } }": typeof types.AuditChainSetSpotCheckPolicyDocument,
    "mutation AuditChainCreateApiKey($n:String!){ createApiKey(input:{ name: $n, scopes: [REPORTS_READ] }){ key } }": typeof types.AuditChainCreateApiKeyDocument,
    "query AuthCacheMe { me { username role } }": typeof types.AuthCacheMeDocument,
    "mutation AuthCacheSetActive($id:ID!,$a:Boolean!){ setUserActive(id:$id,active:$a){ id active } }": typeof types.AuthCacheSetActiveDocument,
    "mutation AuthCacheUpdate($id:ID!,$i:UpdateUserInput!){ updateUser(id:$id,input:$i){ id role } }": typeof types.AuthCacheUpdateDocument,
    "mutation BatchCodesCreateBatch($i:CreateBatchInput!){ createBatch(input:$i){ id code } }": typeof types.BatchCodesCreateBatchDocument,
    "mutation BatchCodesExportBatch($b:ID!){ exportBatch(batchId:$b){ directory } }": typeof types.BatchCodesExportBatchDocument,
    "mutation CrashSubmitKeyings($k:[KeyingInput!]!){ submitKeyings(keyings:$k){ idempotencyKey status keyingId code } }": typeof types.CrashSubmitKeyingsDocument,
    "mutation ClaimNextTask{ claimNextTask { id discrepancies { id } } }": typeof types.ClaimNextTaskDocument,
    "mutation ResolveTask($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status } }": typeof types.ResolveTaskDocument,
    "mutation CrashCreateBatch($i:CreateBatchInput!){ createBatch(input:$i){ id } }": typeof types.CrashCreateBatchDocument,
    "query EndpointHardeningForms($f:FormFilter){ forms(filter:$f){ total } }": typeof types.EndpointHardeningFormsDocument,
    "query Me { me { id } }": typeof types.MeDocument,
    "query Me2 { me { username } }": typeof types.Me2Document,
    "mutation FinalChecksClaimNextTask($b:ID){ claimNextTask(batchId:$b){ id kind discrepancies { id fieldKey value1 value2 value3 } } }": typeof types.FinalChecksClaimNextTaskDocument,
    "mutation FinalChecksResolveTask($id:ID!,$r:[ResolutionInput!]!,$why:String){ resolveTask(id:$id,resolutions:$r,overrideReason:$why){ id status form { status } } }": typeof types.FinalChecksResolveTaskDocument,
    "query ResolutionWarnings($id:ID!,$r:[ResolutionInput!]!){ resolutionWarnings(id:$id, resolutions:$r){ field kind check message } }": typeof types.ResolutionWarningsDocument,
    "mutation FinalChecksResolveSpotCheck($id:ID!,$c:[FieldCorrectionInput!]!,$why:String){ resolveSpotCheck(id:$id,corrections:$c,overrideReason:$why){ id status } }": typeof types.FinalChecksResolveSpotCheckDocument,
    "query FinalChecksSpotCheckWarnings($id:ID!,$c:[FieldCorrectionInput!]!){ spotCheckWarnings(id:$id, corrections:$c){ field kind check message } }": typeof types.FinalChecksSpotCheckWarningsDocument,
    "mutation FinalChecksRequestRekey($id:ID!){ requestRekey(id:$id){ status } }": typeof types.FinalChecksRequestRekeyDocument,
    "query FinalChecksAuditEvents($id:ID!){ auditEvents(filter:{ entityType:\"task\", entityId:$id, action:\"task.rekeyed\" }){ items { data } } }": typeof types.FinalChecksAuditEventsDocument,
    "query FinalChecksForms($b:ID!){ forms(filter:{ batchId:$b }){ items { formNumber verifiedRecord { values { key value } } } } }": typeof types.FinalChecksFormsDocument,
    "mutation FuzzSubmitKeyings($k:[KeyingInput!]!){ submitKeyings(keyings:$k){ index status keyingId code message problems { field reason } } }": typeof types.FuzzSubmitKeyingsDocument,
    "mutation CreateUser($i:CreateUserInput!){ createUser(input:$i){ id } }": typeof types.CreateUserDocument,
    "query HostileBatches($s:String!){ r: batches(filter:{ code: $s }){ total } }": typeof types.HostileBatchesDocument,
    "query HostileBatches2($s:String!){ r: batches(filter:{ provinceCode: $s }){ total } }": typeof types.HostileBatches2Document,
    "query HostileBatches3($s:ID!){ r: batches(filter:{ ids: [$s] }){ total } }": typeof types.HostileBatches3Document,
    "query HostileForms($s:String!){ r: forms(filter:{ formNumber: $s }){ total } }": typeof types.HostileFormsDocument,
    "query HostileForms2($s:ID!){ r: forms(filter:{ batchId: $s }){ total } }": typeof types.HostileForms2Document,
    "query HostileKeyings($s:String!){ r: keyings(filter:{ keyerCode: $s }){ total } }": typeof types.HostileKeyingsDocument,
    "query HostileDiscrepancies($s:String!){ r: discrepancies(filter:{ fieldKey: $s }){ total } }": typeof types.HostileDiscrepanciesDocument,
    "query HostileVerifiedRecords($s:ID!){ r: verifiedRecords(filter:{ formId: $s }){ total } }": typeof types.HostileVerifiedRecordsDocument,
    "query HostileAuditEvents($s:String!){ r: auditEvents(filter:{ entityType: $s }){ total } }": typeof types.HostileAuditEventsDocument,
    "query HostileAuditEvents2($s:String!){ r: auditEvents(filter:{ action: $s }){ total } }": typeof types.HostileAuditEvents2Document,
    "query HostileUsers($s:ID!){ r: users(filter:{ ids: [$s] }){ total } }": typeof types.HostileUsersDocument,
    "query HostileTemplate($s:String!){ r: template(code: $s){ code } }": typeof types.HostileTemplateDocument,
    "query HostileBatches4($ids:[ID!]!){ batches(filter:{ ids: $ids }){ total } }": typeof types.HostileBatches4Document,
    "mutation HostileCreateBatch2{ createBatch(input:{ code:\"HB2\", provinceCode:\"001\", district:\"a\", commune:\"b\" }){ id } }": typeof types.HostileCreateBatch2Document,
    "mutation HostileCreateBatch3{ createBatch(input:{ code:\"HB3\", provinceCode:\"001\", district:\"a\", commune:\"b\" }){ id } }": typeof types.HostileCreateBatch3Document,
    "query HostileForms3 { forms(perPage: 100000){ total } }": typeof types.HostileForms3Document,
    "query HostileForms4 { forms(perPage: 201){ total } }": typeof types.HostileForms4Document,
    "query HostileForms5 { forms(page: 2147483647){ total } }": typeof types.HostileForms5Document,
    "mutation HostileResolveTask($r:[ResolutionInput!]!){ resolveTask(id: \"1\", resolutions: $r){ id } }": typeof types.HostileResolveTaskDocument,
    "query HouseholdsForm($f:ID!){ form(id:$f){ id formNumber status discrepancies { id fieldKey kind note value1 relatedValue relatedForm { id formNumber } resolvedAt } } }": typeof types.HouseholdsFormDocument,
    "mutation HouseholdsClaim($b:ID){ claimNextTask(batchId:$b){ id form { id formNumber } discrepancies { id fieldKey kind note value1 relatedValue relatedForm { id formNumber } } } }": typeof types.HouseholdsClaimDocument,
    "mutation HouseholdsResolve($id:ID!,$r:[ResolutionInput!]!,$why:String){ resolveTask(id:$id,resolutions:$r,overrideReason:$why){ status form { status } } }": typeof types.HouseholdsResolveDocument,
    "query HouseholdsWarnings($id:ID!,$r:[ResolutionInput!]!){ resolutionWarnings(id:$id,resolutions:$r){ field kind check message } }": typeof types.HouseholdsWarningsDocument,
    "query HouseholdsBatch($id:ID!){ batch(id:$id){ status } }": typeof types.HouseholdsBatchDocument,
    "query HouseholdsRecord($f:ID!){ form(id:$f){ verifiedRecord { automatic values { key value } } } }": typeof types.HouseholdsRecordDocument,
    "mutation HouseholdsExport($b:ID!){ exportBatch(batchId:$b){ recordCount } }": typeof types.HouseholdsExportDocument,
    "query IndependenceForm($id:ID!){ form(id:$id){ status task { id } verifiedRecord { id } keyings { pass keyerCode submittedBy } } }": typeof types.IndependenceFormDocument,
    "query IndependenceKeyings { keyings(perPage:1){ total } verifiedRecords(perPage:1){ total } }": typeof types.IndependenceKeyingsDocument,
    "query IndependenceAuditEvents { auditEvents(perPage: 200, filter: { action: \"keyings.ingest\" }){ items { actor data } } }": typeof types.IndependenceAuditEventsDocument,
    "mutation IndependenceCreateApiKey($n:String!){ createApiKey(input:{ name: $n, scopes: [KEYINGS_SUBMIT] }){ key } }": typeof types.IndependenceCreateApiKeyDocument,
    "mutation IndependenceRegisterClerks{ registerClerks(clerks: [{ keyerCode: \"KT999\", displayName: \"Nguyễn Thị Chín\" }]){ created existing } }": typeof types.IndependenceRegisterClerksDocument,
    "mutation IndependenceClaimNextTask{ claimNextTask { id form { formNumber } } }": typeof types.IndependenceClaimNextTaskDocument,
    "mutation RequestRekey($id:ID!){ requestRekey(id:$id){ status } }": typeof types.RequestRekeyDocument,
    "mutation IndependenceCreateUser($i:CreateUserInput!){ createUser(input:$i){ id role keyerCode } }": typeof types.IndependenceCreateUserDocument,
    "mutation IndependenceRegisterClerks2($c:[ClerkInput!]!){ registerClerks(clerks:$c){ created existing } }": typeof types.IndependenceRegisterClerks2Document,
    "query IndependenceAuditEvents2 { auditEvents(perPage: 1, filter: { action: \"clerks.register\" }){ total } created: auditEvents(perPage: 1, filter: { action: \"user.create\" }){ total } }": typeof types.IndependenceAuditEvents2Document,
    "query IndependenceUsers { users(perPage: 200, filter: { role: KEYER }){ items { username keyerCode } } }": typeof types.IndependenceUsersDocument,
    "mutation IndependenceLogin{ login(username: \"kr01\", password: \"\") { token } }": typeof types.IndependenceLoginDocument,
    "query IngestForms { forms(perPage:1){ total } keyings(perPage:1){ total } correctionTasks(perPage:1){ total } verifiedRecords(perPage:1){ total } discrepancies(perPage:1){ total } }": typeof types.IngestFormsDocument,
    "query IngestForm($id:ID!){ form(id:$id){ status verifiedAt task { id } keyings { pass keyerCode values { key value } } verifiedRecord { automatic values { key value source } } } }": typeof types.IngestFormDocument,
    "query IngestForm2($id:ID!){ form(id:$id){ status task { status discrepancyCount } discrepancies { fieldKey value1 value2 kind editDistance outcome } } }": typeof types.IngestForm2Document,
    "query IngestBatchStatus($id:ID!){ batch(id:$id){ status } }": typeof types.IngestBatchStatusDocument,
    "query IngestKeyings { keyings(filter:{keyerCode:\"KT7\"}){ total } }": typeof types.IngestKeyingsDocument,
    "query IngestForms2 { forms(filter:{formNumber:\"V1\"}){ total } }": typeof types.IngestForms2Document,
    "query IngestForm3($id:ID!){ form(id:$id){ keyings { values { key value illegible } } discrepancies { fieldKey kind } } }": typeof types.IngestForm3Document,
    "mutation KeyingStationClaim($b:ID){ claimNextKeying(batchId:$b){ id batchId batchCode formNumber claimedAt leaseUntil scanUrl scanType fields { key type required allowed } } }": typeof types.KeyingStationClaimDocument,
    "mutation KeyingStationSave($id:ID!,$k:LeasedKeyingInput!){ saveLeasedKeying(id:$id, keying:$k){ status } }": typeof types.KeyingStationSaveDocument,
    "mutation KeyingStationSaveNext($id:ID!,$k:LeasedKeyingInput!,$b:ID){ saveLeasedKeying(id:$id, keying:$k, next:true, batchId:$b){ status next { id formNumber } } }": typeof types.KeyingStationSaveNextDocument,
    "query KeyingStationFigures{ myKeyingFigures { keyedToday keyedThisWeek medianSecondsThisWeek reviewedForms fieldsReviewed fieldErrors errorRate } }": typeof types.KeyingStationFiguresDocument,
    "mutation KeyingStationLogin($u:String!,$p:String!){ login(username:$u,password:$p){ token } }": typeof types.KeyingStationLoginDocument,
    "mutation KeyingStationClaimTask($b:ID){ claimNextTask(batchId:$b){ id form { formNumber imageRef } discrepancies { id fieldKey } } }": typeof types.KeyingStationClaimTaskDocument,
    "mutation KeyingStationResolve($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status form { status } } }": typeof types.KeyingStationResolveDocument,
    "query KeyingStationBatch($id:ID!){ batch(id:$id){ status } }": typeof types.KeyingStationBatchDocument,
    "query PlanTaskTotal($f: CorrectionTaskFilter) { correctionTasks(filter: $f, perPage: 5) { total totalIsEstimate hasNextPage } }": typeof types.PlanTaskTotalDocument,
    "query ManagerViewsForm($n:String!){ forms(filter:{formNumber:$n}){ items { id task { id discrepancyCount }\n  discrepancies { id fieldKey kind value1 value2 editDistance maskedDifference { kind editDistance first { cells { text change } changedAt } second { cells { text change } changedAt } } }\n  fields { field { key } value1 value2 discrepancyId maskedDifference { kind editDistance first { cells { text change } changedAt } second { cells { text change } changedAt } } } } } }": typeof types.ManagerViewsFormDocument,
    "query ManagerViewsDiscrepancy($id:ID!){ discrepancy(id:$id){ fieldKey value1 value2 editDistance maskedDifference { kind editDistance first { cells { text change } changedAt } second { cells { text change } changedAt } } } }": typeof types.ManagerViewsDiscrepancyDocument,
    "query ManagerViewsKeyers($f:ReportFilter,$d:Boolean){ keyerReport(filter:$f, byDay:$d, perPage:50, sortField:keyerCode, sortOrder:ASC){ items { keyerCode day fieldErrors errorRate pendingFields } } }": typeof types.ManagerViewsKeyersDocument,
    "query ManagerViewsAreas($l:AreaLevel!,$f:ReportFilter,$d:Boolean){ areaReport(level:$l, filter:$f, byDay:$d, perPage:50){ items { batchCode errors errorRate openTasks pendingFields } } }": typeof types.ManagerViewsAreasDocument,
    "query ManagerViewsFields($f:ReportFilter){ fieldReport(filter:$f, perPage:200, sortField:fieldKey, sortOrder:ASC){ items { fieldKey errors pendingFields } } }": typeof types.ManagerViewsFieldsDocument,
    "query ManagerViewsKeyersPlain { keyerReport(perPage:50, sortField:keyerCode, sortOrder:ASC){ items { keyerCode errorRate } } }": typeof types.ManagerViewsKeyersPlainDocument,
    "query ManagerViewsKeyersFragment { keyerReport(perPage:50, sortField:keyerCode, sortOrder:ASC){ items { keyerCode ...Waiting } } } fragment Waiting on KeyerReportRow { waiting: pendingFields }": typeof types.ManagerViewsKeyersFragmentDocument,
    "query ManagerViewsOutOfControl { outOfControlKeyers(perPage:10){ items { keyerCode pendingFields } } }": typeof types.ManagerViewsOutOfControlDocument,
    "query ManagerViewsReviewers { reviewerReport(perPage:50){ items { reviewerId reviewerName tasksResolved } } }": typeof types.ManagerViewsReviewersDocument,
    "mutation ManagerViewsClaim($b:ID){ claimNextTask(batchId:$b){ id discrepancies { id } } }": typeof types.ManagerViewsClaimDocument,
    "mutation ManagerViewsResolve($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status } }": typeof types.ManagerViewsResolveDocument,
    "mutation ManagerViewsCreateKey{ createApiKey(input:{ name: \"reports\", scopes: [REPORTS_READ] }){ key } }": typeof types.ManagerViewsCreateKeyDocument,
    "mutation MutationAuditClaimNextTask($b:ID){ claimNextTask(batchId:$b){ id form { id } discrepancies { id } } }": typeof types.MutationAuditClaimNextTaskDocument,
    "mutation MutationAuditResolveTask($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id } }": typeof types.MutationAuditResolveTaskDocument,
    "mutation MutationAuditRejectForm($id:ID!){ rejectForm(taskId:$id, reason:\"unreadable\"){ id } }": typeof types.MutationAuditRejectFormDocument,
    "mutation ExportBatch($b:ID!){ exportBatch(batchId:$b){ recordCount } }": typeof types.ExportBatchDocument,
    "mutation MutationAuditCreateTeam($i:CreateTeamInput!){ createTeam(input:$i){ id } }": typeof types.MutationAuditCreateTeamDocument,
    "mutation MutationAuditClaimNextKeying($b:ID){ claimNextKeying(batchId:$b){ id } }": typeof types.MutationAuditClaimNextKeyingDocument,
    "mutation MutationAuditCreateApiKey{ createApiKey(input:{ name: \"to revoke\", scopes: [REPORTS_READ] }){ apiKey { id } } }": typeof types.MutationAuditCreateApiKeyDocument,
    "mutation CreateApiKey($i:CreateApiKeyInput!){ createApiKey(input:$i){ key } }": typeof types.CreateApiKeyDocument,
    "query PermissionsVerifiedRecords { verifiedRecords(perPage: 5){ total items { id values { key value } } } }": typeof types.PermissionsVerifiedRecordsDocument,
    "query WalkToKeyings { verifiedRecords { items { form { formNumber keyings { pass } } } } }": typeof types.WalkToKeyingsDocument,
    "query WalkToDiscrepancies { verifiedRecords { items { form { formNumber discrepancies { id } } } } }": typeof types.WalkToDiscrepanciesDocument,
    "query WalkToTask { verifiedRecords { items { form { formNumber task { id } } } } }": typeof types.WalkToTaskDocument,
    "query WalkToFields { verifiedRecords { items { form { formNumber fields { value1 } } } } }": typeof types.WalkToFieldsDocument,
    "query PermissionsVerifiedRecords2 { verifiedRecords { items { form { formNumber } batch { code } verifiedBy { displayName } } } }": typeof types.PermissionsVerifiedRecords2Document,
    "mutation PermissionsCreateApiKey{ createApiKey(input:{ name: \"to revoke\", scopes: [REPORTS_READ] }){ key apiKey { id } } }": typeof types.PermissionsCreateApiKeyDocument,
    "mutation PermissionsRevokeApiKey($id:ID!){ revokeApiKey(id:$id){ revokedAt } }": typeof types.PermissionsRevokeApiKeyDocument,
    "query QueriesForms($n:Int!){ forms(perPage:$n, sortField:id, sortOrder:ASC){ total items { id formNumber batch { code } keyings { pass keyerCode values { key value } } discrepancies { fieldKey kind } task { status } verifiedRecord { values { key source } } fields { field { key } value1 value2 discrepancyId } } } }": typeof types.QueriesFormsDocument,
    "query QueriesForms2($p:Int!){ forms(page:$p, perPage:8, sortField:status, sortOrder:ASC){ total page perPage items { id status } } }": typeof types.QueriesForms2Document,
    "query QueriesForms3 { forms(perPage:3, sortField:id, sortOrder:DESC){ items { formNumber } } }": typeof types.QueriesForms3Document,
    "query QueriesBatches { batches(filter:{provinceCode:\"079\"}){ total items { code progress { forms autoVerified inReview } } } }": typeof types.QueriesBatchesDocument,
    "query QueriesBatches2 { batches(filter:{code:\"Q1\"}){ items { id } } }": typeof types.QueriesBatches2Document,
    "query QueriesForms4($b:ID!){ forms(filter:{batchId:$b, status:IN_REVIEW}){ total } correctionTasks(filter:{batchId:$b, status:OPEN}){ total } discrepancies(filter:{batchId:$b, fieldKey:\"fullName\", kind:DIACRITIC, resolved:false}){ total } }": typeof types.QueriesForms4Document,
    "query QueriesKeyings { keyings(filter:{keyerCode:\"KT3\", pass:2}){ total } }": typeof types.QueriesKeyingsDocument,
    "query VerifiedRecords { verifiedRecords(filter:{automatic:true}){ total } }": typeof types.VerifiedRecordsDocument,
    "query QueriesForms5 { forms(perPage:1000){ total } }": typeof types.QueriesForms5Document,
    "query QueriesForms6 { forms(page:0){ total } }": typeof types.QueriesForms6Document,
    "query QueriesForm { form(id:\"abc\"){ id } }": typeof types.QueriesFormDocument,
    "query QueriesForm2 { form(id:\"999999\"){ id } }": typeof types.QueriesForm2Document,
    "query QueriesForms7 { forms { total } }": typeof types.QueriesForms7Document,
    "query VerifiedRecords2 { verifiedRecords { total } }": typeof types.VerifiedRecords2Document,
    "query QueriesUsers { users { total } }": typeof types.QueriesUsersDocument,
    "mutation QueriesLogin{ login(username:\"admin\", password:\"wrong password here\"){ token } }": typeof types.QueriesLoginDocument,
    "mutation QueriesLogin2{ login(username:\"nobody\", password:\"wrong password here\"){ token } }": typeof types.QueriesLogin2Document,
    "mutation ReopenClaim($b:ID){ claimNextTask(batchId:$b){ id form { id formNumber } discrepancies { id fieldKey value1 value2 } } }": typeof types.ReopenClaimDocument,
    "mutation ReopenResolve($id:ID!,$r:[ResolutionInput!]!,$why:String){ resolveTask(id:$id,resolutions:$r,overrideReason:$why){ id status form { status } } }": typeof types.ReopenResolveDocument,
    "mutation ReopenTask($id:ID!,$why:String){ reopenTask(id:$id,reason:$why){ id status resolvedAt resolvedBy { username } claimedBy { username } leaseUntil canReopen form { id status verifiedRecord { version values { key value source } } } discrepancies { fieldKey outcome finalValue resolvedAt } } }": typeof types.ReopenTaskDocument,
    "query ReopenTaskView($id:ID!){ correctionTask(id:$id){ id status canReopen resolvedBy { username } } }": typeof types.ReopenTaskViewDocument,
    "query ReopenBatch($id:ID!){ batch(id:$id){ status } }": typeof types.ReopenBatchDocument,
    "mutation ReopenExport($b:ID!){ exportBatch(batchId:$b){ recordCount } }": typeof types.ReopenExportDocument,
    "mutation ReopenUnlockBatch($b:ID!){ reopenBatch(batchId:$b, reason:\"a late correction\"){ status } }": typeof types.ReopenUnlockBatchDocument,
    "query ReopenMine($f:CorrectionTaskFilter){ correctionTasks(filter:$f, sortField: resolvedAt, sortOrder: DESC){ items { id canReopen form { formNumber } } } }": typeof types.ReopenMineDocument,
    "query ReopenWarnings($id:ID!,$r:[ResolutionInput!]!){ resolutionWarnings(id:$id,resolutions:$r){ field kind check message } }": typeof types.ReopenWarningsDocument,
    "query ReopenMe{ me { id } }": typeof types.ReopenMeDocument,
    "mutation ReplicaClaimNextTask{ claimNextTask { id status claimedBy { username } form { id status } discrepancies { id fieldKey } } }": typeof types.ReplicaClaimNextTaskDocument,
    "mutation ReplicaResolveTask($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status form { id status verifiedRecord { id } } } }": typeof types.ReplicaResolveTaskDocument,
    "query ReplicaCorrectionTask($t:ID!,$f:ID!){ correctionTask(id:$t){ status claimedBy { username } } form(id:$f){ status verifiedRecord { id } } }": typeof types.ReplicaCorrectionTaskDocument,
    "query ReplicaVerifiedRecords{ verifiedRecords(perPage:200){ total items { id form { formNumber } } } }": typeof types.ReplicaVerifiedRecordsDocument,
    "query ReplicaSync($after:String){ verifiedRecords(sortField:sync, sortOrder:ASC, first:50, after:$after){ items { id } endCursor hasNextPage } }": typeof types.ReplicaSyncDocument,
    "query ReplicaAreaReport{ areaReport(level: ALL){ items { forms } } }": typeof types.ReplicaAreaReportDocument,
    "query ReportsKeyerReport($f:ReportFilter,$d:Boolean,$s:KeyerReportSortField,$o:SortOrder){ keyerReport(filter:$f, byDay:$d, perPage:200, sortField:$s, sortOrder:$o){ total items {\n  keyerCode day forms keyings fieldsKeyed keystrokes fieldErrors errorRate errorRateLow errorRateHigh errorsPerThousandKeystrokes medianSecondsPerForm\n  errorKinds { kind errors } populationRate upperControlLimit outOfControl zScore } } }": typeof types.ReportsKeyerReportDocument,
    "query ReportsFieldReport($f:ReportFilter){ fieldReport(filter:$f, perPage:200){ total items { fieldKey keyed errors errorRate errorRateLow errorRateHigh compared discrepancies discrepancyRate } } }": typeof types.ReportsFieldReportDocument,
    "query ReportsAreaReport($l:AreaLevel!,$f:ReportFilter){ areaReport(level:$l, filter:$f, perPage:200, sortField:provinceCode, sortOrder:ASC){ total items {\n  level batchCode batchStatus district provinceCode forms compared autoVerified toReview reviewVerified spotChecked spotCorrected rejected done progress\n  discrepancyRate fieldsCompared fieldDiscrepancyRate agreementRate fieldsKeyed errors errorRate openTasks oldestOpenTaskAt oldestOpenTaskAgeSeconds } } }": typeof types.ReportsAreaReportDocument,
    "query ReportsReviewerReport { reviewerReport(sortField:reviewerId, sortOrder:ASC){ items { reviewerId tasksResolved reviewTasks spotChecks spotCorrections rejected escalated fieldsResolved\n  agreedFirst agreedSecond agreedBoth agreedNeither agreedFirstRate agreedSecondRate agreedNeitherRate medianSecondsToResolve p90SecondsToResolve } } }": typeof types.ReportsReviewerReportDocument,
    "mutation ReportsClaimNextTask($b:ID){ claimNextTask(batchId:$b){ id kind form { formNumber } discrepancies { id fieldKey } } }": typeof types.ReportsClaimNextTaskDocument,
    "mutation ReportsRejectForm($id:ID!){ rejectForm(taskId:$id, reason:\"Ảnh mờ\"){ status } }": typeof types.ReportsRejectFormDocument,
    "query ReportsForms { forms(filter:{formNumber:\"A5\"}){ items { id } } }": typeof types.ReportsFormsDocument,
    "mutation ReportsRescanForm($id:ID!){ rescanForm(id:$id, imageRef:\"/scans/A5-v2.svg\"){ status } }": typeof types.ReportsRescanFormDocument,
    "mutation ReportsEscalateTask($id:ID!){ escalateTask(id:$id, comment:\"Nhiều lỗi\"){ status } }": typeof types.ReportsEscalateTaskDocument,
    "mutation ReportsResolveSpotCheck($id:ID!){ resolveSpotCheck(id:$id){ status } }": typeof types.ReportsResolveSpotCheckDocument,
    "query ReportsKeyerReport2 { keyerReport(perPage:2){ total items { keyerCode } } }": typeof types.ReportsKeyerReport2Document,
    "query ReportsOutOfControlKeyers { outOfControlKeyers { total populationRate keyersChecked items { keyerCode errorRate upperControlLimit zScore } } }": typeof types.ReportsOutOfControlKeyersDocument,
    "query ReportsOutOfControlKeyers2($b:ID!){ outOfControlKeyers(filter:{batchId:$b}){ total keyersChecked } }": typeof types.ReportsOutOfControlKeyers2Document,
    "query ReportsAgreementReport { agreementReport { total overall { forms fieldsCompared fieldsAgreed agreementRate } items { keyerA keyerB forms fieldsCompared fieldsAgreed agreementRate } } }": typeof types.ReportsAgreementReportDocument,
    "query ReportCsv($report: ReportName!, $level: AreaLevel, $filter: ReportFilter, $byDay: Boolean) {\n  reportCsv(report: $report, level: $level, filter: $filter, byDay: $byDay)\n}": typeof types.ReportCsvDocument,
    "query ReportsKeyerReport3 { keyerReport { total } }": typeof types.ReportsKeyerReport3Document,
    "query ReportsReportCsv { reportCsv(report:FIELDS) }": typeof types.ReportsReportCsvDocument,
    "query ReportsAreaReport2 { areaReport { total } }": typeof types.ReportsAreaReport2Document,
    "query ReportsAreaReport3 { areaReport(level:ALL) { total } }": typeof types.ReportsAreaReport3Document,
    "mutation ReviewClaimNextTask($b:ID){ claimNextTask(batchId:$b){ id status leaseUntil claimedBy { username } form { id formNumber } discrepancies { id fieldKey value1 value2 } } }": typeof types.ReviewClaimNextTaskDocument,
    "mutation ReviewResolveTask($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status resolvedAt resolvedBy { username } form { id status verifiedRecord { automatic values { key value source } } discrepancies { fieldKey finalValue outcome } } } }": typeof types.ReviewResolveTaskDocument,
    "mutation ReviewReleaseTask($id:ID!){ releaseTask(id:$id){ id status claimedBy { username } } }": typeof types.ReviewReleaseTaskDocument,
    "query TaskAndForm($id:ID!, $formId:ID!){ correctionTask(id:$id){ status } form(id:$formId){ status verifiedRecord { id } } }": typeof types.TaskAndFormDocument,
    "mutation ReviewReleaseKeep($id:ID!){ releaseTask(id:$id, setAside:false){ id status } }": typeof types.ReviewReleaseKeepDocument,
    "query ReviewBatches { batches(filter:{code:\"R2\"}){ items { id } } }": typeof types.ReviewBatchesDocument,
    "query ReviewForms { forms(filter:{status:VERIFIED}){ total } correctionTasks(filter:{status:RESOLVED}){ total } verifiedRecords{ total } }": typeof types.ReviewFormsDocument,
    "mutation ReviewClaimNextTask2{ claimNextTask { id discrepancies { id fieldKey kind value1 value2 note } } }": typeof types.ReviewClaimNextTask2Document,
    "mutation ReviewClaimNextTask3{ claimNextTask { id discrepancies { id fieldKey note } } }": typeof types.ReviewClaimNextTask3Document,
    "query ReviewCorrectionTask($id:ID!){ correctionTask(id:$id){ status } }": typeof types.ReviewCorrectionTaskDocument,
    "mutation ResolveWithBlankReason($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r,overrideReason:\"  \"){ id } }": typeof types.ResolveWithBlankReasonDocument,
    "mutation ResolveWithReason($id:ID!,$r:[ResolutionInput!]!,$why:String){ resolveTask(id:$id,resolutions:$r,overrideReason:$why){ id status resolvedAt resolvedBy { username } form { id status verifiedRecord { automatic values { key value source } } discrepancies { fieldKey finalValue outcome } } } }": typeof types.ResolveWithReasonDocument,
    "query ReviewAuditEvents($id:ID!){ auditEvents(filter:{ entityType:\"task\", entityId:$id }, perPage:20){ items { action data } } }": typeof types.ReviewAuditEventsDocument,
    "mutation ScansClaimNextTask($b:ID){ claimNextTask(batchId:$b){ id form { formNumber imageRef } } }": typeof types.ScansClaimNextTaskDocument,
    "query ScansAuditEvents { auditEvents(filter:{action:\"scans.read\"}){ total } }": typeof types.ScansAuditEventsDocument,
    "mutation SecurityCreateApiKey($i:CreateApiKeyInput!){ createApiKey(input:$i){ key apiKey { id name prefix scopes role createdAt revokedAt lastUsedAt createdBy { username } } } }": typeof types.SecurityCreateApiKeyDocument,
    "query SecurityApiKeys { apiKeys(filter:{ revoked: false }){ total items { id prefix scopes role lastUsedAt } } }": typeof types.SecurityApiKeysDocument,
    "query SecurityApiKeys2($id:ID!){ apiKeys(filter:{ ids: [$id] }){ items { lastUsedAt } } }": typeof types.SecurityApiKeys2Document,
    "query SecurityBatches { batches { items { code } } templates { code } }": typeof types.SecurityBatchesDocument,
    "query SecurityForms { forms { items { batch { template { fields { key } } } } } }": typeof types.SecurityFormsDocument,
    "query SecurityUserType { __type(name: \"User\") { fields { name } } }": typeof types.SecurityUserTypeDocument,
    "query SecurityTemplates { templates { code } }": typeof types.SecurityTemplatesDocument,
    "mutation SideChannelsClaimNextTask{ claimNextTask { id form { formNumber } discrepancies { id } } }": typeof types.SideChannelsClaimNextTaskDocument,
    "query SideChannelsAuditEvents($a:String!){ auditEvents(filter:{action:$a}, perPage:200){ total items { actor entityType entityId data } } }": typeof types.SideChannelsAuditEventsDocument,
    "query SideChannelsVerifiedRecords($c:String!){ verifiedRecords(filter:{citizenId:$c}){ total } }": typeof types.SideChannelsVerifiedRecordsDocument,
    "query SideChannelsForms($c:String!){ forms(filter:{citizenId:$c}){ total } }": typeof types.SideChannelsFormsDocument,
    "query SideChannelsAuditEvents2 { auditEvents(perPage:200){ items { data } } }": typeof types.SideChannelsAuditEvents2Document,
    "query SideChannels_Schema { __schema { types { name inputFields { name } enumValues { name } } } }": typeof types.SideChannels_SchemaDocument,
    "query SideChannelsDiscrepancies { discrepancies(filter:{kind:RULE}, perPage:200){ items { id fieldKey note form { formNumber } } } }": typeof types.SideChannelsDiscrepanciesDocument,
    "query SideChannelsDiscrepancy($id:ID!){ discrepancy(id:$id){ note value1 } }": typeof types.SideChannelsDiscrepancyDocument,
    "query SideChannelsForms2 { forms(perPage:200){ items { id fields { value1 value2 finalValue } } } }": typeof types.SideChannelsForms2Document,
    "query SideChannelsKeyings { keyings(perPage:200){ items { id values { key value } } } }": typeof types.SideChannelsKeyingsDocument,
    "query SideChannelsDiscrepancies2 { discrepancies(perPage:200){ items { id fieldKey value1 value2 value3 finalValue } } }": typeof types.SideChannelsDiscrepancies2Document,
    "query SideChannelsForm($id:ID!){ form(id:$id){ fields { value1 } keyings { values { value } } } }": typeof types.SideChannelsFormDocument,
    "query SideChannelsVerifiedRecords2 { verifiedRecords(perPage:200){ items { values { value } } } }": typeof types.SideChannelsVerifiedRecords2Document,
    "query SideChannelsForms3 { forms(filter:{formNumber:\"F2\"}){ items { fields { field { key } value1 } discrepancies { value1 } } } }": typeof types.SideChannelsForms3Document,
    "query SideChannelsVerifiedRecords3 { verifiedRecords(perPage:200){ items { automatic reviewerRef verifiedBy { username displayName } form { formNumber } } } }": typeof types.SideChannelsVerifiedRecords3Document,
    "mutation SpotChecks1($b:ID){ claimNextTask(batchId:$b){ id kind note form { id formNumber } discrepancies { id fieldKey } spotCheckFields } }": typeof types.SpotChecks1Document,
    "mutation SpotChecks2($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status } }": typeof types.SpotChecks2Document,
    "mutation SpotChecks3($id:ID!,$c:[FieldCorrectionInput!]!){ resolveSpotCheck(id:$id, corrections:$c){ status discrepancyCount } }": typeof types.SpotChecks3Document,
    "mutation SpotChecks4($b:ID!,$p:SpotCheckPolicyInput!){ setSpotCheckPolicy(batchId:$b, policy:$p){ spotCheckMode spotCheckPercent spotCheckSeed } }": typeof types.SpotChecks4Document,
    "query SpotChecks5($b:ID!){ correctionTasks(filter:{batchId:$b}, perPage:200, sortField:id, sortOrder:ASC){ items { id kind status note form { id formNumber } spotCheckFields } } }": typeof types.SpotChecks5Document,
    "query SpotChecks6($b:ID!){ batch(id:$b){ spotCheckMode spotCheckPercent } }": typeof types.SpotChecks6Document,
    "query SpotChecks7($b:ID!){ auditEvents(filter:{action:\"batch.spotcheck\", entityType:\"batch\", entityId:$b}){ items { data } } }": typeof types.SpotChecks7Document,
    "query SpotChecks8($b:ID!){ auditEvents(filter:{action:\"batch.spotcheck\", entityId:$b}, sortField:id, sortOrder:DESC, perPage:1){ items { data } } }": typeof types.SpotChecks8Document,
    "query SpotChecks9($b:ID!){ batch(id:$b){ status } }": typeof types.SpotChecks9Document,
    "mutation SpotChecks10($id:ID!){ requestRekey(id:$id){ status } }": typeof types.SpotChecks10Document,
    "query SpotChecks11($id:ID!){ form(id:$id){ status task { kind status } tasks { kind status note spotCheckFields } keyings { pass errorCount } fields { field { key } value1 } } }": typeof types.SpotChecks11Document,
    "query SpotChecks12{ auditEvents(filter:{action:\"spotcheck.draw\"}){ items { entityType data } } }": typeof types.SpotChecks12Document,
    "query SpotChecks13($b:ID!){ batch(id:$b){ status } }": typeof types.SpotChecks13Document,
    "mutation SyncCreateApiKey($n:String!,$s:[ApiKeyScope!]!){ createApiKey(input:{ name:$n, scopes:$s }){ key } }": typeof types.SyncCreateApiKeyDocument,
    "query SyncPage($after:String,$first:Int!){ verifiedRecords(sortField:sync, sortOrder:ASC, first:$first, after:$after){ items { id version form { formNumber } values { key value } valueMap } endCursor hasNextPage page perPage } }": typeof types.SyncPageDocument,
    "query SyncAllRecords{ verifiedRecords(perPage:200, sortField:id, sortOrder:ASC){ total items { id version } } }": typeof types.SyncAllRecordsDocument,
    "query SyncListsWithoutTotal {\n  batches(perPage:5){ items { id } } forms(perPage:5){ items { id } } keyings(perPage:5){ items { id } }\n  discrepancies(perPage:5){ items { id } } correctionTasks(perPage:5){ items { id } } verifiedRecords(perPage:5){ items { id } hasNextPage endCursor }\n  users(perPage:5){ items { id } } auditEvents(perPage:5){ items { id } } apiKeys(perPage:5){ items { id } } teams(perPage:5){ items { id } }\n}": typeof types.SyncListsWithoutTotalDocument,
    "query SyncRecordsTotal($f:VerifiedRecordFilter){ verifiedRecords(perPage:5, filter:$f){ total totalIsEstimate items { id } } }": typeof types.SyncRecordsTotalDocument,
    "mutation SyncClaim($b:ID){ claimNextTask(batchId:$b){ id kind form { id formNumber } discrepancies { id fieldKey relatedValue } } }": typeof types.SyncClaimDocument,
    "mutation SyncResolve($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ status } }": typeof types.SyncResolveDocument,
    "mutation SyncSpotCheck($id:ID!,$c:[FieldCorrectionInput!]!){ resolveSpotCheck(id:$id, corrections:$c){ status } }": typeof types.SyncSpotCheckDocument,
    "mutation SyncPolicy($b:ID!,$p:SpotCheckPolicyInput!){ setSpotCheckPolicy(batchId:$b, policy:$p){ id } }": typeof types.SyncPolicyDocument,
    "query SyncRecordOf($f:ID!){ form(id:$f){ verifiedRecord { id version } } }": typeof types.SyncRecordOfDocument,
    "query SyncAuditEvents{ auditEvents(filter:{ action:\"records.read\" }, perPage:200){ total items { actor data } } }": typeof types.SyncAuditEventsDocument,
    "query SyncHeadForm { forms(filter:{ formNumber:\"1\" }, perPage:50){ items { id batch { code } } } }": typeof types.SyncHeadFormDocument,
    "query SyncFormsByCursor($after:String){ forms(sortField:updatedAt, sortOrder:DESC, first:7, after:$after){ items { id } endCursor hasNextPage } }": typeof types.SyncFormsByCursorDocument,
    "query SyncFormsByPage{ forms(sortField:updatedAt, sortOrder:DESC, perPage:200){ total items { id } } }": typeof types.SyncFormsByPageDocument,
    "query SyncKeyingsByCursor($after:String){ keyings(sortField:keyerCode, sortOrder:ASC, first:50, after:$after){ items { id keyerCode } endCursor hasNextPage } }": typeof types.SyncKeyingsByCursorDocument,
    "query SyncFormCursor{ forms(first:1){ endCursor } }": typeof types.SyncFormCursorDocument,
    "query SyncOtherOrder($a:String){ verifiedRecords(sortField:verifiedAt, first:2, after:$a){ items { id } } }": typeof types.SyncOtherOrderDocument,
    "query SyncBackwards{ verifiedRecords(sortField:sync, sortOrder:DESC, first:2){ items { id } } }": typeof types.SyncBackwardsDocument,
    "query SyncPageAndCursor($a:String){ verifiedRecords(page:2, sortField:sync, sortOrder:ASC, after:$a){ items { id } } }": typeof types.SyncPageAndCursorDocument,
    "query SyncTasksByDate{ correctionTasks(sortField:createdAt, first:5){ items { id } } }": typeof types.SyncTasksByDateDocument,
    "query SyncTooMany{ verifiedRecords(first:1001){ items { id } } }": typeof types.SyncTooManyDocument,
    "query SyncCostly{ verifiedRecords(first:1000){ items { id version automatic verifiedAt reviewerRef values { key value source illegible } form { id formNumber status } batch { id code provinceCode district commune status } } } }": typeof types.SyncCostlyDocument,
    "mutation TeamsCreateTeam($i:CreateTeamInput!){ createTeam(input:$i){ id code provinceCode batchIds } }": typeof types.TeamsCreateTeamDocument,
    "mutation TeamsUpdateTeam($id:ID!,$i:UpdateTeamInput!){ updateTeam(id:$id,input:$i){ id code name provinceCode batchIds } }": typeof types.TeamsUpdateTeamDocument,
    "mutation TeamsSetUserTeam($u:ID!,$t:ID){ setUserTeam(userId:$u,teamId:$t){ id team { code } } }": typeof types.TeamsSetUserTeamDocument,
    "mutation TeamsCreateUser($i:CreateUserInput!){ createUser(input:$i){ id username team { code provinceCode } } }": typeof types.TeamsCreateUserDocument,
    "mutation TeamsClaimNextTask($b:ID){ claimNextTask(batchId:$b){ id batch { code provinceCode } discrepancies { id } } }": typeof types.TeamsClaimNextTaskDocument,
    "mutation TeamsRelease($id:ID!){ releaseTask(id:$id){ id } }": typeof types.TeamsReleaseDocument,
    "query TeamsBatches { batches(perPage:200){ items { provinceCode } } }": typeof types.TeamsBatchesDocument,
    "query TeamsBatch($id:ID!){ batch(id:$id){ provinceCode } }": typeof types.TeamsBatchDocument,
    "query TeamsForms { forms(perPage:200){ items { batch { provinceCode } } } }": typeof types.TeamsFormsDocument,
    "query TeamsForm($id:ID!){ form(id:$id){ batch { provinceCode } } }": typeof types.TeamsFormDocument,
    "query TeamsKeyings { keyings(perPage:200){ items { form { batch { provinceCode } } } } }": typeof types.TeamsKeyingsDocument,
    "query TeamsKeying($id:ID!){ keying(id:$id){ form { batch { provinceCode } } } }": typeof types.TeamsKeyingDocument,
    "query TeamsDiscrepancies { discrepancies(perPage:200){ items { form { batch { provinceCode } } } } }": typeof types.TeamsDiscrepanciesDocument,
    "query TeamsDiscrepancy($id:ID!){ discrepancy(id:$id){ form { batch { provinceCode } } } }": typeof types.TeamsDiscrepancyDocument,
    "query TeamsCorrectionTasks { correctionTasks(perPage:200){ items { batch { provinceCode } } } }": typeof types.TeamsCorrectionTasksDocument,
    "query TeamsCorrectionTask($id:ID!){ correctionTask(id:$id){ batch { provinceCode } } }": typeof types.TeamsCorrectionTaskDocument,
    "query TeamsVerifiedRecords { verifiedRecords(perPage:200){ items { batch { provinceCode } } } }": typeof types.TeamsVerifiedRecordsDocument,
    "query TeamsVerifiedRecord($id:ID!){ verifiedRecord(id:$id){ batch { provinceCode } } }": typeof types.TeamsVerifiedRecordDocument,
    "query TeamsKeyerReport($f:ReportFilter){ keyerReport(filter:$f, perPage:200, sortField:keyerCode, sortOrder:ASC){ total items { keyerCode forms fieldsKeyed fieldErrors } } }": typeof types.TeamsKeyerReportDocument,
    "query TeamsFieldReport($f:ReportFilter){ fieldReport(filter:$f, perPage:200, sortField:fieldKey, sortOrder:ASC){ total items { fieldKey discrepancies } } }": typeof types.TeamsFieldReportDocument,
    "query TeamsAreaReport($f:ReportFilter){ areaReport(level:BATCH, filter:$f, perPage:200, sortField:batchCode, sortOrder:ASC){ total items { batchCode provinceCode forms openTasks } } }": typeof types.TeamsAreaReportDocument,
    "query TeamsReviewerReport($f:ReportFilter){ reviewerReport(filter:$f, perPage:200){ total items { reviewerId tasksResolved } } }": typeof types.TeamsReviewerReportDocument,
    "query TeamsAgreementReport($f:ReportFilter){ agreementReport(filter:$f, perPage:200, sortField:forms, sortOrder:DESC){ total overall { forms fieldsCompared } items { keyerA keyerB forms } } }": typeof types.TeamsAgreementReportDocument,
    "query TeamsOutOfControlKeyers($f:ReportFilter){ outOfControlKeyers(filter:$f, perPage:200){ total keyersChecked items { keyerCode } } }": typeof types.TeamsOutOfControlKeyersDocument,
    "query TeamsReportCsv($f:ReportFilter){ reportCsv(report:AREAS, filter:$f) }": typeof types.TeamsReportCsvDocument,
    "query TeamsResolutionWarnings($id:ID!){ resolutionWarnings(id:$id, resolutions:[]){ field message } }": typeof types.TeamsResolutionWarningsDocument,
    "query TeamsSpotCheckWarnings($id:ID!){ spotCheckWarnings(id:$id){ field message } }": typeof types.TeamsSpotCheckWarningsDocument,
    "query TeamsBatches2 {\n      batches(perPage:200){ items { id provinceCode } }\n      forms(perPage:200){ items { id batch { provinceCode } } }\n      keyings(perPage:200){ items { id form { batch { provinceCode } } } }\n      discrepancies(perPage:200){ items { id form { batch { provinceCode } } } }\n      correctionTasks(perPage:200){ items { id batch { provinceCode } } }\n      verifiedRecords(perPage:200){ items { id batch { provinceCode } } }\n    }": typeof types.TeamsBatches2Document,
    "query TeamsAreaReport2 { areaReport(level:PROVINCE, perPage:200){ items { provinceCode forms } } }": typeof types.TeamsAreaReport2Document,
    "query TeamsAreaReport3 { areaReport(level:PROVINCE, perPage:200){ items { provinceCode } } }": typeof types.TeamsAreaReport3Document,
    "query TeamsForms2($b:ID){ forms(filter:{ batchId:$b }){ total } }": typeof types.TeamsForms2Document,
    "query TeamsForms3($b:ID){ forms(filter:{ batchId:$b }){ total } keyings(filter:{ keyerCode:\"KH1\" }){ total items { form { batch { code } } } } }": typeof types.TeamsForms3Document,
    "query TeamsCorrectionTasks2 { correctionTasks(perPage:200, filter:{ status: OPEN }){ items { id batch { provinceCode } } } }": typeof types.TeamsCorrectionTasks2Document,
    "mutation TeamsEscalate($id:ID!){ escalateTask(id:$id, comment:\"x\"){ id } }": typeof types.TeamsEscalateDocument,
    "mutation TeamsRekey($id:ID!){ requestRekey(id:$id){ id } }": typeof types.TeamsRekeyDocument,
    "mutation TeamsReject($id:ID!){ rejectForm(taskId:$id, reason:\"x\"){ id } }": typeof types.TeamsRejectDocument,
    "mutation TeamsSpot($id:ID!){ resolveSpotCheck(id:$id, corrections:[]){ id } }": typeof types.TeamsSpotDocument,
    "query TeamsMe { me { id team { code provinceCode } } }": typeof types.TeamsMeDocument,
    "query TeamsForm2($id:ID!){ form(id:$id){ id } }": typeof types.TeamsForm2Document,
    "query TeamsAuditEvents { auditEvents(perPage:200, sortOrder:ASC){ items { action entityType entityId data } } }": typeof types.TeamsAuditEventsDocument,
    "mutation WorkflowClaimNextTask($b:ID){ claimNextTask(batchId:$b){ id kind status escalated note form { id formNumber } discrepancies { id fieldKey value1 value2 value3 } comments { text author { username } } } }": typeof types.WorkflowClaimNextTaskDocument,
    "mutation WorkflowResolveTask($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status form { id status verifiedRecord { values { key value source } } discrepancies { fieldKey finalValue outcome } } } }": typeof types.WorkflowResolveTaskDocument,
    "query WorkflowForm($id:ID!){ form(id:$id){ status task { id status escalated note } keyings { pass keyerCode fieldsKeyed errorCount } discrepancies { fieldKey value3 outcome finalValue } verifiedRecord { values { key value source } } } }": typeof types.WorkflowFormDocument,
    "mutation WorkflowEscalateTask($id:ID!){ escalateTask(id:$id, comment:\"  \"){ id } }": typeof types.WorkflowEscalateTaskDocument,
    "mutation WorkflowEscalateTask2($id:ID!){ escalateTask(id:$id, comment:\"Chữ ký khó đọc, nhờ trưởng nhóm xem\"){ status escalated } }": typeof types.WorkflowEscalateTask2Document,
    "mutation WorkflowReleaseTask($id:ID!){ releaseTask(id:$id){ status } }": typeof types.WorkflowReleaseTaskDocument,
    "mutation WorkflowAddTaskComment($id:ID!,$t:String!){ addTaskComment(taskId:$id, text:$t){ id } }": typeof types.WorkflowAddTaskCommentDocument,
    "query WorkflowCorrectionTask($id:ID!){ correctionTask(id:$id){ comments { text } } }": typeof types.WorkflowCorrectionTaskDocument,
    "mutation WorkflowRequestRekey($id:ID!){ requestRekey(id:$id){ status claimedBy { id } } }": typeof types.WorkflowRequestRekeyDocument,
    "mutation WorkflowRejectForm($id:ID!){ rejectForm(taskId:$id, reason:\"\"){ id } }": typeof types.WorkflowRejectFormDocument,
    "mutation WorkflowRejectForm2($id:ID!){ rejectForm(taskId:$id, reason:\"Ảnh quét bị mờ\"){ status note form { status } } }": typeof types.WorkflowRejectForm2Document,
    "mutation WorkflowRescanForm($id:ID!){ rescanForm(id:$id, imageRef:\"/scans/W/E4-v2.svg\"){ status } }": typeof types.WorkflowRescanFormDocument,
    "mutation WorkflowRescanForm2($id:ID!){ rescanForm(id:$id, imageRef:\"/scans/W/E4-v2.svg\"){ status imageRef task { status } } }": typeof types.WorkflowRescanForm2Document,
    "mutation WorkflowReleaseTask2($id:ID!){ releaseTask(id:$id){ id } }": typeof types.WorkflowReleaseTask2Document,
    "mutation WorkflowEscalateTask3($id:ID!){ escalateTask(id:$id, comment:\"?\"){ id } }": typeof types.WorkflowEscalateTask3Document,
    "mutation WorkflowEscalateTask4($id:ID!){ escalateTask(id:$id, comment:\"again\"){ id } }": typeof types.WorkflowEscalateTask4Document,
    "query WorkflowCorrectionTasks($b:ID!){ correctionTasks(filter:{batchId:$b}, sortField:id, sortOrder:ASC){ items { kind status note form { formNumber } } } }": typeof types.WorkflowCorrectionTasksDocument,
    "mutation WorkflowResolveSpotCheck($id:ID!){ resolveSpotCheck(id:$id, corrections:[{fieldKey:\"citizenId\", value:\"123\"}]){ id } }": typeof types.WorkflowResolveSpotCheckDocument,
    "mutation WorkflowResolveSpotCheck2($id:ID!){ resolveSpotCheck(id:$id, corrections:[{fieldKey:\"fullName\", value:\"Nguyễn Văn Ấn\"}, {fieldKey:\"sex\", value:\"nam\"}]){ status discrepancyCount } }": typeof types.WorkflowResolveSpotCheck2Document,
    "mutation WorkflowResolveSpotCheck3($id:ID!){ resolveSpotCheck(id:$id){ status discrepancyCount } }": typeof types.WorkflowResolveSpotCheck3Document,
    "mutation WorkflowSetSpotCheckPolicy($b:ID!){ setSpotCheckPolicy(batchId:$b, policy:{percent:50, seed:42}){ spotCheckEvery spotCheckPercent spotCheckSeed } }": typeof types.WorkflowSetSpotCheckPolicyDocument,
    "mutation WorkflowSetSpotCheckPolicy2($b:ID!){ setSpotCheckPolicy(batchId:$b, policy:{percent:5, every:3}){ id } }": typeof types.WorkflowSetSpotCheckPolicy2Document,
    "query WorkflowCorrectionTasks2($b:ID!){ correctionTasks(filter:{batchId:$b, status:OPEN}, perPage:100){ total items { note } } }": typeof types.WorkflowCorrectionTasks2Document,
    "query WorkflowBatch($b:ID!){ batch(id:$b){ status } }": typeof types.WorkflowBatchDocument,
    "mutation WorkflowExportBatch($b:ID!){ exportBatch(batchId:$b){ batch recordCount rejectedForms templateCode templateVersion exportedBy exportedAt manifestSha256 directory files { name bytes sha256 } } }": typeof types.WorkflowExportBatchDocument,
    "mutation WorkflowReopenBatch($b:ID!){ reopenBatch(batchId:$b, reason:\" \"){ status } }": typeof types.WorkflowReopenBatchDocument,
    "mutation WorkflowReopenBatch2($b:ID!){ reopenBatch(batchId:$b, reason:\"x\"){ status } }": typeof types.WorkflowReopenBatch2Document,
    "mutation WorkflowReopenBatch3($b:ID!){ reopenBatch(batchId:$b, reason:\"Sửa địa chỉ theo yêu cầu của xã\"){ status handedOverAt } }": typeof types.WorkflowReopenBatch3Document,
    "query WorkflowAuditEvents($b:ID!){ auditEvents(filter:{entityType:\"batch\", entityId:$b}, perPage:50, sortOrder:ASC){ items { action actor data } } }": typeof types.WorkflowAuditEventsDocument,
    "query WorkflowEventsOf($a:String!,$id:ID!){ auditEvents(filter:{action:$a, entityId:$id}){ items { actor entityType entityId data } } }": typeof types.WorkflowEventsOfDocument,
    "query WorkflowFormRecord($id:ID!){ form(id:$id){ verifiedRecord { id } } }": typeof types.WorkflowFormRecordDocument,
    "query WorkflowAuditEvents2 { auditEvents(filter:{action:\"task.resolve\"}, perPage:1, sortOrder:ASC){ items { actor entityType entityId data } } }": typeof types.WorkflowAuditEvents2Document,
    "query WorkflowAuditEvents3 { auditEvents(perPage:200){ items { action } } }": typeof types.WorkflowAuditEvents3Document,
    "query WorkflowAuditEvents4 { auditEvents { total } }": typeof types.WorkflowAuditEvents4Document,
    "query AccountsMe2 { me { id username mustChangePassword team { code } } }": typeof types.AccountsMe2Document,
    "query AccountsUser($id: ID!) { user(id: $id) { mustChangePassword team { code } } }": typeof types.AccountsUserDocument,
    "mutation AccountsLogin2($u: String!, $p: String!) { login(username: $u, password: $p) { mustChangePassword } }": typeof types.AccountsLogin2Document,
    "query DashboardCorrectionTasks($me: ID!) {\n  correctionTasks(filter: { status: CLAIMED, claimedById: $me }, perPage: 5) {\n    items { id status form { id formNumber status imageRef batch { code } } discrepancies { id fieldKey value1 value2 } }\n  }\n}": typeof types.DashboardCorrectionTasksDocument,
    "query DashboardTaskState($id: ID!) { correctionTask(id: $id) { status } }": typeof types.DashboardTaskStateDocument,
    "query DashboardCorrectionTask($id: ID!) { correctionTask(id: $id) { status form { status } } }": typeof types.DashboardCorrectionTaskDocument,
    "mutation DashboardResolveTask($id: ID!, $res: [ResolutionInput!]!, $why: String) { resolveTask(id: $id, resolutions: $res, overrideReason: $why) { status } }": typeof types.DashboardResolveTaskDocument,
    "query DashboardForms { all: forms(perPage: 1) { total } verified: forms(filter: { status: VERIFIED }, perPage: 1) { total } auto: forms(filter: { status: AUTO_VERIFIED }, perPage: 1) { total } }": typeof types.DashboardFormsDocument,
    "query DashboardUsers { users { items { username } } }": typeof types.DashboardUsersDocument,
    "query DashboardAreaReport { areaReport(level: ALL) { total items { forms } } }": typeof types.DashboardAreaReportDocument,
    "mutation DashboardCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }": typeof types.DashboardCreateApiKeyDocument,
    "query DashboardVerifiedRecords { verifiedRecords(perPage: 1) { total } }": typeof types.DashboardVerifiedRecordsDocument,
    "query HouseholdHeldTasks($me: ID!) {\n  correctionTasks(filter: { status: CLAIMED, claimedById: $me }, perPage: 5) {\n    items { id form { id formNumber batch { code } } discrepancies { id fieldKey kind relatedForm { id formNumber batch { code } } relatedValue } }\n  }\n}": typeof types.HouseholdHeldTasksDocument,
    "query HouseholdOpenTasks($b: ID!) {\n  correctionTasks(filter: { batchId: $b, status: OPEN }, perPage: 10) { total }\n}": typeof types.HouseholdOpenTasksDocument,
    "query HouseholdDiscrepancies($b: ID!) {\n  discrepancies(filter: { batchId: $b, kind: CONSISTENCY }, perPage: 10) {\n    items { fieldKey kind form { formNumber } relatedForm { id formNumber batch { code } } relatedValue }\n  }\n}": typeof types.HouseholdDiscrepanciesDocument,
    "query HouseholdTask($id: ID!) { correctionTask(id: $id) { id status } }": typeof types.HouseholdTaskDocument,
    "query HouseholdForms($b: ID!) {\n  forms(filter: { batchId: $b }, sortField: id, sortOrder: ASC) { items { id formNumber status verifiedRecord { values { key value } } } }\n}": typeof types.HouseholdFormsDocument,
    "query HouseholdMe { me { id } }": typeof types.HouseholdMeDocument,
    "mutation HouseholdRegisterClerks{ registerClerks(clerks: [{ keyerCode: \"KT1\", displayName: \"Một\" }, { keyerCode: \"KT2\", displayName: \"Hai\" }]){ created } }": typeof types.HouseholdRegisterClerksDocument,
    "mutation KeyingBrowserClaimTask($b:ID){ claimNextTask(batchId:$b){ id form { formNumber } discrepancies { id fieldKey } } }": typeof types.KeyingBrowserClaimTaskDocument,
    "mutation KeyingBrowserResolve($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status } }": typeof types.KeyingBrowserResolveDocument,
    "query KeyingBrowserBatch($id:ID!){ batch(id:$id){ status progress { forms autoVerified verified inReview } } }": typeof types.KeyingBrowserBatchDocument,
    "query ManagerViewsBrowserDiscrepancies {\n  discrepancies(filter: { resolved: false }, perPage: 200) {\n    items { id fieldKey value1 value2 form { id } maskedDifference { first { cells { change } } } }\n  }\n}": typeof types.ManagerViewsBrowserDiscrepanciesDocument,
    "query ManagerViewsBrowserClear($id: ID!) { discrepancy(id: $id) { value1 value2 } }": typeof types.ManagerViewsBrowserClearDocument,
    "query UndoHeldTasks($me: ID!) {\n  correctionTasks(filter: { status: CLAIMED, claimedById: $me }, perPage: 5) { items { id form { id formNumber batch { code } } } }\n}": typeof types.UndoHeldTasksDocument,
    "query UndoBatchTasks($b: ID!) {\n  correctionTasks(filter: { batchId: $b }, sortField: id, sortOrder: ASC) { items { id status claimedBy { username } form { id formNumber verifiedRecord { values { key value source } } } } }\n}": typeof types.UndoBatchTasksDocument,
    "query UndoAudit($id: ID!) { auditEvents(filter: { entityType: \"task\", entityId: $id }, sortField: id, sortOrder: ASC, perPage: 50) { items { action data } } }": typeof types.UndoAuditDocument,
    "query UndoMe { me { id } }": typeof types.UndoMeDocument,
    "mutation UndoRegisterClerks{ registerClerks(clerks: [{ keyerCode: \"KT1\", displayName: \"Một\" }, { keyerCode: \"KT2\", displayName: \"Hai\" }]){ created } }": typeof types.UndoRegisterClerksDocument,
    "mutation WalkClaimTask { claimNextTask { id form { formNumber } batch { code } } }": typeof types.WalkClaimTaskDocument,
    "mutation WalkReleaseTask($id: ID!) { releaseTask(id: $id) { id } }": typeof types.WalkReleaseTaskDocument,
    "query WorkflowCorrectionTasks3($me: ID!) {\n  correctionTasks(filter: { status: CLAIMED, claimedById: $me }, perPage: 5) {\n    items { id kind status escalated form { id formNumber batch { code } } discrepancies { id fieldKey kind value1 } }\n  }\n}": typeof types.WorkflowCorrectionTasks3Document,
    "query WorkflowCorrectionTask2($id: ID!) {\n  correctionTask(id: $id) { id status escalated discrepancyCount comments { text author { username } } form { status verifiedRecord { values { key value source } } } }\n}": typeof types.WorkflowCorrectionTask2Document,
    "mutation WorkflowSetSpotCheckPolicy3($b: ID!) { setSpotCheckPolicy(batchId: $b, policy: { percent: 100, seed: 7 }) { spotCheckPercent spotCheckSeed } }": typeof types.WorkflowSetSpotCheckPolicy3Document,
    "mutation WorkflowRegisterClerks{ registerClerks(clerks: [{ keyerCode: \"KT1\", displayName: \"Một\" }, { keyerCode: \"KT2\", displayName: \"Hai\" }]){ created } }": typeof types.WorkflowRegisterClerksDocument,
    "mutation WorkflowRegisterClerksRef{ registerClerks(clerks: [{ keyerCode: \"KT1\", displayName: \"Một\" }, { keyerCode: \"KT2\", displayName: \"Hai\" }]){ created } }": typeof types.WorkflowRegisterClerksRefDocument,
    "query WorkflowReferenceForms($b: ID!) { forms(filter: { batchId: $b }, sortField: id, sortOrder: ASC) { items { formNumber status verifiedRecord { values { key value } } } } }": typeof types.WorkflowReferenceFormsDocument,
    "mutation UsersLogin($u:String!,$p:String!){ login(username:$u,password:$p){ token mustChangePassword user { username role displayName } } }": typeof types.UsersLoginDocument,
    "mutation SubmitKeyings($k:[KeyingInput!]!){ submitKeyings(keyings:$k){ index idempotencyKey status keyingId formId formStatus code message problems { field reason } } }": typeof types.SubmitKeyingsDocument,
    "mutation FixturesCreateBatch($i:CreateBatchInput!){ createBatch(input:$i){ id code status } }": typeof types.FixturesCreateBatchDocument,
};
const documents: Documents = {
    "mutation AccountsTeamsCreateTeam($i:CreateTeamInput!){ createTeam(input:$i){ id code } }": types.AccountsTeamsCreateTeamDocument,
    "mutation AccountsTeamsUpdateUser($id:ID!,$i:UpdateUserInput!){ updateUser(id:$id, input:$i){ id team { code } } }": types.AccountsTeamsUpdateUserDocument,
    "mutation AccountsTeamsImportUsers($csv:String!){ importUsers(csv:$csv){ created skipped failed accounts { line username team } problems { line field reason } } }": types.AccountsTeamsImportUsersDocument,
    "query AccountsTeamsUser($id:ID!){ user(id:$id){ team { code } } }": types.AccountsTeamsUserDocument,
    "query AccountsTeamsUsers { users(perPage: 200){ items { id username } } }": types.AccountsTeamsUsersDocument,
    "query AccountsTeamsTeams { teams { items { id code } } }": types.AccountsTeamsTeamsDocument,
    "query AccountsTeamsUser2($id:ID!){ user(id:$id){ displayName } }": types.AccountsTeamsUser2Document,
    "query AccountsTeamsUsers2($t:ID!){ users(perPage: 200, filter: { teamId: $t }){ items { username } } }": types.AccountsTeamsUsers2Document,
    "query AccountsTeamsAuditEvents($id:ID!){ auditEvents(perPage: 20, filter: { action: \"user.update\", entityType: \"user\", entityId: $id }){ items { data } } }": types.AccountsTeamsAuditEventsDocument,
    "mutation AccountsLogin($u:String!,$p:String!){ login(username:$u,password:$p){ token mustChangePassword user { id username role } } }": types.AccountsLoginDocument,
    "mutation AccountsCreateUser($i:CreateUserInput!){ createUser(input:$i){ id username displayName role keyerCode mustChangePassword hasPassword } }": types.AccountsCreateUserDocument,
    "mutation AccountsUpdateUser($id:ID!,$i:UpdateUserInput!){ updateUser(id:$id,input:$i){ id displayName role keyerCode } }": types.AccountsUpdateUserDocument,
    "mutation AccountsSetUserActive($id:ID!,$a:Boolean!){ setUserActive(id:$id,active:$a){ id active } }": types.AccountsSetUserActiveDocument,
    "mutation AccountsResetPassword($id:ID!){ resetPassword(id:$id){ oneTimePassword expiresAt user { id mustChangePassword hasPassword } } }": types.AccountsResetPasswordDocument,
    "mutation AccountsChangePassword($o:String!,$n:String!){ changePassword(oldPassword:$o,newPassword:$n){ token mustChangePassword user { username } } }": types.AccountsChangePasswordDocument,
    "mutation AccountsLogout{ logout }": types.AccountsLogoutDocument,
    "query Batches { batches { total } }": types.BatchesDocument,
    "query AccountsMe { me { username mustChangePassword } }": types.AccountsMeDocument,
    "mutation AccountsImportUsers($csv:String!){ importUsers(csv:$csv){ created skipped failed oneTimePasswordsExpireAt accounts { line id username displayName role keyerCode oneTimePassword } skippedAccounts { line username } problems { line field reason } } }": types.AccountsImportUsersDocument,
    "query AccountsCorrectionTasks { correctionTasks { total } }": types.AccountsCorrectionTasksDocument,
    "mutation AccountsClaimNextTask{ claimNextTask { id } }": types.AccountsClaimNextTaskDocument,
    "query AccountsUsers { users(filter:{ role: KEYER }, perPage: 100){ items { id keyerCode hasPassword } } }": types.AccountsUsersDocument,
    "mutation AccountsCreateApiKey{ createApiKey(input:{ name: \"reports\", scopes: [REPORTS_READ] }){ key } }": types.AccountsCreateApiKeyDocument,
    "query AccountsUsers2 { users(filter:{ role: KEYER }, perPage: 100){ items { id keyerCode } } }": types.AccountsUsers2Document,
    "query AccountsUsers3 { users(filter:{ role: CONSUMER }, perPage: 100){ total } }": types.AccountsUsers3Document,
    "mutation AccountsCreatePersonalKey{ createApiKey(input:{ name: \"records\", scopes: [RECORDS_READ_PERSONAL] }){ key } }": types.AccountsCreatePersonalKeyDocument,
    "query AccountsRecordsByKey { verifiedRecords(perPage: 1) { total } }": types.AccountsRecordsByKeyDocument,
    "query AccountsUserOtp($id: ID!) { users(filter: { ids: [$id] }) { items { mustChangePassword oneTimePasswordExpiresAt } } }": types.AccountsUserOtpDocument,
    "query AccountsMyOtp { me { username oneTimePasswordExpiresAt } }": types.AccountsMyOtpDocument,
    "query AdmissionRecords { verifiedRecords(perPage: 5) { total items { id } } }": types.AdmissionRecordsDocument,
    "query AdmissionTrivial { __typename }": types.AdmissionTrivialDocument,
    "mutation AdmissionLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token } }": types.AdmissionLoginDocument,
    "query AggregateFoldAreaReport { areaReport(level: ALL){ items { forms } } }": types.AggregateFoldAreaReportDocument,
    "mutation AgreedErrorsClaimNextTask($b:ID){ claimNextTask(batchId:$b){ id form { id } discrepancies { id fieldKey kind value1 value2 note suggestions } } }": types.AgreedErrorsClaimNextTaskDocument,
    "query AgreedErrorsForm($f:ID!){ form(id:$f){ discrepancies { fieldKey kind value1 note suggestions } } }": types.AgreedErrorsFormDocument,
    "mutation AgreedErrorsResolveTask($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ status form { discrepancies { fieldKey outcome } } } }": types.AgreedErrorsResolveTaskDocument,
    "query AgreedErrorsKeyerReport { keyerReport(perPage:10, sortField:keyerCode, sortOrder:ASC){ items { keyerCode fieldErrors errorKinds { kind errors } } } }": types.AgreedErrorsKeyerReportDocument,
    "query AgreedErrorsForm2($f:ID!){ form(id:$f){ verifiedRecord { values { key value } } } }": types.AgreedErrorsForm2Document,
    "mutation Login($u:String!,$p:String!){ login(username:$u,password:$p){ token } }": types.LoginDocument,
    "query AtRestVerifiedRecords($c:String!){ verifiedRecords(filter:{citizenId:$c}){ total items { id values { key value } } } }": types.AtRestVerifiedRecordsDocument,
    "query AtRestVerifiedRecords2($id:ID!){ verifiedRecords(filter:{ids:[$id]}){ items { values { key value } } } }": types.AtRestVerifiedRecords2Document,
    "query AtRestAuditEvents { auditEvents(filter:{action:\"records.read\"}){ total } }": types.AtRestAuditEventsDocument,
    "query Typename { __typename }": types.TypenameDocument,
    "mutation AuditChainSetSpotCheckPolicy{ setSpotCheckPolicy(batchId: \"1\", policy: { every: 5 }){ id } }": types.AuditChainSetSpotCheckPolicyDocument,
    "mutation AuditChainCreateApiKey($n:String!){ createApiKey(input:{ name: $n, scopes: [REPORTS_READ] }){ key } }": types.AuditChainCreateApiKeyDocument,
    "query AuthCacheMe { me { username role } }": types.AuthCacheMeDocument,
    "mutation AuthCacheSetActive($id:ID!,$a:Boolean!){ setUserActive(id:$id,active:$a){ id active } }": types.AuthCacheSetActiveDocument,
    "mutation AuthCacheUpdate($id:ID!,$i:UpdateUserInput!){ updateUser(id:$id,input:$i){ id role } }": types.AuthCacheUpdateDocument,
    "mutation BatchCodesCreateBatch($i:CreateBatchInput!){ createBatch(input:$i){ id code } }": types.BatchCodesCreateBatchDocument,
    "mutation BatchCodesExportBatch($b:ID!){ exportBatch(batchId:$b){ directory } }": types.BatchCodesExportBatchDocument,
    "mutation CrashSubmitKeyings($k:[KeyingInput!]!){ submitKeyings(keyings:$k){ idempotencyKey status keyingId code } }": types.CrashSubmitKeyingsDocument,
    "mutation ClaimNextTask{ claimNextTask { id discrepancies { id } } }": types.ClaimNextTaskDocument,
    "mutation ResolveTask($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status } }": types.ResolveTaskDocument,
    "mutation CrashCreateBatch($i:CreateBatchInput!){ createBatch(input:$i){ id } }": types.CrashCreateBatchDocument,
    "query EndpointHardeningForms($f:FormFilter){ forms(filter:$f){ total } }": types.EndpointHardeningFormsDocument,
    "query Me { me { id } }": types.MeDocument,
    "query Me2 { me { username } }": types.Me2Document,
    "mutation FinalChecksClaimNextTask($b:ID){ claimNextTask(batchId:$b){ id kind discrepancies { id fieldKey value1 value2 value3 } } }": types.FinalChecksClaimNextTaskDocument,
    "mutation FinalChecksResolveTask($id:ID!,$r:[ResolutionInput!]!,$why:String){ resolveTask(id:$id,resolutions:$r,overrideReason:$why){ id status form { status } } }": types.FinalChecksResolveTaskDocument,
    "query ResolutionWarnings($id:ID!,$r:[ResolutionInput!]!){ resolutionWarnings(id:$id, resolutions:$r){ field kind check message } }": types.ResolutionWarningsDocument,
    "mutation FinalChecksResolveSpotCheck($id:ID!,$c:[FieldCorrectionInput!]!,$why:String){ resolveSpotCheck(id:$id,corrections:$c,overrideReason:$why){ id status } }": types.FinalChecksResolveSpotCheckDocument,
    "query FinalChecksSpotCheckWarnings($id:ID!,$c:[FieldCorrectionInput!]!){ spotCheckWarnings(id:$id, corrections:$c){ field kind check message } }": types.FinalChecksSpotCheckWarningsDocument,
    "mutation FinalChecksRequestRekey($id:ID!){ requestRekey(id:$id){ status } }": types.FinalChecksRequestRekeyDocument,
    "query FinalChecksAuditEvents($id:ID!){ auditEvents(filter:{ entityType:\"task\", entityId:$id, action:\"task.rekeyed\" }){ items { data } } }": types.FinalChecksAuditEventsDocument,
    "query FinalChecksForms($b:ID!){ forms(filter:{ batchId:$b }){ items { formNumber verifiedRecord { values { key value } } } } }": types.FinalChecksFormsDocument,
    "mutation FuzzSubmitKeyings($k:[KeyingInput!]!){ submitKeyings(keyings:$k){ index status keyingId code message problems { field reason } } }": types.FuzzSubmitKeyingsDocument,
    "mutation CreateUser($i:CreateUserInput!){ createUser(input:$i){ id } }": types.CreateUserDocument,
    "query HostileBatches($s:String!){ r: batches(filter:{ code: $s }){ total } }": types.HostileBatchesDocument,
    "query HostileBatches2($s:String!){ r: batches(filter:{ provinceCode: $s }){ total } }": types.HostileBatches2Document,
    "query HostileBatches3($s:ID!){ r: batches(filter:{ ids: [$s] }){ total } }": types.HostileBatches3Document,
    "query HostileForms($s:String!){ r: forms(filter:{ formNumber: $s }){ total } }": types.HostileFormsDocument,
    "query HostileForms2($s:ID!){ r: forms(filter:{ batchId: $s }){ total } }": types.HostileForms2Document,
    "query HostileKeyings($s:String!){ r: keyings(filter:{ keyerCode: $s }){ total } }": types.HostileKeyingsDocument,
    "query HostileDiscrepancies($s:String!){ r: discrepancies(filter:{ fieldKey: $s }){ total } }": types.HostileDiscrepanciesDocument,
    "query HostileVerifiedRecords($s:ID!){ r: verifiedRecords(filter:{ formId: $s }){ total } }": types.HostileVerifiedRecordsDocument,
    "query HostileAuditEvents($s:String!){ r: auditEvents(filter:{ entityType: $s }){ total } }": types.HostileAuditEventsDocument,
    "query HostileAuditEvents2($s:String!){ r: auditEvents(filter:{ action: $s }){ total } }": types.HostileAuditEvents2Document,
    "query HostileUsers($s:ID!){ r: users(filter:{ ids: [$s] }){ total } }": types.HostileUsersDocument,
    "query HostileTemplate($s:String!){ r: template(code: $s){ code } }": types.HostileTemplateDocument,
    "query HostileBatches4($ids:[ID!]!){ batches(filter:{ ids: $ids }){ total } }": types.HostileBatches4Document,
    "mutation HostileCreateBatch2{ createBatch(input:{ code:\"HB2\", provinceCode:\"001\", district:\"a\", commune:\"b\" }){ id } }": types.HostileCreateBatch2Document,
    "mutation HostileCreateBatch3{ createBatch(input:{ code:\"HB3\", provinceCode:\"001\", district:\"a\", commune:\"b\" }){ id } }": types.HostileCreateBatch3Document,
    "query HostileForms3 { forms(perPage: 100000){ total } }": types.HostileForms3Document,
    "query HostileForms4 { forms(perPage: 201){ total } }": types.HostileForms4Document,
    "query HostileForms5 { forms(page: 2147483647){ total } }": types.HostileForms5Document,
    "mutation HostileResolveTask($r:[ResolutionInput!]!){ resolveTask(id: \"1\", resolutions: $r){ id } }": types.HostileResolveTaskDocument,
    "query HouseholdsForm($f:ID!){ form(id:$f){ id formNumber status discrepancies { id fieldKey kind note value1 relatedValue relatedForm { id formNumber } resolvedAt } } }": types.HouseholdsFormDocument,
    "mutation HouseholdsClaim($b:ID){ claimNextTask(batchId:$b){ id form { id formNumber } discrepancies { id fieldKey kind note value1 relatedValue relatedForm { id formNumber } } } }": types.HouseholdsClaimDocument,
    "mutation HouseholdsResolve($id:ID!,$r:[ResolutionInput!]!,$why:String){ resolveTask(id:$id,resolutions:$r,overrideReason:$why){ status form { status } } }": types.HouseholdsResolveDocument,
    "query HouseholdsWarnings($id:ID!,$r:[ResolutionInput!]!){ resolutionWarnings(id:$id,resolutions:$r){ field kind check message } }": types.HouseholdsWarningsDocument,
    "query HouseholdsBatch($id:ID!){ batch(id:$id){ status } }": types.HouseholdsBatchDocument,
    "query HouseholdsRecord($f:ID!){ form(id:$f){ verifiedRecord { automatic values { key value } } } }": types.HouseholdsRecordDocument,
    "mutation HouseholdsExport($b:ID!){ exportBatch(batchId:$b){ recordCount } }": types.HouseholdsExportDocument,
    "query IndependenceForm($id:ID!){ form(id:$id){ status task { id } verifiedRecord { id } keyings { pass keyerCode submittedBy } } }": types.IndependenceFormDocument,
    "query IndependenceKeyings { keyings(perPage:1){ total } verifiedRecords(perPage:1){ total } }": types.IndependenceKeyingsDocument,
    "query IndependenceAuditEvents { auditEvents(perPage: 200, filter: { action: \"keyings.ingest\" }){ items { actor data } } }": types.IndependenceAuditEventsDocument,
    "mutation IndependenceCreateApiKey($n:String!){ createApiKey(input:{ name: $n, scopes: [KEYINGS_SUBMIT] }){ key } }": types.IndependenceCreateApiKeyDocument,
    "mutation IndependenceRegisterClerks{ registerClerks(clerks: [{ keyerCode: \"KT999\", displayName: \"Nguyễn Thị Chín\" }]){ created existing } }": types.IndependenceRegisterClerksDocument,
    "mutation IndependenceClaimNextTask{ claimNextTask { id form { formNumber } } }": types.IndependenceClaimNextTaskDocument,
    "mutation RequestRekey($id:ID!){ requestRekey(id:$id){ status } }": types.RequestRekeyDocument,
    "mutation IndependenceCreateUser($i:CreateUserInput!){ createUser(input:$i){ id role keyerCode } }": types.IndependenceCreateUserDocument,
    "mutation IndependenceRegisterClerks2($c:[ClerkInput!]!){ registerClerks(clerks:$c){ created existing } }": types.IndependenceRegisterClerks2Document,
    "query IndependenceAuditEvents2 { auditEvents(perPage: 1, filter: { action: \"clerks.register\" }){ total } created: auditEvents(perPage: 1, filter: { action: \"user.create\" }){ total } }": types.IndependenceAuditEvents2Document,
    "query IndependenceUsers { users(perPage: 200, filter: { role: KEYER }){ items { username keyerCode } } }": types.IndependenceUsersDocument,
    "mutation IndependenceLogin{ login(username: \"kr01\", password: \"\") { token } }": types.IndependenceLoginDocument,
    "query IngestForms { forms(perPage:1){ total } keyings(perPage:1){ total } correctionTasks(perPage:1){ total } verifiedRecords(perPage:1){ total } discrepancies(perPage:1){ total } }": types.IngestFormsDocument,
    "query IngestForm($id:ID!){ form(id:$id){ status verifiedAt task { id } keyings { pass keyerCode values { key value } } verifiedRecord { automatic values { key value source } } } }": types.IngestFormDocument,
    "query IngestForm2($id:ID!){ form(id:$id){ status task { status discrepancyCount } discrepancies { fieldKey value1 value2 kind editDistance outcome } } }": types.IngestForm2Document,
    "query IngestBatchStatus($id:ID!){ batch(id:$id){ status } }": types.IngestBatchStatusDocument,
    "query IngestKeyings { keyings(filter:{keyerCode:\"KT7\"}){ total } }": types.IngestKeyingsDocument,
    "query IngestForms2 { forms(filter:{formNumber:\"V1\"}){ total } }": types.IngestForms2Document,
    "query IngestForm3($id:ID!){ form(id:$id){ keyings { values { key value illegible } } discrepancies { fieldKey kind } } }": types.IngestForm3Document,
    "mutation KeyingStationClaim($b:ID){ claimNextKeying(batchId:$b){ id batchId batchCode formNumber claimedAt leaseUntil scanUrl scanType fields { key type required allowed } } }": types.KeyingStationClaimDocument,
    "mutation KeyingStationSave($id:ID!,$k:LeasedKeyingInput!){ saveLeasedKeying(id:$id, keying:$k){ status } }": types.KeyingStationSaveDocument,
    "mutation KeyingStationSaveNext($id:ID!,$k:LeasedKeyingInput!,$b:ID){ saveLeasedKeying(id:$id, keying:$k, next:true, batchId:$b){ status next { id formNumber } } }": types.KeyingStationSaveNextDocument,
    "query KeyingStationFigures{ myKeyingFigures { keyedToday keyedThisWeek medianSecondsThisWeek reviewedForms fieldsReviewed fieldErrors errorRate } }": types.KeyingStationFiguresDocument,
    "mutation KeyingStationLogin($u:String!,$p:String!){ login(username:$u,password:$p){ token } }": types.KeyingStationLoginDocument,
    "mutation KeyingStationClaimTask($b:ID){ claimNextTask(batchId:$b){ id form { formNumber imageRef } discrepancies { id fieldKey } } }": types.KeyingStationClaimTaskDocument,
    "mutation KeyingStationResolve($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status form { status } } }": types.KeyingStationResolveDocument,
    "query KeyingStationBatch($id:ID!){ batch(id:$id){ status } }": types.KeyingStationBatchDocument,
    "query PlanTaskTotal($f: CorrectionTaskFilter) { correctionTasks(filter: $f, perPage: 5) { total totalIsEstimate hasNextPage } }": types.PlanTaskTotalDocument,
    "query ManagerViewsForm($n:String!){ forms(filter:{formNumber:$n}){ items { id task { id discrepancyCount }\n  discrepancies { id fieldKey kind value1 value2 editDistance maskedDifference { kind editDistance first { cells { text change } changedAt } second { cells { text change } changedAt } } }\n  fields { field { key } value1 value2 discrepancyId maskedDifference { kind editDistance first { cells { text change } changedAt } second { cells { text change } changedAt } } } } } }": types.ManagerViewsFormDocument,
    "query ManagerViewsDiscrepancy($id:ID!){ discrepancy(id:$id){ fieldKey value1 value2 editDistance maskedDifference { kind editDistance first { cells { text change } changedAt } second { cells { text change } changedAt } } } }": types.ManagerViewsDiscrepancyDocument,
    "query ManagerViewsKeyers($f:ReportFilter,$d:Boolean){ keyerReport(filter:$f, byDay:$d, perPage:50, sortField:keyerCode, sortOrder:ASC){ items { keyerCode day fieldErrors errorRate pendingFields } } }": types.ManagerViewsKeyersDocument,
    "query ManagerViewsAreas($l:AreaLevel!,$f:ReportFilter,$d:Boolean){ areaReport(level:$l, filter:$f, byDay:$d, perPage:50){ items { batchCode errors errorRate openTasks pendingFields } } }": types.ManagerViewsAreasDocument,
    "query ManagerViewsFields($f:ReportFilter){ fieldReport(filter:$f, perPage:200, sortField:fieldKey, sortOrder:ASC){ items { fieldKey errors pendingFields } } }": types.ManagerViewsFieldsDocument,
    "query ManagerViewsKeyersPlain { keyerReport(perPage:50, sortField:keyerCode, sortOrder:ASC){ items { keyerCode errorRate } } }": types.ManagerViewsKeyersPlainDocument,
    "query ManagerViewsKeyersFragment { keyerReport(perPage:50, sortField:keyerCode, sortOrder:ASC){ items { keyerCode ...Waiting } } } fragment Waiting on KeyerReportRow { waiting: pendingFields }": types.ManagerViewsKeyersFragmentDocument,
    "query ManagerViewsOutOfControl { outOfControlKeyers(perPage:10){ items { keyerCode pendingFields } } }": types.ManagerViewsOutOfControlDocument,
    "query ManagerViewsReviewers { reviewerReport(perPage:50){ items { reviewerId reviewerName tasksResolved } } }": types.ManagerViewsReviewersDocument,
    "mutation ManagerViewsClaim($b:ID){ claimNextTask(batchId:$b){ id discrepancies { id } } }": types.ManagerViewsClaimDocument,
    "mutation ManagerViewsResolve($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status } }": types.ManagerViewsResolveDocument,
    "mutation ManagerViewsCreateKey{ createApiKey(input:{ name: \"reports\", scopes: [REPORTS_READ] }){ key } }": types.ManagerViewsCreateKeyDocument,
    "mutation MutationAuditClaimNextTask($b:ID){ claimNextTask(batchId:$b){ id form { id } discrepancies { id } } }": types.MutationAuditClaimNextTaskDocument,
    "mutation MutationAuditResolveTask($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id } }": types.MutationAuditResolveTaskDocument,
    "mutation MutationAuditRejectForm($id:ID!){ rejectForm(taskId:$id, reason:\"unreadable\"){ id } }": types.MutationAuditRejectFormDocument,
    "mutation ExportBatch($b:ID!){ exportBatch(batchId:$b){ recordCount } }": types.ExportBatchDocument,
    "mutation MutationAuditCreateTeam($i:CreateTeamInput!){ createTeam(input:$i){ id } }": types.MutationAuditCreateTeamDocument,
    "mutation MutationAuditClaimNextKeying($b:ID){ claimNextKeying(batchId:$b){ id } }": types.MutationAuditClaimNextKeyingDocument,
    "mutation MutationAuditCreateApiKey{ createApiKey(input:{ name: \"to revoke\", scopes: [REPORTS_READ] }){ apiKey { id } } }": types.MutationAuditCreateApiKeyDocument,
    "mutation CreateApiKey($i:CreateApiKeyInput!){ createApiKey(input:$i){ key } }": types.CreateApiKeyDocument,
    "query PermissionsVerifiedRecords { verifiedRecords(perPage: 5){ total items { id values { key value } } } }": types.PermissionsVerifiedRecordsDocument,
    "query WalkToKeyings { verifiedRecords { items { form { formNumber keyings { pass } } } } }": types.WalkToKeyingsDocument,
    "query WalkToDiscrepancies { verifiedRecords { items { form { formNumber discrepancies { id } } } } }": types.WalkToDiscrepanciesDocument,
    "query WalkToTask { verifiedRecords { items { form { formNumber task { id } } } } }": types.WalkToTaskDocument,
    "query WalkToFields { verifiedRecords { items { form { formNumber fields { value1 } } } } }": types.WalkToFieldsDocument,
    "query PermissionsVerifiedRecords2 { verifiedRecords { items { form { formNumber } batch { code } verifiedBy { displayName } } } }": types.PermissionsVerifiedRecords2Document,
    "mutation PermissionsCreateApiKey{ createApiKey(input:{ name: \"to revoke\", scopes: [REPORTS_READ] }){ key apiKey { id } } }": types.PermissionsCreateApiKeyDocument,
    "mutation PermissionsRevokeApiKey($id:ID!){ revokeApiKey(id:$id){ revokedAt } }": types.PermissionsRevokeApiKeyDocument,
    "query QueriesForms($n:Int!){ forms(perPage:$n, sortField:id, sortOrder:ASC){ total items { id formNumber batch { code } keyings { pass keyerCode values { key value } } discrepancies { fieldKey kind } task { status } verifiedRecord { values { key source } } fields { field { key } value1 value2 discrepancyId } } } }": types.QueriesFormsDocument,
    "query QueriesForms2($p:Int!){ forms(page:$p, perPage:8, sortField:status, sortOrder:ASC){ total page perPage items { id status } } }": types.QueriesForms2Document,
    "query QueriesForms3 { forms(perPage:3, sortField:id, sortOrder:DESC){ items { formNumber } } }": types.QueriesForms3Document,
    "query QueriesBatches { batches(filter:{provinceCode:\"079\"}){ total items { code progress { forms autoVerified inReview } } } }": types.QueriesBatchesDocument,
    "query QueriesBatches2 { batches(filter:{code:\"Q1\"}){ items { id } } }": types.QueriesBatches2Document,
    "query QueriesForms4($b:ID!){ forms(filter:{batchId:$b, status:IN_REVIEW}){ total } correctionTasks(filter:{batchId:$b, status:OPEN}){ total } discrepancies(filter:{batchId:$b, fieldKey:\"fullName\", kind:DIACRITIC, resolved:false}){ total } }": types.QueriesForms4Document,
    "query QueriesKeyings { keyings(filter:{keyerCode:\"KT3\", pass:2}){ total } }": types.QueriesKeyingsDocument,
    "query VerifiedRecords { verifiedRecords(filter:{automatic:true}){ total } }": types.VerifiedRecordsDocument,
    "query QueriesForms5 { forms(perPage:1000){ total } }": types.QueriesForms5Document,
    "query QueriesForms6 { forms(page:0){ total } }": types.QueriesForms6Document,
    "query QueriesForm { form(id:\"abc\"){ id } }": types.QueriesFormDocument,
    "query QueriesForm2 { form(id:\"999999\"){ id } }": types.QueriesForm2Document,
    "query QueriesForms7 { forms { total } }": types.QueriesForms7Document,
    "query VerifiedRecords2 { verifiedRecords { total } }": types.VerifiedRecords2Document,
    "query QueriesUsers { users { total } }": types.QueriesUsersDocument,
    "mutation QueriesLogin{ login(username:\"admin\", password:\"wrong password here\"){ token } }": types.QueriesLoginDocument,
    "mutation QueriesLogin2{ login(username:\"nobody\", password:\"wrong password here\"){ token } }": types.QueriesLogin2Document,
    "mutation ReopenClaim($b:ID){ claimNextTask(batchId:$b){ id form { id formNumber } discrepancies { id fieldKey value1 value2 } } }": types.ReopenClaimDocument,
    "mutation ReopenResolve($id:ID!,$r:[ResolutionInput!]!,$why:String){ resolveTask(id:$id,resolutions:$r,overrideReason:$why){ id status form { status } } }": types.ReopenResolveDocument,
    "mutation ReopenTask($id:ID!,$why:String){ reopenTask(id:$id,reason:$why){ id status resolvedAt resolvedBy { username } claimedBy { username } leaseUntil canReopen form { id status verifiedRecord { version values { key value source } } } discrepancies { fieldKey outcome finalValue resolvedAt } } }": types.ReopenTaskDocument,
    "query ReopenTaskView($id:ID!){ correctionTask(id:$id){ id status canReopen resolvedBy { username } } }": types.ReopenTaskViewDocument,
    "query ReopenBatch($id:ID!){ batch(id:$id){ status } }": types.ReopenBatchDocument,
    "mutation ReopenExport($b:ID!){ exportBatch(batchId:$b){ recordCount } }": types.ReopenExportDocument,
    "mutation ReopenUnlockBatch($b:ID!){ reopenBatch(batchId:$b, reason:\"a late correction\"){ status } }": types.ReopenUnlockBatchDocument,
    "query ReopenMine($f:CorrectionTaskFilter){ correctionTasks(filter:$f, sortField: resolvedAt, sortOrder: DESC){ items { id canReopen form { formNumber } } } }": types.ReopenMineDocument,
    "query ReopenWarnings($id:ID!,$r:[ResolutionInput!]!){ resolutionWarnings(id:$id,resolutions:$r){ field kind check message } }": types.ReopenWarningsDocument,
    "query ReopenMe{ me { id } }": types.ReopenMeDocument,
    "mutation ReplicaClaimNextTask{ claimNextTask { id status claimedBy { username } form { id status } discrepancies { id fieldKey } } }": types.ReplicaClaimNextTaskDocument,
    "mutation ReplicaResolveTask($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status form { id status verifiedRecord { id } } } }": types.ReplicaResolveTaskDocument,
    "query ReplicaCorrectionTask($t:ID!,$f:ID!){ correctionTask(id:$t){ status claimedBy { username } } form(id:$f){ status verifiedRecord { id } } }": types.ReplicaCorrectionTaskDocument,
    "query ReplicaVerifiedRecords{ verifiedRecords(perPage:200){ total items { id form { formNumber } } } }": types.ReplicaVerifiedRecordsDocument,
    "query ReplicaSync($after:String){ verifiedRecords(sortField:sync, sortOrder:ASC, first:50, after:$after){ items { id } endCursor hasNextPage } }": types.ReplicaSyncDocument,
    "query ReplicaAreaReport{ areaReport(level: ALL){ items { forms } } }": types.ReplicaAreaReportDocument,
    "query ReportsKeyerReport($f:ReportFilter,$d:Boolean,$s:KeyerReportSortField,$o:SortOrder){ keyerReport(filter:$f, byDay:$d, perPage:200, sortField:$s, sortOrder:$o){ total items {\n  keyerCode day forms keyings fieldsKeyed keystrokes fieldErrors errorRate errorRateLow errorRateHigh errorsPerThousandKeystrokes medianSecondsPerForm\n  errorKinds { kind errors } populationRate upperControlLimit outOfControl zScore } } }": types.ReportsKeyerReportDocument,
    "query ReportsFieldReport($f:ReportFilter){ fieldReport(filter:$f, perPage:200){ total items { fieldKey keyed errors errorRate errorRateLow errorRateHigh compared discrepancies discrepancyRate } } }": types.ReportsFieldReportDocument,
    "query ReportsAreaReport($l:AreaLevel!,$f:ReportFilter){ areaReport(level:$l, filter:$f, perPage:200, sortField:provinceCode, sortOrder:ASC){ total items {\n  level batchCode batchStatus district provinceCode forms compared autoVerified toReview reviewVerified spotChecked spotCorrected rejected done progress\n  discrepancyRate fieldsCompared fieldDiscrepancyRate agreementRate fieldsKeyed errors errorRate openTasks oldestOpenTaskAt oldestOpenTaskAgeSeconds } } }": types.ReportsAreaReportDocument,
    "query ReportsReviewerReport { reviewerReport(sortField:reviewerId, sortOrder:ASC){ items { reviewerId tasksResolved reviewTasks spotChecks spotCorrections rejected escalated fieldsResolved\n  agreedFirst agreedSecond agreedBoth agreedNeither agreedFirstRate agreedSecondRate agreedNeitherRate medianSecondsToResolve p90SecondsToResolve } } }": types.ReportsReviewerReportDocument,
    "mutation ReportsClaimNextTask($b:ID){ claimNextTask(batchId:$b){ id kind form { formNumber } discrepancies { id fieldKey } } }": types.ReportsClaimNextTaskDocument,
    "mutation ReportsRejectForm($id:ID!){ rejectForm(taskId:$id, reason:\"Ảnh mờ\"){ status } }": types.ReportsRejectFormDocument,
    "query ReportsForms { forms(filter:{formNumber:\"A5\"}){ items { id } } }": types.ReportsFormsDocument,
    "mutation ReportsRescanForm($id:ID!){ rescanForm(id:$id, imageRef:\"/scans/A5-v2.svg\"){ status } }": types.ReportsRescanFormDocument,
    "mutation ReportsEscalateTask($id:ID!){ escalateTask(id:$id, comment:\"Nhiều lỗi\"){ status } }": types.ReportsEscalateTaskDocument,
    "mutation ReportsResolveSpotCheck($id:ID!){ resolveSpotCheck(id:$id){ status } }": types.ReportsResolveSpotCheckDocument,
    "query ReportsKeyerReport2 { keyerReport(perPage:2){ total items { keyerCode } } }": types.ReportsKeyerReport2Document,
    "query ReportsOutOfControlKeyers { outOfControlKeyers { total populationRate keyersChecked items { keyerCode errorRate upperControlLimit zScore } } }": types.ReportsOutOfControlKeyersDocument,
    "query ReportsOutOfControlKeyers2($b:ID!){ outOfControlKeyers(filter:{batchId:$b}){ total keyersChecked } }": types.ReportsOutOfControlKeyers2Document,
    "query ReportsAgreementReport { agreementReport { total overall { forms fieldsCompared fieldsAgreed agreementRate } items { keyerA keyerB forms fieldsCompared fieldsAgreed agreementRate } } }": types.ReportsAgreementReportDocument,
    "query ReportCsv($report: ReportName!, $level: AreaLevel, $filter: ReportFilter, $byDay: Boolean) {\n  reportCsv(report: $report, level: $level, filter: $filter, byDay: $byDay)\n}": types.ReportCsvDocument,
    "query ReportsKeyerReport3 { keyerReport { total } }": types.ReportsKeyerReport3Document,
    "query ReportsReportCsv { reportCsv(report:FIELDS) }": types.ReportsReportCsvDocument,
    "query ReportsAreaReport2 { areaReport { total } }": types.ReportsAreaReport2Document,
    "query ReportsAreaReport3 { areaReport(level:ALL) { total } }": types.ReportsAreaReport3Document,
    "mutation ReviewClaimNextTask($b:ID){ claimNextTask(batchId:$b){ id status leaseUntil claimedBy { username } form { id formNumber } discrepancies { id fieldKey value1 value2 } } }": types.ReviewClaimNextTaskDocument,
    "mutation ReviewResolveTask($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status resolvedAt resolvedBy { username } form { id status verifiedRecord { automatic values { key value source } } discrepancies { fieldKey finalValue outcome } } } }": types.ReviewResolveTaskDocument,
    "mutation ReviewReleaseTask($id:ID!){ releaseTask(id:$id){ id status claimedBy { username } } }": types.ReviewReleaseTaskDocument,
    "query TaskAndForm($id:ID!, $formId:ID!){ correctionTask(id:$id){ status } form(id:$formId){ status verifiedRecord { id } } }": types.TaskAndFormDocument,
    "mutation ReviewReleaseKeep($id:ID!){ releaseTask(id:$id, setAside:false){ id status } }": types.ReviewReleaseKeepDocument,
    "query ReviewBatches { batches(filter:{code:\"R2\"}){ items { id } } }": types.ReviewBatchesDocument,
    "query ReviewForms { forms(filter:{status:VERIFIED}){ total } correctionTasks(filter:{status:RESOLVED}){ total } verifiedRecords{ total } }": types.ReviewFormsDocument,
    "mutation ReviewClaimNextTask2{ claimNextTask { id discrepancies { id fieldKey kind value1 value2 note } } }": types.ReviewClaimNextTask2Document,
    "mutation ReviewClaimNextTask3{ claimNextTask { id discrepancies { id fieldKey note } } }": types.ReviewClaimNextTask3Document,
    "query ReviewCorrectionTask($id:ID!){ correctionTask(id:$id){ status } }": types.ReviewCorrectionTaskDocument,
    "mutation ResolveWithBlankReason($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r,overrideReason:\"  \"){ id } }": types.ResolveWithBlankReasonDocument,
    "mutation ResolveWithReason($id:ID!,$r:[ResolutionInput!]!,$why:String){ resolveTask(id:$id,resolutions:$r,overrideReason:$why){ id status resolvedAt resolvedBy { username } form { id status verifiedRecord { automatic values { key value source } } discrepancies { fieldKey finalValue outcome } } } }": types.ResolveWithReasonDocument,
    "query ReviewAuditEvents($id:ID!){ auditEvents(filter:{ entityType:\"task\", entityId:$id }, perPage:20){ items { action data } } }": types.ReviewAuditEventsDocument,
    "mutation ScansClaimNextTask($b:ID){ claimNextTask(batchId:$b){ id form { formNumber imageRef } } }": types.ScansClaimNextTaskDocument,
    "query ScansAuditEvents { auditEvents(filter:{action:\"scans.read\"}){ total } }": types.ScansAuditEventsDocument,
    "mutation SecurityCreateApiKey($i:CreateApiKeyInput!){ createApiKey(input:$i){ key apiKey { id name prefix scopes role createdAt revokedAt lastUsedAt createdBy { username } } } }": types.SecurityCreateApiKeyDocument,
    "query SecurityApiKeys { apiKeys(filter:{ revoked: false }){ total items { id prefix scopes role lastUsedAt } } }": types.SecurityApiKeysDocument,
    "query SecurityApiKeys2($id:ID!){ apiKeys(filter:{ ids: [$id] }){ items { lastUsedAt } } }": types.SecurityApiKeys2Document,
    "query SecurityBatches { batches { items { code } } templates { code } }": types.SecurityBatchesDocument,
    "query SecurityForms { forms { items { batch { template { fields { key } } } } } }": types.SecurityFormsDocument,
    "query SecurityUserType { __type(name: \"User\") { fields { name } } }": types.SecurityUserTypeDocument,
    "query SecurityTemplates { templates { code } }": types.SecurityTemplatesDocument,
    "mutation SideChannelsClaimNextTask{ claimNextTask { id form { formNumber } discrepancies { id } } }": types.SideChannelsClaimNextTaskDocument,
    "query SideChannelsAuditEvents($a:String!){ auditEvents(filter:{action:$a}, perPage:200){ total items { actor entityType entityId data } } }": types.SideChannelsAuditEventsDocument,
    "query SideChannelsVerifiedRecords($c:String!){ verifiedRecords(filter:{citizenId:$c}){ total } }": types.SideChannelsVerifiedRecordsDocument,
    "query SideChannelsForms($c:String!){ forms(filter:{citizenId:$c}){ total } }": types.SideChannelsFormsDocument,
    "query SideChannelsAuditEvents2 { auditEvents(perPage:200){ items { data } } }": types.SideChannelsAuditEvents2Document,
    "query SideChannels_Schema { __schema { types { name inputFields { name } enumValues { name } } } }": types.SideChannels_SchemaDocument,
    "query SideChannelsDiscrepancies { discrepancies(filter:{kind:RULE}, perPage:200){ items { id fieldKey note form { formNumber } } } }": types.SideChannelsDiscrepanciesDocument,
    "query SideChannelsDiscrepancy($id:ID!){ discrepancy(id:$id){ note value1 } }": types.SideChannelsDiscrepancyDocument,
    "query SideChannelsForms2 { forms(perPage:200){ items { id fields { value1 value2 finalValue } } } }": types.SideChannelsForms2Document,
    "query SideChannelsKeyings { keyings(perPage:200){ items { id values { key value } } } }": types.SideChannelsKeyingsDocument,
    "query SideChannelsDiscrepancies2 { discrepancies(perPage:200){ items { id fieldKey value1 value2 value3 finalValue } } }": types.SideChannelsDiscrepancies2Document,
    "query SideChannelsForm($id:ID!){ form(id:$id){ fields { value1 } keyings { values { value } } } }": types.SideChannelsFormDocument,
    "query SideChannelsVerifiedRecords2 { verifiedRecords(perPage:200){ items { values { value } } } }": types.SideChannelsVerifiedRecords2Document,
    "query SideChannelsForms3 { forms(filter:{formNumber:\"F2\"}){ items { fields { field { key } value1 } discrepancies { value1 } } } }": types.SideChannelsForms3Document,
    "query SideChannelsVerifiedRecords3 { verifiedRecords(perPage:200){ items { automatic reviewerRef verifiedBy { username displayName } form { formNumber } } } }": types.SideChannelsVerifiedRecords3Document,
    "mutation SpotChecks1($b:ID){ claimNextTask(batchId:$b){ id kind note form { id formNumber } discrepancies { id fieldKey } spotCheckFields } }": types.SpotChecks1Document,
    "mutation SpotChecks2($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status } }": types.SpotChecks2Document,
    "mutation SpotChecks3($id:ID!,$c:[FieldCorrectionInput!]!){ resolveSpotCheck(id:$id, corrections:$c){ status discrepancyCount } }": types.SpotChecks3Document,
    "mutation SpotChecks4($b:ID!,$p:SpotCheckPolicyInput!){ setSpotCheckPolicy(batchId:$b, policy:$p){ spotCheckMode spotCheckPercent spotCheckSeed } }": types.SpotChecks4Document,
    "query SpotChecks5($b:ID!){ correctionTasks(filter:{batchId:$b}, perPage:200, sortField:id, sortOrder:ASC){ items { id kind status note form { id formNumber } spotCheckFields } } }": types.SpotChecks5Document,
    "query SpotChecks6($b:ID!){ batch(id:$b){ spotCheckMode spotCheckPercent } }": types.SpotChecks6Document,
    "query SpotChecks7($b:ID!){ auditEvents(filter:{action:\"batch.spotcheck\", entityType:\"batch\", entityId:$b}){ items { data } } }": types.SpotChecks7Document,
    "query SpotChecks8($b:ID!){ auditEvents(filter:{action:\"batch.spotcheck\", entityId:$b}, sortField:id, sortOrder:DESC, perPage:1){ items { data } } }": types.SpotChecks8Document,
    "query SpotChecks9($b:ID!){ batch(id:$b){ status } }": types.SpotChecks9Document,
    "mutation SpotChecks10($id:ID!){ requestRekey(id:$id){ status } }": types.SpotChecks10Document,
    "query SpotChecks11($id:ID!){ form(id:$id){ status task { kind status } tasks { kind status note spotCheckFields } keyings { pass errorCount } fields { field { key } value1 } } }": types.SpotChecks11Document,
    "query SpotChecks12{ auditEvents(filter:{action:\"spotcheck.draw\"}){ items { entityType data } } }": types.SpotChecks12Document,
    "query SpotChecks13($b:ID!){ batch(id:$b){ status } }": types.SpotChecks13Document,
    "mutation SyncCreateApiKey($n:String!,$s:[ApiKeyScope!]!){ createApiKey(input:{ name:$n, scopes:$s }){ key } }": types.SyncCreateApiKeyDocument,
    "query SyncPage($after:String,$first:Int!){ verifiedRecords(sortField:sync, sortOrder:ASC, first:$first, after:$after){ items { id version form { formNumber } values { key value } valueMap } endCursor hasNextPage page perPage } }": types.SyncPageDocument,
    "query SyncAllRecords{ verifiedRecords(perPage:200, sortField:id, sortOrder:ASC){ total items { id version } } }": types.SyncAllRecordsDocument,
    "query SyncListsWithoutTotal {\n  batches(perPage:5){ items { id } } forms(perPage:5){ items { id } } keyings(perPage:5){ items { id } }\n  discrepancies(perPage:5){ items { id } } correctionTasks(perPage:5){ items { id } } verifiedRecords(perPage:5){ items { id } hasNextPage endCursor }\n  users(perPage:5){ items { id } } auditEvents(perPage:5){ items { id } } apiKeys(perPage:5){ items { id } } teams(perPage:5){ items { id } }\n}": types.SyncListsWithoutTotalDocument,
    "query SyncRecordsTotal($f:VerifiedRecordFilter){ verifiedRecords(perPage:5, filter:$f){ total totalIsEstimate items { id } } }": types.SyncRecordsTotalDocument,
    "mutation SyncClaim($b:ID){ claimNextTask(batchId:$b){ id kind form { id formNumber } discrepancies { id fieldKey relatedValue } } }": types.SyncClaimDocument,
    "mutation SyncResolve($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ status } }": types.SyncResolveDocument,
    "mutation SyncSpotCheck($id:ID!,$c:[FieldCorrectionInput!]!){ resolveSpotCheck(id:$id, corrections:$c){ status } }": types.SyncSpotCheckDocument,
    "mutation SyncPolicy($b:ID!,$p:SpotCheckPolicyInput!){ setSpotCheckPolicy(batchId:$b, policy:$p){ id } }": types.SyncPolicyDocument,
    "query SyncRecordOf($f:ID!){ form(id:$f){ verifiedRecord { id version } } }": types.SyncRecordOfDocument,
    "query SyncAuditEvents{ auditEvents(filter:{ action:\"records.read\" }, perPage:200){ total items { actor data } } }": types.SyncAuditEventsDocument,
    "query SyncHeadForm { forms(filter:{ formNumber:\"1\" }, perPage:50){ items { id batch { code } } } }": types.SyncHeadFormDocument,
    "query SyncFormsByCursor($after:String){ forms(sortField:updatedAt, sortOrder:DESC, first:7, after:$after){ items { id } endCursor hasNextPage } }": types.SyncFormsByCursorDocument,
    "query SyncFormsByPage{ forms(sortField:updatedAt, sortOrder:DESC, perPage:200){ total items { id } } }": types.SyncFormsByPageDocument,
    "query SyncKeyingsByCursor($after:String){ keyings(sortField:keyerCode, sortOrder:ASC, first:50, after:$after){ items { id keyerCode } endCursor hasNextPage } }": types.SyncKeyingsByCursorDocument,
    "query SyncFormCursor{ forms(first:1){ endCursor } }": types.SyncFormCursorDocument,
    "query SyncOtherOrder($a:String){ verifiedRecords(sortField:verifiedAt, first:2, after:$a){ items { id } } }": types.SyncOtherOrderDocument,
    "query SyncBackwards{ verifiedRecords(sortField:sync, sortOrder:DESC, first:2){ items { id } } }": types.SyncBackwardsDocument,
    "query SyncPageAndCursor($a:String){ verifiedRecords(page:2, sortField:sync, sortOrder:ASC, after:$a){ items { id } } }": types.SyncPageAndCursorDocument,
    "query SyncTasksByDate{ correctionTasks(sortField:createdAt, first:5){ items { id } } }": types.SyncTasksByDateDocument,
    "query SyncTooMany{ verifiedRecords(first:1001){ items { id } } }": types.SyncTooManyDocument,
    "query SyncCostly{ verifiedRecords(first:1000){ items { id version automatic verifiedAt reviewerRef values { key value source illegible } form { id formNumber status } batch { id code provinceCode district commune status } } } }": types.SyncCostlyDocument,
    "mutation TeamsCreateTeam($i:CreateTeamInput!){ createTeam(input:$i){ id code provinceCode batchIds } }": types.TeamsCreateTeamDocument,
    "mutation TeamsUpdateTeam($id:ID!,$i:UpdateTeamInput!){ updateTeam(id:$id,input:$i){ id code name provinceCode batchIds } }": types.TeamsUpdateTeamDocument,
    "mutation TeamsSetUserTeam($u:ID!,$t:ID){ setUserTeam(userId:$u,teamId:$t){ id team { code } } }": types.TeamsSetUserTeamDocument,
    "mutation TeamsCreateUser($i:CreateUserInput!){ createUser(input:$i){ id username team { code provinceCode } } }": types.TeamsCreateUserDocument,
    "mutation TeamsClaimNextTask($b:ID){ claimNextTask(batchId:$b){ id batch { code provinceCode } discrepancies { id } } }": types.TeamsClaimNextTaskDocument,
    "mutation TeamsRelease($id:ID!){ releaseTask(id:$id){ id } }": types.TeamsReleaseDocument,
    "query TeamsBatches { batches(perPage:200){ items { provinceCode } } }": types.TeamsBatchesDocument,
    "query TeamsBatch($id:ID!){ batch(id:$id){ provinceCode } }": types.TeamsBatchDocument,
    "query TeamsForms { forms(perPage:200){ items { batch { provinceCode } } } }": types.TeamsFormsDocument,
    "query TeamsForm($id:ID!){ form(id:$id){ batch { provinceCode } } }": types.TeamsFormDocument,
    "query TeamsKeyings { keyings(perPage:200){ items { form { batch { provinceCode } } } } }": types.TeamsKeyingsDocument,
    "query TeamsKeying($id:ID!){ keying(id:$id){ form { batch { provinceCode } } } }": types.TeamsKeyingDocument,
    "query TeamsDiscrepancies { discrepancies(perPage:200){ items { form { batch { provinceCode } } } } }": types.TeamsDiscrepanciesDocument,
    "query TeamsDiscrepancy($id:ID!){ discrepancy(id:$id){ form { batch { provinceCode } } } }": types.TeamsDiscrepancyDocument,
    "query TeamsCorrectionTasks { correctionTasks(perPage:200){ items { batch { provinceCode } } } }": types.TeamsCorrectionTasksDocument,
    "query TeamsCorrectionTask($id:ID!){ correctionTask(id:$id){ batch { provinceCode } } }": types.TeamsCorrectionTaskDocument,
    "query TeamsVerifiedRecords { verifiedRecords(perPage:200){ items { batch { provinceCode } } } }": types.TeamsVerifiedRecordsDocument,
    "query TeamsVerifiedRecord($id:ID!){ verifiedRecord(id:$id){ batch { provinceCode } } }": types.TeamsVerifiedRecordDocument,
    "query TeamsKeyerReport($f:ReportFilter){ keyerReport(filter:$f, perPage:200, sortField:keyerCode, sortOrder:ASC){ total items { keyerCode forms fieldsKeyed fieldErrors } } }": types.TeamsKeyerReportDocument,
    "query TeamsFieldReport($f:ReportFilter){ fieldReport(filter:$f, perPage:200, sortField:fieldKey, sortOrder:ASC){ total items { fieldKey discrepancies } } }": types.TeamsFieldReportDocument,
    "query TeamsAreaReport($f:ReportFilter){ areaReport(level:BATCH, filter:$f, perPage:200, sortField:batchCode, sortOrder:ASC){ total items { batchCode provinceCode forms openTasks } } }": types.TeamsAreaReportDocument,
    "query TeamsReviewerReport($f:ReportFilter){ reviewerReport(filter:$f, perPage:200){ total items { reviewerId tasksResolved } } }": types.TeamsReviewerReportDocument,
    "query TeamsAgreementReport($f:ReportFilter){ agreementReport(filter:$f, perPage:200, sortField:forms, sortOrder:DESC){ total overall { forms fieldsCompared } items { keyerA keyerB forms } } }": types.TeamsAgreementReportDocument,
    "query TeamsOutOfControlKeyers($f:ReportFilter){ outOfControlKeyers(filter:$f, perPage:200){ total keyersChecked items { keyerCode } } }": types.TeamsOutOfControlKeyersDocument,
    "query TeamsReportCsv($f:ReportFilter){ reportCsv(report:AREAS, filter:$f) }": types.TeamsReportCsvDocument,
    "query TeamsResolutionWarnings($id:ID!){ resolutionWarnings(id:$id, resolutions:[]){ field message } }": types.TeamsResolutionWarningsDocument,
    "query TeamsSpotCheckWarnings($id:ID!){ spotCheckWarnings(id:$id){ field message } }": types.TeamsSpotCheckWarningsDocument,
    "query TeamsBatches2 {\n      batches(perPage:200){ items { id provinceCode } }\n      forms(perPage:200){ items { id batch { provinceCode } } }\n      keyings(perPage:200){ items { id form { batch { provinceCode } } } }\n      discrepancies(perPage:200){ items { id form { batch { provinceCode } } } }\n      correctionTasks(perPage:200){ items { id batch { provinceCode } } }\n      verifiedRecords(perPage:200){ items { id batch { provinceCode } } }\n    }": types.TeamsBatches2Document,
    "query TeamsAreaReport2 { areaReport(level:PROVINCE, perPage:200){ items { provinceCode forms } } }": types.TeamsAreaReport2Document,
    "query TeamsAreaReport3 { areaReport(level:PROVINCE, perPage:200){ items { provinceCode } } }": types.TeamsAreaReport3Document,
    "query TeamsForms2($b:ID){ forms(filter:{ batchId:$b }){ total } }": types.TeamsForms2Document,
    "query TeamsForms3($b:ID){ forms(filter:{ batchId:$b }){ total } keyings(filter:{ keyerCode:\"KH1\" }){ total items { form { batch { code } } } } }": types.TeamsForms3Document,
    "query TeamsCorrectionTasks2 { correctionTasks(perPage:200, filter:{ status: OPEN }){ items { id batch { provinceCode } } } }": types.TeamsCorrectionTasks2Document,
    "mutation TeamsEscalate($id:ID!){ escalateTask(id:$id, comment:\"x\"){ id } }": types.TeamsEscalateDocument,
    "mutation TeamsRekey($id:ID!){ requestRekey(id:$id){ id } }": types.TeamsRekeyDocument,
    "mutation TeamsReject($id:ID!){ rejectForm(taskId:$id, reason:\"x\"){ id } }": types.TeamsRejectDocument,
    "mutation TeamsSpot($id:ID!){ resolveSpotCheck(id:$id, corrections:[]){ id } }": types.TeamsSpotDocument,
    "query TeamsMe { me { id team { code provinceCode } } }": types.TeamsMeDocument,
    "query TeamsForm2($id:ID!){ form(id:$id){ id } }": types.TeamsForm2Document,
    "query TeamsAuditEvents { auditEvents(perPage:200, sortOrder:ASC){ items { action entityType entityId data } } }": types.TeamsAuditEventsDocument,
    "mutation WorkflowClaimNextTask($b:ID){ claimNextTask(batchId:$b){ id kind status escalated note form { id formNumber } discrepancies { id fieldKey value1 value2 value3 } comments { text author { username } } } }": types.WorkflowClaimNextTaskDocument,
    "mutation WorkflowResolveTask($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status form { id status verifiedRecord { values { key value source } } discrepancies { fieldKey finalValue outcome } } } }": types.WorkflowResolveTaskDocument,
    "query WorkflowForm($id:ID!){ form(id:$id){ status task { id status escalated note } keyings { pass keyerCode fieldsKeyed errorCount } discrepancies { fieldKey value3 outcome finalValue } verifiedRecord { values { key value source } } } }": types.WorkflowFormDocument,
    "mutation WorkflowEscalateTask($id:ID!){ escalateTask(id:$id, comment:\"  \"){ id } }": types.WorkflowEscalateTaskDocument,
    "mutation WorkflowEscalateTask2($id:ID!){ escalateTask(id:$id, comment:\"Chữ ký khó đọc, nhờ trưởng nhóm xem\"){ status escalated } }": types.WorkflowEscalateTask2Document,
    "mutation WorkflowReleaseTask($id:ID!){ releaseTask(id:$id){ status } }": types.WorkflowReleaseTaskDocument,
    "mutation WorkflowAddTaskComment($id:ID!,$t:String!){ addTaskComment(taskId:$id, text:$t){ id } }": types.WorkflowAddTaskCommentDocument,
    "query WorkflowCorrectionTask($id:ID!){ correctionTask(id:$id){ comments { text } } }": types.WorkflowCorrectionTaskDocument,
    "mutation WorkflowRequestRekey($id:ID!){ requestRekey(id:$id){ status claimedBy { id } } }": types.WorkflowRequestRekeyDocument,
    "mutation WorkflowRejectForm($id:ID!){ rejectForm(taskId:$id, reason:\"\"){ id } }": types.WorkflowRejectFormDocument,
    "mutation WorkflowRejectForm2($id:ID!){ rejectForm(taskId:$id, reason:\"Ảnh quét bị mờ\"){ status note form { status } } }": types.WorkflowRejectForm2Document,
    "mutation WorkflowRescanForm($id:ID!){ rescanForm(id:$id, imageRef:\"/scans/W/E4-v2.svg\"){ status } }": types.WorkflowRescanFormDocument,
    "mutation WorkflowRescanForm2($id:ID!){ rescanForm(id:$id, imageRef:\"/scans/W/E4-v2.svg\"){ status imageRef task { status } } }": types.WorkflowRescanForm2Document,
    "mutation WorkflowReleaseTask2($id:ID!){ releaseTask(id:$id){ id } }": types.WorkflowReleaseTask2Document,
    "mutation WorkflowEscalateTask3($id:ID!){ escalateTask(id:$id, comment:\"?\"){ id } }": types.WorkflowEscalateTask3Document,
    "mutation WorkflowEscalateTask4($id:ID!){ escalateTask(id:$id, comment:\"again\"){ id } }": types.WorkflowEscalateTask4Document,
    "query WorkflowCorrectionTasks($b:ID!){ correctionTasks(filter:{batchId:$b}, sortField:id, sortOrder:ASC){ items { kind status note form { formNumber } } } }": types.WorkflowCorrectionTasksDocument,
    "mutation WorkflowResolveSpotCheck($id:ID!){ resolveSpotCheck(id:$id, corrections:[{fieldKey:\"citizenId\", value:\"123\"}]){ id } }": types.WorkflowResolveSpotCheckDocument,
    "mutation WorkflowResolveSpotCheck2($id:ID!){ resolveSpotCheck(id:$id, corrections:[{fieldKey:\"fullName\", value:\"Nguyễn Văn Ấn\"}, {fieldKey:\"sex\", value:\"nam\"}]){ status discrepancyCount } }": types.WorkflowResolveSpotCheck2Document,
    "mutation WorkflowResolveSpotCheck3($id:ID!){ resolveSpotCheck(id:$id){ status discrepancyCount } }": types.WorkflowResolveSpotCheck3Document,
    "mutation WorkflowSetSpotCheckPolicy($b:ID!){ setSpotCheckPolicy(batchId:$b, policy:{percent:50, seed:42}){ spotCheckEvery spotCheckPercent spotCheckSeed } }": types.WorkflowSetSpotCheckPolicyDocument,
    "mutation WorkflowSetSpotCheckPolicy2($b:ID!){ setSpotCheckPolicy(batchId:$b, policy:{percent:5, every:3}){ id } }": types.WorkflowSetSpotCheckPolicy2Document,
    "query WorkflowCorrectionTasks2($b:ID!){ correctionTasks(filter:{batchId:$b, status:OPEN}, perPage:100){ total items { note } } }": types.WorkflowCorrectionTasks2Document,
    "query WorkflowBatch($b:ID!){ batch(id:$b){ status } }": types.WorkflowBatchDocument,
    "mutation WorkflowExportBatch($b:ID!){ exportBatch(batchId:$b){ batch recordCount rejectedForms templateCode templateVersion exportedBy exportedAt manifestSha256 directory files { name bytes sha256 } } }": types.WorkflowExportBatchDocument,
    "mutation WorkflowReopenBatch($b:ID!){ reopenBatch(batchId:$b, reason:\" \"){ status } }": types.WorkflowReopenBatchDocument,
    "mutation WorkflowReopenBatch2($b:ID!){ reopenBatch(batchId:$b, reason:\"x\"){ status } }": types.WorkflowReopenBatch2Document,
    "mutation WorkflowReopenBatch3($b:ID!){ reopenBatch(batchId:$b, reason:\"Sửa địa chỉ theo yêu cầu của xã\"){ status handedOverAt } }": types.WorkflowReopenBatch3Document,
    "query WorkflowAuditEvents($b:ID!){ auditEvents(filter:{entityType:\"batch\", entityId:$b}, perPage:50, sortOrder:ASC){ items { action actor data } } }": types.WorkflowAuditEventsDocument,
    "query WorkflowEventsOf($a:String!,$id:ID!){ auditEvents(filter:{action:$a, entityId:$id}){ items { actor entityType entityId data } } }": types.WorkflowEventsOfDocument,
    "query WorkflowFormRecord($id:ID!){ form(id:$id){ verifiedRecord { id } } }": types.WorkflowFormRecordDocument,
    "query WorkflowAuditEvents2 { auditEvents(filter:{action:\"task.resolve\"}, perPage:1, sortOrder:ASC){ items { actor entityType entityId data } } }": types.WorkflowAuditEvents2Document,
    "query WorkflowAuditEvents3 { auditEvents(perPage:200){ items { action } } }": types.WorkflowAuditEvents3Document,
    "query WorkflowAuditEvents4 { auditEvents { total } }": types.WorkflowAuditEvents4Document,
    "query AccountsMe2 { me { id username mustChangePassword team { code } } }": types.AccountsMe2Document,
    "query AccountsUser($id: ID!) { user(id: $id) { mustChangePassword team { code } } }": types.AccountsUserDocument,
    "mutation AccountsLogin2($u: String!, $p: String!) { login(username: $u, password: $p) { mustChangePassword } }": types.AccountsLogin2Document,
    "query DashboardCorrectionTasks($me: ID!) {\n  correctionTasks(filter: { status: CLAIMED, claimedById: $me }, perPage: 5) {\n    items { id status form { id formNumber status imageRef batch { code } } discrepancies { id fieldKey value1 value2 } }\n  }\n}": types.DashboardCorrectionTasksDocument,
    "query DashboardTaskState($id: ID!) { correctionTask(id: $id) { status } }": types.DashboardTaskStateDocument,
    "query DashboardCorrectionTask($id: ID!) { correctionTask(id: $id) { status form { status } } }": types.DashboardCorrectionTaskDocument,
    "mutation DashboardResolveTask($id: ID!, $res: [ResolutionInput!]!, $why: String) { resolveTask(id: $id, resolutions: $res, overrideReason: $why) { status } }": types.DashboardResolveTaskDocument,
    "query DashboardForms { all: forms(perPage: 1) { total } verified: forms(filter: { status: VERIFIED }, perPage: 1) { total } auto: forms(filter: { status: AUTO_VERIFIED }, perPage: 1) { total } }": types.DashboardFormsDocument,
    "query DashboardUsers { users { items { username } } }": types.DashboardUsersDocument,
    "query DashboardAreaReport { areaReport(level: ALL) { total items { forms } } }": types.DashboardAreaReportDocument,
    "mutation DashboardCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }": types.DashboardCreateApiKeyDocument,
    "query DashboardVerifiedRecords { verifiedRecords(perPage: 1) { total } }": types.DashboardVerifiedRecordsDocument,
    "query HouseholdHeldTasks($me: ID!) {\n  correctionTasks(filter: { status: CLAIMED, claimedById: $me }, perPage: 5) {\n    items { id form { id formNumber batch { code } } discrepancies { id fieldKey kind relatedForm { id formNumber batch { code } } relatedValue } }\n  }\n}": types.HouseholdHeldTasksDocument,
    "query HouseholdOpenTasks($b: ID!) {\n  correctionTasks(filter: { batchId: $b, status: OPEN }, perPage: 10) { total }\n}": types.HouseholdOpenTasksDocument,
    "query HouseholdDiscrepancies($b: ID!) {\n  discrepancies(filter: { batchId: $b, kind: CONSISTENCY }, perPage: 10) {\n    items { fieldKey kind form { formNumber } relatedForm { id formNumber batch { code } } relatedValue }\n  }\n}": types.HouseholdDiscrepanciesDocument,
    "query HouseholdTask($id: ID!) { correctionTask(id: $id) { id status } }": types.HouseholdTaskDocument,
    "query HouseholdForms($b: ID!) {\n  forms(filter: { batchId: $b }, sortField: id, sortOrder: ASC) { items { id formNumber status verifiedRecord { values { key value } } } }\n}": types.HouseholdFormsDocument,
    "query HouseholdMe { me { id } }": types.HouseholdMeDocument,
    "mutation HouseholdRegisterClerks{ registerClerks(clerks: [{ keyerCode: \"KT1\", displayName: \"Một\" }, { keyerCode: \"KT2\", displayName: \"Hai\" }]){ created } }": types.HouseholdRegisterClerksDocument,
    "mutation KeyingBrowserClaimTask($b:ID){ claimNextTask(batchId:$b){ id form { formNumber } discrepancies { id fieldKey } } }": types.KeyingBrowserClaimTaskDocument,
    "mutation KeyingBrowserResolve($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status } }": types.KeyingBrowserResolveDocument,
    "query KeyingBrowserBatch($id:ID!){ batch(id:$id){ status progress { forms autoVerified verified inReview } } }": types.KeyingBrowserBatchDocument,
    "query ManagerViewsBrowserDiscrepancies {\n  discrepancies(filter: { resolved: false }, perPage: 200) {\n    items { id fieldKey value1 value2 form { id } maskedDifference { first { cells { change } } } }\n  }\n}": types.ManagerViewsBrowserDiscrepanciesDocument,
    "query ManagerViewsBrowserClear($id: ID!) { discrepancy(id: $id) { value1 value2 } }": types.ManagerViewsBrowserClearDocument,
    "query UndoHeldTasks($me: ID!) {\n  correctionTasks(filter: { status: CLAIMED, claimedById: $me }, perPage: 5) { items { id form { id formNumber batch { code } } } }\n}": types.UndoHeldTasksDocument,
    "query UndoBatchTasks($b: ID!) {\n  correctionTasks(filter: { batchId: $b }, sortField: id, sortOrder: ASC) { items { id status claimedBy { username } form { id formNumber verifiedRecord { values { key value source } } } } }\n}": types.UndoBatchTasksDocument,
    "query UndoAudit($id: ID!) { auditEvents(filter: { entityType: \"task\", entityId: $id }, sortField: id, sortOrder: ASC, perPage: 50) { items { action data } } }": types.UndoAuditDocument,
    "query UndoMe { me { id } }": types.UndoMeDocument,
    "mutation UndoRegisterClerks{ registerClerks(clerks: [{ keyerCode: \"KT1\", displayName: \"Một\" }, { keyerCode: \"KT2\", displayName: \"Hai\" }]){ created } }": types.UndoRegisterClerksDocument,
    "mutation WalkClaimTask { claimNextTask { id form { formNumber } batch { code } } }": types.WalkClaimTaskDocument,
    "mutation WalkReleaseTask($id: ID!) { releaseTask(id: $id) { id } }": types.WalkReleaseTaskDocument,
    "query WorkflowCorrectionTasks3($me: ID!) {\n  correctionTasks(filter: { status: CLAIMED, claimedById: $me }, perPage: 5) {\n    items { id kind status escalated form { id formNumber batch { code } } discrepancies { id fieldKey kind value1 } }\n  }\n}": types.WorkflowCorrectionTasks3Document,
    "query WorkflowCorrectionTask2($id: ID!) {\n  correctionTask(id: $id) { id status escalated discrepancyCount comments { text author { username } } form { status verifiedRecord { values { key value source } } } }\n}": types.WorkflowCorrectionTask2Document,
    "mutation WorkflowSetSpotCheckPolicy3($b: ID!) { setSpotCheckPolicy(batchId: $b, policy: { percent: 100, seed: 7 }) { spotCheckPercent spotCheckSeed } }": types.WorkflowSetSpotCheckPolicy3Document,
    "mutation WorkflowRegisterClerks{ registerClerks(clerks: [{ keyerCode: \"KT1\", displayName: \"Một\" }, { keyerCode: \"KT2\", displayName: \"Hai\" }]){ created } }": types.WorkflowRegisterClerksDocument,
    "mutation WorkflowRegisterClerksRef{ registerClerks(clerks: [{ keyerCode: \"KT1\", displayName: \"Một\" }, { keyerCode: \"KT2\", displayName: \"Hai\" }]){ created } }": types.WorkflowRegisterClerksRefDocument,
    "query WorkflowReferenceForms($b: ID!) { forms(filter: { batchId: $b }, sortField: id, sortOrder: ASC) { items { formNumber status verifiedRecord { values { key value } } } } }": types.WorkflowReferenceFormsDocument,
    "mutation UsersLogin($u:String!,$p:String!){ login(username:$u,password:$p){ token mustChangePassword user { username role displayName } } }": types.UsersLoginDocument,
    "mutation SubmitKeyings($k:[KeyingInput!]!){ submitKeyings(keyings:$k){ index idempotencyKey status keyingId formId formStatus code message problems { field reason } } }": types.SubmitKeyingsDocument,
    "mutation FixturesCreateBatch($i:CreateBatchInput!){ createBatch(input:$i){ id code status } }": types.FixturesCreateBatchDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsTeamsCreateTeam($i:CreateTeamInput!){ createTeam(input:$i){ id code } }"): typeof import('./graphql.js').AccountsTeamsCreateTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsTeamsUpdateUser($id:ID!,$i:UpdateUserInput!){ updateUser(id:$id, input:$i){ id team { code } } }"): typeof import('./graphql.js').AccountsTeamsUpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsTeamsImportUsers($csv:String!){ importUsers(csv:$csv){ created skipped failed accounts { line username team } problems { line field reason } } }"): typeof import('./graphql.js').AccountsTeamsImportUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsTeamsUser($id:ID!){ user(id:$id){ team { code } } }"): typeof import('./graphql.js').AccountsTeamsUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsTeamsUsers { users(perPage: 200){ items { id username } } }"): typeof import('./graphql.js').AccountsTeamsUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsTeamsTeams { teams { items { id code } } }"): typeof import('./graphql.js').AccountsTeamsTeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsTeamsUser2($id:ID!){ user(id:$id){ displayName } }"): typeof import('./graphql.js').AccountsTeamsUser2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsTeamsUsers2($t:ID!){ users(perPage: 200, filter: { teamId: $t }){ items { username } } }"): typeof import('./graphql.js').AccountsTeamsUsers2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsTeamsAuditEvents($id:ID!){ auditEvents(perPage: 20, filter: { action: \"user.update\", entityType: \"user\", entityId: $id }){ items { data } } }"): typeof import('./graphql.js').AccountsTeamsAuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsLogin($u:String!,$p:String!){ login(username:$u,password:$p){ token mustChangePassword user { id username role } } }"): typeof import('./graphql.js').AccountsLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsCreateUser($i:CreateUserInput!){ createUser(input:$i){ id username displayName role keyerCode mustChangePassword hasPassword } }"): typeof import('./graphql.js').AccountsCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsUpdateUser($id:ID!,$i:UpdateUserInput!){ updateUser(id:$id,input:$i){ id displayName role keyerCode } }"): typeof import('./graphql.js').AccountsUpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsSetUserActive($id:ID!,$a:Boolean!){ setUserActive(id:$id,active:$a){ id active } }"): typeof import('./graphql.js').AccountsSetUserActiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsResetPassword($id:ID!){ resetPassword(id:$id){ oneTimePassword expiresAt user { id mustChangePassword hasPassword } } }"): typeof import('./graphql.js').AccountsResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsChangePassword($o:String!,$n:String!){ changePassword(oldPassword:$o,newPassword:$n){ token mustChangePassword user { username } } }"): typeof import('./graphql.js').AccountsChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsLogout{ logout }"): typeof import('./graphql.js').AccountsLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Batches { batches { total } }"): typeof import('./graphql.js').BatchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsMe { me { username mustChangePassword } }"): typeof import('./graphql.js').AccountsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsImportUsers($csv:String!){ importUsers(csv:$csv){ created skipped failed oneTimePasswordsExpireAt accounts { line id username displayName role keyerCode oneTimePassword } skippedAccounts { line username } problems { line field reason } } }"): typeof import('./graphql.js').AccountsImportUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsCorrectionTasks { correctionTasks { total } }"): typeof import('./graphql.js').AccountsCorrectionTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsClaimNextTask{ claimNextTask { id } }"): typeof import('./graphql.js').AccountsClaimNextTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsUsers { users(filter:{ role: KEYER }, perPage: 100){ items { id keyerCode hasPassword } } }"): typeof import('./graphql.js').AccountsUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsCreateApiKey{ createApiKey(input:{ name: \"reports\", scopes: [REPORTS_READ] }){ key } }"): typeof import('./graphql.js').AccountsCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsUsers2 { users(filter:{ role: KEYER }, perPage: 100){ items { id keyerCode } } }"): typeof import('./graphql.js').AccountsUsers2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsUsers3 { users(filter:{ role: CONSUMER }, perPage: 100){ total } }"): typeof import('./graphql.js').AccountsUsers3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsCreatePersonalKey{ createApiKey(input:{ name: \"records\", scopes: [RECORDS_READ_PERSONAL] }){ key } }"): typeof import('./graphql.js').AccountsCreatePersonalKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsRecordsByKey { verifiedRecords(perPage: 1) { total } }"): typeof import('./graphql.js').AccountsRecordsByKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsUserOtp($id: ID!) { users(filter: { ids: [$id] }) { items { mustChangePassword oneTimePasswordExpiresAt } } }"): typeof import('./graphql.js').AccountsUserOtpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsMyOtp { me { username oneTimePasswordExpiresAt } }"): typeof import('./graphql.js').AccountsMyOtpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdmissionRecords { verifiedRecords(perPage: 5) { total items { id } } }"): typeof import('./graphql.js').AdmissionRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdmissionTrivial { __typename }"): typeof import('./graphql.js').AdmissionTrivialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdmissionLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token } }"): typeof import('./graphql.js').AdmissionLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AggregateFoldAreaReport { areaReport(level: ALL){ items { forms } } }"): typeof import('./graphql.js').AggregateFoldAreaReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AgreedErrorsClaimNextTask($b:ID){ claimNextTask(batchId:$b){ id form { id } discrepancies { id fieldKey kind value1 value2 note suggestions } } }"): typeof import('./graphql.js').AgreedErrorsClaimNextTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgreedErrorsForm($f:ID!){ form(id:$f){ discrepancies { fieldKey kind value1 note suggestions } } }"): typeof import('./graphql.js').AgreedErrorsFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AgreedErrorsResolveTask($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ status form { discrepancies { fieldKey outcome } } } }"): typeof import('./graphql.js').AgreedErrorsResolveTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgreedErrorsKeyerReport { keyerReport(perPage:10, sortField:keyerCode, sortOrder:ASC){ items { keyerCode fieldErrors errorKinds { kind errors } } } }"): typeof import('./graphql.js').AgreedErrorsKeyerReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgreedErrorsForm2($f:ID!){ form(id:$f){ verifiedRecord { values { key value } } } }"): typeof import('./graphql.js').AgreedErrorsForm2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($u:String!,$p:String!){ login(username:$u,password:$p){ token } }"): typeof import('./graphql.js').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AtRestVerifiedRecords($c:String!){ verifiedRecords(filter:{citizenId:$c}){ total items { id values { key value } } } }"): typeof import('./graphql.js').AtRestVerifiedRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AtRestVerifiedRecords2($id:ID!){ verifiedRecords(filter:{ids:[$id]}){ items { values { key value } } } }"): typeof import('./graphql.js').AtRestVerifiedRecords2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AtRestAuditEvents { auditEvents(filter:{action:\"records.read\"}){ total } }"): typeof import('./graphql.js').AtRestAuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Typename { __typename }"): typeof import('./graphql.js').TypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditChainSetSpotCheckPolicy{ setSpotCheckPolicy(batchId: \"1\", policy: { every: 5 }){ id } }"): typeof import('./graphql.js').AuditChainSetSpotCheckPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditChainCreateApiKey($n:String!){ createApiKey(input:{ name: $n, scopes: [REPORTS_READ] }){ key } }"): typeof import('./graphql.js').AuditChainCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthCacheMe { me { username role } }"): typeof import('./graphql.js').AuthCacheMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthCacheSetActive($id:ID!,$a:Boolean!){ setUserActive(id:$id,active:$a){ id active } }"): typeof import('./graphql.js').AuthCacheSetActiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthCacheUpdate($id:ID!,$i:UpdateUserInput!){ updateUser(id:$id,input:$i){ id role } }"): typeof import('./graphql.js').AuthCacheUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BatchCodesCreateBatch($i:CreateBatchInput!){ createBatch(input:$i){ id code } }"): typeof import('./graphql.js').BatchCodesCreateBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BatchCodesExportBatch($b:ID!){ exportBatch(batchId:$b){ directory } }"): typeof import('./graphql.js').BatchCodesExportBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CrashSubmitKeyings($k:[KeyingInput!]!){ submitKeyings(keyings:$k){ idempotencyKey status keyingId code } }"): typeof import('./graphql.js').CrashSubmitKeyingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimNextTask{ claimNextTask { id discrepancies { id } } }"): typeof import('./graphql.js').ClaimNextTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResolveTask($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status } }"): typeof import('./graphql.js').ResolveTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CrashCreateBatch($i:CreateBatchInput!){ createBatch(input:$i){ id } }"): typeof import('./graphql.js').CrashCreateBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EndpointHardeningForms($f:FormFilter){ forms(filter:$f){ total } }"): typeof import('./graphql.js').EndpointHardeningFormsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me { me { id } }"): typeof import('./graphql.js').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me2 { me { username } }"): typeof import('./graphql.js').Me2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FinalChecksClaimNextTask($b:ID){ claimNextTask(batchId:$b){ id kind discrepancies { id fieldKey value1 value2 value3 } } }"): typeof import('./graphql.js').FinalChecksClaimNextTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FinalChecksResolveTask($id:ID!,$r:[ResolutionInput!]!,$why:String){ resolveTask(id:$id,resolutions:$r,overrideReason:$why){ id status form { status } } }"): typeof import('./graphql.js').FinalChecksResolveTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResolutionWarnings($id:ID!,$r:[ResolutionInput!]!){ resolutionWarnings(id:$id, resolutions:$r){ field kind check message } }"): typeof import('./graphql.js').ResolutionWarningsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FinalChecksResolveSpotCheck($id:ID!,$c:[FieldCorrectionInput!]!,$why:String){ resolveSpotCheck(id:$id,corrections:$c,overrideReason:$why){ id status } }"): typeof import('./graphql.js').FinalChecksResolveSpotCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FinalChecksSpotCheckWarnings($id:ID!,$c:[FieldCorrectionInput!]!){ spotCheckWarnings(id:$id, corrections:$c){ field kind check message } }"): typeof import('./graphql.js').FinalChecksSpotCheckWarningsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FinalChecksRequestRekey($id:ID!){ requestRekey(id:$id){ status } }"): typeof import('./graphql.js').FinalChecksRequestRekeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FinalChecksAuditEvents($id:ID!){ auditEvents(filter:{ entityType:\"task\", entityId:$id, action:\"task.rekeyed\" }){ items { data } } }"): typeof import('./graphql.js').FinalChecksAuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FinalChecksForms($b:ID!){ forms(filter:{ batchId:$b }){ items { formNumber verifiedRecord { values { key value } } } } }"): typeof import('./graphql.js').FinalChecksFormsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FuzzSubmitKeyings($k:[KeyingInput!]!){ submitKeyings(keyings:$k){ index status keyingId code message problems { field reason } } }"): typeof import('./graphql.js').FuzzSubmitKeyingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateUser($i:CreateUserInput!){ createUser(input:$i){ id } }"): typeof import('./graphql.js').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileBatches($s:String!){ r: batches(filter:{ code: $s }){ total } }"): typeof import('./graphql.js').HostileBatchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileBatches2($s:String!){ r: batches(filter:{ provinceCode: $s }){ total } }"): typeof import('./graphql.js').HostileBatches2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileBatches3($s:ID!){ r: batches(filter:{ ids: [$s] }){ total } }"): typeof import('./graphql.js').HostileBatches3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileForms($s:String!){ r: forms(filter:{ formNumber: $s }){ total } }"): typeof import('./graphql.js').HostileFormsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileForms2($s:ID!){ r: forms(filter:{ batchId: $s }){ total } }"): typeof import('./graphql.js').HostileForms2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileKeyings($s:String!){ r: keyings(filter:{ keyerCode: $s }){ total } }"): typeof import('./graphql.js').HostileKeyingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileDiscrepancies($s:String!){ r: discrepancies(filter:{ fieldKey: $s }){ total } }"): typeof import('./graphql.js').HostileDiscrepanciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileVerifiedRecords($s:ID!){ r: verifiedRecords(filter:{ formId: $s }){ total } }"): typeof import('./graphql.js').HostileVerifiedRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileAuditEvents($s:String!){ r: auditEvents(filter:{ entityType: $s }){ total } }"): typeof import('./graphql.js').HostileAuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileAuditEvents2($s:String!){ r: auditEvents(filter:{ action: $s }){ total } }"): typeof import('./graphql.js').HostileAuditEvents2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileUsers($s:ID!){ r: users(filter:{ ids: [$s] }){ total } }"): typeof import('./graphql.js').HostileUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileTemplate($s:String!){ r: template(code: $s){ code } }"): typeof import('./graphql.js').HostileTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileBatches4($ids:[ID!]!){ batches(filter:{ ids: $ids }){ total } }"): typeof import('./graphql.js').HostileBatches4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HostileCreateBatch2{ createBatch(input:{ code:\"HB2\", provinceCode:\"001\", district:\"a\", commune:\"b\" }){ id } }"): typeof import('./graphql.js').HostileCreateBatch2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HostileCreateBatch3{ createBatch(input:{ code:\"HB3\", provinceCode:\"001\", district:\"a\", commune:\"b\" }){ id } }"): typeof import('./graphql.js').HostileCreateBatch3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileForms3 { forms(perPage: 100000){ total } }"): typeof import('./graphql.js').HostileForms3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileForms4 { forms(perPage: 201){ total } }"): typeof import('./graphql.js').HostileForms4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileForms5 { forms(page: 2147483647){ total } }"): typeof import('./graphql.js').HostileForms5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HostileResolveTask($r:[ResolutionInput!]!){ resolveTask(id: \"1\", resolutions: $r){ id } }"): typeof import('./graphql.js').HostileResolveTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HouseholdsForm($f:ID!){ form(id:$f){ id formNumber status discrepancies { id fieldKey kind note value1 relatedValue relatedForm { id formNumber } resolvedAt } } }"): typeof import('./graphql.js').HouseholdsFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HouseholdsClaim($b:ID){ claimNextTask(batchId:$b){ id form { id formNumber } discrepancies { id fieldKey kind note value1 relatedValue relatedForm { id formNumber } } } }"): typeof import('./graphql.js').HouseholdsClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HouseholdsResolve($id:ID!,$r:[ResolutionInput!]!,$why:String){ resolveTask(id:$id,resolutions:$r,overrideReason:$why){ status form { status } } }"): typeof import('./graphql.js').HouseholdsResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HouseholdsWarnings($id:ID!,$r:[ResolutionInput!]!){ resolutionWarnings(id:$id,resolutions:$r){ field kind check message } }"): typeof import('./graphql.js').HouseholdsWarningsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HouseholdsBatch($id:ID!){ batch(id:$id){ status } }"): typeof import('./graphql.js').HouseholdsBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HouseholdsRecord($f:ID!){ form(id:$f){ verifiedRecord { automatic values { key value } } } }"): typeof import('./graphql.js').HouseholdsRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HouseholdsExport($b:ID!){ exportBatch(batchId:$b){ recordCount } }"): typeof import('./graphql.js').HouseholdsExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IndependenceForm($id:ID!){ form(id:$id){ status task { id } verifiedRecord { id } keyings { pass keyerCode submittedBy } } }"): typeof import('./graphql.js').IndependenceFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IndependenceKeyings { keyings(perPage:1){ total } verifiedRecords(perPage:1){ total } }"): typeof import('./graphql.js').IndependenceKeyingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IndependenceAuditEvents { auditEvents(perPage: 200, filter: { action: \"keyings.ingest\" }){ items { actor data } } }"): typeof import('./graphql.js').IndependenceAuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IndependenceCreateApiKey($n:String!){ createApiKey(input:{ name: $n, scopes: [KEYINGS_SUBMIT] }){ key } }"): typeof import('./graphql.js').IndependenceCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IndependenceRegisterClerks{ registerClerks(clerks: [{ keyerCode: \"KT999\", displayName: \"Nguyễn Thị Chín\" }]){ created existing } }"): typeof import('./graphql.js').IndependenceRegisterClerksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IndependenceClaimNextTask{ claimNextTask { id form { formNumber } } }"): typeof import('./graphql.js').IndependenceClaimNextTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestRekey($id:ID!){ requestRekey(id:$id){ status } }"): typeof import('./graphql.js').RequestRekeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IndependenceCreateUser($i:CreateUserInput!){ createUser(input:$i){ id role keyerCode } }"): typeof import('./graphql.js').IndependenceCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IndependenceRegisterClerks2($c:[ClerkInput!]!){ registerClerks(clerks:$c){ created existing } }"): typeof import('./graphql.js').IndependenceRegisterClerks2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IndependenceAuditEvents2 { auditEvents(perPage: 1, filter: { action: \"clerks.register\" }){ total } created: auditEvents(perPage: 1, filter: { action: \"user.create\" }){ total } }"): typeof import('./graphql.js').IndependenceAuditEvents2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IndependenceUsers { users(perPage: 200, filter: { role: KEYER }){ items { username keyerCode } } }"): typeof import('./graphql.js').IndependenceUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IndependenceLogin{ login(username: \"kr01\", password: \"\") { token } }"): typeof import('./graphql.js').IndependenceLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IngestForms { forms(perPage:1){ total } keyings(perPage:1){ total } correctionTasks(perPage:1){ total } verifiedRecords(perPage:1){ total } discrepancies(perPage:1){ total } }"): typeof import('./graphql.js').IngestFormsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IngestForm($id:ID!){ form(id:$id){ status verifiedAt task { id } keyings { pass keyerCode values { key value } } verifiedRecord { automatic values { key value source } } } }"): typeof import('./graphql.js').IngestFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IngestForm2($id:ID!){ form(id:$id){ status task { status discrepancyCount } discrepancies { fieldKey value1 value2 kind editDistance outcome } } }"): typeof import('./graphql.js').IngestForm2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IngestBatchStatus($id:ID!){ batch(id:$id){ status } }"): typeof import('./graphql.js').IngestBatchStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IngestKeyings { keyings(filter:{keyerCode:\"KT7\"}){ total } }"): typeof import('./graphql.js').IngestKeyingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IngestForms2 { forms(filter:{formNumber:\"V1\"}){ total } }"): typeof import('./graphql.js').IngestForms2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IngestForm3($id:ID!){ form(id:$id){ keyings { values { key value illegible } } discrepancies { fieldKey kind } } }"): typeof import('./graphql.js').IngestForm3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeyingStationClaim($b:ID){ claimNextKeying(batchId:$b){ id batchId batchCode formNumber claimedAt leaseUntil scanUrl scanType fields { key type required allowed } } }"): typeof import('./graphql.js').KeyingStationClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeyingStationSave($id:ID!,$k:LeasedKeyingInput!){ saveLeasedKeying(id:$id, keying:$k){ status } }"): typeof import('./graphql.js').KeyingStationSaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeyingStationSaveNext($id:ID!,$k:LeasedKeyingInput!,$b:ID){ saveLeasedKeying(id:$id, keying:$k, next:true, batchId:$b){ status next { id formNumber } } }"): typeof import('./graphql.js').KeyingStationSaveNextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeyingStationFigures{ myKeyingFigures { keyedToday keyedThisWeek medianSecondsThisWeek reviewedForms fieldsReviewed fieldErrors errorRate } }"): typeof import('./graphql.js').KeyingStationFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeyingStationLogin($u:String!,$p:String!){ login(username:$u,password:$p){ token } }"): typeof import('./graphql.js').KeyingStationLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeyingStationClaimTask($b:ID){ claimNextTask(batchId:$b){ id form { formNumber imageRef } discrepancies { id fieldKey } } }"): typeof import('./graphql.js').KeyingStationClaimTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeyingStationResolve($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status form { status } } }"): typeof import('./graphql.js').KeyingStationResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeyingStationBatch($id:ID!){ batch(id:$id){ status } }"): typeof import('./graphql.js').KeyingStationBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanTaskTotal($f: CorrectionTaskFilter) { correctionTasks(filter: $f, perPage: 5) { total totalIsEstimate hasNextPage } }"): typeof import('./graphql.js').PlanTaskTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ManagerViewsForm($n:String!){ forms(filter:{formNumber:$n}){ items { id task { id discrepancyCount }\n  discrepancies { id fieldKey kind value1 value2 editDistance maskedDifference { kind editDistance first { cells { text change } changedAt } second { cells { text change } changedAt } } }\n  fields { field { key } value1 value2 discrepancyId maskedDifference { kind editDistance first { cells { text change } changedAt } second { cells { text change } changedAt } } } } } }"): typeof import('./graphql.js').ManagerViewsFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ManagerViewsDiscrepancy($id:ID!){ discrepancy(id:$id){ fieldKey value1 value2 editDistance maskedDifference { kind editDistance first { cells { text change } changedAt } second { cells { text change } changedAt } } } }"): typeof import('./graphql.js').ManagerViewsDiscrepancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ManagerViewsKeyers($f:ReportFilter,$d:Boolean){ keyerReport(filter:$f, byDay:$d, perPage:50, sortField:keyerCode, sortOrder:ASC){ items { keyerCode day fieldErrors errorRate pendingFields } } }"): typeof import('./graphql.js').ManagerViewsKeyersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ManagerViewsAreas($l:AreaLevel!,$f:ReportFilter,$d:Boolean){ areaReport(level:$l, filter:$f, byDay:$d, perPage:50){ items { batchCode errors errorRate openTasks pendingFields } } }"): typeof import('./graphql.js').ManagerViewsAreasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ManagerViewsFields($f:ReportFilter){ fieldReport(filter:$f, perPage:200, sortField:fieldKey, sortOrder:ASC){ items { fieldKey errors pendingFields } } }"): typeof import('./graphql.js').ManagerViewsFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ManagerViewsKeyersPlain { keyerReport(perPage:50, sortField:keyerCode, sortOrder:ASC){ items { keyerCode errorRate } } }"): typeof import('./graphql.js').ManagerViewsKeyersPlainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ManagerViewsKeyersFragment { keyerReport(perPage:50, sortField:keyerCode, sortOrder:ASC){ items { keyerCode ...Waiting } } } fragment Waiting on KeyerReportRow { waiting: pendingFields }"): typeof import('./graphql.js').ManagerViewsKeyersFragmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ManagerViewsOutOfControl { outOfControlKeyers(perPage:10){ items { keyerCode pendingFields } } }"): typeof import('./graphql.js').ManagerViewsOutOfControlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ManagerViewsReviewers { reviewerReport(perPage:50){ items { reviewerId reviewerName tasksResolved } } }"): typeof import('./graphql.js').ManagerViewsReviewersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ManagerViewsClaim($b:ID){ claimNextTask(batchId:$b){ id discrepancies { id } } }"): typeof import('./graphql.js').ManagerViewsClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ManagerViewsResolve($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status } }"): typeof import('./graphql.js').ManagerViewsResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ManagerViewsCreateKey{ createApiKey(input:{ name: \"reports\", scopes: [REPORTS_READ] }){ key } }"): typeof import('./graphql.js').ManagerViewsCreateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MutationAuditClaimNextTask($b:ID){ claimNextTask(batchId:$b){ id form { id } discrepancies { id } } }"): typeof import('./graphql.js').MutationAuditClaimNextTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MutationAuditResolveTask($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id } }"): typeof import('./graphql.js').MutationAuditResolveTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MutationAuditRejectForm($id:ID!){ rejectForm(taskId:$id, reason:\"unreadable\"){ id } }"): typeof import('./graphql.js').MutationAuditRejectFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportBatch($b:ID!){ exportBatch(batchId:$b){ recordCount } }"): typeof import('./graphql.js').ExportBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MutationAuditCreateTeam($i:CreateTeamInput!){ createTeam(input:$i){ id } }"): typeof import('./graphql.js').MutationAuditCreateTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MutationAuditClaimNextKeying($b:ID){ claimNextKeying(batchId:$b){ id } }"): typeof import('./graphql.js').MutationAuditClaimNextKeyingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MutationAuditCreateApiKey{ createApiKey(input:{ name: \"to revoke\", scopes: [REPORTS_READ] }){ apiKey { id } } }"): typeof import('./graphql.js').MutationAuditCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateApiKey($i:CreateApiKeyInput!){ createApiKey(input:$i){ key } }"): typeof import('./graphql.js').CreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionsVerifiedRecords { verifiedRecords(perPage: 5){ total items { id values { key value } } } }"): typeof import('./graphql.js').PermissionsVerifiedRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WalkToKeyings { verifiedRecords { items { form { formNumber keyings { pass } } } } }"): typeof import('./graphql.js').WalkToKeyingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WalkToDiscrepancies { verifiedRecords { items { form { formNumber discrepancies { id } } } } }"): typeof import('./graphql.js').WalkToDiscrepanciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WalkToTask { verifiedRecords { items { form { formNumber task { id } } } } }"): typeof import('./graphql.js').WalkToTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WalkToFields { verifiedRecords { items { form { formNumber fields { value1 } } } } }"): typeof import('./graphql.js').WalkToFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionsVerifiedRecords2 { verifiedRecords { items { form { formNumber } batch { code } verifiedBy { displayName } } } }"): typeof import('./graphql.js').PermissionsVerifiedRecords2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermissionsCreateApiKey{ createApiKey(input:{ name: \"to revoke\", scopes: [REPORTS_READ] }){ key apiKey { id } } }"): typeof import('./graphql.js').PermissionsCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermissionsRevokeApiKey($id:ID!){ revokeApiKey(id:$id){ revokedAt } }"): typeof import('./graphql.js').PermissionsRevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesForms($n:Int!){ forms(perPage:$n, sortField:id, sortOrder:ASC){ total items { id formNumber batch { code } keyings { pass keyerCode values { key value } } discrepancies { fieldKey kind } task { status } verifiedRecord { values { key source } } fields { field { key } value1 value2 discrepancyId } } } }"): typeof import('./graphql.js').QueriesFormsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesForms2($p:Int!){ forms(page:$p, perPage:8, sortField:status, sortOrder:ASC){ total page perPage items { id status } } }"): typeof import('./graphql.js').QueriesForms2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesForms3 { forms(perPage:3, sortField:id, sortOrder:DESC){ items { formNumber } } }"): typeof import('./graphql.js').QueriesForms3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesBatches { batches(filter:{provinceCode:\"079\"}){ total items { code progress { forms autoVerified inReview } } } }"): typeof import('./graphql.js').QueriesBatchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesBatches2 { batches(filter:{code:\"Q1\"}){ items { id } } }"): typeof import('./graphql.js').QueriesBatches2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesForms4($b:ID!){ forms(filter:{batchId:$b, status:IN_REVIEW}){ total } correctionTasks(filter:{batchId:$b, status:OPEN}){ total } discrepancies(filter:{batchId:$b, fieldKey:\"fullName\", kind:DIACRITIC, resolved:false}){ total } }"): typeof import('./graphql.js').QueriesForms4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesKeyings { keyings(filter:{keyerCode:\"KT3\", pass:2}){ total } }"): typeof import('./graphql.js').QueriesKeyingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VerifiedRecords { verifiedRecords(filter:{automatic:true}){ total } }"): typeof import('./graphql.js').VerifiedRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesForms5 { forms(perPage:1000){ total } }"): typeof import('./graphql.js').QueriesForms5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesForms6 { forms(page:0){ total } }"): typeof import('./graphql.js').QueriesForms6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesForm { form(id:\"abc\"){ id } }"): typeof import('./graphql.js').QueriesFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesForm2 { form(id:\"999999\"){ id } }"): typeof import('./graphql.js').QueriesForm2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesForms7 { forms { total } }"): typeof import('./graphql.js').QueriesForms7Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VerifiedRecords2 { verifiedRecords { total } }"): typeof import('./graphql.js').VerifiedRecords2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesUsers { users { total } }"): typeof import('./graphql.js').QueriesUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueriesLogin{ login(username:\"admin\", password:\"wrong password here\"){ token } }"): typeof import('./graphql.js').QueriesLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueriesLogin2{ login(username:\"nobody\", password:\"wrong password here\"){ token } }"): typeof import('./graphql.js').QueriesLogin2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReopenClaim($b:ID){ claimNextTask(batchId:$b){ id form { id formNumber } discrepancies { id fieldKey value1 value2 } } }"): typeof import('./graphql.js').ReopenClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReopenResolve($id:ID!,$r:[ResolutionInput!]!,$why:String){ resolveTask(id:$id,resolutions:$r,overrideReason:$why){ id status form { status } } }"): typeof import('./graphql.js').ReopenResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReopenTask($id:ID!,$why:String){ reopenTask(id:$id,reason:$why){ id status resolvedAt resolvedBy { username } claimedBy { username } leaseUntil canReopen form { id status verifiedRecord { version values { key value source } } } discrepancies { fieldKey outcome finalValue resolvedAt } } }"): typeof import('./graphql.js').ReopenTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReopenTaskView($id:ID!){ correctionTask(id:$id){ id status canReopen resolvedBy { username } } }"): typeof import('./graphql.js').ReopenTaskViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReopenBatch($id:ID!){ batch(id:$id){ status } }"): typeof import('./graphql.js').ReopenBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReopenExport($b:ID!){ exportBatch(batchId:$b){ recordCount } }"): typeof import('./graphql.js').ReopenExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReopenUnlockBatch($b:ID!){ reopenBatch(batchId:$b, reason:\"a late correction\"){ status } }"): typeof import('./graphql.js').ReopenUnlockBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReopenMine($f:CorrectionTaskFilter){ correctionTasks(filter:$f, sortField: resolvedAt, sortOrder: DESC){ items { id canReopen form { formNumber } } } }"): typeof import('./graphql.js').ReopenMineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReopenWarnings($id:ID!,$r:[ResolutionInput!]!){ resolutionWarnings(id:$id,resolutions:$r){ field kind check message } }"): typeof import('./graphql.js').ReopenWarningsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReopenMe{ me { id } }"): typeof import('./graphql.js').ReopenMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplicaClaimNextTask{ claimNextTask { id status claimedBy { username } form { id status } discrepancies { id fieldKey } } }"): typeof import('./graphql.js').ReplicaClaimNextTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplicaResolveTask($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status form { id status verifiedRecord { id } } } }"): typeof import('./graphql.js').ReplicaResolveTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplicaCorrectionTask($t:ID!,$f:ID!){ correctionTask(id:$t){ status claimedBy { username } } form(id:$f){ status verifiedRecord { id } } }"): typeof import('./graphql.js').ReplicaCorrectionTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplicaVerifiedRecords{ verifiedRecords(perPage:200){ total items { id form { formNumber } } } }"): typeof import('./graphql.js').ReplicaVerifiedRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplicaSync($after:String){ verifiedRecords(sortField:sync, sortOrder:ASC, first:50, after:$after){ items { id } endCursor hasNextPage } }"): typeof import('./graphql.js').ReplicaSyncDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplicaAreaReport{ areaReport(level: ALL){ items { forms } } }"): typeof import('./graphql.js').ReplicaAreaReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsKeyerReport($f:ReportFilter,$d:Boolean,$s:KeyerReportSortField,$o:SortOrder){ keyerReport(filter:$f, byDay:$d, perPage:200, sortField:$s, sortOrder:$o){ total items {\n  keyerCode day forms keyings fieldsKeyed keystrokes fieldErrors errorRate errorRateLow errorRateHigh errorsPerThousandKeystrokes medianSecondsPerForm\n  errorKinds { kind errors } populationRate upperControlLimit outOfControl zScore } } }"): typeof import('./graphql.js').ReportsKeyerReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsFieldReport($f:ReportFilter){ fieldReport(filter:$f, perPage:200){ total items { fieldKey keyed errors errorRate errorRateLow errorRateHigh compared discrepancies discrepancyRate } } }"): typeof import('./graphql.js').ReportsFieldReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsAreaReport($l:AreaLevel!,$f:ReportFilter){ areaReport(level:$l, filter:$f, perPage:200, sortField:provinceCode, sortOrder:ASC){ total items {\n  level batchCode batchStatus district provinceCode forms compared autoVerified toReview reviewVerified spotChecked spotCorrected rejected done progress\n  discrepancyRate fieldsCompared fieldDiscrepancyRate agreementRate fieldsKeyed errors errorRate openTasks oldestOpenTaskAt oldestOpenTaskAgeSeconds } } }"): typeof import('./graphql.js').ReportsAreaReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsReviewerReport { reviewerReport(sortField:reviewerId, sortOrder:ASC){ items { reviewerId tasksResolved reviewTasks spotChecks spotCorrections rejected escalated fieldsResolved\n  agreedFirst agreedSecond agreedBoth agreedNeither agreedFirstRate agreedSecondRate agreedNeitherRate medianSecondsToResolve p90SecondsToResolve } } }"): typeof import('./graphql.js').ReportsReviewerReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportsClaimNextTask($b:ID){ claimNextTask(batchId:$b){ id kind form { formNumber } discrepancies { id fieldKey } } }"): typeof import('./graphql.js').ReportsClaimNextTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportsRejectForm($id:ID!){ rejectForm(taskId:$id, reason:\"Ảnh mờ\"){ status } }"): typeof import('./graphql.js').ReportsRejectFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsForms { forms(filter:{formNumber:\"A5\"}){ items { id } } }"): typeof import('./graphql.js').ReportsFormsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportsRescanForm($id:ID!){ rescanForm(id:$id, imageRef:\"/scans/A5-v2.svg\"){ status } }"): typeof import('./graphql.js').ReportsRescanFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportsEscalateTask($id:ID!){ escalateTask(id:$id, comment:\"Nhiều lỗi\"){ status } }"): typeof import('./graphql.js').ReportsEscalateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportsResolveSpotCheck($id:ID!){ resolveSpotCheck(id:$id){ status } }"): typeof import('./graphql.js').ReportsResolveSpotCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsKeyerReport2 { keyerReport(perPage:2){ total items { keyerCode } } }"): typeof import('./graphql.js').ReportsKeyerReport2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsOutOfControlKeyers { outOfControlKeyers { total populationRate keyersChecked items { keyerCode errorRate upperControlLimit zScore } } }"): typeof import('./graphql.js').ReportsOutOfControlKeyersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsOutOfControlKeyers2($b:ID!){ outOfControlKeyers(filter:{batchId:$b}){ total keyersChecked } }"): typeof import('./graphql.js').ReportsOutOfControlKeyers2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsAgreementReport { agreementReport { total overall { forms fieldsCompared fieldsAgreed agreementRate } items { keyerA keyerB forms fieldsCompared fieldsAgreed agreementRate } } }"): typeof import('./graphql.js').ReportsAgreementReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportCsv($report: ReportName!, $level: AreaLevel, $filter: ReportFilter, $byDay: Boolean) {\n  reportCsv(report: $report, level: $level, filter: $filter, byDay: $byDay)\n}"): typeof import('./graphql.js').ReportCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsKeyerReport3 { keyerReport { total } }"): typeof import('./graphql.js').ReportsKeyerReport3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsReportCsv { reportCsv(report:FIELDS) }"): typeof import('./graphql.js').ReportsReportCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsAreaReport2 { areaReport { total } }"): typeof import('./graphql.js').ReportsAreaReport2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsAreaReport3 { areaReport(level:ALL) { total } }"): typeof import('./graphql.js').ReportsAreaReport3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewClaimNextTask($b:ID){ claimNextTask(batchId:$b){ id status leaseUntil claimedBy { username } form { id formNumber } discrepancies { id fieldKey value1 value2 } } }"): typeof import('./graphql.js').ReviewClaimNextTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewResolveTask($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status resolvedAt resolvedBy { username } form { id status verifiedRecord { automatic values { key value source } } discrepancies { fieldKey finalValue outcome } } } }"): typeof import('./graphql.js').ReviewResolveTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewReleaseTask($id:ID!){ releaseTask(id:$id){ id status claimedBy { username } } }"): typeof import('./graphql.js').ReviewReleaseTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TaskAndForm($id:ID!, $formId:ID!){ correctionTask(id:$id){ status } form(id:$formId){ status verifiedRecord { id } } }"): typeof import('./graphql.js').TaskAndFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewReleaseKeep($id:ID!){ releaseTask(id:$id, setAside:false){ id status } }"): typeof import('./graphql.js').ReviewReleaseKeepDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewBatches { batches(filter:{code:\"R2\"}){ items { id } } }"): typeof import('./graphql.js').ReviewBatchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewForms { forms(filter:{status:VERIFIED}){ total } correctionTasks(filter:{status:RESOLVED}){ total } verifiedRecords{ total } }"): typeof import('./graphql.js').ReviewFormsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewClaimNextTask2{ claimNextTask { id discrepancies { id fieldKey kind value1 value2 note } } }"): typeof import('./graphql.js').ReviewClaimNextTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewClaimNextTask3{ claimNextTask { id discrepancies { id fieldKey note } } }"): typeof import('./graphql.js').ReviewClaimNextTask3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewCorrectionTask($id:ID!){ correctionTask(id:$id){ status } }"): typeof import('./graphql.js').ReviewCorrectionTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResolveWithBlankReason($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r,overrideReason:\"  \"){ id } }"): typeof import('./graphql.js').ResolveWithBlankReasonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResolveWithReason($id:ID!,$r:[ResolutionInput!]!,$why:String){ resolveTask(id:$id,resolutions:$r,overrideReason:$why){ id status resolvedAt resolvedBy { username } form { id status verifiedRecord { automatic values { key value source } } discrepancies { fieldKey finalValue outcome } } } }"): typeof import('./graphql.js').ResolveWithReasonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewAuditEvents($id:ID!){ auditEvents(filter:{ entityType:\"task\", entityId:$id }, perPage:20){ items { action data } } }"): typeof import('./graphql.js').ReviewAuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScansClaimNextTask($b:ID){ claimNextTask(batchId:$b){ id form { formNumber imageRef } } }"): typeof import('./graphql.js').ScansClaimNextTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScansAuditEvents { auditEvents(filter:{action:\"scans.read\"}){ total } }"): typeof import('./graphql.js').ScansAuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityCreateApiKey($i:CreateApiKeyInput!){ createApiKey(input:$i){ key apiKey { id name prefix scopes role createdAt revokedAt lastUsedAt createdBy { username } } } }"): typeof import('./graphql.js').SecurityCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityApiKeys { apiKeys(filter:{ revoked: false }){ total items { id prefix scopes role lastUsedAt } } }"): typeof import('./graphql.js').SecurityApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityApiKeys2($id:ID!){ apiKeys(filter:{ ids: [$id] }){ items { lastUsedAt } } }"): typeof import('./graphql.js').SecurityApiKeys2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityBatches { batches { items { code } } templates { code } }"): typeof import('./graphql.js').SecurityBatchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityForms { forms { items { batch { template { fields { key } } } } } }"): typeof import('./graphql.js').SecurityFormsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityUserType { __type(name: \"User\") { fields { name } } }"): typeof import('./graphql.js').SecurityUserTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityTemplates { templates { code } }"): typeof import('./graphql.js').SecurityTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SideChannelsClaimNextTask{ claimNextTask { id form { formNumber } discrepancies { id } } }"): typeof import('./graphql.js').SideChannelsClaimNextTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SideChannelsAuditEvents($a:String!){ auditEvents(filter:{action:$a}, perPage:200){ total items { actor entityType entityId data } } }"): typeof import('./graphql.js').SideChannelsAuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SideChannelsVerifiedRecords($c:String!){ verifiedRecords(filter:{citizenId:$c}){ total } }"): typeof import('./graphql.js').SideChannelsVerifiedRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SideChannelsForms($c:String!){ forms(filter:{citizenId:$c}){ total } }"): typeof import('./graphql.js').SideChannelsFormsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SideChannelsAuditEvents2 { auditEvents(perPage:200){ items { data } } }"): typeof import('./graphql.js').SideChannelsAuditEvents2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SideChannels_Schema { __schema { types { name inputFields { name } enumValues { name } } } }"): typeof import('./graphql.js').SideChannels_SchemaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SideChannelsDiscrepancies { discrepancies(filter:{kind:RULE}, perPage:200){ items { id fieldKey note form { formNumber } } } }"): typeof import('./graphql.js').SideChannelsDiscrepanciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SideChannelsDiscrepancy($id:ID!){ discrepancy(id:$id){ note value1 } }"): typeof import('./graphql.js').SideChannelsDiscrepancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SideChannelsForms2 { forms(perPage:200){ items { id fields { value1 value2 finalValue } } } }"): typeof import('./graphql.js').SideChannelsForms2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SideChannelsKeyings { keyings(perPage:200){ items { id values { key value } } } }"): typeof import('./graphql.js').SideChannelsKeyingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SideChannelsDiscrepancies2 { discrepancies(perPage:200){ items { id fieldKey value1 value2 value3 finalValue } } }"): typeof import('./graphql.js').SideChannelsDiscrepancies2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SideChannelsForm($id:ID!){ form(id:$id){ fields { value1 } keyings { values { value } } } }"): typeof import('./graphql.js').SideChannelsFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SideChannelsVerifiedRecords2 { verifiedRecords(perPage:200){ items { values { value } } } }"): typeof import('./graphql.js').SideChannelsVerifiedRecords2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SideChannelsForms3 { forms(filter:{formNumber:\"F2\"}){ items { fields { field { key } value1 } discrepancies { value1 } } } }"): typeof import('./graphql.js').SideChannelsForms3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SideChannelsVerifiedRecords3 { verifiedRecords(perPage:200){ items { automatic reviewerRef verifiedBy { username displayName } form { formNumber } } } }"): typeof import('./graphql.js').SideChannelsVerifiedRecords3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpotChecks1($b:ID){ claimNextTask(batchId:$b){ id kind note form { id formNumber } discrepancies { id fieldKey } spotCheckFields } }"): typeof import('./graphql.js').SpotChecks1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpotChecks2($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status } }"): typeof import('./graphql.js').SpotChecks2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpotChecks3($id:ID!,$c:[FieldCorrectionInput!]!){ resolveSpotCheck(id:$id, corrections:$c){ status discrepancyCount } }"): typeof import('./graphql.js').SpotChecks3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpotChecks4($b:ID!,$p:SpotCheckPolicyInput!){ setSpotCheckPolicy(batchId:$b, policy:$p){ spotCheckMode spotCheckPercent spotCheckSeed } }"): typeof import('./graphql.js').SpotChecks4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpotChecks5($b:ID!){ correctionTasks(filter:{batchId:$b}, perPage:200, sortField:id, sortOrder:ASC){ items { id kind status note form { id formNumber } spotCheckFields } } }"): typeof import('./graphql.js').SpotChecks5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpotChecks6($b:ID!){ batch(id:$b){ spotCheckMode spotCheckPercent } }"): typeof import('./graphql.js').SpotChecks6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpotChecks7($b:ID!){ auditEvents(filter:{action:\"batch.spotcheck\", entityType:\"batch\", entityId:$b}){ items { data } } }"): typeof import('./graphql.js').SpotChecks7Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpotChecks8($b:ID!){ auditEvents(filter:{action:\"batch.spotcheck\", entityId:$b}, sortField:id, sortOrder:DESC, perPage:1){ items { data } } }"): typeof import('./graphql.js').SpotChecks8Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpotChecks9($b:ID!){ batch(id:$b){ status } }"): typeof import('./graphql.js').SpotChecks9Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpotChecks10($id:ID!){ requestRekey(id:$id){ status } }"): typeof import('./graphql.js').SpotChecks10Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpotChecks11($id:ID!){ form(id:$id){ status task { kind status } tasks { kind status note spotCheckFields } keyings { pass errorCount } fields { field { key } value1 } } }"): typeof import('./graphql.js').SpotChecks11Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpotChecks12{ auditEvents(filter:{action:\"spotcheck.draw\"}){ items { entityType data } } }"): typeof import('./graphql.js').SpotChecks12Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpotChecks13($b:ID!){ batch(id:$b){ status } }"): typeof import('./graphql.js').SpotChecks13Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SyncCreateApiKey($n:String!,$s:[ApiKeyScope!]!){ createApiKey(input:{ name:$n, scopes:$s }){ key } }"): typeof import('./graphql.js').SyncCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SyncPage($after:String,$first:Int!){ verifiedRecords(sortField:sync, sortOrder:ASC, first:$first, after:$after){ items { id version form { formNumber } values { key value } valueMap } endCursor hasNextPage page perPage } }"): typeof import('./graphql.js').SyncPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SyncAllRecords{ verifiedRecords(perPage:200, sortField:id, sortOrder:ASC){ total items { id version } } }"): typeof import('./graphql.js').SyncAllRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SyncListsWithoutTotal {\n  batches(perPage:5){ items { id } } forms(perPage:5){ items { id } } keyings(perPage:5){ items { id } }\n  discrepancies(perPage:5){ items { id } } correctionTasks(perPage:5){ items { id } } verifiedRecords(perPage:5){ items { id } hasNextPage endCursor }\n  users(perPage:5){ items { id } } auditEvents(perPage:5){ items { id } } apiKeys(perPage:5){ items { id } } teams(perPage:5){ items { id } }\n}"): typeof import('./graphql.js').SyncListsWithoutTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SyncRecordsTotal($f:VerifiedRecordFilter){ verifiedRecords(perPage:5, filter:$f){ total totalIsEstimate items { id } } }"): typeof import('./graphql.js').SyncRecordsTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SyncClaim($b:ID){ claimNextTask(batchId:$b){ id kind form { id formNumber } discrepancies { id fieldKey relatedValue } } }"): typeof import('./graphql.js').SyncClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SyncResolve($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ status } }"): typeof import('./graphql.js').SyncResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SyncSpotCheck($id:ID!,$c:[FieldCorrectionInput!]!){ resolveSpotCheck(id:$id, corrections:$c){ status } }"): typeof import('./graphql.js').SyncSpotCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SyncPolicy($b:ID!,$p:SpotCheckPolicyInput!){ setSpotCheckPolicy(batchId:$b, policy:$p){ id } }"): typeof import('./graphql.js').SyncPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SyncRecordOf($f:ID!){ form(id:$f){ verifiedRecord { id version } } }"): typeof import('./graphql.js').SyncRecordOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SyncAuditEvents{ auditEvents(filter:{ action:\"records.read\" }, perPage:200){ total items { actor data } } }"): typeof import('./graphql.js').SyncAuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SyncHeadForm { forms(filter:{ formNumber:\"1\" }, perPage:50){ items { id batch { code } } } }"): typeof import('./graphql.js').SyncHeadFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SyncFormsByCursor($after:String){ forms(sortField:updatedAt, sortOrder:DESC, first:7, after:$after){ items { id } endCursor hasNextPage } }"): typeof import('./graphql.js').SyncFormsByCursorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SyncFormsByPage{ forms(sortField:updatedAt, sortOrder:DESC, perPage:200){ total items { id } } }"): typeof import('./graphql.js').SyncFormsByPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SyncKeyingsByCursor($after:String){ keyings(sortField:keyerCode, sortOrder:ASC, first:50, after:$after){ items { id keyerCode } endCursor hasNextPage } }"): typeof import('./graphql.js').SyncKeyingsByCursorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SyncFormCursor{ forms(first:1){ endCursor } }"): typeof import('./graphql.js').SyncFormCursorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SyncOtherOrder($a:String){ verifiedRecords(sortField:verifiedAt, first:2, after:$a){ items { id } } }"): typeof import('./graphql.js').SyncOtherOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SyncBackwards{ verifiedRecords(sortField:sync, sortOrder:DESC, first:2){ items { id } } }"): typeof import('./graphql.js').SyncBackwardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SyncPageAndCursor($a:String){ verifiedRecords(page:2, sortField:sync, sortOrder:ASC, after:$a){ items { id } } }"): typeof import('./graphql.js').SyncPageAndCursorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SyncTasksByDate{ correctionTasks(sortField:createdAt, first:5){ items { id } } }"): typeof import('./graphql.js').SyncTasksByDateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SyncTooMany{ verifiedRecords(first:1001){ items { id } } }"): typeof import('./graphql.js').SyncTooManyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SyncCostly{ verifiedRecords(first:1000){ items { id version automatic verifiedAt reviewerRef values { key value source illegible } form { id formNumber status } batch { id code provinceCode district commune status } } } }"): typeof import('./graphql.js').SyncCostlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamsCreateTeam($i:CreateTeamInput!){ createTeam(input:$i){ id code provinceCode batchIds } }"): typeof import('./graphql.js').TeamsCreateTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamsUpdateTeam($id:ID!,$i:UpdateTeamInput!){ updateTeam(id:$id,input:$i){ id code name provinceCode batchIds } }"): typeof import('./graphql.js').TeamsUpdateTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamsSetUserTeam($u:ID!,$t:ID){ setUserTeam(userId:$u,teamId:$t){ id team { code } } }"): typeof import('./graphql.js').TeamsSetUserTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamsCreateUser($i:CreateUserInput!){ createUser(input:$i){ id username team { code provinceCode } } }"): typeof import('./graphql.js').TeamsCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamsClaimNextTask($b:ID){ claimNextTask(batchId:$b){ id batch { code provinceCode } discrepancies { id } } }"): typeof import('./graphql.js').TeamsClaimNextTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamsRelease($id:ID!){ releaseTask(id:$id){ id } }"): typeof import('./graphql.js').TeamsReleaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsBatches { batches(perPage:200){ items { provinceCode } } }"): typeof import('./graphql.js').TeamsBatchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsBatch($id:ID!){ batch(id:$id){ provinceCode } }"): typeof import('./graphql.js').TeamsBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsForms { forms(perPage:200){ items { batch { provinceCode } } } }"): typeof import('./graphql.js').TeamsFormsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsForm($id:ID!){ form(id:$id){ batch { provinceCode } } }"): typeof import('./graphql.js').TeamsFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsKeyings { keyings(perPage:200){ items { form { batch { provinceCode } } } } }"): typeof import('./graphql.js').TeamsKeyingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsKeying($id:ID!){ keying(id:$id){ form { batch { provinceCode } } } }"): typeof import('./graphql.js').TeamsKeyingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsDiscrepancies { discrepancies(perPage:200){ items { form { batch { provinceCode } } } } }"): typeof import('./graphql.js').TeamsDiscrepanciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsDiscrepancy($id:ID!){ discrepancy(id:$id){ form { batch { provinceCode } } } }"): typeof import('./graphql.js').TeamsDiscrepancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsCorrectionTasks { correctionTasks(perPage:200){ items { batch { provinceCode } } } }"): typeof import('./graphql.js').TeamsCorrectionTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsCorrectionTask($id:ID!){ correctionTask(id:$id){ batch { provinceCode } } }"): typeof import('./graphql.js').TeamsCorrectionTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsVerifiedRecords { verifiedRecords(perPage:200){ items { batch { provinceCode } } } }"): typeof import('./graphql.js').TeamsVerifiedRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsVerifiedRecord($id:ID!){ verifiedRecord(id:$id){ batch { provinceCode } } }"): typeof import('./graphql.js').TeamsVerifiedRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsKeyerReport($f:ReportFilter){ keyerReport(filter:$f, perPage:200, sortField:keyerCode, sortOrder:ASC){ total items { keyerCode forms fieldsKeyed fieldErrors } } }"): typeof import('./graphql.js').TeamsKeyerReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsFieldReport($f:ReportFilter){ fieldReport(filter:$f, perPage:200, sortField:fieldKey, sortOrder:ASC){ total items { fieldKey discrepancies } } }"): typeof import('./graphql.js').TeamsFieldReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsAreaReport($f:ReportFilter){ areaReport(level:BATCH, filter:$f, perPage:200, sortField:batchCode, sortOrder:ASC){ total items { batchCode provinceCode forms openTasks } } }"): typeof import('./graphql.js').TeamsAreaReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsReviewerReport($f:ReportFilter){ reviewerReport(filter:$f, perPage:200){ total items { reviewerId tasksResolved } } }"): typeof import('./graphql.js').TeamsReviewerReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsAgreementReport($f:ReportFilter){ agreementReport(filter:$f, perPage:200, sortField:forms, sortOrder:DESC){ total overall { forms fieldsCompared } items { keyerA keyerB forms } } }"): typeof import('./graphql.js').TeamsAgreementReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsOutOfControlKeyers($f:ReportFilter){ outOfControlKeyers(filter:$f, perPage:200){ total keyersChecked items { keyerCode } } }"): typeof import('./graphql.js').TeamsOutOfControlKeyersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsReportCsv($f:ReportFilter){ reportCsv(report:AREAS, filter:$f) }"): typeof import('./graphql.js').TeamsReportCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsResolutionWarnings($id:ID!){ resolutionWarnings(id:$id, resolutions:[]){ field message } }"): typeof import('./graphql.js').TeamsResolutionWarningsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsSpotCheckWarnings($id:ID!){ spotCheckWarnings(id:$id){ field message } }"): typeof import('./graphql.js').TeamsSpotCheckWarningsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsBatches2 {\n      batches(perPage:200){ items { id provinceCode } }\n      forms(perPage:200){ items { id batch { provinceCode } } }\n      keyings(perPage:200){ items { id form { batch { provinceCode } } } }\n      discrepancies(perPage:200){ items { id form { batch { provinceCode } } } }\n      correctionTasks(perPage:200){ items { id batch { provinceCode } } }\n      verifiedRecords(perPage:200){ items { id batch { provinceCode } } }\n    }"): typeof import('./graphql.js').TeamsBatches2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsAreaReport2 { areaReport(level:PROVINCE, perPage:200){ items { provinceCode forms } } }"): typeof import('./graphql.js').TeamsAreaReport2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsAreaReport3 { areaReport(level:PROVINCE, perPage:200){ items { provinceCode } } }"): typeof import('./graphql.js').TeamsAreaReport3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsForms2($b:ID){ forms(filter:{ batchId:$b }){ total } }"): typeof import('./graphql.js').TeamsForms2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsForms3($b:ID){ forms(filter:{ batchId:$b }){ total } keyings(filter:{ keyerCode:\"KH1\" }){ total items { form { batch { code } } } } }"): typeof import('./graphql.js').TeamsForms3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsCorrectionTasks2 { correctionTasks(perPage:200, filter:{ status: OPEN }){ items { id batch { provinceCode } } } }"): typeof import('./graphql.js').TeamsCorrectionTasks2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamsEscalate($id:ID!){ escalateTask(id:$id, comment:\"x\"){ id } }"): typeof import('./graphql.js').TeamsEscalateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamsRekey($id:ID!){ requestRekey(id:$id){ id } }"): typeof import('./graphql.js').TeamsRekeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamsReject($id:ID!){ rejectForm(taskId:$id, reason:\"x\"){ id } }"): typeof import('./graphql.js').TeamsRejectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamsSpot($id:ID!){ resolveSpotCheck(id:$id, corrections:[]){ id } }"): typeof import('./graphql.js').TeamsSpotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsMe { me { id team { code provinceCode } } }"): typeof import('./graphql.js').TeamsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsForm2($id:ID!){ form(id:$id){ id } }"): typeof import('./graphql.js').TeamsForm2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsAuditEvents { auditEvents(perPage:200, sortOrder:ASC){ items { action entityType entityId data } } }"): typeof import('./graphql.js').TeamsAuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowClaimNextTask($b:ID){ claimNextTask(batchId:$b){ id kind status escalated note form { id formNumber } discrepancies { id fieldKey value1 value2 value3 } comments { text author { username } } } }"): typeof import('./graphql.js').WorkflowClaimNextTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowResolveTask($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status form { id status verifiedRecord { values { key value source } } discrepancies { fieldKey finalValue outcome } } } }"): typeof import('./graphql.js').WorkflowResolveTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkflowForm($id:ID!){ form(id:$id){ status task { id status escalated note } keyings { pass keyerCode fieldsKeyed errorCount } discrepancies { fieldKey value3 outcome finalValue } verifiedRecord { values { key value source } } } }"): typeof import('./graphql.js').WorkflowFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowEscalateTask($id:ID!){ escalateTask(id:$id, comment:\"  \"){ id } }"): typeof import('./graphql.js').WorkflowEscalateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowEscalateTask2($id:ID!){ escalateTask(id:$id, comment:\"Chữ ký khó đọc, nhờ trưởng nhóm xem\"){ status escalated } }"): typeof import('./graphql.js').WorkflowEscalateTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowReleaseTask($id:ID!){ releaseTask(id:$id){ status } }"): typeof import('./graphql.js').WorkflowReleaseTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowAddTaskComment($id:ID!,$t:String!){ addTaskComment(taskId:$id, text:$t){ id } }"): typeof import('./graphql.js').WorkflowAddTaskCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkflowCorrectionTask($id:ID!){ correctionTask(id:$id){ comments { text } } }"): typeof import('./graphql.js').WorkflowCorrectionTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowRequestRekey($id:ID!){ requestRekey(id:$id){ status claimedBy { id } } }"): typeof import('./graphql.js').WorkflowRequestRekeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowRejectForm($id:ID!){ rejectForm(taskId:$id, reason:\"\"){ id } }"): typeof import('./graphql.js').WorkflowRejectFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowRejectForm2($id:ID!){ rejectForm(taskId:$id, reason:\"Ảnh quét bị mờ\"){ status note form { status } } }"): typeof import('./graphql.js').WorkflowRejectForm2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowRescanForm($id:ID!){ rescanForm(id:$id, imageRef:\"/scans/W/E4-v2.svg\"){ status } }"): typeof import('./graphql.js').WorkflowRescanFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowRescanForm2($id:ID!){ rescanForm(id:$id, imageRef:\"/scans/W/E4-v2.svg\"){ status imageRef task { status } } }"): typeof import('./graphql.js').WorkflowRescanForm2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowReleaseTask2($id:ID!){ releaseTask(id:$id){ id } }"): typeof import('./graphql.js').WorkflowReleaseTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowEscalateTask3($id:ID!){ escalateTask(id:$id, comment:\"?\"){ id } }"): typeof import('./graphql.js').WorkflowEscalateTask3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowEscalateTask4($id:ID!){ escalateTask(id:$id, comment:\"again\"){ id } }"): typeof import('./graphql.js').WorkflowEscalateTask4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkflowCorrectionTasks($b:ID!){ correctionTasks(filter:{batchId:$b}, sortField:id, sortOrder:ASC){ items { kind status note form { formNumber } } } }"): typeof import('./graphql.js').WorkflowCorrectionTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowResolveSpotCheck($id:ID!){ resolveSpotCheck(id:$id, corrections:[{fieldKey:\"citizenId\", value:\"123\"}]){ id } }"): typeof import('./graphql.js').WorkflowResolveSpotCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowResolveSpotCheck2($id:ID!){ resolveSpotCheck(id:$id, corrections:[{fieldKey:\"fullName\", value:\"Nguyễn Văn Ấn\"}, {fieldKey:\"sex\", value:\"nam\"}]){ status discrepancyCount } }"): typeof import('./graphql.js').WorkflowResolveSpotCheck2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowResolveSpotCheck3($id:ID!){ resolveSpotCheck(id:$id){ status discrepancyCount } }"): typeof import('./graphql.js').WorkflowResolveSpotCheck3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowSetSpotCheckPolicy($b:ID!){ setSpotCheckPolicy(batchId:$b, policy:{percent:50, seed:42}){ spotCheckEvery spotCheckPercent spotCheckSeed } }"): typeof import('./graphql.js').WorkflowSetSpotCheckPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowSetSpotCheckPolicy2($b:ID!){ setSpotCheckPolicy(batchId:$b, policy:{percent:5, every:3}){ id } }"): typeof import('./graphql.js').WorkflowSetSpotCheckPolicy2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkflowCorrectionTasks2($b:ID!){ correctionTasks(filter:{batchId:$b, status:OPEN}, perPage:100){ total items { note } } }"): typeof import('./graphql.js').WorkflowCorrectionTasks2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkflowBatch($b:ID!){ batch(id:$b){ status } }"): typeof import('./graphql.js').WorkflowBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowExportBatch($b:ID!){ exportBatch(batchId:$b){ batch recordCount rejectedForms templateCode templateVersion exportedBy exportedAt manifestSha256 directory files { name bytes sha256 } } }"): typeof import('./graphql.js').WorkflowExportBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowReopenBatch($b:ID!){ reopenBatch(batchId:$b, reason:\" \"){ status } }"): typeof import('./graphql.js').WorkflowReopenBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowReopenBatch2($b:ID!){ reopenBatch(batchId:$b, reason:\"x\"){ status } }"): typeof import('./graphql.js').WorkflowReopenBatch2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowReopenBatch3($b:ID!){ reopenBatch(batchId:$b, reason:\"Sửa địa chỉ theo yêu cầu của xã\"){ status handedOverAt } }"): typeof import('./graphql.js').WorkflowReopenBatch3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkflowAuditEvents($b:ID!){ auditEvents(filter:{entityType:\"batch\", entityId:$b}, perPage:50, sortOrder:ASC){ items { action actor data } } }"): typeof import('./graphql.js').WorkflowAuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkflowEventsOf($a:String!,$id:ID!){ auditEvents(filter:{action:$a, entityId:$id}){ items { actor entityType entityId data } } }"): typeof import('./graphql.js').WorkflowEventsOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkflowFormRecord($id:ID!){ form(id:$id){ verifiedRecord { id } } }"): typeof import('./graphql.js').WorkflowFormRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkflowAuditEvents2 { auditEvents(filter:{action:\"task.resolve\"}, perPage:1, sortOrder:ASC){ items { actor entityType entityId data } } }"): typeof import('./graphql.js').WorkflowAuditEvents2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkflowAuditEvents3 { auditEvents(perPage:200){ items { action } } }"): typeof import('./graphql.js').WorkflowAuditEvents3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkflowAuditEvents4 { auditEvents { total } }"): typeof import('./graphql.js').WorkflowAuditEvents4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsMe2 { me { id username mustChangePassword team { code } } }"): typeof import('./graphql.js').AccountsMe2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsUser($id: ID!) { user(id: $id) { mustChangePassword team { code } } }"): typeof import('./graphql.js').AccountsUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsLogin2($u: String!, $p: String!) { login(username: $u, password: $p) { mustChangePassword } }"): typeof import('./graphql.js').AccountsLogin2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardCorrectionTasks($me: ID!) {\n  correctionTasks(filter: { status: CLAIMED, claimedById: $me }, perPage: 5) {\n    items { id status form { id formNumber status imageRef batch { code } } discrepancies { id fieldKey value1 value2 } }\n  }\n}"): typeof import('./graphql.js').DashboardCorrectionTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardTaskState($id: ID!) { correctionTask(id: $id) { status } }"): typeof import('./graphql.js').DashboardTaskStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardCorrectionTask($id: ID!) { correctionTask(id: $id) { status form { status } } }"): typeof import('./graphql.js').DashboardCorrectionTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DashboardResolveTask($id: ID!, $res: [ResolutionInput!]!, $why: String) { resolveTask(id: $id, resolutions: $res, overrideReason: $why) { status } }"): typeof import('./graphql.js').DashboardResolveTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardForms { all: forms(perPage: 1) { total } verified: forms(filter: { status: VERIFIED }, perPage: 1) { total } auto: forms(filter: { status: AUTO_VERIFIED }, perPage: 1) { total } }"): typeof import('./graphql.js').DashboardFormsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardUsers { users { items { username } } }"): typeof import('./graphql.js').DashboardUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardAreaReport { areaReport(level: ALL) { total items { forms } } }"): typeof import('./graphql.js').DashboardAreaReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DashboardCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }"): typeof import('./graphql.js').DashboardCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardVerifiedRecords { verifiedRecords(perPage: 1) { total } }"): typeof import('./graphql.js').DashboardVerifiedRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HouseholdHeldTasks($me: ID!) {\n  correctionTasks(filter: { status: CLAIMED, claimedById: $me }, perPage: 5) {\n    items { id form { id formNumber batch { code } } discrepancies { id fieldKey kind relatedForm { id formNumber batch { code } } relatedValue } }\n  }\n}"): typeof import('./graphql.js').HouseholdHeldTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HouseholdOpenTasks($b: ID!) {\n  correctionTasks(filter: { batchId: $b, status: OPEN }, perPage: 10) { total }\n}"): typeof import('./graphql.js').HouseholdOpenTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HouseholdDiscrepancies($b: ID!) {\n  discrepancies(filter: { batchId: $b, kind: CONSISTENCY }, perPage: 10) {\n    items { fieldKey kind form { formNumber } relatedForm { id formNumber batch { code } } relatedValue }\n  }\n}"): typeof import('./graphql.js').HouseholdDiscrepanciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HouseholdTask($id: ID!) { correctionTask(id: $id) { id status } }"): typeof import('./graphql.js').HouseholdTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HouseholdForms($b: ID!) {\n  forms(filter: { batchId: $b }, sortField: id, sortOrder: ASC) { items { id formNumber status verifiedRecord { values { key value } } } }\n}"): typeof import('./graphql.js').HouseholdFormsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HouseholdMe { me { id } }"): typeof import('./graphql.js').HouseholdMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HouseholdRegisterClerks{ registerClerks(clerks: [{ keyerCode: \"KT1\", displayName: \"Một\" }, { keyerCode: \"KT2\", displayName: \"Hai\" }]){ created } }"): typeof import('./graphql.js').HouseholdRegisterClerksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeyingBrowserClaimTask($b:ID){ claimNextTask(batchId:$b){ id form { formNumber } discrepancies { id fieldKey } } }"): typeof import('./graphql.js').KeyingBrowserClaimTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeyingBrowserResolve($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status } }"): typeof import('./graphql.js').KeyingBrowserResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeyingBrowserBatch($id:ID!){ batch(id:$id){ status progress { forms autoVerified verified inReview } } }"): typeof import('./graphql.js').KeyingBrowserBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ManagerViewsBrowserDiscrepancies {\n  discrepancies(filter: { resolved: false }, perPage: 200) {\n    items { id fieldKey value1 value2 form { id } maskedDifference { first { cells { change } } } }\n  }\n}"): typeof import('./graphql.js').ManagerViewsBrowserDiscrepanciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ManagerViewsBrowserClear($id: ID!) { discrepancy(id: $id) { value1 value2 } }"): typeof import('./graphql.js').ManagerViewsBrowserClearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UndoHeldTasks($me: ID!) {\n  correctionTasks(filter: { status: CLAIMED, claimedById: $me }, perPage: 5) { items { id form { id formNumber batch { code } } } }\n}"): typeof import('./graphql.js').UndoHeldTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UndoBatchTasks($b: ID!) {\n  correctionTasks(filter: { batchId: $b }, sortField: id, sortOrder: ASC) { items { id status claimedBy { username } form { id formNumber verifiedRecord { values { key value source } } } } }\n}"): typeof import('./graphql.js').UndoBatchTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UndoAudit($id: ID!) { auditEvents(filter: { entityType: \"task\", entityId: $id }, sortField: id, sortOrder: ASC, perPage: 50) { items { action data } } }"): typeof import('./graphql.js').UndoAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UndoMe { me { id } }"): typeof import('./graphql.js').UndoMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UndoRegisterClerks{ registerClerks(clerks: [{ keyerCode: \"KT1\", displayName: \"Một\" }, { keyerCode: \"KT2\", displayName: \"Hai\" }]){ created } }"): typeof import('./graphql.js').UndoRegisterClerksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WalkClaimTask { claimNextTask { id form { formNumber } batch { code } } }"): typeof import('./graphql.js').WalkClaimTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WalkReleaseTask($id: ID!) { releaseTask(id: $id) { id } }"): typeof import('./graphql.js').WalkReleaseTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkflowCorrectionTasks3($me: ID!) {\n  correctionTasks(filter: { status: CLAIMED, claimedById: $me }, perPage: 5) {\n    items { id kind status escalated form { id formNumber batch { code } } discrepancies { id fieldKey kind value1 } }\n  }\n}"): typeof import('./graphql.js').WorkflowCorrectionTasks3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkflowCorrectionTask2($id: ID!) {\n  correctionTask(id: $id) { id status escalated discrepancyCount comments { text author { username } } form { status verifiedRecord { values { key value source } } } }\n}"): typeof import('./graphql.js').WorkflowCorrectionTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowSetSpotCheckPolicy3($b: ID!) { setSpotCheckPolicy(batchId: $b, policy: { percent: 100, seed: 7 }) { spotCheckPercent spotCheckSeed } }"): typeof import('./graphql.js').WorkflowSetSpotCheckPolicy3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowRegisterClerks{ registerClerks(clerks: [{ keyerCode: \"KT1\", displayName: \"Một\" }, { keyerCode: \"KT2\", displayName: \"Hai\" }]){ created } }"): typeof import('./graphql.js').WorkflowRegisterClerksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowRegisterClerksRef{ registerClerks(clerks: [{ keyerCode: \"KT1\", displayName: \"Một\" }, { keyerCode: \"KT2\", displayName: \"Hai\" }]){ created } }"): typeof import('./graphql.js').WorkflowRegisterClerksRefDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkflowReferenceForms($b: ID!) { forms(filter: { batchId: $b }, sortField: id, sortOrder: ASC) { items { formNumber status verifiedRecord { values { key value } } } } }"): typeof import('./graphql.js').WorkflowReferenceFormsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UsersLogin($u:String!,$p:String!){ login(username:$u,password:$p){ token mustChangePassword user { username role displayName } } }"): typeof import('./graphql.js').UsersLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitKeyings($k:[KeyingInput!]!){ submitKeyings(keyings:$k){ index idempotencyKey status keyingId formId formStatus code message problems { field reason } } }"): typeof import('./graphql.js').SubmitKeyingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FixturesCreateBatch($i:CreateBatchInput!){ createBatch(input:$i){ id code status } }"): typeof import('./graphql.js').FixturesCreateBatchDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
