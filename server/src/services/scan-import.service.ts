import { createHash } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { blindIndex } from '../domain/crypto.js';
import { DomainError } from '../domain/errors.js';
import { formatOfName, formNumberOfName, sniffScan, type ScanFormat } from '../domain/scan-file.js';
import { audit } from './audit.service.js';
import type { ServiceContext } from './context.js';
import type { ScanStore } from './scan-store.js';
import { exec, insertRows } from './sql.js';
import { refreshBatch } from './task-state.js';
import type { Vault } from './vault.js';

export interface ScanFile {
  /** The file's own name (no folder). */
  name: string;
  bytes: Uint8Array;
  /** From a manifest; otherwise the name without its ending. */
  formNumber?: string | null;
}

export type ScanOutcomeStatus = 'IMPORTED' | 'ALREADY_IMPORTED' | 'REFUSED';

/** One file's outcome: the reason names the file's problem, never anything read from the image. */
export interface ScanOutcome {
  file: string;
  formNumber: string | null;
  status: ScanOutcomeStatus;
  reason?: string;
}

export interface ScanBatch {
  id: number;
  code: string;
}

const megabytes = (n: number) => `${Math.round((n / 1048576) * 10) / 10} MB`;

/**
 * Registration of scanned forms: each file checked (an image, not too large, not a second copy),
 * sealed into the scan store, and its form made ready to key: a form row waiting for keyings and
 * one piece of keying work per pass not keyed yet. Each file is its own transaction, so a folder
 * with a bad file registers the others, and a run stopped half-way simply runs again (files
 * already registered with the same bytes answer ALREADY_IMPORTED).
 */
export class ScanImportService {
  constructor(
    private readonly scans: ScanStore,
    private readonly vault: Vault,
    readonly maxBytes: number,
  ) {}

  /** Why a file of this size is refused, or null: checked before reading a file. */
  tooLarge(size: number): string | null {
    return size > this.maxBytes ? `is ${megabytes(size)}, more than the ${megabytes(this.maxBytes)} allowed` : null;
  }

  /** The batch scans go into: it must exist and not be handed over. */
  async batch(em: SqlEntityManager, code: string): Promise<ScanBatch> {
    const [b] = await exec<{ id: number; code: string; status: string }[]>(em, 'select id, code, status from batch where code = ?', [code]);
    if (!b) throw new DomainError('NOT_FOUND', `batch "${code}" does not exist`, { field: 'batch' });
    if (b.status === 'HANDED_OVER') throw new DomainError('INVALID_TRANSITION', `batch ${code} was handed over: no more forms can be added to it`, { field: 'batch' });
    return { id: Number(b.id), code: b.code };
  }

