import { isTeamCode, TEAM_CODE_REASON } from './codes.js';
import { DomainError } from './errors.js';
import type { Role } from './roles.js';

/**
 * A team: the accounts working on one province, or on a named set of batches (a team lent to
 * another province's backlog). Exactly one of the two, so every scope check is one indexed test.
 */
export interface TeamScope {
  teamId: number;
  code: string;
  provinceCode: string | null;
  batchIds: readonly number[];
}

/** At most this many batches per batch-set team: the ids travel as query parameters. */
export const MAX_TEAM_BATCHES = 200;

export interface ScopedActor {
  role: Role;
  kind?: 'user' | 'key';
  team?: TeamScope | null;
}

/**
 * The team that limits what this actor reads and does; null means national. Admins are national
 * whatever their row says; API keys belong to systems, not teams.
 */
export function teamOf(actor: ScopedActor | null | undefined): TeamScope | null {
  if (!actor || actor.kind === 'key' || actor.role === 'ADMIN') return null;
  return actor.team ?? null;
}

/** Is this batch inside the team's work? No team: everything is. */
export function inTeamScope(scope: TeamScope | null | undefined, batch: { id: number; provinceCode: string }): boolean {
  if (!scope) return true;
  if (scope.provinceCode !== null) return batch.provinceCode === scope.provinceCode;
  return scope.batchIds.includes(batch.id);
}

/** What a team's report may cover: a report filter narrowed to the team, or FORBIDDEN when it asks for more. */
export interface ReportArea {
  provinceCode: string | null;
  batchId: number | null;
  /** Only these batches (a batch-set team without a batch filter). */
  batchIds: number[] | null;
}

/**
 * A report filter for someone with a team: no filter means the team's whole area; a province or
 * batch outside it is refused (an empty report would look like "no errors there").
 * `batchProvince` is the filtered batch's province, when a batch filter is given and it exists.
 */
export function narrowReportArea(scope: TeamScope | null, asked: { provinceCode: string | null; batchId: number | null }, batchProvince: string | null): ReportArea {
  if (!scope) return { ...asked, batchIds: null };
  const refuse = (field: string) => {
    throw new DomainError('FORBIDDEN', `team ${scope.code} may only report on its own ${scope.provinceCode !== null ? `province (${scope.provinceCode})` : 'batches'}`, { field });
  };
  if (scope.provinceCode !== null) {
    if (asked.provinceCode !== null && asked.provinceCode !== scope.provinceCode) refuse('filter.provinceCode');
    if (asked.batchId !== null && batchProvince !== null && batchProvince !== scope.provinceCode) refuse('filter.batchId');
    return { provinceCode: scope.provinceCode, batchId: asked.batchId, batchIds: null };
  }
  if (asked.batchId !== null && !scope.batchIds.includes(asked.batchId)) refuse('filter.batchId');
  return { provinceCode: asked.provinceCode, batchId: asked.batchId, batchIds: asked.batchId !== null ? null : [...scope.batchIds] };
}

/**
 * Field problems of a team as it would be stored (after an update is applied). Unknown batch ids
 * are the service's to find (they need the database); `knownProvinces` is the province list.
 */
export function teamProblems(t: { code: string; name: string; provinceCode: string | null; batchIds: readonly number[] }, knownProvinces: ReadonlySet<string>, prefix = 'input'): { field: string; reason: string }[] {
  const out: { field: string; reason: string }[] = [];
  if (!isTeamCode(t.code)) out.push({ field: `${prefix}.code`, reason: TEAM_CODE_REASON });
  if (!t.name.trim() || t.name.length > 200 || /[\p{Cc}<>]/u.test(t.name)) out.push({ field: `${prefix}.name`, reason: 'must be 1 to 200 characters, without markup or control characters' });
  if (t.provinceCode !== null && !knownProvinces.has(t.provinceCode)) out.push({ field: `${prefix}.provinceCode`, reason: 'must be one of the 63 three-digit province codes (001 Hà Nội … 096 Cà Mau)' });
  if (t.provinceCode !== null && t.batchIds.length) out.push({ field: `${prefix}.batchIds`, reason: 'a team covers a province or a set of batches, not both' });
  if (t.provinceCode === null && !t.batchIds.length) out.push({ field: `${prefix}.provinceCode`, reason: 'give a province code or at least one batch id' });
  if (t.batchIds.length > MAX_TEAM_BATCHES) out.push({ field: `${prefix}.batchIds`, reason: `at most ${MAX_TEAM_BATCHES} batches` });
  if (new Set(t.batchIds).size !== t.batchIds.length) out.push({ field: `${prefix}.batchIds`, reason: 'repeats a batch' });
  return out;
}
