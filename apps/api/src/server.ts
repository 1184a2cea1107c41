import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from './config.js';
import { createContext, createServices, type Context } from './context.js';
import { readDataVersion } from './db/data-version.js';
import { dialectOf } from './db/dialect.js';
import { responseCachePlugin } from './response-cache.js';
import { createSchema } from './schema.js';

export interface RunningServer {
  httpServer: http.Server;
  url: string;
  stop(): Promise<void>;
}

export async function createApp(
  config: Pick<Config, 'nodeEnv' | 'dashboardDir' | 'benchEndpoints' | 'responseCacheEntries'>,
  dataSource: DataSource,
) {
  const app = express();
  const httpServer = http.createServer(app);
  const schema = await createSchema();
  const apollo = new ApolloServer<Context>({
    schema,
    // Apollo's default landing page loads from its CDN; these networks are closed.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ...(config.responseCacheEntries > 0
        ? [
            responseCachePlugin<Context>({
              maxEntries: config.responseCacheEntries,
              dataVersion: () => readDataVersion(dataSource.manager),
            }),
          ]
        : []),
    ],
    includeStacktraceInErrorResponses: config.nodeEnv === 'development',
  });
  await apollo.start();
  const services = createServices(dataSource);

  app.get('/health', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ok', database: dialectOf(dataSource) });
    } catch (error) {
      res
        .status(503)
        .json({ status: 'unavailable', error: error instanceof Error ? error.message : String(error) });
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => createContext(services) }),
  );
  if (config.benchEndpoints) {
    // `pnpm bench:api` only: the raw-SQL baseline GraphQL is measured against (src/bench/baseline.ts).
    const { createBaselineRouter } = await import('./bench/baseline.js');
    app.use('/bench', createBaselineRouter(dataSource));
  }
  if (fs.existsSync(config.dashboardDir)) {
    // The analysts' GraphiQL is bundled with the dashboard build (no CDN): its own page and assets.
    app.get('/graphiql', (_req, res) => res.sendFile(path.join(config.dashboardDir, 'graphiql.html')));
    app.use(express.static(config.dashboardDir, { index: 'index.html' }));
  }
  return { app, httpServer, apollo };
}

export async function startServer(config: Config, dataSource: DataSource): Promise<RunningServer> {
  const { httpServer, apollo } = await createApp(config, dataSource);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    httpServer,
    url: `http://localhost:${port}`,
    async stop() {
      await apollo.stop();
    },
  };
}
