import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { runSimulate } from '../../server/src/cli/simulate.js';
import { runCompare } from '../../server/src/cli/compare.js';
import type { AccuracyReport, MethodStats } from '../../server/src/sim/accuracy.js';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, cb: () => void) {
    this.text += chunk.toString();
    cb();
  }
}

async function run(fn: typeof runSimulate | typeof runCompare, args: string[]) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await fn(args, { stdout, stderr, isTTY: false });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dualkey-simulate-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const method = (r: AccuracyReport, id: string): MethodStats => r.methods.find((m) => m.id === id)!;

function consistent(r: AccuracyReport) {
  const [a, b, c] = [method(r, 'single'), method(r, 'exact'), method(r, 'process')];
  for (const m of [a, b, c]) {
    expect(m.fieldsKeyed).toBe(r.fieldsKeyed);
    expect(m.residualPer1000).toBeCloseTo((1000 * m.residual) / r.fieldsKeyed, 9);
    expect(m.ci95.low).toBeLessThanOrEqual(m.residualPer1000);
    expect(m.ci95.high).toBeGreaterThanOrEqual(m.residualPer1000);
    expect(Object.values(m.residualByKind).reduce((x, y) => x + y, 0)).toBe(m.residual);
    expect(Object.values(m.residualByCause).reduce((x, y) => x + (y ?? 0), 0)).toBe(m.residual);
  }
  expect(a.residual).toBe(a.fieldsWithError);
  for (const m of [b, c]) {
    // Every residual error was keyed, or made in review (a reviewer fooled by the scan).
    expect(m.residual + m.errorsCaught).toBe(m.fieldsWithError + m.errorsIntroduced);
    expect(m.falseDiscrepancies!).toBeLessThanOrEqual(m.discrepancies!);
  }
  expect(b.fieldsWithError).toBe(c.fieldsWithError);
  return { a, b, c };
}

describe('simulate', () => {
  it('prints usage with --help and refuses bad options', async () => {
    const help = await run(runSimulate, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--reviewer-error-rate');
    const bad = await run(runSimulate, ['--forms', 'many']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--forms must be an integer/);
    const both = await run(runSimulate, ['--spot-check-every', '10', '--spot-check-percent', '5']);
    expect(both.code).toBe(2);
    const url = await run(runSimulate, ['--url', 'http://127.0.0.1:1']);
    expect(url.code).toBe(2);
    expect(url.stderr).toMatch(/--user and --password/);
  });

  it('drives an in-process server end to end and measures accuracy from the verified records', async () => {
    const json = join(dir, 'api.json');
    // A higher same-error rate and spot-check share than the defaults, so that the differences
    // the report is about show in 300 forms.
    const r = await run(runSimulate, ['--forms', '300', '--seed', '4', '--same-rate', '0.005', '--spot-check-percent', '25', '--reviewers', '4', '--json', json]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('in-process server on temporary SQLite');
    expect(r.stdout).toMatch(/\| residual per 1,000 fields +\|/);
    const out = JSON.parse(readFileSync(json, 'utf8'));
    const report: AccuracyReport = out.report;
    expect(out.run.keyings).toBe(600);
    expect(out.run.rejected).toBe(0);
    expect(out.run.reviewErrors).toEqual([]);
    expect(out.run.recordsRead).toBe(300);
    expect(report.forms).toBe(300);
    expect(report.process!.formsWithoutRecord).toBe(0);
    expect(report.process!.autoVerified + report.process!.reviewed).toBe(300);
    expect(report.process!.spotChecks.spotCheckedForms).toBeGreaterThan(0);
    expect(out.run.reviewTasks + out.run.spotChecks).toBe(report.process!.reviewed + report.process!.spotChecks.spotCheckedForms);
    const { a, b, c } = consistent(report);
    expect(b.residual).toBeLessThan(a.residual);
    expect(c.residual).toBeLessThanOrEqual(b.residual);
    expect(c.falseDiscrepancies!).toBeLessThan(b.falseDiscrepancies! / 5);
    expect(c.discrepancies!).toBeLessThan(b.discrepancies!);
    // Identical misreadings happened, and the report accounts for every check and variant.
    expect(report.identicalErrors.misreadings).toBeGreaterThan(0);
    expect(report.process!.falseDiscrepanciesPer100Forms).toBeCloseTo((100 * c.falseDiscrepancies!) / 300, 9);
    const spot = report.process!.checks.find((x) => x.kind === 'SPOT_CHECK')!;
    expect(spot.extraReviewForms).toBe(report.process!.spotChecks.spotCheckedForms);
    for (const k of report.process!.checks) expect(k.caught + k.falseFlags).toBeLessThanOrEqual(k.flags);
    expect(report.variants.map((v) => v.kind)).toEqual(expect.arrayContaining(['CASE', 'SEPARATORS', 'PLACE_ABBREVIATION']));
    expect(r.stdout).toContain('Checks of (c)');
    expect(r.stdout).toContain('Harmless variants keyed');
  }, 300_000); // a realistic share of the forms goes to review

  it('--files writes keyings the compare command reads, consistent with the report', async () => {
    const files = join(dir, 'files');
    const json = join(dir, 'files.json');
    const r = await run(runSimulate, ['--forms', '300', '--seed', '4', '--files', files, '--json', json]);
    expect(r.code).toBe(0);
    const report: AccuracyReport = JSON.parse(readFileSync(json, 'utf8')).report;
    consistent(report);

    // compare FIRST SECOND flags exactly what the field-aware comparator flags in the simulation.
    const pair = await run(runCompare, [join(files, 'first.csv'), join(files, 'second.csv'), '--out', join(dir, 'pair.json')]);
    expect(pair.code).toBe(1);
    const pairSummary = JSON.parse(readFileSync(join(dir, 'pair.json'), 'utf8')).summary;
    expect(pairSummary.recordsCompared).toBe(300);
    expect(pairSummary.discrepancies).toBe(report.comparatorDiscrepancies);

    // The header names each figure once, and each agrees with what it names: compare's count, and
    // (c)'s "discrepancies raised" in the table (a different, larger figure: rules flag too).
    const fmt = (n: number) => n.toLocaleString('en-US');
    const raised = method(report, 'process').discrepancies!;
    expect(r.stdout).toContain(`compare will report ${fmt(pairSummary.discrepancies)} discrepancies between first.csv and second.csv`);
    expect(r.stdout).toContain(`(c) in the table raises ${fmt(raised)}: those ${fmt(pairSummary.discrepancies)} and ${fmt(raised - pairSummary.discrepancies)} more`);
    const row = /^\| discrepancies raised\s*\|(.*)\|$/m.exec(r.stdout);
    expect(row, 'the table has a "discrepancies raised" row').not.toBeNull();
    expect(row![1]!.split('|').map((c) => c.trim()).at(-1)).toBe(fmt(raised));
    expect(r.stdout).not.toMatch(/flags \d[\d,]* discrepancies/);

    // compare TRUTH FIRST flags exactly the errors single keying leaves, (a)'s residual, and
    // the harmless variants of pass 1 the comparator does not fold.
    const single = await run(runCompare, [join(files, 'truth.csv'), join(files, 'first.csv'), '--out', join(dir, 'single.json')]);
    expect(single.code).toBe(1);
    const singleSummary = JSON.parse(readFileSync(join(dir, 'single.json'), 'utf8')).summary;
    expect(singleSummary.discrepancies).toBe(method(report, 'single').residual + report.unfoldedVariantsInPass1);
  });
});
