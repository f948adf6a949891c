/**
 * Every check of one form's values that does not need the two keyings: the template's cross-field
 * rules, plausible Vietnamese text and official place names. The same function judges the agreed
 * values at ingest and the final record after a reviewer, a third clerk or a spot check set it, so
 * a value is never verified by a path that skipped a check. Of the household checks only those one
 * form can fail alone run here; those between forms need the others (services/household.ts).
 */
import type { CheckKind } from './compare.js';
import { checkOwnForm, factsOf, hasHousehold } from './household.js';
import { checkPlace, type PlaceFinding, type PlaceKind } from './places.js';
import { checkRules, ruleFields } from './rules.js';
import { checkText, textKindOf } from './syllables.js';
import { fieldMap, type FieldType, type TemplateDef } from './template.js';
import { ILLEGIBLE, type FieldValues } from './values.js';

export interface CheckFinding {
  kind: CheckKind;
  /** Stable id of the check, e.g. `citizenId.structure`. */
  check: string;
  field: string;
  /** Names the field and the check, never the value (stored unsealed, shown to masked viewers). */
  message: string;
}

export interface RecordCheckOptions {
  now?: Date;
  /** Which fields may be judged: at ingest only those both keyings agreed on. Default: all. */
  judged?: (field: string) => boolean;
}

export function checkRecord(template: TemplateDef, values: FieldValues, opts: RecordCheckOptions = {}): CheckFinding[] {
  const judged = opts.judged ?? (() => true);
  const rules = (template.rules ?? []).filter((r) => ruleFields(r, template).every(judged));
  const out: CheckFinding[] = [];
  for (const v of checkRules({ ...template, rules }, values, opts.now)) {
    out.push({ kind: 'RULE', check: v.rule, field: v.field, message: v.message });
  }
  for (const f of template.fields) {
    const v = values[f.key];
    if (v === null || v === undefined || v === ILLEGIBLE || !judged(f.key)) continue;
    const text = textKindOf(f.type);
    if (text) for (const t of checkText(v, { kind: text, field: f.key })) out.push({ kind: 'SPELLING', check: `text.${t.code}`, field: f.key, message: t.message });
    const kind = PLACE_KINDS[f.type];
    if (kind) for (const p of placeFindings(v, kind)) out.push({ kind: 'REFERENCE', check: `place.${p.code}`, field: f.key, message: `${f.key}: ${p.message}` });
  }
  if (hasHousehold(template)) {
    for (const h of checkOwnForm(defsOf(template), factsOf(values, judged))) out.push({ kind: 'CONSISTENCY', check: h.check, field: h.field, message: h.message });
  }
  return out;
}

const defsCache = new WeakMap<TemplateDef, ReturnType<typeof fieldMap>>();
const defsOf = (t: TemplateDef) => defsCache.get(t) ?? defsCache.set(t, fieldMap(t)).get(t)!;

const PLACE_KINDS: Partial<Record<FieldType, PlaceKind>> = { PLACE: 'place', ADDRESS: 'address' };

// Places repeat across a campaign (hometowns, birth registration places, a village's addresses):
// a bounded cache keeps the check off the ingest path's profile.
const CACHE_MAX = 20_000;
const placeCache = new Map<string, PlaceFinding[]>();
function placeFindings(value: string, kind: PlaceKind): PlaceFinding[] {
  const key = `${kind}\u0000${value}`;
  let hit = placeCache.get(key);
  if (!hit) {
    hit = checkPlace(value, { kind });
    if (placeCache.size >= CACHE_MAX) placeCache.delete(placeCache.keys().next().value!);
    placeCache.set(key, hit);
  }
  return hit;
}

/** One entry per field: the first finding's kind, every message joined (one discrepancy per field). */
export function findingsByField(findings: readonly CheckFinding[]): Map<string, { kind: CheckKind; note: string; checks: string[] }> {
  const out = new Map<string, { kind: CheckKind; note: string; checks: string[] }>();
  for (const f of findings) {
    const prev = out.get(f.field);
    if (!prev) out.set(f.field, { kind: f.kind, note: f.message, checks: [f.check] });
    else {
      if (!prev.note.split('; ').includes(f.message)) prev.note += `; ${f.message}`;
      if (!prev.checks.includes(f.check)) prev.checks.push(f.check);
    }
  }
  return out;
}
