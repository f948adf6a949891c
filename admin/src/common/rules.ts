/**
 * The server's own input rules, bundled from its framework-free domain modules (no imports
 * beyond each other): one home per rule, so a form refuses exactly what the API refuses.
 */
export { BATCH_CODE_RULE, isBatchCode, isTeamCode, KEYER_CODE_REASON, TEAM_CODE_REASON } from '../../../server/src/domain/codes.js';
export { KEYER_REQUIRED_REASON, USERNAME_RE, USERNAME_REASON } from '../../../server/src/domain/accounts.js';
export { PROVINCE_NAME_BY_CODE, PROVINCES } from '../../../server/src/domain/provinces.js';
