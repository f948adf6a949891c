import { registerEnumType } from 'type-graphql';
import { DISCREPANCY_KIND_INFO, DISCREPANCY_KINDS } from '../domain/compare.js';
import { OUTCOMES } from '../domain/attribution.js';
import { ROLES } from '../domain/roles.js';
import { SPOT_CHECK_MODES } from '../domain/spot-check.js';
import { CELL_CHANGES } from '../domain/masked-diff.js';
import { BATCH_STATUSES, FORM_STATUSES, TASK_STATUSES } from '../domain/state-machine.js';
import { FIELD_TYPES } from '../domain/template.js';
import { CHOICES, VALUE_SOURCES } from '../services/task-resolution.js';

/** The GraphQL enums shared by the object and input types (types.ts, inputs.ts) and the list grammar. */
export const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const RoleEnum = asEnum(ROLES);
export const FormStatusEnum = asEnum(FORM_STATUSES);
export const TaskStatusEnum = asEnum(TASK_STATUSES);
export const BatchStatusEnum = asEnum(BATCH_STATUSES);
export const DiscrepancyKindEnum = asEnum(DISCREPANCY_KINDS);
export const OutcomeEnum = asEnum(OUTCOMES);
export const FieldTypeEnum = asEnum(FIELD_TYPES);
export const KeyingStatusEnum = asEnum(['ACCEPTED', 'DUPLICATE', 'REJECTED'] as const);
// From the code that accepts the choices and writes the sources: the schema cannot drift from it.
export const ChoiceEnum = asEnum(CHOICES);
export const SourceEnum = asEnum(VALUE_SOURCES);
export const TaskKindEnum = asEnum(['REVIEW', 'SPOT_CHECK'] as const);
export const SpotCheckModeEnum = asEnum(SPOT_CHECK_MODES);

