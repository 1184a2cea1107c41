import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import express from 'express';
import type { Config } from './config.js';
import { createContext, createServices, type Context } from './context.js';
import {
  limitStatementTime,
  PG_POOL_MAX,
  postgresPool,
  serveWithoutWorkersOrJit,
  type DialectDataSource,
} from './db/data-source.js';
import { readDataVersion } from './db/data-version.js';
import { responseCachePlugin } from './response-cache.js';
import { ReplicaSet } from './db/replicas.js';
import { ReadRouting } from './read-your-writes.js';
import { accessLogPlugin } from './modules/access/access-log.js';
import { operationRulesPlugin } from './modules/access/operation-rules.js';
import { InProcessPublisher, RedisPublisher } from './changes.js';
import { attachLiveSocket } from './modules/live/live-socket.js';
import { createTransferRouter } from './modules/transfer/transfer.router.js';
import { AuthService, SESSION_COOKIE, type AuthUser } from './modules/auth/auth.service.js';
import { BriefingService, operationRunner } from './modules/briefing/briefing.js';
import { createBriefingRouter } from './modules/briefing/briefing.router.js';
import { createBoundaryPackRouter } from './modules/map/boundary-pack.router.js';
import { createAuthRouter } from './modules/auth/auth.routes.js';
import { withSession } from './modules/auth/session-page.js';
import { SharedLoginCounts } from './modules/auth/login-rate-store.js';
import { ephemeralSecret } from './modules/auth/token.js';
import type { IdNumberCipher } from './modules/petitioner/id-number-cipher.js';
import {
  cors,
  crossSiteGuard,
  finalErrorHandler,
  jsonBody,
  notFound,
  securityHeaders,
} from './http-security.js';
import {
  armor,
  executionTimeout,
  formatError,
  mayExplore,
  operationGuardPlugin,
  parseOptions,
} from './security.js';
import { createSchema } from './schema.js';
import { DEFAULT_REFRESH } from './modules/warning/warning.service.js';
import { configurePeriods } from './modules/case/case-query.js';
import { budgetOf, requestBudget, requestBudgetPlugin, watchStatements } from './request-budget.js';
import { log, requestIds } from './log.js';
import { Metrics, metricsHandler, routeOf } from './metrics.js';
import { readinessHandler } from './readiness.js';
import { observeStatements } from './db/statement-observer.js';
import { databaseUnavailable, isDatabaseUnavailable } from './db/unavailable.js';

/** A Redis PING slower than this says Redis is down for /health/ready. */
const READINESS_PING_MS = 1_000;
/** How often each replica's replay position is read: the staleness a read-your-writes check sees. */
const REPLICA_POLL_MS = 150;

export interface RunningServer {
  httpServer: http.Server;
  url: string;
  /** The METRICS_PORT listener's /metrics, when configured. */
  metricsUrl: string | undefined;
  /** Users and tokens of this server (tests sign users in through it). */
  auth: AuthService;
  stop(): Promise<void>;
}

