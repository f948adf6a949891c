/**
 * Our process without the server (for `simulate --files` and the specs): the comparator and the
 * rules raise what IngestService raises, the simulated reviewer resolves every flag and a seeded
 * draw picks spot checks among the automatically verified forms. Checks that need stored records
 * (places, households) are the server's: this estimate leaves them out.
 */
import { basicComparator, type Comparator } from '../domain/compare.js';
import { checkRules, ruleFields } from '../domain/rules.js';
import { DC01, type TemplateDef } from '../domain/template.js';
import type { FieldValues } from '../domain/values.js';
import type { FormObservation, ProcessOutcome } from './accuracy.js';
import { chosen, reviewField, reviewerDraw, spotCheck, type ReviewerModel } from './reviewer.js';

/**
 * What the server raises for a pair of keyings: the comparator's discrepancies plus RULE ones on
 * the agreed part (mirrors IngestService.ruleDiffs).
 */
export function processFlags(template: TemplateDef, cmp: Comparator, first: FieldValues, second: FieldValues, now = new Date()): { field: string; kind: string }[] {
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

export function offlineProcess(
  obs: FormObservation,
  opts: { template?: TemplateDef; comparator?: Comparator; seed: number; reviewerErrorRate: number; spotCheckShare: number | null; now?: Date },
): ProcessOutcome {
  const template = opts.template ?? DC01;
  const cmp = opts.comparator ?? basicComparator;
  const model: ReviewerModel = { seed: opts.seed, errorRate: opts.reviewerErrorRate };
  const scan = { truth: obs.truth, ambiguities: obs.ambiguities ?? {} };
  const flagged = processFlags(template, cmp, obs.pass1, obs.pass2, opts.now);
  const flaggedSet = new Set(flagged.map((f) => f.field));
  const verified: FieldValues = {};
  for (const f of template.fields) {
    const v1 = obs.pass1[f.key] ?? null;
    const v2 = obs.pass2[f.key] ?? null;
    verified[f.key] = cmp.canonical(f, flaggedSet.has(f.key) ? chosen(reviewField(model, scan, obs.key, f, v1, v2), v1, v2) : v1);
  }
  const automatic = flagged.length === 0;
  const spotChecked = automatic && opts.spotCheckShare !== null && reviewerDraw(opts.seed, obs.key, '', 'spot') < opts.spotCheckShare;
  const spotCorrected: string[] = [];
  if (spotChecked) {
    for (const c of spotCheck(model, scan, obs.key, template, verified)) {
      verified[c.fieldKey] = cmp.canonical(template.fields.find((f) => f.key === c.fieldKey)!, c.value);
      spotCorrected.push(c.fieldKey);
    }
  }
  return { verified, automatic, flagged, spotChecked, spotCorrected };
}
