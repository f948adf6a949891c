import { useCallback } from 'react';
import { useTranslate } from 'react-admin';
import { useFieldLabel } from '../common/fields';

type Fields = { field: { key: string; labelVi: string; labelEn: string } }[];

/** Whose form a household note points to (household.ts). */
const ROLE = '(household head|household member|spouse|father|mother|child|parent)';

/**
 * The server writes notes in English with field keys (rules.ts, spot-check draws). Known sentences
 * are translated with the field labels of the interface language; anything else is shown as sent,
 * with its field keys replaced by labels.
 */
const PATTERNS: { re: RegExp; key: string; names: string[] }[] = [
  // Notes name fields, never values (server/src/domain/rules.ts RULE_MESSAGE).
  { re: /^(\w+): digits 1-3 are not a province code$/, key: 'province_code', names: ['field'] },
  { re: /^(\w+): digit 4 does not match the sex$/, key: 'sex_digit', names: ['field'] },
  { re: /^(\w+): digit 4 does not match the century of birth$/, key: 'century_digit', names: ['field'] },
  { re: /^(\w+): digits 5-6 do not match the year of birth$/, key: 'year_digits_mismatch', names: ['field'] },
  { re: /^(\w+) is before (\d+)$/, key: 'before_year', names: ['field', 'year'] },
  { re: /^(\w+) is in the future$/, key: 'in_future', names: ['field'] },
  // Older notes quoted the values (shown in clear only to those who may see them).
  { re: /^(\w+): (\d{3}) \(digits 1-3\) is not a province code$/, key: 'province', names: ['field', 'code'] },
  { re: /^(\w+): digit 4 \((\d)\) means (female|male), but (\w+) is (.+)$/, key: 'sex', names: ['field', 'digit', 'sex', 'other', 'value'] },
  { re: /^(\w+): digit 4 \((\d)\) means born (\d+)-(\d+), but (\w+) is (\d+)$/, key: 'century', names: ['field', 'digit', 'from', 'to', 'other', 'year'] },
  { re: /^(\w+): digits 5-6 \((\d\d)\) should be (\d\d), the last two digits of the year of birth$/, key: 'year_digits', names: ['field', 'digits', 'expected'] },
  { re: /^(\w+): (.+) is before (\d+)$/, key: 'before', names: ['field', 'value', 'year'] },
  { re: /^(\w+): (.+) is in the future$/, key: 'future', names: ['field', 'value'] },
  { re: /^(\w+) equals the person's own citizen ID$/, key: 'own_id', names: ['field'] },
  { re: /^(\w+) is required but illegible$/, key: 'required_illegible', names: ['field'] },
  { re: /^(\w+) is required but empty$/, key: 'required_empty', names: ['field'] },
  { re: /^spot check: every (\d+)th automatically verified form$/, key: 'spot_every', names: ['n'] },
  { re: /^spot check: random ([\d.]+)% \(seed (\d+)\)$/, key: 'spot_percent', names: ['percent', 'seed'] },
  { re: /^spot check: both keyings agreed on a wrong value$/, key: 'spot_corrected', names: [] },
  // Place checks (server/src/domain/places.ts) and text checks (syllables.ts): a level or a word's position, never a value.
  { re: /^(\w+): the (province|district|commune) is missing$/, key: 'place_missing', names: ['field', 'level'] },
  { re: /^(\w+): the (province|district|commune) matches no official \w+(, ward or township)?$/, key: 'place_unknown', names: ['field', 'level'] },
  { re: /^(\w+): the (province|district|commune) is not in the (province|district)$/, key: 'place_not_in', names: ['field', 'level', 'parent'] },
  { re: /^(\w+): the (province|district|commune)'s type word is not its official one$/, key: 'place_type', names: ['field', 'level'] },
  { re: /^(\w+): word (\d+) is not a Vietnamese syllable/, key: 'not_syllable', names: ['field', 'word'] },
  { re: /^(\w+): word (\d+) looks like (VNI|Telex) keys typed with the input method off$/, key: 'input_method', names: ['field', 'word', 'method'] },
  { re: /^(\w+): word (\d+) has letters of another script/, key: 'foreign_script', names: ['field', 'word'] },
  { re: /^(\w+): word (\d+) has full-width letters$/, key: 'foreign_script', names: ['field', 'word'] },
  { re: /^(\w+): word (\d+) has two tone marks in one syllable$/, key: 'two_tones', names: ['field', 'word'] },
  { re: /^(\w+): word (\d+) has a mark on a letter that cannot carry it in Vietnamese$/, key: 'misplaced_mark', names: ['field', 'word'] },
  { re: /^(\w+): word (\d+) mixes digits and letters$/, key: 'digits_letters', names: ['field', 'word'] },
  // Household checks (server/src/domain/household.ts): the field on the other form and whose form it is.
  { re: new RegExp(`^(\\w+): does not match (\\w+) on the ${ROLE}'s form$`), key: 'household_mismatch', names: ['field', 'other', 'role'] },
  { re: new RegExp(`^(\\w+): does not fit (\\w+) on the ${ROLE}'s form$`), key: 'household_misfit', names: ['field', 'other', 'role'] },
  { re: new RegExp(`^(\\w+): the parent is less than (\\d+) years older than the child \\(the ${ROLE}'s form\\)$`), key: 'household_age', names: ['field', 'years', 'role'] },
  { re: /^(\w+): the household head's own form names another (citizen ID|name) as head$/, key: 'household_own_head', names: ['field', 'what'] },
  { re: /^(\w+): the citizen ID is the household head's, but the relation is not Chủ hộ$/, key: 'household_own_relation', names: ['field'] },
  { re: /^(\w+): does not fit (\w+)$/, key: 'household_fit', names: ['field', 'other'] },
  // A reviewer's own choice (server/src/domain/review-checks.ts).
  { re: /^(\w+): marked illegible although both clerks read a value$/, key: 'illegible_readable', names: ['field'] },
];

const LABEL_ARGS = new Set(['field', 'other']);

type Translate = (key: string, args?: Record<string, unknown>) => string;

/**
 * A server note in the interface language: `name` gives a field key's label, `translate` the
 * messages under dk.notes. Pure, so it is unit-tested (ruleNote.spec.ts).
 */
export function translateNote(note: string | null | undefined, name: (key: string) => string | undefined, translate: Translate): string {
  if (!note) return '';
  return note
    .split('; ')
    .map((part) => {
      for (const p of PATTERNS) {
        const m = p.re.exec(part);
        if (!m) continue;
        const args: Record<string, string> = {};
        p.names.forEach((n, i) => (args[n] = LABEL_ARGS.has(n) ? (name(m[i + 1]) ?? m[i + 1]) : m[i + 1]));
        if (args.sex) args.sex = translate(`dk.notes.${args.sex}`);
        for (const k of ['level', 'parent'] as const) if (args[k]) args[k] = translate(`dk.notes.level_${args[k]}`);
        if (args.role) args.role = translate(`dk.notes.role_${args.role.replace(' ', '_')}`);
        return translate(`dk.notes.${p.key}`, args);
      }
      return part.replace(/\b[a-z][A-Za-z0-9]*\b/g, (w) => name(w) ?? w);
    })
    .join('; ');
}

export function useRuleNote(rows: Fields | undefined) {
  const translate = useTranslate();
  const label = useFieldLabel();
  return useCallback(
    (note: string | null | undefined): string => {
      const fields = new Map((rows ?? []).map((r) => [r.field.key, r.field]));
      return translateNote(note, (k) => (fields.has(k) ? label(fields.get(k)) : undefined), translate);
    },
    [label, rows, translate],
  );
}
