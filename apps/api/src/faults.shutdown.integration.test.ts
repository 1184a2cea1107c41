// Issue 19, faults: SIGTERM drains. The API stops accepting connections, says "draining" on
// /health/ready to requests on connections already open, finishes the requests in flight, closes live
// sockets with 1001 (going away), closes the database and exits 0; what is still running after
// SHUTDOWN_GRACE_MS is cut and it exits all the same. A second signal changes nothing.
import net from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from './test/databases.js';
import {
  prepareDatabase,
  REGISTER,
  registration,
  startChildApi,
  type PreparedDatabase,
} from './test/child-api.js';
import { subscribe } from './test/live.fixtures.js';

/** A POST /graphql on a raw connection whose body is sent in two parts (a slow client, in flight). */
function slowRequest(url: string, headers: Record<string, string>, body: string) {
  const { hostname, port } = new URL(url);
  const socket = net.connect(Number(port), hostname === 'localhost' ? '127.0.0.1' : hostname);
  let received = '';
  socket.on('data', (chunk) => (received += chunk.toString('utf8')));
  socket.on('error', () => {});
  const ended = new Promise<string>((resolve) => socket.once('close', () => resolve(received)));
  const head =
    `POST /graphql HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\n` +
    Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('') +
    `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: keep-alive\r\n\r\n`;
  const half = Math.floor(body.length / 2);
  const started = new Promise<void>((resolve) => socket.once('connect', resolve)).then(() => {
    socket.write(head + body.slice(0, half));
  });
  return {
    started,
    ended,
    /** The rest of the body, then `next` on the same connection (pipelined). */
    finish: (next = '') => socket.write(body.slice(half) + next),
  };
}

/** The status lines and bodies of the HTTP/1.1 answers read off a raw connection, in order. */
function answersIn(raw: string): { status: number; body: string }[] {
  return raw
    .split(/(?=HTTP\/1\.1 \d{3} )/)
    .filter(Boolean)
    .map((part) => ({ status: Number(part.slice(9, 12)), body: part.slice(part.indexOf('\r\n\r\n') + 4) }));
}

const refused = (url: string) =>
  fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) }).then(
    (r) => `answered ${r.status}`,
    (error: { cause?: { code?: string } }) => error.cause?.code ?? 'failed',
  );

describeEachDatabase('SIGTERM', (dialect) => {
  let db: TestDatabase;
  let prepared: PreparedDatabase;

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    prepared = await prepareDatabase(db.config);
  }, 120_000);
  afterAll(async () => {
    await db?.drop();
  });

  it('drains: refuses new connections, says draining, finishes requests in flight, closes sockets 1001, exits 0', async () => {
    const api = await startChildApi({ ...prepared.env, SHUTDOWN_GRACE_MS: '10000' });
    const wall = subscribe(api.url, prepared.headers.authorization!.slice('Bearer '.length));
    await wall.ready;
    const write = slowRequest(
      api.url,
      prepared.headers,
      JSON.stringify({ query: REGISTER, variables: registration(prepared.villageCode) }),
    );
    await write.started;
    await new Promise((r) => setTimeout(r, 200)); // its headers are in: a request in flight

    const signalled = Date.now();
    api.child.kill('SIGTERM');
    expect(await wall.closed).toBe(1001);
    // The listener is closed by now (the sockets close first); a second signal must not cut the drain.
    await new Promise((r) => setTimeout(r, 300));
    api.child.kill('SIGTERM');
    expect(await refused(api.url)).toBe('ECONNREFUSED');
    expect(api.alive()).toBe(true);

    write.finish('GET /health/ready HTTP/1.1\r\nHost: x\r\n\r\n');
    const [written, ready, ...more] = answersIn(await write.ended);
    expect(written!.status).toBe(200);
    expect(JSON.parse(written!.body)).toMatchObject({ data: { registerCase: { version: 1 } } });
    expect(ready).toEqual({ status: 503, body: JSON.stringify({ status: 'draining' }) });
    expect(more).toEqual([]);

    expect(await api.exited).toEqual({ code: 0, signal: null });
    const ms = Date.now() - signalled;
    console.log(`SIGTERM drain [${dialect}]: exited 0 after ${ms} ms`);
    expect(ms).toBeLessThan(10_000);
    expect(api.lines.some((l) => l.includes('already shutting down'))).toBe(true);
    // Logged once the database is closed (main.ts), just before exit 0.
    expect(api.lines.some((l) => l.includes('"msg":"shut down"'))).toBe(true);

    // The write it finished while draining is stored.
    const code = (JSON.parse(written!.body) as { data: { registerCase: { code: string } } }).data.registerCase
      .code;
    const dataSource = await prepared.open();
    try {
      const rows = (await dataSource.query(
        `SELECT version FROM petition_case WHERE code = ${dataSource.dialect.placeholder(1)}`,
        [code],
      )) as { version: number }[];
      expect(rows.map((r) => Number(r.version))).toEqual([1]);
    } finally {
      await dataSource.destroy();
    }
  }, 60_000);

  it('cuts a request still running after SHUTDOWN_GRACE_MS and exits 0 all the same', async () => {
    const grace = 1_000;
    const api = await startChildApi({ ...prepared.env, SHUTDOWN_GRACE_MS: String(grace) });
    // Its body never completes: the request would wait forever.
    const stuck = slowRequest(
      api.url,
      prepared.headers,
      JSON.stringify({ query: REGISTER, variables: registration(prepared.villageCode) }),
    );
    await stuck.started;
    await new Promise((r) => setTimeout(r, 200));
    const signalled = Date.now();
    api.child.kill('SIGTERM');
    expect(answersIn(await stuck.ended)).toEqual([]);
    expect(await api.exited).toEqual({ code: 0, signal: null });
    const ms = Date.now() - signalled;
    console.log(`SIGTERM grace cut [${dialect}]: exited 0 after ${ms} ms (grace ${grace} ms)`);
    expect(ms).toBeGreaterThanOrEqual(grace);
  }, 60_000);
});
