import { describe, expect, it } from 'vitest';
import { isEnumType, type GraphQLEnumType } from 'graphql';
import { createSchema } from '../../server/src/graphql/schema.js';
import { OUTCOMES } from '../../server/src/domain/attribution.js';
import { BATCH_STATUSES, FORM_STATUSES, TASK_STATUSES } from '../../server/src/domain/state-machine.js';
import { CHOICES, VALUE_SOURCES } from '../../server/src/services/task.service.js';

/** The enums whose values mean something to a client: each value says what it means. */
const DESCRIBED = ['ResolutionChoice', 'ValueSource', 'Outcome', 'TaskStatus', 'FormStatus', 'BatchStatus', 'TaskKind', 'KeyingStatus', 'ApiKeyScope', 'SpotCheckMode'];

describe('schema enums say what the code does', async () => {
  const schema = await createSchema();
  const values = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues();

  it.each(DESCRIBED)('%s: every value has a description', (name) => {
    expect(isEnumType(schema.getType(name))).toBe(true);
    expect(values(name).filter((v) => !v.description?.trim()).map((v) => v.name)).toEqual([]);
  });

  it('offers exactly the choices resolveTask accepts and the sources records carry (THIRD included)', () => {
    expect(values('ResolutionChoice').map((v) => v.name).sort()).toEqual([...CHOICES].sort());
    expect(values('ResolutionChoice').map((v) => v.name)).toContain('THIRD');
    expect(values('ValueSource').map((v) => v.name).sort()).toEqual([...VALUE_SOURCES].sort());
    expect(values('ValueSource').map((v) => v.name)).toContain('THIRD');
  });

  it('lists every state of the state machines and every outcome', () => {
    expect(values('TaskStatus').map((v) => v.name).sort()).toEqual([...TASK_STATUSES].sort());
    expect(values('FormStatus').map((v) => v.name).sort()).toEqual([...FORM_STATUSES].sort());
    expect(values('BatchStatus').map((v) => v.name).sort()).toEqual([...BATCH_STATUSES].sort());
    expect(values('Outcome').map((v) => v.name).sort()).toEqual([...OUTCOMES].sort());
  });
});