registerEnumType(RoleEnum, { name: 'Role', description: 'What a user or system may do' });
registerEnumType(FormStatusEnum, {
  name: 'FormStatus',
  description: 'Where a form is in the pipeline',
  valuesConfig: {
    AWAITING_KEYINGS: { description: 'Registered, no keying yet' },
    ONE_PASS_KEYED: { description: 'One of the two passes is in' },
    AUTO_VERIFIED: { description: 'Both passes agreed on every field: verified without a reviewer (a spot check may still correct it)' },
    IN_REVIEW: { description: 'The passes disagree: a review task is open' },
    VERIFIED: { description: 'A reviewer (or a third keying) settled every discrepancy' },
    REJECTED: { description: 'The scan is unreadable; back to IN_REVIEW when rescanned' },
  },
});
registerEnumType(TaskStatusEnum, {
  name: 'TaskStatus',
  valuesConfig: {
    OPEN: { description: 'In the queue' },
    CLAIMED: { description: 'Held by a reviewer under a lease' },
    ESCALATED: { description: 'Waiting for a manager (only managers may claim it)' },
    REKEY_REQUESTED: { description: 'Waiting for a third keying (pass 3) of the disputed fields' },
    RESOLVED: { description: 'Done: every discrepancy settled, or the spot check confirmed or corrected' },
    REJECTED: { description: 'The form was rejected (unreadable scan); OPEN again when rescanned' },
  },
});
registerEnumType(BatchStatusEnum, {
  name: 'BatchStatus',
  valuesConfig: {
    OPEN: { description: 'Forms still wait for keyings or review' },
    READY: { description: 'Every form verified or rejected and no task pending: may be handed over' },
    HANDED_OVER: { description: 'Exported and locked; an admin may reopen it' },
  },
});
registerEnumType(DiscrepancyKindEnum, {
  name: 'DiscrepancyKind',
  description: 'How two keyings of a field differ, or which check failed on a value they agreed on',
  valuesConfig: Object.fromEntries(DISCREPANCY_KINDS.map((k) => [k, { description: DISCREPANCY_KIND_INFO[k] }])),
});
registerEnumType(OutcomeEnum, {
  name: 'Outcome',
  description: 'Which of the first two keyings the final value agreed with (a third keying is charged separately when it differs from the final value)',
  valuesConfig: {
    FIRST_CORRECT: { description: 'Pass 1 was right; pass 2 is charged with an error' },
    SECOND_CORRECT: { description: 'Pass 2 was right; pass 1 is charged with an error' },
    BOTH_WRONG: { description: 'Neither was right (the final value was typed, taken from pass 3, or corrected by a spot check); both are charged' },
    EQUIVALENT: { description: 'Both were right under the comparison rules; nobody is charged' },
  },
});
registerEnumType(FieldTypeEnum, { name: 'FieldType' });
registerEnumType(KeyingStatusEnum, {
  name: 'KeyingStatus',
  valuesConfig: {
    ACCEPTED: { description: 'Stored' },
    DUPLICATE: { description: 'Already stored under this idempotency key with the same content: nothing stored' },
    REJECTED: { description: 'Not stored; `code`, `message` and `problems` say why' },
  },
});
registerEnumType(ChoiceEnum, {
  name: 'ResolutionChoice',
  description: 'Take the first keying, the second, the third (after a re-key), or a typed value',
  valuesConfig: {
    FIRST: { description: "Pass 1's value" },
    SECOND: { description: "Pass 2's value" },
    THIRD: { description: "Pass 3's value: only for a field that a re-key (requestRekey, then submitKeyings with pass 3) keyed" },
    VALUE: { description: 'The value given in `value` (or `illegible`)' },
  },
});
registerEnumType(SourceEnum, {
  name: 'ValueSource',
  description: 'Where a verified value came from',
  valuesConfig: {
    AGREED: { description: 'Both keyings agreed' },
    FIRST: { description: 'Pass 1: taken by a reviewer, or confirmed by a re-key (pass 3 agreed with it)' },
    SECOND: { description: 'Pass 2: taken by a reviewer, or confirmed by a re-key (pass 3 agreed with it)' },
    THIRD: { description: 'Pass 3 (a re-key), taken by a reviewer' },
    REVIEWER: { description: 'Typed by a reviewer, or corrected by a spot check' },
  },
});
registerEnumType(TaskKindEnum, {
  name: 'TaskKind',
  description: 'REVIEW: the keyings disagree; SPOT_CHECK: a sampled verified form',
  valuesConfig: {
    REVIEW: { description: 'The keyings disagree: resolve with resolveTask' },
    SPOT_CHECK: { description: 'A sampled verified form (automatically verified, or under a RISK policy reviewed: its agreed fields): confirm or correct with resolveSpotCheck' },
  },
});
registerEnumType(SpotCheckModeEnum, {
  name: 'SpotCheckMode',
  description: 'How a percentage spot-check policy draws forms (the seeded draw either way: the same seed draws the same forms)',
  valuesConfig: {
    UNIFORM: { description: 'Every automatically verified form with the same probability: the percentage' },
    RISK: {
      description:
        "By the two clerks' measured error rates (errors per field keyed, this month and last): pairs of weaker clerks more, every form of a clerk above the p-chart's upper control limit while the percentage allows; forms verified after review too (their agreed fields). Over the campaign the share drawn is the percentage",
    },
  },
});

export const CellChangeEnum = asEnum(CELL_CHANGES);
registerEnumType(CellChangeEnum, {
  name: 'CellChange',
  description: 'How one cell of a masked value differs from the other keying (never what the hidden character is)',
  valuesConfig: {
    SAME: { description: 'No difference here' },
    DIFF: { description: 'A different character (or, for a cell standing for a hidden part, a different part)' },
    MARK: { description: 'The same letter with another tone mark or diacritic' },
    CASE: { description: 'The same letter in another case' },
    GAP: { description: 'An empty cell: the other keying has characters here that this one lacks' },
  },
});
