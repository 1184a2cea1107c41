import { afterAll, beforeAll, expect, it } from 'vitest';
import { Role } from '@lianxin/domain';
import { dialectSpec } from './db/dialect.js';
import { refreshRollups } from './modules/stats/rollup.js';
import { describeEachDatabase } from './test/databases.js';
import { startTestApi, type TestApi } from './test/api.js';

const QUERY = `{ kpis(filter: { from: "2021-01-01", to: "2021-12-31" }) { repeatRate { numerator denominator } } }`;

/** An overview-like read: the KPIs and a pivot of one period (each `from` is a key of its own). */
const OVERVIEW = `query Overview($from: LocalDate!) {
  kpis(filter: { from: $from, to: "2021-11-30" }) { satisfaction { numerator denominator } repeatRate { numerator denominator } }
  caseStats(groupBy: [VILLAGE, MONTH], filter: { from: $from, to: "2021-11-30" }) { villageCode period count }
}`;
/** The statements that read cases or rollups: what an execution of OVERVIEW costs (hits and waits read none). */
const readsCases = (sql: string) => /petition_case|case_fact_version|rollup/.test(sql);

describeEachDatabase('response cache', (dialect) => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(dialect, { until: '2021-12-31', casesPerYear: 400 });
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('answers a repeated query from the cache, identically, without touching the cases', async () => {
    const first = await api.graphql(QUERY);
    expect(first.headers.get('x-lianxin-cache')).toBe('miss');
    const before = api.counter.count;
    const second = await api.graphql(QUERY);
    expect(second.headers.get('x-lianxin-cache')).toBe('hit');
    expect(second.data).toEqual(first.data);
    // Only the session (user, revoked token) and the data version were read — no case.
    const statements = api.counter.statements.slice(before);
    expect(statements.some((sql) => sql.includes('data_version'))).toBe(true);
    expect(statements.filter((sql) => /petition_case|case_month_rollup/.test(sql))).toEqual([]);
    expect(statements.length).toBeLessThanOrEqual(3);
  });

  it('misses after any write moves the data version, and shows the write', async () => {
    type Answer = { kpis: { repeatRate: { numerator: number } } };
    const before = await api.graphql<Answer>(QUERY);
    const [target] = await api.dataSource.query(
      'SELECT id, village_code, category_code FROM petition_case WHERE repeat_of_id IS NULL AND id > 1 ORDER BY id LIMIT 1',
    );
    // A write as the workflow makes it: change the case, refresh its rollup pair (which moves the version).
    await api.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE petition_case SET repeat_of_id = 1 WHERE id = ${Number(target.id)}`);
      // 2021 has closed: its KPIs read the case's fact versions, so the correction goes there too (as a
      // backdated correction would; the cache is what is tested here, not the revision rule).
      await manager.query(
        `UPDATE case_fact_version SET repeat_of_id = 1 WHERE case_id = ${Number(target.id)}`,
      );
      await refreshRollups(manager, dialectSpec(dialect), [
        { villageCode: target.village_code, categoryCode: target.category_code },
      ]);
    });
    const after = await api.graphql<Answer>(QUERY);
    expect(after.headers.get('x-lianxin-cache')).toBe('miss');
    expect(after.data!.kpis.repeatRate.numerator).toBe(before.data!.kpis.repeatRate.numerator + 1);
  });

  it('never caches an answer with errors', async () => {
    const query = '{ township(code: "nope") { name } }';
    await api.graphql(query);
    const again = await api.graphql(query);
    expect(again.headers.get('x-lianxin-cache')).toBeNull();
    expect(again.errors?.[0]?.extensions.code).toBe('TOWNSHIP_NOT_FOUND');
  });

  it('executes concurrent identical misses once: the others wait for that execution and share its answer', async () => {
    // What one execution of this shape reads, on a key never asked before.
    let mark = api.counter.statements.length;
    const alone = await api.graphql(OVERVIEW, { from: '2021-02-01' });
    expect(alone.headers.get('x-lianxin-cache')).toBe('miss');
    const oneExecution = api.counter.statements.slice(mark).filter(readsCases).length;
    expect(oneExecution).toBeGreaterThan(0);

    mark = api.counter.statements.length;
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => api.graphql(OVERVIEW, { from: '2021-03-01' })),
    );
    expect(api.counter.statements.slice(mark).filter(readsCases)).toHaveLength(oneExecution);
    const sources = answers.map((a) => a.headers.get('x-lianxin-cache'));
    expect(sources.filter((s) => s === 'miss')).toHaveLength(1);
    // They arrived together: at least some waited for the execution rather than finding it cached.
    expect(sources.filter((s) => s === 'shared').length).toBeGreaterThan(0);
    expect(sources.every((s) => s === 'miss' || s === 'shared' || s === 'hit')).toBe(true);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual(answers[0]!.data);
    }
    expect((answers[0]!.data as { caseStats: unknown[] }).caseStats.length).toBeGreaterThan(0);
  });

  it('never shares an execution across users: each executes its own, once', async () => {
    await api.auth.createUser({ username: 'second-admin', role: Role.ADMIN });
    const second = await api.headersOf('second-admin');
    let mark = api.counter.statements.length;
    await api.graphql(OVERVIEW, { from: '2021-04-01' });
    const oneExecution = api.counter.statements.slice(mark).filter(readsCases).length;

    mark = api.counter.statements.length;
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        i % 2 === 0
          ? api.graphql(OVERVIEW, { from: '2021-05-01' })
          : api.graphqlAs(second, OVERVIEW, { from: '2021-05-01' }),
      ),
    );
    // Same role and data, yet two audiences: two executions, never one answer handed to the other user.
    expect(api.counter.statements.slice(mark).filter(readsCases)).toHaveLength(2 * oneExecution);
    const misses = answers.filter((a) => a.headers.get('x-lianxin-cache') === 'miss');
    expect(misses).toHaveLength(2);
    for (const answer of answers) expect(answer.data).toEqual(answers[0]!.data);
  });
});
