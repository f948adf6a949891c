import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeMaskedDifference, maskedEditDistance, type MaskedCell, type MaskedDifference } from './masked-diff.js';
import { maskValue } from './mask.js';
import { ILLEGIBLE } from './values.js';
import { F } from './values.fixtures.js';

const cid = F('citizenId');
const phone = F('phone');
const name = F('fullName');
const dob = F('dateOfBirth');
const addr = F('permanentAddress');
const ethnicity = F('ethnicity');

const md = (field = cid, a: string | null, b: string | null, kind = 'OTHER', distance = 1) => describeMaskedDifference(field, a, b, { kind, distance })!;
const text = (cells: MaskedCell[]) => cells.map((c) => c.text).join('');
/** The cells as one string: flagged cells in [], gaps as ^ (D diff, M mark, C case). */
const show = (cells: MaskedCell[]) => cells.map((c) => (c.change === 'SAME' ? c.text : c.change === 'GAP' ? '^' : `[${c.change[0]}${c.text}]`)).join('');
const both = (d: MaskedDifference) => [show(d.first.cells), show(d.second.cells)];

describe('describeMaskedDifference', () => {
  it('flags the hidden digit that differs, so two equal masks no longer read the same', () => {
    const d = md(phone, '0781234504', '0781284504', 'SUBSTITUTION', 1);
    expect(text(d.first.cells)).toBe('078*****04');
    expect(text(d.second.cells)).toBe('078*****04');
    expect(both(d)).toEqual(['078**[D*]**04', '078**[D*]**04']);
    expect(d.first.changedAt).toEqual([6]);
    expect(d.editDistance).toBe(1);
  });

  it('shows a transposition at both positions and a missing digit as a gap', () => {
    const t = md(cid, '001090012345', '001090021345', 'TRANSPOSITION', 2);
    expect(both(t)).toEqual(['001****[D*][D*]*45', '001****[D*][D*]*45']);
    expect(t.first.changedAt).toEqual([8, 9]);
    const d = md(cid, '001090012345', '00109012345', 'OMISSION_INSERTION', 1);
    expect(both(d)).toEqual(['001***[D*]***45', '001***^***45']);
    expect(d.second.changedAt).toEqual([7]);
  });

  it('gives the same answer for different values with the same difference: nothing to reconstruct', () => {
    const a = md(cid, '001090012345', '001090019345');
    const b = md(cid, '001777756345', '001777751345');
    expect(a).toEqual(b);
    const n1 = md(name, 'Trần Thị Hoa', 'Trần Thị Hòa');
    const n2 = md(name, 'Trần Thu Hoa', 'Trần Thu Hòa');
    expect(n1).toEqual(n2);
  });

  it('names: a tone or diacritic on a hidden letter is a MARK; the family name is shown as masked', () => {
    expect(both(md(name, 'Nguyễn Văn An', 'Nguyễn Vân An', 'DIACRITIC', 1))).toEqual(['Nguyễn V[M*]* A*', 'Nguyễn V[M*]* A*']);
    expect(both(md(name, 'Nguyễn Văn An', 'Nguyễn Văn Ân', 'DIACRITIC', 1))).toEqual(['Nguyễn V** [MA]*', 'Nguyễn V** [MÂ]*']);
  });

  it('names: a one-letter given name looks like a two-letter one (its padding is flagged like the letter)', () => {
    const omitted = md(name, 'Lê Văn A', 'Lê Văn An', 'OMISSION_INSERTION', 1);
    const swapped = md(name, 'Lê Văn Ab', 'Lê Văn An', 'SUBSTITUTION', 1);
    expect(both(omitted)).toEqual(['Lê V** A[D*]', 'Lê V** A[D*]']);
    expect(both(swapped)).toEqual(both(omitted));
    // A tone on the second letter of a two-letter word is not told apart either.
    expect(both(md(name, 'Lê Văn Ai', 'Lê Văn Aí', 'DIACRITIC', 1))).toEqual(['Lê V** A[D*]', 'Lê V** A[D*]']);
    // Unchanged ends stay unflagged on both sides.
    expect(both(md(name, 'Lê Văn A', 'Lê Vân A'))).toEqual(['Lê V[M*]* A*', 'Lê V[M*]* A*']);
  });

  it('dates: only the day or month group, never its digits', () => {
    const d = md(dob, '05/03/1990', '06/03/1990', 'SUBSTITUTION', 1);
    expect(both(d)).toEqual(['[D**]/**/1990', '[D**]/**/1990']);
    expect(both(md(dob, '05/03/1990', '03/05/1990', 'DAY_MONTH_SWAP', 2))).toEqual(['[D**]/[D**]/1990', '[D**]/[D**]/1990']);
    expect(both(md(dob, '05/03/1990', '05/03/1991'))).toEqual(['**/**/199[D0]', '**/**/199[D1]']);
  });

  it('addresses: the hidden part differs as a whole; the province (shown anyway) by character', () => {
    const d = md(addr, '12 Lê Lợi, Phường Bến Nghé, Hồ Chí Minh', '12 Lê Lợi, Phường Bến Nghe, Hồ Chí Minh', 'DIACRITIC', 1);
    expect(both(d)).toEqual(['[M***], Hồ Chí Minh', '[M***], Hồ Chí Minh']);
    expect(d.first.changedAt).toEqual([1]);
    expect(both(md(addr, '1 A, Hà Nội', '1 A, Hà Nam'))[0]).toBe('***, Hà N[Dộ][Di]');
  });

  it('other sensitive text: one cell for the whole value', () => {
    expect(both(md(ethnicity, 'Kinh', 'Tày'))).toEqual(['[D***]', '[D***]']);
    expect(both(md(ethnicity, 'Kinh', 'KINH'))).toEqual(['[C***]', '[C***]']);
  });

  it('missing or illegible: the present side differs as a whole, the distance is withheld', () => {
    const d = md(phone, '0912345678', null, 'MISSING', 10);
    expect(both(d)).toEqual(['[D0][D9][D1][D*][D*][D*][D*][D*][D7][D8]', '']);
    expect(d.editDistance).toBeNull();
    expect(both(md(addr, ILLEGIBLE, '1 A, Hà Nội', 'ILLEGIBLE', 11))).toEqual([`[D${ILLEGIBLE}]`, '[D***][D, ][DH][Dà][D ][DN][Dộ][Di]']);
  });

  it('is null for fields that are not sensitive (they are shown in clear)', () => {
    expect(describeMaskedDifference(F('sex'), 'Nam', 'Nữ', { kind: 'OTHER', distance: 2 })).toBeNull();
  });

  it('cell texts are exactly the masks, whatever the values (no hidden character is ever sent)', () => {
    const digits = fc.string({ unit: fc.constantFrom(...'0123456789 '), maxLength: 14 });
    const words = fc.array(fc.string({ unit: fc.constantFrom(...'aăâbđeêiơưyAĐÊ'), minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
    const place = fc.array(fc.string({ unit: fc.constantFrom(...'ab ĐơH1'), minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 }).map((p) => p.join(', '));
    const date = fc.oneof(fc.constantFrom('05/03/1990', '5/3/1990', '03/1990', '1990', '31/02/1990', 'x'), fc.string({ unit: fc.constantFrom(...'0123/'), maxLength: 10 }));
    const cases = [
      [cid, digits],
      [phone, digits],
      [name, words],
      [dob, date],
      [addr, place],
      [ethnicity, words],
    ] as const;
    for (const [field, arb] of cases) {
      fc.assert(
        fc.property(arb, arb, (a, b) => {
          const d = describeMaskedDifference(field, a, b, { kind: 'OTHER', distance: 1 })!;
          expect(text(d.first.cells)).toBe(maskValue(field, a.normalize('NFC')));
          expect(text(d.second.cells)).toBe(maskValue(field, b.normalize('NFC')));
          // Digits that differ are drawn differently, even under identical masks.
          if ((field === cid || field === phone) && a.replace(/\D/g, '') !== b.replace(/\D/g, '')) {
            expect([...d.first.cells, ...d.second.cells].some((c) => c.change !== 'SAME')).toBe(true);
          }
        }),
        { numRuns: 300 },
      );
    }
  });
});

describe('maskedEditDistance', () => {
  it('keeps the distance where the mask shows lengths, withholds it where it would tell one', () => {
    expect(maskedEditDistance(cid, 'TRANSPOSITION', 2)).toBe(2);
    expect(maskedEditDistance(name, 'OTHER', 5)).toBe(5);
    expect(maskedEditDistance(cid, 'MISSING', 12)).toBeNull();
    expect(maskedEditDistance(addr, 'SUBSTITUTION', 2)).toBe(2);
    expect(maskedEditDistance(addr, 'OTHER', 14)).toBeNull();
    expect(maskedEditDistance(dob, 'ILLEGIBLE', 10)).toBeNull();
    expect(maskedEditDistance(F('sex'), 'MISSING', 3)).toBe(3);
  });
});
