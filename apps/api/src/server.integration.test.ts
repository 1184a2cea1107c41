import { afterAll, beforeAll, expect, it } from 'vitest';
import { Role } from '@lianxin/domain';
import { describeEachDatabase, createTestDatabase, type TestDatabase } from './test/databases.js';
import { openDatabase, type DialectDataSource } from './db/data-source.js';
import { loadSeed } from './db/seed-loader.js';
import { loadConfig } from './config.js';
import { IdNumberCipher } from './modules/petitioner/id-number-cipher.js';
import { startServer, type RunningServer } from './server.js';

describeEachDatabase('HTTP server', (dialect) => {
  let db: TestDatabase;
  let dataSource: DialectDataSource;
  let token: string;
  let server: RunningServer;

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    const idNumbers = IdNumberCipher.ephemeral();
    dataSource = await openDatabase({ database: db.config, idNumbers });
    await loadSeed(dataSource, idNumbers, { until: '2021-12-31', casesPerYear: 400 });
    server = await startServer(
      { ...loadConfig({}), port: 0, host: '127.0.0.1', nodeEnv: 'test' },
      dataSource,
      idNumbers,
    );
    await server.auth.createUser({ username: 'reader', role: Role.ANALYST });
    token = (await server.auth.tokenFor('reader', 3600)).token;
  });
  afterAll(async () => {
    await server?.stop();
    await dataSource?.destroy();
    await db?.drop();
  });

  async function graphql(query: string): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  it('answers townships with their villages from the database', async () => {
    const { status, body } = await graphql('{ townships { code name kind villages { code name } } }');
    expect(status).toBe(200);
    const townships = (
      body.data as { townships: { name: string; kind: string; villages: { name: string }[] }[] }
    ).townships;
    expect(townships).toHaveLength(13);
    expect(townships.filter((t) => t.kind === 'TOWN')).toHaveLength(8);
    expect(townships.filter((t) => t.kind === 'TOWNSHIP')).toHaveLength(4);
    expect(townships.filter((t) => t.kind === 'SPECIAL')).toHaveLength(1);
    const malianqu = townships.find((t) => t.name === '马莲渠乡');
    expect(malianqu?.villages.map((v) => v.name)).toContain('陈木闸村');
  });

  it('compresses answers for clients that accept gzip', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-encoding': 'gzip',
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ query: '{ townships { code name villages { code name } } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });

  it('reports health with the database it uses', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: dialect });
  });

  it('rejects a malformed query with a typed error, not a crash', async () => {
    const { status, body } = await graphql('{ townships { nope } }');
    expect(status).toBe(400);
    const errors = body.errors as { extensions: { code: string } }[];
    expect(errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
