import { HttpError, type DataProvider, type GetListParams, type RaRecord } from 'react-admin';
import { gql } from './graphql';

/** The server refuses more rows per page than this; longer pages (CSV export) are fetched in chunks. */
const MAX_PER_PAGE = 200;

type FilterKind = 'id' | 'string' | 'int' | 'boolean' | 'enum' | 'dateFrom' | 'dateTo';

interface ResourceDef {
  /** GraphQL list and single-row query fields */
  list: string;
  one: string;
  /** Prefix of the `<Type>Filter` input and `<Type>SortField` enum */
  type: string;
  /** Selection for list rows: only what the list screens show */
  fields: string;
  /** Extra selection for getOne (and for exports that ask with meta.detail) */
  detail?: string;
  sortFields: readonly string[];
  filters: Record<string, FilterKind>;
  create?: { mutation: string; input: string; payload?: CreatePayload; toInput?: (data: Record<string, any>) => Record<string, unknown> };
  /** `<mutation>(id, input)` with only the fields that changed (the API keeps those left out). */
  update?: { mutation: string; input: string; toInput: (data: Record<string, any>, previous: Record<string, any>) => Record<string, unknown> };
  /** Derived fields the forms edit (e.g. a user's teamId next to team { … }). */
  map?: (row: RaRecord) => RaRecord;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The keys of `data` among `keys` whose value differs from `previous`; '' counts as null. */
function changed(data: Record<string, any>, previous: Record<string, any>, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    if (!(k in data)) continue;
    const v = typeof data[k] === 'string' ? data[k].trim() || null : data[k];
    if (!same(v, previous[k])) out[k] = v;
  }
  return out;
}

/**
 * A team covers a province or a set of batches, never both: the form's `scope` says which, and
 * the other one is cleared (null) when it switches.
 */
function teamInput(data: Record<string, any>, previous: Record<string, any> = {}): Record<string, unknown> {
  const byBatches = data.scope === 'batches';
  const next = {
    code: data.code,
    name: data.name,
    provinceCode: byBatches ? null : (data.provinceCode ?? null),
    batchIds: byBatches ? (data.batchIds ?? []).map(String) : null,
  };
  return changed(next, { ...previous, batchIds: previous.batchIds?.length ? previous.batchIds.map(String) : previous.id ? null : undefined }, ['code', 'name', 'provinceCode', 'batchIds']);
}

/**
 * A create mutation that answers with a payload instead of the row: the row sits under `row`,
 * next to `once`, a field the API returns only in this answer (an API key's secret).
 */
interface CreatePayload {
  row: string;
  once: string;
}

const USER_REF = 'id displayName';

