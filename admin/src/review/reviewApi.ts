import { graphql } from '../gql';
import type { ClaimNextMutation, CommentFieldsFragment, ReviewFormQuery } from '../gql/graphql';
import { gql } from '../graphql';

export type ChoiceKind = 'FIRST' | 'SECOND' | 'THIRD' | 'VALUE';

export interface Choice {
  choice: ChoiceKind;
  /** With VALUE: the typed value */
  value?: string;
  /** With VALUE: the field is unreadable on the scan */
  illegible?: boolean;
}

type ClaimedTask = NonNullable<ClaimNextMutation['task']>;

/**
 * value3: the third clerk's value, after a re-key request; note (kind RULE): the cross-field check the agreed value breaks;
 * relatedForm/relatedValue (kind CONSISTENCY): the household's other form and the value this one contradicts.
 */
export type ReviewDiscrepancy = ClaimedTask['discrepancies'][number];

export type ReviewRow = ReviewFormQuery['form']['fields'][number];

export type TaskComment = CommentFieldsFragment;

export type TaskKind = 'REVIEW' | 'SPOT_CHECK';

export interface ReviewTask {
  id: string;
  kind: TaskKind;
  /** Why a spot check was drawn */
  note: string | null;
  /** Handed to a senior reviewer (manager) */
  escalated: boolean;
  leaseUntil: string | null;
  form: Omit<ReviewFormQuery['form'], 'fields'>;
  rows: ReviewRow[];
  /** In template order, so ↑/↓ follow the form from top to bottom (none for a spot check) */
  discrepancies: ReviewDiscrepancy[];
  /** Oldest first */
  comments: TaskComment[];
}

graphql(`fragment CommentFields on TaskComment { id text createdAt author { id username displayName } }`);

const CLAIM = graphql(`mutation ClaimNext($batchId: ID) {
  task: claimNextTask(batchId: $batchId) {
    id kind status note escalated leaseUntil form { id }
    discrepancies { id fieldKey kind value1 value2 value3 note suggestions relatedForm { id formNumber batch { id code } } relatedValue }
    comments { ...CommentFields }
  }
}`);

const FORM = graphql(`query ReviewForm($id: ID!) {
  form(id: $id) { id formNumber imageRef batch { id code } fields { field { ...FieldLabels } value1 value2 finalValue discrepancyId } }
}`);

const HELD = graphql(`query HeldTask($me: ID!) {
  correctionTasks(filter: { status: CLAIMED, claimedById: $me }, perPage: 1, sortField: id, sortOrder: ASC) { items { id } }
}`);

const RELEASE = graphql(`mutation Release($id: ID!, $setAside: Boolean) { releaseTask(id: $id, setAside: $setAside) { id status } }`);

const RESOLVE = graphql(`mutation Resolve($id: ID!, $resolutions: [ResolutionInput!]!, $overrideReason: String) {
  resolveTask(id: $id, resolutions: $resolutions, overrideReason: $overrideReason) { id status resolvedAt }
}`);

const WARNINGS = graphql(`query ResolutionWarnings($id: ID!, $resolutions: [ResolutionInput!]!) {
  resolutionWarnings(id: $id, resolutions: $resolutions) { field kind check message }
}`);

const SPOT_WARNINGS = graphql(`query SpotCheckWarnings($id: ID!, $corrections: [FieldCorrectionInput!]!) {
  spotCheckWarnings(id: $id, corrections: $corrections) { field kind check message }
}`);

const ESCALATE = graphql(`mutation Escalate($id: ID!, $comment: String!) { escalateTask(id: $id, comment: $comment) { id status escalated } }`);
const REKEY = graphql(`mutation Rekey($id: ID!, $comment: String) { requestRekey(id: $id, comment: $comment) { id status } }`);
const REJECT = graphql(`mutation Reject($taskId: ID!, $reason: String!) { rejectForm(taskId: $taskId, reason: $reason) { id status } }`);
const COMMENT = graphql(`mutation Comment($taskId: ID!, $text: String!) { addTaskComment(taskId: $taskId, text: $text) { ...CommentFields } }`);
const SPOT = graphql(`mutation SpotCheck($id: ID!, $corrections: [FieldCorrectionInput!]!, $overrideReason: String) {
  resolveSpotCheck(id: $id, corrections: $corrections, overrideReason: $overrideReason) { id status discrepancyCount }
}`);

