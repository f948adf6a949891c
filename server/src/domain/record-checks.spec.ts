import { describe, expect, it } from 'vitest';
import { checkRecord, findingsByField } from './record-checks.js';
import { redactNote } from './rules.js';
import { DC01 } from './template.js';

const person = (o: Record<string, string | null> = {}) => ({
  fullName: 'Nguyễn Văn An', dateOfBirth: '05/03/1990', sex: 'Nam', citizenId: '001090012345', ethnicity: 'Kinh', religion: 'Không', nationality: 'Việt Nam',
  birthRegistrationPlace: 'Phường Hàng Bạc, Quận Hoàn Kiếm, Thành phố Hà Nội', hometown: 'Xã Hòa Bình, Huyện Thường Tín, Hà Nội',
  permanentAddress: 'Số 12, ngõ 45, phố Hàng Bạc, Phường Hàng Bạc, Quận Hoàn Kiếm, Hà Nội', currentAddress: 'Số 3, Phường Láng Hạ, Q. Đống Đa, TP. Hà Nội',
  householdHeadName: 'Nguyễn Văn Bình', relationToHead: 'Con', ...o,
});

describe('checkRecord', () => {
  it('passes a record whose places are official units, abbreviated or not', () => {
    expect(checkRecord(DC01, person())).toEqual([]);
  });

  it('raises REFERENCE on a place that names no official unit, naming the field and level, never the value', () => {
    const f = checkRecord(DC01, person({ hometown: 'Xã Hòa Bính, Huyện Thường Tín, Hà Nội' }));
    expect(f).toEqual([{ kind: 'REFERENCE', check: 'place.UNKNOWN_COMMUNE', field: 'hometown', message: 'hometown: the commune matches no official commune, ward or township' }]);
    expect(JSON.stringify(f)).not.toContain('Bính');
  });

  it('raises SPELLING on a name no Vietnamese word can be, and leaves minority and foreign names alone', () => {
    const f = checkRecord(DC01, person({ fullName: 'Nguyeenx Văn An', fatherName: 'Trầnh Văn Bình' }));
    expect(f.map((x) => [x.kind, x.field, x.check])).toEqual([
      ['SPELLING', 'fullName', 'text.INPUT_METHOD_LEFTOVER'],
      ['SPELLING', 'fatherName', 'text.NOT_A_SYLLABLE'],
    ]);
    expect(JSON.stringify(f)).not.toMatch(/Nguyeenx|Trầnh/);
    // Cyrillic а in a Latin name.
    expect(checkRecord(DC01, person({ motherName: 'Trần Thị Hо\u0430' })).map((x) => x.check)).toEqual(['text.FOREIGN_SCRIPT']);
    for (const name of ['Ksor H\'Bia', 'Rơ Mah Thị Hoa', 'Giàng A Páo', 'Thạch Sô Phia', 'John Smith']) {
      expect(checkRecord(DC01, person({ fullName: name, householdHeadName: name })), name).toEqual([]);
    }
  });

  it('judges only the fields it is allowed to (at ingest: the agreed ones)', () => {
    const values = person({ hometown: 'Xã Không Có, Huyện Thường Tín, Hà Nội', sex: 'Nữ' });
    expect(checkRecord(DC01, values).map((x) => x.field).sort()).toEqual(['citizenId', 'hometown', 'sex']);
    expect(checkRecord(DC01, values, { judged: (k) => k !== 'hometown' && k !== 'sex' })).toEqual([]);
  });

  it('writes notes that a masked viewer may read unchanged', () => {
    const bad = person({ fullName: 'Nguyeenx Vawn An', motherName: 'Hòá Thị Lan', hometown: 'Xã Không Có, Huyện Thường Tín, Hà Nội', permanentAddress: 'Số 1, Phường Láng Hạ, Quận Hoàn Kiếm, Hà Nội', currentAddress: 'Số 1, Hà Nội', birthRegistrationPlace: 'Huyện Đống Đa, Hà Nội' });
    const notes = [...findingsByField(checkRecord(DC01, bad)).values()].map((x) => x.note);
    expect(notes.length).toBeGreaterThanOrEqual(5);
    for (const note of notes) expect(redactNote(note)).toBe(note);
  });

  it('one entry per field, messages joined once', () => {
    const m = findingsByField([
      { kind: 'RULE', check: 'a', field: 'x', message: 'x: one' },
      { kind: 'REFERENCE', check: 'b', field: 'x', message: 'x: two' },
      { kind: 'RULE', check: 'a', field: 'x', message: 'x: one' },
    ]);
    expect([...m]).toEqual([['x', { kind: 'RULE', note: 'x: one; x: two', checks: ['a', 'b'] }]]);
  });
});
