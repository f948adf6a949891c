import { describe, expect, it } from 'vitest';
import { auditKey, blindIndex, CryptoError, isSealed, keyIdOf, openRef, sealRef, newKeyRing, open, openBytes, openRecord, parseKeyRing, rotate, seal, sealRecord, sealBytes, sealRecordJson, serializeKeyRing } from './crypto.js';
import { maskValue } from './mask.js';
import { DC01 } from './template.js';

const ring = newKeyRing();

describe('sealing personal data', () => {
  it('round-trips, never shows the plaintext, and differs on every call', () => {
    const a = seal(ring, 'Nguyễn Văn An', 'keying:1');
    const b = seal(ring, 'Nguyễn Văn An', 'keying:1');
    expect(a).not.toBe(b);
    expect(isSealed(a)).toBe(true);
    expect(a).not.toContain('Nguy');
    expect(open(ring, a, 'keying:1')).toBe('Nguyễn Văn An');
  });

  it('refuses a value moved to another place, tampered with, or under an unknown key', () => {
    const a = seal(ring, '001090012345', 'keying:1');
    expect(() => open(ring, a, 'keying:2')).toThrow(CryptoError);
    const parts = a.split('.');
    const body = Buffer.from(parts[3], 'base64url');
    body[0] ^= 1;
    expect(() => open(ring, [...parts.slice(0, 3), body.toString('base64url')].join('.'), 'keying:1')).toThrow(CryptoError);
    expect(() => open(newKeyRing('k9'), a, 'keying:1')).toThrow(/key k1 is not in the key ring/);
  });

  it('seals bytes (a scan) bound to their place, and opens them byte for byte', () => {
    const bytes = Buffer.concat([Buffer.from('<svg>Nguyễn Văn An 001090012345</svg>'), Buffer.from([0, 255, 128])]);
    const a = sealBytes(ring, bytes, 'scan:B1/000001');
    expect(isSealed(a)).toBe(true);
    expect(keyIdOf(a)).toBe(ring.current);
    expect(a).not.toContain('Nguy');
    expect(openBytes(ring, a, 'scan:B1/000001').equals(bytes)).toBe(true);
    expect(() => openBytes(ring, a, 'scan:B1/000002')).toThrow(CryptoError);
  });

  it('seals the sensitive fields of a record as one blob and leaves the others readable', () => {
    const sensitive = new Set(DC01.fields.filter((f) => f.sensitive).map((f) => f.key));
    const stored = sealRecord(ring, { fullName: 'Lê Thị Thủy', citizenId: '001192011111', sex: 'Nữ', nationality: 'Việt Nam' }, sensitive, 'r:5');
    expect(Object.keys(stored).sort()).toEqual(['$sealed', 'nationality', 'sex']);
    expect(JSON.stringify(stored)).not.toContain('Thủy');
    expect(openRecord(ring, stored, 'r:5')).toEqual({ fullName: 'Lê Thị Thủy', citizenId: '001192011111', sex: 'Nữ', nationality: 'Việt Nam' });
  });

  it('stores a record as JSON text holding one sealed blob, opening to the record', () => {
    const cases: Record<string, string | null>[] = [
      { fullName: 'Lê Thị "Thủy" \\ \n', citizenId: '001192011111', sex: 'Nữ', nationality: 'Việt Nam', bloodType: null },
      { fullName: 'Lê Thị Thủy', citizenId: null },
      { sex: 'Nam', ethnicity: 'Kinh' },
      {},
    ];
    for (const [i, values] of cases.entries()) {
      const json = sealRecordJson(ring, `r:${i}`, JSON.stringify(values));
      const stored = JSON.parse(json) as Record<string, string | null>;
      expect(Object.keys(stored)).toEqual(['$sealed']);
      for (const v of Object.values(values)) if (v) expect(json).not.toContain(v);
      expect(json).toBe(JSON.stringify(stored));
      expect(openRecord(ring, stored, `r:${i}`)).toEqual(values);
      expect(() => openRecord(ring, stored, `r:${i + 1}`)).toThrow(CryptoError);
    }
  });

  it('opens the older form too: sealed sensitive fields beside the others in clear', () => {
    const values = { fullName: 'Lê Thị Thủy', citizenId: '001192011111', sex: 'Nữ', nationality: 'Việt Nam' };
    const sensitive = new Set(DC01.fields.filter((f) => f.sensitive).map((f) => f.key));
    const older = sealRecord(ring, values, sensitive, 'r:9');
    expect(older.sex).toBe('Nữ');
    expect(openRecord(ring, older, 'r:9')).toEqual(values);
    // A whole-record blob written beside clear fields (ingest's form for a while) opens the same.
    const both = { sex: 'Nữ', nationality: 'Việt Nam', ...JSON.parse(sealRecordJson(ring, 'r:9', JSON.stringify(values))) };
    expect(openRecord(ring, both, 'r:9')).toEqual(values);
  });

  it('keeps reading old values after a rotation, and seals new ones with the new key', () => {
    const old = seal(ring, 'Trần Văn Bình', 'x');
    const next = rotate(ring);
    expect(next.current).toBe('k2');
    expect(open(next, old, 'x')).toBe('Trần Văn Bình');
    expect(keyIdOf(seal(next, 'y', 'x'))).toBe('k2');
    expect(blindIndex(next, '001090012345')).toBe(blindIndex(ring, '001090012345'));
  });

  it('serializes and parses a key ring, rejecting bad ones with a clear message', () => {
    const back = parseKeyRing(serializeKeyRing(ring));
    expect(open(back, seal(ring, 'a', 'b'), 'b')).toBe('a');
    expect(() => parseKeyRing('{')).toThrow('not valid JSON');
    expect(() => parseKeyRing(JSON.stringify({ current: 'k1', index: Buffer.alloc(32).toString('base64'), keys: { k1: 'c2hvcnQ=' } }))).toThrow('must be 32 bytes');
    expect(() => parseKeyRing(JSON.stringify({ current: 'k2', index: Buffer.alloc(32).toString('base64'), keys: {} }))).toThrow('not in "keys"');
  });

  it('gives a blind index that matches equal IDs only and depends on the key', () => {
    expect(blindIndex(ring, '001090012345')).toBe(blindIndex(ring, '001090012345'));
    expect(blindIndex(ring, '001090012345')).not.toBe(blindIndex(ring, '001090012346'));
    expect(blindIndex(newKeyRing(), '001090012345')).not.toBe(blindIndex(ring, '001090012345'));
  });
});

