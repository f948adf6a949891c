import { describe, expect, it } from 'vitest';
import { paginate } from './paginate.js';

const rows = [
  { id: 'a', rate: 0.2 },
  { id: 'b', rate: null },
  { id: 'c', rate: 0.5 },
  { id: 'd', rate: 0.2 },
];
const ids = (r: { items: { id: string }[] }) => r.items.map((x) => x.id);

describe('paginate', () => {
  it('sorts either way with nulls last, ties by identity', () => {
    expect(ids(paginate(rows, { page: 1, perPage: 10, sortField: 'rate', sortOrder: 'DESC' }, (r) => r.id))).toEqual(['c', 'a', 'd', 'b']);
    expect(ids(paginate(rows, { page: 1, perPage: 10, sortField: 'rate', sortOrder: 'ASC' }, (r) => r.id))).toEqual(['a', 'd', 'c', 'b']);
  });

  it('cuts pages that never overlap and counts every row', () => {
    const args = { perPage: 3, sortField: 'rate', sortOrder: 'DESC' as const };
    const p1 = paginate(rows, { ...args, page: 1 }, (r) => r.id), p2 = paginate(rows, { ...args, page: 2 }, (r) => r.id);
    expect([...ids(p1), ...ids(p2)]).toEqual(['c', 'a', 'd', 'b']);
    expect(p2).toMatchObject({ total: 4, page: 2, perPage: 3 });
  });
});
