import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { runCompare } from '../../server/src/cli/compare.js';
import { DC01_FIELD_KEYS } from '../../server/src/domain/template.js';
import { exec } from '../../server/src/services/sql.js';
import { CREATE_BATCH, person } from '../helpers/fixtures.js';
import { dbKinds, startTestApp, type TestApp } from '../helpers/test-app.js';
import { INVARIANTS } from '../helpers/scale.js';
import { graphql } from '../gql/index.js';

/**
 * Bad input at volume: generated malformed and hostile keyings through the real HTTP endpoint,
 * and malformed files through the compare command. Never a crash, never a 500, never a partial
 * write, and always an error a person can read.
 */

/** Strings people and attackers send: control characters, bidi marks, surrogates, emoji, injections, huge. */
const NASTY = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u0007',
  '\u001b[31m',
  '\u202Eevil\u202C',
  '\u200F',
  '\u200E',
  '\u2066x\u2069',
  '\uFEFF',
  '\uD800',
  'x\uDFFF',
  '\u00AD',
  '👨‍👩‍👧‍👦',
  '🇻🇳',
  'Nguyễn Văn An',
  'Nguye\u0302\u0303n',
  "'; drop table keying; --",
  '" or 1=1 --',
  '<script>alert(1)</script>',
  '${7*7}',
  '{{7*7}}',
  '../../etc/passwd',
  '%00',
  '\r\n',
  '\t',
  'null',
  '__proto__',
  'constructor',
  '𝕹𝖌𝖚𝖞𝖊𝖓',
  'a'.repeat(10_000),
  'ễ'.repeat(3_000),
  '9'.repeat(400),
  '-1',
  '1e309',
];

/** Refused for the whole request by the endpoint's text guard (control, bidi, unpaired surrogate). */
const REFUSED_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069\u200e\u200f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Hostile but printable: these get past the request guard and reach the per-keying checks. */
const printable = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY.filter((x) => !REFUSED_TEXT.test(x))) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }).filter((x) => !REFUSED_TEXT.test(x)) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }).filter((x) => !REFUSED_TEXT.test(x)) },
);
const nasty = fc.oneof(
  { weight: 6, arbitrary: printable },
  { weight: 1, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
);
const anyJson = fc.jsonValue({ maxDepth: 3 });
const nastyOrAny = fc.oneof({ weight: 3, arbitrary: nasty }, { weight: 1, arbitrary: anyJson });
const dateish = fc.oneof(
  fc.constant('2026-11-02T08:03:10.000Z'),
  fc.date({ noInvalidDate: true, min: new Date(-8.64e15), max: new Date(8.64e15) }).map((d) => d.toISOString()),
  fc.constantFrom('2026-13-45T00:00:00Z', 'yesterday', '9999-12-31T23:59:59Z', '0000-01-01T00:00:00Z', '+275760-09-13T00:00:00.000Z', '2026-11-02', '2026-11-02T25:61:00Z', '2026-02-30T00:00:00Z'),
  fc.integer(),
  nastyOrAny,
);
const passish = fc.oneof(fc.constantFrom(1, 2, 3), fc.integer({ min: -5, max: 10 }), fc.double(), fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 1), nastyOrAny);
const KEYS = [...DC01_FIELD_KEYS];
const valuesish = fc.oneof(
  // A plausible record with a few fields replaced by hostile values (or removed, or unknown ones added).
  fc
    .tuple(fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), nasty), fc.oneof(nastyOrAny, fc.constant(null)), { maxKeys: 4 }), fc.subarray(KEYS, { maxLength: 3 }))
    .map(([over, drop]) => {
      const v: Record<string, unknown> = { ...person() };
      for (const k of drop) delete v[k];
      // defineProperty: a generated "__proto__" key must become a real key, not a prototype.
      for (const [k, x] of Object.entries(over)) Object.defineProperty(v, k, { value: x, enumerable: true, writable: true, configurable: true });
      return v;
    }),
  fc.dictionary(nasty, nastyOrAny, { maxKeys: 6 }),
  anyJson,
);

