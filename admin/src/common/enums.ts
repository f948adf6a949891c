/** The API's enums, in a sensible display order. */
export const ENUMS = {
  BatchStatus: ['OPEN', 'READY', 'HANDED_OVER'],
  FormStatus: ['AWAITING_KEYINGS', 'ONE_PASS_KEYED', 'IN_REVIEW', 'AUTO_VERIFIED', 'VERIFIED', 'REJECTED'],
  TaskStatus: ['OPEN', 'CLAIMED', 'ESCALATED', 'REKEY_REQUESTED', 'RESOLVED', 'REJECTED'],
  TaskKind: ['REVIEW', 'SPOT_CHECK'],
  DiscrepancyKind: ['DIACRITIC', 'SUBSTITUTION', 'TRANSPOSITION', 'OMISSION_INSERTION', 'CASE_SPACING', 'DAY_MONTH_SWAP', 'MISSING', 'ILLEGIBLE', 'RULE', 'REFERENCE', 'SPELLING', 'CONSISTENCY', 'OTHER'],
  Outcome: ['FIRST_CORRECT', 'SECOND_CORRECT', 'BOTH_WRONG', 'EQUIVALENT'],
  ValueSource: ['AGREED', 'FIRST', 'SECOND', 'THIRD', 'REVIEWER'],
  Role: ['ADMIN', 'MANAGER', 'REVIEWER', 'KEYER', 'STATION', 'CONSUMER'],
  ApiKeyScope: ['REPORTS_READ', 'RECORDS_READ', 'RECORDS_READ_PERSONAL', 'KEYINGS_SUBMIT'],
} as const;

export type EnumName = keyof typeof ENUMS;

/** SelectInput choices whose names are translation keys (react-admin translates them). */
export const enumChoices = (name: EnumName) => ENUMS[name].map((id) => ({ id, name: `dk.enums.${name}.${id}` }));

type Tone = 'default' | 'primary' | 'secondary' | 'success' | 'warning' | 'error' | 'info';

/** Chip colours: green is done, amber needs a person, blue is in progress. */
export const ENUM_TONES: Partial<Record<EnumName, Record<string, Tone>>> = {
  BatchStatus: { OPEN: 'info', READY: 'success', HANDED_OVER: 'default' },
  FormStatus: { AWAITING_KEYINGS: 'default', ONE_PASS_KEYED: 'info', IN_REVIEW: 'warning', AUTO_VERIFIED: 'success', VERIFIED: 'success', REJECTED: 'error' },
  TaskStatus: { OPEN: 'warning', CLAIMED: 'info', ESCALATED: 'error', REKEY_REQUESTED: 'secondary', RESOLVED: 'success', REJECTED: 'default' },
  TaskKind: { REVIEW: 'default', SPOT_CHECK: 'info' },
  Outcome: { FIRST_CORRECT: 'info', SECOND_CORRECT: 'info', BOTH_WRONG: 'error', EQUIVALENT: 'default' },
  ValueSource: { AGREED: 'default', FIRST: 'info', SECOND: 'info', THIRD: 'secondary', REVIEWER: 'warning' },
  Role: { ADMIN: 'error', MANAGER: 'primary', REVIEWER: 'secondary', KEYER: 'success', STATION: 'default', CONSUMER: 'info' },
  // Amber for the scope that reveals personal data in clear.
  ApiKeyScope: { REPORTS_READ: 'info', RECORDS_READ: 'primary', RECORDS_READ_PERSONAL: 'warning', KEYINGS_SUBMIT: 'secondary' },
};
