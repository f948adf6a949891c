import { PROVINCE_CODES, PROVINCE_NAME_BY_CODE } from './provinces.js';
import type { TemplateDef } from './template.js';
import { ILLEGIBLE, parseDate, type FieldValues } from './values.js';

/**
 * Cross-field checks on an agreed record. Rules are data declared per template, so a new rule of
 * a known type needs no change in the pipeline: two clerks can agree on an impossible value.
 */
export type RuleDef =
  | { id: string; type: 'citizenIdStructure'; field: string; sexField?: string; dateOfBirthField?: string }
  | { id: string; type: 'dateRange'; field: string; minYear: number; notInFuture: boolean }
  | { id: string; type: 'notEqual'; field: string; other: string; label: string }
  | { id: string; type: 'requiredLegible' };

export interface RuleViolation {
  rule: string;
  field: string;
  message: string;
}

/** The fields a rule reads: it is only judged when every one of them agreed. */
export function ruleFields(rule: RuleDef, template: TemplateDef): string[] {
  switch (rule.type) {
    case 'citizenIdStructure':
      return [rule.field, rule.sexField, rule.dateOfBirthField].filter((x): x is string => !!x);
    case 'dateRange':
      return [rule.field];
    case 'notEqual':
      return [rule.field, rule.other];
    case 'requiredLegible':
      return template.fields.filter((f) => f.required).map((f) => f.key);
  }
}

const present = (v: string | null | undefined): v is string => v !== null && v !== undefined && v !== ILLEGIBLE;

function citizenId(rule: Extract<RuleDef, { type: 'citizenIdStructure' }>, v: FieldValues): RuleViolation[] {
  const id = v[rule.field];
  if (!present(id) || !/^\d{12}$/.test(id)) return [];
  const out: RuleViolation[] = [];
  // Raised on the ID and on the field it contradicts: either may be the wrong one.
  const say = (message: string, also?: string) => {
    out.push({ rule: rule.id, field: rule.field, message });
    if (also) out.push({ rule: rule.id, field: also, message });
  };
  const province = id.slice(0, 3);
  if (!PROVINCE_CODES.has(province)) say(`${rule.field}: ${province} (digits 1-3) is not a province code`);
  const d4 = Number(id[3]);
  const female = d4 % 2 === 1;
  const century = 1900 + Math.floor(d4 / 2) * 100;
  const sex = rule.sexField ? v[rule.sexField] : null;
  if (present(sex) && (sex === 'Nam' || sex === 'Nữ') && female !== (sex === 'Nữ')) {
    say(`${rule.field}: digit 4 (${d4}) means ${female ? 'female' : 'male'}, but ${rule.sexField} is ${sex}`, rule.sexField);
  }
  const dob = rule.dateOfBirthField ? v[rule.dateOfBirthField] : null;
  const date = present(dob) ? parseDate(dob) : null;
  if (date) {
    if (Math.floor(date.year / 100) * 100 !== century) {
      say(`${rule.field}: digit 4 (${d4}) means born ${century}-${century + 99}, but ${rule.dateOfBirthField} is ${date.year}`, rule.dateOfBirthField);
    }
    const yy = String(date.year % 100).padStart(2, '0');
    if (id.slice(4, 6) !== yy) say(`${rule.field}: digits 5-6 (${id.slice(4, 6)}) should be ${yy}, the last two digits of the year of birth`, rule.dateOfBirthField);
  }
  return out;
}

export function checkRules(template: TemplateDef, values: FieldValues, now = new Date()): RuleViolation[] {
  const out: RuleViolation[] = [];
  for (const rule of template.rules ?? []) {
    switch (rule.type) {
      case 'citizenIdStructure':
        out.push(...citizenId(rule, values));
        break;
      case 'dateRange': {
        const raw = values[rule.field];
        const d = present(raw) ? parseDate(raw) : null;
        if (!d) break;
        if (d.year < rule.minYear) out.push({ rule: rule.id, field: rule.field, message: `${rule.field}: ${raw} is before ${rule.minYear}` });
        if (rule.notInFuture) {
          // Compare at the precision the date has: 2027 is future in 2026, 11/2026 is not in November.
          const y = now.getUTCFullYear(), m = now.getUTCMonth() + 1, day = now.getUTCDate();
          const future = d.year > y || (d.year === y && d.month !== undefined && (d.month > m || (d.month === m && d.day !== undefined && d.day > day)));
          if (future) out.push({ rule: rule.id, field: rule.field, message: `${rule.field}: ${raw} is in the future` });
        }
        break;
      }
      case 'notEqual': {
        const a = values[rule.field], b = values[rule.other];
        if (present(a) && present(b) && a === b) out.push({ rule: rule.id, field: rule.field, message: `${rule.field} equals ${rule.label}` });
        break;
      }
      case 'requiredLegible':
        for (const f of template.fields) {
          if (f.required && !present(values[f.key])) {
            out.push({ rule: rule.id, field: f.key, message: `${f.key} is required but ${values[f.key] === ILLEGIBLE ? 'illegible' : 'empty'}` });
          }
        }
        break;
    }
  }
  return out;
}

export { PROVINCE_NAME_BY_CODE };
