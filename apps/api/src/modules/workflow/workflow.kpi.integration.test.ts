// After a random (seeded) sequence of workflow steps on cases registered this year, the KPIs and the
// pivot read through GraphQL equal a plain-JS recomputation from the raw case rows, and the monthly
// rollups the steps maintained incrementally equal a full rebuild from the cases.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { idCheckDigit } from '@lianxin/domain';
import { dialectOf, dialectSpec } from '../../db/dialect.js';
import { describeEachDatabase } from '../../test/databases.js';
import { startTestApi, type TestApi } from '../../test/api.js';
import {
  comparable,
  KPI_SELECTION,
  localDay,
  rawCases,
  referenceKpis,
  type Bucket,
  type KpiSet,
} from '../../test/reference-kpis.js';
import { rebuildAllRollups, ROLLUP_TABLES } from '../stats/rollup.js';

const SEED = 20_260_101;
const CASES = 14;
const STEPS = 160;
/** Steps that are always on offer or end a case early; picked less often so cases move on. */
const SIDE_STEPS = new Set([
  'MARKED_REPEAT',
  'VISIT',
  'INSTRUCTION',
  'SUPERVISED',
  'FORWARDED',
  'NOT_ACCEPTED',
]);

/** mulberry32: a small seeded PRNG, so the step sequence is the same on every run and database. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}

/** The seeded months, all closed long ago: no step taken now may move their KPIs. */
const CLOSED_MONTHS = ['2021-01', '2021-02', '2021-03'];
const CLOSED_QUESTION = `{
  q1: kpis(filter: { from: "2021-01-01", to: "2021-03-31" }) ${KPI_SELECTION}
  months: caseStats(filter: { from: "2021-01-01", to: "2021-03-31" }, groupBy: [MONTH]) { period kpis ${KPI_SELECTION} }
  raw: caseStats(filter: { from: "2021-01-01", to: "2021-03-31", channels: [VISIT, LETTER, ONLINE, PHONE, LEADER_RECEPTION, DOOR_TO_DOOR] }, groupBy: [MONTH]) { period kpis ${KPI_SELECTION} }
  revisions: periodRevisions(from: "${CLOSED_MONTHS[0]}", to: "${CLOSED_MONTHS[2]}") { id }
}`;

