import { afterAll, beforeAll, expect, it } from 'vitest';
import { idCheckDigit, Role } from '@lianxin/domain';
import { describeEachDatabase } from '../../test/databases.js';
import { startTestApi, type TestApi } from '../../test/api.js';

/** A well-formed ID number from its first 17 digits. */
const id = (first17: string): string => first17 + idCheckDigit(first17);

const CASE_FIELDS =
  'id code version status acceptedAt dueAt currentDeadline allowedSteps events { type actor }';

describeEachDatabase('case workflow', (dialect) => {
  let api: TestApi;
  let villageCode: string;
  let leaderId: number;

  beforeAll(async () => {
    api = await startTestApi(dialect, { until: '2021-03-31', casesPerYear: 400 });
    const data = await api.graphql<{ village: { code: string }[]; leaders: { id: string }[] }>(
      '{ village: villages(townshipCode: "640302202000") { code } leaders(filter: { ranks: [COUNTY] }) { id } }',
    );
    villageCode = data.data!.village[0]!.code;
    leaderId = Number(data.data!.leaders[0]!.id);
  });
  afterAll(async () => {
    await api?.stop();
  });

  type CaseView = {
    id: string;
    code: string;
    version: number;
    status: string;
    allowedSteps: string[];
    events: { type: string }[];
  };

  async function register(clientKey: string | null, idNumber = '11010519491231002X') {
    const response = await api.graphql<{ registerCase: CaseView }>(
      `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { ${CASE_FIELDS} } }`,
      {
        input: {
          clientKey,
          title: '农田林网遮挡庄稼',
          summary: '树木遮阴导致玉米减产',
          matterType: 'APPEAL',
          categoryCode: 'TREE_SHADING',
          channel: 'VISIT',
          villageCode,
          headcount: 1,
          petitioners: [{ name: '马建国', phone: '13812345678', idNumber }],
        },
      },
    );
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data!.registerCase;
  }

  async function step(mutation: string, c: { id: string; version: number }, args = '') {
    return api.graphql<Record<string, CaseView>>(
      `mutation { ${mutation}(id: "${c.id}", version: ${c.version}${args}) { ${CASE_FIELDS} } }`,
    );
  }

  it('takes a case from registration to a satisfied closure, one event per step', async () => {
    let c = await register(null);
    expect(c.status).toBe('REGISTERED');
    expect(c.code).toMatch(/^LT-\d{4}-\d{6}$/);
    expect(c.allowedSteps).toContain('ACCEPTED');
    const steps: [string, string][] = [
      ['acceptCase', ''],
      ['assignLeader', `, leaderId: ${leaderId}`],
      ['recordVisit', `, leaderId: ${leaderId}, kind: HOME_VISIT, note: "实地查看林网"`],
      ['replyCase', ', outcome: SUPPORTED, text: "限期15日修剪林网"'],
      ['closeCase', ''],
      ['rateSatisfaction', ', satisfaction: SATISFIED'],
    ];
    for (const [mutation, args] of steps) {
      const response = await step(mutation, c, args);
      expect(response.errors, `${mutation}: ${JSON.stringify(response.errors)}`).toBeUndefined();
      const next = response.data![mutation]!;
      expect(next.version).toBe(c.version + 1);
      c = next;
    }
    expect(c.status).toBe('CLOSED');
    expect(c.events.map((e) => e.type)).toEqual([
      'REGISTERED',
      'ACCEPTED',
      'ASSIGNED',
      'VISIT',
      'REPLIED',
      'CLOSED',
      'RATED',
    ]);
  });

  it('refuses an illegal step with the steps allowed now, and changes nothing', async () => {
    const c = await register(null, id('64030219900101123'));
    const response = await step('closeCase', c);
    expect(response.errors?.[0]?.extensions.code).toBe('ILLEGAL_TRANSITION');
    const allowed = (response.errors?.[0]?.extensions as { allowed?: string[] }).allowed;
    expect(allowed).toContain('ACCEPTED');
    const after = await api.graphql<{ case: CaseView }>(`{ case(id: "${c.id}") { ${CASE_FIELDS} } }`);
    expect(after.data!.case.version).toBe(c.version);
    expect(after.data!.case.events).toHaveLength(1);
  });

  it('refuses a stale version with VERSION_CONFLICT', async () => {
    const c = await register(null, id('64030219851212001'));
    await step('acceptCase', c);
    const stale = await step('assignLeader', c, `, leaderId: ${leaderId}`);
    expect(stale.errors?.[0]?.extensions.code).toBe('VERSION_CONFLICT');
  });

  it('registers once per client key', async () => {
    const first = await register('key-0001', id('64030219730707003'));
    const second = await register('key-0001', id('64030219730707003'));
    expect(second.id).toBe(first.id);
  });

  it('flags a second open matter of the same petitioner in the same category as a repeat', async () => {
    const first = await register(null, id('64030219661225005'));
    const second = await register(null, id('64030219661225005'));
    const data = await api.graphql<{
      case: { repeatOf: { code: string } | null; events: { type: string }[] };
    }>(`{ case(id: "${second.id}") { repeatOf { code } events { type } } }`);
    expect(data.data!.case.repeatOf?.code).toBe(first.code);
    expect(data.data!.case.events.map((e) => e.type)).toEqual(['REGISTERED', 'MARKED_REPEAT']);
  });

  it('lets only case workers write: anonymous UNAUTHENTICATED, ANALYST FORBIDDEN, LEADER only their own actions', async () => {
    const c = await register(null, id('64030219790303002'));
    const send = async (headers: Record<string, string>, mutation: string) => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: `mutation { ${mutation} }` }),
      });
      const body = (await response.json()) as { errors?: { extensions: { code: string } }[] };
      return body.errors?.[0]?.extensions.code ?? 'OK';
    };
    const signIn = async (username: string, role: Role, leader?: number) => {
      await api.auth.createUser({ username, role, ...(leader ? { leaderId: leader } : {}) });
      return { authorization: `Bearer ${(await api.auth.tokenFor(username, 600)).token}` };
    };
    const visit = `recordVisit(id: "${c.id}", version: ${c.version}, leaderId: ${leaderId}, kind: APPOINTMENT) { version }`;
    expect(await send({}, visit)).toBe('UNAUTHENTICATED');
    expect(await send(await signIn('analyst1', Role.ANALYST), visit)).toBe('FORBIDDEN');
    const leader = await signIn('leader1', Role.LEADER, leaderId);
    expect(await send(leader, `acceptCase(id: "${c.id}", version: ${c.version}) { version }`)).toBe(
      'FORBIDDEN',
    );
    expect(await send(leader, visit)).toBe('OK');
  });
});