/** A keying: a valid one with one or two fields made hostile, missing, or of the wrong type, sometimes unknown fields. */
const FIELD_ARBS = {
        idempotencyKey: nastyOrAny,
        batchCode: fc.oneof(fc.constantFrom('FZ1', 'NOPE'), nastyOrAny),
        formNumber: fc.oneof(fc.constantFrom('F1', 'F2', 'F3'), nastyOrAny),
        pass: passish,
        keyerCode: fc.oneof(fc.constantFrom('KT1', 'KT2'), nastyOrAny),
        stationCode: nastyOrAny,
        startedAt: dateish,
        submittedAt: dateish,
        values: valuesish,
        illegibleFields: fc.oneof(fc.array(fc.oneof(fc.constantFrom(...KEYS), nasty), { maxLength: 4 }), nastyOrAny),
        imageRef: nastyOrAny,
};
type FieldName = keyof typeof FIELD_ARBS;
const FIELD_NAMES = Object.keys(FIELD_ARBS) as FieldName[];
/** Mostly strings where strings belong (so the per-keying checks are reached), sometimes anything. */
const fieldValue = (f: FieldName) => (f === 'values' || f === 'pass' || f === 'startedAt' || f === 'submittedAt' || f === 'illegibleFields' ? FIELD_ARBS[f] : fc.oneof({ weight: 4, arbitrary: printable }, { weight: 1, arbitrary: FIELD_ARBS[f] }));
const keyingish = fc.record({
  over: fc
    .subarray(FIELD_NAMES, { minLength: 0, maxLength: 2 })
    .chain((names) => (names.length ? fc.tuple(...names.map((f) => fieldValue(f).map((v) => [f, v] as const))) : fc.constant([] as (readonly [FieldName, unknown])[])))
    .map((pairs) => Object.fromEntries(pairs) as Record<string, unknown>),
  drop: fc.oneof({ weight: 6, arbitrary: fc.constant([] as string[]) }, { weight: 1, arbitrary: fc.subarray(FIELD_NAMES as string[], { minLength: 1, maxLength: 2 }) }),
  unknown: fc.oneof({ weight: 6, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('extra', 'id', 'status', '__typename', 'formId'), anyJson, { minKeys: 1, maxKeys: 2 }) }),
});

const SUBMIT = graphql(`mutation FuzzSubmitKeyings($k:[KeyingInput!]!){ submitKeyings(keyings:$k){ index status keyingId code message problems { field reason } } }`);
const TABLES = ['keying', 'form', 'correction_task', 'discrepancy', 'verified_record', 'keying_error'];

