import { PROVINCE_CODES, PROVINCE_NAME_BY_CODE } from './provinces.js';
import type { TemplateDef } from './template.js';
import { HOUSEHOLD_NOTES } from './household.js';
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

/**
 * The sentences rules write. They name fields and the rule's own constants, never a value: a
 * note is stored unsealed and shown to callers who see the values masked.
 */
export const RULE_MESSAGE = {
  province: (f: string) => `${f}: digits 1-3 are not a province code`,
  sex: (f: string) => `${f}: digit 4 does not match the sex`,
  century: (f: string) => `${f}: digit 4 does not match the century of birth`,
  yearDigits: (f: string) => `${f}: digits 5-6 do not match the year of birth`,
  before: (f: string, minYear: number | string) => `${f} is before ${minYear}`,
  future: (f: string) => `${f} is in the future`,
  equals: (f: string, label: string) => `${f} equals ${label}`,
  required: (f: string, what: 'illegible' | 'empty') => `${f} is required but ${what}`,
};

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
  if (!PROVINCE_CODES.has(province)) say(RULE_MESSAGE.province(rule.field));
  const d4 = Number(id[3]);
  const female = d4 % 2 === 1;
  const century = 1900 + Math.floor(d4 / 2) * 100;
  const sex = rule.sexField ? v[rule.sexField] : null;
  if (present(sex) && (sex === 'Nam' || sex === 'Nữ') && female !== (sex === 'Nữ')) {
    say(RULE_MESSAGE.sex(rule.field), rule.sexField);
  }
  const dob = rule.dateOfBirthField ? v[rule.dateOfBirthField] : null;
  const date = present(dob) ? parseDate(dob) : null;
  if (date) {
    if (Math.floor(date.year / 100) * 100 !== century) {
      say(RULE_MESSAGE.century(rule.field), rule.dateOfBirthField);
    }
    const yy = String(date.year % 100).padStart(2, '0');
    if (id.slice(4, 6) !== yy) say(RULE_MESSAGE.yearDigits(rule.field), rule.dateOfBirthField);
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
        if (d.year < rule.minYear) out.push({ rule: rule.id, field: rule.field, message: RULE_MESSAGE.before(rule.field, rule.minYear) });
        if (rule.notInFuture) {
          // Compare at the precision the date has: 2027 is future in 2026, 11/2026 is not in November.
          const y = now.getUTCFullYear(), m = now.getUTCMonth() + 1, day = now.getUTCDate();
          const future = d.year > y || (d.year === y && d.month !== undefined && (d.month > m || (d.month === m && d.day !== undefined && d.day > day)));
          if (future) out.push({ rule: rule.id, field: rule.field, message: RULE_MESSAGE.future(rule.field) });
        }
        break;
      }
      case 'notEqual': {
        const a = values[rule.field], b = values[rule.other];
        if (present(a) && present(b) && a === b) out.push({ rule: rule.id, field: rule.field, message: RULE_MESSAGE.equals(rule.field, rule.label) });
        break;
      }
      case 'requiredLegible':
        for (const f of template.fields) {
          if (f.required && !present(values[f.key])) {
            out.push({ rule: rule.id, field: f.key, message: RULE_MESSAGE.required(f.key, values[f.key] === ILLEGIBLE ? 'illegible' : 'empty') });
          }
        }
        break;
    }
  }
  return out;
}

const K = '([A-Za-z][A-Za-z0-9]*)';
/** Sentences that carry no value: the current ones, and the spot-check note of task.service. */
const VALUELESS: RegExp[] = [
  new RegExp(`^${K}: digits 1-3 are not a province code$`),
  new RegExp(`^${K}: digit 4 does not match the (sex|century of birth)$`),
  new RegExp(`^${K}: digits 5-6 do not match the year of birth$`),
  new RegExp(`^${K} is before \\d{4}$`),
  new RegExp(`^${K} is in the future$`),
  new RegExp(`^${K} equals [^\\d]+$`),
  new RegExp(`^${K} is required but (illegible|empty)$`),
  // Place checks (places.ts): fixed sentences about a level, never a name.
  new RegExp(`^${K}: the (province|district|commune)( is missing| matches no official (province|district|commune)(, ward or township)?| is not in the (province|district)|'s type word is not its official one)$`),
  // Text checks (syllables.ts): the position of a word, never the word.
  new RegExp(`^${K}: word \\d+ (is not a Vietnamese syllable( \\(after c, ch, p or t only the sắc or nặng tone\\))?|mixes digits and letters|looks like (VNI|Telex) keys typed with the input method off|has full-width letters|has letters of another script \\(Cyrillic, Greek, …\\) among Latin ones|has a mark on a letter that cannot carry it in Vietnamese|has two tone marks in one syllable|has Ð \\(eth, U\\+00D0\\) where Đ \\(U\\+0110\\) is meant)$`),
  /^spot check: both keyings agreed on a wrong value$/,
];
/** Sentences of notes written before they stopped quoting values, and their valueless wording. */
const LEGACY: [RegExp, (m: RegExpExecArray) => string][] = [
  [new RegExp(`^${K}: \\d{3} \\(digits 1-3\\) is not a province code$`), (m) => RULE_MESSAGE.province(m[1])],
  [new RegExp(`^${K}: digit 4 \\(\\d\\) means (female|male), but `), (m) => RULE_MESSAGE.sex(m[1])],
  [new RegExp(`^${K}: digit 4 \\(\\d\\) means born `), (m) => RULE_MESSAGE.century(m[1])],
  [new RegExp(`^${K}: digits 5-6 \\(`), (m) => RULE_MESSAGE.yearDigits(m[1])],
  [new RegExp(`^${K}: .* is before (\\d{4})$`), (m) => RULE_MESSAGE.before(m[1], m[2])],
  [new RegExp(`^${K}: .* is in the future$`), (m) => RULE_MESSAGE.future(m[1])],
];

/**
 * A stored note as a caller who sees the form's values masked may read it: rows written before
 * notes stopped quoting values (`dateOfBirth: 17/08/1899 is before 1900`) lose the value, and any
 * sentence not known to be valueless is withheld.
 */
export function redactNote(note: string | null | undefined): string | null {
  if (!note) return note ?? null;
  return note
    .split('; ')
    .map((part) => {
      if (VALUELESS.some((re) => re.test(part)) || HOUSEHOLD_NOTES.some((re) => re.test(part))) return part;
      for (const [re, say] of LEGACY) {
        const m = re.exec(part);
        if (m) return say(m);
      }
      return 'a cross-field check failed (details need permission to see this form in clear)';
    })
    .join('; ');
}

export { PROVINCE_NAME_BY_CODE };
