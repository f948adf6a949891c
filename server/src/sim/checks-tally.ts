/**
 * The accuracy report's account of each check: a discrepancy kind that is not a disagreement
 * between the two keyings (RULE today; places, spelling and household checks as the server
 * reports them, by whatever name) and the spot checks. For each: the errors it caught, the false
 * flags it raised (fields whose agreed value was right), and the review it cost (forms that went
 * to review only because of it).
 */
import type { ProcessOutcome } from './accuracy.js';

/** What the comparator raises when the keyings disagree; every other kind is a check. */
export const DISAGREEMENT_KINDS: ReadonlySet<string> = new Set([
  'DIACRITIC', 'CASE_SPACING', 'TRANSPOSITION', 'OMISSION_INSERTION', 'SUBSTITUTION', 'DAY_MONTH_SWAP', 'MISSING', 'ILLEGIBLE', 'OTHER',
]);
/** Spot checks, reported beside the checks that flag fields. */
export const SPOT_CHECK = 'SPOT_CHECK';

export interface CheckStats {
  kind: string;
  /** Fields it flagged (spot checks: fields the checker changed). */
  flags: number;
  /** Flagged fields whose agreed value was wrong. */
  onErrors: number;
  /** Of those, right in the verified record. */
  caught: number;
  /** Flagged fields whose agreed value was right. */
  falseFlags: number;
  /** Of the false flags, on forms with a wrong agreed value in another field (a rule reading both, say). */
  falseFlagsErrorElsewhere: number;
  /** Flagged right values made wrong in review (a fooled reviewer or checker). */
  errorsIntroduced: number;
  /** Forms that went to review only because of this check (spot checks: forms checked). */
  extraReviewForms: number;
  /** Of those, forms where it caught at least one error. */
  extraReviewFormsUseful: number;
}

const empty = (kind: string): CheckStats => ({
  kind, flags: 0, onErrors: 0, caught: 0, falseFlags: 0, falseFlagsErrorElsewhere: 0, errorsIntroduced: 0, extraReviewForms: 0, extraReviewFormsUseful: 0,
});

export class CheckCounter {
  private readonly stats = new Map<string, CheckStats>();
  /** The one check that sent the current form to review, if only one did. */
  private only: string | null = null;
  private caughtIn = new Set<string>();
  private wrongFields = 0;

  private of(kind: string): CheckStats {
    let s = this.stats.get(kind);
    if (!s) this.stats.set(kind, (s = empty(kind)));
    return s;
  }

  startForm(proc: ProcessOutcome, wrong: (field: string) => boolean, fields: readonly string[]): void {
    this.caughtIn.clear();
    this.wrongFields = fields.filter(wrong).length;
    const kinds = new Set(proc.flagged.map((f) => f.kind));
    const checks = [...kinds].filter((k) => !DISAGREEMENT_KINDS.has(k));
    this.only = checks.length === 1 && checks.length === kinds.size ? checks[0]! : null;
    if (this.only) this.of(this.only).extraReviewForms++;
    if (proc.spotChecked) this.of(SPOT_CHECK).extraReviewForms++;
  }

  /** One field flagged by `kind` (not also in disagreement): was the agreed value wrong, is the final one right. */
  field(kind: string, wrong: boolean, right: boolean): void {
    const s = this.of(kind);
    s.flags++;
    if (wrong) {
      s.onErrors++;
      if (right) {
        s.caught++;
        this.caughtIn.add(kind);
      }
    } else {
      s.falseFlags++;
      if (this.wrongFields > 0) s.falseFlagsErrorElsewhere++;
      if (!right) s.errorsIntroduced++;
    }
  }

  endForm(spotChecked: boolean): void {
    if (this.only && this.caughtIn.has(this.only)) this.of(this.only).extraReviewFormsUseful++;
    if (spotChecked && this.caughtIn.has(SPOT_CHECK)) this.of(SPOT_CHECK).extraReviewFormsUseful++;
  }

  report(): CheckStats[] {
    return [...this.stats.values()].sort((a, b) => (a.kind === SPOT_CHECK ? 1 : b.kind === SPOT_CHECK ? -1 : a.kind.localeCompare(b.kind)));
  }
}
