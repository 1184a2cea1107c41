// Every workflow mutation over HTTP: its happy path with the case and the new event checked field by
// field, and each of its refusals with the typed code it answers — after which the case must be
// exactly as it was (same version, same number of events).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CaseEventType as E, dueDayAfter, idCheckDigit } from '@lianxin/domain';
import { InProcessPublisher } from '../../changes.js';
import { dialectSpec } from '../../db/dialect.js';
import { forbidden } from '../access/access-policy.js';
import { describeEachDatabase } from '../../test/databases.js';
import { STEP_ARGS } from '../../test/step-mutations.js';
import { startTestApi, TEST_USER, type TestApi } from '../../test/api.js';
import { WorkflowService } from './workflow.service.js';

/** Every request of the test API acts as its signed-in clerk. */
const ACTOR = TEST_USER;
const DAY = 86_400_000;
const SHANGHAI = 8 * 3_600_000;
const localDay = (t: number): string => new Date(t + SHANGHAI).toISOString().slice(0, 10);
/**
 * End of the local (UTC+8) day `days` after t's day, how the 条例 counts "within n days"; a last day
 * on a statutory rest day moves to the next working day (the domain's calendar says which).
 */
const endOfDayPlus = (t: number, days: number): number =>
  Date.parse(`${dueDayAfter(localDay(t), days)}T00:00:00.000Z`) - SHANGHAI + DAY - 1;

const CASE_FIELDS = `id code version status headcount title summary receivedAt acceptedAt declinedAt forwardedAt
  dueAt handlingDays leadershipDueAt pausedDays hearingStartedAt extensionDays extendedTo delayReason repliedAt
  deliveredAt outcome closedAt satisfaction ratedAt reviewRequestedAt reviewChanged reviewDeliveredAt
  rereviewRequestedAt reopenedAt reopenCount unit { id } leader { id } repeatOf { id code }
  petitioners { name } allowedSteps
  events { type actor at leader { id } unit { id } visitKind payload }`;

interface Event {
  type: string;
  actor: string;
  at: string;
  leader: { id: string } | null;
  unit: { id: string } | null;
  visitKind: string | null;
  payload: Record<string, unknown> | null;
}
interface CaseView {
  id: string;
  code: string;
  version: number;
  status: string;
  headcount: number;
  title: string;
  summary: string;
  receivedAt: string;
  acceptedAt: string | null;
  declinedAt: string | null;
  forwardedAt: string | null;
  dueAt: string | null;
  handlingDays: number | null;
  leadershipDueAt: string | null;
  pausedDays: number;
  hearingStartedAt: string | null;
  extensionDays: number | null;
  extendedTo: string | null;
  delayReason: string | null;
  repliedAt: string | null;
  deliveredAt: string | null;
  outcome: string | null;
  closedAt: string | null;
  satisfaction: string | null;
  ratedAt: string | null;
  reviewRequestedAt: string | null;
  reviewChanged: boolean | null;
  reviewDeliveredAt: string | null;
  rereviewRequestedAt: string | null;
  reopenedAt: string | null;
  reopenCount: number;
  unit: { id: string } | null;
  leader: { id: string } | null;
  repeatOf: { id: string; code: string } | null;
  petitioners: { name: string }[];
  allowedSteps: string[];
  events: Event[];
}
type Extensions = { code: string; field?: string; allowed?: string[]; currentVersion?: number };

function stepQuery(mutation: string): string {
  const args: Record<string, string> = { id: 'ID!', version: 'Int!', ...STEP_ARGS[mutation] };
  const declared = Object.entries(args).map(([name, type]) => `$${name}: ${type}`);
  const passed = Object.keys(args).map((name) => `${name}: $${name}`);
  return `mutation (${declared.join(', ')}) { result: ${mutation}(${passed.join(', ')}) { ${CASE_FIELDS} } }`;
}

// Area 659001 is not in the seed's district, so no seeded petitioner shares these ID numbers.
let nextPerson = 0;
function freshIdNumber(): string {
  const first17 = `65900119700101${String(nextPerson++).padStart(3, '0')}`;
  return first17 + idCheckDigit(first17);
}