describeEachDatabase('KPIs and rollups after random workflow steps', (dialect) => {
  let api: TestApi;
  let applied: Record<string, number>;
  let closedBefore: unknown;
  let seededTouched = 0;

  beforeAll(async () => {
    api = await startTestApi(dialect, { until: '2021-03-31', casesPerYear: 400 });
    const refs = (
      await api.graphql<{
        townships: { villages: { code: string }[] }[];
        leaders: { id: string }[];
        units: { id: string }[];
        categories: { code: string }[];
      }>('{ townships { villages { code } } leaders { id } units { id } categories { code } }')
    ).data!;
    const villages = refs.townships.slice(0, 3).flatMap((t) => t.villages.slice(0, 2).map((v) => v.code));
    const leaders = refs.leaders.slice(0, 6).map((l) => Number(l.id));
    const units = refs.units.slice(0, 4).map((u) => Number(u.id));
    const categories = refs.categories.slice(0, 3).map((c) => c.code);
    const random = prng(SEED);

    // A few petitioners shared between cases, so that automatic repeat flags occur too.
    const people = Array.from({ length: 8 }, (_, i) => {
      const first17 = `65900419700101${String(i).padStart(3, '0')}`;
      return { name: '马建国', phone: '13812345678', idNumber: first17 + idCheckDigit(first17) };
    });
    const cases: { id: string; code: string }[] = [];
    for (let i = 0; i < CASES; i++) {
      const response = await api.graphql<{ registerCase: { id: string; code: string } }>(
        'mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id code } }',
        {
          input: {
            title: `随机案件${i}`,
            summary: '随机步骤测试',
            matterType: random.pick(['APPEAL', 'ACCUSATION', 'SUGGESTION']),
            categoryCode: random.pick(categories),
            channel: random.pick(['VISIT', 'LETTER', 'ONLINE']),
            villageCode: random.pick(villages),
            headcount: 1,
            petitioners: [random.pick(people)],
          },
        },
      );
      expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
      cases.push(response.data!.registerCase);
    }

    // Seeded cases still open in the closed months join the targets: steps on them now must not move
    // those months' KPIs (they count in the months the steps happen in).
    const open: { id: number; code: string }[] = await api.dataSource.query(
      `SELECT id, code FROM petition_case WHERE status NOT IN ('CLOSED', 'NOT_ACCEPTED') ORDER BY id LIMIT 10`,
    );
    expect(open.length).toBeGreaterThan(3);
    const seeded = open.map((c) => ({ id: String(c.id), code: c.code }));
    const before = await api.graphql(CLOSED_QUESTION);
    expect(before.errors, JSON.stringify(before.errors)).toBeUndefined();
    closedBefore = before.data;

    // Each step by the event it records; DEADLINE_SET etc. are the event types of allowedSteps. The
    // arguments may depend on the case's status (an answer to a review says whether it changed the first).
    const today = localDay(Date.now());
    const steps: [string, string, (status: string) => string][] = [
      ['ACCEPTED', 'acceptCase', () => ''],
      ['NOT_ACCEPTED', 'declineCase', () => ', reason: "不属于受理范围"'],
      ['FORWARDED', 'forwardCase', () => `, unitId: ${random.pick(units)}`],
      ['ASSIGNED', 'assignLeader', () => `, leaderId: ${random.pick(leaders)}`],
      [
        'VISIT',
        'recordVisit',
        () =>
          `, leaderId: ${random.pick(leaders)}, kind: ${random.pick(['RECEPTION', 'HOME_VISIT', 'FOLLOW_UP'])}`,
      ],
      ['INSTRUCTION', 'recordInstruction', () => `, leaderId: ${random.pick(leaders)}, text: "限期办结"`],
      ['SUPERVISED', 'superviseCase', () => ', note: "督办", unitId: null, leaderId: null'],
      ['COORDINATION', 'recordCoordination', () => ', parties: ["水务局", "乡政府"], decisions: ["修缮"]'],
      ['DEADLINE_SET', 'setDeadline', () => `, days: ${1 + random.int(60)}, leaderId: null`],
      ['HEARING_STARTED', 'startHearing', () => ''],
      ['HEARING_ENDED', 'endHearing', () => `, days: ${1 + random.int(10)}`],
      [
        'EXTENDED',
        'extendDeadline',
        () => `, days: ${1 + random.int(30)}, reason: "鉴定", approverLeaderId: ${random.pick(leaders)}`,
      ],
      [
        'REPLIED',
        'replyCase',
        (status) =>
          `, outcome: ${random.pick(['SUPPORTED', 'EXPLAINED', 'NOT_SUPPORTED'])}, text: "答复"` +
          (status.startsWith('UNDER_') ? `, changed: ${random.pick(['true', 'false'])}` : ''),
      ],
      ['REPLY_DELIVERED', 'deliverReply', () => `, deliveredOn: "${today}"`],
      ['CLOSED', 'closeCase', () => ''],
      [
        'RATED',
        'rateSatisfaction',
        () => `, satisfaction: ${random.pick(['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'])}`,
      ],
      ['REVIEW_REQUESTED', 'requestReview', () => ', reason: "不服"'],
      ['REREVIEW_REQUESTED', 'requestRereview', () => ', reason: "仍不服"'],
      ['REOPENED', 'reopenCase', () => ', reason: "重办"'],
      ['MARKED_REPEAT', 'markRepeat', () => `, repeatOfCode: "${random.pick(cases).code}"`],
    ];
    applied = {};
    const targets = [...cases, ...seeded];
    for (let i = 0; i < STEPS; i++) {
      const target = random.pick(targets);
      const { data } = await api.graphql<{
        case: { version: number; status: string; allowedSteps: string[] };
      }>(`{ case(id: "${target.id}") { version status allowedSteps } }`);
      // Mostly a step the state machine offers now that moves the case on (so cases get far: replied,
      // closed, rated, reviewed), sometimes any offered step, sometimes any step at all.
      const offered = steps.filter(([event]) => data!.case.allowedSteps.includes(event));
      const onward = offered.filter(([event]) => !SIDE_STEPS.has(event));
      const roll = random.int(20);
      const [, mutation, args] =
        roll < 12 && onward.length
          ? random.pick(onward)
          : roll < 17 && offered.length
            ? random.pick(offered)
            : random.pick(steps);
      const response = await api.graphql(
        `mutation { ${mutation}(id: "${target.id}", version: ${data!.case.version}${args(data!.case.status)}) { id } }`,
      );
      // A refused step is skipped; it must still be one the API means to refuse.
      if (response.errors) expect(response.errors[0]!.extensions.code).not.toBe('INTERNAL_SERVER_ERROR');
      else {
        applied[mutation] = (applied[mutation] ?? 0) + 1;
        if (seeded.includes(target)) seededTouched += 1;
      }
    }
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('applied a varied sequence: most kinds of step succeeded at least once', () => {
    expect(Object.keys(applied).length, JSON.stringify(applied)).toBeGreaterThanOrEqual(12);
    for (const kind of ['acceptCase', 'replyCase', 'closeCase', 'rateSatisfaction', 'assignLeader'])
      expect(applied[kind] ?? 0, `${kind} in ${JSON.stringify(applied)}`).toBeGreaterThan(0);
  });

  it('left the closed months as they were: same KPIs by rollup and by scan, and no revision', async () => {
    expect(seededTouched, 'steps on cases of the closed months').toBeGreaterThan(5);
    const after = await api.graphql<{ months: unknown[]; raw: unknown[]; revisions: unknown[] }>(
      CLOSED_QUESTION,
    );
    expect(after.errors, JSON.stringify(after.errors)).toBeUndefined();
    expect(after.data).toEqual(closedBefore);
    expect(after.data!.raw).toEqual(after.data!.months);
    expect(after.data!.revisions).toEqual([]);
  });

  it('equals the independent KPIs of this year as of now, from the rollup and from the cases', async () => {
    const now = Date.now();
    const year = localDay(now).slice(0, 4);
    const period = { from: `${year}-01-01`, to: `${year}-12-31` };
    const response = await api.graphql<{ fromRollup: KpiSet; fromCases: KpiSet }>(
      `query ($period: CaseFilter, $asOf: CaseFilter) {
        fromRollup: kpis(filter: $period) ${KPI_SELECTION}
        fromCases: kpis(filter: $asOf) ${KPI_SELECTION}
      }`,
      { period, asOf: { ...period, asOf: new Date(now).toISOString() } },
    );
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    const expected = referenceKpis(await rawCases(api.dataSource), year, now).total.kpis;
    expect(expected.repeatRate.denominator).toBe(CASES);
    expect(response.data!.fromRollup).toEqual(expected);
    expect(response.data!.fromCases).toEqual(expected);
  });

  it('equals the independent pivot by township, village and month of this year', async () => {
    const now = Date.now();
    const year = localDay(now).slice(0, 4);
    const response = await api.graphql<{ buckets: Bucket[] }>(
      `query ($f: CaseFilter) {
        buckets: caseStats(filter: $f, groupBy: [TOWNSHIP, VILLAGE, MONTH]) {
          townshipCode villageCode period count kpis ${KPI_SELECTION}
        }
      }`,
      { f: { from: `${year}-01-01`, to: `${year}-12-31` } },
    );
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    const expected = comparable(referenceKpis(await rawCases(api.dataSource), year, now).buckets);
    expect(expected.length).toBeGreaterThan(1);
    expect(comparable(response.data!.buckets)).toEqual(expected);
  });

  it('holds the same rollup rows (monthly, township, daily) as a full rebuild from the cases', async () => {
    // Each step refreshed only the rows of the days (and months) its case is counted on.
    const read = async (query: (sql: string) => Promise<Record<string, unknown>[]>) => {
      const rows: string[] = [];
      for (const table of ROLLUP_TABLES)
        rows.push(...(await query(`SELECT * FROM ${table}`)).map((r) => `${table} ${JSON.stringify(r)}`));
      return rows.sort();
    };
    const maintained = await read((sql) => api.dataSource.query(sql));
    let rebuilt: string[] = [];
    const rollback = new Error('roll back the rebuild');
    await api.dataSource
      .transaction(async (m) => {
        await rebuildAllRollups(m, dialectSpec(dialectOf(api.dataSource)));
        rebuilt = await read((sql) => m.query(sql));
        throw rollback;
      })
      .catch((error: unknown) => {
        if (error !== rollback) throw error;
      });
    expect(rebuilt.length).toBeGreaterThan(0);
    expect(maintained).toEqual(rebuilt);
    // The rollback left the maintained rows in place.
    expect(await read((sql) => api.dataSource.query(sql))).toEqual(maintained);
  });
});
