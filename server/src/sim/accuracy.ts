/**
 * End-to-end accuracy of a simulated campaign, measured against its ground truth. Pure: the
 * simulator feeds one observation per form (truth, both keyings with the errors the simulator
 * recorded, and, for our process, the verified record read back from the API); nothing here
 * talks to a database.
 *
 * Three ways of producing the register are measured side by side on the same keyings:
 *  (a) single keying: pass 1 as typed;
 *  (b) double keying compared as plain exact strings (a field is flagged when the raw strings
 *      differ; a flagged field goes to a reviewer who types the truth, except that with the
 *      reviewer error rate they keep a wrong keying, exactly as our simulated reviewers do;
 *      an unflagged field keeps pass 1's value);
 *  (c) our process: field-aware comparison, cross-field rules, review and spot checks, measured
 *      from the real verified records.
 *
 * A value is an error when it does not mean the same as the truth under the comparator
 * (`sameValue`): NFD vs NFC or hoà vs hòa are the same value, a dropped diacritic is not.
 * Denominator: the fields the clerks keyed, i.e. the non-empty fields of the true form.
 */
import { basicComparator, type Comparator } from '../domain/compare.js';
import { checkRules, ruleFields } from '../domain/rules.js';
import { DC01, type FieldDef, type TemplateDef } from '../domain/template.js';
import type { FieldValues } from '../domain/values.js';
import { ERROR_KINDS, type KeyingError } from './errors.js';

/** What our process did with one form, as seen through the API. */
export interface ProcessOutcome {
  /** Final values of the verified record; null when the form has none (never verified). */
  verified: FieldValues | null;
  /** The record was verified without a reviewer (both keyings agreed, no rule broken). */
  automatic: boolean;
  /** Discrepancies the system raised for review (field and discrepancy kind, RULE included). */
  flagged: readonly { field: string; kind: string }[];
  /** A spot check was drawn for this (automatically verified) form. */
  spotChecked: boolean;
  /** Fields the spot-check reviewer corrected. */
  spotCorrected: readonly string[];
}

export interface FormObservation {
  /** `batchCode/formNumber`: also seeds the reviewer's draws, so (b) and (c) share them. */
  key: string;
  truth: FieldValues;
  pass1: FieldValues;
  pass2: FieldValues;
  errors1: readonly KeyingError[];
  errors2: readonly KeyingError[];
  /** Errors both clerks made identically (also in errors1 and errors2). */
  sameErrors: readonly KeyingError[];
  /** (c); absent when the process was not run (then only (a) and (b) are reported). */
  process?: ProcessOutcome;
}

export type MethodId = 'single' | 'exact' | 'process';

/** Why an error survived. */
export const RESIDUAL_CAUSES = [
  'SINGLE_KEYING', // (a): nobody checked
  'SAME_ERROR', // both clerks made the identical error: double entry cannot see it
  'COINCIDENT', // independent errors that happen to mean the same value
  'REVIEWER', // flagged, and the reviewer kept a wrong keying
  'SPOT_CHECK_MISSED', // a same error in a spot-checked record that the checker overlooked
  'RULE_OTHER_FIELD', // a rule saw it, but its discrepancy is on another field, the only one the reviewer may resolve
  'NOT_VERIFIED', // the form has no verified record
  'OTHER',
] as const;
export type ResidualCause = (typeof RESIDUAL_CAUSES)[number];

export interface Interval {
  low: number;
  high: number;
}

export interface MethodStats {
  id: MethodId;
  label: string;
  fieldsKeyed: number;
  /** Fields whose input held an error: pass 1 for (a); either keying for (b) and (c). */
  fieldsWithError: number;
  /** Fields flagged for a reviewer; null for single keying. */
  discrepancies: number | null;
  /** Flags where both keyings already meant the true value: nothing to correct. */
  falseDiscrepancies: number | null;
  /** Fields with an erroneous keying whose final value is right. */
  errorsCaught: number;
  residual: number;
  residualPer1000: number;
  /** 95% Wilson score interval of residualPer1000. */
  ci95: Interval;
  /** Residual errors by the simulator's error kind (UNKNOWN: no recorded error explains it). */
  residualByKind: Record<string, number>;
  residualByCause: Partial<Record<ResidualCause, number>>;
}

