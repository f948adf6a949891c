import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { createSchema } from '../../server/src/graphql/schema.js';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../helpers/test-app.js';
import { CREATE_BATCH, keying, person } from '../helpers/fixtures.js';
import { graphql } from '../gql/index.js';
import type { ApiKeyScope, TypedDocumentString } from '../gql/graphql.js';

/**
 * Least privilege, checked for EVERY query and mutation the schema has: each caller below either
 * may call it (no FORBIDDEN/UNAUTHENTICATED; NOT_FOUND or BAD_USER_INPUT from the dummy arguments
 * are fine) or is refused with FORBIDDEN (signed in) / UNAUTHENTICATED (anonymous).
 * A new operation without a line in MATRIX fails the first test: decide who may call it.
 * SQLite only: authorization does not depend on the database.
 */

const ADMIN = 'ADMIN', MANAGER = 'MANAGER', REVIEWER = 'REVIEWER', STATION = 'STATION', KEYER = 'KEYER', CONSUMER = 'CONSUMER';
const K_SUBMIT = 'key:keyings:submit', K_RECORDS = 'key:records:read', K_PERSONAL = 'key:records:read-personal', K_REPORTS = 'key:reports:read';
const ANONYMOUS = 'anonymous';
const PEOPLE = [ADMIN, MANAGER, REVIEWER, STATION, KEYER, CONSUMER];
const KEYS = [K_SUBMIT, K_RECORDS, K_PERSONAL, K_REPORTS];
const CALLERS = [...PEOPLE, ...KEYS, ANONYMOUS];

/** Who may call each operation; everyone else must be refused. `PUBLIC`: anyone, even anonymous. */
const PUBLIC = 'PUBLIC';
const PIPELINE = [ADMIN, MANAGER, REVIEWER];
const REVIEW = [REVIEWER, MANAGER];
const ADMIN_ONLY = [ADMIN];
const REPORTS = [ADMIN, MANAGER, K_REPORTS];
const MATRIX: Record<string, string[] | typeof PUBLIC> = {
  // who am I: people only (a key has no person behind it)
  'query me': PEOPLE,
  // field definitions: every person and every key
  'query templates': [...PEOPLE, ...KEYS],
  'query template': [...PEOPLE, ...KEYS],
  // batch codes and progress (no personal data): every person and every key
  'query batches': [...PEOPLE, ...KEYS],
  'query batch': [...PEOPLE, ...KEYS],
  // the QA pipeline (raw keyings, discrepancies, tasks): the QA staff
  'query forms': PIPELINE,
  'query form': PIPELINE,
  'query keyings': PIPELINE,
  'query keying': PIPELINE,
  'query discrepancies': PIPELINE,
  'query discrepancy': PIPELINE,
  'query correctionTasks': PIPELINE,
  'query correctionTask': PIPELINE,
  // final records: QA staff and the consuming systems (records:read gets the non-sensitive fields only)
  'query verifiedRecords': [ADMIN, MANAGER, REVIEWER, CONSUMER, K_RECORDS, K_PERSONAL],
  'query verifiedRecord': [ADMIN, MANAGER, REVIEWER, CONSUMER, K_RECORDS, K_PERSONAL],
  // administration
  'query users': ADMIN_ONLY,
  'query user': ADMIN_ONLY,
  'query auditEvents': ADMIN_ONLY,
  'query auditEvent': ADMIN_ONLY,
  'query apiKeys': ADMIN_ONLY,
  // teams by province or batches (tests/api/teams.test.ts checks what a team sees)
  'query teams': ADMIN_ONLY,
  // aggregate reports (clerk codes, rates, no citizen data): managers, admins and report keys
  'query keyerReport': REPORTS,
  'query fieldReport': REPORTS,
  'query areaReport': REPORTS,
  'query reviewerReport': REPORTS,
  'query agreementReport': REPORTS,
  'query outOfControlKeyers': REPORTS,
  'query reportCsv': REPORTS,
  'mutation login': PUBLIC,
  // one's own session and password: every person (a key has no password; revokeApiKey ends it)
  'mutation changePassword': PEOPLE,
  'mutation logout': PEOPLE,
  // keying: clerks signed in (their own code) and stations (not ADMIN: an administrator must not fabricate keyings)
  'mutation submitKeyings': [STATION, KEYER, K_SUBMIT],
  // the keying screen: clerks signed in as themselves, nobody else (not stations, not keys)
  'mutation claimNextKeying': [KEYER],
  'mutation saveLeasedKeying': [KEYER],
  'query myKeyingFigures': [KEYER],
  // review work: reviewers and managers (senior reviewers), never keys
  'mutation claimNextTask': REVIEW,
  'mutation releaseTask': REVIEW,
  'mutation resolveTask': REVIEW,
  'mutation escalateTask': REVIEW,
  'mutation requestRekey': REVIEW,
  'mutation rejectForm': REVIEW,
  'mutation resolveSpotCheck': REVIEW,
  'query resolutionWarnings': REVIEW,
  'query spotCheckWarnings': REVIEW,
  'mutation addTaskComment': REVIEW,
  // its reviewer, or a manager/admin with a reason (tests/api/reopen.test.ts checks who)
  'mutation reopenTask': PIPELINE,
  // administration
  'mutation createBatch': ADMIN_ONLY,
  'mutation setSpotCheckPolicy': ADMIN_ONLY,
  'mutation exportBatch': ADMIN_ONLY,
  'mutation reopenBatch': ADMIN_ONLY,
  'mutation rescanForm': ADMIN_ONLY,
  'mutation createUser': ADMIN_ONLY,
  'mutation registerClerks': ADMIN_ONLY,
  'mutation updateUser': ADMIN_ONLY,
  'mutation setUserActive': ADMIN_ONLY,
  'mutation resetPassword': ADMIN_ONLY,
  'mutation importUsers': ADMIN_ONLY,
  'mutation createApiKey': ADMIN_ONLY,
  'mutation revokeApiKey': ADMIN_ONLY,
  'mutation createTeam': ADMIN_ONLY,
  'mutation updateTeam': ADMIN_ONLY,
  'mutation setUserTeam': ADMIN_ONLY,
};

