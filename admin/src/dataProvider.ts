import { HttpError, type DataProvider, type GetListParams, type RaRecord } from 'react-admin';
import { gql } from './graphql';
import type { TypedDocumentString } from './gql/graphql';
import { RESOURCES, same, SET_USER_TEAM, type ResourceDef } from './resources';

/** The server refuses more rows per page than this; longer pages (CSV export) are fetched in chunks. */
const MAX_PER_PAGE = 200;

function def(resource: string): ResourceDef {
  const d = RESOURCES[resource];
  if (!d) throw new HttpError(`unknown resource "${resource}"`, 404);
  return d;
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

async function fetchPage(d: ResourceDef, args: { page: number; perPage: number; sortField: string; sortOrder: string; filter: Record<string, unknown> }, detail: boolean) {
  const data = await gql(d.list, d.detail ? { ...args, detail } : args);
  return d.map ? { ...data.rows, items: data.rows.items.map(d.map) } : data.rows;
}

async function getList(resource: string, params: Partial<GetListParams>): Promise<{ data: any[]; total: number; meta?: { totalIsEstimate: boolean } }> {
  const d = def(resource);
  const { page = 1, perPage = 25 } = params.pagination ?? {};
  const wanted = params.sort?.field;
  const sortField = wanted && d.sortFields.includes(wanted) ? wanted : 'id';
  const sortOrder = params.sort?.order === 'ASC' ? 'ASC' : 'DESC';
  const filter = toApiFilter(d, params.filter);
  const detail = Boolean(params.meta?.detail);
  if (perPage <= MAX_PER_PAGE) {
    const r = await fetchPage(d, { page, perPage, sortField, sortOrder, filter }, detail);
    // An estimate (a large list on PostgreSQL) is marked as such by the pagination (common/views.tsx).
    return { data: r.items, total: r.total, meta: { totalIsEstimate: Boolean(r.totalIsEstimate) } };
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
  query<R, V>(document: TypedDocumentString<R, V>, variables?: V): Promise<{ data: R }>;
}

export const dataProvider: DualkeyDataProvider = {
  getList: (resource, params) => getList(resource, params),

  query: async (document, variables) => ({ data: await gql(document, variables) }),

  async getOne(resource, params) {
    const d = def(resource);
    if (!d.one) {
      const r = await getList(resource, { pagination: { page: 1, perPage: 1 }, filter: { ids: [String(params.id)] }, meta: { detail: true } });
      if (!r.data.length) throw new HttpError(`${resource} ${params.id} does not exist`, 404);
      return { data: r.data[0] };
    }
    const data = await gql(d.one, { id: String(params.id) });
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
    const { document, payload, toInput } = d.create;
    const data = await gql(document, { input: toInput ? toInput(params.data) : params.data });
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
      const r = await gql(d.update.document, { id, input });
      row = r.row;
    }
    // A user's team has its own mutation (setUserTeam); null puts the account back to national.
    if (resource === 'users' && 'teamId' in params.data && !same(params.data.teamId ? String(params.data.teamId) : null, previous.teamId ? String(previous.teamId) : null)) {
      const r = await gql(SET_USER_TEAM, { userId: id, teamId: params.data.teamId ? String(params.data.teamId) : null });
      row = r.row;
    }
    if (!row) return { data: previous as any };
    return { data: (d.map ? d.map(row) : row) as any };
  },
  updateMany: (resource) => unsupported(`updating ${resource}`),
  delete: (resource) => unsupported(`deleting ${resource}`),
  deleteMany: (resource) => unsupported(`deleting ${resource}`),
};
