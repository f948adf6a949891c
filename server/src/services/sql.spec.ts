import { describe, expect, it } from 'vitest';
import { copyField, pgPlaceholders } from './sql.js';

describe('pgPlaceholders', () => {
  it('numbers every ? in order', () => {
    expect(pgPlaceholders('insert into t (a, b) values (?, ?), (?, ?)')).toBe('insert into t (a, b) values ($1, $2), ($3, $4)');
  });

  it('leaves a ? inside a literal or a quoted identifier, including doubled quotes', () => {
    expect(pgPlaceholders(`select '?', 'it''s ?', "a?b" from t where x = ? and y = '?'`)).toBe(`select '?', 'it''s ?', "a?b" from t where x = $1 and y = '?'`);
  });

  it('returns SQL without placeholders unchanged', () => {
    expect(pgPlaceholders('select 1')).toBe('select 1');
  });
});

describe('copyField', () => {
  it("writes COPY's text format: \\N for null, the four special characters escaped, the rest as is", () => {
    expect(copyField(null)).toBe('\\N');
    expect(copyField(undefined)).toBe('\\N');
    expect(copyField('\\N')).toBe('\\\\N');
    expect(copyField('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
    expect(copyField('Nguyễn "Văn" \'An\', 12,5%')).toBe('Nguyễn "Văn" \'An\', 12,5%');
    expect(copyField(42)).toBe('42');
    expect(copyField(true)).toBe('true');
    expect(copyField(new Date('2025-03-03T01:02:03.004Z'))).toBe('2025-03-03T01:02:03.004Z');
    expect(copyField({ a: 'x\ny', b: [1, null] })).toBe('{"a":"x\\\\ny","b":[1,null]}');
  });
});
