import { graphql } from '../gql';
import { gql } from '../graphql';

const REOPEN = graphql(`mutation ReopenResolution($id: ID!, $reason: String) { reopenTask(id: $id, reason: $reason) { id status claimedBy { id } } }`);

const RECENT = graphql(`query RecentResolutions($me: ID!) {
  correctionTasks(filter: { status: RESOLVED, resolvedById: $me }, perPage: 10, sortField: resolvedAt, sortOrder: DESC) {
    total
    items { id resolvedAt canReopen discrepancyCount form { id formNumber } batch { id code } }
  }
}`);

const REOPENABLE = graphql(`query TaskReopenable($id: ID!) { correctionTask(id: $id) { id canReopen resolvedBy { id } } }`);

/** Reopens a resolved review task; answers whether it came back claimed by the caller (else: to the queue). */
export async function reopenTask(id: string, reason?: string | null): Promise<{ claimed: boolean }> {
  const d = await gql(REOPEN, { id, reason: reason?.trim() ? reason : null });
  return { claimed: d.reopenTask.status === 'CLAIMED' };
}

export async function recentResolutions(me: string) {
  return (await gql(RECENT, { me })).correctionTasks;
}

export async function reopenable(id: string) {
  return (await gql(REOPENABLE, { id })).correctionTask;
}
