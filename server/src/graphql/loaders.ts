import DataLoader from 'dataloader';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { EntityName } from '@mikro-orm/core';
import { Batch, CorrectionTask, Discrepancy, Form, Keying, TaskComment, Team, User, VerifiedRecord } from '../db/entities/index.js';
import { loadEntities } from '../services/entity-rows.js';

// Hand-written SQL mapped to managed entities (entity-rows.ts): what em.find returned, without
// the ORM building each query (most of the CPU of a small batched read).
const marks = (ids: readonly number[]) => ids.map(() => '?').join(', ');

function byId<T extends { id: number }>(em: SqlEntityManager, entity: EntityName<T>) {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = await loadEntities(em, entity, `where id in (${marks(ids)})`, [...ids]);
    const m = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => m.get(id) ?? null);
  });
}

/** `fk` is the many-to-one property, `order` the columns (with their own names) to sort by. */
function manyBy<T extends object>(em: SqlEntityManager, entity: EntityName<T>, fk: string, order: string) {
  const column = `${em.getMetadata().get(entity as never).properties[fk as never].fieldNames[0]}`;
  return new DataLoader<number, T[]>(async (ids) => {
    const rows = await loadEntities(em, entity, `where "${column}" in (${marks(ids)}) order by ${order}`, [...ids]);
    const m = new Map<number, T[]>();
    for (const r of rows) {
      const id = (r as Record<string, { id: number }>)[fk].id;
      (m.get(id) ?? m.set(id, []).get(id)!).push(r);
    }
    return ids.map((id) => m.get(id) ?? []);
  });
}

function oneBy<T extends object>(em: SqlEntityManager, entity: EntityName<T>, fk: string) {
  const many = manyBy(em, entity, fk, 'id');
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
    keyingsByForm: manyBy(em, Keying, 'form', 'pass, id'),
    discrepanciesByForm: manyBy(em, Discrepancy, 'form', 'id'),
    discrepanciesByTask: manyBy(em, Discrepancy, 'task', 'id'),
    tasksByForm: manyBy(em, CorrectionTask, 'form', 'id'),
    commentsByTask: manyBy(em, TaskComment, 'task', 'id'),
    recordByForm: oneBy(em, VerifiedRecord, 'form'),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
