import { gql } from '../graphql';

export type ChoiceKind = 'FIRST' | 'SECOND' | 'VALUE';

export interface Choice {
  choice: ChoiceKind;
  /** With VALUE: the typed value */
  value?: string;
  /** With VALUE: the field is unreadable on the scan */
  illegible?: boolean;
}

export interface ReviewDiscrepancy {
  id: string;
  fieldKey: string;
  kind: string;
  value1: string | null;
  value2: string | null;
}

export interface ReviewRow {
  field: { key: string; labelVi: string; labelEn: string; type: string };
  value1: string | null;
  value2: string | null;
  finalValue: string | null;
  discrepancyId: string | null;
}

export interface ReviewTask {
  id: string;
  leaseUntil: string | null;
  form: { id: string; formNumber: string; imageRef: string | null; batch: { id: string; code: string } };
  rows: ReviewRow[];
  /** In template order, so ↑/↓ follow the form from top to bottom */
  discrepancies: ReviewDiscrepancy[];
}

const CLAIM = `mutation ClaimNext($batchId: ID) {
  task: claimNextTask(batchId: $batchId) { id status leaseUntil form { id } discrepancies { id fieldKey kind value1 value2 } }
}`;

const FORM = `query ReviewForm($id: ID!) {
  form(id: $id) { id formNumber imageRef batch { id code } fields { field { key labelVi labelEn type } value1 value2 finalValue discrepancyId } }
}`;

const HELD = `query HeldTask($me: ID!) {
  correctionTasks(filter: { status: CLAIMED, claimedById: $me }, perPage: 1, sortField: id, sortOrder: ASC) { items { id } }
}`;

const RELEASE = `mutation Release($id: ID!) { releaseTask(id: $id) { id status } }`;

const RESOLVE = `mutation Resolve($id: ID!, $resolutions: [ResolutionInput!]!) {
  resolveTask(id: $id, resolutions: $resolutions) { id status resolvedAt }
}`;

/** Claims the oldest open task (or gets back the one already held) and loads its form; null when the queue is empty. */
export async function claimNext(batchId?: string | null): Promise<ReviewTask | null> {
  const { task } = await gql<{ task: null | { id: string; leaseUntil: string | null; form: { id: string }; discrepancies: ReviewDiscrepancy[] } }>(CLAIM, {
    batchId: batchId || null,
  });
  if (!task) return null;
  const { form } = await gql<{ form: { id: string; formNumber: string; imageRef: string | null; batch: { id: string; code: string }; fields: ReviewRow[] } }>(FORM, {
    id: task.form.id,
  });
  const order = new Map(form.fields.map((r, i) => [r.field.key, i]));
  const discrepancies = [...task.discrepancies].sort((a, b) => (order.get(a.fieldKey) ?? 999) - (order.get(b.fieldKey) ?? 999));
  return {
    id: task.id,
    leaseUntil: task.leaseUntil,
    form: { id: form.id, formNumber: form.formNumber, imageRef: form.imageRef, batch: form.batch },
    rows: form.fields,
    discrepancies,
  };
}

export async function heldTaskId(me: string): Promise<string | null> {
  const d = await gql<{ correctionTasks: { items: { id: string }[] } }>(HELD, { me });
  return d.correctionTasks.items[0]?.id ?? null;
}

export async function releaseTask(id: string): Promise<void> {
  await gql(RELEASE, { id });
}

export interface ResolutionInput {
  discrepancyId: string;
  choice: ChoiceKind;
  value?: string;
  illegible?: boolean;
}

export function toResolutions(discrepancies: ReviewDiscrepancy[], choices: Record<string, Choice>): ResolutionInput[] {
  return discrepancies.map((d) => {
    const c = choices[d.id];
    if (c.choice !== 'VALUE') return { discrepancyId: d.id, choice: c.choice };
    return c.illegible ? { discrepancyId: d.id, choice: 'VALUE', illegible: true } : { discrepancyId: d.id, choice: 'VALUE', value: c.value ?? '' };
  });
}

export async function resolveTask(id: string, resolutions: ResolutionInput[]): Promise<void> {
  await gql(RESOLVE, { id, resolutions });
}
