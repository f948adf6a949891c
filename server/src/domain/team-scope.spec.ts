import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
import { PROVINCE_CODES } from './provinces.js';
import { inTeamScope, MAX_TEAM_BATCHES, narrowReportArea, teamOf, teamProblems, type TeamScope } from './team-scope.js';

const HANOI: TeamScope = { teamId: 1, code: 'HN', provinceCode: '001', batchIds: [] };
const LENT: TeamScope = { teamId: 2, code: 'LENT', provinceCode: null, batchIds: [7, 9] };

describe('team scope', () => {
  it('a province team covers its province’s batches only; a batch-set team its batches only', () => {
    expect(inTeamScope(HANOI, { id: 7, provinceCode: '001' })).toBe(true);
    expect(inTeamScope(HANOI, { id: 7, provinceCode: '079' })).toBe(false);
    expect(inTeamScope(LENT, { id: 9, provinceCode: '079' })).toBe(true);
    expect(inTeamScope(LENT, { id: 8, provinceCode: '001' })).toBe(false);
  });

  it('no team: everything is in scope', () => {
    expect(inTeamScope(null, { id: 1, provinceCode: '096' })).toBe(true);
  });

  it('admins and API keys are national whatever team they carry', () => {
    expect(teamOf({ role: 'ADMIN', team: HANOI })).toBeNull();
    expect(teamOf({ role: 'MANAGER', kind: 'key', team: HANOI })).toBeNull();
    expect(teamOf({ role: 'MANAGER', team: HANOI })).toBe(HANOI);
    expect(teamOf({ role: 'REVIEWER' })).toBeNull();
    expect(teamOf(null)).toBeNull();
  });

  it('narrows a report filter to the team, and refuses a filter outside it', () => {
    expect(narrowReportArea(HANOI, { provinceCode: null, batchId: null }, null)).toEqual({ provinceCode: '001', batchId: null, batchIds: null });
    expect(narrowReportArea(HANOI, { provinceCode: '001', batchId: 3 }, '001')).toEqual({ provinceCode: '001', batchId: 3, batchIds: null });
    expect(() => narrowReportArea(HANOI, { provinceCode: '079', batchId: null }, null)).toThrow(DomainError);
    expect(() => narrowReportArea(HANOI, { provinceCode: null, batchId: 3 }, '079')).toThrow(/own province/);
    expect(narrowReportArea(LENT, { provinceCode: null, batchId: null }, null)).toEqual({ provinceCode: null, batchId: null, batchIds: [7, 9] });
    expect(narrowReportArea(LENT, { provinceCode: null, batchId: 9 }, '079')).toEqual({ provinceCode: null, batchId: 9, batchIds: null });
    expect(() => narrowReportArea(LENT, { provinceCode: null, batchId: 8 }, '079')).toThrow(/own batches/);
    expect(narrowReportArea(null, { provinceCode: '079', batchId: null }, null)).toEqual({ provinceCode: '079', batchId: null, batchIds: null });
  });

  it('checks a team: a known province or some batches, never both, never neither', () => {
    const ok = { code: 'HN-1', name: 'Hà Nội', provinceCode: '001', batchIds: [] };
    expect(teamProblems(ok, PROVINCE_CODES)).toEqual([]);
    expect(teamProblems({ ...ok, provinceCode: '003' }, PROVINCE_CODES).map((p) => p.field)).toEqual(['input.provinceCode']);
    expect(teamProblems({ ...ok, provinceCode: null }, PROVINCE_CODES).map((p) => p.field)).toEqual(['input.provinceCode']);
    expect(teamProblems({ ...ok, batchIds: [1] }, PROVINCE_CODES).map((p) => p.field)).toEqual(['input.batchIds']);
    expect(teamProblems({ ...ok, provinceCode: null, batchIds: [1, 1] }, PROVINCE_CODES).map((p) => p.field)).toEqual(['input.batchIds']);
    const many = Array.from({ length: MAX_TEAM_BATCHES + 1 }, (_, i) => i + 1);
    expect(teamProblems({ ...ok, provinceCode: null, batchIds: many }, PROVINCE_CODES).map((p) => p.field)).toEqual(['input.batchIds']);
    expect(teamProblems({ ...ok, code: 'a b', name: ' ' }, PROVINCE_CODES).map((p) => p.field)).toEqual(['input.code', 'input.name']);
  });
});
