import { describe, expect, it } from 'vitest';
import { pgPlaceholders } from './sql.js';

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
