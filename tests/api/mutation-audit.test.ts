import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNamedType, isNonNullType, isObjectType, type GraphQLField } from 'graphql';
import { createSchema } from '../../server/src/graphql/schema.js';
import { exec, isPostgres } from '../../server/src/services/sql.js';
import { dbKinds, startTestApp, TEST_PASSWORD, type TestApp } from '../helpers/test-app.js';
import { CREATE_BATCH, keying, person } from '../helpers/fixtures.js';
import { graphql } from '../gql/index.js';
import type { Doc, GqlAs } from '../helpers/gql.js';

/**
 * Every mutation of the schema commits its change and its audit event together. For each one, a
 * way to make a successful call (CASES): the call must change data and write an event naming the
 * right action and entity; and with audit writes made to fail (a trigger on audit_event), the same
 * call must fail and change nothing. A mutation missing from CASES (and from EXEMPT) fails the
 * first test: a new mutation must decide.
 */

/** Mutations that change no data, with why. */
const EXEMPT: Record<string, string> = {
  login: 'a sign-in checks a password and signs a token: it changes no data (failed sign-ins are throttled in memory)',
};

/** Tables whose rows count as "data": all but the audit trail, its bookkeeping, and the aggregates a background job folds (they follow the raw rows). */
const skipTable = (name: string) => name === 'audit_event' || name.startsWith('agg_') || name.startsWith('sqlite_') || name.startsWith('mikro_orm');

interface Call {
  /** Variables of the mutation (required arguments must be there). */
  vars: Record<string, unknown>;
  /** The caller: a test user, or a token. */
  as?: string;
  token?: string;
  /** The entity the event must name, when the setup knows it. */
  entityId?: string | number;
}

interface Case {
  action: string;
  entityType: string;
  /** Builds what the call needs (its own batch, task, user...) and returns the call. */
  setup: (h: Helpers) => Promise<Call>;
}

class Helpers {
  private n = 0;
  constructor(readonly t: TestApp) {}

  uniq(prefix: string): string {
    return `${prefix}${++this.n}`;
  }

  private async ok(gql: GqlAs, q: Doc, v: Record<string, unknown> = {}) {
    const r = await gql(q as string, v);
    expect(r.errors, String(q)).toBeUndefined();
    return r.data;
  }

  admin(q: Doc, v?: Record<string, unknown>) {
    return this.ok(this.t.as('admin'), q, v);
  }

  async batch(extra: Record<string, unknown> = {}): Promise<{ id: string; code: string }> {
    const code = this.uniq('MA');
    const d = await this.admin(CREATE_BATCH, { i: { code, provinceCode: '001', district: 'D', commune: 'C', ...extra } });
    return { id: d.createBatch.id, code };
  }

  async submit(keyings: { pass: number }[]) {
    const r = await this.t.submit(keyings);
    expect(r.errors).toBeUndefined();
    expect(r.data.submitKeyings.map((o: any) => o.status)).toEqual(keyings.map(() => 'ACCEPTED'));
    return r.data.submitKeyings;
  }

  /** A form whose keyings disagree: its review task is OPEN. */
  async disputed(): Promise<{ batchId: string; formId: string }> {
    const b = await this.batch();
    const out = await this.submit([keying(b.code, '0001', 1, 'KT1', person()), keying(b.code, '0001', 2, 'KT2', person({ phone: '0912345679' }))]);
    return { batchId: b.id, formId: out[0].formId };
  }

  async claim(batchId: string, who = 'reviewer'): Promise<{ id: string; formId: string; discrepancies: { id: string }[] }> {
    const d = await this.ok(this.t.as(who), graphql(`mutation MutationAuditClaimNextTask($b:ID){ claimNextTask(batchId:$b){ id form { id } discrepancies { id } } }`), { b: batchId });
    expect(d.claimNextTask).not.toBeNull();
    return { id: d.claimNextTask.id, formId: d.claimNextTask.form.id, discrepancies: d.claimNextTask.discrepancies };
  }

  async claimedTask(who = 'reviewer') {
    const { batchId } = await this.disputed();
    return this.claim(batchId, who);
  }

  /** Resolves a claimed task with the first keying everywhere. */
  async resolve(task: { id: string; discrepancies: { id: string }[] }, who = 'reviewer') {
    await this.ok(this.t.as(who), graphql(`mutation MutationAuditResolveTask($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id } }`), { id: task.id, r: task.discrepancies.map((d) => ({ discrepancyId: d.id, choice: 'FIRST' })) });
  }

