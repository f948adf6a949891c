import type { ErrorRequestHandler, RequestHandler } from 'express';
import helmet from 'helmet';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { Config } from './config.js';
import type { Orm } from './db/orm.js';
import { DomainError } from './domain/errors.js';
import { bracketDepth, MAX_VARIABLES_DEPTH, maxBracketDepth, nestedDeeperThan } from './graphql/security.js';
import { logger } from './logger.js';
import { isConnectionError } from './services/sql.js';
import { UNAVAILABLE } from './graphql/errors.js';
import type { Actor } from './services/context.js';
import type { Services } from './services/index.js';

/**
 * A body shaped like a GraphQL error response, for refusals made before GraphQL runs; `retryable`
 * as the GraphQL layer marks it (a 503 whose request never ran: send it again as it is).
 */
export const refuse = (res: Parameters<RequestHandler>[1], status: number, code: string, message: string, extra: { retryable?: true } = {}) =>
  res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });

/**
 * Security headers for every response (API and dashboard). The CSP fits the built react-admin
 * app: scripts and styles from our origin (MUI injects style elements, hence 'unsafe-inline' for
 * styles only), images also as data:/blob: URLs, API calls to our origin, nothing from other hosts.
 * No upgrade-insecure-requests: the dashboard is also served over plain HTTP on a LAN.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
}

/** GraphQL answers hold personal data: never cached by browsers or proxies. */
export function noStore(): RequestHandler {
  return (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  };
}

/**
 * Reads the credential (`Authorization: Bearer <token or dk_ key>` or `X-API-Key: dk_…`) once, so
 * the rate limiter can count per user or key and the GraphQL context reuses the result. A bad
 * credential is not answered here: the GraphQL layer answers it as UNAUTHENTICATED (HTTP 401).
 */
export function authenticate(orm: Orm, services: Services): RequestHandler {
  return async (req, res, next) => {
    res.locals.actor = null;
    const header = req.headers.authorization;
    const apiKey = req.headers['x-api-key'];
    if (!header && apiKey === undefined) return next();
    // Forked when first needed (a cached account needs none), then reused by the GraphQL context.
    const ctx = {
      actor: null,
      get em(): Orm['em'] {
        return (res.locals.em ??= orm.em.fork());
      },
    };
    try {
      if (header && apiKey !== undefined) throw new DomainError('UNAUTHENTICATED', 'send one credential: Authorization or X-API-Key, not both');
      let actor: Actor;
      if (header) {
        const m = /^Bearer\s+(\S+)$/i.exec(header);
        if (!m) throw new DomainError('UNAUTHENTICATED', 'the Authorization header must be "Bearer <token>"');
        actor = m[1].startsWith('dk_') ? await services.apiKeys.authenticate(ctx.em, m[1]) : await services.auth.authenticate(ctx, m[1]);
      } else {
        if (typeof apiKey !== 'string') throw new DomainError('UNAUTHENTICATED', 'send one X-API-Key header');
        actor = await services.apiKeys.authenticate(ctx.em, apiKey.trim());
      }
      res.locals.actor = actor;
    } catch (e) {
      if (!(e instanceof DomainError)) return next(e);
      res.locals.authError = e;
    }
    next();
  };
}

/**
 * Requests per minute per signed-in user, per API key, or per client address for anonymous
 * calls. In memory, per process. Over the limit: HTTP 429 with a GraphQL-shaped coded error.
 */
export function rateLimitPerActor(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    skip: () => perMinute === 0,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: (req, res) => {
      const a = res.locals.actor as Actor | null;
      if (a) return a.kind === 'key' ? `key:${a.keyId}` : `user:${a.userId}`;
      return `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`;
    },
    handler: (req, res) => {
      const reset = (req as { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      res.set('Retry-After', String(reset ? Math.max(1, Math.ceil((reset.getTime() - Date.now()) / 1000)) : 60));
      refuse(res, 429, 'TOO_MANY_REQUESTS', `more than ${perMinute} requests in a minute; slow down`);
    },
  });
}

/** Refuses query texts nested deeper than the parser can safely take (see bracketDepth). */
export function queryNestingGuard(limits: Config['queryLimits']): RequestHandler {
  const max = maxBracketDepth(limits);
  return (req, res, next) => {
    const q = req.method === 'GET' ? req.query?.query : (req.body as { query?: unknown } | undefined)?.query;
    if (typeof q === 'string' && bracketDepth(q) > max) {
      return refuse(res, 400, 'QUERY_TOO_DEEP', `the query text is nested more than ${max} brackets deep`);
    }
    next();
  };
}

/**
 * Refuses variables (or extensions) nested deeper than MAX_VARIABLES_DEPTH, before anything else
 * walks them: graphql-js coercion and other walks recurse, and 20,000 levels overflow the stack.
 * The body itself is measured, so variables sit one level below it; GET sends them as JSON text.
 */
export function variablesDepthGuard(): RequestHandler {
  return (req, res, next) => {
    let body: unknown = req.body;
    if (req.method === 'GET') {
      const { variables, extensions } = (req.query ?? {}) as Record<string, unknown>;
      const parse = (x: unknown) => {
        if (typeof x !== 'string') return x;
        try {
          return JSON.parse(x) as unknown;
        } catch {
          return null; // Apollo answers malformed JSON itself
        }
      };
      body = { variables: parse(variables), extensions: parse(extensions) };
    }
    if (nestedDeeperThan(body, MAX_VARIABLES_DEPTH + 1)) {
      return refuse(res, 400, 'VARIABLES_TOO_DEEP', `the variables are nested more than ${MAX_VARIABLES_DEPTH} levels deep`);
    }
    next();
  };
}

/**
 * Errors raised before GraphQL (body too large, malformed JSON, unsupported charset) answered as
 * coded JSON; anything else is a masked 500 that never shows a stack trace.
 */
export function jsonErrors(config: Config): ErrorRequestHandler {
  return (err, _req, res, next) => {
    if (res.headersSent) return next(err);
    const e = err as { status?: number; statusCode?: number; type?: string; expose?: boolean; message?: string };
    const status = e.status ?? e.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      if (e.type === 'entity.too.large') return refuse(res, 413, 'PAYLOAD_TOO_LARGE', `the request body is larger than ${config.maxBodyBytes} bytes (MAX_BODY_BYTES)`);
      if (e.type === 'entity.parse.failed') return refuse(res, 400, 'BAD_REQUEST', 'the request body is not valid JSON');
      if (status === 415) return refuse(res, 415, 'UNSUPPORTED_MEDIA_TYPE', e.expose && e.message ? e.message : 'unsupported media type');
      return refuse(res, status, 'BAD_REQUEST', e.expose && e.message ? e.message : 'bad request');
    }
    if (isConnectionError(err)) {
      res.set('Retry-After', String(UNAVAILABLE.retryAfterSeconds));
      return refuse(res, 503, UNAVAILABLE.code, UNAVAILABLE.message, { retryable: true });
    }
    logger.error({ err: { name: (err as Error)?.name, stack: (err as Error)?.stack?.split('\n').slice(1, 6).join('\n') } }, 'unexpected HTTP error');
    refuse(res, 500, 'INTERNAL_SERVER_ERROR', 'internal error');
  };
}