/** One definition per resource, following the server's single list grammar. */
export const RESOURCES: Record<string, ResourceDef> = {
  batches: {
    list: 'batches',
    one: 'batch',
    type: 'Batch',
    fields: 'id code provinceCode district commune status createdAt handedOverAt spotCheckEvery spotCheckPercent spotCheckSeed spotCheckMode progress { forms awaitingKeyings onePassKeyed inReview autoVerified verified }',
    detail: 'template { id code name version }',
    sortFields: ['id', 'code', 'createdAt', 'provinceCode', 'status'],
    filters: { code: 'string', provinceCode: 'string', status: 'enum' },
    create: { mutation: 'createBatch', input: 'CreateBatchInput' },
  },
  forms: {
    list: 'forms',
    one: 'form',
    type: 'Form',
    fields: 'id formNumber status imageRef createdAt updatedAt verifiedAt batch { id code } task { id status discrepancyCount }',
    detail: 'fields { field { key labelVi labelEn type } value1 value2 finalValue discrepancyId } verifiedRecord { id } task { kind note escalated }',
    sortFields: ['id', 'status', 'updatedAt'],
    filters: { batchId: 'id', formNumber: 'string', status: 'enum' },
  },
  keyings: {
    list: 'keyings',
    one: 'keying',
    type: 'Keying',
    fields: 'id pass keyerCode stationCode keystrokes fieldsKeyed errorCount startedAt submittedAt createdAt form { id formNumber batch { id code } }',
    detail: 'values { key value illegible }',
    sortFields: ['id', 'keyerCode', 'submittedAt'],
    filters: { formId: 'id', keyerCode: 'string', pass: 'int', submittedFrom: 'dateFrom', submittedTo: 'dateTo' },
  },
  discrepancies: {
    list: 'discrepancies',
    one: 'discrepancy',
    type: 'Discrepancy',
    fields:
      'id fieldKey kind value1 value2 value3 note finalValue editDistance outcome createdAt resolvedAt field { key labelVi labelEn type } form { id formNumber batch { id code } } task { id status }',
    sortFields: ['id', 'fieldKey', 'kind'],
    filters: { batchId: 'id', fieldKey: 'string', formId: 'id', kind: 'enum', outcome: 'enum', resolved: 'boolean', taskId: 'id' },
  },
  correctionTasks: {
    list: 'correctionTasks',
    one: 'correctionTask',
    type: 'CorrectionTask',
    fields: `id kind status escalated note discrepancyCount createdAt claimedAt leaseUntil resolvedAt claimedBy { ${USER_REF} } resolvedBy { ${USER_REF} } form { id formNumber status } batch { id code }`,
    detail: 'discrepancies { id fieldKey kind value1 value2 value3 note finalValue outcome field { key labelVi labelEn type } } comments { id text createdAt author { id displayName } }',
    sortFields: ['id', 'createdAt', 'status'],
    filters: { batchId: 'id', claimedById: 'id', status: 'enum' },
  },
  verifiedRecords: {
    list: 'verifiedRecords',
    one: 'verifiedRecord',
    type: 'VerifiedRecord',
    fields: `id automatic verifiedAt reviewerRef verifiedBy { ${USER_REF} } form { id formNumber } batch { id code }`,
    detail: 'values { key value illegible source } batch { template { fields { key labelVi labelEn } } }',
    sortFields: ['id', 'verifiedAt'],
    filters: { automatic: 'boolean', batchId: 'id', formId: 'id', verifiedFrom: 'dateFrom', verifiedTo: 'dateTo' },
  },
  auditEvents: {
    list: 'auditEvents',
    one: 'auditEvent',
    type: 'AuditEvent',
    fields: 'id at actor action entityType entityId data',
    sortFields: ['id', 'at'],
    filters: { action: 'string', entityId: 'id', entityType: 'string', from: 'dateFrom', to: 'dateTo' },
  },
  users: {
    list: 'users',
    one: 'user',
    type: 'User',
    fields: 'id username displayName role keyerCode active createdAt mustChangePassword hasPassword team { id code name }',
    sortFields: ['id', 'username'],
    filters: { active: 'boolean', role: 'enum', teamId: 'id' },
    create: {
      mutation: 'createUser',
      input: 'CreateUserInput',
      // The form picks a team by id; the API takes an id or a code.
      toInput: ({ teamId, ...rest }) => ({ ...rest, keyerCode: rest.keyerCode || null, team: teamId ? String(teamId) : null }),
    },
    update: { mutation: 'updateUser', input: 'UpdateUserInput', toInput: (data, previous) => changed(data, previous, ['displayName', 'role', 'keyerCode']) },
    map: (row) => ({ ...row, teamId: row.team?.id ?? null }),
  },
  teams: {
    list: 'teams',
    // No single-team query: getOne reads the list filtered by id.
    one: '',
    type: 'Team',
    fields: 'id code name provinceCode batchIds createdAt',
    sortFields: ['id', 'code'],
    filters: { provinceCode: 'string' },
    create: { mutation: 'createTeam', input: 'CreateTeamInput', toInput: (data) => teamInput(data) },
    update: { mutation: 'updateTeam', input: 'UpdateTeamInput', toInput: (data, previous) => teamInput(data, previous) },
    map: (row) => ({ ...row, scope: row.batchIds?.length ? 'batches' : 'province' }),
  },
  apiKeys: {
    list: 'apiKeys',
    // No single-key query: getOne reads the list filtered by id.
    one: '',
    type: 'ApiKey',
    fields: 'id name prefix scopes role createdAt lastUsedAt revokedAt',
    detail: `createdBy { ${USER_REF} }`,
    sortFields: ['id', 'createdAt'],
    filters: { revoked: 'boolean' },
    create: { mutation: 'createApiKey', input: 'CreateApiKeyInput', payload: { row: 'apiKey', once: 'key' } },
  },
};

