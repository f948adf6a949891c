/**
 * End-to-end accuracy of a simulated campaign, measured against its ground truth. Pure: the
 * simulator feeds one observation per form (truth, the scan's ambiguities, both keyings with the
 * errors and variants the simulator recorded, and, for our process, the verified record and the
 * flags read back from the API); nothing here talks to a database.
 *
 * Three ways of producing the register are measured side by side on the same keyings:
 *  (a) single keying: pass 1 as typed;
 *  (b) double keying compared as plain exact strings (a field is flagged when the raw strings
 *      differ and goes to the same simulated reviewer as in (c); an unflagged field keeps pass 1);
 *  (c) our process, from the real verified records.
 *
 * A value is an error when it does not mean the truth (`sameMeaning`: the comparator's equality
 * plus the harmless variants the simulator knows it generated). So a variant the comparator does
 * not fold shows as a false discrepancy, never as an error. Denominator: the fields the clerks
 * keyed (the non-empty fields of the true forms). For (c) the report also gives, per check (any
 * discrepancy kind that is not a disagreement between the keyings, and spot checks), what it
 * caught, the false flags it raised and the review it cost.
 */
import { basicComparator, type Comparator } from '../domain/compare.js';
import { ruleFields } from '../domain/rules.js';
import { DC01, type FieldDef, type TemplateDef } from '../domain/template.js';
import type { FieldValues } from '../domain/values.js';
import { ERROR_KINDS } from './errors.js';
import { chosen, reviewField, type ReviewerModel } from './reviewer.js';
import { VARIANT_KINDS, sameMeaning } from './variants.js';
import { CheckCounter, DISAGREEMENT_KINDS, SPOT_CHECK } from './checks-tally.js';
import { wilson } from './wilson.js';
import { RESIDUAL_CAUSES, type AccuracyReport, type FormObservation, type MethodId, type MethodStats, type ProcessOutcome, type ResidualCause } from './accuracy-types.js';

export { wilson } from './wilson.js';

export * from './accuracy-types.js';

// ---------------------------------------------------------------- the tally

interface Counter {
  fieldsWithError: number;
  discrepancies: number;
  falseDiscrepancies: number;
  errorsCaught: number;
  errorsIntroduced: number;
  residual: number;
  byKind: Map<string, number>;
  byCause: Map<ResidualCause, number>;
}

