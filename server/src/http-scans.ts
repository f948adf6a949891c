import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Orm } from './db/orm.js';
import { Form } from './db/entities/index.js';
import type { DomainError } from './domain/errors.js';
import { createLoaders } from './graphql/loaders.js';
import { revealsForm } from './graphql/personal.js';
import { audit } from './services/audit.service.js';
import type { Actor } from './services/context.js';
import type { Services } from './services/index.js';
import { isScanName } from './services/scan-store.js';
import { SCAN_CONTENT_TYPE } from './domain/scan-file.js';

/** Shaped like the GraphQL errors, as the other refusals made outside GraphQL. */
const refuse = (res: Response, status: number, code: string, message: string) => res.status(status).json({ errors: [{ message, extensions: { code } }] });

/**
 * `/<batchCode>/<formNumber>.<svg|png|jpg|pdf>` below /scans, each part decoded once; null for
 * anything else. The ending does not choose the file: a form has one scan, served in its own format.
 */
export function parseScanPath(path: string): { batchCode: string; formNumber: string } | null {
  const m = /^\/([^/]+)\/([^/]+)\.(?:svg|png|jpg|pdf)$/.exec(path);
  if (!m) return null;
  let batchCode: string;
  let formNumber: string;
  try {
    batchCode = decodeURIComponent(m[1]);
    formNumber = decodeURIComponent(m[2]);
  } catch {
    return null;
  }
  // No separators, dots-only or hidden names after decoding: nothing can climb out of the scan directory.
  return isScanName(batchCode) && isScanName(formNumber) ? { batchCode, formNumber } : null;
}

/**
 * `GET /scans/<batchCode>/<formNumber>.svg`, after `authenticate`: the form's scan, opened, for a
 * signed-in person who may see that form in clear (revealsForm: admins, the reviewer or manager
 * holding or having resolved its task). Anyone else signed in gets the same 404 whether the form
 * or scan exists or not, so batch codes and form numbers can't be probed. API keys are refused:
 * scans are not part of the records interface, whose data they can read as values.
 */
export function scanRoute(orm: Orm, services: Services, afterAudit: () => void): RequestHandler {
  return async (req, res, next) => {
    // Personal data, and what each caller may see changes with task claims: never cached.
    res.set('Cache-Control', 'no-store');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.set('Allow', 'GET, HEAD');
      return refuse(res, 405, 'METHOD_NOT_ALLOWED', 'scans are only read (GET)');
    }
    const authError = res.locals.authError as DomainError | undefined;
    const actor = (res.locals.actor as Actor | null) ?? null;
    if (authError || !actor) {
      res.set('WWW-Authenticate', 'Bearer');
      return refuse(res, 401, 'UNAUTHENTICATED', authError?.message ?? 'sign in to see scans (Authorization: Bearer <token>)');
    }
    if (actor.kind === 'key') return refuse(res, 403, 'FORBIDDEN', 'scans are not served to API keys');
    if (actor.mustChangePassword) return refuse(res, 403, 'PASSWORD_CHANGE_REQUIRED', 'choose a new password with changePassword first');
    const notFound = () => refuse(res, 404, 'NOT_FOUND', 'no such scan, or it is not yours to see');
    const where = parseScanPath(req.path);
    if (!where) return notFound();
    try {
      const em = (res.locals.em as Orm['em'] | undefined) ?? orm.em.fork();
      // A clerk sees the scan of the form they hold to key, and only while they hold it.
      const held = actor.role === 'KEYER' ? await services.keyingWork.heldForm(em, actor, where.batchCode, where.formNumber) : null;
      const form = held !== null ? { id: held } : actor.role === 'KEYER' ? null : await em.findOne(Form, { batch: { code: where.batchCode }, formNumber: where.formNumber }, { fields: ['id'] });
      if (!form) return notFound();
      if (held === null && !(await revealsForm({ em, actor, services, loaders: createLoaders(em) }, form.id))) return notFound();
      const scan = services.scans.readAny(where.batchCode, where.formNumber);
      if (!scan) return notFound();
      // Admins' reads of personal data leave a trace, as their record reads do (auditRead).
      if (actor.role === 'ADMIN') {
        await audit(em, actor, [{ action: 'scans.read', entityType: 'form', entityId: form.id }]);
        afterAudit();
      }
      res.status(200).set({
        'Content-Type': SCAN_CONTENT_TYPE[scan.format],
        // An SVG can carry script and links: here it runs nothing, loads nothing, and is never sniffed.
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
        'X-Content-Type-Options': 'nosniff',
        'Content-Disposition': 'inline',
      });
      res.end(scan.bytes);
    } catch (e) {
      next(e);
    }
  };
}

