// `pnpm simulate` against a real, seeded API: 30 actions through the real mutations as the simulator's
// own CLERK; everything it registered or moved must be in the database as it says, and the only
// refusals it met must be the ones a live system gives.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CaseStatus, Role } from '@lianxin/domain';
import { startTestApi, type TestApi } from '../test/api.js';
import { describeEachDatabase } from '../test/databases.js';
import { SimulatorClient } from './simulate-client.js';
import type { CaseSnapshot, Step } from './simulate-plan.js';
import { SIMULATOR_USERNAME, simulatorToken } from './simulate-credentials.js';
import { HANDLED_CODES, Simulator, type SimulatorReport } from './simulator.js';

const ORDER = [
  CaseStatus.REGISTERED,
  CaseStatus.ACCEPTED,
  CaseStatus.IN_PROGRESS,
  CaseStatus.REPLIED,
  CaseStatus.CLOSED,
];

describeEachDatabase('pnpm simulate', (dialect) => {
  let api: TestApi;
  let report: SimulatorReport;
  const lines: string[] = [];

  beforeAll(async () => {
    api = await startTestApi(dialect, { until: '2021-03-31', casesPerYear: 400 });
    const token = await simulatorToken(api.auth, 1);
    report = await Simulator.start(new SimulatorClient(api.url, async () => token), {
      everyMs: 0,
      count: 30,
      seed: 20231120,
      out: (line) => lines.push(line),
    });
  });
  afterAll(() => api?.stop());

  it('creates its CLERK once and signs it in without a password', async () => {
    await simulatorToken(api.auth, 1);
    const users = (await api.auth.listUsers()).filter((u) => u.username === SIMULATOR_USERNAME);
    // District-wide: an empty scope, so every village of the district is in its area.
    expect(users.map((u) => [u.role, u.scope])).toEqual([[Role.CLERK, {}]]);
  });

  it('does 30 actions, one printed line each, with no error beyond the handled refusals', () => {
    expect(report.actions).toBe(30);
    expect(lines).toHaveLength(30);
    for (const line of lines) expect(line).toMatch(/^\d\d:\d\d:\d\d [a-z]+ /);
    expect(report.failures).toEqual([]);
    for (const code of report.handled.keys()) expect(HANDLED_CODES.has(code)).toBe(true);
    expect(report.registered.length).toBeGreaterThan(0);
    expect(report.advanced.size).toBeGreaterThan(0);
  });

  it('registered cases that exist, opened by a REGISTERED event of the simulator', async () => {
    for (const { id, code } of report.registered) {
      const res = await api.graphql<{ case: { code: string; events: { type: string; actor: string }[] } }>(
        `query ($id: ID!) { case(id: $id) { code events { type actor } } }`,
        { id },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.case.code).toBe(code);
      expect(res.data!.case.events[0]).toEqual({ type: 'REGISTERED', actor: SIMULATOR_USERNAME });
      expect(lines.some((l) => l.includes(`registered ${code} `))).toBe(true);
    }
  });

  it('moved the cases it advanced forward: newer versions, its own events, statuses along the way', async () => {
    let statusChanges = 0;
    for (const [id, moved] of report.advanced) {
      const res = await api.graphql<{
        case: { version: number; status: CaseStatus; events: { actor: string }[] };
      }>(`query ($id: ID!) { case(id: $id) { version status events { actor } } }`, { id });
      const now = res.data!.case;
      expect(now.version).toBe(moved.toVersion);
      expect(now.version).toBeGreaterThan(moved.fromVersion);
      expect(now.status).toBe(moved.toStatus);
      expect(now.events.filter((e) => e.actor === SIMULATOR_USERNAME).length).toBeGreaterThanOrEqual(
        now.version - moved.fromVersion,
      );
      const [from, to] = [ORDER.indexOf(moved.fromStatus), ORDER.indexOf(moved.toStatus)];
      if (from >= 0 && to >= 0) expect(to).toBeGreaterThanOrEqual(from);
      if (moved.toStatus !== moved.fromStatus) statusChanges += 1;
    }
    expect(statusChanges).toBeGreaterThan(0);
  });

  it('re-reads a case someone else changed meanwhile (VERSION_CONFLICT) and goes on', async () => {
    // Another clerk records a visit on the case just before each of the simulator's first 3 steps.
    class MeddlingClient extends SimulatorClient {
      meddled = 0;
      override async apply(c: CaseSnapshot, step: Step): Promise<CaseSnapshot> {
        if (this.meddled < 3) {
          const res = await api.graphql(
            `mutation ($id: ID!, $version: Int!) {
              recordVisit(id: $id, version: $version, leaderId: 1, kind: FOLLOW_UP) { version }
            }`,
            { id: c.id, version: c.version },
          );
          if (!res.errors) this.meddled += 1;
        }
        return super.apply(c, step);
      }
    }
    const token = await simulatorToken(api.auth, 1);
    const client = new MeddlingClient(api.url, async () => token);
    const out: string[] = [];
    const meddled = await Simulator.start(client, {
      everyMs: 0,
      count: 12,
      seed: 3,
      out: (l) => out.push(l),
    });
    expect(client.meddled).toBe(3);
    expect(meddled.handled.get('VERSION_CONFLICT')).toBe(3);
    expect(out.filter((l) => / refused LT-\S+ \w+: VERSION_CONFLICT \(re-read: /.test(l))).toHaveLength(3);
    expect(meddled.failures).toEqual([]);
    expect(meddled.actions).toBe(12);
  });
});
