import { Batch, FormTemplate } from '../db/entities/index.js';
import { BATCH_CODE_RULE, isBatchCode } from '../domain/codes.js';
import { DomainError, ValidationError, type FieldProblem } from '../domain/errors.js';
import { SPOT_CHECK_MODES, type SpotCheckMode } from '../domain/spot-check.js';
import { isPlaceText } from '../domain/values.js';
import { audit } from './audit.service.js';
import type { ServiceContext } from './context.js';

export interface CreateBatchInput {
  code: string;
  templateCode: string;
  provinceCode: string;
  district: string;
  commune: string;
  spotCheckEvery?: number | null;
  spotCheckPercent?: number | null;
  spotCheckSeed?: number | null;
  spotCheckMode?: SpotCheckMode | null;
}

export interface SpotCheckPolicy {
  every?: number | null;
  percent?: number | null;
  seed?: number | null;
  /** How a percentage is drawn; UNIFORM when left out. */
  mode?: SpotCheckMode | null;
}

function policyProblems(p: { every?: number | null; percent?: number | null; mode?: string | null }, prefix: string): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (p.every != null && p.percent != null) out.push({ field: prefix, reason: 'choose every N or a percentage, not both' });
  const modeField = `${prefix}Mode`.replace('policyMode', 'policy.mode');
  if (p.mode != null && !(SPOT_CHECK_MODES as readonly string[]).includes(p.mode)) out.push({ field: modeField, reason: `must be one of ${SPOT_CHECK_MODES.join(', ')}` });
  // RISK weights a share of the forms: it needs a percentage to weight.
  else if (p.mode === 'RISK' && p.percent == null) out.push({ field: modeField, reason: 'RISK draws a percentage of the forms: give a percentage' });
  if (p.every != null && (!Number.isInteger(p.every) || p.every < 2 || p.every > 100000)) out.push({ field: `${prefix}Every`.replace('policyEvery', 'policy.every'), reason: 'must be an integer from 2 to 100000' });
  if (p.percent != null && !(p.percent > 0 && p.percent <= 100)) out.push({ field: `${prefix}Percent`.replace('policyPercent', 'policy.percent'), reason: 'must be more than 0 and at most 100' });
  return out;
}

/** The policy as the audit trail records it (the mode named, so a reader knows how forms were drawn). */
const policyData = (b: Batch) => ({ mode: b.spotCheckMode, every: b.spotCheckEvery ?? null, percent: b.spotCheckPercent ?? null, seed: b.spotCheckSeed ?? null });

const throwProblems = (problems: FieldProblem[]) => {
  if (problems.length) throw new ValidationError(problems.map((p) => `${p.field} ${p.reason}`).join('; '), problems);
};

/** Batches as admins register and configure them; each change commits with its audit event. */
export class BatchService {
  async create(ctx: ServiceContext, input: CreateBatchInput): Promise<Batch> {
    const problems: FieldProblem[] = [];
    if (!isBatchCode(input.code)) problems.push({ field: 'input.code', reason: `must be ${BATCH_CODE_RULE}` });
    if (!/^\d{3}$/.test(input.provinceCode)) problems.push({ field: 'input.provinceCode', reason: 'must be a 3-digit province code' });
    if (!input.district.trim() || input.district.length > 200) problems.push({ field: 'input.district', reason: 'must be 1 to 200 characters' });
    else if (!isPlaceText(input.district)) problems.push({ field: 'input.district', reason: 'may contain only letters, digits, spaces and place-name punctuation' });
    if (!input.commune.trim() || input.commune.length > 200) problems.push({ field: 'input.commune', reason: 'must be 1 to 200 characters' });
    else if (!isPlaceText(input.commune)) problems.push({ field: 'input.commune', reason: 'may contain only letters, digits, spaces and place-name punctuation' });
    problems.push(...policyProblems({ every: input.spotCheckEvery, percent: input.spotCheckPercent, mode: input.spotCheckMode }, 'input.spotCheck'));
    throwProblems(problems);
    return ctx.em.transactional(async (em) => {
      const template = await em.findOne(FormTemplate, { code: input.templateCode }, { orderBy: { version: 'desc' } });
      if (!template) throw new ValidationError(`template "${input.templateCode}" does not exist`, [{ field: 'input.templateCode', reason: 'unknown template' }]);
      if (await em.count(Batch, { code: input.code })) throw new DomainError('CONFLICT', `batch "${input.code}" already exists`);
      const batch = em.create(Batch, {
        code: input.code,
        template,
        provinceCode: input.provinceCode,
        district: input.district.trim(),
        commune: input.commune.trim(),
        status: 'OPEN',
        createdAt: new Date(),
        spotCheckEvery: input.spotCheckEvery ?? null,
        spotCheckPercent: input.spotCheckPercent ?? null,
        spotCheckSeed: input.spotCheckPercent ? input.spotCheckSeed ?? Math.floor(Math.random() * 2 ** 31) : null,
        spotCheckMode: input.spotCheckMode ?? 'UNIFORM',
      });
      await em.flush();
      await audit(em, ctx.actor, [
        {
          action: 'batch.create',
          entityType: 'batch',
          entityId: batch.id,
          data: { code: batch.code, template: `${template.code}@${template.version}`, provinceCode: batch.provinceCode, spotCheck: policyData(batch) },
        },
      ]);
      return batch;
    });
  }

  /**
   * Applies to forms verified from now on; the seed is recorded so the draw can be reproduced.
   * RISK (with a percentage) weights the draw by the clerks' error rates and draws reviewed forms too.
   */
  async setSpotCheckPolicy(ctx: ServiceContext, batchId: number, policy: SpotCheckPolicy): Promise<Batch> {
    throwProblems(policyProblems(policy, 'policy'));
    return ctx.em.transactional(async (em) => {
      const batch = await em.findOne(Batch, batchId);
      if (!batch) throw new DomainError('NOT_FOUND', `batch ${batchId} does not exist`);
      batch.spotCheckEvery = policy.every ?? null;
      batch.spotCheckPercent = policy.percent ?? null;
      batch.spotCheckSeed = policy.percent ? policy.seed ?? Math.floor(Math.random() * 2 ** 31) : null;
      batch.spotCheckMode = policy.mode ?? 'UNIFORM';
      await em.flush();
      await audit(em, ctx.actor, [{ action: 'batch.spotcheck', entityType: 'batch', entityId: batch.id, data: policyData(batch) }]);
      return batch;
    });
  }
}