export interface SpotCheckStats {
  /** Configured share of automatically verified forms drawn (0..1), null when off. */
  share: number | null;
  autoVerifiedForms: number;
  spotCheckedForms: number;
  /** Errors both keyings agreed on in automatically verified records, before any spot check. */
  agreedErrorsInAutoRecords: number;
  /** Of those, in spot-checked records. */
  agreedErrorsInSpotChecked: number;
  /** Corrected by spot checks (the record is now right). */
  caughtBySpotChecks: number;
  /** Expected catch at the configured share: share x agreed errors in automatic records. */
  expectedCatchAtShare: number | null;
  /** Residual errors per 1,000 fields had spot checks drawn this share (expected values). */
  whatIf: { share: number; residual: number; residualPer1000: number }[];
}

export interface AccuracyReport {
  forms: number;
  /** Non-empty fields of the true forms: what the clerks keyed (the denominator). */
  fieldsKeyed: number;
  /** Template fields x forms, empty ones included. */
  templateFields: number;
  reviewerErrorRate: number;
  methods: MethodStats[];
  process: {
    formsWithRecord: number;
    formsWithoutRecord: number;
    autoVerified: number;
    reviewed: number;
    ruleDiscrepancies: number;
    /** RULE discrepancies on a field whose agreed value was wrong (the rule caught a same error). */
    ruleDiscrepanciesOnErrors: number;
    /**
     * RULE discrepancies on a right value because another field the rule reads was wrong (e.g. a
     * citizen ID flagged because both clerks keyed the wrong sex): a real catch, but only the
     * flagged field can be resolved, so the error stays. Not counted as false discrepancies.
     */
    ruleDiscrepanciesOnOtherFields: number;
    residualInAutoRecords: number;
    residualInReviewedRecords: number;
    spotChecks: SpotCheckStats;
  } | null;
  /** For --files mode: discrepancies the field-aware comparator alone raises (what `compare` reports). */
  comparatorDiscrepancies: number;
}

// ---------------------------------------------------------------- small pure helpers

/** 95% Wilson score interval for k successes in n trials, as a proportion. */
export function wilson(k: number, n: number, z = 1.959963984540054): Interval {
  if (n <= 0) return { low: 0, high: 1 };
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return { low: k === 0 ? 0 : Math.max(0, centre - half), high: k === n ? 1 : Math.min(1, centre + half) };
}

function fnv1a(s: string, h = 0x811c9dc5): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A uniform draw in [0, 1) fixed by (seed, form, field, stream): the simulated reviewer's slips
 * do not depend on the order in which concurrent reviewers meet the tasks, and the exact-string
 * model (b) uses the same draws as the process (c) for the same field.
 */
