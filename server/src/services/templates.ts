import type { SqlEntityManager } from '@mikro-orm/knex';
import { FormTemplate } from '../db/entities/index.js';
import type { TemplateDef } from '../domain/template.js';

/** Templates are immutable per (code, version), so caching them by id is safe across requests. */
export class TemplateCache {
  private byId = new Map<number, TemplateDef>();
  /** Loads under way: a page of 1,000 records asks for its template 1,000 times before the first answer. */
  private loading = new Map<number, Promise<TemplateDef>>();

  async get(em: SqlEntityManager, id: number): Promise<TemplateDef> {
    const t = this.byId.get(id);
    if (t) return t;
    let p = this.loading.get(id);
    if (!p) {
      p = em.findOneOrFail(FormTemplate, id).then((row) => {
        const def: TemplateDef = { code: row.code, version: row.version, name: row.name, fields: row.fields, rules: row.rules ?? [] };
        this.byId.set(id, def);
        return def;
      });
      this.loading.set(id, p);
      p.then(
        () => this.loading.delete(id),
        () => this.loading.delete(id),
      );
    }
    return p;
  }
}
