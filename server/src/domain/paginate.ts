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
  const sorted = [...rows].sort((a, b) => {
    const x = a[key] as unknown, y = b[key] as unknown;
    if (x !== y) {
      if (x === null || x === undefined) return 1;
      if (y === null || y === undefined) return -1;
      if ((x as number | string) < (y as number | string)) return -dir;
      if ((x as number | string) > (y as number | string)) return dir;
    }
    const i = identity(a), j = identity(b);
    return i < j ? -1 : i > j ? 1 : 0;
  });
  const start = (args.page - 1) * args.perPage;
  return { items: sorted.slice(start, start + args.perPage), total: rows.length, page: args.page, perPage: args.perPage };
}
