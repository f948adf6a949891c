import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec } from '../../server/src/services/sql.js';
import { dbKinds, startTestApp, type TestApp } from '../helpers/test-app.js';
import { CREATE_BATCH, keying, person, type KeyingJson } from '../helpers/fixtures.js';
import { graphql } from '../gql/index.js';
import { withToken, type GqlAs } from '../helpers/gql.js';

/**
 * Side channels that would tell a caller what masking hides: a filter that confirms a guessed
 * citizen ID, rule notes that quote values, reads in clear that leave no trace, reviewers' names.
 */

/** Both passes of some forms, each pass through its own station (one credential never keys both). */
async function submitBoth(t: TestApp, keyings: KeyingJson[]) {
  const r = await t.submit(keyings);
  expect(r.errors).toBeUndefined();
  for (const o of r.data.submitKeyings) expect(o.status, o.message).toBe('ACCEPTED');
  return r;
}
const both = (form: string, v1: Record<string, string | null>, v2 = v1) => [keying('SC', form, 1, 'KT1', v1), keying('SC', form, 2, 'KT2', v2)];

const CLAIM = graphql(`mutation SideChannelsClaimNextTask{ claimNextTask { id form { formNumber } discrepancies { id } } }`);
const RESOLVE = graphql(`mutation ResolveTask($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status } }`);
const KEY = graphql(`mutation CreateApiKey($i:CreateApiKeyInput!){ createApiKey(input:$i){ key } }`);
const EVENTS = graphql(`query SideChannelsAuditEvents($a:String!){ auditEvents(filter:{action:$a}, perPage:200){ total items { actor entityType entityId data } } }`);

// The agreed values of F3 and F4 break every kind of rule: province code, sex, century and year
// digits, before 1900, in the future, a parent's ID equal to the own one.
const F3 = person({ citizenId: '099190012345', sex: 'Nam', dateOfBirth: '17/08/1899' });
const F4 = person({ citizenId: '001203012345', dateOfBirth: '03/2031', motherCitizenId: '001203012345', householdHeadCitizenId: '001203012345', householdHeadName: 'Nguyễn Văn An', relationToHead: 'Chủ hộ' });

/** Everything a note must not contain: digit runs of 3+ and name words of the sensitive values. */
function leaks(note: string, values: Record<string, string | null>[]): string[] {
  const found: string[] = [];
  const text = note.replace(/\b1900\b/g, ''); // the rule's own constant, not a value
  for (const v of values) {
    for (const [key, value] of Object.entries(v)) {
      if (!value || ['sex', 'nationality', 'maritalStatus', 'bloodType', 'relationToHead'].includes(key)) continue;
      for (const run of value.match(/\d{3,}/g) ?? []) for (let i = 0; i + 3 <= run.length; i++) if (text.includes(run.slice(i, i + 3))) found.push(`${key}:${run.slice(i, i + 3)}`);
      for (const word of value.split(/[\s,]+/)) if ([...word].length >= 3 && /\p{L}/u.test(word) && new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'iu').test(text)) found.push(`${key}:${word}`);
    }
  }
  return found;
}

