import { describe, expect, it } from 'vitest';
import { ValidationError } from './errors.js';
import { checkReportFilter, lastDayOf, shiftMonth, wholeMonths } from './report-filter.js';

describe('checkReportFilter', () => {
  it('accepts an empty filter and a well-formed one', () => {
    expect(() => checkReportFilter(null)).not.toThrow();
    expect(() => checkReportFilter({ from: '2026-11-01', to: '2026-11-30', provinceCode: '079', batchId: 3 })).not.toThrow();
  });

  it('names every offending field at once', () => {
    try {
      checkReportFilter({ from: '2026-11-31x', to: '1/11/2026', provinceCode: '79', batchId: -1 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).problems.map((p) => p.field)).toEqual(['filter.from', 'filter.to', 'filter.provinceCode', 'filter.batchId']);
    }
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => checkReportFilter({ from: '2026-11-02', to: '2026-11-01' })).toThrow(/filter.to is before filter.from/);
  });
});

describe('report periods', () => {
  it('moves months across years and finds the last day of a month', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(lastDayOf('2028-02-10')).toBe('2028-02-29');
  });

  it('finds the months a period covers whole', () => {
    expect(wholeMonths('2026-11-01', '2026-11-30')).toEqual({ first: '2026-11', last: '2026-11' });
    expect(wholeMonths('2026-10-15', '2026-12-02')).toEqual({ first: '2026-11', last: '2026-11' });
    expect(wholeMonths('2026-11-02', '2026-11-02')).toEqual({ first: '2026-12', last: '2026-10' });
    expect(wholeMonths(null, null)).toEqual({ first: '0000-00', last: '9999-99' });
  });
});
