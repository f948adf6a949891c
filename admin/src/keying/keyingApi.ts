import { graphql } from '../gql';
import type { KeyingFiguresQuery, KeyingLeaseFieldsFragment } from '../gql/graphql';
import { gql, gqlCode } from '../graphql';
import { keyingData } from './localData';

export type KeyingLease = KeyingLeaseFieldsFragment;
export type KeyingField = KeyingLease['fields'][number];
export type KeyingFigures = KeyingFiguresQuery['figures'];

graphql(`fragment KeyingLeaseFields on KeyingLeaseType { id batchId batchCode formNumber claimedAt leaseUntil scanUrl scanType fields { key labelVi labelEn type required allowed } }`);

const CLAIM = graphql(`mutation KeyingClaim($batchId: ID) {
  lease: claimNextKeying(batchId: $batchId) { ...KeyingLeaseFields }
}`);

/** The save and the next form in one round trip: what the clerk waits for between two forms. */
const SAVE = graphql(`mutation KeyingSave($id: ID!, $keying: LeasedKeyingInput!, $batchId: ID) {
  saveLeasedKeying(id: $id, keying: $keying, next: true, batchId: $batchId) { status next { ...KeyingLeaseFields } }
}`);

const FIGURES = graphql(`query KeyingFigures {
  figures: myKeyingFigures { keyedToday keyedThisWeek medianSecondsThisWeek reviewedForms fieldsReviewed fieldErrors errorRate }
}`);

export const claimNextKeying = (batchId: string | null) => gql(CLAIM, { batchId }).then((r) => r.lease ?? null);
export const keyingFigures = () => gql(FIGURES).then((r) => r.figures);

/** One save, exactly as retried: the same idempotency key, times and values every time. */
export interface PendingSave {
  workId: string;
  idempotencyKey: string;
  startedAt: string;
  submittedAt: string;
  values: Record<string, string | null>;
  illegibleFields: string[];
}

/** Saves; answers the next form to key (null when nothing is left). */
export const saveKeying = (p: PendingSave, batchId: string | null): Promise<KeyingLease | null> =>
  gql(SAVE, { id: p.workId, batchId, keying: { idempotencyKey: p.idempotencyKey, startedAt: p.startedAt, submittedAt: p.submittedAt, values: p.values, illegibleFields: p.illegibleFields } }).then((r) => r.saveLeasedKeying.next ?? null);

/**
 * Worth sending again as it is: the network or the server failed (503 while the database is away,
 * a gateway error, too many requests). Anything the server decided (bad values, a lost lease) is not.
 */
export function isRetryable(e: unknown): boolean {
  const code = gqlCode(e);
  const status = (e as { status?: number } | null)?.status ?? 0;
  return code === 'NETWORK' || code === 'SERVICE_UNAVAILABLE' || code === 'TOO_MANY_REQUESTS' || code === 'INTERNAL_SERVER_ERROR' || (code === 'HTTP' && (status === 0 || status >= 500 || status === 429));
}

/** A key no other keying has: made once when the form opens, kept through every retry. */
export const newIdempotencyKey = (workId: string) => `web:${workId}:${crypto.randomUUID()}`;

const PENDING = 'pending';

/** A save not yet confirmed survives a reload: it is sent again before anything else. */
export const pendingStore = {
  get(): PendingSave | null {
    return keyingData.get<PendingSave>(PENDING);
  },
  set(p: PendingSave | null) {
    if (p) keyingData.set(PENDING, p);
    else keyingData.remove(PENDING);
  },
};