function def(resource: string): ResourceDef {
  const d = RESOURCES[resource];
  if (!d) throw new HttpError(`unknown resource "${resource}"`, 404);
  return d;
}

function selection(d: ResourceDef, detail: boolean): string {
  return detail && d.detail ? `${d.fields} ${d.detail}` : d.fields;
}

/** Date inputs give "YYYY-MM-DD"; the API wants instants. Days are local days (the clerks' day). */
function toInstant(v: unknown, end: boolean): string | undefined {
  if (typeof v !== 'string' || !v) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return new Date(`${v}T${end ? '23:59:59.999' : '00:00:00.000'}`).toISOString();
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** Keeps only the filters the API knows, typed as it wants them; empty inputs are dropped. */
export function toApiFilter(d: ResourceDef, filter: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(filter)) {
    if (key === 'ids') {
      if (Array.isArray(raw)) out.ids = raw.map(String);
      continue;
    }
    const kind = d.filters[key];
    if (!kind || raw === undefined || raw === null || raw === '') continue;
    switch (kind) {
      case 'id':
        out[key] = String(raw);
        break;
      case 'string':
        out[key] = String(raw).trim();
        break;
      case 'enum':
        out[key] = String(raw);
        break;
      case 'int':
        out[key] = Number(raw);
        break;
      case 'boolean':
        out[key] = raw === true || raw === 'true';
        break;
      case 'dateFrom':
      case 'dateTo': {
        const v = toInstant(raw, kind === 'dateTo');
        if (v) out[key] = v;
        break;
      }
    }
  }
  return out;
}

interface Page<T> {
  items: T[];
  total: number;
}

async function fetchPage(d: ResourceDef, args: { page: number; perPage: number; sortField: string; sortOrder: string; filter: Record<string, unknown> }, detail: boolean) {
  const query = `query List($page: Int!, $perPage: Int!, $sortField: ${d.type}SortField!, $sortOrder: SortOrder!, $filter: ${d.type}Filter) {
  rows: ${d.list}(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { total items { ${selection(d, detail)} } }
}`;
  const data = await gql<{ rows: Page<RaRecord> }>(query, args);
  return d.map ? { ...data.rows, items: data.rows.items.map(d.map) } : data.rows;
}

async function getList(resource: string, params: Partial<GetListParams>): Promise<{ data: any[]; total: number }> {
  const d = def(resource);
  const { page = 1, perPage = 25 } = params.pagination ?? {};
  const wanted = params.sort?.field;
  const sortField = wanted && d.sortFields.includes(wanted) ? wanted : 'id';
  const sortOrder = params.sort?.order === 'ASC' ? 'ASC' : 'DESC';
  const filter = toApiFilter(d, params.filter);
  const detail = Boolean(params.meta?.detail);
  if (perPage <= MAX_PER_PAGE) {
    const r = await fetchPage(d, { page, perPage, sortField, sortOrder, filter }, detail);
    return { data: r.items, total: r.total };
  }
  // Long pages (exports): read consecutive server pages of MAX_PER_PAGE rows and slice.
  const start = (page - 1) * perPage;
  const end = start + perPage;
  const rows: RaRecord[] = [];
  let total = 0;
  for (let p = Math.floor(start / MAX_PER_PAGE) + 1; ; p++) {
    const r = await fetchPage(d, { page: p, perPage: MAX_PER_PAGE, sortField, sortOrder, filter }, detail);
    total = r.total;
    const pageStart = (p - 1) * MAX_PER_PAGE;
    r.items.forEach((row, i) => {
      const at = pageStart + i;
      if (at >= start && at < end) rows.push(row);
    });
    if (r.items.length < MAX_PER_PAGE || p * MAX_PER_PAGE >= Math.min(end, total)) break;
  }
  return { data: rows, total };
}

function unsupported(what: string): never {
  throw new HttpError(`${what} is not supported by the API`, 405);
}

