import type { SqlEntityManager } from '@mikro-orm/knex';
import { FormTemplate } from './entities/index.js';
import { DC01 } from '../domain/template.js';

/** The DC01 template is part of the product, not demo data: present in every database. */
export async function ensureTemplates(em: SqlEntityManager): Promise<void> {
  const existing = await em.findOne(FormTemplate, { code: DC01.code, version: DC01.version });
  if (existing) {
    // Databases created before rules existed get the template's rules once.
    if (!existing.rules?.length && DC01.rules?.length) {
      existing.rules = DC01.rules;
      await em.flush();
    }
    return;
  }
  em.create(FormTemplate, { code: DC01.code, version: DC01.version, name: DC01.name, fields: DC01.fields, rules: DC01.rules ?? [], createdAt: new Date() });
  await em.flush();
}
