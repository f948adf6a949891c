import type { SqlEntityManager } from '@mikro-orm/knex';
import { ReferenceKind, type EntityDictionary, type EntityMetadata, type EntityName } from '@mikro-orm/core';
import { exec, isPostgres } from './sql.js';

/**
 * Rows of an entity's table as plain objects shaped like the entity: properties by name, dates as
 * Date, JSON parsed, booleans as booleans, and each many-to-one reference as `{ id }` (or null).
 * For hot read-only lists whose GraphQL types read properties and reference ids only: MikroORM's
 * hydration costs ~35 µs per entity, most of a 50-record page. Never persist or flush them (they
 * are not managed), and never use them where a resolver needs a loaded relation.
 */
export function entityRows<T extends object>(em: SqlEntityManager, entity: EntityName<T>, rows: Record<string, unknown>[]): T[] {
  const convert = converter(em, entity as EntityName<object>);
  return rows.map(convert) as T[];
}

type Convert = (row: Record<string, unknown>) => object;
const converters = new WeakMap<EntityMetadata, Map<boolean, Convert>>();

function converter(em: SqlEntityManager, entity: EntityName<object>): Convert {
  const meta = em.getMetadata().get(entity as never) as EntityMetadata;
  const pg = isPostgres(em);
  let byDialect = converters.get(meta);
  if (!byDialect) converters.set(meta, (byDialect = new Map()));
  let c = byDialect.get(pg);
  if (!c) byDialect.set(pg, (c = build(meta, pg)));
  return c;
}

function build(meta: EntityMetadata, pg: boolean): Convert {
  const steps: ((row: Record<string, unknown>, out: Record<string, unknown>) => void)[] = [];
  for (const prop of meta.props) {
    const field = prop.fieldNames?.[0];
    const name = prop.name;
    if (!field || prop.persist === false) continue;
    if (prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) {
      steps.push((row, out) => {
        const v = row[field];
        out[name] = v == null ? null : { id: Number(v) };
      });
    } else if (prop.kind !== ReferenceKind.SCALAR) {
      continue;
    } else if (prop.runtimeType === 'Date') {
      steps.push((row, out) => {
        const v = row[field];
        out[name] = v == null || v instanceof Date ? v : new Date(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : (v as string | number));
      });
    } else if (prop.runtimeType === 'boolean') {
      steps.push((row, out) => {
        const v = row[field];
        out[name] = v == null ? v : v === true || v === 1 || v === '1';
      });
    } else if (prop.runtimeType === 'number') {
      steps.push((row, out) => {
        const v = row[field];
        out[name] = v == null ? v : Number(v);
      });
    } else if (String(prop.type).toLowerCase().includes('json')) {
      // PostgreSQL's driver parses json columns; SQLite returns text.
      steps.push((row, out) => {
        const v = row[field];
        out[name] = !pg && typeof v === 'string' ? JSON.parse(v) : v;
      });
    } else {
      steps.push((row, out) => {
        out[name] = row[field];
      });
    }
  }
  return (row) => {
    const out: Record<string, unknown> = {};
    for (const s of steps) s(row, out);
    return out;
  };
}

/**
 * Managed entities from hand-written SQL over the entity's own table (`select * from <table>
 * <rest>`), mapped with em.map: what em.find would return, without building the query through
 * the ORM (~0.8 ms of CPU per find). Already managed entities keep their loaded state, as with
 * find, unless `refresh` (a row just locked: its latest state).
 */
export async function loadEntities<T extends object>(em: SqlEntityManager, entity: EntityName<T>, rest: string, params: unknown[] = [], opts: { refresh?: boolean } = {}): Promise<T[]> {
  const meta = em.getMetadata().get(entity as never) as EntityMetadata;
  const rows = await exec<EntityDictionary<T>[]>(em, `select * from "${meta.tableName}" ${rest}`, params);
  // em.map passes its options on to em.merge (its typings name only `schema`).
  const mapOpts = { refresh: opts.refresh ?? false } as never;
  return rows.map((r) => em.map(entity, r, mapOpts));
}
