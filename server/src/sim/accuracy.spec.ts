import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { basicComparator } from '../domain/compare.js';
import { DC01, type FieldDef } from '../domain/template.js';
import type { FieldValues } from '../domain/values.js';
import { generateCampaign } from './campaign.js';
import { AccuracyTally, wilson, type FormObservation, type MethodStats } from './accuracy.js';
import { formatAccuracyReport } from './accuracy-report.js';
import { offlineProcess, processFlags } from './offline.js';
import { reviewDecision, reviewerDraw, scanReading, spotCheck } from './reviewer.js';
import { observation } from './drive.js';

const FIELD = new Map(DC01.fields.map((f) => [f.key, f]));
const field = (k: string): FieldDef => FIELD.get(k)!;

function person(over: FieldValues = {}): FieldValues {
  const base: FieldValues = Object.fromEntries(DC01.fields.map((f) => [f.key, null]));
  return {
    ...base,
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
    phone: '0912345678',
    ...over,
  };
}
const FILLED = Object.values(person()).filter((v) => v !== null).length;

const byId = (ms: MethodStats[], id: string) => ms.find((m) => m.id === id)!;

describe('wilson', () => {
  it('matches known intervals', () => {
    const a = wilson(5, 100);
    expect(a.low).toBeCloseTo(0.0215, 3);
    expect(a.high).toBeCloseTo(0.1118, 3);
    const z = wilson(0, 1000);
    expect(z.low).toBe(0);
    expect(z.high).toBeCloseTo(0.00383, 4);
    expect(wilson(0, 0)).toEqual({ low: 0, high: 1 });
  });

  it('always contains the observed proportion', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, f) => {
        const k = Math.floor(f * n);
        const { low, high } = wilson(k, n);
        return low <= k / n + 1e-12 && k / n <= high + 1e-12 && low >= 0 && high <= 1;
      }),
    );
  });
});

describe('reviewerDraw', () => {
  it('is deterministic, in [0, 1), and differs by seed, form, field and stream', () => {
    const d = reviewerDraw(1, 'B/000001', 'fullName');
    expect(reviewerDraw(1, 'B/000001', 'fullName')).toBe(d);
    expect(d).toBeGreaterThanOrEqual(0);
    expect(d).toBeLessThan(1);
    const others = [reviewerDraw(2, 'B/000001', 'fullName'), reviewerDraw(1, 'B/000002', 'fullName'), reviewerDraw(1, 'B/000001', 'sex'), reviewerDraw(1, 'B/000001', 'fullName', 'spot')];
    for (const o of others) expect(o).not.toBe(d);
  });

  it('is roughly uniform', () => {
    let below = 0;
    const n = 20_000;
    for (let i = 0; i < n; i++) if (reviewerDraw(7, `B/${i}`, 'fullName') < 0.1) below++;
    expect(below / n).toBeGreaterThan(0.09);
    expect(below / n).toBeLessThan(0.11);
  });
});

describe('reviewDecision', () => {
  const f = field('fullName');
  it('picks the keying that says what the reviewer read, else types what they read', () => {
    expect(reviewDecision(f, 'Nguyễn Văn Hòa', 'Nguyen Văn Hòa', 'Nguyễn Văn Hoà', false)).toEqual({ choice: 'FIRST' });
    expect(reviewDecision(f, 'Nguyen Văn Hòa', 'Nguyễn Văn Hòa', 'Nguyễn Văn Hòa', false)).toEqual({ choice: 'SECOND' });
    expect(reviewDecision(f, 'Nguyen Văn Hòa', 'Nguyễn Vn Hòa', 'Nguyễn Văn Hòa', false)).toEqual({ choice: 'VALUE', value: 'Nguyễn Văn Hòa' });
  });
  it('on a slip keeps a wrong keying, when there is one', () => {
    expect(reviewDecision(f, 'Nguyễn Văn Hòa', 'Nguyen Văn Hòa', 'Nguyễn Văn Hòa', true)).toEqual({ choice: 'SECOND' });
    expect(reviewDecision(f, 'Nguyen Văn Hòa', 'Nguyễn Văn Hòa', 'Nguyễn Văn Hòa', true)).toEqual({ choice: 'FIRST' });
    expect(reviewDecision(f, 'Nguyễn Văn Hòa', 'Nguyễn Văn Hoà', 'Nguyễn Văn Hòa', true)).toEqual({ choice: 'FIRST' });
  });
});

