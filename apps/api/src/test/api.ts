// A seeded API on a throwaway database, served over HTTP on a free port, for integration tests.
import type { Logger } from 'typeorm';
import type { SeedOptions } from '@lianxin/seed';
import { loadConfig, type Config, type Dialect } from '../config.js';
import { openDatabase } from '../db/data-source.js';
import { loadSeed } from '../db/seed-loader.js';
import { Role } from '@lianxin/domain';
import type { AuthService } from '../modules/auth/auth.service.js';
import { IdNumberCipher } from '../modules/petitioner/id-number-cipher.js';
import { startServer } from '../server.js';
import { createTestDatabase } from './databases.js';

/** Counts SQL statements, to prove the number per request does not grow with the rows returned. */
class QueryCounter implements Logger {
  count = 0;
  /** The statements, to show which one a failing count added. */
  readonly statements: string[] = [];
  logQuery(query: string): void {
    this.count += 1;
    this.statements.push(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: { message: string; extensions: { code: string; field?: string } }[];
}

export interface TestApi {
  url: string;
  /** The METRICS_PORT listener's /metrics, when the overrides set metricsPort. */
  metricsUrl: string | undefined;
  counter: QueryCounter;
  dataSource: Awaited<ReturnType<typeof openDatabase>>;
  /** The (ephemeral) key of this database's ID numbers. */
  idNumbers: IdNumberCipher;
  /** Creates users and signs them in (its secret is the server's). */
  auth: AuthService;
  /** Headers that sign a request in as TEST_USER (an ADMIN). */
  authHeaders: Record<string, string>;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  /** The same, signed in with other headers (another user's, or none). */
  graphqlAs<T = Record<string, unknown>>(
    headers: Record<string, string>,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  /** Bearer headers of an existing user. */
  headersOf(username: string): Promise<Record<string, string>>;
  stop(): Promise<void>;
}

/** The user every TestApi.graphql call acts as. */
export const TEST_USER = 'tester';

export async function startTestApi(
  dialect: Dialect,
  seed: SeedOptions,
  overrides: Partial<Config> = {},
  idNumbers = IdNumberCipher.ephemeral(),
): Promise<TestApi> {
  const db = await createTestDatabase(dialect);
  const counter = new QueryCounter();
  const dataSource = await openDatabase({ database: db.config, logger: counter, idNumbers });
  // The early-warning signals cost seconds per seed: computed for the suites that set their recompute.
  await loadSeed(dataSource, idNumbers, seed, undefined, undefined, {
    earlyWarnings: overrides.earlyWarningDebounceMs !== undefined,
  });
  const server = await startServer(
    // Early warnings are recomputed in the background only where a suite asks for it (its statements
    // would otherwise land in other suites' statement counts).
    {
      ...loadConfig({}),
      port: 0,
      host: '127.0.0.1',
      nodeEnv: 'test',
      earlyWarningDebounceMs: 0,
      ...overrides,
    },
    dataSource,
    idNumbers,
  );
  // Suites about data and workflow act as an administrator (sees and may do everything); the
  // access-control suites sign in as the other roles through graphqlAs.
  await server.auth.createUser({ username: TEST_USER, role: Role.ADMIN });
  const headersOf = async (username: string) => ({
    authorization: `Bearer ${(await server.auth.tokenFor(username, 3600)).token}`,
  });
  const authHeaders = await headersOf(TEST_USER);
  const post = async (
    headers: Record<string, string>,
    query: string,
    variables?: Record<string, unknown>,
  ) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Pick<GraphQLResponse, 'data' | 'errors'>;
    return { status: response.status, headers: response.headers, ...body } as never;
  };
  return {
    url: server.url,
    metricsUrl: server.metricsUrl,
    counter,
    dataSource,
    idNumbers,
    auth: server.auth,
    authHeaders,
    graphql: (query, variables) => post(authHeaders, query, variables),
    graphqlAs: (headers, query, variables) => post(headers, query, variables),
    headersOf,
    async stop() {
      await server.stop();
      await dataSource.destroy();
      await db.drop();
    },
  };
}
