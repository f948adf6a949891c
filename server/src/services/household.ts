/**
 * Household checks between forms (domain/household.ts) over the whole campaign: each compared
 * form leaves its household facts (sealed) and blind link keys; a form arriving later, or settled
 * by a reviewer, finds the forms it shares a key with in one indexed lookup and is checked
 * against them. Only blind keys are stored in clear.
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import { ambiguousKeys, checkPair, factsOf, hasHousehold, keyedFacts, linkKeysOf, type Facts, type HouseholdField } from '../domain/household.js';
import type { CheckFinding } from '../domain/record-checks.js';
import { fieldMap, type FieldDef, type TemplateDef } from '../domain/template.js';
import type { FieldValues } from '../domain/values.js';
import { exec, insertRows, isPostgres, pgArray, type SqlValue, type Writes } from './sql.js';
import type { Vault } from './vault.js';

type Defs = ReadonlyMap<string, FieldDef>;

export interface Member {
  formId: number;
  batchId: number;
  facts: Facts;
}

/** A stored member, with where its form and batch stand. */
export interface Stored extends Member {
  formStatus: string;
  batchStatus: string;
  provinceCode: string;
  templateId: number;
}

/** One contradiction seen from one form: its field, the other form, and that form's value. */
export interface Hit {
  formId: number;
  field: HouseholdField;
  check: string;
  note: string;
  relatedFormId: number;
  relatedValue: string | null;
}

// Facts are never changed once made: their tokens (an HMAC each) are worked out once per call.
const tokenCache = new WeakMap<Facts, string[]>();
export function tokensOf(vault: Vault, defs: Defs, facts: Facts): string[] {
  let t = tokenCache.get(facts);
  if (!t) tokenCache.set(facts, (t = linkKeysOf(defs, facts).map((k) => vault.householdToken(k))));
  return t;
}

/**
 * Serializes transactions touching the same household (PostgreSQL): two members committed at
 * once would each miss the other. Keys in sorted order, in one statement.
 */
export async function lockLinks(tx: SqlEntityManager, tokens: Iterable<string>): Promise<void> {
  // A key already shared by more than MAX_LINKED forms is ignored by the checks, so nothing is
  // gained by serializing on it, and a placeholder on every form would serialize the whole floor.
  const list = [...new Set(tokens)].filter((t) => !hotTokens.has(t)).sort();
  if (!list.length || !isPostgres(tx)) return;
  await exec(tx, 'select count(pg_advisory_xact_lock(hashtextextended(t, 7))) from (select unnest(?::text[]) as t order by 1) s', [pgArray(list)]);
}

/**
 * A key shared by more forms than any household has is not a household link (a placeholder
 * written on many forms, say): it is ignored rather than checked against everyone.
 */
export const MAX_LINKED = 60;

/**
 * Keys this process has seen shared by more than MAX_LINKED forms. Counts only grow (a form's
 * keys are replaced only when it is settled again), so a key once too common stays so. Bounded.
 */
const hotTokens = new Set<string>();
function markHot(token: string): void {
  if (hotTokens.size >= 100_000) hotTokens.clear();
  hotTokens.add(token);
}

