import type { SqlEntityManager } from '@mikro-orm/knex';
import { FormTemplate } from './entities/index.js';
import { DC01 } from '../domain/template.js';

/** The DC01 template is part of the product, not demo data: present in every database. */
export async function ensureTemplates(em: SqlEntityManager): Promise<void> {
  const existing = await em.findOne(FormTemplate, { code: DC01.code, version: DC01.version });
  if (existing) return;
  em.create(FormTemplate, { code: DC01.code, version: DC01.version, name: DC01.name, fields: DC01.fields, createdAt: new Date() });
  await em.flush();
}