  /** A form rejected by its reviewer. */
  async rejectedForm(): Promise<string> {
    const task = await this.claimedTask();
    await this.ok(this.t.as('reviewer'), graphql(`mutation MutationAuditRejectForm($id:ID!){ rejectForm(taskId:$id, reason:"unreadable"){ id } }`), { id: task.id });
    return task.formId;
  }

  /** A batch whose only form was verified automatically: READY for handover. */
  async readyBatch(): Promise<string> {
    const b = await this.batch();
    await this.submit([keying(b.code, '0001', 1, 'KT1', person()), keying(b.code, '0001', 2, 'KT2', person())]);
    return b.id;
  }

  async handedOverBatch(): Promise<string> {
    const id = await this.readyBatch();
    await this.admin(graphql(`mutation ExportBatch($b:ID!){ exportBatch(batchId:$b){ recordCount } }`), { b: id });
    return id;
  }

  /** A spot check drawn on an automatically verified form, claimed by the reviewer. */
  async claimedSpotCheck() {
    const b = await this.batch({ spotCheckPercent: 100 });
    await this.submit([keying(b.code, '0001', 1, 'KT1', person()), keying(b.code, '0001', 2, 'KT2', person())]);
    return this.claim(b.id);
  }

  async user(role = 'REVIEWER'): Promise<{ id: string; username: string }> {
    const username = this.uniq('audited');
    const d = await this.admin(graphql(`mutation CreateUser($i:CreateUserInput!){ createUser(input:$i){ id } }`), { i: { username, password: TEST_PASSWORD, role, displayName: 'Người Thử' } });
    return { id: d.createUser.id, username };
  }

  /** A person signed in (their own token), so signing out or changing the password touches no shared test user. */
  async signedIn(): Promise<{ id: string; token: string }> {
    const u = await this.user();
    const r = await this.t.gql(graphql(`mutation Login($u:String!,$p:String!){ login(username:$u,password:$p){ token } }`), { u: u.username, p: TEST_PASSWORD });
    return { id: u.id, token: r.data.login.token };
  }

  async team(): Promise<string> {
    const d = await this.admin(graphql(`mutation MutationAuditCreateTeam($i:CreateTeamInput!){ createTeam(input:$i){ id } }`), { i: { code: this.uniq('team'), name: 'Đội', provinceCode: '001' } });
    return d.createTeam.id;
  }

  /** A fresh batch with one registered scan, waiting to be keyed. */
  async registered(): Promise<{ id: string; code: string }> {
    const b = await this.batch();
    const s = this.t.app.services.scanImport;
    const svg = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg"><text>${b.code}</text></svg>`);
    const o = await s.register({ em: this.t.app.orm.em.fork(), actor: null }, await s.batch(this.t.app.orm.em.fork(), b.code), { name: '0001.svg', bytes: svg });
    expect(o.status).toBe('IMPORTED');
    return b;
  }

  /** A registered form held to key by `keyer`. */
  async leased(): Promise<{ batchId: string; id: string }> {
    const b = await this.registered();
    const d = await this.ok(this.t.as('keyer'), graphql(`mutation MutationAuditClaimNextKeying($b:ID){ claimNextKeying(batchId:$b){ id } }`), { b: b.id });
    return { batchId: b.id, id: d.claimNextKeying.id };
  }

  async apiKey(): Promise<string> {
    const d = await this.admin(graphql(`mutation MutationAuditCreateApiKey{ createApiKey(input:{ name: "to revoke", scopes: [REPORTS_READ] }){ apiKey { id } } }`));
    return d.createApiKey.apiKey.id;
  }
}