/** The stored members sharing a key with these tokens, except the given forms. */
export async function membersLinkedTo(tx: SqlEntityManager, vault: Vault, tokens: Iterable<string>, except: ReadonlySet<number>): Promise<Stored[]> {
  const list = [...new Set(tokens)];
  const byToken = new Map<string, number[]>();
  for (let i = 0; i < list.length; i += 5000) {
    const chunk = list.slice(i, i + 5000);
    // At most MAX_LINKED + 1 per key: a key shared by thousands is dropped below, so its forms
    // are never read (one placeholder written on a whole district would ship them all).
    const rows = isPostgres(tx)
      ? await exec<{ token: string; form_id: number }[]>(
          tx,
          `select t.token, l.form_id from unnest(?::text[]) as t(token)
             cross join lateral (select form_id from household_link h where h.token = t.token order by form_id limit ${MAX_LINKED + 1}) l`,
          [pgArray(chunk)],
        )
      : await exec<{ token: string; form_id: number }[]>(
          tx,
          `select token, form_id from (select token, form_id, row_number() over (partition by token order by form_id) as rn
             from household_link where token in (${chunk.map(() => '?').join(',')})) where rn <= ${MAX_LINKED + 1}`,
          chunk,
        );
    for (const r of rows) (byToken.get(r.token) ?? byToken.set(r.token, []).get(r.token)!).push(Number(r.form_id));
  }
  for (const [t, f] of byToken) if (f.length > MAX_LINKED) markHot(t);
  const ids = [...new Set([...byToken.values()].filter((f) => f.length <= MAX_LINKED).flat())].filter((id) => !except.has(id));
  const out: Stored[] = [];
  type Row = { form_id: number; batch_id: number; facts: string; form_status: string; batch_status: string; province_code: string; template_id: number };
  for (let i = 0; i < ids.length; i += 5000) {
    const chunk = ids.slice(i, i + 5000);
    const rows = await exec<Row[]>(
      tx,
      `select m.form_id, m.batch_id, m.facts, f.status as form_status, b.status as batch_status, b.province_code, b.template_id
         from household_member m join form f on f.id = m.form_id join batch b on b.id = m.batch_id where m.form_id in (${chunk.map(() => '?').join(',')})`,
      chunk,
    );
    for (const r of rows) {
      const formId = Number(r.form_id);
      out.push({ formId, batchId: Number(r.batch_id), facts: vault.openJson<Facts>(`household:${formId}`, r.facts), formStatus: r.form_status, batchStatus: r.batch_status, provinceCode: r.province_code, templateId: Number(r.template_id) });
    }
  }
  return out;
}

/** Stores (or replaces, unless `fresh`: forms compared for the first time) members' facts and link keys. */
export async function saveMembers(tx: SqlEntityManager, vault: Vault, defs: Defs, members: Member[], now: Date, opts: { fresh?: boolean; writes?: Writes } = {}): Promise<void> {
  if (!members.length) return;
  const ids = members.map((m) => m.formId);
  if (!opts.fresh) for (const t of ['household_link', 'household_member']) await exec(tx, `delete from ${t} where form_id in (${ids.map(() => '?').join(',')})`, ids, 'run');
  const rows = members.map((m) => [m.formId, m.batchId, vault.sealJson(`household:${m.formId}`, m.facts), now]);
  const links: SqlValue[][] = [];
  for (const m of members) for (const t of new Set(tokensOf(vault, defs, m.facts))) links.push([t, m.formId]);
  // With `writes` (fresh members only: nothing to delete first), sent with the caller's other writes.
  const writes = opts.fresh ? opts.writes : undefined;
  if (writes) {
    writes.insert('household_member', ['form_id', 'batch_id', 'facts', 'updated_at'], rows);
    writes.insert('household_link', ['token', 'form_id'], links);
    return;
  }
  await insertRows(tx, 'household_member', ['form_id', 'batch_id', 'facts', 'updated_at'], rows);
  if (links.length) await insertRows(tx, 'household_link', ['token', 'form_id'], links);
}

/**
 * Every contradiction between the `fresh` forms and the forms they share a key with (stored ones
 * and each other), as hits on both sides: one per form and field, the first found.
 */
