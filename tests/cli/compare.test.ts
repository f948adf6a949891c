import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { runCompare } from '../../server/src/cli/compare.js';
import { CsvParser } from '../../server/src/cli/compare/csv.js';
import { Utf8ChunkDecoder, firstInvalidUtf8 } from '../../server/src/cli/compare/utf8.js';
import { DC01_FIELD_KEYS } from '../../server/src/domain/template.js';
import { ILLEGIBLE } from '../../server/src/domain/values.js';

class Capture extends Writable {
  text = '';
  isTTY?: boolean;
  columns = 100;
  override _write(chunk: Buffer | string, _enc: BufferEncoding, cb: () => void) {
    this.text += chunk.toString();
    cb();
  }
}

type Rec = Record<string, string | null>;

let dir: string;
let n = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dualkey-compare-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A plausible, valid DC01 record. */
function person(over: Rec = {}): Rec {
  return {
    fullName: 'Nguyễn Văn Hòa',
    dateOfBirth: '05/03/1990',
    sex: 'Nam',
    citizenId: '001090012345',
    birthRegistrationPlace: 'Xã Yên Hòa, Huyện Yên Mô, Tỉnh Ninh Bình',
    hometown: 'Xã Yên Hòa, Huyện Yên Mô, Tỉnh Ninh Bình',
    ethnicity: 'Kinh',
    religion: 'Không',
    nationality: 'Việt Nam',
    permanentAddress: 'Số 12, đường Trần Phú, phường Điện Biên, quận Ba Đình, Thành phố Hà Nội',
    currentAddress: 'Số 12, đường Trần Phú, phường Điện Biên, quận Ba Đình, Thành phố Hà Nội',
    householdHeadName: 'Nguyễn Văn Thủy',
    relationToHead: 'Con',
    ...over,
  };
}

const HEADER = ['formId', ...DC01_FIELD_KEYS];

function csvFile(rows: [string, Rec][], opts: { header?: string[]; name?: string } = {}): string {
  const header = opts.header ?? HEADER;
  const body = rows.map(([id, r]) => header.map((h) => (h === 'formId' ? id : (r[h] ?? ''))));
  const path = join(dir, opts.name ?? `f${++n}.csv`);
  writeFileSync(path, stringify([header, ...body]));
  return path;
}

function ndjsonFile(rows: [string, Rec][], name = `f${++n}.ndjson`): string {
  const path = join(dir, name);
  writeFileSync(path, rows.map(([id, r]) => JSON.stringify({ formId: id, ...r })).join('\n') + '\n');
  return path;
}

