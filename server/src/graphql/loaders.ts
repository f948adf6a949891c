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

/**
 * Per-request batching: a page of forms with their keyings costs a fixed number of queries. Each
 * loader is made on first use (most requests use none or one of them); `em` is read then too, so
 * a request that reads nothing forks no EntityManager.
 */
export class Loaders {
  constructor(private readonly em: () => SqlEntityManager) {}
  private loaded: Partial<Record<string, unknown>> = {};
  private lazy<T>(name: string, make: (em: SqlEntityManager) => T): T {
    return (this.loaded[name] ??= make(this.em())) as T;
  }
  get batch() {
    return this.lazy('batch', (em) => byId(em, Batch));
  }
  get form() {
    return this.lazy('form', (em) => byId(em, Form));
  }
  get user() {
    return this.lazy('user', (em) => byId(em, User));
  }
  get team() {
    return this.lazy('team', (em) => byId(em, Team));
  }
  get task() {
    return this.lazy('task', (em) => byId(em, CorrectionTask));
  }
  get keyingsByForm() {
    return this.lazy('keyingsByForm', (em) => manyBy(em, Keying, 'form', 'pass, id'));
  }
  get discrepanciesByForm() {
    return this.lazy('discrepanciesByForm', (em) => manyBy(em, Discrepancy, 'form', 'id'));
  }
  get discrepanciesByTask() {
    return this.lazy('discrepanciesByTask', (em) => manyBy(em, Discrepancy, 'task', 'id'));
  }
  get tasksByForm() {
    return this.lazy('tasksByForm', (em) => manyBy(em, CorrectionTask, 'form', 'id'));
  }
  get commentsByTask() {
    return this.lazy('commentsByTask', (em) => manyBy(em, TaskComment, 'task', 'id'));
  }
  get recordByForm() {
    return this.lazy('recordByForm', (em) => oneBy(em, VerifiedRecord, 'form'));
  }
}

/** `em`: the request's EntityManager, or how to get it when a loader first needs it. */
export function createLoaders(em: SqlEntityManager | (() => SqlEntityManager)): Loaders {
  return new Loaders(typeof em === 'function' ? em : () => em);
}