export async function createApp(
  config: Pick<
    Config,
    | 'nodeEnv'
    | 'dashboardDir'
    | 'graphiqlDir'
    | 'benchEndpoints'
    | 'responseCacheEntries'
    | 'authSecret'
    | 'tokenTtlHours'
    | 'loginRateLimitPerMinute'
    | 'corsOrigins'
    | 'graphqlTimeoutMs'
    | 'statementTimeoutMs'
    | 'periodGraceDays'
    | 'trustProxy'
    | 'redisUrl'
    | 'redisKeyPrefix'
    | 'replicas'
    | 'liveRecheckMs'
    | 'earlyWarningDebounceMs'
    | 'briefing'
    | 'slowQueryMs'
    | 'metricsToken'
    | 'metricsPort'
    | 'shutdownGraceMs'
  >,
  /** Opened by openDatabase, with the dialect chosen from the configuration. */
  dataSource: DialectDataSource,
  /** The key the database's ID numbers are encrypted with (the one openDatabase was given). */
  idNumbers: IdNumberCipher,
) {
  const app = express();
  const httpServer = http.createServer(app);
  const metrics = new Metrics();
  const schema = await createSchema();
  app.set('trust proxy', config.trustProxy);
  // Express reads NODE_ENV on its own: a plain start (no NODE_ENV) must be production for it too.
  app.set('env', config.nodeEnv);
  app.disable('x-powered-by');
  // First: every later line of a request's log carries its id, and its time counts from here.
  app.use(requestIds(routeOf), metrics.httpMiddleware());
  // gzip: the dashboard's scripts shrink ~3× (ECharts 407 KB → ~140 KB), GraphQL answers ~5×.
  app.use(securityHeaders(), cors(config.corsOrigins), compression(), cookieParser());
  // main.ts and the users CLI pass the persistent secret; without one (tests) tokens live as long as the process.
  const auth = new AuthService(dataSource, {
    secret: config.authSecret ?? ephemeralSecret(),
    tokenTtlSeconds: config.tokenTtlHours * 3600,
  });
  const limits = armor();
  // Read replicas (PostgreSQL; loadConfig refuses them for SQLite): queries and exports read there
  // (read-your-writes.ts).
  const replicas =
    config.replicas.urls.length > 0
      ? ReplicaSet.attach(dataSource, {
          urls: config.replicas.urls,
          maxLagMs: config.replicas.maxLagMs,
          pollMs: REPLICA_POLL_MS,
          poolMax: PG_POOL_MAX,
        })
      : null;
  const readRouting = replicas ? new ReadRouting(replicas, dataSource, metrics) : null;
  const apollo = new ApolloServer<Context>({
    schema,
    // Apollo's default landing page loads from its CDN; these networks are closed.
    plugins: [
      // On stop: no new connections; requests in flight get the grace period, then are cut.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownGraceMs }),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are used (response-cache.ts keys whole answers); Apollo's default cache-control
      // plugin would still wrap every field resolver, ≈ 40 % of the time of a large answer.
      ApolloServerPluginCacheControlDisabled(),
      ...limits.plugins,
      // A request stopped by its budget or the timeout answers with that one error, data null.
      requestBudgetPlugin<Context>(),
      // Before the response cache: it must never answer an introspection for someone who may not explore.
      operationGuardPlugin<Context>(),
      // The role rules, decided once per operation; before the response cache, which must not answer first.
      operationRulesPlugin<Context>(),
      accessLogPlugin<Context>(dataSource),
      // Before the response cache: the data version its key holds is read from the server the answer is.
      ...(readRouting ? [readRouting.plugin<Context>()] : []),
      ...(config.responseCacheEntries > 0
        ? [
            responseCachePlugin<Context>({
              maxEntries: config.responseCacheEntries,
              dataVersion: () => readDataVersion(dataSource.manager),
              // Answers differ by user (role, area, own cases): never share them across users.
              audienceOf: (context) => {
                const u = context.user;
                // Role and area too: should either change, old answers must not be served.
                return u ? JSON.stringify([u.id, u.role, u.scope, u.leaderId, u.unitId]) : 'anonymous';
              },
              // Nor an answer cut short by the request's budget or the timeout.
              reusable: (context) => context.audit.empty && !budgetOf(context).stopped,
              // A stopped request's waiters execute on their own at once; it stops waiting on others.
              stopSignal: (context) => budgetOf(context).signal,
              onLookup: (result) => metrics.cacheLookup(result),
            }),
          ]
        : []),
      // Last: it counts the errors as the client gets them (after the budget plugin's rewrite).
      metrics.graphqlPlugin<Context>(),
    ],
    includeStacktraceInErrorResponses: config.nodeEnv === 'development',
    validationRules: limits.validationRules,
    parseOptions,
    formatError,
    // One operation per request: a batch of 1,000 operations would slip past every per-operation limit.
    allowBatchedHttpRequests: false,
    // main.ts handles SIGTERM/SIGINT (drain, then the database): Apollo's own handler would stop in
    // parallel and then re-raise the signal at the process.
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  // The API's statements only: migrations and the seed ran before, unbounded.
  await limitStatementTime(dataSource, config.statementTimeoutMs);
  await serveWithoutWorkersOrJit(dataSource);
  watchStatements(dataSource);
  observeStatements(dataSource, { slowQueryMs: config.slowQueryMs, metrics });
  metrics.observePool(postgresPool(dataSource));
  if (replicas) {
    await replicas.start();
    metrics.observeReplicas(replicas.replicas);
  }
  configurePeriods(config.periodGraceDays);
  const publisher = config.redisUrl
    ? await RedisPublisher.connect(config.redisUrl, config.redisKeyPrefix)
    : new InProcessPublisher();
  const services = createServices(dataSource, idNumbers, publisher, {
    ...DEFAULT_REFRESH,
    enabled: config.earlyWarningDebounceMs > 0,
    debounceMs: config.earlyWarningDebounceMs,
  });
  services.earlyWarnings.start();
  // Read before serving, so no request waits for it.
  await services.stats.horizon.load();
  const live = attachLiveSocket({
    httpServer,
    schema,
    auth,
    contextFor: (user) => createContext(services, user),
    corsOrigins: config.corsOrigins,
    recheckMs: config.liveRecheckMs,
  });
  metrics.observeLiveSockets(live.openSockets);
  /** Set once stop() begins: readiness answers 503 to the requests still on open connections. */
  let draining = false;

  app.get('/health', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ok', database: dataSource.dialect.name });
    } catch (error) {
      // Anyone may ask: the database's own words (hosts, paths, users) stay in the log.
      log.error({ err: error }, 'health: the database does not answer');
      res.status(503).json({ status: 'unavailable' });
    }
  });
  // Readiness for load balancers; the parts only for the holder of the metrics token.
  app.get(
    '/health/ready',
    readinessHandler({
      dataSource,
      redisAnswers: publisher instanceof RedisPublisher ? () => publisher.answers(READINESS_PING_MS) : null,
      metricsToken: config.metricsToken,
      draining: () => draining,
    }),
  );
  // With METRICS_PORT the metrics are served there only (startServer); else behind the token, or not at all.
  if (config.metricsToken && config.metricsPort === undefined)
    app.get('/metrics', metricsHandler(metrics, config.metricsToken));
  const [timeoutStart, timeoutLate] = executionTimeout(config.graphqlTimeoutMs);
  // `pnpm bench:api` only (LIANXIN_BENCH=1): records the SQL of GraphQL requests that ask for it, to
  // replay it as the baseline (src/bench/bench-mode.ts). Before /graphql, so it sees their statements.
  const bench = config.benchEndpoints
    ? (await import('./bench/bench-mode.js')).createBenchMode(dataSource)
    : null;
  if (bench) app.use('/graphql', bench.recordStatements);
  app.use(
    '/graphql',
    ...(readRouting ? [readRouting.middleware('per-operation')] : []),
    timeoutStart,
    ...jsonBody(),
    requestBudget(),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        try {
          return createContext(services, (await auth.authenticateRequest(req))?.user ?? null);
        } catch (error) {
          // Signing in reads the database: a database away is a 503 to retry, not a 500.
          if (isDatabaseUnavailable(error)) throw databaseUnavailable();
          throw error;
        }
      },
    }),
    // After Apollo's handler: Express hands an error only to error handlers mounted after its source.
    timeoutLate,
  );
  // Every state-changing route from here on: GraphQL (above) has Apollo's own CSRF prevention.
  // Exports only read: from a replica (their transaction, if any, and the access log go to the primary).
  if (readRouting) app.get('/export/*path', readRouting.middleware('now'));
  // REST writes hand the client their position like a mutation (read-your-writes.ts).
  if (readRouting) {
    app.post('/import/cases', readRouting.middleware('writes'));
    app.put('/boundaries', readRouting.middleware('writes'));
  }
  app.use(crossSiteGuard({ corsOrigins: config.corsOrigins, sessionCookie: SESSION_COOKIE }));
  const loginCounts = config.redisUrl
    ? await SharedLoginCounts.connect(config.redisUrl, config.redisKeyPrefix)
    : null;
  app.use(
    createAuthRouter(auth, {
      loginRateLimitPerMinute: config.loginRateLimitPerMinute,
      ...(loginCounts ? { store: loginCounts } : {}),
    }),
  );
  // Spreadsheet export and import of cases (GET /export/cases.csv|.xlsx, POST /import/cases).
  app.use(
    createTransferRouter({
      dataSource,
      stats: services.stats,
      idNumbers,
      schema,
      cases: services.cases,
      userOf: async (req) => (await auth.authenticateRequest(req))?.user ?? null,
    }),
  );
  // Briefings as PDF or DOCX (GET /briefing?period=…&format=…), read through Apollo as the caller.
  const contextFor = (user: AuthUser) => createContext(services, user);
  const briefings = new BriefingService(
    dataSource,
    (user, limits) => operationRunner(apollo, contextFor, user, limits),
    config.briefing,
  );
  app.use(
    createBriefingRouter({
      briefings,
      userOf: async (req) => (await auth.authenticateRequest(req))?.user ?? null,
    }),
  );
  // Boundary packs for the map (PUT /boundaries?name=…, administrators), megabytes over the JSON limit.
  app.use(
    createBoundaryPackRouter({
      boundaries: services.boundaries,
      userOf: async (req) => (await auth.authenticateRequest(req))?.user ?? null,
    }),
  );
  // `pnpm bench:api` only: replay of recorded statements, event-loop delay, the answers' reference.
  if (bench) app.use('/bench', bench.router);
  if (fs.existsSync(config.graphiqlDir)) {
    // The analysts' GraphiQL, self-hosted (no CDN): its page only for mayExplore() users, also under the
    // file name it had inside the dashboard build; its assets under /graphiql/assets (its Vite base).
    app.get(['/graphiql', '/graphiql.html'], async (req, res) => {
      const session = await auth.authenticateRequest(req);
      if (!mayExplore(session?.user)) {
        if (session) res.status(403).type('text/plain').send('GraphiQL is for analysts and administrators.');
        else res.redirect(303, '/auth/login?next=/graphiql');
        return;
      }
      res.setHeader('Cache-Control', 'no-store');
      res.sendFile(path.join(config.graphiqlDir, 'index.html'));
    });
    app.use('/graphiql/assets', express.static(path.join(config.graphiqlDir, 'assets')));
  }
  if (fs.existsSync(config.dashboardDir)) {
    // Not index.html for "/": the page is written below, with the session in it.
    app.use(express.static(config.dashboardDir, { index: false }));
    // History-mode routing: any other GET that wants a page (not /graphql, /graphiql, /auth, /export …,
    // which answered above or have no page without their build) gets the dashboard shell, and vue-router
    // picks the view from the path. A signed-in request gets its session in the page (session-page.ts);
    // a session check that fails (the database away) serves the page without, and the page asks itself.
    app.get(
      /^\/(?!assets\/|graphql|graphiql|auth\/|export\/|import\/|briefing|health|metrics|bench\/).*/,
      async (req, res, next) => {
        if (!req.accepts('html')) return next();
        const [html, session] = await Promise.all([
          fs.promises.readFile(path.join(config.dashboardDir, 'index.html'), 'utf8'),
          auth.authenticateRequest(req).catch(() => null),
        ]);
        // Personal now: never stored by a cache, and never answered from one for another cookie.
        res.setHeader('Cache-Control', 'no-store');
        res.vary('Cookie');
        res.type('html').send(withSession(html, session));
      },
    );
  }
  // Last: typed JSON for what nothing answered and for every error, never Express's HTML page.
  app.use(notFound, finalErrorHandler());
  /**
   * Says "draining" on /health/ready, ends live sockets (1001, going away: the wall reconnects to another
   * instance), then Apollo (which drains HTTP), then the early warnings and Redis.
   */
  const stop = async () => {
    draining = true;
    await live.close();
    await apollo.stop();
    await services.earlyWarnings.stop();
    await publisher.close();
    await replicas?.stop();
    await loginCounts?.shutdown();
  };
  return { app, httpServer, apollo, auth, briefings, metrics, stop };
}

