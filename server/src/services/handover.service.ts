import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { LockMode } from '@mikro-orm/core';
import { Batch, Form, User, VerifiedRecord } from '../db/entities/index.js';
import { CSV_FORMULA_GUARD, csvText } from '../domain/csv.js';
import { DomainError, ValidationError } from '../domain/errors.js';
import { batchMachine, type BatchStatus } from '../domain/state-machine.js';
import { ILLEGIBLE } from '../domain/values.js';
import { audit } from './audit.service.js';
import type { Actor, ServiceContext } from './context.js';
import { isPostgres } from './sql.js';
import type { TaskService } from './task.service.js';
import type { TemplateCache } from './templates.js';
import type { Vault } from './vault.js';

export interface ManifestFile {
  name: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  batch: string;
  provinceCode: string;
  template: { code: string; version: number };
  recordCount: number;
  rejectedForms: number;
  files: ManifestFile[];
  /** How records.csv differs from the values (records.ndjson has them as they are). Absent in handovers made before the guard. */
  csvFormulaGuard?: string;
  exportedBy: string;
  exportedAt: string;
}

export interface ExportResult {
  manifest: Manifest;
  manifestSha256: string;
  directory: string;
}

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/**
 * Handover of a fully verified batch: its verified records as NDJSON and CSV plus a manifest.
 * The first export fixes who and when; exporting again rebuilds byte-identical files from the
 * locked records and checks them against the stored manifest.
 */
export class HandoverService {
  constructor(
    private readonly templates: TemplateCache,
    private readonly tasks: TaskService,
    private readonly exportDir: string,
    private readonly vault: Vault,
  ) {}