describe('processFlags', () => {
  it('raises comparator discrepancies and RULE ones on agreed values', () => {
    const p1 = person({ fullName: 'Nguyen Văn Hòa', sex: 'Nữ' });
    const p2 = person({ sex: 'Nữ' });
    const flags = processFlags(DC01, basicComparator, p1, p2, new Date('2026-01-01'));
    expect(flags).toContainEqual({ field: 'fullName', kind: 'DIACRITIC' });
    // Digit 4 of the citizen ID (0) says male; both keyings say Nữ.
    expect(flags).toContainEqual({ field: 'citizenId', kind: 'RULE' });
  });
  it('raises nothing for equivalent spellings', () => {
    const p2 = person({ fullName: 'Nguyễn Văn Hoà'.normalize('NFD'), householdHeadName: 'Nguyễn Văn Thuỷ' });
    expect(processFlags(DC01, basicComparator, person(), p2)).toEqual([]);
  });
});

describe('AccuracyTally', () => {
  const opts = { seed: 1, reviewerErrorRate: 0, spotCheckShare: 0.05 };

  it('counts (a), (b) and (c) on a hand-made form', () => {
    const truth = person();
    const pass1 = person({ fullName: 'Nguyen Văn Hòa', phone: '0912345687' });
    // Pass 2: right name, an NFD address (same value, different bytes), the same phone error.
    const pass2 = person({ permanentAddress: truth.permanentAddress!.normalize('NFD'), phone: '0912345687' });
    const obs: FormObservation = {
      key: 'B/000001',
      truth,
      pass1,
      pass2,
      errors1: [{ field: 'fullName', kind: 'DIACRITIC', cause: 'SLIP' }, { field: 'phone', kind: 'TRANSPOSITION', cause: 'SLIP' }],
      errors2: [{ field: 'phone', kind: 'TRANSPOSITION', cause: 'SLIP' }],
      sameErrors: [{ field: 'phone', kind: 'TRANSPOSITION', cause: 'SLIP' }],
      process: {
        verified: { ...truth, phone: '0912345687' },
        automatic: false,
        flagged: [{ field: 'fullName', kind: 'DIACRITIC' }],
        spotChecked: false,
        spotCorrected: [],
      },
    };
    const t = new AccuracyTally(opts);
    t.add(obs);
    const r = t.report();
    expect(r.forms).toBe(1);
    expect(r.fieldsKeyed).toBe(FILLED);
    expect(r.templateFields).toBe(DC01.fields.length);
    const a = byId(r.methods, 'single');
    expect(a).toMatchObject({ fieldsWithError: 2, residual: 2, discrepancies: null, errorsCaught: 0 });
    expect(a.residualByKind).toEqual({ DIACRITIC: 1, TRANSPOSITION: 1 });
    const b = byId(r.methods, 'exact');
    expect(b).toMatchObject({ fieldsWithError: 2, discrepancies: 2, falseDiscrepancies: 1, errorsCaught: 1, residual: 1 });
    expect(b.residualByCause).toEqual({ IDENTICAL_SLIP: 1 });
    const c = byId(r.methods, 'process');
    expect(c).toMatchObject({ fieldsWithError: 2, discrepancies: 1, falseDiscrepancies: 0, errorsCaught: 1, residual: 1 });
    expect(c.residualByKind).toEqual({ TRANSPOSITION: 1 });
    expect(c.residualPer1000).toBeCloseTo(1000 / FILLED, 6);
    expect(r.process).toMatchObject({ reviewed: 1, autoVerified: 0, residualInReviewedRecords: 1 });
    expect(r.comparatorDiscrepancies).toBe(1);
  });

  it('credits spot checks with the agreed errors they correct', () => {
    const truth = person();
    const wrong = person({ hometown: 'Xã Yên Hoa, Huyện Yên Mô, Tỉnh Ninh Bình' });
    const base = { truth, pass1: wrong, pass2: wrong, errors1: [{ field: 'hometown', kind: 'DIACRITIC' as const, cause: 'MISREAD' as const }], errors2: [{ field: 'hometown', kind: 'DIACRITIC' as const, cause: 'MISREAD' as const }], sameErrors: [{ field: 'hometown', kind: 'DIACRITIC' as const, cause: 'MISREAD' as const }] };
    const t = new AccuracyTally(opts);
    t.add({ key: 'B/1', ...base, process: { verified: truth, automatic: true, flagged: [], spotChecked: true, spotCorrected: ['hometown'] } });
    t.add({ key: 'B/2', ...base, process: { verified: wrong, automatic: true, flagged: [], spotChecked: false, spotCorrected: [] } });
    const r = t.report();
    const s = r.process!.spotChecks;
    expect(s).toMatchObject({ spotCheckedForms: 1, autoVerifiedForms: 2, agreedErrorsInAutoRecords: 2, agreedErrorsInSpotChecked: 1, caughtBySpotChecks: 1 });
    expect(s.expectedCatchAtShare).toBeCloseTo(0.1);
    expect(s.whatIf.find((w) => w.share === 1)!.residual).toBe(0);
    expect(s.whatIf.find((w) => w.share === 0)!.residual).toBe(2);
    expect(byId(r.methods, 'process').residual).toBe(1);
    expect(byId(r.methods, 'exact').residual).toBe(2);
  });

  it('credits a rule that flags a right field because of an agreed error in another one', () => {
    const truth = person();
    const wrong = person({ sex: 'Nữ' }); // both clerks: the ID's digit 4 says male
    const t = new AccuracyTally(opts);
    t.add({
      key: 'B/1', truth, pass1: wrong, pass2: wrong,
      errors1: [{ field: 'sex', kind: 'WRONG_CODE', cause: 'SLIP' }], errors2: [{ field: 'sex', kind: 'WRONG_CODE', cause: 'SLIP' }], sameErrors: [{ field: 'sex', kind: 'WRONG_CODE', cause: 'SLIP' }],
      process: { verified: wrong, automatic: false, flagged: [{ field: 'citizenId', kind: 'RULE' }], spotChecked: false, spotCorrected: [] },
    });
    const r = t.report();
    const c = byId(r.methods, 'process');
    expect(c).toMatchObject({ discrepancies: 1, falseDiscrepancies: 0, residual: 1 });
    expect(c.residualByCause).toEqual({ CHECK_ON_OTHER_FIELD: 1 });
    expect(c.falseDiscrepancies).toBe(0); // a check's flag is not a disagreement
    expect(r.process!.checks.find((x) => x.kind === 'RULE')).toMatchObject({ flags: 1, onErrors: 0, falseFlags: 1, falseFlagsErrorElsewhere: 1, extraReviewForms: 1, extraReviewFormsUseful: 0 });
  });

  it('counts a form without a verified record as residual errors', () => {
    const t = new AccuracyTally(opts);
    t.add({ key: 'B/1', truth: person(), pass1: person(), pass2: person(), errors1: [], errors2: [], sameErrors: [], process: { verified: null, automatic: false, flagged: [], spotChecked: false, spotCorrected: [] } });
    const r = t.report();
    expect(r.process!.formsWithoutRecord).toBe(1);
    expect(byId(r.methods, 'process').residualByCause).toEqual({ NOT_VERIFIED: DC01.fields.length });
  });

  it('reports each check: caught, false flags, review cost', () => {
    const truth = person();
    const wrongId = person({ citizenId: '001090012845' }); // both clerks misread 3 as 8
    const t = new AccuracyTally(opts);
    const e = { field: 'citizenId', kind: 'MISREAD_DIGIT' as const, cause: 'MISREAD' as const };
    // A place check catches the agreed error; another form's place check is a false flag.
    t.add({ key: 'B/1', truth, pass1: wrongId, pass2: wrongId, errors1: [e], errors2: [e], sameErrors: [e], process: { verified: truth, automatic: false, flagged: [{ field: 'citizenId', kind: 'CONSISTENCY' }], spotChecked: false, spotCorrected: [] } });
    t.add({ key: 'B/2', truth, pass1: truth, pass2: truth, errors1: [], errors2: [], sameErrors: [], process: { verified: truth, automatic: false, flagged: [{ field: 'hometown', kind: 'REFERENCE' }], spotChecked: false, spotCorrected: [] } });
    const r = t.report();
    expect(r.identicalErrors).toMatchObject({ misreadings: 1, slips: 0 });
    const checks = Object.fromEntries(r.process!.checks.map((c) => [c.kind, c]));
    expect(checks.CONSISTENCY).toMatchObject({ flags: 1, onErrors: 1, caught: 1, falseFlags: 0, extraReviewForms: 1, extraReviewFormsUseful: 1 });
    expect(checks.REFERENCE).toMatchObject({ flags: 1, onErrors: 0, caught: 0, falseFlags: 1, falseFlagsErrorElsewhere: 0, extraReviewForms: 1, extraReviewFormsUseful: 0 });
    expect(byId(r.methods, 'process')).toMatchObject({ residual: 0, falseDiscrepancies: 0, errorsCaught: 1 });
    expect(formatAccuracyReport(r)).toMatch(/\| CONSISTENCY +\| +1 \|/);
  });

  it('blames false discrepancies on the variants the comparator does not fold', () => {
    const truth = person({ fullName: 'Đinh Văn Hòa' });
    const eth = person({ fullName: '\u00D0inh Văn Hòa' });
    const upper = person({ fullName: 'ĐINH VĂN HÒA' });
    const t = new AccuracyTally(opts);
    t.add({
      key: 'B/1', truth, pass1: eth, pass2: upper, errors1: [], errors2: [], sameErrors: [],
      variants1: [{ field: 'fullName', kind: 'ETH', folded: false }], variants2: [{ field: 'fullName', kind: 'CASE', folded: true }],
      process: { verified: truth, automatic: false, flagged: [{ field: 'fullName', kind: 'OTHER' }], spotChecked: false, spotCorrected: [] },
    });
    const r = t.report();
    expect(byId(r.methods, 'process')).toMatchObject({ fieldsWithError: 0, falseDiscrepancies: 1, residual: 0 });
    expect(r.process!.falseDiscrepanciesPer100Forms).toBe(100);
    const v = Object.fromEntries(r.variants.map((x) => [x.kind, x]));
    expect(v.ETH).toMatchObject({ keyed: 1, notFolded: 1, falseInProcess: 1, falseInExact: 1 });
    expect(v.CASE).toMatchObject({ keyed: 1, notFolded: 0, falseInProcess: 0 });
  });

  it('counts errors a fooled reviewer makes of a right value', () => {
    const truth = person();
    const misread = '001090012845';
    const t = new AccuracyTally(opts);
    t.add({
      key: 'B/1', truth, pass1: truth, pass2: truth, errors1: [], errors2: [], sameErrors: [],
      ambiguities: { citizenId: { field: 'citizenId', kind: 'MISREAD_DIGIT', misread, fool: 0.35 } },
      process: { verified: { ...truth, citizenId: misread }, automatic: false, flagged: [{ field: 'citizenId', kind: 'RULE' }], spotChecked: false, spotCorrected: [] },
    });
    const c = byId(t.report().methods, 'process');
    expect(c).toMatchObject({ fieldsWithError: 0, errorsIntroduced: 1, residual: 1, residualByCause: { REVIEWER_FOOLED: 1 }, residualByKind: { MISREAD_DIGIT: 1 } });
  });

  it('is internally consistent on a simulated campaign, and the process beats exact strings', () => {
    const campaign = generateCampaign(3, { forms: 1500, clerks: 12, sameErrorRate: 0.002 });
    const t = new AccuracyTally({ seed: 3, reviewerErrorRate: 0.01, spotCheckShare: 0.2 });
    for (const b of campaign.batches) {
      for (const f of b.forms) {
        const obs = observation(`${b.code}/${f.formNumber}`, f);
        obs.process = offlineProcess(obs, { seed: 3, reviewerErrorRate: 0.01, spotCheckShare: 0.2 });
        t.add(obs);
      }
    }
    const r = t.report();
    const [a, b, c] = [byId(r.methods, 'single'), byId(r.methods, 'exact'), byId(r.methods, 'process')];
    expect(a.residual).toBe(a.fieldsWithError);
    for (const m of [b, c]) {
      // Every residual error was keyed, or made in review.
      expect(m.residual + m.errorsCaught).toBe(m.fieldsWithError + m.errorsIntroduced);
      expect(m.falseDiscrepancies!).toBeLessThanOrEqual(m.discrepancies!);
      expect(Object.values(m.residualByKind).reduce((x, y) => x + y, 0)).toBe(m.residual);
      expect(Object.values(m.residualByCause).reduce((x, y) => x + (y ?? 0), 0)).toBe(m.residual);
      expect(m.ci95.low).toBeLessThanOrEqual(m.residualPer1000);
      expect(m.ci95.high).toBeGreaterThanOrEqual(m.residualPer1000);
    }
    expect(r.identicalErrors.misreadings).toBeGreaterThan(0);
    expect(b.residual).toBeLessThan(a.residual);
    expect(c.residual).toBeLessThanOrEqual(b.residual);
    expect(c.falseDiscrepancies!).toBeLessThan(b.falseDiscrepancies! / 10);
    expect(r.process!.spotChecks.caughtBySpotChecks).toBeGreaterThan(0);
    expect(r.process!.autoVerified + r.process!.reviewed).toBe(1500);
    const text = formatAccuracyReport(r);
    for (const label of ['(a) single keying', '(b) double keying, exact strings', '(c) dualkey process', 'residual per 1,000 fields', 'Spot checks', 'SPOT_CHECK', 'Harmless variants']) expect(text).toContain(label);
  });
});

