import 'reflect-metadata';
import express, { type Express } from 'express';
import cors from 'cors';
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { Config } from './config.js';
import { migrate, openOrm, type Orm } from './db/orm.js';
import { ensureTemplates } from './db/seed.js';
import type { GqlContext } from './graphql/context.js';
import { formatError } from './graphql/errors.js';
import { createLoaders } from './graphql/loaders.js';
import { createSchema } from './graphql/schema.js';
import { createServices, type Services } from './services/index.js';
import type { Actor } from './services/context.js';
import { DomainError } from './domain/errors.js';
import { GraphQLError } from 'graphql';

export interface App {
  config: Config;
  orm: Orm;
  services: Services;
  express: Express;
  http: Server;
  apollo: ApolloServer<GqlContext>;
  close(): Promise<void>;
}

/** Builds everything and never listens: tests and main.ts decide how to serve it. */
export async function createApp(config: Config): Promise<App> {
  const orm = await openOrm(config.db);
  await migrate(orm);
  await ensureTemplates(orm.em.fork());
  const services = createServices(config);
  const schema = await createSchema();
  const app = express();
  app.disable('x-powered-by');
  const http = createServer(app);
  const apollo = new ApolloServer<GqlContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: http })],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(
    '/graphql',
    cors(),
    express.json({ limit: '16mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const em = orm.em.fork();
        let actor: Actor | null = null;
        const header = req.headers.authorization;
        if (header) {
          try {
            const m = /^Bearer\s+(\S+)$/i.exec(header);
            if (!m) throw new DomainError('UNAUTHENTICATED', 'the Authorization header must be "Bearer <token>"');
            actor = await services.auth.authenticate({ em, actor: null }, m[1]);
          } catch (e) {
            if (!(e instanceof DomainError)) throw e;
            throw new GraphQLError(e.message, { extensions: { code: e.code, http: { status: 401 } } });
          }
        }
        return { em, actor, services, loaders: createLoaders(em) };
      },
    }),
  );
  // Development only: demo scans hold personal data; production serves scans from the scanning system.
  if (!config.production) {
    app.use(
      '/scans',
      (_req, res, next) => {
        res.set({ 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'", 'Cache-Control': 'private, no-cache' });
        next();
      },
      express.static(join(config.dataDir, 'scans'), { index: false }),
      (_req, res) => {
        res.sendStatus(404);
      },
    );
  }
  if (config.adminDist && existsSync(join(config.adminDist, 'index.html'))) {
    const dist = config.adminDist;
    app.use(express.static(dist, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!graphql).*/, (_req, res) => res.sendFile(join(dist, 'index.html')));
  }

  return {
    config,
    orm,
    services,
    express: app,
    http,
    apollo,
    async close() {
      await apollo.stop();
      if (http.listening) await new Promise<void>((r) => http.close(() => r()));
      await orm.close(true);
    },
  };
}
