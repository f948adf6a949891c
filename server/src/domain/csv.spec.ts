import { describe, expect, it } from 'vitest';
import { csvText, defuseFormula } from './csv.js';

describe('defuseFormula', () => {
  it("prefixes text a spreadsheet would run as a formula with '", () => {
    for (const s of ['=1+1', '+HYPERLINK("http://x")', '-5', '@SUM(A1)', '\t=1', '\r=1']) expect(defuseFormula(s)).toBe(`'${s}`);
  });

  it('leaves other text alone', () => {
    for (const s of ['', 'Hà Nội', '0912345678', "'=already", ' =x', '1-2']) expect(defuseFormula(s)).toBe(s);
  });
});

describe('csvText', () => {
  it('quotes per RFC 4180, defuses text (never numbers) and writes dates, booleans and gaps plainly', () => {
    const rows = [['h1', 'h2', 'h3', 'h4'], ['a,b', 'say "hi"', 'two\nlines', '=1+1'], [-0.5, true, null, new Date(0)], [NaN, Infinity, undefined, '']];
    expect(csvText(rows, { guard: true, eol: '\r\n' })).toBe('h1,h2,h3,h4\r\n"a,b","say ""hi""","two\nlines",\'=1+1\r\n-0.5,true,,1970-01-01T00:00:00.000Z\r\n,,,\r\n');
  });

  it('quotes a lone CR or LF whatever the record separator, and leaves text alone without the guard', () => {
    expect(csvText([['a\rb', '-5']], { guard: false, eol: '\n' })).toBe('"a\rb",-5\n');
  });
});
