import type { SqlEntityManager } from '@mikro-orm/knex';
import { FormTemplate } from '../db/entities/index.js';
import type { TemplateDef } from '../domain/template.js';
import { exec } from './sql.js';

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

  /** Template id by batch: a batch keeps its template for life, so this too is kept across requests. */
  private batchTemplate = new Map<number, number>();
  private batchLoading = new Map<number, Promise<number>>();

  /**
   * The template of a batch without loading the batch entity (a page of records asked for its
   * batches only to learn their template). Concurrent asks for one batch share one read.
   */
  async ofBatch(em: SqlEntityManager, batchId: number): Promise<TemplateDef> {
    const id = this.batchTemplate.get(batchId);
    if (id !== undefined) return this.get(em, id);
    let p = this.batchLoading.get(batchId);
    if (!p) {
      p = exec<{ template_id: number | string }[]>(em, 'select template_id from batch where id = ?', [batchId]).then(([row]) => {
        if (!row) throw new Error(`batch ${batchId} does not exist`);
        // Bounded: more batches than that only cost their reads again.
        if (this.batchTemplate.size >= 100_000) this.batchTemplate.clear();
        this.batchTemplate.set(batchId, Number(row.template_id));
        return Number(row.template_id);
      });
      this.batchLoading.set(batchId, p);
      p.then(
        () => this.batchLoading.delete(batchId),
        () => this.batchLoading.delete(batchId),
      );
    }
    return this.get(em, await p);
  }
}