describeEachDatabase('case workflow steps', (dialect) => {
  let api: TestApi;
  let villageCode: string;
  let townshipCode: string;
  let leaders: number[];
  let units: number[];

  beforeAll(async () => {
    api = await startTestApi(dialect, { until: '2021-03-31', casesPerYear: 400 });
    const data = await ok<{
      villages: { code: string; township: { code: string } }[];
      leaders: { id: string }[];
      units: { id: string }[];
    }>('{ villages(townshipCode: "640302202000") { code township { code } } leaders { id } units { id } }');
    villageCode = data.villages[0]!.code;
    townshipCode = data.villages[0]!.township.code;
    leaders = data.leaders.map((l) => Number(l.id));
    units = data.units.map((u) => Number(u.id));
  });
  afterAll(async () => {
    await api?.stop();
  });

  async function ok<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const response = await api.graphql<T>(query, variables);
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data!;
  }

  function registration(overrides: Record<string, unknown> = {}) {
    return {
      clientKey: null,
      title: '渠道渗漏淹没农田',
      summary: '支渠年久失修，渗水淹没三亩玉米地',
      matterType: 'APPEAL',
      categoryCode: 'IRRIGATION',
      channel: 'VISIT',
      villageCode,
      headcount: 1,
      petitioners: [{ name: '马建国', phone: '13812345678', idNumber: freshIdNumber() }],
      ...overrides,
    };
  }

  function registerRaw(input: Record<string, unknown>) {
    return api.graphql<{ result: CaseView }>(
      `mutation ($input: RegisterCaseInput!) { result: registerCase(input: $input) { ${CASE_FIELDS} } }`,
      { input },
    );
  }

  async function register(overrides: Record<string, unknown> = {}): Promise<CaseView> {
    const response = await registerRaw(registration(overrides));
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data!.result;
  }

  function stepRaw(mutation: string, c: { id: string; version: number }, args: Record<string, unknown> = {}) {
    return api.graphql<{ result: CaseView }>(stepQuery(mutation), { id: c.id, version: c.version, ...args });
  }

  /** Applies a step that must succeed: one version up, one event more, stamped now by the actor. */
  async function step(
    mutation: string,
    c: CaseView,
    args: Record<string, unknown> = {},
  ): Promise<{ next: CaseView; event: Event; at: [number, number] }> {
    const before = Date.now();
    const response = await stepRaw(mutation, c, args);
    const after = Date.now();
    expect(response.errors, `${mutation}: ${JSON.stringify(response.errors)}`).toBeUndefined();
    const next = response.data!.result;
    expect(next.version).toBe(c.version + 1);
    expect(next.events).toHaveLength(c.events.length + 1);
    expect(next.events.slice(0, -1)).toEqual(c.events);
    const event = next.events.at(-1)!;
    expect(event.actor).toBe(ACTOR);
    expect(Date.parse(event.at)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(event.at)).toBeLessThanOrEqual(after + 1000);
    return { next, event, at: [before - 1000, after + 1000] };
  }

  /** Takes a fresh case through the given steps (all must succeed). */
  async function walk(c: CaseView, steps: [string, Record<string, unknown>?][]): Promise<CaseView> {
    for (const [mutation, args] of steps) c = (await step(mutation, c, args)).next;
    return c;
  }

  async function current(id: string): Promise<CaseView> {
    return (await ok<{ case: CaseView }>(`query ($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`, { id }))
      .case;
  }

  /** The step is refused with `code` (and `field`), and the case is left exactly as it was. */
  async function refused(
    mutation: string,
    c: CaseView,
    args: Record<string, unknown>,
    code: string,
    field?: string,
    version = c.version,
  ): Promise<Extensions> {
    const response = await stepRaw(mutation, { id: c.id, version }, args);
    expect(response.status, `${mutation} ${JSON.stringify(args).slice(0, 80)}`).toBeLessThan(500);
    expect(response.data?.result ?? null).toBeNull();
    const extensions = response.errors?.[0]?.extensions as Extensions | undefined;
    expect(extensions?.code, `${mutation}: ${JSON.stringify(response.errors)}`).toBe(code);
    if (field !== undefined) expect(extensions?.field).toBe(field);
    const now = await current(c.id);
    expect(now.version).toBe(c.version);
    expect(now.events).toHaveLength(c.events.length);
    expect(now.status).toBe(c.status);
    return extensions!;
  }

  async function expectIllegal(mutation: string, c: CaseView, args: Record<string, unknown> = {}) {
    const extensions = await refused(mutation, c, args, 'ILLEGAL_TRANSITION');
    // The refusal lists what is allowed instead: exactly what the case offers as allowedSteps.
    expect(extensions.allowed).toEqual(c.allowedSteps);
  }

  async function counts() {
    const [row] = (await api.dataSource.query(
      `SELECT (SELECT COUNT(*) FROM petition_case) AS cases, (SELECT COUNT(*) FROM case_event) AS events,
              (SELECT COUNT(*) FROM petitioner) AS petitioners, (SELECT COUNT(*) FROM case_petitioner) AS links`,
    )) as Record<string, unknown>[];
    return Object.values(row!).map(Number);
  }

  async function seeded(filter: string, pick: (c: CaseView) => boolean): Promise<CaseView> {
    // Only the deciding fields here: the whole case view fifty times over is beyond the cost limit.
    const { cases } = await ok<{ cases: { edges: { node: CaseView }[] } }>(
      `{ cases(filter: ${filter}, first: 50) { edges { node {
          id extensionDays dueAt repliedAt reviewRequestedAt } } } }`,
    );
    const found = cases.edges.map((e) => e.node).find(pick);
    expect(found, `a seeded case for ${filter}`).toBeDefined();
    return current(found!.id);
  }

  const t = (iso: string | null): number => Date.parse(iso!);

  // ---- registerCase ----

  it('registers a case with trimmed text, a normalised ID number and one REGISTERED event', async () => {
    const before = Date.now();
    const first17 = '65900119851231090';
    const check = idCheckDigit(first17);
    const c = await register({
      title: '  树木遮挡庄稼  ',
      summary: ' 林网遮阴 ',
      channel: 'LETTER',
      headcount: 7,
      petitioners: [
        { name: ' 马建国 ', phone: ' 13812345678 ', idNumber: first17 + check.toLowerCase() },
        { name: '马秀兰', phone: '15900001111', idNumber: freshIdNumber(), representative: false },
      ],
    });
    expect(c.code).toMatch(/^LT-\d{4}-\d{6}$/);
    expect(c.code.slice(3, 7)).toBe(localDay(Date.now()).slice(0, 4));
    expect(c).toMatchObject({
      version: 1,
      status: 'REGISTERED',
      title: '树木遮挡庄稼',
      summary: '林网遮阴',
      headcount: 7,
      acceptedAt: null,
      dueAt: null,
      handlingDays: null,
      pausedDays: 0,
      extensionDays: null,
      repliedAt: null,
      closedAt: null,
      leader: null,
      unit: null,
      repeatOf: null,
    });
    expect(t(c.receivedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(c.petitioners).toHaveLength(2);
    expect(c.events).toEqual([
      {
        type: 'REGISTERED',
        actor: ACTOR,
        at: c.receivedAt,
        leader: null,
        unit: null,
        visitKind: null,
        payload: { channel: 'LETTER' },
      },
    ]);
    const [stored] = (await api.dataSource.query(
      `SELECT p.id_number AS id_number, p.id_number_hash AS id_number_hash
         FROM petitioner p JOIN case_petitioner cp ON cp.petitioner_id = p.id
        WHERE cp.case_id = ${Number(c.id)} ORDER BY p.id`,
    )) as { id_number: string; id_number_hash: string }[];
    // Stored encrypted; normalised (upper-case X) before encrypting and hashing.
    expect(api.idNumbers.decrypt(stored!.id_number)).toBe(first17 + check.toUpperCase());
    expect(stored!.id_number_hash).toBe(api.idNumbers.hash(first17 + check.toUpperCase()));
  });

  it('accepts texts at their exact limits: 200-character title, 5,000-character summary, 64-character key', async () => {
    const c = await register({
      title: '题'.repeat(200),
      summary: '述'.repeat(5000),
      clientKey: 'k'.repeat(64),
      petitioners: [{ name: '名'.repeat(32), phone: '19912345678', idNumber: freshIdNumber() }],
    });
    expect([...c.title]).toHaveLength(200);
    expect([...c.summary]).toHaveLength(5000);
  });

  it('refuses each invalid registration with the field at fault, and writes nothing', async () => {
    const person = () => ({ name: '马建国', phone: '13812345678', idNumber: freshIdNumber() });
    const shared = freshIdNumber();
    const badCheck = shared.slice(0, 17) + (shared[17] === '0' ? '1' : '0');
    const cases: [string, Record<string, unknown>, string, string | undefined][] = [
      ['empty title', { title: '' }, 'BAD_USER_INPUT', 'input.title'],
      ['blank title', { title: ' \t\n ' }, 'BAD_USER_INPUT', 'input.title'],
      ['201-character title', { title: '题'.repeat(201) }, 'BAD_USER_INPUT', 'input.title'],
      ['empty summary', { summary: '' }, 'BAD_USER_INPUT', 'input.summary'],
      ['5,001-character summary', { summary: 'x'.repeat(5001) }, 'BAD_USER_INPUT', 'input.summary'],
      ['65-character client key', { clientKey: 'k'.repeat(65) }, 'BAD_USER_INPUT', 'input.clientKey'],
      ['headcount 0', { headcount: 0 }, 'BAD_USER_INPUT', 'input.headcount'],
      ['headcount 100,001', { headcount: 100_001 }, 'BAD_USER_INPUT', 'input.headcount'],
      ['no petitioners', { petitioners: [] }, 'BAD_USER_INPUT', 'input.petitioners'],
      [
        'six petitioners',
        { headcount: 10, petitioners: Array.from({ length: 6 }, person) },
        'BAD_USER_INPUT',
        'input.petitioners',
      ],
      [
        'headcount below the petitioners',
        { headcount: 1, petitioners: [person(), person()] },
        'BAD_USER_INPUT',
        'input.headcount',
      ],
      [
        'empty petitioner name',
        { petitioners: [{ ...person(), name: ' ' }] },
        'BAD_USER_INPUT',
        'input.petitioners.0.name',
      ],
      [
        '33-character petitioner name',
        { petitioners: [{ ...person(), name: '名'.repeat(33) }] },
        'BAD_USER_INPUT',
        'input.petitioners.0.name',
      ],
      [
        'phone starting 12',
        { petitioners: [{ ...person(), phone: '12812345678' }] },
        'BAD_USER_INPUT',
        'input.petitioners.0.phone',
      ],
      [
        'ten-digit phone',
        { petitioners: [{ ...person(), phone: '1381234567' }] },
        'BAD_USER_INPUT',
        'input.petitioners.0.phone',
      ],
      [
        'wrong ID check character on the second petitioner',
        { headcount: 2, petitioners: [person(), { ...person(), idNumber: badCheck }] },
        'BAD_USER_INPUT',
        'input.petitioners.1.idNumber',
      ],
      [
        '15-digit ID number',
        { petitioners: [{ ...person(), idNumber: '659001700101001' }] },
        'BAD_USER_INPUT',
        'input.petitioners.0.idNumber',
      ],
      [
        'the same ID number twice (x and X)',
        {
          headcount: 2,
          petitioners: [
            { ...person(), idNumber: '11010519491231002X' },
            { ...person(), idNumber: '11010519491231002x' },
          ],
        },
        'BAD_USER_INPUT',
        'input.petitioners',
      ],
      ['unknown village', { villageCode: '999999999999' }, 'VILLAGE_NOT_FOUND', 'input.villageCode'],
      ['unknown category', { categoryCode: 'NOPE' }, 'CATEGORY_NOT_FOUND', 'input.categoryCode'],
      ['unknown matter type', { matterType: 'GOSSIP' }, 'BAD_USER_INPUT', undefined],
      ['unknown channel', { channel: 'PIGEON' }, 'BAD_USER_INPUT', undefined],
    ];
    const before = await counts();
    for (const [what, overrides, code, field] of cases) {
      const response = await registerRaw(registration(overrides));
      expect(response.status, what).toBeLessThan(500);
      expect(response.data?.result ?? null, what).toBeNull();
      expect(response.errors?.[0]?.extensions.code, what).toBe(code);
      if (field) expect(response.errors?.[0]?.extensions.field, what).toBe(field);
    }
    expect(await counts()).toEqual(before);
  });

  // ---- acceptCase / declineCase ----

  it('accepts a case: ACCEPTED, acceptedAt now, handling due at the end of local day +60', async () => {
    const c = await register();
    const { next, event, at } = await step('acceptCase', c);
    expect(next.status).toBe('ACCEPTED');
    expect(t(next.acceptedAt)).toBeGreaterThanOrEqual(at[0]);
    expect(t(next.acceptedAt)).toBeLessThanOrEqual(at[1]);
    expect(t(next.dueAt)).toBe(endOfDayPlus(t(next.acceptedAt), 60));
    expect(next.extendedTo).toBeNull();
    expect(event).toMatchObject({
      type: 'ACCEPTED',
      leader: null,
      unit: null,
      visitKind: null,
      payload: null,
    });
    expect(next.allowedSteps).toContain('REPLIED');
    expect(next.allowedSteps).not.toContain('ACCEPTED');
  });

  it("records the case's fact versions: one at registration, one per step that changes what queries read", async () => {
    const versions = async (id: string) =>
      (
        (await api.dataSource.query(
          `SELECT status, leader_id, valid_to FROM case_fact_version WHERE case_id = ${Number(id)} ORDER BY valid_from`,
        )) as { status: string; leader_id: number | null; valid_to: unknown }[]
      ).map((v) => [v.status, v.leader_id === null ? null : Number(v.leader_id), v.valid_to === null]);
    const c = await register();
    expect(await versions(c.id)).toEqual([['REGISTERED', null, true]]);
    const accepted = await walk(c, [['acceptCase']]);
    // An instruction changes nothing a query reads: no new version.
    const instructed = await walk(accepted, [
      ['recordInstruction', { leaderId: leaders[0], text: '限期答复' }],
    ]);
    await walk(instructed, [['assignLeader', { leaderId: leaders[1] }]]);
    expect(await versions(c.id)).toEqual([
      ['REGISTERED', null, false],
      ['ACCEPTED', null, false],
      ['IN_PROGRESS', leaders[1], true],
    ]);
    // A refused step writes none.
    await expectIllegal('acceptCase', await current(c.id));
    expect(await versions(c.id)).toHaveLength(3);
  });

  it('refuses accepting twice, a stale version, an unknown or malformed case id', async () => {
    const c = await walk(await register(), [['acceptCase']]);
    await expectIllegal('acceptCase', c);
    const stale = await refused(
      'assignLeader',
      c,
      { leaderId: leaders[0] },
      'VERSION_CONFLICT',
      'version',
      1,
    );
    expect(stale.currentVersion).toBe(c.version);
    const ahead = await refused(
      'recordInstruction',
      c,
      { leaderId: leaders[0], text: '尽快办理' },
      'VERSION_CONFLICT',
      'version',
      c.version + 5,
    );
    expect(ahead.currentVersion).toBe(c.version);
    for (const id of ['999999999', '0', '-3', 'abc', '1.5']) {
      const response = await stepRaw('acceptCase', { id, version: 1 });
      expect(response.status, id).toBeLessThan(500);
      expect(response.errors?.[0]?.extensions, id).toMatchObject(
        id === '999999999'
          ? { code: 'CASE_NOT_FOUND', field: 'id' }
          : { code: 'BAD_USER_INPUT', field: 'id' },
      );
    }
  });

  it('declines a case with its reason; a declined case only takes MARKED_REPEAT', async () => {
    const c = await register();
    const { next, event } = await step('declineCase', c, { reason: ' 不属于信访事项 ' });
    expect(next.status).toBe('NOT_ACCEPTED');
    expect(next.declinedAt).toBe(event.at);
    expect(next.acceptedAt).toBeNull();
    expect(next.dueAt).toBeNull();
    expect(event).toMatchObject({ type: 'NOT_ACCEPTED', payload: { reason: '不属于信访事项' } });
    expect(next.allowedSteps).toEqual(['MARKED_REPEAT']);
    await expectIllegal('acceptCase', next);
    await expectIllegal('recordInstruction', next, { leaderId: leaders[0], text: '再看看' });
  });

  it('refuses a decline without a reason, with a 5,001-character one, or after acceptance', async () => {
    const c = await register();
    await refused('declineCase', c, { reason: '' }, 'BAD_USER_INPUT', 'reason');
    await refused('declineCase', c, { reason: '因'.repeat(5001) }, 'BAD_USER_INPUT', 'reason');
    const accepted = await walk(c, [['acceptCase']]);
    await expectIllegal('declineCase', accepted, { reason: '不予受理' });
  });

  // ---- forwardCase / assignLeader / recordVisit ----

  it('forwards a registered case (stays REGISTERED) and re-forwards it, keeping the first forwardedAt', async () => {
    const c = await register();
    const first = await step('forwardCase', c, { unitId: units[0], note: '请核查' });
    expect(first.next.status).toBe('REGISTERED');
    expect(first.next.unit).toEqual({ id: String(units[0]) });
    expect(first.next.forwardedAt).toBe(first.event.at);
    expect(first.event).toMatchObject({
      type: 'FORWARDED',
      unit: { id: String(units[0]) },
      leader: null,
      payload: { note: '请核查' },
    });
    const second = await step('forwardCase', first.next, { unitId: units[1] });
    expect(second.next.unit).toEqual({ id: String(units[1]) });
    expect(second.next.forwardedAt).toBe(first.next.forwardedAt);
    expect(second.event.payload).toEqual({ note: null });
    // On an accepted case, forwarding starts the handling.
    const accepted = await walk(second.next, [['acceptCase']]);
    expect((await step('forwardCase', accepted, { unitId: units[2] })).next.status).toBe('IN_PROGRESS');
  });

  it('refuses forwarding to an unknown unit, with an over-long note, or on a closed case', async () => {
    const c = await register();
    await refused('forwardCase', c, { unitId: 999_999 }, 'UNIT_NOT_FOUND', 'unitId');
    await refused('forwardCase', c, { unitId: units[0], note: '注'.repeat(5001) }, 'BAD_USER_INPUT', 'note');
    const closed = await seeded('{ statuses: [CLOSED] }', () => true);
    await expectIllegal('forwardCase', closed, { unitId: units[0] });
  });

  it('assigns a leader: IN_PROGRESS, leader set, the event naming the leader', async () => {
    const c = await walk(await register(), [['acceptCase']]);
    const { next, event } = await step('assignLeader', c, { leaderId: leaders[3] });
    expect(next.status).toBe('IN_PROGRESS');
    expect(next.leader).toEqual({ id: String(leaders[3]) });
    expect(event).toMatchObject({ type: 'ASSIGNED', leader: { id: String(leaders[3]) }, payload: null });
    const again = await step('assignLeader', next, { leaderId: leaders[4] });
    expect(again.next.leader).toEqual({ id: String(leaders[4]) });
  });

  it('refuses assigning an unknown leader, or before acceptance', async () => {
    const c = await register();
    await expectIllegal('assignLeader', c, { leaderId: leaders[0] });
    const accepted = await walk(c, [['acceptCase']]);
    await refused('assignLeader', accepted, { leaderId: 999_999 }, 'LEADER_NOT_FOUND', 'leaderId');
    await refused('assignLeader', accepted, { leaderId: -1 }, 'LEADER_NOT_FOUND', 'leaderId');
  });

  it('records a reception visit on a registered case without changing its status', async () => {
    const c = await register();
    const { next, event } = await step('recordVisit', c, {
      leaderId: leaders[1],
      kind: 'RECEPTION',
      note: '当面听取诉求',
    });
    expect(next.status).toBe('REGISTERED');
    expect(next.leader).toBeNull();
    expect(event).toMatchObject({
      type: 'VISIT',
      leader: { id: String(leaders[1]) },
      visitKind: 'RECEPTION',
      payload: { note: '当面听取诉求' },
    });
    const accepted = await walk(next, [['acceptCase']]);
    const home = await step('recordVisit', accepted, { leaderId: leaders[1], kind: 'HOME_VISIT' });
    expect(home.next.status).toBe('IN_PROGRESS');
    expect(home.event).toMatchObject({ visitKind: 'HOME_VISIT', payload: { note: null } });
  });

  it('refuses a visit by an unknown leader, of an unknown kind, or with an over-long note', async () => {
    const c = await register();
    await refused('recordVisit', c, { leaderId: 999_999, kind: 'RECEPTION' }, 'LEADER_NOT_FOUND', 'leaderId');
    await refused('recordVisit', c, { leaderId: leaders[0], kind: 'TELEPATHY' }, 'BAD_USER_INPUT');
    await refused(
      'recordVisit',
      c,
      { leaderId: leaders[0], kind: 'RECEPTION', note: '记'.repeat(5001) },
      'BAD_USER_INPUT',
      'note',
    );
  });

  // ---- oversight: recordInstruction / superviseCase ----

  it('records an instruction and a supervision on an open case without changing its status', async () => {
    const c = await register();
    const instruction = await step('recordInstruction', c, { leaderId: leaders[0], text: ' 限期答复 ' });
    expect(instruction.next.status).toBe('REGISTERED');
    expect(instruction.event).toMatchObject({
      type: 'INSTRUCTION',
      leader: { id: String(leaders[0]) },
      unit: null,
      payload: { text: '限期答复' },
    });
    const supervised = await step('superviseCase', instruction.next, {
      note: '三日内报告',
      unitId: units[0],
      leaderId: leaders[2],
    });
    expect(supervised.event).toMatchObject({
      type: 'SUPERVISED',
      unit: { id: String(units[0]) },
      leader: { id: String(leaders[2]) },
      payload: { note: '三日内报告' },
    });
    expect(supervised.next.unit).toBeNull();
    const byUnit = await step('superviseCase', supervised.next, {
      note: '跟进',
      unitId: units[1],
      leaderId: null,
    });
    expect(byUnit.event).toMatchObject({
      unit: { id: String(units[1]) },
      leader: null,
      payload: { note: '跟进' },
    });
    // Supervision is by someone: the catalogue refuses it with neither a unit nor a leader.
    await refused(
      'superviseCase',
      byUnit.next,
      { note: '跟进', unitId: null, leaderId: null },
      'MISSING_INPUT',
    );
  });

  it('refuses oversight without text, by unknown people, or on a closed case', async () => {
    const c = await register();
    await refused('recordInstruction', c, { leaderId: leaders[0], text: '  ' }, 'BAD_USER_INPUT', 'text');
    await refused(
      'recordInstruction',
      c,
      { leaderId: leaders[0], text: '批'.repeat(5001) },
      'BAD_USER_INPUT',
      'text',
    );
    await refused('recordInstruction', c, { leaderId: 999_999, text: '办' }, 'LEADER_NOT_FOUND', 'leaderId');
    await refused(
      'superviseCase',
      c,
      { note: '', unitId: units[0], leaderId: null },
      'BAD_USER_INPUT',
      'note',
    );
    await refused(
      'superviseCase',
      c,
      { note: '督', unitId: 999_999, leaderId: null },
      'UNIT_NOT_FOUND',
      'unitId',
    );
    await refused(
      'superviseCase',
      c,
      { note: '督', unitId: null, leaderId: 999_999 },
      'LEADER_NOT_FOUND',
      'leaderId',
    );
    const closed = await seeded('{ statuses: [CLOSED] }', () => true);
    await expectIllegal('recordInstruction', closed, { leaderId: leaders[0], text: '再办' });
    await expectIllegal('superviseCase', closed, { note: '再督', unitId: units[0], leaderId: null });
  });

  it('takes the optional unit and leader of superviseCase as absent when omitted', async () => {
    // Omitting a nullable argument must mean the same as passing null (GraphQL spec, CoerceArgumentValues).
    const c = await walk(await register(), [['acceptCase']]);
    const supervised = await api.graphql<{ result: CaseView }>(
      `mutation { result: superviseCase(id: "${c.id}", version: ${c.version}, unitId: ${units[0]}, note: "督促办理") { version events { type unit { id } leader { id } } } }`,
    );
    expect(supervised.errors, JSON.stringify(supervised.errors)).toBeUndefined();
    expect(supervised.data!.result.events.at(-1)).toEqual({
      type: 'SUPERVISED',
      unit: { id: String(units[0]) },
      leader: null,
    });
    // Both omitted is both absent: refused like both null.
    const nobody = await api.graphql<{ result: CaseView }>(
      `mutation { result: superviseCase(id: "${c.id}", version: ${c.version + 1}, note: "督促办理") { version } }`,
    );
    expect(nobody.errors?.[0]?.extensions.code).toBe('MISSING_INPUT');
  });

  it('takes the optional leader of setDeadline as absent when omitted', async () => {
    const c = await walk(await register(), [['acceptCase']]);
    const deadline = await api.graphql<{ result: CaseView }>(
      `mutation { result: setDeadline(id: "${c.id}", version: ${c.version}, days: 30) { handlingDays events { type leader { id } } } }`,
    );
    expect(deadline.errors, JSON.stringify(deadline.errors)).toBeUndefined();
    expect(deadline.data!.result.handlingDays).toBe(30);
    expect(deadline.data!.result.events.at(-1)).toEqual({ type: 'DEADLINE_SET', leader: null });
  });

  // ---- recordCoordination ----

  it('records a coordination meeting with its trimmed parties and decisions', async () => {
    const c = await walk(await register(), [['acceptCase']]);
    const { next, event } = await step('recordCoordination', c, {
      parties: [' 水务局 ', '乡政府'],
      decisions: ['修缮支渠'],
    });
    expect(next.status).toBe('IN_PROGRESS');
    expect(event).toMatchObject({
      type: 'COORDINATION',
      payload: { parties: ['水务局', '乡政府'], decisions: ['修缮支渠'] },
    });
  });

  it('refuses coordination with too few or too many parties or decisions, or an empty or long item', async () => {
    const c = await walk(await register(), [['acceptCase']]);
    const two = ['甲方', '乙方'];
    const n = (count: number, s: string) => Array.from({ length: count }, (_, i) => `${s}${i}`);
    await refused(
      'recordCoordination',
      c,
      { parties: ['甲方'], decisions: ['一'] },
      'BAD_USER_INPUT',
      'parties',
    );
    await refused(
      'recordCoordination',
      c,
      { parties: n(21, '方'), decisions: ['一'] },
      'BAD_USER_INPUT',
      'parties',
    );
    await refused('recordCoordination', c, { parties: two, decisions: [] }, 'BAD_USER_INPUT', 'decisions');
    await refused(
      'recordCoordination',
      c,
      { parties: two, decisions: n(51, '议') },
      'BAD_USER_INPUT',
      'decisions',
    );
    await refused(
      'recordCoordination',
      c,
      { parties: ['甲方', ' '], decisions: ['一'] },
      'BAD_USER_INPUT',
      'parties.1',
    );
    await refused(
      'recordCoordination',
      c,
      { parties: ['方'.repeat(65), '乙方'], decisions: ['一'] },
      'BAD_USER_INPUT',
      'parties.0',
    );
    await refused(
      'recordCoordination',
      c,
      { parties: two, decisions: ['一', ''] },
      'BAD_USER_INPUT',
      'decisions.1',
    );
    await expectIllegal('recordCoordination', await register(), { parties: two, decisions: ['一'] });
  });

  // ---- setDeadline / hearings / extendDeadline ----

  it('sets a leadership deadline beside the statutory one, which stays where it was', async () => {
    const c = await walk(await register(), [['acceptCase']]);
    expect(c.leadershipDueAt).toBeNull();
    const { next, event } = await step('setDeadline', c, { days: 10, leaderId: leaders[0] });
    expect(next.status).toBe('ACCEPTED');
    expect(next.handlingDays).toBe(10);
    expect(next.dueAt).toBe(c.dueAt);
    expect(t(next.dueAt)).toBe(endOfDayPlus(t(next.acceptedAt), 60));
    expect(t(next.leadershipDueAt)).toBe(endOfDayPlus(t(next.acceptedAt), 10));
    expect(event).toMatchObject({
      type: 'DEADLINE_SET',
      leader: { id: String(leaders[0]) },
      payload: { days: 10 },
    });
    const unsigned = await step('setDeadline', next, { days: 60, leaderId: null });
    expect(unsigned.event.leader).toBeNull();
    expect(unsigned.next.dueAt).toBe(c.dueAt);
    expect(unsigned.next.leadershipDueAt).toBe(c.dueAt);
    const { case: read } = await ok<{ case: { deadlines: { kind: string; dueAt: string }[] } }>(
      `query ($id: ID!) { case(id: $id) { deadlines { kind dueAt } } }`,
      { id: c.id },
    );
    expect(read.deadlines.filter((d) => ['HANDLING', 'LEADERSHIP'].includes(d.kind))).toEqual([
      { kind: 'HANDLING', dueAt: c.dueAt },
      { kind: 'LEADERSHIP', dueAt: c.dueAt },
    ]);
  });

  it('refuses a handling period outside 1–60 days, by an unknown leader, or before acceptance', async () => {
    const c = await register();
    await expectIllegal('setDeadline', c, { days: 10, leaderId: null });
    const accepted = await walk(c, [['acceptCase']]);
    for (const days of [0, -1, 61, 2_147_483_647]) {
      await refused('setDeadline', accepted, { days, leaderId: null }, 'BAD_USER_INPUT', 'days');
    }
    await refused('setDeadline', accepted, { days: 10, leaderId: 999_999 }, 'LEADER_NOT_FOUND', 'leaderId');
  });

  it('adds the days of a hearing, at most as many as it lasted, to the handling period', async () => {
    const c = await walk(await register(), [['acceptCase']]);
    const started = await step('startHearing', c, { note: '公开听证' });
    expect(started.next.status).toBe('IN_PROGRESS');
    expect(started.next.hearingStartedAt).toBe(started.event.at);
    expect(started.event).toMatchObject({ type: 'HEARING_STARTED', payload: { note: '公开听证' } });
    // Begun today, it has lasted one day (the start day counts): two would pause the clock for nothing.
    await refused('endHearing', started.next, { days: 2 }, 'HEARING_TOO_LONG');
    const ended = await step('endHearing', started.next, { days: 1 });
    expect(ended.next.pausedDays).toBe(1);
    expect(ended.next.hearingStartedAt).toBeNull();
    expect(ended.event).toMatchObject({ type: 'HEARING_ENDED', payload: { days: 1 } });
    expect(t(ended.next.dueAt)).toBe(endOfDayPlus(t(c.acceptedAt), 61));
    // A hearing ends once.
    await refused('endHearing', ended.next, { days: 1 }, 'NO_HEARING_OPEN');
  });

  it('refuses a hearing length outside 1–90 days, and ending a hearing before handling started', async () => {
    const accepted = await walk(await register(), [['acceptCase']]);
    await expectIllegal('endHearing', accepted, { days: 5 });
    const started = await walk(accepted, [['startHearing']]);
    for (const days of [0, 91, -5]) await refused('endHearing', started, { days }, 'BAD_USER_INPUT', 'days');
    await refused('startHearing', started, { note: '听'.repeat(5001) }, 'BAD_USER_INPUT', 'note');
  });

  it('extends the handling period once: extensionDays, extendedTo = dueAt +20 days, reason and approver', async () => {
    const c = await walk(await register(), [['acceptCase']]);
    const { next, event } = await step('extendDeadline', c, {
      days: 20,
      reason: '需补充鉴定',
      approverLeaderId: leaders[0],
    });
    expect(next.status).toBe('ACCEPTED');
    expect(next.extensionDays).toBe(20);
    expect(next.delayReason).toBe('需补充鉴定');
    expect(t(next.dueAt)).toBe(endOfDayPlus(t(c.acceptedAt), 80));
    expect(next.extendedTo).toBe(next.dueAt);
    expect(event).toMatchObject({
      type: 'EXTENDED',
      leader: { id: String(leaders[0]) },
      payload: { days: 20, reason: '需补充鉴定' },
    });
    // The clock refuses a second one; the state machine alone still offers it.
    expect(next.allowedSteps).toContain('EXTENDED');
    await refused(
      'extendDeadline',
      next,
      { days: 5, reason: '再延', approverLeaderId: leaders[0] },
      'EXTENSION_ALREADY_USED',
    );
  });

  it('refuses an extension over 30 days, of 0 days, without reason, by an unknown approver, or unaccepted', async () => {
    const registered = await register();
    const args = (days: number) => ({ days, reason: '需鉴定', approverLeaderId: leaders[0] });
    await expectIllegal('extendDeadline', registered, args(10));
    const c = await walk(registered, [['acceptCase']]);
    await refused('extendDeadline', c, args(31), 'EXTENSION_TOO_LONG');
    await refused('extendDeadline', c, args(2_147_483_647), 'EXTENSION_TOO_LONG');
    await refused('extendDeadline', c, args(0), 'INVALID_DAYS');
    await refused('extendDeadline', c, args(-3), 'INVALID_DAYS');
    await refused('extendDeadline', c, { ...args(10), reason: ' ' }, 'BAD_USER_INPUT', 'reason');
    await refused(
      'extendDeadline',
      c,
      { ...args(10), approverLeaderId: 999_999 },
      'LEADER_NOT_FOUND',
      'approverLeaderId',
    );
    // 30 is the limit itself.
    expect((await step('extendDeadline', c, args(30))).next.extensionDays).toBe(30);
  });

  it('refuses an extension after the handling deadline passed (a case seeded in 2021, still open)', async () => {
    const overdue = await seeded(
      '{ statuses: [ACCEPTED, IN_PROGRESS] }',
      (c) => c.extensionDays === null && t(c.dueAt) < Date.now(),
    );
    await refused(
      'extendDeadline',
      overdue,
      { days: 10, reason: '补救', approverLeaderId: leaders[0] },
      'HANDLING_DEADLINE_PASSED',
    );
  });

  it('refuses an extension of a case reopened after its reply (its clock is not the first instance)', async () => {
    const c = await walk(await register(), [
      ['acceptCase'],
      ['replyCase', { outcome: 'EXPLAINED', text: '已解释' }],
      ['reopenCase', { reason: '答复有误' }],
    ]);
    expect(c.status).toBe('IN_PROGRESS');
    await refused(
      'extendDeadline',
      c,
      { days: 10, reason: '需时间', approverLeaderId: leaders[0] },
      'NO_OPEN_STAGE',
    );
  });

  // ---- replyCase / closeCase / rateSatisfaction ----

  it('replies, closes and rates a case, each stamped and recorded', async () => {
    const c = await walk(await register(), [['acceptCase']]);
    const replied = await step('replyCase', c, { outcome: 'SUPPORTED', text: ' 同意修缮 ' });
    expect(replied.next).toMatchObject({ status: 'REPLIED', outcome: 'SUPPORTED', closedAt: null });
    expect(replied.next.repliedAt).toBe(replied.event.at);
    expect(replied.event).toMatchObject({
      type: 'REPLIED',
      payload: { outcome: 'SUPPORTED', text: '同意修缮' },
    });
    // A reply settles the handling: the due date stays for the KPI.
    expect(replied.next.dueAt).toBe(c.dueAt);

    const rated = await step('rateSatisfaction', replied.next, { satisfaction: 'BASICALLY_SATISFIED' });
    expect(rated.next).toMatchObject({ status: 'REPLIED', satisfaction: 'BASICALLY_SATISFIED' });
    expect(rated.next.ratedAt).toBe(rated.event.at);
    expect(rated.event).toMatchObject({ type: 'RATED', payload: { satisfaction: 'BASICALLY_SATISFIED' } });

    const closed = await step('closeCase', rated.next);
    expect(closed.next.status).toBe('CLOSED');
    expect(closed.next.closedAt).toBe(closed.event.at);
    expect(closed.event).toMatchObject({ type: 'CLOSED', payload: null });
    expect(closed.next.repliedAt).toBe(replied.next.repliedAt);

    // A later rating (回访复评) is a timeline event: the first one keeps counting.
    const rerated = await step('rateSatisfaction', closed.next, { satisfaction: 'DISSATISFIED' });
    expect(rerated.next).toMatchObject({ status: 'CLOSED', satisfaction: 'BASICALLY_SATISFIED' });
    expect(rerated.next.ratedAt).toBe(rated.next.ratedAt);
    expect(rerated.event).toMatchObject({ type: 'RATED', payload: { satisfaction: 'DISSATISFIED' } });
  });

  it('refuses a reply without text or before acceptance, closing before a reply, rating before it', async () => {
    const registered = await register();
    await expectIllegal('replyCase', registered, { outcome: 'SUPPORTED', text: '同意' });
    await expectIllegal('closeCase', registered);
    const c = await walk(registered, [['acceptCase']]);
    await refused('replyCase', c, { outcome: 'SUPPORTED', text: '' }, 'BAD_USER_INPUT', 'text');
    await refused(
      'replyCase',
      c,
      { outcome: 'SUPPORTED', text: '复'.repeat(5001) },
      'BAD_USER_INPUT',
      'text',
    );
    await refused('replyCase', c, { outcome: 'MAYBE', text: '同意' }, 'BAD_USER_INPUT');
    await expectIllegal('closeCase', c);
    await expectIllegal('rateSatisfaction', c, { satisfaction: 'SATISFIED' });
    await refused('rateSatisfaction', c, { satisfaction: 'ECSTATIC' }, 'BAD_USER_INPUT');
    const closed = await walk(c, [['replyCase', { outcome: 'SUPPORTED', text: '同意' }], ['closeCase']]);
    await expectIllegal('closeCase', closed);
    await expectIllegal('replyCase', closed, { outcome: 'SUPPORTED', text: '再复' });
  });

  // ---- review, re-review, reopen ----

  it('runs review and re-review once each, keeping the first reply, then refuses a third re-examination', async () => {
    const c = await walk(await register(), [
      ['acceptCase'],
      ['replyCase', { outcome: 'NOT_SUPPORTED', text: '不予支持' }],
      ['closeCase'],
    ]);
    // Re-review needs a review answer first.
    await expectIllegal('requestRereview', c, { reason: '越级' });

    const review = await step('requestReview', c, { reason: ' 事实不清 ' });
    expect(review.next.status).toBe('UNDER_REVIEW');
    expect(review.next.reviewRequestedAt).toBe(review.event.at);
    expect(review.event).toMatchObject({ type: 'REVIEW_REQUESTED', payload: { reason: '事实不清' } });
    await expectIllegal('requestRereview', review.next, { reason: '未答复先复核' });
    await expectIllegal('closeCase', review.next);

    // Answering a review says whether the first answer changed.
    await refused('replyCase', review.next, { outcome: 'SUPPORTED', text: '复查支持' }, 'MISSING_INPUT');
    const answered = await step('replyCase', review.next, {
      outcome: 'SUPPORTED',
      text: '复查支持',
      changed: true,
    });
    expect(answered.next.status).toBe('REPLIED');
    expect(answered.next.reviewChanged).toBe(true);
    expect(answered.event.payload).toEqual({ outcome: 'SUPPORTED', text: '复查支持', changed: true });
    // The first reply is the one the KPIs count.
    expect(answered.next).toMatchObject({
      repliedAt: c.repliedAt,
      outcome: 'NOT_SUPPORTED',
      closedAt: c.closedAt,
    });
    await expectIllegal('requestReview', answered.next, { reason: '再复查' });

    const rereview = await step('requestRereview', answered.next, { reason: '仍有异议' });
    expect(rereview.next.status).toBe('UNDER_REREVIEW');
    expect(rereview.next.rereviewRequestedAt).toBe(rereview.event.at);
    expect(rereview.event).toMatchObject({ type: 'REREVIEW_REQUESTED', payload: { reason: '仍有异议' } });

    const final = await walk(rereview.next, [
      ['replyCase', { outcome: 'EXPLAINED', text: '复核维持', changed: false }],
      ['closeCase'],
    ]);
    const [dates] = (await api.dataSource.query(
      `SELECT review_replied_at, rereview_replied_at FROM petition_case WHERE id = ${Number(c.id)}`,
    )) as { review_replied_at: unknown; rereview_replied_at: unknown }[];
    expect(dates!.review_replied_at).not.toBeNull();
    expect(dates!.rereview_replied_at).not.toBeNull();
    expect(final).toMatchObject({ status: 'CLOSED', closedAt: c.closedAt, outcome: 'NOT_SUPPORTED' });
    await expectIllegal('requestReview', final, { reason: '第三次' });
    await expectIllegal('requestRereview', final, { reason: '第三次' });
  });

  // The review window over days and delivery dates: workflow.clock.integration.test.ts.
  it('refuses a review request without grounds', async () => {
    const fresh = await walk(await register(), [
      ['acceptCase'],
      ['replyCase', { outcome: 'SUPPORTED', text: '同意' }],
    ]);
    await refused('requestReview', fresh, { reason: '' }, 'BAD_USER_INPUT', 'reason');
    await refused('requestReview', fresh, { reason: '因'.repeat(5001) }, 'BAD_USER_INPUT', 'reason');
  });

  // ---- deliverReply ----

  it('records the delivery of the reply on the day given; refuses it before a reply, twice, or undated', async () => {
    const accepted = await walk(await register(), [['acceptCase']]);
    const today = localDay(Date.now());
    await expectIllegal('deliverReply', accepted, { deliveredOn: today });
    const replied = await walk(accepted, [['replyCase', { outcome: 'EXPLAINED', text: '已解释' }]]);
    expect(replied.allowedSteps).toContain('REPLY_DELIVERED');
    for (const day of ['2024-02-30', '20240101', 'yesterday']) {
      const response = await stepRaw('deliverReply', replied, { deliveredOn: day });
      expect(response.errors?.[0]?.extensions.code, day).toBe('BAD_USER_INPUT');
    }
    const { next, event } = await step('deliverReply', replied, { deliveredOn: today });
    expect(event).toMatchObject({ type: 'REPLY_DELIVERED', payload: { deliveredOn: today } });
    // The start of the day, but never before the reply itself.
    expect(next.deliveredAt).toBe(next.repliedAt);
    expect(next.status).toBe('REPLIED');
    await refused('deliverReply', next, { deliveredOn: today }, 'NOTHING_TO_DELIVER');
  });

  it('reopens a replied case for handling; refuses a reopen without reason or before a reply', async () => {
    const c = await walk(await register(), [
      ['acceptCase'],
      ['replyCase', { outcome: 'EXPLAINED', text: '解释' }],
    ]);
    await refused('reopenCase', c, { reason: '' }, 'BAD_USER_INPUT', 'reason');
    const { next, event } = await step('reopenCase', c, { reason: '领导批示重办' });
    expect(next.status).toBe('IN_PROGRESS');
    expect(next.repliedAt).toBe(c.repliedAt);
    expect(event).toMatchObject({ type: 'REOPENED', payload: { reason: '领导批示重办' } });
    await expectIllegal('reopenCase', await register(), { reason: '重办' });
  });

  // ---- markRepeat ----

  it('marks a case as a repeat of an earlier one by code, even once declined', async () => {
    const earlier = await register();
    const later = await walk(await register(), [['declineCase', { reason: '重复' }]]);
    const { next, event } = await step('markRepeat', later, { repeatOfCode: earlier.code });
    expect(next.status).toBe('NOT_ACCEPTED');
    expect(next.repeatOf).toEqual({ id: earlier.id, code: earlier.code });
    expect(event).toMatchObject({
      type: 'MARKED_REPEAT',
      payload: { repeatOfId: Number(earlier.id), repeatOfCode: earlier.code },
    });
  });

  it('refuses marking a case a repeat of an unknown case or of itself', async () => {
    const c = await register();
    await refused('markRepeat', c, { repeatOfCode: 'LT-1999-000001' }, 'CASE_NOT_FOUND', 'repeatOfCode');
    await refused('markRepeat', c, { repeatOfCode: c.code }, 'BAD_USER_INPUT', 'repeatOfCode');
  });

  it('checks again inside the transaction that the earlier case is visible (it may have moved away since)', async () => {
    const earlier = await register();
    const later = await register();
    const workflow = new WorkflowService(
      api.dataSource,
      dialectSpec(dialect),
      api.idNumbers,
      new InProcessPublisher(),
    );
    // The resolver saw both cases; by the time the step runs, the earlier one is outside the user's area.
    const movedAway = {
      assertCaseVisible(c: { id: number }): void {
        if (c.id === Number(earlier.id)) throw forbidden(`Case ${c.id} is not yours to read.`);
      },
    };
    const step = {
      type: E.MARKED_REPEAT,
      payload: { repeatOfId: Number(earlier.id), repeatOfCode: earlier.code },
    };
    await expect(
      workflow.apply(Number(later.id), later.version, step, { name: ACTOR }, movedAway),
    ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(await current(later.id)).toEqual(later);
    // The same step with the earlier case in view goes through.
    const applied = await workflow.apply(
      Number(later.id),
      later.version,
      step,
      { name: ACTOR },
      {
        assertCaseVisible: () => undefined,
      },
    );
    expect(applied.repeatOfId).toBe(Number(earlier.id));
  });

  it('flags a registration of the same petitioner in the same category, while the first is open, as a repeat', async () => {
    const idNumber = freshIdNumber();
    const person = { name: '马建国', phone: '13812345678', idNumber };
    const first = await register({ petitioners: [person] });
    const other = await register({ petitioners: [person], categoryCode: 'TREE_SHADING' });
    expect(other.repeatOf).toBeNull();
    const second = await register({ petitioners: [person] });
    expect(second.repeatOf).toEqual({ id: first.id, code: first.code });
    expect(second.events.map((e) => [e.type, e.payload])).toEqual([
      ['REGISTERED', { channel: 'VISIT' }],
      ['MARKED_REPEAT', { repeatOfId: Number(first.id), repeatOfCode: first.code, automatic: true }],
    ]);
    expect(townshipCode).toBe('640302202000');
  });
});
