/** The list grammar's paging, for rows computed in memory (reports); entity lists page in SQL (services/query.service.ts). */
export interface PageArgs {
  page: number;
  perPage: number;
  sortField: string;
  sortOrder: 'ASC' | 'DESC';
}

/** Sorts by one field (nulls last either way, then the row's identity) and cuts one page. */
export function paginate<T extends object>(rows: T[], args: PageArgs, identity: (r: T) => string) {
  const dir = args.sortOrder === 'ASC' ? 1 : -1;
  const key = args.sortField as keyof T;
  // Identities made once per row, not twice per comparison (ties are common: many areas of 100 forms).
  const keyed = rows.map((row) => ({ row, v: row[key] as unknown, id: identity(row) }));
  keyed.sort((a, b) => {
    const x = a.v, y = b.v;
    if (x !== y) {
      if (x === null || x === undefined) return 1;
      if (y === null || y === undefined) return -1;
      if ((x as number | string) < (y as number | string)) return -dir;
      if ((x as number | string) > (y as number | string)) return dir;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  const start = (args.page - 1) * args.perPage;
  return { items: keyed.slice(start, start + args.perPage).map((k) => k.row), total: rows.length, page: args.page, perPage: args.perPage };
}
