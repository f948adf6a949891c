import 'reflect-metadata';
import express, { type Express } from 'express';
import cors from 'cors';
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { Config } from './config.js';
import { migrate, openOrm, type Orm } from './db/orm.js';
import { ensureTemplates } from './db/seed.js';
import { requestContext, type GqlContext } from './graphql/context.js';
import { BUSY, formatError, unavailablePlugin } from './graphql/errors.js';
import { createSchema } from './graphql/schema.js';
import { createServices, type Services } from './services/index.js';
import type { Actor } from './services/context.js';
import { DomainError } from './domain/errors.js';
import { auditKey } from './domain/crypto.js';
import { GraphQLError } from 'graphql';
import { admissionGauges, createMetrics, instrument, metricsServer, type Metrics } from './observability.js';
import { limitRules, securityPlugin } from './graphql/security.js';
import { authenticate, jsonErrors, noStore, queryNestingGuard, rateLimitPerActor, securityHeaders, variablesDepthGuard } from './http-security.js';
import { AuditSealer, takeAuditWritten } from './services/audit.service.js';
import { QueueVacuum } from './services/maintenance.js';
import { AggregateFolder } from './services/aggregates.js';
import { logger } from './logger.js';
import { admission, AdmissionLanes } from './http-admission.js';
import { scanRoute, scanTooLarge, scanUploadRoute } from './http-scans.js';

export interface App {
  config: Config;
  metrics: Metrics;
  orm: Orm;
  services: Services;
  express: Express;
  http: Server;
  /** The METRICS_PORT listener (not listening yet), when that is set; main.ts or a test listens. */
  metricsHttp: Server | null;
  apollo: ApolloServer<GqlContext>;
  /** Seals audit events into the hash chain after requests that wrote some and every 5 s; `flush()` seals now. */
  auditSealer: AuditSealer;
  close(): Promise<void>;
}

