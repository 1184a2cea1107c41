// Races over HTTP: many clients writing the same case from the same version, and the same
// registration sent many times at once. The conditional update and the unique keys must let exactly
// one writer through and leave no trace of the others.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { idCheckDigit } from '@lianxin/domain';
import { describeEachDatabase } from '../../test/databases.js';
import { startTestApi, type TestApi } from '../../test/api.js';

const PARALLEL_UPDATES = 20;
const PARALLEL_REGISTRATIONS = 10;

let nextPerson = 0;
function freshIdNumber(): string {
  // Area 659002: outside the seed's district and the other workflow suites.
  const first17 = `65900219700101${String(nextPerson++).padStart(3, '0')}`;
  return first17 + idCheckDigit(first17);
}

interface CaseView {
  id: string;
  code: string;
  version: number;
  status: string;
}

describeEachDatabase('case workflow under concurrent writes', (dialect) => {
  let api: TestApi;
  let villageCode: string;
  let leaderId: number;

  beforeAll(async () => {
    api = await startTestApi(dialect, { until: '2021-03-31', casesPerYear: 400 });
    const data = await api.graphql<{ villages: { code: string }[]; leaders: { id: string }[] }>(
      '{ villages(townshipCode: "640302202000") { code } leaders { id } }',
    );
    villageCode = data.data!.villages[0]!.code;
    leaderId = Number(data.data!.leaders[0]!.id);
  });
  afterAll(async () => {
    await api?.stop();
  });

  function registration(clientKey: string | null) {
    return {
      clientKey,
      title: '宅基地边界纠纷',
      summary: '邻里因宅基地边界发生争执',
      matterType: 'APPEAL',
      categoryCode: 'HOMESTEAD',
      channel: 'VISIT',
      villageCode,
      headcount: 1,
      petitioners: [{ name: '马建国', phone: '13812345678', idNumber: freshIdNumber() }],
    };
  }

  const REGISTER = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id code version status } }`;

  async function register(): Promise<CaseView> {
    const response = await api.graphql<{ registerCase: CaseView }>(REGISTER, { input: registration(null) });
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data!.registerCase;
  }

  async function eventCount(caseId: string): Promise<number> {
    const [row] = (await api.dataSource.query(
      `SELECT COUNT(*) AS n FROM case_event WHERE case_id = ${Number(caseId)}`,
    )) as { n: unknown }[];
    return Number(row!.n);
  }

  async function version(caseId: string): Promise<number> {
    const [row] = (await api.dataSource.query(
      `SELECT version FROM petition_case WHERE id = ${Number(caseId)}`,
    )) as { version: unknown }[];
    return Number(row!.version);
  }

  async function race(mutation: string, args: string, c: CaseView) {
    const query = `mutation { ${mutation}(id: "${c.id}", version: ${c.version}${args}) { version } }`;
    const responses = await Promise.all(
      Array.from({ length: PARALLEL_UPDATES }, () => api.graphql<Record<string, { version: number }>>(query)),
    );
    for (const r of responses) expect(r.status, JSON.stringify(r.errors)).toBeLessThan(500);
    const winners = responses.filter((r) => !r.errors);
    const losers = responses.filter((r) => r.errors);
    return { winners, losers };
  }

  it(`lets exactly one of ${PARALLEL_UPDATES} simultaneous instructions from one version through`, async () => {
    const c = await register();
    const before = await eventCount(c.id);
    const { winners, losers } = await race(
      'recordInstruction',
      `, leaderId: ${leaderId}, text: "限期办结"`,
      c,
    );
    expect(winners).toHaveLength(1);
    expect(winners[0]!.data!.recordInstruction!.version).toBe(c.version + 1);
    expect(losers).toHaveLength(PARALLEL_UPDATES - 1);
    for (const r of losers) {
      expect(r.errors![0]!.extensions).toMatchObject({
        code: 'VERSION_CONFLICT',
        field: 'version',
        currentVersion: c.version + 1,
      });
    }
    expect(await eventCount(c.id)).toBe(before + winners.length);
    expect(await version(c.id)).toBe(c.version + 1);
  });

  it(`lets exactly one of ${PARALLEL_UPDATES} simultaneous supervisions from one version through`, async () => {
    const c = await register();
    const accepted = await api.graphql<{ acceptCase: CaseView }>(
      `mutation { acceptCase(id: "${c.id}", version: ${c.version}) { id code version status } }`,
    );
    const current = accepted.data!.acceptCase;
    const before = await eventCount(c.id);
    const { winners, losers } = await race(
      'superviseCase',
      `, note: "三日内报告", unitId: null, leaderId: ${leaderId}`,
      current,
    );
    expect(winners).toHaveLength(1);
    expect(losers.map((r) => r.errors![0]!.extensions.code)).toEqual(
      Array(PARALLEL_UPDATES - 1).fill('VERSION_CONFLICT'),
    );
    expect(await eventCount(c.id)).toBe(before + 1);
    expect(await version(c.id)).toBe(current.version + 1);
  });

  it(`lets exactly one of ${PARALLEL_UPDATES} simultaneous acceptances through, with one ACCEPTED event`, async () => {
    const c = await register();
    const { winners, losers } = await race('acceptCase', '', c);
    expect(winners).toHaveLength(1);
    expect(losers.every((r) => r.errors![0]!.extensions.code === 'VERSION_CONFLICT')).toBe(true);
    const types = (await api.dataSource.query(
      `SELECT type FROM case_event WHERE case_id = ${Number(c.id)} ORDER BY id`,
    )) as { type: string }[];
    expect(types.map((t) => t.type)).toEqual(['REGISTERED', 'ACCEPTED']);
  });

  it(`registers ${PARALLEL_REGISTRATIONS} simultaneous submissions with one client key as one case`, async () => {
    const input = registration('dup-key-0001');
    const [before] = (await api.dataSource.query('SELECT COUNT(*) AS n FROM petition_case')) as {
      n: unknown;
    }[];
    const responses = await Promise.all(
      Array.from({ length: PARALLEL_REGISTRATIONS }, () =>
        api.graphql<{ registerCase: CaseView }>(REGISTER, { input }),
      ),
    );
    for (const r of responses) expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const ids = new Set(responses.map((r) => r.data!.registerCase.id));
    expect(ids.size).toBe(1);
    const [after] = (await api.dataSource.query('SELECT COUNT(*) AS n FROM petition_case')) as {
      n: unknown;
    }[];
    expect(Number(after!.n)).toBe(Number(before!.n) + 1);
    const [id] = [...ids];
    expect(await eventCount(id!)).toBe(1);
    const links = (await api.dataSource.query(
      `SELECT COUNT(*) AS n FROM case_petitioner WHERE case_id = ${Number(id)}`,
    )) as { n: unknown }[];
    expect(Number(links[0]!.n)).toBe(1);
  });

  it(`registers ${PARALLEL_REGISTRATIONS} simultaneous distinct submissions as ${PARALLEL_REGISTRATIONS} cases with distinct codes`, async () => {
    const responses = await Promise.all(
      Array.from({ length: PARALLEL_REGISTRATIONS }, (_, i) =>
        api.graphql<{ registerCase: CaseView }>(REGISTER, { input: registration(`distinct-key-${i}`) }),
      ),
    );
    for (const r of responses) expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const codes = responses.map((r) => r.data!.registerCase.code);
    expect(new Set(codes).size).toBe(PARALLEL_REGISTRATIONS);
  });
});