function rawFile(content: string | Buffer, name = `f${++n}.csv`): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function run(args: string[], isTTY = false) {
  const stdout = new Capture();
  const stderr = new Capture();
  stderr.isTTY = isTTY;
  const code = await runCompare(args, { stdout, stderr, isTTY });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** Data rows of a CSV report (header dropped), as arrays. */
function reportRows(csv: string): string[][] {
  const rows: string[][] = [];
  const p = new CsvParser((f) => rows.push(f));
  p.push(csv);
  p.end();
  expect(rows[0]).toEqual(['formId', 'field', 'value1', 'value2', 'kind', 'distance']);
  return rows.slice(1);
}

const nfd = (s: string) => s.normalize('NFD');

describe('compare command: agreement', () => {
  it('identical files: exit 0, an empty report and the summary on stderr', async () => {
    const rows: [string, Rec][] = [
      ['F1', person()],
      ['F2', person({ fullName: 'Trần Thị Lan', sex: 'Nữ' })],
    ];
    const r = await run([csvFile(rows), csvFile(rows)]);
    expect(r.stderr).not.toMatch(/^error/m);
    expect(r.code).toBe(0);
    expect(reportRows(r.stdout)).toEqual([]);
    expect(r.stderr).toMatch(/Records compared \(key in both\)\s+2/);
    expect(r.stderr).toMatch(/Records with discrepancies\s+0/);
    expect(r.stderr).toMatch(/Fields compared\s+54/);
  });

  it('NFC vs NFD, old vs new tone placement, case and spacing are not discrepancies', async () => {
    const a = csvFile([
      ['F1', person({ fullName: 'Nguyễn Văn Hòa', hometown: 'Xã Yên Hòa, Tỉnh Ninh Bình', householdHeadName: 'Lê Thủy' })],
      ['F2', person({ fullName: 'Đặng Thị Khỏe' })],
    ]);
    const b = csvFile([
      ['F2', person({ fullName: nfd('Đặng Thị Khoẻ') })],
      ['F1', person({ fullName: nfd('Nguyễn Văn Hoà'), hometown: 'xã Yên Hoà ,  Tỉnh Ninh Bình', householdHeadName: 'LÊ THUỶ' })],
    ]);
    const r = await run([a, b]);
    expect(reportRows(r.stdout)).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('NDJSON input, detected by extension and by content; null, "" and the ILLEGIBLE marker pass through', async () => {
    const rows: [string, Rec][] = [
      ['F1', person({ phone: null, otherName: '', bloodType: ILLEGIBLE })],
      ['F2', person()],
    ];
    const a = ndjsonFile(rows);
    const b = ndjsonFile([...rows].reverse(), `f${++n}.txt`);
    const r = await run([a, b]);
    expect(r.stderr).not.toMatch(/^error/m);
    expect(r.code).toBe(0);
    // NDJSON against CSV: an empty cell is null, the marker is the same value.
    const c = csvFile(rows);
    expect((await run([a, c])).code).toBe(0);
  });

  it('a BOM, CRLF line ends and quoted fields are read as RFC 4180 says', async () => {
    const fields = HEADER.join(',');
    const line = (id: string, name: string) =>
      HEADER.map((h) => (h === 'formId' ? id : h === 'fullName' ? name : h === 'permanentAddress' ? '"Số 1, ""A"",\r\nHà Nội"' : '')).join(',');
    const a = rawFile('\uFEFF' + [fields, line('F1', 'An'), line('F2', '"Bình"')].join('\r\n') + '\r\n');
    const b = rawFile([fields, line('F2', 'Bình'), line('F1', 'An')].join('\n'));
    const r = await run([a, b]);
    expect(r.stderr).not.toMatch(/^error/m);
    expect(r.code).toBe(0);
  });
});

describe('compare command: discrepancies', () => {
  it('Nguyễn vs Nguyen is one DIACRITIC discrepancy; exit 1', async () => {
    const a = csvFile([['F1', person({ fullName: 'Nguyễn Văn An' })]]);
    const b = csvFile([['F1', person({ fullName: 'Nguyen Văn An' })]]);
    const r = await run([a, b]);
    expect(r.code).toBe(1);
    expect(reportRows(r.stdout)).toEqual([['F1', 'fullName', 'Nguyễn Văn An', 'Nguyen Văn An', 'DIACRITIC', '1']]);
    expect(r.stderr).toMatch(/Records with discrepancies\s+1\s+\(100\.00% of records compared\)/);
    expect(r.stderr).toMatch(/fullName\s+1\s+100\.00%/);
  });

  it('records in one file only are reported, not dropped', async () => {
    const a = csvFile([
      ['F1', person()],
      ['F2', person()],
    ]);
    const b = csvFile([
      ['F3', person()],
      ['F1', person()],
    ]);
    const r = await run([a, b]);
    expect(r.code).toBe(1);
    expect(reportRows(r.stdout)).toEqual([
      ['F2', '', '', '', 'ONLY_IN_FIRST', ''],
      ['F3', '', '', '', 'ONLY_IN_SECOND', ''],
    ]);
    expect(r.stderr).toMatch(/Records only in first file\s+1/);
    expect(r.stderr).toMatch(/Records only in second file\s+1/);
    expect(r.stderr).toMatch(/Records compared \(key in both\)\s+1/);
  });

  it('values with commas, quotes and line breaks are quoted in the CSV report', async () => {
    const a = csvFile([['K,1', person({ permanentAddress: 'Số "5", ngõ 3\nHà Nội' })]]);
    const b = csvFile([['K,1', person({ permanentAddress: 'Số "6", ngõ 3\nHà Nội' })]]);
    const r = await run([a, b]);
    expect(reportRows(r.stdout)).toEqual([['K,1', 'permanentAddress', 'Số "5", ngõ 3\nHà Nội', 'Số "6", ngõ 3\nHà Nội', 'SUBSTITUTION', '1']]);
  });

  it('--out report.json: a JSON document with the rows and the summary; the summary text on stdout', async () => {
    const a = csvFile([
      ['F1', person({ fullName: 'Nguyễn Văn An', dateOfBirth: '05/03/1990' })],
      ['F2', person()],
    ]);
    const b = csvFile([
      ['F1', person({ fullName: 'Nguyen Văn An', dateOfBirth: '03/05/1990' })],
      ['F4', person()],
    ]);
    const out = join(dir, 'report.json');
    const r = await run([a, b, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Records compared \(key in both\)\s+1/);
    // It says where the report went, by its full path, and how much is in it.
    expect(r.stdout).toContain(`Report: ${out} (4 rows, JSON)`);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(doc).toEqual({
      first: a,
      second: b,
      key: 'formId',
      template: 'dc01',
      discrepancies: [
        { formId: 'F1', field: 'fullName', value1: 'Nguyễn Văn An', value2: 'Nguyen Văn An', kind: 'DIACRITIC', distance: 1 },
        { formId: 'F1', field: 'dateOfBirth', value1: '05/03/1990', value2: '03/05/1990', kind: 'DAY_MONTH_SWAP', distance: 2 },
        { formId: 'F2', field: null, value1: null, value2: null, kind: 'ONLY_IN_FIRST', distance: null },
        { formId: 'F4', field: null, value1: null, value2: null, kind: 'ONLY_IN_SECOND', distance: null },
      ],
      summary: {
        template: 'dc01',
        templateVersion: 1,
        recordsFirst: 2,
        recordsSecond: 2,
        recordsCompared: 1,
        onlyInFirst: 1,
        onlyInSecond: 1,
        recordsWithDiscrepancies: 1,
        fieldsCompared: DC01_FIELD_KEYS.length,
        discrepancies: 2,
        perField: { fullName: { count: 1, percentOfRecords: 100 }, dateOfBirth: { count: 1, percentOfRecords: 100 } },
        perKind: { DIACRITIC: 1, DAY_MONTH_SWAP: 1 },
      },
    });
    expect(readdirSync(dir).some((f) => f.endsWith('.partial'))).toBe(false);
  });

  it('an empty comparison still writes valid JSON', async () => {
    const a = csvFile([['F1', person()]]);
    const out = join(dir, 'empty.json');
    expect((await run([a, a, '--out', out])).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).discrepancies).toEqual([]);
  });

  it('unsorted files larger than a sort chunk (many runs, multi-pass merge) give the same report', async () => {
    const ids = Array.from({ length: 60 }, (_, i) => `F${String(i).padStart(3, '0')}`);
    const shuffle = <T>(xs: T[], seed: number) => xs.map((x, i) => [((i + 1) * seed) % 61, x] as const).sort((p, q) => p[0] - q[0]).map((p) => p[1]);
    const a = csvFile(shuffle(ids, 7).map((id, i) => [id, person({ fullName: i % 5 ? 'Phạm Minh Tuấn' : 'Phạm Minh Tuân' })] as [string, Rec]));
    const b = csvFile(shuffle(ids.slice(3), 13).map((id) => [id, person({ fullName: 'Phạm Minh Tuấn' })] as [string, Rec]));
    const one = await run([a, b]);
    const many = await run([a, b, '--chunk-rows', '4', '--fan-in', '3']);
    expect(one.code).toBe(1);
    expect(many.stdout).toBe(one.stdout);
    expect(many.code).toBe(1);
    const rows = reportRows(one.stdout);
    expect(rows.map((r) => r[0])).toEqual([...rows.map((r) => r[0])].sort());
    expect(rows.filter((r) => r[4] === 'ONLY_IN_FIRST')).toHaveLength(3);
  });
});

describe('compare command: bad input is a one-line error and exit code 2', () => {
  const expectError = (r: { code: number; stdout: string; stderr: string }, re: RegExp) => {
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: /);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(re);
  };

  it('duplicate key in one file names both lines (same chunk and across sort runs)', async () => {
    const a = csvFile([
      ['F1', person()],
      ['F2', person()],
      ['F3', person()],
      ['F2', person()],
    ]);
    const b = csvFile([['F1', person()]]);
    expectError(await run([a, b]), /first file .*: duplicate key "F2" on lines 3 and 5/);
    expectError(await run([b, a, '--chunk-rows', '1']), /second file .*: duplicate key "F2" on lines 3 and 5/);
  });

  it('a column that is not a template field is named, with the file', async () => {
    const a = csvFile([['F1', person()]], { header: [...HEADER, 'favouriteColour'] });
    expectError(await run([a, a]), new RegExp(`${a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: column "favouriteColour" is not a field of template dc01`));
    const j = rawFile(JSON.stringify({ formId: 'F1', nickname: 'Bé' }) + '\n', 'x.ndjson');
    expectError(await run([j, j]), /line 1: "nickname" is not a field of template dc01/);
  });

  it('a missing key column', async () => {
    const a = csvFile([['F1', person()]], { header: HEADER.slice(1) });
    expectError(await run([a, a]), /no key column "formId"/);
    expectError(await run([csvFile([['F1', person()]]), a, '--key', 'batchId']), /first file .*no key column "batchId"/);
  });

  it('malformed CSV names the line', async () => {
    const good = csvFile([['F1', person()]]);
    const lines = readFileSync(good, 'utf8').split('\n');
    const bad = rawFile([lines[0], lines[1], lines[1]!.replace('F1', 'F"2'), ''].join('\n'));
    expectError(await run([good, bad]), /second file .*: malformed CSV on line 3: quote inside unquoted field 1/);
    const short = rawFile([lines[0], lines[1], 'F3,Lan', ''].join('\n'));
    expectError(await run([short, good]), /malformed CSV on line 3: 2 fields where the header has 28/);
    const unclosed = rawFile([lines[0], lines[1], 'F4,"Lan', 'x', ''].join('\n'));
    expectError(await run([unclosed, good]), /malformed CSV on line 3: quoted field is never closed/);
  });

  it('invalid UTF-8 bytes name the line', async () => {
    const good = csvFile([['F1', person()]]);
    const text = readFileSync(good);
    const latin1 = Buffer.concat([text, Buffer.from('F2,Nguy'), Buffer.from([0xea, 0x6e]), Buffer.from(',' + ','.repeat(DC01_FIELD_KEYS.length - 1) + '\n')]);
    expectError(await run([good, rawFile(latin1)]), /second file .*: invalid UTF-8 byte sequence on line 3/);
    const truncated = Buffer.concat([text, Buffer.from([0xe1, 0xbb])]);
    expectError(await run([rawFile(truncated), good]), /truncated UTF-8 character/);
  });

  it('a missing file, a directory, an empty file, bad arguments', async () => {
    const good = csvFile([['F1', person()]]);
    expectError(await run([good, join(dir, 'nope.csv')]), /second file not found: .*nope\.csv/);
    expectError(await run([dir, good]), /is a directory/);
    expectError(await run([rawFile(''), good]), /is empty/);
    expectError(await run([good]), /expected two files/);
    expectError(await run([good, good, '--template', 'dc99']), /unknown template "dc99"/);
    expectError(await run([good, good, '--out', join(dir, 'r.xlsx')]), /unknown report format/);
    expectError(await run([good, good, '--bogus']), /bogus/);
  });
});

describe('progress bar', () => {
  it('is not drawn when stderr is not a terminal', async () => {
    const a = csvFile([['F1', person()]]);
    const r = await run([a, a], false);
    expect(r.stderr.startsWith('Double-entry comparison')).toBe(true);
    expect(r.stderr).not.toMatch(/\u001b\[|sorting|comparing/);
  });

  it('is drawn on a terminal and cleared before the summary', async () => {
    const a = csvFile([['F1', person()]]);
    const r = await run([a, a], true);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/sorting first|comparing/);
    expect(r.stderr).toMatch(/Records compared/);
    expect(r.stderr).toContain('Report: standard output (0 rows, CSV)');
  });

  it('counts what the summary counts: records by key, not the records of both files', async () => {
    const rows: [string, Rec][] = [1, 2, 3].map((i) => [`F${i}`, person()]);
    const out = join(dir, 'progress.csv');
    const r = await run([csvFile(rows), csvFile([...rows, ['F4', person()]]), '--out', out], true);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Records compared \(key in both\)\s+3/);
    // 4 keys in all (3 pairs, 1 only in the second file): never 7 (3 + 4 records read).
    const comparing = r.stderr.split(/[\r\n]|\u001b\[[0-9;?]*[A-Za-z]/).filter((l) => l.startsWith('comparing'));
    expect(comparing.length).toBeGreaterThan(0);
    expect(comparing.at(-1)).toMatch(/\b4\/4 records/);
    for (const l of comparing) expect(l).not.toMatch(/\/7 records/);
  });
});

describe('CSV parser and UTF-8 decoder', () => {
  it('parses whatever csv-stringify writes, however the input is split into chunks', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom('a', 'ễ', ',', '"', '\n', '\r\n', ' ', 'Đ') }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((w) => fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 8 })),
        fc.array(fc.nat(), { maxLength: 6 }),
        (records, cuts) => {
          // A record of one empty field is an empty line, which the parser skips: quote it.
          const text = stringify(records, { quoted_match: /^$/ });
          const out: string[][] = [];
          const p = new CsvParser((f) => out.push(f));
          const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((x, y) => x - y);
          let prev = 0;
          for (const c of [...at, text.length]) {
            p.push(text.slice(prev, c));
            prev = c;
          }
          p.end();
          expect(out).toEqual(records);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives each record the line it starts on', () => {
    const seen: [string, number][] = [];
    const p = new CsvParser((f, line) => seen.push([f[0]!, line]));
    p.push('a,b\n\n"x\ny",1\r\nz,2');
    p.end();
    expect(seen).toEqual([
      ['a', 1],
      ['x\ny', 3],
      ['z', 5],
    ]);
  });

  it('finds the line of an invalid byte even when a character is split across chunks', () => {
    const bytes = Buffer.from('một\nhai\nba ễ\n', 'utf8');
    const e = bytes.indexOf(Buffer.from('ễ'));
    const d = new Utf8ChunkDecoder('f');
    expect(d.decode(bytes.subarray(0, e + 1)) + d.decode(bytes.subarray(e + 1)) + d.end()).toBe('một\nhai\nba ễ\n');
    const bad = Buffer.concat([bytes.subarray(0, e + 1), Buffer.from([0x41])]);
    const d2 = new Utf8ChunkDecoder('f');
    expect(() => {
      d2.decode(bad.subarray(0, e));
      d2.decode(bad.subarray(e));
    }).toThrow(/line 3/);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xed, 0xa0, 0x80]))).toBe(1); // a surrogate
    expect(firstInvalidUtf8(Buffer.from([0xc0, 0x80]))).toBe(0); // overlong
    expect(firstInvalidUtf8(Buffer.from('Nguyễn', 'utf8'))).toBe(-1);
  });
});