describe('the simulated reviewer reads the scan', () => {
  const f = field('citizenId');
  const scan = { truth: person(), ambiguities: { citizenId: { field: 'citizenId', kind: 'MISREAD_DIGIT' as const, misread: '001090012845', fool: 0.35 } } };
  it('is fooled by an ambiguity less often than a clerk, and never elsewhere', () => {
    let fooled = 0;
    const n = 20_000;
    for (let i = 0; i < n; i++) if (scanReading({ seed: 1, errorRate: 0 }, scan, `B/${i}`, 'citizenId') !== '001090012345') fooled++;
    expect(fooled / n).toBeGreaterThan(0.35 * 0.3 * 0.9);
    expect(fooled / n).toBeLessThan(0.35 * 0.3 * 1.1);
    for (let i = 0; i < 100; i++) expect(scanReading({ seed: 1, errorRate: 0 }, scan, `B/${i}`, 'fullName')).toBe(scan.truth.fullName);
    expect(reviewDecision(f, '001090012345', '001090012845', '001090012845', false)).toEqual({ choice: 'SECOND' });
  });
  it('spot checks correct what differs from the reading, a right value too when fooled', () => {
    const record = { ...scan.truth, hometown: 'Xã Yên Hoa, Huyện Yên Mô, Tỉnh Ninh Bình' };
    const always = { seed: 1, errorRate: 0, foolFactor: 100 };
    expect(spotCheck(always, scan, 'B/1', DC01, record)).toEqual([
      { fieldKey: 'citizenId', value: '001090012845' },
      { fieldKey: 'hometown', value: scan.truth.hometown },
    ]);
    expect(spotCheck({ seed: 1, errorRate: 1 }, scan, 'B/1', DC01, record)).toEqual([]);
  });
});
