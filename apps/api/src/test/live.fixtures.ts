// The live-update suite's setup (live.integration.test.ts): a seeded API that rechecks sockets every
// 200 ms (and publishes through Redis when one is reachable), a DISPLAY and an ANALYST token, and the
// clients: subscriptions that collect notices, one operation per socket, raw sockets.
import net from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import type { GraphQLFormattedError } from 'graphql';
import { afterAll, beforeAll } from 'vitest';
import WebSocket from 'ws';
import { idCheckDigit, Role } from '@lianxin/domain';
import type { Dialect } from '../config.js';
import { startTestApi, type TestApi } from './api.js';
import { lateBound } from './late-bound.js';

const SEED = { until: '2021-06-30', casesPerYear: 200 };
export const SECRET = 'live-test-secret-0123456789abcdef0123456789';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function redisReachable(): Promise<boolean> {
  const url = new URL(REDIS_URL);
  return new Promise((resolve) => {
    const socket = net.connect(Number(url.port || 6379), url.hostname);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}
export const redis = await redisReachable();
if (!redis && process.env.LIANXIN_REQUIRE_REDIS === '1') {
  throw new Error(`LIANXIN_REQUIRE_REDIS=1 but Redis is not reachable at ${REDIS_URL}`);
}
if (!redis) console.warn(`\n!!! Redis not reachable at ${REDIS_URL}: the two-instance test is skipped\n`);

/** What the wall asks for (the wall screen's DISPLAY account may not read a notice's village or category). */
export const WALL_SUBSCRIPTION = `subscription { caseChanged { at event township { code } } }`;
/** What a case worker or analyst may ask for. */
export const SUBSCRIPTION = `subscription { caseChanged { at event township { code } village { code name } category { code } } }`;

interface Notice {
  at: string;
  event: string;
  township: { code: string };
  village?: { code: string; name: string } | null;
  category?: { code: string } | null;
}

export function wsUrl(httpUrl: string): string {
  return `${httpUrl.replace(/^http/, 'ws')}/graphql`;
}

/** Subscribes and collects notices; `closed` resolves with the close code when the server ends it. */
export function subscribe(url: string, token: string | null, query = WALL_SUBSCRIPTION) {
  const notices: Notice[] = [];
  let closedWith: (code: number) => void = () => {};
  const closed = new Promise<number>((resolve) => (closedWith = resolve));
  const client: Client = createClient({
    url: wsUrl(url),
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    on: { closed: (event) => closedWith((event as { code: number }).code) },
  });
  let failed: unknown = null;
  const ready = new Promise<void>((resolve) => client.on('connected', () => resolve()));
  client.subscribe<{ caseChanged: Notice }>(
    { query },
    {
      next: (value) => {
        if (value.data) notices.push(value.data.caseChanged);
      },
      error: (error) => (failed = error),
      complete: () => {},
    },
  );
  return { client, notices, ready, closed, failed: () => failed };
}

/** What one operation sent over a socket got back: errors, the results before completion, or nothing yet. */
export type Outcome =
  | { kind: 'error'; errors: GraphQLFormattedError[] }
  | { kind: 'complete'; results: unknown[] }
  | { kind: 'pending'; results: unknown[] };

/** Runs one operation over its own socket and reports how it ended within `ms`. */
export function overSocket(url: string, token: string, query: string, sockets: Client[], ms = 1500) {
  const client = createClient({
    url: wsUrl(url),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  sockets.push(client);
  const results: unknown[] = [];
  return new Promise<Outcome>((resolve) => {
    setTimeout(() => resolve({ kind: 'pending', results }), ms);
    client.subscribe(
      { query },
      {
        next: (value) => results.push(value),
        error: (errors) => resolve({ kind: 'error', errors: errors as GraphQLFormattedError[] }),
        complete: () => resolve({ kind: 'complete', results }),
      },
    );
  });
}

/** A raw graphql-ws socket, for what a well-behaved client never sends. */
export function rawSocket(url: string): Promise<{ socket: WebSocket; closed: Promise<number> }> {
  const socket = new WebSocket(wsUrl(url), 'graphql-transport-ws');
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  socket.on('error', () => {});
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve({ socket, closed }));
    socket.once('error', reject);
  });
}

export async function waitFor<T>(what: string, check: () => T | undefined, ms = 2000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const outcomeErrors = (outcome: Outcome) =>
  outcome.kind === 'error'
    ? outcome.errors.map((e) => ({ code: e.extensions?.code, message: e.message }))
    : outcome;
export const codes = (outcome: Outcome) =>
  outcome.kind === 'error' ? outcome.errors.map((e) => e.extensions?.code) : outcome;

/** The live suite's API (SEED), a village to register cases in, and the sockets to close afterwards. */
export function liveSuite(dialect: Dialect) {
  let api: TestApi;
  let village: { code: string; name: string; township_code: string };
  let analystToken: string;
  let wallToken: string;
  const sockets: Client[] = [];

  const register = (into: { graphql: TestApi['graphql'] }, title: string, matterType = 'APPEAL') =>
    into.graphql<{ registerCase: { id: string } }>(
      `mutation($input: RegisterCaseInput!) { registerCase(input: $input) { id } }`,
      {
        input: {
          title,
          summary: '渠道堵塞，下游无法淌水。',
          matterType,
          categoryCode: 'IRRIGATION',
          channel: 'VISIT',
          villageCode: village.code,
          headcount: 1,
          petitioners: [
            {
              name: '王立新',
              phone: '13909530001',
              idNumber: `64030219800101123${idCheckDigit('64030219800101123')}`,
            },
          ],
        },
      },
    );

  beforeAll(async () => {
    api = await startTestApi(dialect, SEED, {
      authSecret: SECRET,
      liveRecheckMs: 200,
      ...(redis ? { redisUrl: REDIS_URL } : {}),
    });
    [village] = await api.dataSource.query(
      `SELECT code, name, township_code FROM village ORDER BY code LIMIT 1`,
    );
    await api.auth.createUser({ username: 'wall', role: Role.DISPLAY });
    wallToken = (await api.auth.tokenFor('wall', 3600)).token;
    await api.auth.createUser({ username: 'analyst', role: Role.ANALYST });
    analystToken = (await api.auth.tokenFor('analyst', 3600)).token;
  }, 120_000);
  afterAll(async () => {
    for (const s of sockets) await s.dispose();
    await api?.stop();
  });

  const countRows = async (table: string) =>
    Number((await api.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  const clerkToken = async () => {
    if (!(await api.dataSource.query(`SELECT 1 FROM app_user WHERE username = 'socket-clerk'`)).length)
      await api.auth.createUser({ username: 'socket-clerk', role: Role.CLERK });
    return (await api.auth.tokenFor('socket-clerk', 3600)).token;
  };

  return lateBound(() => ({ api, village, analystToken, wallToken }), {
    sockets,
    register,
    countRows,
    clerkToken,
  });
}