const mainTs = join(process.cwd(), 'server/src/cli/main.ts');
const wired = readFileSync(mainTs, 'utf8').includes('compare');

describe('the real command', () => {
  it.skipIf(!wired)('npm run cli -- compare: report on stdout, summary on stderr, exit 1, no progress bar when piped', () => {
    const a = csvFile([
      ['F1', person({ fullName: 'Nguyễn Văn An' })],
      ['F2', person()],
    ]);
    const b = ndjsonFile([
      ['F2', person()],
      ['F1', person({ fullName: 'Nguyen Văn An' })],
    ]);
    const r = spawnSync(process.execPath, ['--import', '@swc-node/register/esm-register', mainTs, 'compare', a, b], {
      cwd: process.cwd(),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.stderr).not.toMatch(/^error/m);
    expect(r.status).toBe(1);
    expect(reportRows(r.stdout)).toEqual([['F1', 'fullName', 'Nguyễn Văn An', 'Nguyen Văn An', 'DIACRITIC', '1']]);
    expect(r.stderr).toMatch(/^Double-entry comparison/);
    expect(r.stderr).toMatch(/Records compared \(key in both\)\s+2/);

    const bad = spawnSync(process.execPath, ['--import', '@swc-node/register/esm-register', mainTs, 'compare', a, join(dir, 'missing.csv')], {
      cwd: process.cwd(),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^error: second file not found/);
  });
});