const counter = (): Counter => ({ fieldsWithError: 0, discrepancies: 0, falseDiscrepancies: 0, errorsCaught: 0, errorsIntroduced: 0, residual: 0, byKind: new Map(), byCause: new Map() });
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
  private readonly reviewer: ReviewerModel;
  private forms = 0;
  private fieldsKeyed = 0;
  private templateFields = 0;
  private comparatorDiscrepancies = 0;
  private unfoldedVariantsInPass1 = 0;
  private identical = { misreadings: 0, slips: 0 };
  private readonly single = counter();
  private readonly exact = counter();
  private readonly proc = counter();
  private readonly variantKeyed = new Map<string, number>();
  private readonly variantUnfolded = new Map<string, number>();
  private readonly variantFalse = { exact: new Map<string, number>(), process: new Map<string, number>() };
  private readonly checks = new CheckCounter();
  private hasProcess = false;
  private readonly p = {
    formsWithRecord: 0, formsWithoutRecord: 0, autoVerified: 0, reviewed: 0, formsWithDisagreements: 0,
    residualInAutoRecords: 0, residualInReviewedRecords: 0,
    spotCheckedForms: 0, agreedErrorsInAutoRecords: 0, agreedErrorsInSpotChecked: 0, caughtBySpotChecks: 0,
  };
  private readonly fields: Map<string, FieldDef>;
  private readonly readsCache = new Map<string, string[]>();

  constructor(private readonly opts: TallyOptions) {
    this.template = opts.template ?? DC01;
    this.cmp = opts.comparator ?? basicComparator;
    this.fields = new Map(this.template.fields.map((f) => [f.key, f]));
    this.reviewer = { seed: opts.seed, errorRate: opts.reviewerErrorRate };
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
    this.forms++;
    this.templateFields += this.template.fields.length;
    const same = new Map(o.sameErrors.map((e) => [e.field, e]));
    const err1 = new Map(o.errors1.map((e) => [e.field, e.kind]));
    const err2 = new Map(o.errors2.map((e) => [e.field, e.kind]));
    const ambiguities = o.ambiguities ?? {};
    const scan = { truth: o.truth, ambiguities };
    // A false discrepancy is blamed on the variants of its field the comparator does not fold
    // (on all of them when only their combination defeats it).
    const variantsOf = new Map<string, { all: Set<string>; unfolded: Set<string> }>();
    for (const v of [...(o.variants1 ?? []), ...(o.variants2 ?? [])]) {
      bump(this.variantKeyed, v.kind);
      if (!v.folded) bump(this.variantUnfolded, v.kind);
      const e = variantsOf.get(v.field) ?? { all: new Set(), unfolded: new Set() };
      e.all.add(v.kind);
      if (!v.folded) e.unfolded.add(v.kind);
      variantsOf.set(v.field, e);
    }
    for (const e of o.sameErrors) this.identical[e.cause === 'MISREAD' ? 'misreadings' : 'slips']++;
    const blame = (m: Map<string, number>, field: string) => {
      const e = variantsOf.get(field);
      if (!e) bump(m, 'UNEXPLAINED');
      else for (const k of e.unfolded.size ? e.unfolded : e.all) bump(m, k);
    };
    this.comparatorDiscrepancies += this.cmp.compare(this.template, o.pass1, o.pass2).length;

    const ok = new Map<string, [boolean, boolean]>();
    for (const f of this.template.fields) {
      const t = o.truth[f.key] ?? null;
      ok.set(f.key, [sameMeaning(f, o.pass1[f.key] ?? null, t), sameMeaning(f, o.pass2[f.key] ?? null, t)]);
      if (ok.get(f.key)![0] && !this.cmp.same(f, o.pass1[f.key] ?? null, t)) this.unfoldedVariantsInPass1++;
    }
    const agreedWrong = (k: string) => !ok.get(k)![0] || !ok.get(k)![1];
    const proc = o.process;
    if (proc) this.startProcess(proc, agreedWrong);
    const procFlags = new Map<string, string[]>();
    for (const fl of proc?.flagged ?? []) procFlags.set(fl.field, [...(procFlags.get(fl.field) ?? []), fl.kind]);
    const watched = new Set<string>();
    for (const fl of proc?.flagged ?? []) if (fl.kind === 'RULE') for (const r of this.ruleReads(fl.field)) if (r !== fl.field) watched.add(r);
    const spotFixed = new Set(proc?.spotCorrected ?? []);

    for (const f of this.template.fields) {
      const k = f.key;
      const t = o.truth[k] ?? null;
      const v1 = o.pass1[k] ?? null;
      const v2 = o.pass2[k] ?? null;
      if (t !== null) this.fieldsKeyed++;
      const [ok1, ok2] = ok.get(k)!;
      const anyError = !ok1 || !ok2;
      const amb = ambiguities[k];
      const kindOf = (final: string | null): string => {
        const s = same.get(k);
        if (s) return s.kind;
        if (!ok1 && sameMeaning(f, final, v1) && err1.has(k)) return err1.get(k)!;
        if (!ok2 && sameMeaning(f, final, v2) && err2.has(k)) return err2.get(k)!;
        if (amb && final !== null && sameMeaning(f, final, amb.misread)) return amb.kind; // a reviewer's misreading
        return err1.get(k) ?? err2.get(k) ?? 'UNKNOWN';
      };
      const unflaggedCause = (): ResidualCause => {
        const s = same.get(k);
        if (s) return s.cause === 'MISREAD' ? 'IDENTICAL_MISREADING' : 'IDENTICAL_SLIP';
        return !ok1 && !ok2 ? 'COINCIDENT' : 'OTHER';
      };
      const reviewerCause = (final: string | null): ResidualCause =>
        amb && sameMeaning(f, final, amb.misread) ? 'REVIEWER_FOOLED' : 'REVIEWER_SLIP';
      const settle = (c: Counter, final: string | null | undefined, cause: () => ResidualCause): boolean => {
        const right = final !== undefined && sameMeaning(f, final, t);
        if (right) {
          if (anyError) c.errorsCaught++;
        } else {
          if (!anyError) c.errorsIntroduced++;
          c.residual++;
          bump(c.byKind, kindOf(final ?? null));
          bump(c.byCause, cause());
        }
        return right;
      };

      // (a) single keying: pass 1 as typed.
      if (!ok1) {
        this.single.fieldsWithError++;
        this.single.residual++;
        bump(this.single.byKind, kindOf(v1));
        bump(this.single.byCause, 'SINGLE_KEYING');
      }

      // (b) exact strings: flagged when the raw strings differ, resolved by the same reviewer.
      {
        const c = this.exact;
        if (anyError) c.fieldsWithError++;
        let final = v1;
        const flagged = v1 !== v2;
        if (flagged) {
          c.discrepancies++;
          if (ok1 && ok2) {
            c.falseDiscrepancies++;
            blame(this.variantFalse.exact, k);
          }
          final = chosen(reviewField(this.reviewer, scan, o.key, f, v1, v2), v1, v2);
        }
        settle(c, final, () => (flagged ? reviewerCause(final) : unflaggedCause()));
      }

      // (c) our process, from the verified record.
      if (proc) {
        const c = this.proc;
        if (anyError) c.fieldsWithError++;
        const kinds = procFlags.get(k) ?? [];
        const disagreement = kinds.some((x) => DISAGREEMENT_KINDS.has(x));
        if (kinds.length) {
          c.discrepancies++;
          if (disagreement && ok1 && ok2) {
            c.falseDiscrepancies++;
            blame(this.variantFalse.process, k);
          }
        }
        if (proc.automatic && !ok1) {
          this.p.agreedErrorsInAutoRecords++;
          if (proc.spotChecked) this.p.agreedErrorsInSpotChecked++;
        }
        const final = proc.verified ? (proc.verified[k] ?? null) : undefined;
        const right = settle(c, final, () => {
          if (final === undefined) return 'NOT_VERIFIED';
          if (kinds.length) return reviewerCause(final ?? null);
          if (spotFixed.has(k)) return 'SPOT_CHECKER_FOOLED';
          if (watched.has(k)) return 'CHECK_ON_OTHER_FIELD';
          if (proc.spotChecked && !ok1) return 'SPOT_CHECK_MISSED';
          return unflaggedCause();
        });
        if (right && spotFixed.has(k) && !ok1) this.p.caughtBySpotChecks++;
        if (!right) this.p[proc.automatic ? 'residualInAutoRecords' : 'residualInReviewedRecords']++;
        if (!disagreement) {
          for (const kind of new Set(kinds)) this.checks.field(kind, anyError, right);
          if (spotFixed.has(k)) this.checks.field(SPOT_CHECK, anyError, right);
        }
      }
    }
    if (proc) this.checks.endForm(proc.spotChecked);
  }

  private startProcess(proc: ProcessOutcome, agreedWrong: (k: string) => boolean): void {
    this.hasProcess = true;
    this.p[proc.verified ? 'formsWithRecord' : 'formsWithoutRecord']++;
    this.p[proc.automatic ? 'autoVerified' : 'reviewed']++;
    if (proc.spotChecked) this.p.spotCheckedForms++;
    if (proc.flagged.some((f) => DISAGREEMENT_KINDS.has(f.kind))) this.p.formsWithDisagreements++;
    this.checks.startForm(proc, agreedWrong, this.template.fields.map((f) => f.key));
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
        errorsIntroduced: c.errorsIntroduced,
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
        falseDiscrepanciesPer100Forms: this.forms ? (100 * this.proc.falseDiscrepancies) / this.forms : 0,
        formsWithDisagreements: this.p.formsWithDisagreements,
        checks: this.checks.report(),
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
    const variantKinds = [...VARIANT_KINDS, 'UNEXPLAINED'].filter((k) => this.variantKeyed.get(k) || this.variantFalse.exact.get(k) || this.variantFalse.process.get(k));
    return {
      forms: this.forms,
      fieldsKeyed: n,
      templateFields: this.templateFields,
      reviewerErrorRate: this.opts.reviewerErrorRate,
      identicalErrors: { ...this.identical, per1000: n ? (1000 * (this.identical.misreadings + this.identical.slips)) / n : 0 },
      methods,
      variants: variantKinds.map((kind) => ({
        kind,
        keyed: this.variantKeyed.get(kind) ?? 0,
        notFolded: this.variantUnfolded.get(kind) ?? 0,
        falseInExact: this.variantFalse.exact.get(kind) ?? 0,
        falseInProcess: this.variantFalse.process.get(kind) ?? 0,
      })),
      process,
      comparatorDiscrepancies: this.comparatorDiscrepancies,
      unfoldedVariantsInPass1: this.unfoldedVariantsInPass1,
    };
  }
}
