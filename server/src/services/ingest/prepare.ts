import type { SqlEntityManager } from '@mikro-orm/knex';
import { Batch } from '../../db/entities/index.js';
import { keyingFingerprint } from '../../domain/fingerprint.js';
import { isKeyerCode } from '../../domain/codes.js';
import { envelopeProblems, signedInClerk, withClerkCode, type KeyingSubmission } from '../../domain/keying.js';
import { inTeamScope, teamOf } from '../../domain/team-scope.js';
import { validateValues } from '../../domain/values.js';
import type { Actor } from '../context.js';
import { exec, isPostgres } from '../sql.js';
import { entityRows } from '../entity-rows.js';
import type { TemplateCache } from '../templates.js';
import { rejected } from './outcomes.js';
import type { Outcomes, Prepared } from './types.js';

export interface PreparedCall {
  /** The inputs as judged: a signed-in clerk's carry the clerk's code. */
  inputs: KeyingSubmission[];
  /** First keying of each idempotency key that passed every check. */
  prepared: Prepared[];
  firstByKey: Map<string, number>;
  /** Fingerprint by input index, for keyings whose values were valid. */
  hashes: string[];
}

/**
 * The keyer codes among `keyerCodes` that name a registered account, and the batches `batchCodes`
 * name, as plain rows (entity-rows.ts: nothing here is persisted). PostgreSQL: one round trip,
 * and one statement text whatever the number of codes.
 */
async function lookups(em: SqlEntityManager, keyerCodes: string[], batchCodes: string[]): Promise<{ registered: Set<string>; batches: Batch[] }> {
  if (isPostgres(em)) {
    const [r] = await exec<{ batches: Record<string, unknown>[]; keyers: string[] }[]>(
      em,
      `select (select coalesce(json_agg(b), '[]'::json) from batch b where b.code = any(?::text[])) as batches,
              (select coalesce(array_agg(u.keyer_code), '{}') from app_user u where u.keyer_code = any(?::text[])) as keyers`,
      [batchCodes, keyerCodes],
    );
    return { registered: new Set(r.keyers), batches: entityRows(em, Batch, r.batches) };
  }
  const registered = new Set<string>();
  for (let i = 0; i < keyerCodes.length; i += 500) {
    const part = keyerCodes.slice(i, i + 500);
    const rows = await exec<{ keyer_code: string }[]>(em, `select keyer_code from app_user where keyer_code in (${part.map(() => '?').join(',')})`, part);
    for (const r of rows) registered.add(r.keyer_code);
  }
  const rows = batchCodes.length ? await exec<Record<string, unknown>[]>(em, `select * from batch where code in (${batchCodes.map(() => '?').join(', ')})`, batchCodes) : [];
  return { registered, batches: entityRows(em, Batch, rows) };
}

/** Step 1: everything that can be checked without a transaction. Rejections go to `outcomes`. */
export async function prepareKeyings(em: SqlEntityManager, templates: TemplateCache, inputs: KeyingSubmission[], actor: Actor | null, now: Date, outcomes: Outcomes): Promise<PreparedCall> {
  const team = teamOf(actor);
  const clerk = signedInClerk(actor);
  if (clerk) inputs = withClerkCode(inputs, clerk);
  // Anyone else (a station, an API key) imports keyings made elsewhere: under registered codes only.
  const keyerCodes = clerk ? [] : [...new Set(inputs.map((i) => i.keyerCode).filter((c): c is string => typeof c === 'string' && isKeyerCode(c)))];
  const codes = [...new Set(inputs.map((i) => i.batchCode).filter((c) => typeof c === 'string'))];
  const { registered, batches } = await lookups(em, keyerCodes, codes);
  const batchByCode = new Map(batches.map((b) => [b.code, b]));
  const prepared: Prepared[] = [];
  const firstByKey = new Map<string, number>();
  const hashes: string[] = new Array(inputs.length);
  for (let index = 0; index < inputs.length; index++) {
    const input = inputs[index];
    if (clerk && input.keyerCode !== clerk.keyerCode) {
      outcomes[index] = rejected(index, input, 'KEYER_MISMATCH', `keying ${index} names keyer code "${input.keyerCode}", but you are signed in as clerk ${clerk.keyerCode}: leave keyerCode out or give your own`, [
        { field: 'keyerCode', reason: 'is not the signed-in clerk\'s code' },
      ]);
      continue;
    }
    const envelope = envelopeProblems(input, now);
    if (envelope.length) {
      outcomes[index] = rejected(index, input, 'BAD_USER_INPUT', `keying ${index} is invalid: ${envelope.map((p) => `${p.field} ${p.reason}`).join('; ')}`, envelope);
      continue;
    }
    if (!clerk && !registered.has(input.keyerCode)) {
      outcomes[index] = rejected(index, input, 'UNKNOWN_KEYER', `keyer code "${input.keyerCode}" is not registered: register the clerk first`, [{ field: 'keyerCode', reason: 'is not a registered keyer code' }]);
      continue;
    }
    const batch = batchByCode.get(input.batchCode);
    if (!batch) {
      outcomes[index] = rejected(index, input, 'NOT_FOUND', `batch "${input.batchCode}" does not exist`, [{ field: 'batchCode', reason: 'unknown batch' }]);
      continue;
    }
    // A clerk or station in a team keys that team's batches only (domain/team-scope.ts).
    if (!inTeamScope(team, batch)) {
      outcomes[index] = rejected(index, input, 'OUT_OF_TEAM', `batch "${input.batchCode}" is not one of team ${team!.code}'s batches: this sign-in keys only its team's batches`, [{ field: 'batchCode', reason: 'outside your team' }]);
      continue;
    }
    if (batch.status === 'HANDED_OVER') {
      outcomes[index] = rejected(index, input, 'CONFLICT', `batch "${input.batchCode}" was handed over and is locked`, [{ field: 'batchCode', reason: 'batch is locked' }]);
      continue;
    }
    const template = await templates.get(em, batch.template.id);
    const { values, clean, problems, strokes } = validateValues(template, input.values, input.illegibleFields ?? [], input.pass === 3);
    if (problems.length) {
      const msg = problems.map((p) => `${p.field} ${p.reason}`).join('; ');
      outcomes[index] = rejected(index, input, 'BAD_USER_INPUT', `keying ${index} has invalid values: ${msg}`, problems.map((p) => ({ field: `values.${p.field}`, reason: p.reason })));
      continue;
    }
    const json = JSON.stringify(values);
    const hash = keyingFingerprint(input, json);
    hashes[index] = hash;
    // Same key twice in one call: resolved after the transaction, from the first one's outcome.
    if (firstByKey.has(input.idempotencyKey)) continue;
    firstByKey.set(input.idempotencyKey, index);
    prepared.push({ input, index, batch, template, values, clean, hash, json, strokes });
  }
  return { inputs, prepared, firstByKey, hashes };
}
