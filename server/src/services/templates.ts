import type { SqlEntityManager } from '@mikro-orm/knex';
import { FormTemplate } from '../db/entities/index.js';
import type { TemplateDef } from '../domain/template.js';

/** Templates are immutable per (code, version), so caching them by id is safe across requests. */
export class TemplateCache {
  private byId = new Map<number, TemplateDef>();

  async get(em: SqlEntityManager, id: number): Promise<TemplateDef> {
    let t = this.byId.get(id);
    if (!t) {
      const row = await em.findOneOrFail(FormTemplate, id);
      t = { code: row.code, version: row.version, name: row.name, fields: row.fields, rules: row.rules ?? [] };
      this.byId.set(id, t);
    }
    return t;
  }
}
