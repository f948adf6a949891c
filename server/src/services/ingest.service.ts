import { DeadlockException, LockWaitTimeoutException, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Comparator } from '../domain/compare.js';
import { DomainError } from '../domain/errors.js';
import { credentialOf, type KeyingSubmission } from '../domain/keying.js';
import { Deltas } from './aggregates.js';
import type { Actor, ServiceContext } from './context.js';
import { applyKeyings } from './ingest/apply.js';
import { keyReused } from './ingest/outcomes.js';
import { prepareKeyings } from './ingest/prepare.js';
import { applyRekey } from './ingest/rekey.js';
import type { IngestDeps, KeyingOutcome, Outcomes } from './ingest/types.js';
import { isPostgres, needsOrmTransaction, sqlTransaction, Writes } from './sql.js';
import { refreshBatches } from './task-state.js';
import type { TaskService } from './task.service.js';
import type { TemplateCache } from './templates.js';
import type { Vault } from './vault.js';

export type { KeyingSubmission } from '../domain/keying.js';
export type { KeyingOutcome, OutcomeStatus } from './ingest/types.js';

/**
 * Ingest of keyings: checks without a transaction (ingest/prepare.ts), then passes 1 and 2
 * (ingest/apply.ts) and re-keys (ingest/rekey.ts) in one transaction. Direct SQL on purpose:
 * this is the benchmarked hot path.
 */
export class IngestService {
  private readonly deps: IngestDeps;

  constructor(templates: TemplateCache, comparator: Comparator, private readonly maxPerCall: number, tasks: TaskService, vault: Vault) {
    this.deps = { templates, comparator, tasks, vault };
  }

  async submit(ctx: ServiceContext, inputs: KeyingSubmission[]): Promise<KeyingOutcome[]> {
    if (inputs.length > this.maxPerCall) {
      throw new DomainError('TOO_MANY_ITEMS', `at most ${this.maxPerCall} keyings per call, got ${inputs.length}`, { max: this.maxPerCall });
    }
    // A concurrent request may insert the same idempotency key first (or deadlock with us); the
    // retry then sees its rows and answers DUPLICATE/CONFLICT instead of failing the whole call.
    let orm = false;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.trySubmit(ctx.em, inputs, ctx.actor, orm);
      } catch (e) {
        // A rare branch (a household check reopening a verified form) works through the ORM: the
        // call again, whole, in the ORM's transaction.
        if (!orm && needsOrmTransaction(e)) {
          orm = true;
          attempt--;
          continue;
        }
        const retryable = e instanceof UniqueConstraintViolationException || e instanceof DeadlockException || e instanceof LockWaitTimeoutException;
        if (retryable && attempt < 4) continue;
        throw e;
      }
    }
  }

  private async trySubmit(em0: SqlEntityManager, original: KeyingSubmission[], actor: Actor | null, orm: boolean): Promise<KeyingOutcome[]> {
    const now = new Date();
    const outcomes: Outcomes = new Array(original.length);
    const em = em0.fork();
    const credential = credentialOf(actor);
    const { inputs, prepared, firstByKey, hashes } = await prepareKeyings(em, this.deps.templates, original, actor, now, outcomes);

    if (prepared.length) {
      const twoPass = prepared.filter((p) => p.input.pass !== 3);
      const rekeys = prepared.filter((p) => p.input.pass === 3);
      const save = async (tx: SqlEntityManager) => {
        const agg = new Deltas();
        const writes = new Writes(isPostgres(tx));
        const touched = twoPass.length ? await applyKeyings(this.deps, tx, twoPass, outcomes, now, actor, agg, credential, writes) : null;
        // A re-key reads its batch's forms and tasks: the writes of passes 1 and 2 go first.
        if (rekeys.length) await writes.flush(tx);
        for (const p of rekeys) outcomes[p.index] = await applyRekey(this.deps, tx, p, now, agg, credential);
        await agg.commit(tx, writes);
        // Everything left, in one statement with the batch locks, before readiness counts what it changed.
        await refreshBatches(tx, touched?.batches ?? [], touched?.pending ?? new Set(), actor, writes);
      };
      // Passes 1 and 2 are direct SQL; a re-key reads and writes through the ORM.
      await (orm || rekeys.length ? em.transactional(save) : sqlTransaction(em, save));
    }

    // Repeated keys within the call repeat the first one's outcome.
    for (let index = 0; index < inputs.length; index++) {
      if (outcomes[index]) continue;
      const first = outcomes[firstByKey.get(inputs[index].idempotencyKey)!]!;
      const sameContent = hashes[first.index] !== undefined && hashes[first.index] === hashes[index];
      if (!sameContent) outcomes[index] = keyReused(index, inputs[index]);
      else if (first.status === 'REJECTED') outcomes[index] = { ...first, index };
      else outcomes[index] = { ...first, index, status: 'DUPLICATE' };
    }
    return outcomes as KeyingOutcome[];
  }
}
