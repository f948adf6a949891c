import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, startTestApp, type TestApp } from '../helpers/test-app.js';
import { graphql } from '../gql/index.js';

/** Teams through the account life cycle: updateUser's `team` and the import's `team` column. */
const TEAM = graphql(`mutation AccountsTeamsCreateTeam($i:CreateTeamInput!){ createTeam(input:$i){ id code } }`);
const UPDATE = graphql(`mutation AccountsTeamsUpdateUser($id:ID!,$i:UpdateUserInput!){ updateUser(id:$id, input:$i){ id team { code } } }`);
const IMPORT = graphql(`mutation AccountsTeamsImportUsers($csv:String!){ importUsers(csv:$csv){ created skipped failed accounts { line username team } problems { line field reason } } }`);
const USER = graphql(`query AccountsTeamsUser($id:ID!){ user(id:$id){ team { code } } }`);

describe.each(dbKinds())('teams in the account life cycle on %s', (kind) => {
  let t: TestApp;
  const admin = () => t.as('admin');
  const idOf = async (username: string) => (await admin()(graphql(`query AccountsTeamsUsers { users(perPage: 200){ items { id username } } }`))).data.users.items.find((u: any) => u.username === username)!.id;

  beforeAll(async () => {
    t = await startTestApp(kind);
    for (const [code, provinceCode] of [['HN', '001'], ['HCM', '079']]) expect((await admin()(TEAM, { i: { code, name: `Đội ${code}`, provinceCode } })).errors).toBeUndefined();
  });
  afterAll(async () => t?.close());

  it('updateUser sets, changes and clears a team (by code or id), refuses unknown teams and teams for admins, and audits it', async () => {
    const id = await idOf('reviewer');
    expect((await admin()(UPDATE, { id, i: { team: 'HN' } })).data.updateUser.team).toEqual({ code: 'HN' });
    const hcm = (await admin()(graphql(`query AccountsTeamsTeams { teams { items { id code } } }`))).data.teams.items.find((x: any) => x.code === 'HCM')!.id;
    expect((await admin()(UPDATE, { id, i: { team: hcm } })).data.updateUser.team).toEqual({ code: 'HCM' });
    const unknown = await admin()(UPDATE, { id, i: { team: 'NOPE' } });
    expect(unknown.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'input.team' }] });
    expect((await admin()(USER, { id })).data.user.team).toEqual({ code: 'HCM' });
    // Another field changed with a bad team: nothing changes.
    const both = await admin()(UPDATE, { id, i: { displayName: 'Tên mới', team: 'NOPE' } });
    expect(both.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await admin()(graphql(`query AccountsTeamsUser2($id:ID!){ user(id:$id){ displayName } }`), { id })).data.user.displayName).toBe('reviewer');
    const members = await admin()(graphql(`query AccountsTeamsUsers2($t:ID!){ users(perPage: 200, filter: { teamId: $t }){ items { username } } }`), { t: hcm });
    expect(members.data.users.items.map((u: any) => u.username)).toEqual(['reviewer']);
    expect((await admin()(UPDATE, { id, i: { team: null } })).data.updateUser.team).toBeNull();
    const adminRole = await admin()(UPDATE, { id: await idOf('manager'), i: { role: 'ADMIN', team: 'HN' } });
    expect(adminRole.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'input.team' }] });
    const events = (await admin()(graphql(`query AccountsTeamsAuditEvents($id:ID!){ auditEvents(perPage: 20, filter: { action: "user.update", entityType: "user", entityId: $id }){ items { data } } }`), { id })).data.auditEvents.items;
    expect(events.map((e: any) => e.data.changes.team)).toEqual(expect.arrayContaining([[null, 'HN'], ['HN', 'HCM'], ['HCM', null]]));
  });

  it('the import takes a team code per row; an unknown team or a team for an admin is that row\'s error', async () => {
    const csv = ['username,displayName,role,keyerCode,team', 'hn.clerk1,Nguyễn Văn Một,KEYER,HNK1,HN', 'nat.reviewer,Trần Thị Hai,REVIEWER,,', 'bad.team,Lê Văn Ba,REVIEWER,,XYZ', 'bad.admin,Phạm Văn Bốn,ADMIN,,HN'].join('\n');
    const r = (await admin()(IMPORT, { csv })).data.importUsers;
    expect(r).toMatchObject({ created: 2, failed: 2 });
    expect(r.accounts.map((a: any) => [a.username, a.team])).toEqual([['hn.clerk1', 'HN'], ['nat.reviewer', null]]);
    expect(r.problems).toEqual([
      { line: 4, field: 'team', reason: expect.stringContaining('XYZ') },
      { line: 5, field: 'team', reason: 'admins belong to no team' },
    ]);
    expect((await admin()(USER, { id: await idOf('hn.clerk1') })).data.user.team).toEqual({ code: 'HN' });
  });
});