const CASES: Record<string, Case> = {
  createBatch: {
    action: 'batch.create',
    entityType: 'batch',
    setup: async (h) => ({ as: 'admin', vars: { input: { code: h.uniq('NEW'), provinceCode: '001', district: 'D', commune: 'C' } } }),
  },
  setSpotCheckPolicy: {
    action: 'batch.spotcheck',
    entityType: 'batch',
    setup: async (h) => {
      const b = await h.batch();
      return { as: 'admin', vars: { batchId: b.id, policy: { every: 5 } }, entityId: b.id };
    },
  },
  exportBatch: {
    action: 'batch.handover',
    entityType: 'batch',
    setup: async (h) => {
      const id = await h.readyBatch();
      return { as: 'admin', vars: { batchId: id }, entityId: id };
    },
  },
  reopenBatch: {
    action: 'batch.reopen',
    entityType: 'batch',
    setup: async (h) => {
      const id = await h.handedOverBatch();
      return { as: 'admin', vars: { batchId: id, reason: 'a record must be corrected' }, entityId: id };
    },
  },
  rescanForm: {
    action: 'form.rescan',
    entityType: 'form',
    setup: async (h) => {
      const id = await h.rejectedForm();
      return { as: 'admin', vars: { id, imageRef: '/scans/again.png' }, entityId: id };
    },
  },
  submitKeyings: {
    action: 'keyings.ingest',
    entityType: 'batch',
    setup: async (h) => {
      const b = await h.batch();
      return { as: 'station', vars: { keyings: [keying(b.code, '0001', 1, 'KT1', person())] }, entityId: b.id };
    },
  },
  claimNextKeying: {
    action: 'keying.claim',
    entityType: 'form',
    setup: async (h) => {
      const b = await h.registered();
      return { as: 'keyer', vars: { batchId: b.id } };
    },
  },
  saveLeasedKeying: {
    action: 'keyings.ingest',
    entityType: 'batch',
    setup: async (h) => {
      const { batchId, id } = await h.leased();
      const now = new Date();
      return { as: 'keyer', vars: { id, keying: { idempotencyKey: h.uniq('kw'), startedAt: new Date(now.getTime() - 60_000).toISOString(), submittedAt: now.toISOString(), values: person() } }, entityId: batchId };
    },
  },
  claimNextTask: {
    action: 'task.claim',
    entityType: 'task',
    setup: async (h) => {
      const { batchId } = await h.disputed();
      return { as: 'reviewer', vars: { batchId } };
    },
  },
  releaseTask: {
    action: 'task.release',
    entityType: 'task',
    setup: async (h) => {
      const task = await h.claimedTask();
      return { as: 'reviewer', vars: { id: task.id }, entityId: task.id };
    },
  },
  escalateTask: {
    action: 'task.escalate',
    entityType: 'task',
    setup: async (h) => {
      const task = await h.claimedTask();
      return { as: 'reviewer', vars: { id: task.id, comment: 'please look' }, entityId: task.id };
    },
  },
  requestRekey: {
    action: 'task.rekey',
    entityType: 'task',
    setup: async (h) => {
      const task = await h.claimedTask();
      return { as: 'reviewer', vars: { id: task.id }, entityId: task.id };
    },
  },
  rejectForm: {
    action: 'task.reject',
    entityType: 'task',
    setup: async (h) => {
      const task = await h.claimedTask();
      return { as: 'reviewer', vars: { taskId: task.id, reason: 'unreadable' }, entityId: task.id };
    },
  },
  resolveTask: {
    action: 'task.resolve',
    entityType: 'task',
    setup: async (h) => {
      const task = await h.claimedTask();
      return { as: 'reviewer', vars: { id: task.id, resolutions: task.discrepancies.map((d) => ({ discrepancyId: d.id, choice: 'FIRST' })) }, entityId: task.id };
    },
  },
  reopenTask: {
    action: 'task.reopen',
    entityType: 'task',
    setup: async (h) => {
      const task = await h.claimedTask();
      await h.resolve(task);
      return { as: 'reviewer', vars: { id: task.id }, entityId: task.id };
    },
  },
  resolveSpotCheck: {
    action: 'spotcheck.confirm',
    entityType: 'task',
    setup: async (h) => {
      const task = await h.claimedSpotCheck();
      return { as: 'reviewer', vars: { id: task.id, corrections: [] }, entityId: task.id };
    },
  },
  addTaskComment: {
    action: 'task.comment',
    entityType: 'task',
    setup: async (h) => {
      const task = await h.claimedTask();
      return { as: 'reviewer', vars: { taskId: task.id, text: 'a note' }, entityId: task.id };
    },
  },
  createUser: {
    action: 'user.create',
    entityType: 'user',
    setup: async (h) => ({ as: 'admin', vars: { input: { username: h.uniq('newuser'), password: TEST_PASSWORD, role: 'REVIEWER', displayName: 'Người Mới' } } }),
  },
  registerClerks: {
    action: 'clerks.register',
    entityType: 'user',
    setup: async (h) => ({ as: 'admin', vars: { clerks: [{ keyerCode: h.uniq('KA'), displayName: 'Nhân Viên' }] } }),
  },
  importUsers: {
    action: 'users.import',
    entityType: 'user',
    setup: async (h) => ({ as: 'admin', vars: { csv: `username,displayName,role\n${h.uniq('imported')},Người Nhập,REVIEWER\n` } }),
  },
  updateUser: {
    action: 'user.update',
    entityType: 'user',
    setup: async (h) => {
      const u = await h.user();
      return { as: 'admin', vars: { id: u.id, input: { role: 'MANAGER' } }, entityId: u.id };
    },
  },
  setUserActive: {
    action: 'user.disable',
    entityType: 'user',
    setup: async (h) => {
      const u = await h.user();
      return { as: 'admin', vars: { id: u.id, active: false }, entityId: u.id };
    },
  },
  resetPassword: {
    action: 'user.password-reset',
    entityType: 'user',
    setup: async (h) => {
      const u = await h.user();
      return { as: 'admin', vars: { id: u.id }, entityId: u.id };
    },
  },
  changePassword: {
    action: 'user.password-change',
    entityType: 'user',
    setup: async (h) => {
      const u = await h.signedIn();
      return { token: u.token, vars: { oldPassword: TEST_PASSWORD, newPassword: 'another horse battery staple 42' }, entityId: u.id };
    },
  },
  logout: {
    action: 'user.logout',
    entityType: 'user',
    setup: async (h) => {
      const u = await h.signedIn();
      return { token: u.token, vars: {}, entityId: u.id };
    },
  },
  createTeam: {
    action: 'team.create',
    entityType: 'team',
    setup: async (h) => ({ as: 'admin', vars: { input: { code: h.uniq('newteam'), name: 'Đội Mới', provinceCode: '001' } } }),
  },
  updateTeam: {
    action: 'team.update',
    entityType: 'team',
    setup: async (h) => {
      const id = await h.team();
      return { as: 'admin', vars: { id, input: { name: 'Đội Đổi Tên' } }, entityId: id };
    },
  },
  setUserTeam: {
    action: 'user.team',
    entityType: 'user',
    setup: async (h) => {
      const [u, team] = [await h.user(), await h.team()];
      return { as: 'admin', vars: { userId: u.id, teamId: team }, entityId: u.id };
    },
  },
  createApiKey: {
    action: 'apikey.create',
    entityType: 'apikey',
    setup: async () => ({ as: 'admin', vars: { input: { name: 'reports', scopes: ['REPORTS_READ'] } } }),
  },
  revokeApiKey: {
    action: 'apikey.revoke',
    entityType: 'apikey',
    setup: async (h) => {
      const id = await h.apiKey();
      return { as: 'admin', vars: { id }, entityId: id };
    },
  },
};