/** react-admin's methods, and `query` for screens that read several things in one request. */
export interface DualkeyDataProvider extends DataProvider {
  /**
   * One GraphQL document as `{ data }`: the dashboard's figures come from several lists and
   * reports in one round trip. Call it through useDataProvider, which signs out on an access denial.
   */
  query<T>(document: string, variables?: Record<string, unknown>): Promise<{ data: T }>;
}

export const dataProvider: DualkeyDataProvider = {
  getList: (resource, params) => getList(resource, params),

  query: async <T,>(document: string, variables?: Record<string, unknown>) => ({ data: await gql<T>(document, variables) }),

  async getOne(resource, params) {
    const d = def(resource);
    if (!d.one) {
      const r = await getList(resource, { pagination: { page: 1, perPage: 1 }, filter: { ids: [String(params.id)] }, meta: { detail: true } });
      if (!r.data.length) throw new HttpError(`${resource} ${params.id} does not exist`, 404);
      return { data: r.data[0] };
    }
    const data = await gql<{ row: RaRecord }>(`query One($id: ID!) { row: ${d.one}(id: $id) { ${selection(d, true)} } }`, { id: String(params.id) });
    return { data: (d.map ? d.map(data.row) : data.row) as any };
  },

  async getMany(resource, params) {
    const ids = [...new Set(params.ids.map(String))];
    if (!ids.length) return { data: [] };
    const chunks: string[][] = [];
    for (let i = 0; i < ids.length; i += MAX_PER_PAGE) chunks.push(ids.slice(i, i + MAX_PER_PAGE));
    const pages = await Promise.all(chunks.map((c) => getList(resource, { pagination: { page: 1, perPage: c.length }, filter: { ids: c }, meta: params.meta })));
    return { data: pages.flatMap((p) => p.data) };
  },

  getManyReference(resource, params) {
    return getList(resource, { ...params, filter: { ...params.filter, [params.target]: params.id } });
  },

  async create(resource, params) {
    const d = def(resource);
    if (!d.create) unsupported(`creating ${resource}`);
    const { mutation, input, payload, toInput } = d.create;
    const wanted = payload ? `${payload.once} ${payload.row} { ${d.fields} }` : d.fields;
    const data = await gql<{ row: Record<string, any> }>(`mutation Create($input: ${input}!) { row: ${mutation}(input: $input) { ${wanted} } }`, {
      input: toInput ? toInput(params.data) : params.data,
    });
    // The one-time field travels on the record to the create screen's onSuccess, which shows it.
    const row = payload ? { ...data.row[payload.row], [payload.once]: data.row[payload.once] } : data.row;
    return { data: (d.map ? d.map(row as RaRecord) : row) as any };
  },

  async update(resource, params) {
    const d = def(resource);
    if (!d.update) unsupported(`updating ${resource}`);
    const id = String(params.id);
    const previous = (params.previousData ?? {}) as Record<string, any>;
    const input = d.update.toInput(params.data, previous);
    let row: RaRecord | undefined;
    if (Object.keys(input).length) {
      const r = await gql<{ row: RaRecord }>(`mutation Update($id: ID!, $input: ${d.update.input}!) { row: ${d.update.mutation}(id: $id, input: $input) { ${selection(d, true)} } }`, { id, input });
      row = r.row;
    }
    // A user's team has its own mutation (setUserTeam); null puts the account back to national.
    if (resource === 'users' && 'teamId' in params.data && !same(params.data.teamId ? String(params.data.teamId) : null, previous.teamId ? String(previous.teamId) : null)) {
      const r = await gql<{ row: RaRecord }>(`mutation Team($userId: ID!, $teamId: ID) { row: setUserTeam(userId: $userId, teamId: $teamId) { ${selection(d, true)} } }`, {
        userId: id,
        teamId: params.data.teamId ? String(params.data.teamId) : null,
      });
      row = r.row;
    }
    if (!row) return { data: previous as any };
    return { data: (d.map ? d.map(row) : row) as any };
  },
  updateMany: (resource) => unsupported(`updating ${resource}`),
  delete: (resource) => unsupported(`deleting ${resource}`),
  deleteMany: (resource) => unsupported(`deleting ${resource}`),
};