/** Claims the oldest open task (or gets back the one already held) and loads its form; null when the queue is empty. */
export async function claimNext(batchId?: string | null): Promise<ReviewTask | null> {
  const { task } = await gql(CLAIM, { batchId: batchId || null });
  if (!task) return null;
  const { form } = await gql(FORM, { id: task.form.id });
  const order = new Map(form.fields.map((r, i) => [r.field.key, i]));
  const discrepancies = [...task.discrepancies].sort((a, b) => (order.get(a.fieldKey) ?? 999) - (order.get(b.fieldKey) ?? 999));
  return {
    id: task.id,
    kind: task.kind,
    note: task.note,
    escalated: task.escalated,
    leaseUntil: task.leaseUntil,
    form: { id: form.id, formNumber: form.formNumber, imageRef: form.imageRef, batch: form.batch },
    rows: form.fields,
    discrepancies,
    comments: task.comments ?? [],
  };
}

export async function heldTaskId(me: string): Promise<string | null> {
  const d = await gql(HELD, { me });
  return d.correctionTasks.items[0]?.id ?? null;
}

/** `setAside`: false when the release is not about this task (to reopen another): it comes back next as usual. */
export async function releaseTask(id: string, setAside = true): Promise<void> {
  await gql(RELEASE, { id, setAside });
}

export async function escalateTask(id: string, comment: string): Promise<void> {
  await gql(ESCALATE, { id, comment });
}

export async function requestRekey(id: string, comment: string): Promise<void> {
  await gql(REKEY, { id, comment: comment.trim() ? comment : null });
}

export async function rejectForm(taskId: string, reason: string): Promise<void> {
  await gql(REJECT, { taskId, reason });
}

export async function addTaskComment(taskId: string, text: string): Promise<TaskComment> {
  const d = await gql(COMMENT, { taskId, text });
  return d.addTaskComment;
}

export interface ResolutionInput {
  discrepancyId: string;
  choice: ChoiceKind;
  value?: string;
  illegible?: boolean;
}

/** Resolutions for the discrepancies chosen so far (all of them when submitting). */
export function toResolutions(discrepancies: ReviewDiscrepancy[], choices: Record<string, Choice>): ResolutionInput[] {
  return discrepancies.filter((d) => choices[d.id]).map((d) => {
    const c = choices[d.id];
    if (c.choice !== 'VALUE') return { discrepancyId: d.id, choice: c.choice };
    return c.illegible ? { discrepancyId: d.id, choice: 'VALUE', illegible: true } : { discrepancyId: d.id, choice: 'VALUE', value: c.value ?? '' };
  });
}

export async function resolveTask(id: string, resolutions: ResolutionInput[], overrideReason?: string): Promise<void> {
  await gql(RESOLVE, { id, resolutions, overrideReason: overrideReason ?? null });
}

/** A check the final values would fail (names the field and the check, never the value). */
export interface CheckWarning {
  field: string;
  kind: string;
  check: string;
  message: string;
}

/** What the verified record would fail with the choices made so far (the server judges it). */
export async function resolutionWarnings(id: string, resolutions: ResolutionInput[]): Promise<CheckWarning[]> {
  return (await gql(WARNINGS, { id, resolutions })).resolutionWarnings;
}

export async function spotCheckWarnings(id: string, corrections: FieldCorrection[]): Promise<CheckWarning[]> {
  return (await gql(SPOT_WARNINGS, { id, corrections })).spotCheckWarnings;
}

/** Kinds raised by a check on a value both keyings agreed on (one value to confirm or correct). */
export const CHECK_KINDS: ReadonlySet<string> = new Set(['RULE', 'REFERENCE', 'SPELLING', 'CONSISTENCY']);

export interface FieldCorrection {
  fieldKey: string;
  value?: string;
  illegible?: boolean;
}

/** Spot checks: corrections are kept under spotKey(task, field); a field without one stays as agreed. */
export function toCorrections(taskId: string, rows: ReviewRow[], choices: Record<string, Choice>): FieldCorrection[] {
  return rows
    .map((r) => ({ key: r.field.key, c: choices[spotKey(taskId, r.field.key)] }))
    .filter(({ c }) => c?.choice === 'VALUE')
    .map(({ key, c }) => (c.illegible ? { fieldKey: key, illegible: true } : { fieldKey: key, value: c.value ?? '' }));
}

export async function resolveSpotCheck(id: string, corrections: FieldCorrection[], overrideReason?: string): Promise<void> {
  await gql(SPOT, { id, corrections, overrideReason: overrideReason ?? null });
}

/** The server's marker for an illegible value inside a record. */
export const ILLEGIBLE = '\u2047';

/** Key under which a spot-check correction is kept in the choices map (never clashes with a discrepancy id). */
export const spotKey = (taskId: string, fieldKey: string) => `spot:${taskId}:${fieldKey}`;