function mutationText(field: GraphQLField<unknown, unknown>, vars: Record<string, unknown>): string {
  const args = field.args.filter((a) => a.name in vars || (isNonNullType(a.type) && a.defaultValue === undefined));
  const defs = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `mutation Audited${defs ? `(${defs})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`;
}

/** Row count and a digest of every row of every data table. */
async function dataState(t: TestApp): Promise<Record<string, string>> {
  const em = t.app.orm.em.fork();
  const tables = isPostgres(em)
    ? (await exec<{ name: string }[]>(em, `select tablename as name from pg_tables where schemaname = current_schema()`)).map((r) => r.name)
    : (await exec<{ name: string }[]>(em, `select name from sqlite_master where type = 'table'`)).map((r) => r.name);
  const out: Record<string, string> = {};
  for (const name of tables.filter((n) => !skipTable(n)).sort()) {
    const rows = (await exec<Record<string, unknown>[]>(em, `select * from "${name}"`)).map((r) => JSON.stringify(r, (_k, v) => (typeof v === 'bigint' ? String(v) : v))).sort();
    out[name] = `${rows.length}:${createHash('sha256').update(rows.join('\n')).digest('hex').slice(0, 16)}`;
  }
  return out;
}

async function auditCount(t: TestApp): Promise<number> {
  const [{ n }] = await exec<{ n: number | string }[]>(t.app.orm.em.fork(), 'select count(*) as n from audit_event');
  return Number(n);
}

/** Makes every insert into audit_event fail, as a full disk or a lost connection would. */
async function breakAudit(t: TestApp, broken: boolean): Promise<void> {
  const em = t.app.orm.em.fork();
  if (isPostgres(em)) {
    if (broken) {
      await exec(em, `create or replace function test_audit_down() returns trigger language plpgsql as $$ begin raise exception 'audit store down'; end $$`, [], 'run');
      await exec(em, 'create trigger test_audit_down before insert on audit_event for each row execute function test_audit_down()', [], 'run');
    } else {
      await exec(em, 'drop trigger if exists test_audit_down on audit_event', [], 'run');
    }
  } else if (broken) {
    await exec(em, `create trigger test_audit_down before insert on audit_event begin select raise(abort, 'audit store down'); end`, [], 'run');
  } else {
    await exec(em, 'drop trigger if exists test_audit_down', [], 'run');
  }
}

const mutationFields = async () => Object.values((await createSchema()).getMutationType()!.getFields());

// Both databases: about 30 cases, each a few calls; transactions behave differently enough (SQLite's
// single writer, PostgreSQL's MVCC and row locks) that "commits together" must hold on each.
describe.each(dbKinds())('every mutation writes its audit event in its own transaction (%s)', async (kind) => {
  const fields = await mutationFields();
  let t: TestApp;
  let h: Helpers;

  beforeAll(async () => {
    t = await startTestApp(kind);
    h = new Helpers(t);
  });
  afterAll(async () => t?.close());

  const call = (field: GraphQLField<unknown, unknown>, c: Call) => t.gql(mutationText(field, c.vars), c.vars, c.token ?? t.tokens[c.as ?? 'admin']);

  it('has a case or a justified exemption for every mutation, and none for mutations that are gone', () => {
    const names = fields.map((f) => f.name);
    expect(names.filter((n) => !(n in CASES) && !(n in EXEMPT)), 'mutations without a case: add one to CASES (or a reason to EXEMPT)').toEqual([]);
    expect([...Object.keys(CASES), ...Object.keys(EXEMPT)].filter((n) => !names.includes(n)), 'cases for mutations the schema no longer has').toEqual([]);
    expect(Object.keys(CASES).filter((n) => n in EXEMPT)).toEqual([]);
  });

  it.each(fields.filter((f) => f.name in CASES).map((f) => [f.name, f] as const))('%s changes data and audits it', async (name, field) => {
    const c = CASES[name];
    const prepared = await c.setup(h);
    const before = await dataState(t);
    const [{ m: maxId }] = await exec<{ m: number | string | null }[]>(t.app.orm.em.fork(), 'select max(id) as m from audit_event');
    const eventsBefore = await auditCount(t);
    const r = await call(field, prepared);
    expect(r.errors, name).toBeUndefined();
    expect(r.data?.[name], name).toBeTruthy();
    expect(await dataState(t), `${name} changed no data`).not.toEqual(before);
    expect(await auditCount(t), `${name} wrote no audit event`).toBeGreaterThan(eventsBefore);
    const events = await exec<{ action: string; entity_type: string; entity_id: number | string | null }[]>(
      t.app.orm.em.fork(),
      'select action, entity_type, entity_id from audit_event where id > ? order by id',
      [Number(maxId ?? 0)],
    );
    const named = events.filter((e) => e.action === c.action && e.entity_type === c.entityType);
    expect(named.length, `${name}: events ${JSON.stringify(events)}`).toBeGreaterThan(0);
    if (prepared.entityId !== undefined) expect(named.map((e) => String(e.entity_id))).toContain(String(prepared.entityId));
  });

  it.each(fields.filter((f) => f.name in CASES).map((f) => [f.name, f] as const))('%s changes nothing when its audit event cannot be written', async (name, field) => {
    const prepared = await CASES[name].setup(h);
    const before = await dataState(t);
    await breakAudit(t, true);
    let r: Awaited<ReturnType<typeof call>>;
    try {
      r = await call(field, prepared);
    } finally {
      await breakAudit(t, false);
    }
    expect(r.errors?.length, `${name} succeeded without its audit event`).toBeGreaterThan(0);
    expect(await dataState(t), `${name} committed a change without its audit event`).toEqual(before);
  });
});
