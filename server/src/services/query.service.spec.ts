import { describe, expect, it } from 'vitest';
import { by, whereOf, type FilterSpec } from './query.service.js';

interface F {
  ids?: string[];
  formId?: string;
  code?: string;
  pass?: number;
  active?: boolean;
  revoked?: boolean;
  from?: Date;
  to?: Date;
  secret?: string;
}
const SPEC: FilterSpec<F> = {
  ids: by.ids(),
  formId: by.id('form'),
  code: by.eq(),
  pass: by.eq(),
  active: by.eq(),
  revoked: by.isSet('revokedAt'),
  from: by.from('at'),
  to: by.to('at'),
  secret: by.custom,
};

describe('whereOf', () => {
  it('maps each given field through its rule', () => {
    const from = new Date(0), to = new Date(1);
    expect(whereOf({ ids: ['3', '4'], formId: '7', code: 'A', pass: 2, active: false, revoked: true, from, to, secret: 'x' }, SPEC)).toEqual({
      id: { $in: [3, 4] },
      form: 7,
      code: 'A',
      pass: 2,
      active: false,
      revokedAt: { $ne: null },
      at: { $gte: from, $lte: to },
    });
    expect(whereOf({ revoked: false, to }, SPEC)).toEqual({ revokedAt: null, at: { $lte: to } });
  });

  it('ignores what is not given: null, empty text, pass 0 (booleans count when false)', () => {
    expect(whereOf(null, SPEC)).toEqual({});
    expect(whereOf({ code: '', pass: 0, formId: undefined, active: null as unknown as boolean }, SPEC)).toEqual({});
    expect(whereOf({ ids: [] }, SPEC)).toEqual({ id: { $in: [] } });
  });

  it('refuses a malformed id, naming the filter field', () => {
    expect(() => whereOf({ formId: 'x' }, SPEC)).toThrow(/filter.formId must be a positive integer id/);
    expect(() => whereOf({ ids: ['1', '0'] }, SPEC)).toThrow(/filter.ids/);
  });
});
