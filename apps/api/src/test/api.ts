// A seeded API on a throwaway database, served over HTTP on a free port, for integration tests.
import type { Logger } from 'typeorm';
import type { SeedOptions } from '@lianxin/seed';
import { loadConfig, type Config, type Dialect } from '../config.js';
import { openDatabase } from '../db/data-source.js';
import { loadSeed } from '../db/seed-loader.js';
import { Role } from '@lianxin/domain';
import type { AuthService } from '../modules/auth/auth.service.js';
import { startServer } from '../server.js';
import { createTestDatabase } from './databases.js';

/** Counts SQL statements, to prove the number per request does not grow with the rows returned. */
export class QueryCounter implements Logger {
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
  counter: QueryCounter;
  dataSource: Awaited<ReturnType<typeof openDatabase>>;
  /** Creates users and signs them in (its secret is the server's). */
  auth: AuthService;
  /** Headers that sign a request in as TEST_USER (a CLERK). */
  authHeaders: Record<string, string>;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/** The user every TestApi.graphql call acts as. */
export const TEST_USER = 'tester';

export async function startTestApi(
  dialect: Dialect,
  seed: SeedOptions,
  overrides: Partial<Config> = {},
): Promise<TestApi> {
  const db = await createTestDatabase(dialect);
  const counter = new QueryCounter();
  const dataSource = await openDatabase({ database: db.config, logger: counter });
  await loadSeed(dataSource, seed);
  const server = await startServer(
    { ...loadConfig({}), port: 0, host: '127.0.0.1', nodeEnv: 'test', ...overrides },
    dataSource,
  );
  // Tests act as a signed-in clerk (a case worker) unless they send their own requests.
  await server.auth.createUser({ username: TEST_USER, role: Role.CLERK });
  const authHeaders = { authorization: `Bearer ${(await server.auth.tokenFor(TEST_USER, 3600)).token}` };
  return {
    url: server.url,
    counter,
    dataSource,
    auth: server.auth,
    authHeaders,
    async graphql(query, variables) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...authHeaders },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Pick<GraphQLResponse, 'data' | 'errors'>;
      return { status: response.status, headers: response.headers, ...body } as never;
    },
    async stop() {
      await server.stop();
      await dataSource.destroy();
      await db.drop();
    },
  };
}