export async function startServer(
  config: Config,
  dataSource: DialectDataSource,
  idNumbers: IdNumberCipher,
): Promise<RunningServer> {
  const { httpServer, auth, metrics, stop } = await createApp(config, dataSource, idNumbers);
  const port = await listen(httpServer, config.port, config.host);
  const metricsServer =
    config.metricsPort === undefined ? null : http.createServer(metricsApp(metrics, config.metricsToken));
  const metricsPort = metricsServer
    ? await listen(metricsServer, config.metricsPort!, config.metricsHost)
    : undefined;
  return {
    httpServer,
    url: `http://localhost:${port}`,
    metricsUrl: metricsPort === undefined ? undefined : `http://${config.metricsHost}:${metricsPort}/metrics`,
    auth,
    async stop() {
      if (metricsServer) await new Promise<void>((resolve) => metricsServer.close(() => resolve()));
      await stop();
    },
  };
}

/** Listens and resolves with the port (the one the system chose for port 0). */
async function listen(server: http.Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  return typeof address === 'object' && address ? address.port : port;
}

/** The METRICS_PORT listener: /metrics and nothing else. */
function metricsApp(metrics: Metrics, token: string | undefined): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/metrics', metricsHandler(metrics, token));
  app.use(notFound, finalErrorHandler());
  return app;
}
