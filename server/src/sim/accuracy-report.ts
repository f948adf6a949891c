/** The accuracy report as text: Markdown tables, readable in a terminal. */
import type { AccuracyReport, MethodStats } from './accuracy.js';
import { RESIDUAL_CAUSES } from './accuracy.js';
import { ERROR_KINDS } from './errors.js';
import { SPOT_CHECK } from './checks-tally.js';

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const per1000 = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(100 * x).toFixed(x < 0.1 ? 1 : 0)}%`;

function table(head: string[], rows: string[][], alignLeft = 1): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    '| ' + cells.map((c, i) => (i < alignLeft ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ') + ' |';
  return [line(head), '|' + widths.map((w, i) => (i < alignLeft ? ':' + '-'.repeat(w + 1) : '-'.repeat(w + 1) + ':')).join('|') + '|', ...rows.map(line)].join('\n') + '\n';
}

export function formatAccuracyReport(r: AccuracyReport): string {
  const m = r.methods;
  const cell = (f: (s: MethodStats) => string) => m.map(f);
  const opt = (x: number | null) => (x === null ? '–' : int(x));
  let out = '';
  out += `Accuracy against the ground truth: ${int(r.forms)} forms, ${int(r.fieldsKeyed)} fields keyed (non-empty fields; ${int(r.templateFields)} template fields)\n`;
  out += `Reviewers and spot checkers read the scan: fooled by ambiguous handwriting less often than clerks, and with error rate ${r.reviewerErrorRate} they keep a wrong keying (or overlook a wrong value), in (b) and (c) alike.\n`;
  const id = r.identicalErrors;
  out += `Identical errors by both clerks, before any check: ${int(id.misreadings + id.slips)} (${per1000(id.per1000)} per 1,000 fields): ${int(id.misreadings)} misreadings of the same handwriting, ${int(id.slips)} coinciding slips.\n\n`;
  out += table(
    ['', ...m.map((s) => s.label)],
    [
      ['fields keyed', ...cell((s) => int(s.fieldsKeyed))],
      ['fields with a keying error', ...cell((s) => int(s.fieldsWithError))],
      ['discrepancies raised', ...cell((s) => opt(s.discrepancies))],
      ['false discrepancies', ...cell((s) => opt(s.falseDiscrepancies))],
      ['errors caught', ...cell((s) => int(s.errorsCaught))],
      ['errors made in review', ...cell((s) => int(s.errorsIntroduced))],
      ['residual errors', ...cell((s) => int(s.residual))],
      ['residual per 1,000 fields', ...cell((s) => per1000(s.residualPer1000))],
      ['95% interval (Wilson)', ...cell((s) => `${per1000(s.ci95.low)}–${per1000(s.ci95.high)}`)],
      ['residual vs single keying', ...cell((s) => (m[0]!.residual ? pct(s.residual / m[0]!.residual) : '–'))],
    ],
  );
  const p = r.process;
  if (p) {
    out += `\nChecks of (c): what each caught, the false flags it raised (the agreed value was right) and the review it cost\n\n`;
    out += table(
      ['check', 'fields flagged', 'on errors', 'errors caught', 'false flags', '(error elsewhere)', 'errors made', 'forms reviewed only for it', '(useful)'],
      p.checks.map((c) => [
        c.kind === SPOT_CHECK ? `${SPOT_CHECK} (fields changed)` : c.kind,
        int(c.flags), int(c.onErrors), int(c.caught), int(c.falseFlags), int(c.falseFlagsErrorElsewhere), int(c.errorsIntroduced), int(c.extraReviewForms), int(c.extraReviewFormsUseful),
      ]),
    );
    out += `Forms reviewed for disagreements between the keyings: ${int(p.formsWithDisagreements)}.\n`;
  }
  const causes = RESIDUAL_CAUSES.filter((c) => m.some((s) => s.residualByCause[c]));
  if (causes.length) {
    out += '\nWhat remains: residual errors by cause\n\n';
    out += table(['cause', ...m.map((s) => s.label)], causes.map((c) => [c, ...cell((s) => int(s.residualByCause[c] ?? 0))]));
  }
  const kinds = [...ERROR_KINDS, 'UNKNOWN'].filter((k) => m.some((s) => s.residualByKind[k]));
  if (kinds.length) {
    out += '\nResidual errors by kind of keying error\n\n';
    out += table(['kind', ...m.map((s) => s.label)], kinds.map((k) => [k, ...cell((s) => int(s.residualByKind[k] ?? 0))]));
  }
  if (r.variants.length) {
    const exact = m.find((s) => s.id === 'exact');
    out += `\nHarmless variants keyed, and the false discrepancies they caused`;
    out += p ? ` ((c): ${int(m.find((s) => s.id === 'process')!.falseDiscrepancies ?? 0)}, ${p.falseDiscrepanciesPer100Forms.toFixed(2)} per 100 forms; (b): ${int(exact?.falseDiscrepancies ?? 0)})\n\n` : '\n\n';
    out += table(
      ['variant', 'field keyings', 'not folded by the comparator', 'false discrepancies (b)', ...(p ? ['false discrepancies (c)'] : [])],
      r.variants.map((v) => [v.kind, int(v.keyed), int(v.notFolded), int(v.falseInExact), ...(p ? [int(v.falseInProcess)] : [])]),
    );
  }
  if (p) {
    const s = p.spotChecks;
    out += `\nProcess: ${int(p.autoVerified)} forms verified automatically, ${int(p.reviewed)} reviewed`;
    out += p.formsWithoutRecord ? `, ${int(p.formsWithoutRecord)} WITHOUT a verified record` : '';
    out += `. Residual errors in automatic records: ${int(p.residualInAutoRecords)}; in reviewed records: ${int(p.residualInReviewedRecords)}.\n`;
    out += `\nSpot checks (${s.share === null ? 'off' : `${pct(s.share)} of automatically verified forms`}): ${int(s.spotCheckedForms)} of ${int(s.autoVerifiedForms)} automatic records checked; `;
    out += `${int(s.agreedErrorsInAutoRecords)} agreed errors reached automatic records, ${int(s.agreedErrorsInSpotChecked)} of them in checked records, ${int(s.caughtBySpotChecks)} corrected`;
    out += s.expectedCatchAtShare === null ? '.\n' : ` (expected at this share: ${s.expectedCatchAtShare.toFixed(1)}).\n`;
    out += '\nWhat spot checks would leave (expected residual of (c) at each share)\n\n';
    out += table(['spot-check share', 'residual errors', 'per 1,000 fields'], s.whatIf.map((w) => [pct(w.share), w.residual.toFixed(1), per1000(w.residualPer1000)]));
  }
  return out;
}
