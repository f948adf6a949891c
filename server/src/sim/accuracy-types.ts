/** The accuracy report's data: one observation per form in, the report out (accuracy.ts tallies). */
import type { Ambiguity, KeyedVariant, KeyingError } from './errors.js';
import type { CheckStats } from './checks-tally.js';
import type { Interval } from './wilson.js';
import type { FieldValues } from '../domain/values.js';

export type { Interval };

/** What our process did with one form, as seen through the API. */
export interface ProcessOutcome {
  /** Final values of the verified record; null when the form has none (never verified). */
  verified: FieldValues | null;
  /** The record was verified without a reviewer. */
  automatic: boolean;
  /** Discrepancies raised for review (field and kind: disagreements and checks). */
  flagged: readonly { field: string; kind: string }[];
  /** A spot check was drawn for this (automatically verified) form. */
  spotChecked: boolean;
  /** Fields the spot checker corrected. */
  spotCorrected: readonly string[];
}

export interface FormObservation {
  /** `batchCode/formNumber`: also seeds the reviewer's draws, so (b) and (c) share them. */
  key: string;
  truth: FieldValues;
  /** The scan's ambiguous spots (what fooled clerks and reviewers read). */
  ambiguities?: Readonly<Record<string, Ambiguity>>;
  pass1: FieldValues;
  pass2: FieldValues;
  errors1: readonly KeyingError[];
  errors2: readonly KeyingError[];
  /** Errors both clerks made identically (also in errors1 and errors2). */
  sameErrors: readonly KeyingError[];
  variants1?: readonly KeyedVariant[];
  variants2?: readonly KeyedVariant[];
  /** (c); absent when the process was not run (then only (a) and (b) are reported). */
  process?: ProcessOutcome;
}

export type MethodId = 'single' | 'exact' | 'process';

/** Why an error survived (or was made). */
export const RESIDUAL_CAUSES = [
  'SINGLE_KEYING', // (a): nobody checked
  'IDENTICAL_MISREADING', // both clerks fooled by the same ambiguous handwriting
  'IDENTICAL_SLIP', // two slips that happen to give the same value
  'COINCIDENT', // both wrong in ways the comparator takes for the same value
  'REVIEWER_FOOLED', // flagged, and the reviewer read the scan the way it misleads
  'REVIEWER_SLIP', // flagged, and the reviewer kept a wrong keying
  'SPOT_CHECKER_FOOLED', // a spot checker "corrected" the value into a misreading
  'SPOT_CHECK_MISSED', // an identical error in a spot-checked record that the checker overlooked
  'CHECK_ON_OTHER_FIELD', // a rule saw it, but raised its discrepancy on another field, the only one resolved
  'NOT_VERIFIED', // the form has no verified record
  'OTHER',
] as const;
export type ResidualCause = (typeof RESIDUAL_CAUSES)[number];

export interface MethodStats {
  id: MethodId;
  label: string;
  fieldsKeyed: number;
  /** Fields whose input held an error: pass 1 for (a); either keying for (b) and (c). */
  fieldsWithError: number;
  /** Fields flagged for a reviewer; null for single keying. */
  discrepancies: number | null;
  /** Disagreements where both keyings meant the true value (harmless variants): nothing to correct. */
  falseDiscrepancies: number | null;
  /** Fields with an erroneous keying whose final value is right. */
  errorsCaught: number;
  /** Fields both keyings had right whose final value is wrong (a fooled reviewer or checker). */
  errorsIntroduced: number;
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

export interface VariantStats {
  kind: string;
  /** Field keyings in this variant (both passes). */
  keyed: number;
  /** Of those, keyings the comparator does not take for the same value as without the variant. */
  notFolded: number;
  /** False discrepancies on fields keyed in this variant: (b) exact strings, (c) our process. */
  falseInExact: number;
  falseInProcess: number;
}

export interface AccuracyReport {
  forms: number;
  /** Non-empty fields of the true forms: what the clerks keyed (the denominator). */
  fieldsKeyed: number;
  /** Template fields x forms, empty ones included. */
  templateFields: number;
  reviewerErrorRate: number;
  /** Errors both clerks made identically, before any check: what double entry alone cannot see. */
  identicalErrors: { misreadings: number; slips: number; per1000: number };
  methods: MethodStats[];
  /** Harmless variants keyed, and the false discrepancies they caused. */
  variants: VariantStats[];
  process: {
    formsWithRecord: number;
    formsWithoutRecord: number;
    autoVerified: number;
    reviewed: number;
    /** Disagreements caused only by harmless variants, per 100 forms. */
    falseDiscrepanciesPer100Forms: number;
    /** Forms sent to review by disagreements between the keyings (maybe checks too). */
    formsWithDisagreements: number;
    /** Per check: discrepancy kinds that are not disagreements, and SPOT_CHECK. */
    checks: CheckStats[];
    residualInAutoRecords: number;
    residualInReviewedRecords: number;
    spotChecks: SpotCheckStats;
  } | null;
  /** Discrepancies the field-aware comparator alone raises (what `compare` reports). */
  comparatorDiscrepancies: number;
  /** Fields of pass 1 the comparator tells apart from the truth although they mean it (what `compare TRUTH FIRST` flags beyond (a)'s errors). */
  unfoldedVariantsInPass1: number;
}

