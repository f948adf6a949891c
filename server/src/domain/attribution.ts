import type { FieldDef } from './template.js';
import type { Comparator } from './compare.js';

export const OUTCOMES = ['FIRST_CORRECT', 'SECOND_CORRECT', 'BOTH_WRONG', 'EQUIVALENT'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Which keying was right, judged under the comparator (not by raw string equality). */
export function outcomeOf(
  cmp: Comparator,
  field: FieldDef,
  value1: string | null,
  value2: string | null,
  final: string | null,
): Outcome {
  const firstOk = cmp.same(field, value1, final);
  const secondOk = cmp.same(field, value2, final);
  if (firstOk && secondOk) return 'EQUIVALENT';
  if (firstOk) return 'FIRST_CORRECT';
  if (secondOk) return 'SECOND_CORRECT';
  return 'BOTH_WRONG';
}

/** The passes charged with an error on the field for a given outcome. */
export function chargedPasses(outcome: Outcome): number[] {
  switch (outcome) {
    case 'FIRST_CORRECT':
      return [2];
    case 'SECOND_CORRECT':
      return [1];
    case 'BOTH_WRONG':
      return [1, 2];
    case 'EQUIVALENT':
      return [];
  }
}
