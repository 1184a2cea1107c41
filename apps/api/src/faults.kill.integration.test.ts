// Issue 19, faults: `kill -9` of the API in the middle of a burst of writes. Whatever the kill cut, the
// database holds whole writes only: every acknowledged one, every case's version equal to its events,
// the rollups equal to what the cases give. The API then starts again on the same database.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from './test/databases.js';
import {
  ACCEPT,
  checkConsistent,
  graphql,
  prepareDatabase,
  REGISTER,
  registration,
  startChildApi,
  type Acknowledged,
  type PreparedDatabase,
} from './test/child-api.js';

/** Writers at once, and acknowledged writes before the kill: enough that some are cut mid-transaction. */
const WRITERS = 12;
const KILL_AFTER_ACKS = 30;

describeEachDatabase('kill -9 in the middle of a burst of writes', (dialect) => {
  let db: TestDatabase;
  let prepared: PreparedDatabase;

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    prepared = await prepareDatabase(db.config);
  }, 120_000);
  afterAll(async () => {
    await db?.drop();
  });

  it('leaves every acknowledged write, no half-written case, rollups that agree; starts again', async () => {
    const api = await startChildApi(prepared.env);
    const acknowledged: Acknowledged = new Map();
    let killed = false;
    /** Requests the kill cut (no answer): those in flight when it came. */
    let cut = 0;
    /** Registers and accepts cases until the process is gone; records each write it got a 200 for. */
    const writer = async () => {
      while (!killed) {
        try {
          const registered = await graphql<{ registerCase: { id: string; code: string; version: number } }>(
            api.url,
            prepared.headers,
            REGISTER,
            registration(prepared.villageCode),
          );
          const c = registered.data?.registerCase;
          if (!c) continue;
          acknowledged.set(c.code, c.version);
          const accepted = await graphql<{ acceptCase: { version: number } }>(
            api.url,
            prepared.headers,
            ACCEPT,
            { id: c.id, version: c.version },
          );
          if (accepted.data?.acceptCase) acknowledged.set(c.code, accepted.data.acceptCase.version);
        } catch {
          // The connection died with the process: that write is not acknowledged.
          cut += 1;
        }
      }
    };
    const writers = Array.from({ length: WRITERS }, writer);
    while (acknowledged.size < KILL_AFTER_ACKS) await new Promise((r) => setTimeout(r, 5));
    api.child.kill('SIGKILL');
    expect(await api.exited).toEqual({ code: null, signal: 'SIGKILL' });
    killed = true;
    await Promise.all(writers);

    const dataSource = await prepared.open();
    try {
      const result = await checkConsistent(dataSource, acknowledged);
      console.log(
        `kill -9 [${dialect}]: ${result.acknowledged} cases acknowledged, ${cut} requests cut, ` +
          `${result.cases - prepared.seededCases} cases stored by the burst`,
      );
      expect(result.acknowledged).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
      expect(cut).toBeGreaterThan(0);
      expect(result).toMatchObject({ lost: [], versionMismatches: [], rollupsAgree: true });
    } finally {
      await dataSource.destroy();
    }

    // The same database, as the operator's restart finds it: it starts and takes writes.
    const again = await startChildApi(prepared.env);
    try {
      const after = await graphql<{ registerCase: { code: string } }>(
        again.url,
        prepared.headers,
        REGISTER,
        registration(prepared.villageCode),
      );
      expect(after.status).toBe(200);
      expect(after.data?.registerCase.code).toMatch(/\S/);
    } finally {
      again.child.kill('SIGTERM');
      expect((await again.exited).code).toBe(0);
    }
  }, 110_000);
});