describe('masking', () => {
  const f = (k: string) => DC01.fields.find((x) => x.key === k)!;
  it('masks names, IDs, dates, addresses; leaves non-sensitive fields alone', () => {
    expect(maskValue(f('fullName'), 'Nguyễn Văn An')).toBe('Nguyễn V** A*');
    expect(maskValue(f('citizenId'), '001090012345')).toBe('001*******45');
    expect(maskValue(f('phone'), '0912345678')).toBe('091*****78');
    expect(maskValue(f('dateOfBirth'), '05/03/1990')).toBe('**/**/1990');
    expect(maskValue(f('permanentAddress'), 'Số 12, phố Hàng Bạc, Hà Nội')).toBe('***, Hà Nội');
    expect(maskValue(f('ethnicity'), 'Kinh')).toBe('***');
    expect(maskValue(f('sex'), 'Nam')).toBe('Nam');
    expect(maskValue(f('fullName'), null)).toBeNull();
  });
});

describe('audit chain key', () => {
  it('is derived from the index key: stable across rotations and reloads, distinct from the index key', () => {
    const k = auditKey(ring);
    expect(k).toHaveLength(32);
    expect(k.equals(ring.indexKey)).toBe(false);
    expect(auditKey(rotate(ring)).equals(k)).toBe(true);
    expect(auditKey(parseKeyRing(serializeKeyRing(ring))).equals(k)).toBe(true);
    expect(auditKey(newKeyRing()).equals(k)).toBe(false);
  });
});

describe('opaque references', () => {
  it('give one reference per id, stable across rotations, that opens to it and tells nothing of the order or parity', () => {
    const refs = [1, 2, 3, 4, 1_000_000].map((id) => sealRef(ring, 'lease', id));
    expect(new Set(refs).size).toBe(5);
    for (const r of refs) expect(r).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(refs.map((r) => openRef(ring, 'lease', r))).toEqual([1, 2, 3, 4, 1_000_000]);
    expect(sealRef(ring, 'lease', 2)).toBe(refs[1]);
    expect(sealRef(rotate(ring), 'lease', 2)).toBe(refs[1]);
    // Nothing shared between neighbours: their references differ in about half their bits.
    const bits = (a: string, b: string) => [...Buffer.from(a, 'base64url')].reduce((n, x, i) => n + [...(x ^ Buffer.from(b, 'base64url')[i]).toString(2)].filter((c) => c === '1').length, 0);
    expect(bits(refs[0], refs[1])).toBeGreaterThan(30);
  });

  it('open to null when forged, altered, under another label or another ring', () => {
    const r = sealRef(ring, 'lease', 7);
    const flipped = Buffer.from(r, 'base64url');
    flipped[3] ^= 1;
    for (const bad of [flipped.toString('base64url'), '7', 'AAAAAAAAAAAAAAAAAAAAAA', `${r}x`, '']) expect(openRef(ring, 'lease', bad)).toBeNull();
    expect(openRef(ring, 'other', r)).toBeNull();
    expect(openRef(newKeyRing(), 'lease', r)).toBeNull();
  });
});
