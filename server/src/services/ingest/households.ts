import type { SqlEntityManager } from '@mikro-orm/knex';
import { factsOf, hasHousehold } from '../../domain/household.js';
import { fieldMap, type FieldDef, type TemplateDef } from '../../domain/template.js';
import type { FieldValues } from '../../domain/values.js';
import { householdHits, lockLinks, membersLinkedTo, saveMembers, tokensOf, type Hit, type Member, type Stored } from '../household.js';
import type { Writes } from '../sql.js';
import type { Vault } from '../vault.js';
import type { Diff, FormState } from './types.js';

/** A form compared in this call: its diffs so far and the values both keyings agreed on. */
export interface Compared {
  form: FormState;
  diffs: Diff[];
  agreed: FieldValues;
}

const defsCache = new WeakMap<TemplateDef, Map<string, FieldDef>>();
const defsOf = (t: TemplateDef) => defsCache.get(t) ?? defsCache.set(t, fieldMap(t)).get(t)!;

/**
 * Step 7b: the compared forms' agreed household facts are checked against the rest of their
 * households (stored members and each other) and stored for the forms still to come. A
 * contradiction becomes a CONSISTENCY discrepancy on this call's form (a field not already in
 * dispute) and, for an already verified form on the other side, the hits that reopen it.
 */
export async function checkHouseholds(tx: SqlEntityManager, vault: Vault, compared: Compared[], now: Date, writes: Writes): Promise<{ reopen: { member: Stored; hits: Hit[] }[] }> {
  const reopen: { member: Stored; hits: Hit[] }[] = [];
  const byTemplate = new Map<TemplateDef, Compared[]>();
  for (const c of compared) if (hasHousehold(c.form.template)) (byTemplate.get(c.form.template) ?? byTemplate.set(c.form.template, []).get(c.form.template)!).push(c);
  let first = true;
  for (const [template, list] of byTemplate) {
    // The members of an earlier template of this call are stored ones for this template's lookup.
    if (!first) await writes.flush(tx);
    first = false;
    const defs = defsOf(template);
    const fresh: Member[] = list.map((c) => ({ formId: c.form.id, batchId: c.form.batch.id, facts: factsOf(c.agreed) }));
    const tokens = fresh.flatMap((m) => tokensOf(vault, defs, m.facts));
    await lockLinks(tx, tokens);
    const stored = await membersLinkedTo(tx, vault, tokens, new Set(fresh.map((m) => m.formId)));
    const hits = householdHits(vault, defs, fresh, stored);
    for (const c of list) {
      const taken = new Set(c.diffs.map((d) => d.field));
      const p1 = c.form.passes.get(1)!.values, p2 = c.form.passes.get(2)!.values;
      for (const h of hits.get(c.form.id) ?? []) {
        if (taken.has(h.field)) continue;
        taken.add(h.field);
        c.diffs.push({ field: h.field, value1: p1[h.field] ?? null, value2: p2[h.field] ?? null, kind: 'CONSISTENCY', distance: 0, note: h.note, relatedFormId: h.relatedFormId, relatedValue: h.relatedValue });
      }
    }
    for (const m of stored) {
      const own = hits.get(m.formId);
      if (own?.length && (m.formStatus === 'AUTO_VERIFIED' || m.formStatus === 'VERIFIED') && m.batchStatus !== 'HANDED_OVER') reopen.push({ member: m, hits: own });
    }
    await saveMembers(tx, vault, defs, fresh, now, { fresh: true, writes });
  }
  return { reopen };
}