export function reviewerDraw(seed: number, formKey: string, field: string, stream = 'review'): number {
  let h = fnv1a(`${stream}\u0000${formKey}\u0000${field}`, (0x811c9dc5 ^ Math.imul(seed | 0, 0x9e3779b1)) >>> 0);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

export type ReviewChoice = { choice: 'FIRST' } | { choice: 'SECOND' } | { choice: 'VALUE'; value: string | null };

/**
 * The simulated reviewer on one discrepancy: the keying that matches the scan (the truth) under
 * the comparator, else the true value typed; when `slip`, a wrong keying instead (if there is one).
 */
export function reviewDecision(
  cmp: Comparator,
  field: FieldDef,
  value1: string | null,
  value2: string | null,
  truth: string | null,
  slip: boolean,
): ReviewChoice {
  const ok1 = cmp.same(field, value1, truth);
  const ok2 = cmp.same(field, value2, truth);
  if (slip) {
    if (!ok1) return { choice: 'FIRST' };
    if (!ok2) return { choice: 'SECOND' };
  }
  if (ok1) return { choice: 'FIRST' };
  if (ok2) return { choice: 'SECOND' };
  return { choice: 'VALUE', value: truth };
}

/**
 * What the server raises for a pair of keyings: the comparator's discrepancies plus RULE ones on
 * the agreed part (mirrors IngestService.ruleDiffs), for the offline (--files) estimate of (c).
 */
export function processFlags(
  template: TemplateDef,
  cmp: Comparator,
  first: FieldValues,
  second: FieldValues,
  now = new Date(),
): { field: string; kind: string }[] {
  const diffs = cmp.compare(template, first, second);
  const out: { field: string; kind: string }[] = diffs.map((d) => ({ field: d.field, kind: d.kind }));
  if (!template.rules?.length) return out;
  const disputed = new Set(diffs.map((d) => d.field));
  const agreed: FieldValues = {};
  for (const f of template.fields) if (!disputed.has(f.key)) agreed[f.key] = cmp.canonical(f, first[f.key] ?? null);
  const judged = { ...template, rules: template.rules.filter((r) => ruleFields(r, template).every((k) => !disputed.has(k))) };
  const ruled = new Set<string>();
  for (const v of checkRules(judged, agreed, now)) {
    if (ruled.has(v.field)) continue;
    ruled.add(v.field);
    out.push({ field: v.field, kind: 'RULE' });
  }
  return out;
}

/**
 * Our process simulated without the server (for --files): comparator + rules, the simulated
 * reviewer on every flag, and a seeded spot-check draw of automatically verified forms.
 */
export function offlineProcess(
  obs: FormObservation,
  opts: { template?: TemplateDef; comparator?: Comparator; seed: number; reviewerErrorRate: number; spotCheckShare: number | null; now?: Date },
): ProcessOutcome {
  const template = opts.template ?? DC01;
  const cmp = opts.comparator ?? basicComparator;
  const flagged = processFlags(template, cmp, obs.pass1, obs.pass2, opts.now);
  const flaggedSet = new Set(flagged.map((f) => f.field));
  const verified: FieldValues = {};
  for (const f of template.fields) {
    const v1 = obs.pass1[f.key] ?? null;
    const truth = obs.truth[f.key] ?? null;
    if (!flaggedSet.has(f.key)) {
      verified[f.key] = cmp.canonical(f, v1);
      continue;
    }
    const slip = reviewerDraw(opts.seed, obs.key, f.key) < opts.reviewerErrorRate;
    const d = reviewDecision(cmp, f, v1, obs.pass2[f.key] ?? null, truth, slip);
    verified[f.key] = cmp.canonical(f, d.choice === 'FIRST' ? v1 : d.choice === 'SECOND' ? obs.pass2[f.key] ?? null : d.value);
  }
  const automatic = flagged.length === 0;
  const spotChecked = automatic && opts.spotCheckShare !== null && reviewerDraw(opts.seed, obs.key, '', 'spot') < opts.spotCheckShare;
  const spotCorrected: string[] = [];
  if (spotChecked) {
    for (const f of template.fields) {
      const truth = obs.truth[f.key] ?? null;
      if (cmp.same(f, verified[f.key] ?? null, truth)) continue;
      if (reviewerDraw(opts.seed, obs.key, f.key, 'spot-miss') < opts.reviewerErrorRate) continue;
      verified[f.key] = cmp.canonical(f, truth);
      spotCorrected.push(f.key);
    }
  }
  return { verified, automatic, flagged, spotChecked, spotCorrected };
}

// ---------------------------------------------------------------- the tally

interface Counter {
  fieldsWithError: number;
  discrepancies: number;
  falseDiscrepancies: number;
  errorsCaught: number;
  residual: number;
  byKind: Map<string, number>;
  byCause: Map<ResidualCause, number>;
}

const counter = (): Counter => ({ fieldsWithError: 0, discrepancies: 0, falseDiscrepancies: 0, errorsCaught: 0, residual: 0, byKind: new Map(), byCause: new Map() });
const bump = <K>(m: Map<K, number>, k: K, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

export interface TallyOptions {
  template?: TemplateDef;
  comparator?: Comparator;
  /** Seeds the reviewer's draws of (b); use the simulation's seed so (b) and (c) share them. */
  seed: number;
  reviewerErrorRate: number;
  /** Configured spot-check share (0..1), or null when spot checks are off. */
  spotCheckShare: number | null;
  labels?: Partial<Record<MethodId, string>>;
}

export const DEFAULT_LABELS: Record<MethodId, string> = {
  single: '(a) single keying',
  exact: '(b) double keying, exact strings',
  process: '(c) dualkey process',
};

/** Accumulates observations one form at a time (memory stays flat); `report()` at the end. */
export class AccuracyTally {
  private readonly template: TemplateDef;
  private readonly cmp: Comparator;
  private forms = 0;
  private fieldsKeyed = 0;
  private templateFields = 0;
  private comparatorDiscrepancies = 0;
  private readonly single = counter();
  private readonly exact = counter();
  private readonly proc = counter();
  private hasProcess = false;
  private readonly p = {
    formsWithRecord: 0,
    formsWithoutRecord: 0,
    autoVerified: 0,
    reviewed: 0,
    ruleDiscrepancies: 0,
    ruleDiscrepanciesOnErrors: 0,
    ruleDiscrepanciesOnOtherFields: 0,
    residualInAutoRecords: 0,
    residualInReviewedRecords: 0,
    spotCheckedForms: 0,
    agreedErrorsInAutoRecords: 0,
    agreedErrorsInSpotChecked: 0,
    caughtBySpotChecks: 0,
  };

  private readonly fields: Map<string, FieldDef>;
  private readonly readsCache = new Map<string, string[]>();

  constructor(private readonly opts: TallyOptions) {
    this.template = opts.template ?? DC01;
    this.cmp = opts.comparator ?? basicComparator;
    this.fields = new Map(this.template.fields.map((f) => [f.key, f]));
  }

  /** The fields read by the rules that raise their discrepancy on `field` (itself included). */
  private ruleReads(field: string): string[] {
    let r = this.readsCache.get(field);
    if (!r) {
      const s = new Set([field]);
      for (const rule of this.template.rules ?? []) {
        if (rule.type !== 'requiredLegible' && rule.field === field) for (const k of ruleFields(rule, this.template)) s.add(k);
      }
      r = [...s];
      this.readsCache.set(field, r);
    }
    return r;
  }

  add(o: FormObservation): void {
    const cmp = this.cmp;
    this.forms++;
    this.templateFields += this.template.fields.length;
    const same = new Map(o.sameErrors.map((e) => [e.field, e.kind]));
    const err1 = new Map(o.errors1.map((e) => [e.field, e.kind]));
    const err2 = new Map(o.errors2.map((e) => [e.field, e.kind]));
    const proc = o.process;
    const procFlags = proc ? new Map(proc.flagged.map((f) => [f.field, f.kind])) : null;
    // Fields read by the rules behind each RULE discrepancy, and the errors among them.
    const ruleReads = new Map<string, string[]>();
    const watched = new Set<string>();
    if (proc) {
      for (const fl of proc.flagged) {
        if (fl.kind !== 'RULE') continue;
        const reads = this.ruleReads(fl.field);
        ruleReads.set(fl.field, reads);
        for (const r of reads) if (r !== fl.field) watched.add(r);
      }
    }
    const wrongKeyed = (key: string): boolean => {
      const f = this.fields.get(key);
      if (!f) return false;
      const t = o.truth[key] ?? null;
      return !cmp.same(f, o.pass1[key] ?? null, t) || !cmp.same(f, o.pass2[key] ?? null, t);
    };
    const spotFixed = proc ? new Set(proc.spotCorrected) : null;
    if (proc) {
      this.hasProcess = true;
      if (proc.verified) this.p.formsWithRecord++;
      else this.p.formsWithoutRecord++;
      if (proc.automatic) this.p.autoVerified++;
      else this.p.reviewed++;
      if (proc.spotChecked) this.p.spotCheckedForms++;
    }
    this.comparatorDiscrepancies += cmp.compare(this.template, o.pass1, o.pass2).length;

    for (const f of this.template.fields) {
      const k = f.key;
      const t = o.truth[k] ?? null;
      const v1 = o.pass1[k] ?? null;
      const v2 = o.pass2[k] ?? null;
      if (t !== null) this.fieldsKeyed++;
      const ok1 = cmp.same(f, v1, t);
      const ok2 = cmp.same(f, v2, t);
      const anyError = !ok1 || !ok2;
      /** The simulator's kind for a wrong final value. */
      const kindOf = (final: string | null): string => {
        const s = same.get(k);
        if (s) return s;
        if (!ok1 && cmp.same(f, final, v1) && err1.has(k)) return err1.get(k)!;
        if (!ok2 && cmp.same(f, final, v2) && err2.has(k)) return err2.get(k)!;
        return err1.get(k) ?? err2.get(k) ?? 'UNKNOWN';
      };
      const unflaggedCause = (): ResidualCause => (same.has(k) ? 'SAME_ERROR' : !ok1 && !ok2 ? 'COINCIDENT' : 'OTHER');

      // (a) single keying: pass 1 as typed.
      if (!ok1) {
        this.single.fieldsWithError++;
        this.single.residual++;
        bump(this.single.byKind, kindOf(v1));
        bump(this.single.byCause, 'SINGLE_KEYING');
      }

      // (b) exact strings: flagged when the raw strings differ.
      {
        const c = this.exact;
        if (anyError) c.fieldsWithError++;
        let final: string | null = v1;
        let flagged = false;
        if (v1 !== v2) {
          flagged = true;
          c.discrepancies++;
          if (ok1 && ok2) c.falseDiscrepancies++;
          const slip = reviewerDraw(this.opts.seed, o.key, k) < this.opts.reviewerErrorRate;
          const d = reviewDecision(cmp, f, v1, v2, t, slip);
          final = d.choice === 'FIRST' ? v1 : d.choice === 'SECOND' ? v2 : d.value;
        }
        if (cmp.same(f, final, t)) {
          if (anyError) c.errorsCaught++;
        } else {
          c.residual++;
          bump(c.byKind, kindOf(final));
          bump(c.byCause, flagged ? 'REVIEWER' : unflaggedCause());
        }
      }

      // (c) our process, from the verified record.
      if (proc && procFlags && spotFixed) {
        const c = this.proc;
        if (anyError) c.fieldsWithError++;
        const flagKind = procFlags.get(k);
        if (flagKind !== undefined) {
          c.discrepancies++;
          const elsewhere = flagKind === 'RULE' && ok1 && ok2 && ruleReads.get(k)!.some((r) => r !== k && wrongKeyed(r));
          if (ok1 && ok2 && !elsewhere) c.falseDiscrepancies++;
          if (flagKind === 'RULE') {
            this.p.ruleDiscrepancies++;
            if (!ok1 || !ok2) this.p.ruleDiscrepanciesOnErrors++;
            if (elsewhere) this.p.ruleDiscrepanciesOnOtherFields++;
          }
        }
        if (proc.automatic && !ok1) {
          this.p.agreedErrorsInAutoRecords++;
          if (proc.spotChecked) this.p.agreedErrorsInSpotChecked++;
        }
        const final = proc.verified ? proc.verified[k] ?? null : undefined;
        const right = final !== undefined && cmp.same(f, final, t);
        if (right) {
          if (anyError) c.errorsCaught++;
          if (spotFixed.has(k) && !ok1) this.p.caughtBySpotChecks++;
        } else {
          c.residual++;
          bump(c.byKind, kindOf(final ?? null));
          let cause: ResidualCause;
          if (final === undefined) cause = 'NOT_VERIFIED';
          else if (flagKind !== undefined) cause = 'REVIEWER';
          else if (watched.has(k)) cause = 'RULE_OTHER_FIELD';
          else if (proc.spotChecked && same.has(k)) cause = 'SPOT_CHECK_MISSED';
          else cause = unflaggedCause();
          bump(c.byCause, cause);
          if (proc.automatic) this.p.residualInAutoRecords++;
          else this.p.residualInReviewedRecords++;
        }
      }
    }
  }

  report(): AccuracyReport {
    const labels = { ...DEFAULT_LABELS, ...this.opts.labels };
    const n = this.fieldsKeyed;
    const stats = (id: MethodId, c: Counter, flags: boolean): MethodStats => {
      const ci = wilson(c.residual, n);
      const byKind: Record<string, number> = {};
      for (const kind of [...ERROR_KINDS, 'UNKNOWN']) if (c.byKind.get(kind)) byKind[kind] = c.byKind.get(kind)!;
      const byCause: Partial<Record<ResidualCause, number>> = {};
      for (const cause of RESIDUAL_CAUSES) if (c.byCause.get(cause)) byCause[cause] = c.byCause.get(cause)!;
      return {
        id,
        label: labels[id],
        fieldsKeyed: n,
        fieldsWithError: c.fieldsWithError,
        discrepancies: flags ? c.discrepancies : null,
        falseDiscrepancies: flags ? c.falseDiscrepancies : null,
        errorsCaught: c.errorsCaught,
        residual: c.residual,
        residualPer1000: n ? (1000 * c.residual) / n : 0,
        ci95: { low: 1000 * ci.low, high: 1000 * ci.high },
        residualByKind: byKind,
        residualByCause: byCause,
      };
    };
    const methods = [stats('single', this.single, false), stats('exact', this.exact, true)];
    let process: AccuracyReport['process'] = null;
    if (this.hasProcess) {
      methods.push(stats('process', this.proc, true));
      const share = this.opts.spotCheckShare;
      const withoutSpot = this.proc.residual + this.p.caughtBySpotChecks;
      const shares = [...new Set([0, 0.01, 0.05, 0.1, 0.2, 1, ...(share !== null ? [share] : [])])].sort((a, b) => a - b);
      process = {
        formsWithRecord: this.p.formsWithRecord,
        formsWithoutRecord: this.p.formsWithoutRecord,
        autoVerified: this.p.autoVerified,
        reviewed: this.p.reviewed,
        ruleDiscrepancies: this.p.ruleDiscrepancies,
        ruleDiscrepanciesOnErrors: this.p.ruleDiscrepanciesOnErrors,
        ruleDiscrepanciesOnOtherFields: this.p.ruleDiscrepanciesOnOtherFields,
        residualInAutoRecords: this.p.residualInAutoRecords,
        residualInReviewedRecords: this.p.residualInReviewedRecords,
        spotChecks: {
          share,
          autoVerifiedForms: this.p.autoVerified,
          spotCheckedForms: this.p.spotCheckedForms,
          agreedErrorsInAutoRecords: this.p.agreedErrorsInAutoRecords,
          agreedErrorsInSpotChecked: this.p.agreedErrorsInSpotChecked,
          caughtBySpotChecks: this.p.caughtBySpotChecks,
          expectedCatchAtShare: share === null ? null : share * this.p.agreedErrorsInAutoRecords,
          whatIf: shares.map((s) => {
            const residual = Math.max(0, withoutSpot - s * this.p.agreedErrorsInAutoRecords);
            return { share: s, residual, residualPer1000: n ? (1000 * residual) / n : 0 };
          }),
        },
      };
    }
    return {
      forms: this.forms,
      fieldsKeyed: n,
      templateFields: this.templateFields,
      reviewerErrorRate: this.opts.reviewerErrorRate,
      methods,
      process,
      comparatorDiscrepancies: this.comparatorDiscrepancies,
    };
  }
}

// ---------------------------------------------------------------- printing

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const per1000 = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(100 * x).toFixed(x < 0.1 ? 1 : 0)}%`;

function table(head: string[], rows: string[][], alignLeft = 1): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    '| ' + cells.map((c, i) => (i < alignLeft ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ') + ' |';
  return [line(head), '|' + widths.map((w, i) => (i < alignLeft ? ':' + '-'.repeat(w + 1) : '-'.repeat(w + 1) + ':')).join('|') + '|', ...rows.map(line)].join('\n') + '\n';
}

/** The side-by-side report (Markdown tables, readable in a terminal). */
export function formatAccuracyReport(r: AccuracyReport): string {
  const m = r.methods;
  const cell = (f: (s: MethodStats) => string) => m.map(f);
  const opt = (x: number | null) => (x === null ? '–' : int(x));
  let out = '';
  out += `Accuracy against the ground truth: ${int(r.forms)} forms, ${int(r.fieldsKeyed)} fields keyed (non-empty fields; ${int(r.templateFields)} template fields)\n`;
  out += `Simulated reviewers pick a wrong keying with probability ${r.reviewerErrorRate} per discrepancy, in (b) and (c) alike.\n\n`;
  out += table(
    ['', ...m.map((s) => s.label)],
    [
      ['fields keyed', ...cell((s) => int(s.fieldsKeyed))],
      ['fields with a keying error', ...cell((s) => int(s.fieldsWithError))],
      ['discrepancies raised', ...cell((s) => opt(s.discrepancies))],
      ['false discrepancies', ...cell((s) => opt(s.falseDiscrepancies))],
      ['errors caught', ...cell((s) => int(s.errorsCaught))],
      ['residual errors', ...cell((s) => int(s.residual))],
      ['residual per 1,000 fields', ...cell((s) => per1000(s.residualPer1000))],
      ['95% interval (Wilson)', ...cell((s) => `${per1000(s.ci95.low)}–${per1000(s.ci95.high)}`)],
      ['residual vs single keying', ...cell((s) => (m[0]!.residual ? pct(s.residual / m[0]!.residual) : '–'))],
    ],
  );
  const kinds = [...ERROR_KINDS, 'UNKNOWN'].filter((k) => m.some((s) => s.residualByKind[k]));
  if (kinds.length) {
    out += '\nResidual errors by kind of keying error\n\n';
    out += table(['kind', ...m.map((s) => s.label)], kinds.map((k) => [k, ...cell((s) => int(s.residualByKind[k] ?? 0))]));
  }
  const causes = RESIDUAL_CAUSES.filter((c) => m.some((s) => s.residualByCause[c]));
  if (causes.length) {
    out += '\nResidual errors by cause\n\n';
    out += table(['cause', ...m.map((s) => s.label)], causes.map((c) => [c, ...cell((s) => int(s.residualByCause[c] ?? 0))]));
  }
  const p = r.process;
  if (p) {
    const s = p.spotChecks;
    out += `\nProcess: ${int(p.autoVerified)} forms verified automatically, ${int(p.reviewed)} reviewed`;
    out += p.formsWithoutRecord ? `, ${int(p.formsWithoutRecord)} WITHOUT a verified record` : '';
    out += `; ${int(p.ruleDiscrepancies)} rule discrepancies (${int(p.ruleDiscrepanciesOnErrors)} on a value both clerks got wrong, ${int(p.ruleDiscrepanciesOnOtherFields)} on a right value because another field the rule reads was wrong: those errors stay, only the flagged field can be resolved).\n`;
    out += `Residual errors in automatic records: ${int(p.residualInAutoRecords)}; in reviewed records: ${int(p.residualInReviewedRecords)}.\n`;
    out += `\nSpot checks (${s.share === null ? 'off' : `${pct(s.share)} of automatically verified forms`}): ${int(s.spotCheckedForms)} of ${int(s.autoVerifiedForms)} automatic records checked; `;
    out += `${int(s.agreedErrorsInAutoRecords)} agreed errors reached automatic records, ${int(s.agreedErrorsInSpotChecked)} of them in checked records, ${int(s.caughtBySpotChecks)} corrected`;
    out += s.expectedCatchAtShare === null ? '.\n' : ` (expected at this share: ${s.expectedCatchAtShare.toFixed(1)}).\n`;
    out += '\nWhat spot checks would leave (expected residual of (c) at each share)\n\n';
    out += table(['spot-check share', 'residual errors', 'per 1,000 fields'], s.whatIf.map((w) => [pct(w.share), w.residual.toFixed(1), per1000(w.residualPer1000)]));
  }
  return out;
}
