import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { FormTemplate } from '../../db/entities/index.js';
import { DomainError } from '../../domain/errors.js';
import type { GqlContext } from '../context.js';
import { roles, toFieldDefinition } from '../helpers.js';
import { FieldDefinition, Template } from '../types.js';

@Resolver(() => Template)
export class TemplateResolver {
  @Authorized(roles('readTemplates'))
  @Query(() => [Template], { description: 'Form templates, newest version first' })
  templates(@Ctx() ctx: GqlContext): Promise<FormTemplate[]> {
    return ctx.em.find(FormTemplate, {}, { orderBy: { code: 'asc', version: 'desc' }, limit: 100 });
  }

  @Authorized(roles('readTemplates'))
  @Query(() => Template)
  async template(@Arg('code') code: string, @Ctx() ctx: GqlContext): Promise<FormTemplate> {
    const t = await ctx.em.findOne(FormTemplate, { code }, { orderBy: { version: 'desc' } });
    if (!t) throw new DomainError('NOT_FOUND', `template "${code}" does not exist`);
    return t;
  }

  @FieldResolver(() => [FieldDefinition])
  fields(@Root() t: FormTemplate): FieldDefinition[] {
    return t.fields.map(toFieldDefinition);
  }
}
