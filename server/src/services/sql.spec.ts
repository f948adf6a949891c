import { describe, expect, it } from 'vitest';
import { copyField, pgPlaceholders, Writes } from './sql.js';

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

describe('Writes', () => {
  const d = new Date('2025-03-03T01:02:03.004Z');

  it('sends its writes on PostgreSQL as one statement, each but the last a data-modifying WITH, parameters in order', () => {
    const w = new Writes(true);
    w.insert('a', ['x', 'at'], [[1, d], [2, null]]);
    w.run("update b set s = 'DONE' where id in (?, ?)", [7, 8]);
    w.insert('c', ['j'], [[{ k: 1 }]]);
    w.insert('none', ['x'], []);
    expect(w.statements()).toEqual([
      {
        sql: `with w0 as (insert into "a" ("x", "at") values (?, ?), (?, ?)), w1 as (update b set s = 'DONE' where id in (?, ?)) insert into "c" ("j") values (?)`,
        params: [1, d.toISOString(), 2, null, 7, 8, '{"k":1}'],
      },
    ]);
    expect(pgPlaceholders(w.statements()[0].sql)).toContain('values ($7)');
  });

  it('names a write whose returned rows later writes of the statement read, and refuses that on SQLite', () => {
    const w = new Writes(true);
    w.named('t', 'insert into t (f) values (?) returning id, f', [5]);
    w.run('insert into d (t_id) values ((select id from t where f = ?))', [5]);
    expect(w.statements()).toEqual([{ sql: 'with t as (insert into t (f) values (?) returning id, f) insert into d (t_id) values ((select id from t where f = ?))', params: [5, 5] }]);
    expect(() => new Writes(false).named('t', 'insert into t (f) values (?) returning id', [5])).toThrow(/PostgreSQL/);
  });

  it('leaves many rows to a COPY of their own, and on SQLite sends each write alone', () => {
    const pg = new Writes(true);
    pg.insert('a', ['x'], Array.from({ length: 20 }, (_, i) => [i]));
    expect(pg.statements()).toEqual([]);
    const lite = new Writes(false);
    lite.run('update b set s = ? where id = ?', ['x', 1]);
    lite.run('delete from c where id = ?', [2]);
    expect(lite.statements()).toEqual([
      { sql: 'update b set s = ? where id = ?', params: ['x', 1] },
      { sql: 'delete from c where id = ?', params: [2] },
    ]);
  });
});
