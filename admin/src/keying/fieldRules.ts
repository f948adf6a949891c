/**
 * The server's own rules for each typed value (server/src/domain/values.ts, imported, not
 * copied), so the clerk sees a refusal as they type rather than after saving; and type-ahead for
 * code fields. The plausibility checks (rules.ts, syllables.ts) are loaded on demand: they are
 * warnings, never a reason to refuse a save.
 */
import { DC01, type FieldDef, type TemplateDef } from '../../../server/src/domain/template.js';
import { checkValue, ILLEGIBLE } from '../../../server/src/domain/values.js';
import type { KeyingField } from './keyingApi';

export { ILLEGIBLE };

/** The template's full definition of a field (synonyms, lengths) when it is DC01's; the API's otherwise. */
export function fieldDef(f: KeyingField): FieldDef {
  const known = DC01.fields.find((d) => d.key === f.key && d.type === f.type);
  return known ?? { key: f.key, labelVi: f.labelVi, labelEn: f.labelEn, type: f.type as FieldDef['type'], required: f.required, sensitive: false, allowed: f.allowed };
}

export function templateOf(fields: KeyingField[]): TemplateDef {
  const defs = fields.map(fieldDef);
  const dc01 = fields.length === DC01.fields.length && fields.every((f, i) => f.key === DC01.fields[i].key);
  return { code: dc01 ? DC01.code : 'keying', version: 1, name: '', fields: defs, rules: dc01 ? DC01.rules : [] };
}

/** Why the server would refuse this value (English, as the server says it), or null. Empty optional fields pass. */
export function refusal(def: FieldDef, value: string, illegible: boolean): string | null {
  if (illegible) return null;
  return checkValue(def, value === '' ? null : value);
}

/** Folded for matching: no case, no diacritics, đ as d. */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .trim();

/** Allowed codes starting with what was typed (then containing it), at most `max`. */
export function codeSuggestions(def: FieldDef, typed: string, max = 6): string[] {
  const allowed = def.allowed ?? [];
  const t = fold(typed);
  if (!t) return [];
  const starts = allowed.filter((a) => fold(a).startsWith(t));
  const inside = allowed.filter((a) => !starts.includes(a) && fold(a).includes(t));
  return [...starts, ...inside].slice(0, max);
}

/** The values to save: NFC whatever the input method, trimmed at the ends, empty as null, illegible as the marker. */
export function valuesToSave(fields: { key: string }[], values: Record<string, string>, illegible: ReadonlySet<string>): { values: Record<string, string | null>; illegibleFields: string[] } {
  const out: Record<string, string | null> = {};
  for (const f of fields) {
    if (illegible.has(f.key)) continue;
    const v = (values[f.key] ?? '').normalize('NFC').trim();
    out[f.key] = v === '' ? null : v;
  }
  return { values: out, illegibleFields: fields.filter((f) => illegible.has(f.key)).map((f) => f.key) };
}

/** Server reasons (values.ts) as translation keys under dk.keying.reasons, with their numbers. */
const REASONS: [RegExp, string, string[]][] = [
  [/^is required$/, 'required', []],
  [/^is longer than (\d+) characters$/, 'too_long', ['n']],
  [/^contains control characters$/, 'control', []],
  [/^a name cannot contain digits$/, 'name_digits', []],
  [/^a name may contain only/, 'name_chars', []],
  [/^a place or address may contain only/, 'place_chars', []],
  [/^is not a valid date/, 'date', []],
  [/^unknown value ".*"; allowed: /, 'code', []],
  [/^a citizen ID contains only digits$/, 'citizen_digits', []],
  [/^a citizen ID has 12 digits, got (\d+)$/, 'citizen_length', ['n']],
  [/^an ID card number contains only digits$/, 'old_id_digits', []],
  [/^an old ID card number has 9 digits, got (\d+)$/, 'old_id_length', ['n']],
  [/^a phone number contains only digits/, 'phone_digits', []],
  [/^a phone number has 10 or 11 digits/, 'phone_length', []],
];

export function reasonMessage(reason: string, translate: (key: string, args?: Record<string, unknown>) => string): string {
  for (const [re, key, names] of REASONS) {
    const m = re.exec(reason);
    if (!m) continue;
    const args: Record<string, string> = {};
    names.forEach((n, i) => (args[n] = m[i + 1]));
    return translate(`dk.keying.reasons.${key}`, args);
  }
  return reason;
}

/** Plausibility warnings per field key (the notes' English; translated by the screen with translateNote). */
export async function plausibility(template: TemplateDef, values: Record<string, string | null>): Promise<Map<string, string[]>> {
  const [{ checkRules }, { checkTextFields }] = await Promise.all([import('../../../server/src/domain/rules.js'), import('../../../server/src/domain/syllables.js')]);
  const out = new Map<string, string[]>();
  const add = (field: string, message: string) => out.set(field, [...(out.get(field) ?? []), message]);
  // Only filled fields are judged: an empty required field is said as a refusal already.
  const filled: Record<string, string | null> = {};
  for (const [k, v] of Object.entries(values)) filled[k] = v;
  for (const v of checkRules({ ...template, rules: (template.rules ?? []).filter((r) => r.type !== 'requiredLegible') }, filled)) add(v.field, v.message);
  for (const f of checkTextFields(template, filled)) add(f.field, f.message);
  return out;
}