/** Arguments that must be real for a meaningful call (a failed login would count against the throttle). */
const ARGS: Record<string, Record<string, unknown>> = {
  'mutation login': { username: 'admin', password: TEST_PASSWORD },
};

/** A value of the right type that matches nothing: ids that do not exist, strings that fail validation. */
function dummy(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return dummy(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const o: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) if (isNonNullType(f.type) && f.defaultValue === undefined) o[f.name] = dummy(f.type);
    return o;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return '999999';
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'DateTimeISO':
        return '2026-01-01T00:00:00.000Z';
      case 'JSONObject':
        return {};
      default:
        return 'x';
    }
  }
  throw new Error(`no dummy value for ${String(type)}`);
}

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, given: Record<string, unknown> = {}) {
  const args = field.args.filter((a) => a.name in given || (isNonNullType(a.type) && a.defaultValue === undefined));
  const defs = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  const query = `${kind} Check${defs ? `(${defs})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`;
  const variables = Object.fromEntries(args.map((a) => [a.name, a.name in given ? given[a.name] : dummy(a.type)]));
  return { query, variables };
}

async function schemaOperations() {
  const schema = await createSchema();
  const out: { key: string; kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] = [];
  for (const [kind, type] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) out.push({ key: `${kind} ${field.name}`, kind, field });
  }
  return out;
}

const DENIED = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);

describe('permission matrix (sqlite)', async () => {
  const ops = await schemaOperations();
  let t: TestApp;
  const credentials: Record<string, string | null> = {};

  beforeAll(async () => {
    t = await startTestApp('sqlite');
    for (const p of PEOPLE) credentials[p] = t.tokens[p.toLowerCase()];
    credentials[ANONYMOUS] = null;
    for (const k of KEYS) {
      const scope = k.slice('key:'.length).toUpperCase().replace(/[:-]/g, '_');
      const r = await t.as('admin')(graphql(`mutation CreateApiKey($i:CreateApiKeyInput!){ createApiKey(input:$i){ key } }`), { i: { name: `matrix ${k}`, scopes: [scope as ApiKeyScope] } });
      expect(r.errors).toBeUndefined();
      credentials[k] = r.data.createApiKey.key;
    }
    // One verified record, so the field-level checks below have something to traverse.
    await t.as('admin')(CREATE_BATCH, { i: { code: 'P1', provinceCode: '001', district: 'Hoàn Kiếm', commune: 'Hàng Bạc' } });
    const s = await t.submit([keying('P1', '0001', 1, 'KT1', person()), keying('P1', '0001', 2, 'KT2', person())]);
    expect(s.data.submitKeyings.map((o: any) => o.status)).toEqual(['ACCEPTED', 'ACCEPTED']);
  });
  afterAll(async () => t?.close());

  it('has an expectation for every operation in the schema, and none for operations that are gone', () => {
    const keys = ops.map((o) => o.key);
    expect(keys.filter((k) => !(k in MATRIX)), 'operations without an expectation in MATRIX').toEqual([]);
    expect(Object.keys(MATRIX).filter((k) => !keys.includes(k)), 'MATRIX lines for operations the schema no longer has').toEqual([]);
  });

  it.each(ops.map((o) => [o.key, o] as const))('%s', async (key, op) => {
    const expected = MATRIX[key];
    if (!expected) return; // reported by the test above
    const { query, variables } = operation(op.kind, op.field, ARGS[key]);
    const seen: Record<string, string> = {};
    for (const caller of CALLERS) {
      const r = await t.gql(query, variables, credentials[caller]);
      const codes: string[] = (r.errors ?? []).map((e: any) => e.extensions?.code);
      const allowed = expected === PUBLIC || expected.includes(caller);
      expect(r.status, `${key} as ${caller}: HTTP status`).toBeLessThan(500);
      expect(codes, `${key} as ${caller}: no internal error`).not.toContain('INTERNAL_SERVER_ERROR');
      if (allowed) {
        seen[caller] = codes.find((c) => DENIED.has(c)) ?? 'allowed';
      } else {
        seen[caller] = codes[0] ?? 'allowed';
        expect(r.data?.[op.field.name] ?? null, `${key} as ${caller}: no data`).toBeNull();
      }
    }
    // logout revoked every person's token: sign them in again for the operations after it.
    if (key === 'mutation logout') {
      for (const p of PEOPLE) {
        const r = await t.gql(graphql(`mutation Login($u:String!,$p:String!){ login(username:$u,password:$p){ token } }`), { u: p.toLowerCase(), p: TEST_PASSWORD });
        credentials[p] = t.tokens[p.toLowerCase()] = r.data.login.token;
      }
    }
    const want = Object.fromEntries(CALLERS.map((c) => [c, expected === PUBLIC || expected.includes(c) ? 'allowed' : c === ANONYMOUS ? 'UNAUTHENTICATED' : 'FORBIDDEN']));
    expect(seen).toEqual(want);
  });

  describe('fields reachable from allowed operations', () => {
    const RECORD_VALUES = graphql(`query PermissionsVerifiedRecords { verifiedRecords(perPage: 5){ total items { id values { key value } } } }`);

    it('consumers and record keys cannot walk from a record into the QA pipeline', async () => {
      // Refused whatever they select: the answers are not read.
      const walks: Record<string, TypedDocumentString<unknown, Record<string, never>>> = {
        keyings: graphql(`query WalkToKeyings { verifiedRecords { items { form { formNumber keyings { pass } } } } }`),
        discrepancies: graphql(`query WalkToDiscrepancies { verifiedRecords { items { form { formNumber discrepancies { id } } } } }`),
        task: graphql(`query WalkToTask { verifiedRecords { items { form { formNumber task { id } } } } }`),
        fields: graphql(`query WalkToFields { verifiedRecords { items { form { formNumber fields { value1 } } } } }`),
      };
      for (const [field, q] of Object.entries(walks)) {
        for (const caller of [CONSUMER, K_RECORDS, K_PERSONAL]) {
          const r = await t.gql(q, {}, credentials[caller]);
          expect(r.errors?.[0]?.extensions?.code, `${field} as ${caller}`).toBe('FORBIDDEN');
        }
        expect((await t.gql(q, {}, credentials[MANAGER])).errors, `${field} as MANAGER`).toBeUndefined();
      }
      // What the consumer dashboard shows stays readable.
      const ok = await t.gql(graphql(`query PermissionsVerifiedRecords2 { verifiedRecords { items { form { formNumber } batch { code } verifiedBy { displayName } } } }`), {}, credentials[CONSUMER]);
      expect(ok.errors).toBeUndefined();
      expect(ok.data.verifiedRecords.items[0].form.formNumber).toBe('0001');
    });

    it('records:read gets personal data masked; records:read-personal gets it in clear', async () => {
      const valuesOf = async (caller: string) => {
        const r = await t.gql(RECORD_VALUES, {}, credentials[caller]);
        expect(r.errors).toBeUndefined();
        return Object.fromEntries(r.data.verifiedRecords.items[0].values.map((v: any) => [v.key, v.value]));
      };
      const masked = await valuesOf(K_RECORDS);
      const clear = await valuesOf(K_PERSONAL);
      expect(clear.citizenId).toBe('001090012345');
      expect(clear.fullName).toBe('Nguyễn Văn An');
      expect(masked.citizenId).not.toBe(clear.citizenId);
      expect(masked.fullName).not.toBe(clear.fullName);
      expect(masked.nationality).toBe(clear.nationality); // not sensitive
    });

    it('a revoked key is refused at once', async () => {
      const created = await t.as('admin')(graphql(`mutation PermissionsCreateApiKey{ createApiKey(input:{ name: "to revoke", scopes: [REPORTS_READ] }){ key apiKey { id } } }`));
      const key = created.data.createApiKey.key;
      expect((await t.gql(graphql(`query Batches { batches { total } }`), {}, key)).data.batches.total).toBe(1);
      await t.as('admin')(graphql(`mutation PermissionsRevokeApiKey($id:ID!){ revokeApiKey(id:$id){ revokedAt } }`), { id: created.data.createApiKey.apiKey.id });
      const after = await t.gql(graphql(`query Batches { batches { total } }`), {}, key);
      expect(after.status).toBe(401);
      expect(after.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });
  });
});
