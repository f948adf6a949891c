import { describe, expect, it } from 'vitest';
// Only this spec reads the server's rule, to keep the dashboard's copy of it honest.
import { defuseFormula as serverDefuse } from '../../../server/src/domain/csv';
import { defuseFormula, toCsv } from './csv';

describe('dashboard CSV writer', () => {
  it('defuses exactly what the server defuses', () => {
    for (const s of ['=1+1', '+33', '-2', '@SUM(A1)', '\tx', '\rx', 'a=b', "'=x", '', 'Nguyễn', ' =x']) {
      expect(defuseFormula(s)).toBe(serverDefuse(s));
    }
  });

  it('writes formula-like text as text, numbers as numbers, and quotes what needs it', () => {
    const csv = toCsv(['name', 'n', 'note'], [['=HYPERLINK("http://x")', -5, 'a,b'], ['@cmd', 0, null]]);
    expect(csv.split('\r\n')).toEqual(['name,n,note', `"'=HYPERLINK(""http://x"")",-5,"a,b"`, "'@cmd,0,"]);
  });
});