export function householdHits(vault: Vault, defs: Defs, fresh: Member[], stored: Member[]): Map<number, Hit[]> {
  const byToken = new Map<string, number[]>();
  const all = new Map<number, Member>();
  const freshIds = new Set(fresh.map((m) => m.formId));
  for (const m of [...fresh, ...stored]) {
    all.set(m.formId, m);
    for (const t of tokensOf(vault, defs, m.facts)) (byToken.get(t) ?? byToken.set(t, []).get(t)!).push(m.formId);
  }
  const hits = new Map<number, Hit[]>();
  const add = (h: Hit) => {
    const list = hits.get(h.formId) ?? hits.set(h.formId, []).get(h.formId)!;
    if (!list.some((x) => x.field === h.field)) list.push(h);
  };
  const ambiguous = ambiguousKeys(defs, [...all.values()].map((m) => m.facts));
  const isAmbiguous = (k: string) => ambiguous.has(k);
  for (const x of fresh) {
    const others = new Set<number>();
    for (const t of tokensOf(vault, defs, x.facts)) {
      const linked = byToken.get(t) ?? [];
      if (linked.length <= MAX_LINKED) for (const id of linked) others.add(id);
    }
    for (const id of others) {
      // A pair of fresh forms is looked at once.
      if (id === x.formId || (freshIds.has(id) && id < x.formId)) continue;
      const y = all.get(id)!;
      for (const [a, b] of [[x, y], [y, x]] as const) {
        for (const f of checkPair(defs, a.facts, b.facts, isAmbiguous)) {
          add({ formId: a.formId, field: f.fieldA, check: f.check, note: f.noteA, relatedFormId: b.formId, relatedValue: b.facts[f.fieldB] ?? null });
          add({ formId: b.formId, field: f.fieldB, check: f.check, note: f.noteB, relatedFormId: a.formId, relatedValue: a.facts[f.fieldA] ?? null });
        }
      }
    }
  }
  return hits;
}

/**
 * The household checks of a record a person settles (review, re-key, spot check): contradictions
 * with settled forms (a form still in review is its own reviewer's call, and is checked against
 * this one when it settles), or with every linked form for the warnings shown before submitting.
 * `remember` stores the settled facts for the forms still to come; `stored` (the form's sealed
 * facts, null for none, when the caller read them) skips rewriting facts that did not change.
 * `keyed`: the form's keyings, opened: the linked forms are found only by values a clerk keyed
 * (domain keyedFacts), never by one the reviewer typed.
 */
export async function settledHouseholdChecks(
  em: SqlEntityManager,
  vault: Vault,
  template: TemplateDef,
  form: { id: number; batchId: number },
  values: FieldValues,
  opts: { lock: boolean; pending: boolean; stored?: string | null; keyed: readonly FieldValues[] },
): Promise<{ findings: CheckFinding[]; remember: (now: Date) => Promise<void> }> {
  if (!hasHousehold(template)) return { findings: [], remember: async () => {} };
  const defs = fieldMap(template);
  const me: Member = { formId: form.id, batchId: form.batchId, facts: factsOf(values) };
  // Locked by everything it will be remembered by (concurrent members wait for each other), looked up by what was keyed.
  if (opts.lock) await lockLinks(em, tokensOf(vault, defs, me.facts));
  const stored = await membersLinkedTo(em, vault, tokensOf(vault, defs, keyedFacts(defs, me.facts, opts.keyed)), new Set([form.id]));
  const settled = new Set(stored.filter((m) => opts.pending || m.formStatus === 'AUTO_VERIFIED' || m.formStatus === 'VERIFIED').map((m) => m.formId));
  const hits = (householdHits(vault, defs, [me], stored).get(form.id) ?? []).filter((h) => settled.has(h.relatedFormId));
  return {
    findings: hits.map((h) => ({ kind: 'CONSISTENCY', check: h.check, field: h.field, message: h.note })),
    remember: async (now) => {
      if (opts.stored && sameFacts(vault.openJson<Facts>(`household:${form.id}`, opts.stored), me.facts)) return;
      await saveMembers(em, vault, defs, [me], now);
    },
  };
}

/** The same facts (values are canonical text: equal or not). */
function sameFacts(a: Facts, b: Facts): boolean {
  const keys = Object.keys(a) as (keyof Facts)[];
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
