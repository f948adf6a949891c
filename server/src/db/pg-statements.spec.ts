import { describe, expect, it } from 'vitest';
import { nameStatements, statementName } from './pg-statements.js';

describe('statementName', () => {
  it('names a parameterized text from its second use, the same name every time', () => {
    expect(statementName('select 1 where $1 = $1', 1)).toBeNull();
    const a = statementName('select 1 where $1 = $1', 1);
    expect(a).toMatch(/^dk_[A-Za-z0-9_-]{20}$/);
    expect(statementName('select 1 where $1 = $1', 1)).toBe(a);
    statementName('select 2 where $1 = $1', 1);
    expect(statementName('select 2 where $1 = $1', 1)).not.toBe(a);
  });

  it('leaves texts without parameters, with many parameters or very long ones unnamed', () => {
    expect(statementName('BEGIN', 0)).toBeNull();
    expect(statementName(`insert into t values ${Array.from({ length: 513 }, (_, i) => `($${i + 1})`).join(', ')}`, 513)).toBeNull();
    expect(statementName(`select $1${' '.repeat(33000)}`, 1)).toBeNull();
  });
});

describe('nameStatements', () => {
  const client = () => {
    const calls: unknown[][] = [];
    const c = { query: (...args: unknown[]) => (calls.push(args), 'r') };
    nameStatements(c);
    return { c, calls };
  };

  it('names (text, values) and ({ text, values }, callback) calls, keeping the callback', () => {
    const { c, calls } = client();
    const cb = () => undefined;
    for (let i = 0; i < 2; i++) {
      c.query('select $1::int', [1]);
      c.query({ text: 'select $1::text', values: ['a'] }, cb);
    }
    expect(calls[0][0]).toBe('select $1::int');
    expect(calls[2][0]).toMatchObject({ text: 'select $1::int', values: [1], name: expect.stringMatching(/^dk_/) });
    expect(calls[3][0]).toMatchObject({ text: 'select $1::text', values: ['a'], name: expect.stringMatching(/^dk_/) });
    expect(calls[3][1]).toBe(cb);
  });

  it('passes streams, named queries and texts without parameters through unchanged', () => {
    const { c, calls } = client();
    const stream = { submit: () => undefined, text: 'copy t from stdin' };
    c.query(stream);
    c.query({ text: 'select $1', values: [1], name: 'mine' });
    c.query('COMMIT');
    expect(calls[0][0]).toBe(stream);
    expect(calls[1][0]).toEqual({ text: 'select $1', values: [1], name: 'mine' });
    expect(calls[2][0]).toBe('COMMIT');
  });
});
