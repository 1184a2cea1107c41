// The accusation suites' shared setup (accusation and accusation.counts): the seed, and a seeded API
// with the users the suites ask as — some not cleared for accusations (an analyst, a township clerk, a
// leader in charge of none, the wall), some cleared for a few (the unit handling the most, the leader in
// charge of those they visited) — and the administrator.
import { afterAll, beforeAll } from 'vitest';
import { Role } from '@lianxin/domain';
import type { Dialect } from '../config.js';
import { startTestApi, type TestApi } from './api.js';
import { lateBound } from './late-bound.js';

const SEED = { until: '2022-06-30', casesPerYear: 600 };
/** After every statutory window of the seed has closed: the reference and the API agree on it. */
export const AS_OF = '2025-01-01T00:00:00.000+08:00';

// GraphQL answers, walked by hand.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Data = Record<string, any>;

/** The accusation suites' API (SEED) and its users' headers, by username ('admin' too). */
export function accusationSuite(dialect: Dialect) {
  let api: TestApi;
  let malian: string;
  let townshipCodes: string[];
  /** A unit handling accusations, and the leader in charge of accusations they visited. */
  let unitId: number;
  let inChargeId: number;
  const headers: Record<string, Record<string, string>> = {};

  const sql = async (query: string): Promise<Data[]> => api.dataSource.query(query);
  const count = async (where: string) =>
    Number((await sql(`SELECT COUNT(*) AS n FROM petition_case c WHERE ${where}`))[0]!.n);
  const ask = (who: string, query: string, variables?: Record<string, unknown>) =>
    api.graphqlAs<Data>(headers[who]!, query, variables);

  beforeAll(async () => {
    api = await startTestApi(dialect, SEED);
    const townships = await sql(`SELECT code, name FROM township ORDER BY code`);
    townshipCodes = townships.map((t) => t.code as string);
    malian = townships.find((t) => t.name === '马莲渠乡')!.code;
    const [unit] = await sql(
      `SELECT unit_id FROM petition_case WHERE matter_type = 'ACCUSATION' AND unit_id IS NOT NULL
        GROUP BY unit_id ORDER BY COUNT(*) DESC, unit_id LIMIT 1`,
    );
    unitId = Number(unit!.unit_id);
    const [inCharge] = await sql(
      `SELECT c.leader_id FROM case_event e JOIN petition_case c ON c.id = e.case_id
        WHERE e.type = 'VISIT' AND c.matter_type = 'ACCUSATION' AND e.leader_id = c.leader_id
        GROUP BY c.leader_id ORDER BY COUNT(*) DESC, c.leader_id LIMIT 1`,
    );
    inChargeId = Number(inCharge!.leader_id);
    const [uninvolved] = await sql(
      `SELECT id FROM leader WHERE id NOT IN
         (SELECT leader_id FROM petition_case WHERE matter_type = 'ACCUSATION' AND leader_id IS NOT NULL)
        ORDER BY id LIMIT 1`,
    );
    const users = [
      { username: 'analyst', role: Role.ANALYST },
      { username: 'clerk', role: Role.CLERK, townshipCode: malian },
      // In charge of no accusation; area 马莲渠乡 plus their own cases elsewhere.
      { username: 'leader', role: Role.LEADER, leaderId: Number(uninvolved!.id), townshipCode: malian },
      { username: 'wall', role: Role.DISPLAY },
      { username: 'unit-clerk', role: Role.CLERK, unitId },
      { username: 'in-charge', role: Role.LEADER, leaderId: inChargeId },
    ];
    for (const user of users) {
      await api.auth.createUser(user);
      headers[user.username] = await api.headersOf(user.username);
    }
    headers.admin = api.authHeaders;
  }, 120_000);
  afterAll(async () => {
    await api?.stop();
  });

  return lateBound(() => ({ api, malian, townshipCodes, unitId, inChargeId }), { sql, count, ask });
}
