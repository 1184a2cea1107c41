// KPI targets: the defaults the migration sets, an administrator's change (logged, and seen at once by
// readers whose answers the response cache holds), every other role refused, bad values refused.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Role } from '@lianxin/domain';
import { describeEachDatabase } from '../../test/databases.js';
import { startTestApi, type TestApi } from '../../test/api.js';

const TARGETS = '{ kpiTargets { code direction targetPercent } }';
const SET = `mutation Set($kpi: KpiCode!, $targetPercent: Float) {
  setKpiTarget(kpi: $kpi, targetPercent: $targetPercent) { code direction targetPercent updatedBy }
}`;

interface Target {
  code: string;
  direction: string;
  targetPercent: number | null;
}

describeEachDatabase('KPI targets', (dialect) => {
  let api: TestApi;
  const headers: Partial<Record<Role, Record<string, string>>> = {};
  beforeAll(async () => {
    api = await startTestApi(dialect, { until: '2022-06-30', casesPerYear: 100 });
    const [leader] = await api.dataSource.query('SELECT id FROM leader ORDER BY id LIMIT 1');
    for (const role of [Role.LEADER, Role.ANALYST, Role.CLERK, Role.DISPLAY]) {
      const username = `t-${role.toLowerCase()}`;
      await api.auth.createUser({
        username,
        role,
        ...(role === Role.LEADER ? { leaderId: Number(leader.id) } : {}),
      });
      headers[role] = await api.headersOf(username);
    }
  });
  afterAll(() => api?.stop());

  const targetsAs = async (h: Record<string, string>) => {
    const answer = await api.graphqlAs<{ kpiTargets: Target[] }>(h, TARGETS);
    expect(answer.errors).toBeUndefined();
    return answer.data!.kpiTargets;
  };

  it('reads the defaults for every role that sees KPIs, the wall screen included', async () => {
    const expected = [
      { code: 'TIMELY_ACCEPTANCE', direction: 'AT_LEAST', targetPercent: 95 },
      { code: 'ON_TIME_CLOSURE', direction: 'AT_LEAST', targetPercent: 90 },
      { code: 'SATISFACTION', direction: 'AT_LEAST', targetPercent: 90 },
      { code: 'RATING_PARTICIPATION', direction: 'AT_LEAST', targetPercent: null },
      { code: 'LEADER_RESOLUTION', direction: 'AT_LEAST', targetPercent: null },
      { code: 'REPEAT_RATE', direction: 'AT_MOST', targetPercent: null },
      { code: 'REOPEN_RATE', direction: 'AT_MOST', targetPercent: null },
      { code: 'REVIEW_CHANGE_RATE', direction: 'AT_MOST', targetPercent: null },
    ];
    expect(await targetsAs(api.authHeaders)).toEqual(expected);
    for (const role of [Role.LEADER, Role.ANALYST, Role.CLERK, Role.DISPLAY])
      expect(await targetsAs(headers[role]!)).toEqual(expected);
  });

  it('lets an administrator set one: logged, and every reader sees it at once (cached answers too)', async () => {
    // Read first, so the wall's answer is in the response cache when the target changes.
    await targetsAs(headers[Role.DISPLAY]!);
    const set = await api.graphql<{ setKpiTarget: Target & { updatedBy: string } }>(SET, {
      kpi: 'ON_TIME_CLOSURE',
      targetPercent: 92.5,
    });
    expect(set.errors).toBeUndefined();
    expect(set.data!.setKpiTarget).toEqual({
      code: 'ON_TIME_CLOSURE',
      direction: 'AT_LEAST',
      targetPercent: 92.5,
      updatedBy: 'tester',
    });
    const onWall = await targetsAs(headers[Role.DISPLAY]!);
    expect(onWall.find((t) => t.code === 'ON_TIME_CLOSURE')!.targetPercent).toBe(92.5);

    const repeat = await api.graphql<{ setKpiTarget: Target }>(SET, { kpi: 'REPEAT_RATE', targetPercent: 5 });
    expect(repeat.data!.setKpiTarget).toMatchObject({ direction: 'AT_MOST', targetPercent: 5 });
    const cleared = await api.graphql<{ setKpiTarget: Target }>(SET, {
      kpi: 'REPEAT_RATE',
      targetPercent: null,
    });
    expect(cleared.data!.setKpiTarget.targetPercent).toBeNull();
    expect(
      (await targetsAs(headers[Role.ANALYST]!)).find((t) => t.code === 'REPEAT_RATE')!.targetPercent,
    ).toBe(null);

    const changes = await api.graphql<{ kpiTargetChanges: Record<string, unknown>[] }>(
      '{ kpiTargetChanges { code before after changedBy } }',
    );
    expect(changes.data!.kpiTargetChanges).toEqual([
      { code: 'REPEAT_RATE', before: 5, after: null, changedBy: 'tester' },
      { code: 'REPEAT_RATE', before: null, after: 5, changedBy: 'tester' },
      { code: 'ON_TIME_CLOSURE', before: 90, after: 92.5, changedBy: 'tester' },
      { code: 'SATISFACTION', before: null, after: 90, changedBy: 'migration' },
      { code: 'ON_TIME_CLOSURE', before: null, after: 90, changedBy: 'migration' },
      { code: 'TIMELY_ACCEPTANCE', before: null, after: 95, changedBy: 'migration' },
    ]);
    const byWall = await api.graphqlAs(headers[Role.DISPLAY]!, '{ kpiTargetChanges { code } }');
    expect(byWall.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
  });

  it('refuses every other role (FORBIDDEN) and anonymous callers (UNAUTHENTICATED), changing nothing', async () => {
    const before = await targetsAs(api.authHeaders);
    for (const role of [Role.LEADER, Role.ANALYST, Role.CLERK, Role.DISPLAY]) {
      const answer = await api.graphqlAs(headers[role]!, SET, { kpi: 'SATISFACTION', targetPercent: 50 });
      expect(answer.data ?? null, role).toBeNull();
      expect(
        answer.errors?.map((e) => e.extensions.code),
        role,
      ).toEqual(['FORBIDDEN']);
    }
    const anonymous = await api.graphqlAs({}, SET, { kpi: 'SATISFACTION', targetPercent: 50 });
    expect(anonymous.errors?.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
    expect(await targetsAs(api.authHeaders)).toEqual(before);
  });

  it('refuses a target outside 0–100 % and an unknown KPI (BAD_USER_INPUT), changing nothing', async () => {
    const before = await targetsAs(api.authHeaders);
    for (const targetPercent of [-0.1, 100.5, 1e9]) {
      const answer = await api.graphql(SET, { kpi: 'SATISFACTION', targetPercent });
      expect(
        answer.errors?.map((e) => e.extensions),
        String(targetPercent),
      ).toEqual([{ code: 'BAD_USER_INPUT', field: 'targetPercent' }]);
    }
    const unknown = await api.graphql(SET, { kpi: 'HAPPINESS', targetPercent: 50 });
    expect(unknown.errors?.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
    const bounds = await api.graphql<{ setKpiTarget: Target }>(SET, { kpi: 'REOPEN_RATE', targetPercent: 0 });
    expect(bounds.data!.setKpiTarget.targetPercent).toBe(0);
    const after = await targetsAs(api.authHeaders);
    expect(after.filter((t) => t.code !== 'REOPEN_RATE')).toEqual(
      before.filter((t) => t.code !== 'REOPEN_RATE'),
    );
  });
});
