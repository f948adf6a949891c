import type { RequestHandler, Response } from 'express';
import type { Orm } from './db/orm.js';
import { Form } from './db/entities/index.js';
import type { DomainError } from './domain/errors.js';
import { createLoaders } from './graphql/loaders.js';
import { revealsForm } from './graphql/personal.js';
import { audit } from './services/audit.service.js';
import type { Actor } from './services/context.js';
import type { Services } from './services/index.js';
import { isScanName } from './services/scan-store.js';

/** Shaped like the GraphQL errors, as the other refusals made outside GraphQL. */
const refuse = (res: Response, status: number, code: string, message: string) => res.status(status).json({ errors: [{ message, extensions: { code } }] });

/** `/<batchCode>/<formNumber>.svg` below /scans, each part decoded once; null for anything else. */
export function parseScanPath(path: string): { batchCode: string; formNumber: string } | null {
  const m = /^\/([^/]+)\/([^/]+)\.svg$/.exec(path);
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
      const form = await em.findOne(Form, { batch: { code: where.batchCode }, formNumber: where.formNumber }, { fields: ['id'] });
      if (!form || !(await revealsForm({ em, actor, services, loaders: createLoaders(em) }, form.id))) return notFound();
      const svg = services.scans.read(where.batchCode, where.formNumber);
      if (!svg) return notFound();
      // Admins' reads of personal data leave a trace, as their record reads do (auditRead).
      if (actor.role === 'ADMIN') {
        await audit(em, actor, [{ action: 'scans.read', entityType: 'form', entityId: form.id }]);
        afterAudit();
      }
      res.status(200).set({
        'Content-Type': 'image/svg+xml',
        // An SVG can carry script and links: here it runs nothing, loads nothing, and is never sniffed.
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
        'X-Content-Type-Options': 'nosniff',
        'Content-Disposition': 'inline',
      });
      res.end(svg);
    } catch (e) {
      next(e);
    }
  };
}
