import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Role } from '@lianxin/domain';
import { loadConfig } from './config.js';
import { startServer } from './server.js';
import { describeEachDatabase } from './test/databases.js';
import { startTestApi, type TestApi } from './test/api.js';
import { GRAPHQL_LIMITS } from './security.js';

const PASSWORD = 'correct horse battery';
const INTROSPECTION = '{ __schema { queryType { name } } }';

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: { message: string; extensions: { code: string } }[] };
  ms: number;
}

describeEachDatabase('endpoint hardening', (dialect) => {
  let api: TestApi;
  const tokens: Partial<Record<Role, string>> = {};
  let graphiqlDir: string | undefined;

  beforeAll(async () => {
    // A GraphiQL build of one page: who may open /graphiql is the API's to test, the page apps/graphiql's
    // (its browser test), so these tests need no UI build.
    graphiqlDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lianxin-graphiql-'));
    fs.writeFileSync(path.join(graphiqlDir, 'index.html'), '<div id="graphiql"></div>\n');
    api = await startTestApi(dialect, { until: '2021-03-31', casesPerYear: 100 }, { graphiqlDir });
    for (const role of [Role.ANALYST, Role.DISPLAY]) {
      await api.auth.createUser({ username: `u-${role.toLowerCase()}`, role, password: PASSWORD });
      tokens[role] = (await api.auth.login(`u-${role.toLowerCase()}`, PASSWORD)).token;
    }
  });
  afterAll(async () => {
    await api?.stop();
    if (graphiqlDir) fs.rmSync(graphiqlDir, { recursive: true, force: true });
  });

  async function post(body: string, headers: Record<string, string> = {}): Promise<Answer> {
    const started = Date.now();
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as Answer['body'],
      ms: Date.now() - started,
    };
  }
  const gql = (query: string, variables?: unknown, headers?: Record<string, string>) =>
    post(JSON.stringify({ query, variables }), headers);
  const codeOf = (a: Answer) => a.body.errors?.[0]?.extensions.code;

  it('refuses a query 50 levels deep quickly with QUERY_TOO_COMPLEX', async () => {
    let selection = 'code';
    for (let i = 0; i < 25; i++) selection = `villages { township { ${selection} } }`;
    const answer = await gql(`{ townships { ${selection} } }`);
    expect(answer.status).toBe(400);
    expect(codeOf(answer)).toBe('QUERY_TOO_COMPLEX');
    const messages = answer.body.errors!.map((e) => e.message);
    expect(messages.some((m) => m.includes('Query depth limit of 12 exceeded'))).toBe(true);
    expect(answer.body.errors!.every((e) => e.extensions.code === 'QUERY_TOO_COMPLEX')).toBe(true);
    expect(answer.ms).toBeLessThan(1000);
  });

  it('refuses 100 aliases with QUERY_TOO_COMPLEX', async () => {
    const fields = Array.from({ length: 100 }, (_, i) => `a${i}: categories { code }`).join(' ');
    const answer = await gql(`{ ${fields} }`);
    expect(answer.status).toBe(400);
    expect(codeOf(answer)).toBe('QUERY_TOO_COMPLEX');
    expect(answer.body.errors![0]!.message).toContain('Aliases limit of 15 exceeded');
  });

  it('stops parsing a document of more than 5000 tokens (400 GRAPHQL_PARSE_FAILED)', async () => {
    const answer = await gql(`{ ${'__typename '.repeat(6000)} }`);
    expect(answer.status).toBe(400);
    expect(codeOf(answer)).toBe('GRAPHQL_PARSE_FAILED');
    expect(answer.body.errors![0]!.message).toContain('Document contains more'); // graphql-js spells it "more that 5000 tokens";
  });

  it('refuses a 2 MB body with 413 PAYLOAD_TOO_LARGE before reading it as GraphQL', async () => {
    const answer = await post(
      JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(2_000_000) } }),
    );
    expect(answer.status).toBe(413);
    expect(codeOf(answer)).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses list arguments longer than 500 items, inline or as variables', async () => {
    const codes = Array.from({ length: 600 }, (_, i) => `"${640302000000 + i}"`);
    const inline = await gql(`{ cases(filter: { townshipCodes: [${codes.join(',')}] }) { totalCount } }`);
    expect(inline.status).toBe(400);
    expect(codeOf(inline)).toBe('QUERY_TOO_COMPLEX');
    // The same text again: what the guard read from it is kept per parsed document, and still refuses.
    const again = await gql(`{ cases(filter: { townshipCodes: [${codes.join(',')}] }) { totalCount } }`);
    expect(codeOf(again)).toBe('QUERY_TOO_COMPLEX');
    const asVariable = await gql(
      'query ($t: [String!]) { cases(filter: { townshipCodes: $t }) { totalCount } }',
      { t: Array.from({ length: 100_000 }, (_, i) => String(i)) },
    );
    expect(asVariable.status).toBe(400);
    expect(codeOf(asVariable)).toBe('QUERY_TOO_COMPLEX');
    expect(asVariable.ms).toBeLessThan(2000);
  });

  it('never answers with a "Did you mean" hint', async () => {
    const answers = await Promise.all([
      gql('{ townshipz { code } }'),
      gql('{ townships { cod } }'),
      gql('{ cases(filtr: {}) { totalCount } }'),
      gql('{ cases(filter: { channels: [VISTI] }) { totalCount } }'),
      gql('query ($c: [Channel!]) { cases(filter: { channels: $c }) { totalCount } }', { c: ['VISTI'] }),
      gql('query ($f: CaseFiltr) { cases(filter: $f) { totalCount } }'),
    ]);
    for (const answer of answers) {
      expect(answer.body.errors?.length).toBeGreaterThan(0);
      for (const error of answer.body.errors!) expect(error.message).not.toMatch(/did you mean/i);
    }
  });

  it('speaks GraphQL over HTTP: 400 for parse and validation errors, 200 for resolver errors', async () => {
    const parse = await gql('{ townships { ');
    expect([parse.status, codeOf(parse)]).toEqual([400, 'GRAPHQL_PARSE_FAILED']);
    const validation = await gql('{ nope }');
    expect([validation.status, codeOf(validation)]).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
    const resolver = await gql('{ township(code: "000000000000") { name } }', undefined, api.authHeaders);
    expect([resolver.status, codeOf(resolver)]).toEqual([200, 'TOWNSHIP_NOT_FOUND']);
    expect(resolver.headers.get('content-type')).toMatch(/^application\/json; charset=utf-8/);
    const modern = await gql('{ __typename }', undefined, { accept: 'application/graphql-response+json' });
    expect(modern.status).toBe(200);
    expect(modern.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    // A well-formed response with a `data` entry (even null) is 2xx under either media type.
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      const anonymous = await gql('{ townships { name } }', undefined, { accept });
      expect([anonymous.status, codeOf(anonymous), anonymous.body.data]).toEqual([
        200,
        'UNAUTHENTICATED',
        null,
      ]);
    }
    // GET may only query; a mutation over GET is 405 with an Allow header.
    const get = await fetch(
      `${api.url}/graphql?query=${encodeURIComponent('mutation { acceptCase(id: 1, version: 1) { id } }')}`,
      { headers: { 'apollo-require-preflight': 'true', ...api.authHeaders } },
    );
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toMatch(/POST/);
    // A body that is not JSON is refused before GraphQL runs.
    const notJson = await post('{ townships', { 'content-type': 'application/json' });
    expect(notJson.status).toBe(400);
  });

  it("keeps Apollo's CSRF prevention: a simple GET without a preflight header is refused", async () => {
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
  });

  it('sends helmet headers on /graphql, /health and the sign-in page, and no CORS header by default', async () => {
    const responses = [
      await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
        body: '{"query":"{ __typename }"}',
      }),
      await fetch(`${api.url}/health`, { headers: { origin: 'https://evil.example' } }),
      await fetch(`${api.url}/auth/login`),
    ];
    for (const response of responses) {
      const csp = response.headers.get('content-security-policy')!;
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('answers CORS only for the origins in CORS_ORIGINS', async () => {
    const open = await startServer(
      {
        ...loadConfig({}),
        port: 0,
        host: '127.0.0.1',
        nodeEnv: 'test',
        corsOrigins: ['https://tools.example'],
      },
      api.dataSource,
      api.idNumbers,
    );
    try {
      const preflight = (origin: string) =>
        fetch(`${open.url}/graphql`, {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'POST' },
        });
      const allowed = await preflight('https://tools.example');
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://tools.example');
      expect(allowed.headers.get('access-control-allow-headers')).toContain('Authorization');
      expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await open.stop();
    }
  });

  it('refuses introspection to anonymous and DISPLAY users (403 FORBIDDEN) and allows it to an ANALYST', async () => {
    const anonymous = await gql(INTROSPECTION);
    expect([anonymous.status, codeOf(anonymous)]).toEqual([403, 'FORBIDDEN']);
    const display = await gql(INTROSPECTION, undefined, { authorization: `Bearer ${tokens.DISPLAY}` });
    expect([display.status, codeOf(display)]).toEqual([403, 'FORBIDDEN']);
    const typeQuery = await gql('{ __type(name: "Case") { name } }');
    expect(codeOf(typeQuery)).toBe('FORBIDDEN');
    const analyst = await gql(INTROSPECTION, undefined, { authorization: `Bearer ${tokens.ANALYST}` });
    expect(analyst.status).toBe(200);
    expect(analyst.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    // The analyst's answer is now in the response cache; it still does not reach anyone else.
    expect(codeOf(await gql(INTROSPECTION))).toBe('FORBIDDEN');
    // __typename is not introspection: clients rely on it.
    expect((await gql('{ __typename }')).body.data).toEqual({ __typename: 'Query' });
  });

  it('sends anonymous visitors of /graphiql to the sign-in page and refuses roles other than ANALYST/ADMIN', async () => {
    const anonymous = await fetch(`${api.url}/graphiql`, { redirect: 'manual' });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/auth/login?next=/graphiql');
    const direct = await fetch(`${api.url}/graphiql.html`, { redirect: 'manual' });
    expect(direct.status).toBe(303);
    const display = await fetch(`${api.url}/graphiql`, {
      headers: { cookie: `lianxin_session=${tokens.DISPLAY}` },
    });
    expect(display.status).toBe(403);
    const analyst = await fetch(`${api.url}/graphiql`, {
      headers: { cookie: `lianxin_session=${tokens.ANALYST}` },
    });
    expect(analyst.status).toBe(200);
    expect(analyst.headers.get('content-security-policy')).toContain("style-src 'self' 'unsafe-inline'");
    expect(await analyst.text()).toContain('<div id="graphiql">');
  });

  it('documents the limits it enforces', () => {
    expect(GRAPHQL_LIMITS).toMatchObject({ maxDepth: 12, maxAliases: 15, maxTokens: 5000 });
  });
});
