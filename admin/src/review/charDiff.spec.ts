import { describe, expect, it } from 'vitest';
import { baseLetter, charDiff, marksOf } from './charDiff';

const render = (segs: { text: string; kind: string }[]) => segs.map((s) => (s.kind === 'same' ? s.text : s.kind === 'mark' ? `{${s.text}}` : `[${s.text}]`)).join('');

describe('charDiff', () => {
  it('marks a tone difference as a diacritic change, not a substitution', () => {
    const d = charDiff('Phan Văn Tàm', 'Phan Văn Tám');
    expect(render(d.a)).toBe('Phan Văn T{à}m');
    expect(render(d.b)).toBe('Phan Văn T{á}m');
    expect(d.a.find((s) => s.kind === 'mark')?.other).toBe('á');
  });

  it('compares in NFC, so decomposed input equals precomposed input', () => {
    const d = charDiff('Nguyễn', 'Nguye\u0302\u0303n');
    expect(d.a.every((s) => s.kind === 'same')).toBe(true);
  });

  it('treats a missing tone mark and d/đ as diacritic differences', () => {
    expect(render(charDiff('Trần Thị Trang', 'Trần Thi Trang').b)).toBe('Trần Th{i} Trang');
    expect(render(charDiff('Đức', 'Dức').b)).toBe('{D}ức');
  });

  it('marks substitutions, insertions and omissions', () => {
    expect(render(charDiff('092194156334', '092194056334').b)).toBe('092194[0]56334');
    const o = charDiff('phường Hưng Lợi', 'phưng Hưng Lợi');
    expect(render(o.a)).toBe('phư[ờ]ng Hưng Lợi');
    expect(render(o.b)).toBe('phưng Hưng Lợi');
  });

  it('handles empty values', () => {
    expect(render(charDiff(null, 'abc').b)).toBe('[abc]');
    expect(charDiff('abc', '').b).toEqual([]);
  });

  it('knows the base letter and the marks of Vietnamese letters', () => {
    expect(baseLetter('ấ')).toBe('a');
    expect(baseLetter('Ợ')).toBe('O');
    expect(marksOf('ậ')).toEqual(['dot', 'circumflex']);
    expect(marksOf('ơ')).toEqual(['horn']);
  });
});
