import DataLoader from 'dataloader';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { EntityName } from '@mikro-orm/core';
import { Batch, CorrectionTask, Discrepancy, Form, Keying, TaskComment, Team, User, VerifiedRecord } from '../db/entities/index.js';

function byId<T extends { id: number }>(em: SqlEntityManager, entity: EntityName<T>) {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = await em.find(entity, { id: { $in: [...ids] } } as never);
    const m = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => m.get(id) ?? null);
  });
}

function manyBy<T extends object>(em: SqlEntityManager, entity: EntityName<T>, fk: string, order: Record<string, 'asc'>) {
  return new DataLoader<number, T[]>(async (ids) => {
    const rows = await em.find(entity, { [fk]: { $in: [...ids] } } as never, { orderBy: order as never });
    const m = new Map<number, T[]>();
    for (const r of rows) {
      const id = (r as Record<string, { id: number }>)[fk].id;
      (m.get(id) ?? m.set(id, []).get(id)!).push(r);
    }
    return ids.map((id) => m.get(id) ?? []);
  });
}

function oneBy<T extends object>(em: SqlEntityManager, entity: EntityName<T>, fk: string) {
  const many = manyBy(em, entity, fk, { id: 'asc' });
  return new DataLoader<number, T | null>(async (ids) => (await many.loadMany([...ids])).map((r) => (Array.isArray(r) ? r[0] ?? null : null)));
}

/** Per-request batching: a page of forms with their keyings costs a fixed number of queries. */
export function createLoaders(em: SqlEntityManager) {
  return {
    batch: byId(em, Batch),
    form: byId(em, Form),
    user: byId(em, User),
    team: byId(em, Team),
    task: byId(em, CorrectionTask),
    keyingsByForm: manyBy(em, Keying, 'form', { pass: 'asc' }),
    discrepanciesByForm: manyBy(em, Discrepancy, 'form', { id: 'asc' }),
    discrepanciesByTask: manyBy(em, Discrepancy, 'task', { id: 'asc' }),
    tasksByForm: manyBy(em, CorrectionTask, 'form', { id: 'asc' }),
    commentsByTask: manyBy(em, TaskComment, 'task', { id: 'asc' }),
    recordByForm: oneBy(em, VerifiedRecord, 'form'),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
