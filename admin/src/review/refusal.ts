import type { FieldProblem } from '../graphql';
import { spotKey, type ReviewTask } from './reviewApi';

/**
 * Where the server's field problems belong on the review screen: `resolutions.N…` names the
 * N-th resolution sent (a discrepancy), `corrections.N…` the N-th spot-check correction (a field).
 * Returns the rows to flag and each problem with a readable label.
 */
export function locateProblems(
  problems: FieldProblem[],
  task: ReviewTask | null,
  fieldLabelOf: (fieldKey: string) => string,
  resolutions?: { discrepancyId: string }[],
  corrections?: { fieldKey: string }[],
): { flagged: Set<string>; shown: { label: string; reason: string }[] } {
  const flagged = new Set<string>();
  const shown = problems.map((p) => {
    const m = /^(resolutions|corrections)\.(\d+)/.exec(p.field);
    if (m && m[1] === 'resolutions' && resolutions) {
      const r = resolutions[Number(m[2])];
      const d = r && task?.discrepancies.find((x) => x.id === r.discrepancyId);
      if (d) {
        flagged.add(d.id);
        return { label: fieldLabelOf(d.fieldKey), reason: p.reason };
      }
    }
    if (m && m[1] === 'corrections' && corrections && task) {
      const c = corrections[Number(m[2])];
      if (c) {
        flagged.add(spotKey(task.id, c.fieldKey));
        return { label: fieldLabelOf(c.fieldKey), reason: p.reason };
      }
    }
    return { label: p.field, reason: p.reason };
  });
  return { flagged, shown };
}
