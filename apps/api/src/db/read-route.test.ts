import type { QueryRunner } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { onPrimary, routeQueryRunner, withRoute, type ReadRoute } from './read-route.js';

/** The parts of TypeORM's PostgresQueryRunner that routing touches; `fail` answers per mode. */
function fakeRunner(fail: (mode: string) => Error | null) {
  const runner = {
    mode: 'master' as 'master' | 'slave',
    isReleased: false,
    isTransactionActive: false,
    databaseConnection: undefined as unknown,
    databaseConnectionPromise: undefined as unknown,
    ran: [] as string[],
    async query(sql: string) {
      const error = fail(runner.mode);
      if (error) throw error;
      runner.ran.push(`${runner.mode}: ${sql}`);
      return [];
    },
    async startTransaction() {
      runner.isTransactionActive = true;
      runner.ran.push(`${runner.mode}: BEGIN`);
    },
    async release() {
      runner.isReleased = true;
    },
  };
  return runner;
}

function routeTo(lostWith: unknown[]): ReadRoute {
  return {
    replica: { name: 'r1', lost: (error) => lostWith.push(error) },
    after: null,
    wrote: () => undefined,
  };
}

const refused = () =>
  Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5452'), { code: 'ECONNREFUSED' });

describe('routeQueryRunner', () => {
  it('leaves a runner on the primary outside a routed request and inside onPrimary', () => {
    const outside = fakeRunner(() => null);
    routeQueryRunner(outside as unknown as QueryRunner);
    expect(outside.mode).toBe('master');
    const inside = fakeRunner(() => null);
    withRoute(routeTo([]), () => onPrimary(() => routeQueryRunner(inside as unknown as QueryRunner)));
    expect(inside.mode).toBe('master');
  });

  it('sends a routed request’s runner to its replica, but a transaction to the primary', async () => {
    const read = fakeRunner(() => null);
    const tx = fakeRunner(() => null);
    withRoute(routeTo([]), () => {
      routeQueryRunner(read as unknown as QueryRunner);
      routeQueryRunner(tx as unknown as QueryRunner);
    });
    await read.query('SELECT 1');
    await tx.startTransaction();
    await tx.query('INSERT 1');
    expect(read.ran).toEqual(['slave: SELECT 1']);
    expect(tx.ran).toEqual(['master: BEGIN', 'master: INSERT 1']);
  });

  it('retries on the primary a statement whose replica is gone, and takes the replica out', async () => {
    const lost: unknown[] = [];
    const runner = fakeRunner((mode) => (mode === 'slave' ? refused() : null));
    withRoute(routeTo(lost), () => routeQueryRunner(runner as unknown as QueryRunner));
    await expect(runner.query('SELECT 1')).resolves.toEqual([]);
    expect(runner.ran).toEqual(['master: SELECT 1']);
    expect(lost).toHaveLength(1);
  });

  it('does not retry a statement that failed for itself (a syntax error, a timeout)', async () => {
    const lost: unknown[] = [];
    const syntax = Object.assign(new Error('syntax error at or near "SELEC"'), { code: '42601' });
    const runner = fakeRunner(() => syntax);
    withRoute(routeTo(lost), () => routeQueryRunner(runner as unknown as QueryRunner));
    await expect(runner.query('SELEC 1')).rejects.toBe(syntax);
    expect(lost).toHaveLength(0);
  });
});