describe.each(dbKinds())('fuzzing submitKeyings over HTTP on %s', (kind) => {
  let t: TestApp;
  let seq = 0;
  const seen = new Map<string, number>();

  beforeAll(async () => {
    t = await startTestApp(kind, { RATE_LIMIT_PER_MINUTE: '0' });
    await t.as('admin')(CREATE_BATCH, { i: { code: 'FZ1', provinceCode: '001', district: 'Quận Ba Đình', commune: 'Phường Kim Mã' } });
  });
  afterAll(async () => {
    await t?.close();
    console.log(`fuzz ${kind}: ${[...seen].map(([k, n]) => `${k} ×${n}`).join(', ')}`);
  });

  const counts = async () => {
    const [row] = await exec<Record<string, number | string>[]>(t.app.orm.em.fork(), `select ${TABLES.map((x) => `(select count(*) from ${x}) as ${x}`).join(', ')}`);
    return Object.fromEntries(TABLES.map((x) => [x, Number(row[x])]));
  };

  it('answers every hostile keying with a coded error or a per-keying outcome, and writes only what it accepted', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(keyingish, { minLength: 1, maxLength: 4 }), fc.boolean(), async (list, mixValid) => {
        const keyings = list.map(({ over, drop, unknown }) => {
          const n = ++seq;
          const k: Record<string, unknown> = {
            idempotencyKey: `fz-${kind}-${n}`,
            batchCode: 'FZ1',
            // A small pool of forms: pass 1 and pass 2 meet, so hostile values also reach comparison, tasks and records.
            formNumber: `G${n % 50}`,
            pass: (n % 2) + 1,
            keyerCode: n % 2 ? 'KT2' : 'KT1',
            stationCode: 'ST01',
            startedAt: '2026-11-02T08:00:00.000Z',
            submittedAt: '2026-11-02T08:03:10.000Z',
            values: person(),
            ...over,
            ...unknown,
          };
          for (const d of drop) delete k[d];
          return k;
        });
        // Sometimes a valid keying rides along: it must be stored whatever its neighbours are.
        if (mixValid) keyings.push({ idempotencyKey: `fz-${kind}-${++seq}`, batchCode: 'FZ1', formNumber: `V${seq}`, pass: 1, keyerCode: 'KT1', stationCode: 'ST01', startedAt: '2026-11-02T08:00:00.000Z', submittedAt: '2026-11-02T08:03:10.000Z', values: person() });
        const before = await counts();
        // Malformed on purpose: sent as built.
        const r = await t.as('station')(SUBMIT, { k: keyings as never });
        const after = await counts();
        expect(r.status, JSON.stringify(r.errors)?.slice(0, 500)).not.toBe(500);
        if (r.errors) {
          // Refused as a whole: a clear, coded error, and nothing written.
          // 400/413: refused before execution; 200: refused by argument validation during it.
          expect([200, 400, 413], JSON.stringify(r).slice(0, 600)).toContain(r.status);
          expect(r.data?.submitKeyings ?? null).toBeNull();
          for (const e of r.errors) {
            expect(typeof e.message).toBe('string');
            expect(e.message.length).toBeGreaterThan(0);
            expect(e.message.length).toBeLessThan(2000);
            expect(e.extensions?.code).toBeTruthy();
            expect(e.extensions.code).not.toBe('INTERNAL_SERVER_ERROR');
            seen.set(`${r.status} ${e.extensions.code}`, (seen.get(`${r.status} ${e.extensions.code}`) ?? 0) + 1);
          }
          expect(after).toEqual(before);
          return;
        }
        expect(r.status, JSON.stringify(r).slice(0, 600)).toBe(200);
        const outcomes = r.data.submitKeyings as { status: string; code: string | null; message: string | null; problems: unknown[] }[];
        expect(outcomes.length).toBe(keyings.length);
        for (const o of outcomes) {
          seen.set(`${o.status}${o.code ? ` ${o.code}` : ''}`, (seen.get(`${o.status}${o.code ? ` ${o.code}` : ''}`) ?? 0) + 1);
          if (o.status === 'REJECTED') {
            expect(o.code).toBeTruthy();
            expect(o.message && o.message.length > 0 && o.message.length <= 501, o.message?.slice(0, 200)).toBe(true);
          }
        }
        const accepted = outcomes.filter((o) => o.status === 'ACCEPTED').length;
        if (mixValid) expect(outcomes[outcomes.length - 1].status).toBe('ACCEPTED');
        expect(after.keying - before.keying).toBe(accepted);
        if (accepted === 0) expect(after).toEqual(before);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS) || (kind === 'sqlite' ? 150 : 100), endOnFailure: true },
    );
    // Whatever was accepted left a consistent state.
    for (const [name, sql] of Object.entries(INVARIANTS)) {
      expect((await exec<unknown[]>(t.app.orm.em.fork(), sql)).length, name).toBe(0);
    }
  }, 120_000);
});

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, cb: () => void) {
    this.text += chunk.toString();
    cb();
  }
}

const HEADER = ['formId', ...DC01_FIELD_KEYS];
const cell = fc.oneof(fc.constantFrom('', '"', '""', ',', '\n', '\r', '\r\n', 'Nguyễn', ' F1 ', 'F1', 'F2', '\uFEFF', '\u0000', 'a"b', '"a"b"', '\\'), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 8 }));
const headerish = fc.oneof(
  fc.constant(HEADER),
  fc.shuffledSubarray(HEADER, { minLength: 1 }),
  fc.array(fc.oneof(fc.constantFrom(...HEADER), fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 8 }),
  fc.constant([...HEADER, 'formId']),
);
/** Text that is almost CSV: cells joined with separators and quotes in the wrong places. */
const csvish = fc
  .tuple(headerish, fc.array(fc.array(cell, { maxLength: HEADER.length + 2 }), { maxLength: 8 }), fc.constantFrom(',', ';', '\t'), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
  .map(([h, rows, sep, eol, bom]) => (bom ? '\uFEFF' : '') + [h, ...rows].map((r) => r.join(sep)).join(eol));
const ndjsonish = fc
  .array(
    fc.oneof(
      fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
      fc.dictionary(fc.oneof(fc.constantFrom(...HEADER), fc.string({ maxLength: 6 })), fc.oneof(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 1 })), { maxKeys: 6 }).map((o) => JSON.stringify(o)),
      fc.string({ maxLength: 20 }),
      fc.constant(JSON.stringify({ formId: 'F1', ...person() })),
      fc.constant('{"formId": "F1", "fullName": '),
    ),
    { maxLength: 8 },
  )
  .map((lines) => lines.join('\n'));