  async export(ctx: ServiceContext, batchId: number, onProgress?: (done: number, total: number) => void): Promise<ExportResult> {
    const actor = ctx.actor;
    return ctx.em.transactional(async (em) => {
      const batch = await em.findOne(Batch, batchId, { ...(isPostgres(em) ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}), populate: ['template'] });
      if (!batch) throw new DomainError('NOT_FOUND', `batch ${batchId} does not exist`);
      this.directoryFor(batch.code); // before any change: write() checks every path again
      const first = batch.status !== 'HANDED_OVER';
      if (first) {
        if (!(await this.tasks.isReady(em, batch.id))) {
          throw new DomainError('INVALID_TRANSITION', `batch ${batch.code} is not ready: every form must be verified or rejected and no task may be open`);
        }
        if (batch.status === 'OPEN') this.move(batch, 'READY');
      }
      const exportedAt = first ? new Date() : batch.handedOverAt!;
      const exportedBy = first ? actor?.username ?? 'system' : (await em.findOne(User, batch.handedOverBy?.id ?? 0))?.username ?? 'system';
      // A re-export reproduces the handover as it was made: one from before the CSV guard unguarded.
      const guard = first || !batch.manifest || 'csvFormulaGuard' in JSON.parse(batch.manifest);
      const result = await this.write(em, batch, exportedAt, exportedBy, guard, onProgress);
      if (first) {
        this.move(batch, 'HANDED_OVER');
        batch.handedOverAt = exportedAt;
        batch.handedOverBy = actor ? em.getReference(User, actor.userId) : null;
        batch.manifest = JSON.stringify(result.manifest);
      } else if (batch.manifest && sha256(JSON.stringify(JSON.parse(batch.manifest), null, 2) + '\n') !== result.manifestSha256) {
        throw new DomainError('CONFLICT', `re-export of batch ${batch.code} differs from its handover manifest; the records were changed`);
      }
      await em.flush();
      await audit(em, actor, [{ action: first ? 'batch.handover' : 'batch.reexport', entityType: 'batch', entityId: batch.id, data: { from: first ? 'READY' : 'HANDED_OVER', to: 'HANDED_OVER', manifestSha256: result.manifestSha256, recordCount: result.manifest.recordCount } }]);
      return result;
    });
  }

  /** An admin unlocks a handed-over batch; the reason stays in the audit trail. */
  async reopen(ctx: ServiceContext, batchId: number, reason: string): Promise<Batch> {
    const actor = ctx.actor as Actor;
    const why = (reason ?? '').trim();
    if (!why) throw new ValidationError('reason is required', [{ field: 'reason', reason: 'is required' }]);
    return ctx.em.transactional(async (em) => {
      const batch = await em.findOne(Batch, batchId, isPostgres(em) ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
      if (!batch) throw new DomainError('NOT_FOUND', `batch ${batchId} does not exist`);
      if (batch.status !== 'HANDED_OVER') throw new DomainError('INVALID_TRANSITION', `batch ${batch.code} is ${batch.status}, not handed over`);
      this.move(batch, 'OPEN');
      const manifest = batch.manifest;
      batch.handedOverAt = null;
      batch.handedOverBy = null;
      batch.manifest = null;
      await em.flush();
      await audit(em, actor, [{ action: 'batch.reopen', entityType: 'batch', entityId: batch.id, data: { from: 'HANDED_OVER', to: 'OPEN', reason: why, previousManifest: manifest ? JSON.parse(manifest) : null } }]);
      await this.tasks.refreshBatch(em, batch.id, actor);
      return em.findOneOrFail(Batch, batch.id, { refresh: true });
    });
  }

  /**
   * The batch's folder under the exports folder, or an error when its code would lead elsewhere
   * (codes are checked at creation, but a database may hold older ones such as '..').
   */
  directoryFor(code: string): string {
    return this.inside(resolve(this.exportDir, code.replace(/[^\p{L}\p{N}._-]/gu, '_')));
  }

  private inside(path: string): string {
    const rel = relative(resolve(this.exportDir), path);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) throw new DomainError('BAD_USER_INPUT', `refusing to write ${path}: outside the exports folder ${resolve(this.exportDir)}`);
    return path;
  }

  private async write(em: SqlEntityManager, batch: Batch, exportedAt: Date, exportedBy: string, guard: boolean, onProgress?: (done: number, total: number) => void): Promise<ExportResult> {
    const dir = this.directoryFor(batch.code);
    const row = (cells: string[]) => csvText([cells], { guard, eol: '\n' });
    const template = await this.templates.get(em, batch.template.id);
    const keys = template.fields.map((f) => f.key);
    const total = await em.count(VerifiedRecord, { batch: batch.id });
    const rejectedForms = await em.count(Form, { batch: batch.id, status: 'REJECTED' });
    const ndjson: string[] = [];
    const csv: string[] = [row(['batchCode', 'formNumber', 'verifiedAt', ...keys])];
    // Pages in form order (form ids are the keyset cursor): deterministic, and bounded per page.
    let lastId = 0;
    let done = 0;
    for (;;) {
      const page = await em.find(VerifiedRecord, { batch: batch.id, form: { $gt: lastId } }, { orderBy: { form: 'asc' }, limit: 1000, populate: ['form'] });
      if (!page.length) break;
      for (const r of page) {
        const opened = this.vault.openRecord(r.form.id, r.values);
        const values: Record<string, string | null> = {};
        const illegible: string[] = [];
        for (const k of keys) {
          const v = opened[k] ?? null;
          if (v === ILLEGIBLE) illegible.push(k);
          values[k] = v === ILLEGIBLE ? null : v;
        }
        ndjson.push(JSON.stringify({ batchCode: batch.code, formNumber: r.form.formNumber, verifiedAt: r.verifiedAt.toISOString(), values, illegibleFields: illegible }));
        csv.push(row([batch.code, r.form.formNumber, r.verifiedAt.toISOString(), ...keys.map((k) => (opened[k] ?? '') as string)]));
      }
      lastId = page[page.length - 1].form.id;
      done += page.length;
      onProgress?.(done, total);
    }
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const files: [string, string][] = [
      ['records.ndjson', ndjson.map((l) => l + '\n').join('')],
      ['records.csv', csv.join('')],
    ];
    const manifest: Manifest = {
      batch: batch.code,
      provinceCode: batch.provinceCode,
      template: { code: template.code, version: template.version },
      recordCount: done,
      rejectedForms,
      files: files.map(([name, body]) => ({ name, bytes: Buffer.byteLength(body), sha256: sha256(body) })),
      ...(guard ? { csvFormulaGuard: CSV_FORMULA_GUARD } : {}),
      exportedBy,
      exportedAt: exportedAt.toISOString(),
    };
    const manifestText = JSON.stringify(manifest, null, 2) + '\n';
    for (const [name, body] of [...files, ['manifest.json', manifestText] as [string, string]]) {
      // Write then rename: a reader never sees half a file.
      const tmp = this.inside(join(dir, `.${name}.tmp`));
      writeFileSync(tmp, body, { mode: 0o600 });
      renameSync(tmp, this.inside(join(dir, name)));
    }
    return { manifest, manifestSha256: sha256(manifestText), directory: dir };
  }

  private move(batch: Batch, to: BatchStatus): void {
    batchMachine.assert(batch.status, to);
    batch.status = to;
  }
}
