import { describe, expect, it } from 'vitest';
import { defuseFormula } from './csv.js';

describe('defuseFormula', () => {
  it("prefixes text a spreadsheet would run as a formula with '", () => {
    for (const s of ['=1+1', '+HYPERLINK("http://x")', '-5', '@SUM(A1)', '\t=1', '\r=1']) expect(defuseFormula(s)).toBe(`'${s}`);
  });

  it('leaves other text alone', () => {
    for (const s of ['', 'Hà Nội', '0912345678', "'=already", ' =x', '1-2']) expect(defuseFormula(s)).toBe(s);
  });
});