/** A plausible record with a few cells made hostile (printable), under a key from a small pool. */
const nearRecord = fc
  .tuple(fc.constantFrom('F1', 'F2', 'F3', 'F4', ' F1', 'F5'), fc.dictionary(fc.constantFrom(...KEYS), fc.oneof(printable, fc.constant('')), { maxKeys: 3 }))
  .map(([id, over]) => ({ formId: id, ...person(), ...over }) as Record<string, string | null>);
const nearCsv = fc
  .tuple(fc.oneof({ weight: 3, arbitrary: fc.constant(HEADER) }, { weight: 1, arbitrary: fc.shuffledSubarray(HEADER, { minLength: 1 }) }), fc.uniqueArray(nearRecord, { selector: (r) => (r.formId ?? '').trim(), minLength: 1, maxLength: 6 }))
  .map(([h, recs]) => stringify([h, ...recs.map((r) => h.map((c) => r[c] ?? ''))]));
const nearNdjson = fc.uniqueArray(nearRecord, { selector: (r) => (r.formId ?? '').trim(), minLength: 1, maxLength: 6 }).map((recs) => recs.map((r) => JSON.stringify(r)).join('\n') + '\n');
const fileContent = fc.oneof(
  { weight: 3, arbitrary: nearCsv.map((s) => Buffer.from(s, 'utf8')) },
  { weight: 3, arbitrary: nearNdjson.map((s) => Buffer.from(s, 'utf8')) },
  csvish.map((s) => Buffer.from(s, 'utf8')),
  ndjsonish.map((s) => Buffer.from(s, 'utf8')),
  fc.uint8Array({ maxLength: 600 }).map((b) => Buffer.from(b)),
  // Valid text with invalid UTF-8 spliced in.
  fc.tuple(csvish, fc.uint8Array({ minLength: 1, maxLength: 4 }), fc.nat()).map(([s, bad, at]) => {
    const b = Buffer.from(s, 'utf8');
    const i = b.length ? at % b.length : 0;
    return Buffer.concat([b.subarray(0, i), Buffer.from(bad.map((x) => x | 0x80)), b.subarray(i)]);
  }),
  fc.constant(Buffer.alloc(0)),
);
const extName = fc.constantFrom('.csv', '.csv', '.ndjson', '.jsonl', '.txt', '');
const extraArgs = fc.oneof({ weight: 4, arbitrary: fc.constant<string[]>([]) }, { weight: 1, arbitrary: fc.constantFrom<string[]>(['--key', 'fullName'], ['--key', 'nope'], ['--chunk-rows', '1'], ['--chunk-rows', '0'], ['--chunk-rows', '-3'], ['--fan-in', '1'], ['--fan-in', '2'], ['--template', 'zz'], ['--bogus']) });

describe('fuzzing the compare command with malformed files', () => {
  let dir: string;
  let n = 0;
  const codes = new Map<number, number>();
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dualkey-fuzz-compare-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    console.log(`fuzz compare: ${[...codes].map(([c, k]) => `exit ${c} ×${k}`).join(', ')}`);
  });

  it('exits 0, 1, or 2 with a one-line error, never crashes or hangs', async () => {
    await fc.assert(
      fc.asyncProperty(fileContent, extName, fileContent, extName, extraArgs, fc.boolean(), async (a, ea, b, eb, extra, same) => {
        const pa = join(dir, `a${++n}${ea}`);
        const pb = join(dir, `b${n}${same ? ea : eb}`);
        writeFileSync(pa, a);
        // Sometimes the same content twice: the only way to an exit 0.
        writeFileSync(pb, same ? a : b);
        const stdout = new Capture();
        const stderr = new Capture();
        let timer: NodeJS.Timeout | undefined;
        const code = await Promise.race([
          runCompare([pa, pb, '--tmp-dir', dir, ...extra], { stdout, stderr, isTTY: false }),
          new Promise<number>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`compare hung on ${pa} ${pb}`)), 15_000);
          }),
        ]).finally(() => clearTimeout(timer));
        codes.set(code, (codes.get(code) ?? 0) + 1);
        expect([0, 1, 2]).toContain(code);
        if (code === 2) {
          const lines = stderr.text.split('\n').filter(Boolean);
          expect(lines.length, stderr.text).toBe(1);
          expect(lines[0]).toMatch(/^error: \S/);
          // "unexpected failure" is how the command reports its own bugs.
          expect(lines[0]).not.toMatch(/unexpected failure/);
        }
        rmSync(pa, { force: true });
        rmSync(pb, { force: true });
      }),
      { numRuns: Number(process.env.FUZZ_RUNS) || 300, endOnFailure: true },
    );
  }, 120_000);
});