/** Builds everything and never listens: tests and main.ts decide how to serve it. */
export async function createApp(config: Config): Promise<App> {
  const orm = await openOrm(config.db);
  await migrate(orm);
  await ensureTemplates(orm.em.fork());
  const metrics = createMetrics();
  const services = createServices(config, metrics);
  const schema = await createSchema();
  const app = express();
  app.disable('x-powered-by');
  // Client addresses (rate limits, sign-in throttle) come from X-Forwarded-For only behind trusted proxies.
  app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders());
  const http = createServer(app);
  // Background work logs the error's name only: messages can quote values.
  const failed = (what: string) => (e: unknown) => logger.warn({ err: { name: (e as Error)?.name } }, `${what} failed`);
  const auditSealer = new AuditSealer(orm.em, auditKey(config.keyRing), failed('audit sealing'));
  // Events a previous process left unsealed (a crash, the migration to keyed hashes) are sealed at once.
  auditSealer.request();
  const sealEvery = setInterval(() => auditSealer.request(), 5_000);
  sealEvery.unref();
  const folder = new AggregateFolder(orm.em, failed('folding report aggregates'));
  const foldEvery = setInterval(() => folder.tick(), 1_000);
  foldEvery.unref();
  const queueVacuum = new QueueVacuum(orm.em, (m) => logger.warn(m));
  const stopVacuum = queueVacuum.schedule(failed('queue vacuum'));
  const apollo = new ApolloServer<GqlContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // Allowed, but only for signed-in callers (securityPlugin); no "did you mean" hints to anyone.
    introspection: true,
    hideSchemaDetailsFromClientErrors: true,
    parseOptions: { maxTokens: config.queryLimits.tokens },
    validationRules: limitRules(config.queryLimits),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: http }),
      // No cache hints (answers are no-store): Apollo's default cache-control plugin would wrap
      // every field resolver to collect them, ~10% of the CPU of a 1,000-record page.
      ApolloServerPluginCacheControlDisabled(),
      securityPlugin({
        schema,
        limits: config.queryLimits,
        // Mutations write audit events, and so do reads of personal data: seal them right after.
        afterResponse: (op) => {
          if (takeAuditWritten() || op === 'mutation') auditSealer.request();
        },
      }),
      unavailablePlugin(),
    ],
  });
  await apollo.start();

  instrument(app, metrics, orm, config);
  const admissionLanes = config.admission.limit > 0 ? new AdmissionLanes(config.admission.limit, config.admission.maxWaitMs) : null;
  if (admissionLanes) admissionGauges(metrics, admissionLanes);
  const metricsHttp = config.metrics.port === null ? null : metricsServer(() => metrics.registry.metrics(), config.metrics.token);
  app.use(
    '/graphql',
    // Same-origin unless CORS_ORIGINS lists others: a foreign page gets no Access-Control-Allow-Origin,
    // so the browser keeps it from reading our answers. No cookies: credentials are bearer tokens.
    cors({
      origin: config.corsOrigins,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', 'x-api-key', 'apollo-require-preflight', 'x-apollo-operation-name'],
      maxAge: 600,
    }),
    noStore(),
    express.json({ limit: config.maxBodyBytes }),
    variablesDepthGuard(),
    queryNestingGuard(config.queryLimits),
    authenticate(orm, services),
    rateLimitPerActor(config.rateLimitPerMinute),
    // After the rate limit: a caller over it is refused at once, never holding a place in the queue.
    ...(admissionLanes ? [admission(admissionLanes, BUSY, () => metrics.busyRefusals.inc())] : []),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const authError = res.locals.authError as DomainError | undefined;
        if (authError) throw new GraphQLError(authError.message, { extensions: { code: authError.code, http: { status: 401 } } });
        const actor = (res.locals.actor as Actor | null) ?? null;
        return requestContext(() => orm.em.fork(), { em: res.locals.em as Orm['em'] | undefined, actor, services, clientIp: req.ip });
      },
    }),
    jsonErrors(config),
  );
  // Scans registered here (import-scans, the upload, the demo) are sealed on disk and shown only
  // to those who may see the form in clear or hold it to key (http-scans.ts), in every mode: the
  // keying station needs them in production too.
  // Registering scans (admins, the dashboard's upload): one file per request, the body its bytes.
  app.put(
    /^\/scans\/[^/]+\/[^/]+$/,
    authenticate(orm, services),
    rateLimitPerActor(config.rateLimitPerMinute),
    express.raw({ type: () => true, limit: config.scanMaxBytes }),
    (req: express.Request, _res: express.Response, next: express.NextFunction) => {
      req.url = req.url.replace(/^\/scans/, '');
      next();
    },
    scanUploadRoute(orm, services, () => auditSealer.request()),
    scanTooLarge(config.scanMaxBytes),
    jsonErrors(config),
  );
  app.use(
    '/scans',
    authenticate(orm, services),
    rateLimitPerActor(config.rateLimitPerMinute),
    scanRoute(orm, services, () => auditSealer.request()),
    jsonErrors(config),
  );
  if (config.adminDist && existsSync(join(config.adminDist, 'index.html'))) {
    const dist = config.adminDist;
    app.use(express.static(dist, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!graphql).*/, (_req, res) => res.sendFile(join(dist, 'index.html')));
  }
  app.use(jsonErrors(config));

  return {
    config,
    metrics,
    orm,
    services,
    express: app,
    http,
    metricsHttp,
    apollo,
    auditSealer,
    async close() {
      await apollo.stop();
      if (http.listening) await new Promise<void>((r) => http.close(() => r()));
      if (metricsHttp?.listening) await new Promise<void>((r) => metricsHttp.close(() => r()));
      clearInterval(sealEvery);
      stopVacuum();
      clearInterval(foldEvery);
      await folder.flush().catch(failed('folding report aggregates'));
      await auditSealer.close();
      await orm.close(true);
    },
  };
}