describe.each(dbKinds())('side channels on personal data (%s)', (kind) => {
  let t: TestApp;
  const keys: Record<string, string> = {};
  const asKey = (k: string) => withToken(t.gql, keys[k]);
  const events = async (action: string) => (await t.as('admin')(EVENTS, { a: action })).data.auditEvents;

  beforeAll(async () => {
    t = await startTestApp(kind);
    await t.as('admin')(CREATE_BATCH, { i: { code: 'SC', provinceCode: '001', district: 'D', commune: 'C' } });
    for (const [name, scope] of [['read', 'RECORDS_READ'], ['personal', 'RECORDS_READ_PERSONAL']] as const) {
      keys[name] = (await t.as('admin')(KEY, { i: { name, scopes: [scope] } })).data.createApiKey.key;
    }
    // F2: the clerks disagree on the name; the reviewer takes the first pass.
    await submitBoth(t, both('F2', person({ citizenId: '001090054321' }), person({ citizenId: '001090054321', fullName: 'Nguyễn Văn Ann' })));
    const task = (await t.as('reviewer')(CLAIM)).data.claimNextTask;
    expect(task.form.formNumber).toBe('F2');
    const done = await t.as('reviewer')(RESOLVE, { id: task.id, r: task.discrepancies.map((d: any) => ({ discrepancyId: d.id, choice: 'FIRST' as const })) });
    expect(done.data.resolveTask.status).toBe('RESOLVED');
    // F1 verified automatically; F3 and F4 agreed on values that break rules (open tasks).
    await submitBoth(t, [...both('F1', person()), ...both('F3', F3), ...both('F4', F4)]);
  });
  afterAll(async () => t?.close());

  describe('filtering by citizen ID', () => {
    const RECORDS = graphql(`query SideChannelsVerifiedRecords($c:String!){ verifiedRecords(filter:{citizenId:$c}){ total } }`);
    const FORMS = graphql(`query SideChannelsForms($c:String!){ forms(filter:{citizenId:$c}){ total } }`);

    it('is refused to whoever sees citizen IDs masked, whether the guess exists or not', async () => {
      const callers: [string, GqlAs][] = [
        ['consumer', t.as('consumer')], ['reviewer', t.as('reviewer')], ['manager', t.as('manager')], ['key records:read', asKey('read')],
      ];
      for (const [who, call] of callers) {
        for (const guess of ['001090012345', '001090012399']) {
          const r = await call(RECORDS, { c: guess });
          expect(r.errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
          expect(r.errors[0].message).toBe('filtering by citizen ID needs permission to see citizen IDs in clear');
          expect(r.data?.verifiedRecords ?? null).toBeNull();
        }
      }
      for (const who of ['reviewer', 'manager']) expect((await t.as(who)(FORMS, { c: '001090012345' })).errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
      // Other filters stay open to them.
      expect((await t.as('consumer')(graphql(`query VerifiedRecords { verifiedRecords(filter:{automatic:true}){ total } }`))).data.verifiedRecords.total).toBe(1);
    });

    it('works for admins and records:read-personal keys, and is audited without the value', async () => {
      expect((await t.as('admin')(RECORDS, { c: '001090012345' })).data.verifiedRecords.total).toBe(1);
      expect((await asKey('personal')(RECORDS, { c: '001 090 012 345' })).data.verifiedRecords.total).toBe(1);
      expect((await t.as('admin')(FORMS, { c: '001090054321' })).data.forms.total).toBe(1);
      const searches = await events('records.search');
      expect(searches.items.map((e: any) => [e.actor, e.entityType, e.data])).toEqual(
        expect.arrayContaining([
          ['admin', 'record', { field: 'citizenId' }],
          [expect.stringMatching(/^key:/), 'record', { field: 'citizenId' }],
        ]),
      );
      expect((await events('forms.search')).items.map((e: any) => e.data)).toContainEqual({ field: 'citizenId' });
      // Nothing derived from the value either (its blind index would confirm a guess as well).
      const all = JSON.stringify((await t.as('admin')(graphql(`query SideChannelsAuditEvents2 { auditEvents(perPage:200){ items { data } } }`))).data);
      for (const id of ['001090012345', '001090054321']) {
        expect(all).not.toContain(id);
        expect(all).not.toContain(t.app.services.vault.citizenIndexOf(id));
      }
    });

    it('no sort key or other list filter takes a personal value', async () => {
      const schema = (await t.as('admin')(graphql(`query SideChannels_Schema { __schema { types { name inputFields { name } enumValues { name } } } }`))).data.__schema.types;
      const personal = /citizen|name|birth|address|phone|hometown|ethnic|religion|oldId/i;
      const open = schema
        .filter((x: any) => /Filter$|SortField$/.test(x.name))
        .flatMap((x: any) => [...(x.inputFields ?? []), ...(x.enumValues ?? [])].map((f: any) => `${x.name}.${f.name}`))
        .filter((n: string) => personal.test(n.split('.')[1]));
      // Each one is guarded like verifiedRecords' and forms' (the tests above); `username` is staff.
      expect(open.sort()).toEqual(['FormFilter.citizenId', 'UserSortField.username', 'VerifiedRecordFilter.citizenId']);
    });
  });

  describe('rule notes', () => {
    const NOTES = graphql(`query SideChannelsDiscrepancies { discrepancies(filter:{kind:RULE}, perPage:200){ items { id fieldKey note form { formNumber } } } }`);

    it('say what is wrong without quoting a value, for every rule', async () => {
      const items = (await t.as('admin')(NOTES)).data.discrepancies.items;
      const sentences = new Set(items.flatMap((d: any) => d.note.split('; ')));
      // Province, sex, century, year digits, before 1900, future, equal IDs.
      expect(sentences).toEqual(
        new Set([
          'citizenId: digits 1-3 are not a province code',
          'citizenId: digit 4 does not match the sex',
          'citizenId: digit 4 does not match the century of birth',
          'citizenId: digits 5-6 do not match the year of birth',
          'dateOfBirth is before 1900',
          'dateOfBirth is in the future',
          "motherCitizenId equals the person's own citizen ID",
        ]),
      );
      for (const d of items) expect(leaks(d.note, [F3, F4, person()]), d.note).toEqual([]);
      // Stored as shown: nothing personal in the column.
      const rows = await exec<{ note: string }[]>(t.app.orm.em.fork() as never, `select note from discrepancy where note is not null`);
      for (const r of rows) expect(leaks(r.note, [F3, F4])).toEqual([]);
    });

    it('written before, with values, reach only those who see the form in clear', async () => {
      const items = (await t.as('admin')(NOTES)).data.discrepancies.items;
      const d = items.find((x: any) => x.form.formNumber === 'F3' && x.fieldKey === 'dateOfBirth')!;
      const old = 'dateOfBirth: 17/08/1899 is before 1900; citizenId: digit 4 (1) means born 1900-1999, but dateOfBirth is 1899';
      await exec(t.app.orm.em.fork() as never, `update discrepancy set note = ? where id = ?`, [old, Number(d.id)], 'run');
      const q = graphql(`query SideChannelsDiscrepancy($id:ID!){ discrepancy(id:$id){ note value1 } }`);
      const masked = (await t.as('reviewer2')(q, { id: d.id })).data.discrepancy;
      expect(masked).toEqual({ value1: '**/**/1899', note: 'dateOfBirth is before 1900; citizenId: digit 4 does not match the century of birth' });
      expect((await t.as('admin')(q, { id: d.id })).data.discrepancy.note).toBe(old);
    });
  });

  describe('reads in clear', () => {
    const count = async (action: string) => (await events(action)).total as number;

    it('of forms, keyings and discrepancies are audited once per list, with ids and fields', async () => {
      const before = { forms: await count('forms.read'), keyings: await count('keyings.read'), discrepancies: await count('discrepancies.read') };
      const forms = (await t.as('admin')(graphql(`query SideChannelsForms2 { forms(perPage:200){ items { id fields { value1 value2 finalValue } } } }`))).data.forms.items;
      expect(forms.length).toBe(4);
      const keyings = (await t.as('admin')(graphql(`query SideChannelsKeyings { keyings(perPage:200){ items { id values { key value } } } }`))).data.keyings.items;
      const discs = (await t.as('admin')(graphql(`query SideChannelsDiscrepancies2 { discrepancies(perPage:200){ items { id fieldKey value1 value2 value3 finalValue } } }`))).data.discrepancies.items;
      expect(discs.find((x: any) => x.fieldKey === 'fullName')!.value2).toBe('Nguyễn Văn Ann');

      const formsRead = await events('forms.read');
      expect(formsRead.total).toBe(before.forms + 1);
      expect(formsRead.items[0]).toMatchObject({ actor: 'admin', entityType: 'form', entityId: null });
      expect([...formsRead.items[0].data.ids].sort()).toEqual(forms.map((f: any) => Number(f.id)).sort());
      expect(formsRead.items[0].data.fields).toEqual(expect.arrayContaining(['fullName', 'citizenId', 'dateOfBirth']));
      expect(formsRead.items[0].data.fields).not.toContain('sex');

      const keyingsRead = await events('keyings.read');
      expect(keyingsRead.total).toBe(before.keyings + 1);
      expect(keyingsRead.items[0].data.ids).toHaveLength(keyings.length);

      const discsRead = await events('discrepancies.read');
      expect(discsRead.total).toBe(before.discrepancies + 1);
      // Sensitive fields only: a disagreement on sex reveals nothing personal.
      expect(discsRead.items[0].data.fields).not.toContain('sex');
      expect(discsRead.items[0].data.discrepancies.length).toBe(discs.filter((x: any) => x.fieldKey !== 'sex').length);
      expect(JSON.stringify([formsRead, keyingsRead, discsRead])).not.toContain('001090012345');

      // One form's details: one event naming it.
      const id = forms[0].id;
      await t.as('admin')(graphql(`query SideChannelsForm($id:ID!){ form(id:$id){ fields { value1 } keyings { values { value } } } }`), { id });
      const one = await events('forms.read');
      expect(one.total).toBe(before.forms + 2);
      expect(one.items[0]).toMatchObject({ entityType: 'form', entityId: id, data: { ids: [Number(id)] } });
    });

    it('of verified records: one event per page; reviewers reading their own task, and masked reads, none', async () => {
      const records = async () => count('records.read');
      let n = await records();
      await asKey('personal')(graphql(`query SideChannelsVerifiedRecords2 { verifiedRecords(perPage:200){ items { values { value } } } }`));
      expect(await records()).toBe(n + 1);
      n = await records();
      await asKey('read')(graphql(`query SideChannelsVerifiedRecords2 { verifiedRecords(perPage:200){ items { values { value } } } }`));
      await t.as('consumer')(graphql(`query SideChannelsVerifiedRecords2 { verifiedRecords(perPage:200){ items { values { value } } } }`));
      expect(await records()).toBe(n);

      // The reviewer who resolved F2 reads it in clear as part of the job: not audited.
      const f = (await count('forms.read')) + (await count('discrepancies.read'));
      const mine = (await t.as('reviewer')(graphql(`query SideChannelsForms3 { forms(filter:{formNumber:"F2"}){ items { fields { field { key } value1 } discrepancies { value1 } } } }`))).data.forms.items[0];
      expect(mine.fields.find((x: any) => x.field.key === 'citizenId')!.value1).toBe('001090054321');
      expect((await count('forms.read')) + (await count('discrepancies.read'))).toBe(f);
    });
  });

  describe('who verified a record', () => {
    const Q = graphql(`query SideChannelsVerifiedRecords3 { verifiedRecords(perPage:200){ items { automatic reviewerRef verifiedBy { username displayName } form { formNumber } } } }`);
    const reviewed = async (call: GqlAs) => {
      const r = await call(Q);
      expect(r.errors).toBeUndefined();
      return r.data.verifiedRecords.items.find((x: any) => x.form.formNumber === 'F2')!;
    };

    it('consumers and API keys get an opaque reference, staff the name', async () => {
      const staff = await reviewed(t.as('manager'));
      expect(staff.verifiedBy).toEqual({ username: 'reviewer', displayName: 'reviewer' });
      expect(staff.reviewerRef).toMatch(/^rv_[A-Za-z0-9_-]{16}$/);
      expect((await reviewed(t.as('admin'))).verifiedBy.username).toBe('reviewer');
      for (const call of [t.as('consumer'), asKey('read'), asKey('personal')]) {
        const r = await reviewed(call);
        expect(r).toEqual({ automatic: false, reviewerRef: staff.reviewerRef, verifiedBy: null, form: { formNumber: 'F2' } });
      }
      const auto = (await t.as('consumer')(Q)).data.verifiedRecords.items.find((x: any) => x.form.formNumber === 'F1');
      expect(auto).toMatchObject({ automatic: true, reviewerRef: null, verifiedBy: null });
    });
  });
});