  /** Checks and registers one file (see the class comment). */
  async register(ctx: ServiceContext, batch: ScanBatch, file: ScanFile): Promise<ScanOutcome> {
    const refused = (reason: string, formNumber: string | null = null): ScanOutcome => ({ file: file.name, formNumber, status: 'REFUSED', reason });
    let formNumber = file.formNumber ?? null;
    if (!formNumber) {
      const n = formNumberOfName(file.name);
      if ('problem' in n) return refused(n.problem);
      formNumber = n.formNumber;
    }
    const big = this.tooLarge(file.bytes.byteLength);
    if (big) return refused(big, formNumber);
    const sniffed = sniffScan(file.bytes);
    if ('problem' in sniffed) return refused(sniffed.problem, formNumber);
    const named = formatOfName(file.name);
    if (named && named !== sniffed.format) return refused(`is named .${named} but holds a ${sniffed.format.toUpperCase()} image`, formNumber);
    // Keyed, so equal scans can be found without keeping a plain hash of a personal document.
    const contentIndex = blindIndex(this.vault.keyRing, `scan:${createHash('sha256').update(file.bytes).digest('hex')}`);
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.store(ctx, batch, file, formNumber, sniffed.format, contentIndex);
      } catch (e) {
        // Another import registered the same form at the same moment: decide again against it.
        if (e instanceof UniqueConstraintViolationException && attempt < 2) continue;
        throw e;
      }
    }
  }

  private async store(ctx: ServiceContext, batch: ScanBatch, file: ScanFile, formNumber: string, format: ScanFormat, contentIndex: string): Promise<ScanOutcome> {
    const out = (status: ScanOutcomeStatus, reason?: string): ScanOutcome => ({ file: file.name, formNumber, status, ...(reason ? { reason } : {}) });
    return ctx.em.transactional(async (tx) => {
      const now = new Date();
      const [form] = await exec<{ id: number; status: string }[]>(tx, 'select id, status from form where batch_id = ? and form_number = ?', [batch.id, formNumber]);
      const same = await exec<{ form_id: number; form_number: string; batch_code: string }[]>(
        tx,
        'select s.form_id, f.form_number, b.code as batch_code from scan s join form f on f.id = s.form_id join batch b on b.id = s.batch_id where s.content_index = ? order by s.id limit 1',
        [contentIndex],
      );
      if (form) {
        const [own] = await exec<{ content_index: string }[]>(tx, 'select content_index from scan where form_id = ?', [form.id]);
        if (own?.content_index === contentIndex) return out('ALREADY_IMPORTED');
        if (own) return out('REFUSED', `form ${formNumber} of batch ${batch.code} already has a different scan`);
      }
      if (same[0]) return out('REFUSED', `is the same image as form ${same[0].form_number} of batch ${same[0].batch_code} (a duplicate)`);
      // Where the review screen finds the scan (served by http-scans.ts, whatever the form's format).
      const imageRef = `/scans/${encodeURIComponent(batch.code)}/${encodeURIComponent(formNumber)}.${format}`;
      let formId: number;
      let formStatus = 'AWAITING_KEYINGS';
      if (form) {
        formId = Number(form.id);
        formStatus = form.status;
        await exec(tx, 'update form set image_ref = ? where id = ? and image_ref is null', [imageRef, formId], 'run');
      } else {
        [formId] = await insertRows(tx, 'form', ['batch_id', 'form_number', 'image_ref', 'status', 'created_at', 'updated_at'], [[batch.id, formNumber, imageRef, 'AWAITING_KEYINGS', now, now]], { returningIds: true });
        formId = Number(formId);
      }
      await insertRows(tx, 'scan', ['form_id', 'batch_id', 'format', 'bytes', 'content_index', 'file_name', 'created_by_id', 'created_at'], [
        [formId, batch.id, format, file.bytes.byteLength, contentIndex, file.name, ctx.actor && ctx.actor.kind !== 'key' ? ctx.actor.userId : null, now],
      ]);
      // Work for each pass still to key: none for a form already past keying (keyed elsewhere).
      if (formStatus === 'AWAITING_KEYINGS' || formStatus === 'ONE_PASS_KEYED') {
        const keyed = new Set((await exec<{ pass: number }[]>(tx, 'select pass from keying where form_id = ?', [formId])).map((r) => Number(r.pass)));
        const passes = [1, 2].filter((p) => !keyed.has(p));
        if (passes.length) await insertRows(tx, 'keying_work', ['form_id', 'batch_id', 'pass', 'status', 'created_at'], passes.map((p) => [formId, batch.id, p, 'OPEN', now]), { onConflictDoNothing: ['form_id', 'pass'] });
      }
      // Sealed on disk before COMMIT: a failed commit leaves a file the re-run overwrites, never a row without its file.
      this.scans.write(batch.code, formNumber, file.bytes, format);
      await audit(tx, ctx.actor, [{ action: 'scans.register', entityType: 'form', entityId: formId, data: { batchId: batch.id, formNumber, format, bytes: file.bytes.byteLength } }], now);
      // A ready batch with a new form to key is open again.
      if (!form) await refreshBatch(tx, batch.id, ctx.actor);
      return out('IMPORTED');
    });
  }
}