/**
 * `PUT /scans/<batchCode>/<fileName>` (admins): registers one scanned form, the body being the
 * file's bytes (services/scan-import.service.ts). Answers the file's outcome as JSON: 200 when
 * registered or already there, 422 with the reason when refused (not an image, too large, a
 * duplicate), 413 beyond SCAN_MAX_BYTES. The dashboard sends one file per request, so it can show
 * each file's progress and outcome.
 */
export function scanUploadRoute(orm: Orm, services: Services, afterAudit: () => void): RequestHandler {
  return async (req, res, next) => {
    res.set('Cache-Control', 'no-store');
    const authError = res.locals.authError as DomainError | undefined;
    const actor = (res.locals.actor as Actor | null) ?? null;
    if (authError || !actor) {
      res.set('WWW-Authenticate', 'Bearer');
      return refuse(res, 401, 'UNAUTHENTICATED', authError?.message ?? 'sign in to register scans (Authorization: Bearer <token>)');
    }
    if (actor.kind === 'key' || actor.role !== 'ADMIN') return refuse(res, 403, 'FORBIDDEN', 'only admins register scans');
    if (actor.mustChangePassword) return refuse(res, 403, 'PASSWORD_CHANGE_REQUIRED', 'choose a new password with changePassword first');
    const m = /^\/([^/]+)\/([^/]+)$/.exec(req.path);
    let batchCode: string, fileName: string;
    try {
      if (!m) throw new Error('path');
      batchCode = decodeURIComponent(m[1]);
      fileName = decodeURIComponent(m[2]);
    } catch {
      return refuse(res, 400, 'BAD_USER_INPUT', 'PUT /scans/<batchCode>/<fileName> with the file as the body');
    }
    try {
      const em = (res.locals.em as Orm['em'] | undefined) ?? orm.em.fork();
      const ctx = { em, actor };
      let batch;
      try {
        batch = await services.scanImport.batch(ctx.em, batchCode);
      } catch (e) {
        const d = e as DomainError;
        if (d?.code === 'NOT_FOUND') return refuse(res, 404, 'NOT_FOUND', d.message);
        if (d?.code === 'INVALID_TRANSITION') return refuse(res, 409, 'INVALID_TRANSITION', d.message);
        throw e;
      }
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const outcome = await services.scanImport.register(ctx, batch, { name: fileName, bytes: body });
      afterAudit();
      res.status(outcome.status === 'REFUSED' ? 422 : 200).json(outcome);
    } catch (e) {
      next(e);
    }
  };
}

/** A body beyond SCAN_MAX_BYTES, said like any other refused file. */
export const scanTooLarge = (maxBytes: number): ErrorRequestHandler => (err, req, res, next) => {
  if ((err as { type?: string })?.type !== 'entity.too.large') return next(err);
  let file = req.path.split('/').pop() ?? '';
  try {
    file = decodeURIComponent(file);
  } catch {
    // Shown as sent.
  }
  res.status(413).json({ file, formNumber: null, status: 'REFUSED', reason: `is larger than the ${Math.round(maxBytes / 104857.6) / 10} MB allowed` });
};
