// Closed periods (issue 12, "Periods close" and finding 9): a month's KPIs freeze PERIOD_GRACE_DAYS after
// it ends. A clerk can no longer raise 2023's rates by importing backdated cases closed and rated 满意;
// an administrator can, only with a reason, and each month it touches shows a revision (who, when, why,
// KPIs before and after). A change made today to an old case (a late rating) counts in today's period
// and leaves the closed months as they were — through the rollup and the raw path alike.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addLocalDays, addLocalMonths, Channel, localDate, monthClosesAt, Role } from '@lianxin/domain';
import { startTestApi, TEST_USER, type TestApi } from '../../test/api.js';
import { describeEachDatabase } from '../../test/databases.js';
import { templateCsvRows } from '../transfer/sheet-fixtures.js';
import { writeSheet } from '../transfer/sheet-io.js';

/** Every seeded month (2021-01 … 2024-06) closed long before the real now. */
const SEED = { until: '2024-06-30', casesPerYear: 400 } as const;
const REASON = '2023年5月纸质台账补录（经局务会审定）';

interface Part {
  numerator: number;
  denominator: number;
}
type Kpis = Record<
  | 'timelyAcceptance'
  | 'onTimeClosure'
  | 'satisfaction'
  | 'ratingParticipation'
  | 'leaderResolution'
  | 'repeatRate'
  | 'reopenRate'
  | 'reviewChangeRate',
  Part
>;
const KPI_SELECTION = `
  timelyAcceptance { numerator denominator }
  onTimeClosure { numerator denominator }
  satisfaction { numerator denominator }
  ratingParticipation { numerator denominator }
  leaderResolution { numerator denominator }
  repeatRate { numerator denominator }
  reopenRate { numerator denominator }
  reviewChangeRate { numerator denominator }`;

interface RevisionAnswer {
  id: number;
  month: string;
  revisedAt: string;
  revisedBy: string;
  reason: string;
  source: string;
  kpis: { code: string; before: Part; after: Part }[];
}
const REVISIONS = `query($from: String!, $to: String!) {
  periodRevisions(from: $from, to: $to) {
    id month revisedAt revisedBy reason source
    kpis { code before { numerator denominator } after { numerator denominator } }
  }
}`;

interface ErrorBody {
  errors: { message: string; extensions: { code: string; field?: string; months?: string[] } }[];
}

/** First and last day of a month (YYYY-MM). */
function monthRange(month: string): { from: string; to: string } {
  const from = `${month}-01`;
  return { from, to: addLocalDays(addLocalMonths(from, 1), -1) };
}

/** An instant as the database answers it (PostgreSQL: Date; SQLite: UTC text). */
function instant(value: string | Date): Date {
  return value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`);
}

describeEachDatabase('closed periods', (dialect) => {
  let api: TestApi;
  let clerk: Record<string, string>;
  let wall: Record<string, string>;
  const template = templateCsvRows();

  beforeAll(async () => {
    api = await startTestApi(dialect, SEED);
    await api.auth.createUser({ username: 'clerk', role: Role.CLERK });
    await api.auth.createUser({ username: 'wall', role: Role.DISPLAY });
    clerk = await api.headersOf('clerk');
    wall = await api.headersOf('wall');
  });
  afterAll(async () => {
    await api?.stop();
  });

  async function kpis(filter: Record<string, unknown>): Promise<Kpis> {
    const answer = await api.graphql<{ kpis: Kpis }>(
      `query($f: CaseFilter) { kpis(filter: $f) { ${KPI_SELECTION} } }`,
      { f: filter },
    );
    expect(answer.errors).toBeUndefined();
    return answer.data!.kpis;
  }

  async function revisions(from: string, to: string): Promise<RevisionAnswer[]> {
    const answer = await api.graphql<{ periodRevisions: RevisionAnswer[] }>(REVISIONS, { from, to });
    expect(answer.errors).toBeUndefined();
    return answer.data!.periodRevisions;
  }

  async function caseCount(): Promise<number> {
    const rows: { n: number | string }[] = await api.dataSource.query(
      'SELECT count(*) AS n FROM petition_case',
    );
    return Number(rows[0]!.n);
  }

  function upload(
    headers: Record<string, string>,
    file: Buffer,
    name: string,
    query = '',
  ): Promise<Response> {
    const form = new FormData();
    form.append('file', new Blob([file]), name);
    return fetch(`${api.url}/import/cases${query}`, { method: 'POST', body: form, headers });
  }

  /** A template row with the given cells changed (by Chinese header). */
  function row(index: 0 | 1, cells: Record<string, string>): string[] {
    const out = [...template.rows[index]!];
    for (const [header, value] of Object.entries(cells)) {
      const i = template.headers.indexOf(header);
      expect(i).toBeGreaterThanOrEqual(0);
      out[i] = value;
    }
    return out;
  }

  /** The 陈木闸村 tree-shade row moved into May 2023: received, closed and rated 满意 there. */
  const backdated = row(0, {
    标题: '补录：陈木闸村农田林网树木遮阴影响庄稼生长',
    登记时间: '2023-05-08 09:20',
    转送交办时间: '2023-05-08 11:20',
    受理时间: '2023-05-09 09:30',
    答复时间: '2023-05-16 11:00',
    办结时间: '2023-05-16 15:00',
    满意度: '满意',
    评价时间: '2023-05-19 10:00',
  });
  /** The 吴家沟村 irrigation row moved into May 2023 and rated 不满意: a second revision of May. */
  const backdatedAgain = row(1, {
    标题: '补录：吴家沟村玉米地淌不上水',
    登记时间: '2023-05-10 08:40',
    转送交办时间: '2023-05-10 09:40',
    受理时间: '2023-05-10 16:00',
    答复时间: '2023-05-18 10:00',
    办结时间: '2023-05-18 14:00',
    满意度: '不满意',
    评价时间: '2023-05-25 10:00',
  });

  it("finding 9: a clerk's backdated 满意 case in a closed month is refused; an administrator's with a reason is a recorded revision", async () => {
    const may = monthRange('2023-05');
    const year = { from: '2023-01-01', to: '2023-12-31' };
    const mayBefore = await kpis(may);
    const yearBefore = await kpis(year);
    const casesBefore = await caseCount();
    const file = await writeSheet('csv', template.headers, [backdated]);

    const refused = await upload(clerk, file, 'backdated.csv');
    expect(refused.status).toBe(403);
    const refusal = ((await refused.json()) as ErrorBody).errors[0]!;
    expect(refusal.extensions.code).toBe('PERIOD_CLOSED');
    expect(refusal.extensions.months).toContain('2023-05');
    expect(await caseCount()).toBe(casesBefore);
    expect(await kpis(year)).toEqual(yearBefore);
    expect(await revisions('2023-01', '2023-12')).toEqual([]);

    const noReason = await upload(api.authHeaders, file, 'backdated.csv');
    expect(noReason.status).toBe(400);
    expect(((await noReason.json()) as ErrorBody).errors[0]!.extensions).toMatchObject({
      code: 'REVISION_REASON_REQUIRED',
      field: 'reason',
      months: expect.arrayContaining(['2023-05']),
    });
    expect(await caseCount()).toBe(casesBefore);

    const startedAt = Date.now();
    const revised = await upload(
      api.authHeaders,
      file,
      'backdated.csv',
      `?reason=${encodeURIComponent(REASON)}`,
    );
    expect(revised.status).toBe(200);
    expect(await revised.json()).toMatchObject({ imported: 1, committed: true, errors: [] });
    expect(await caseCount()).toBe(casesBefore + 1);

    // The revision of May: who, when, why, with what, and 满意率 before and after (one more 满意).
    const [revision, ...more] = await revisions('2023-05', '2023-05');
    expect(more).toEqual([]);
    expect(revision).toMatchObject({
      month: '2023-05',
      revisedBy: TEST_USER,
      reason: REASON,
      source: 'backdated.csv',
    });
    expect(Date.parse(revision!.revisedAt)).toBeGreaterThanOrEqual(startedAt - 1000);
    expect(Date.parse(revision!.revisedAt)).toBeLessThanOrEqual(Date.now());
    const satisfaction = revision!.kpis.find((k) => k.code === 'SATISFACTION')!;
    expect(satisfaction.before).toEqual(mayBefore.satisfaction);
    expect(satisfaction.after).toEqual({
      numerator: mayBefore.satisfaction.numerator + 1,
      denominator: mayBefore.satisfaction.denominator + 1,
    });
    expect((await kpis(may)).satisfaction).toEqual(satisfaction.after);
    // The year moved by exactly that case.
    const yearAfter = await kpis(year);
    expect(yearAfter.satisfaction).toEqual({
      numerator: yearBefore.satisfaction.numerator + 1,
      denominator: yearBefore.satisfaction.denominator + 1,
    });

    // A second revision of May chains on the first: its "before" is the first's "after".
    const again = await upload(
      api.authHeaders,
      await writeSheet('csv', template.headers, [backdatedAgain]),
      'backdated-2.csv',
      `?reason=${encodeURIComponent(`${REASON}（第二批）`)}`,
    );
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ imported: 1, committed: true });
    const chain = await revisions('2023-05', '2023-05');
    expect(chain.map((r) => [r.revisedBy, r.source])).toEqual([
      [TEST_USER, 'backdated.csv'],
      [TEST_USER, 'backdated-2.csv'],
    ]);
    const [first, second] = chain as [RevisionAnswer, RevisionAnswer];
    expect(first.kpis.map((k) => k.code)).toEqual(second.kpis.map((k) => k.code));
    for (const [i, k] of first.kpis.entries()) expect(k.after).toEqual(second.kpis[i]!.before);
    expect(second.kpis.find((k) => k.code === 'SATISFACTION')!.after).toEqual({
      numerator: mayBefore.satisfaction.numerator + 1,
      denominator: mayBefore.satisfaction.denominator + 2,
    });
    // The latest revision's "after" is May as it reads now.
    const mayNow = await kpis(may);
    const latestAfter = Object.fromEntries(second.kpis.map((k) => [k.code, k.after]));
    expect(latestAfter.SATISFACTION).toEqual(mayNow.satisfaction);
    expect(latestAfter.RATING_PARTICIPATION).toEqual(mayNow.ratingParticipation);
    expect(latestAfter.TIMELY_ACCEPTANCE).toEqual(mayNow.timelyAcceptance);
  });

  it('frozen months: rating an old closed case today changes today, not the months it was received and closed in', async () => {
    // A seeded case received and closed in closed months, led by a leader, never rated.
    const candidates: { id: number | string; received_at: string | Date; closed_at: string | Date }[] =
      await api.dataSource.query(
        `SELECT id, received_at, closed_at FROM petition_case
          WHERE status = 'CLOSED' AND rated_at IS NULL AND leader_id IS NOT NULL ORDER BY id`,
      );
    const now = new Date();
    const months = candidates.map((c) => ({
      id: String(c.id),
      received: localDate(instant(c.received_at)).slice(0, 7),
      closed: localDate(instant(c.closed_at)).slice(0, 7),
    }));
    const isClosed = (month: string) => monthClosesAt(month).getTime() < now.getTime();
    // Prefer one closed in a later month than it was received in: two different months to watch.
    const chosen =
      months.find((c) => c.received !== c.closed && isClosed(c.closed)) ??
      months.find((c) => isClosed(c.closed));
    expect(chosen).toBeDefined();
    const { id, received, closed } = chosen!;

    const today = localDate(now);
    const thisMonth = { from: `${today.slice(0, 7)}-01`, to: today };
    const first = received < closed ? received : closed;
    const last = received < closed ? closed : received;
    const span = { from: monthRange(first).from, to: monthRange(last).to };
    const STATS = `query($f: CaseFilter) { caseStats(filter: $f, groupBy: [MONTH]) { period count kpis { ${KPI_SELECTION} } } }`;
    const stats = async (filter: Record<string, unknown>) => {
      const answer = await api.graphql<{ caseStats: { period: string; kpis: Kpis }[] }>(STATS, { f: filter });
      expect(answer.errors).toBeUndefined();
      return answer.data!.caseStats;
    };
    // Whole months of places and categories: the rollup. Every channel named: the rollup cannot tell, the cases answer.
    const everyChannel = { ...span, channels: Object.values(Channel) };
    const read = async () => ({
      closedMonth: await kpis(monthRange(closed)),
      receivedMonth: await kpis(monthRange(received)),
      thisMonth: await kpis(thisMonth),
      rollup: await stats(span),
      raw: await stats(everyChannel),
    });

    /** Whether the case is listed behind a KPI's part over a period (the lists freeze as the numbers do). */
    const listed = async (kpi: string, kpiPart: string, range: { from: string; to: string }) => {
      const answer = await api.graphql<{ cases: { totalCount: number; edges: { node: { id: string } }[] } }>(
        'query($f: CaseFilter) { cases(filter: $f, first: 200) { totalCount edges { node { id } } } }',
        { f: { ...range, kpi, kpiPart } },
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.cases.totalCount).toBeLessThanOrEqual(200);
      return answer.data!.cases.edges.some((e) => e.node.id === id);
    };
    const parts = async () => ({
      ratedOfClosed: await listed('RATING_PARTICIPATION', 'NUMERATOR', monthRange(closed)),
      resolvedOfReceived: await listed('LEADER_RESOLUTION', 'NUMERATOR', monthRange(received)),
      satisfiedThisMonth: await listed('SATISFACTION', 'NUMERATOR', thisMonth),
    });

    const before = await read();
    expect(before.raw).toEqual(before.rollup);
    // The case is in both closed months' denominators, so its rating would move their numerators.
    expect(await listed('RATING_PARTICIPATION', 'DENOMINATOR', monthRange(closed))).toBe(true);
    expect(await listed('LEADER_RESOLUTION', 'DENOMINATOR', monthRange(received))).toBe(true);
    expect(await parts()).toEqual({
      ratedOfClosed: false,
      resolvedOfReceived: false,
      satisfiedThisMonth: false,
    });
    const version = await api.graphql<{ case: { version: number; status: string } }>(
      'query($id: ID!) { case(id: $id) { version status } }',
      { id },
    );
    expect(version.data?.case.status).toBe('CLOSED');
    const rated = await api.graphql<{ rateSatisfaction: { satisfaction: string } }>(
      'mutation($id: ID!, $v: Int!) { rateSatisfaction(id: $id, version: $v, satisfaction: SATISFIED) { satisfaction } }',
      { id, v: version.data!.case.version },
    );
    expect(rated.errors).toBeUndefined();
    expect(rated.data?.rateSatisfaction.satisfaction).toBe('SATISFIED');

    const after = await read();
    // 参评率 of the month it closed and 包案化解率 of the month it came in (every KPI of both) read as
    // at their close, and so do the lists behind them.
    expect(after.closedMonth).toEqual(before.closedMonth);
    expect(after.receivedMonth).toEqual(before.receivedMonth);
    expect(await parts()).toEqual({
      ratedOfClosed: false,
      resolvedOfReceived: false,
      satisfiedThisMonth: true,
    });
    // The pivot through the rollup and through the cases: the same frozen numbers.
    expect(after.rollup).toEqual(before.rollup);
    expect(after.raw).toEqual(before.raw);
    // The rating counts where it was given: this month's 满意率 has one more rated case, satisfied.
    expect(after.thisMonth.satisfaction).toEqual({
      numerator: before.thisMonth.satisfaction.numerator + 1,
      denominator: before.thisMonth.satisfaction.denominator + 1,
    });
  });

  it('lastClosedMonth: the latest month closed for every anchor (receipt settles longest)', async () => {
    const answer = await api.graphql<{ lastClosedMonth: string }>('{ lastClosedMonth }');
    expect(answer.errors).toBeUndefined();
    const month = answer.data!.lastClosedMonth;
    expect(month).toMatch(/^\d{4}-\d{2}$/);
    const now = Date.now();
    expect(monthClosesAt(month, 30, 'RECEIVED').getTime()).toBeLessThan(now);
    const next = addLocalMonths(`${month}-01`, 1).slice(0, 7);
    expect(monthClosesAt(next, 30, 'RECEIVED').getTime()).toBeGreaterThanOrEqual(now);
    // The wall may read when months close (methodology), not how they were revised.
    const onWall = await api.graphqlAs<{ lastClosedMonth: string }>(wall, '{ lastClosedMonth }');
    expect(onWall.data?.lastClosedMonth).toBe(month);
  });

  it('periodRevisions: for administrators only (district-wide figures with accusations), months checked', async () => {
    const onWall = await api.graphqlAs(wall, REVISIONS, { from: '2023-01', to: '2023-12' });
    expect(onWall.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(onWall.data?.periodRevisions ?? null).toBeNull();
    const asClerk = await api.graphqlAs<{ periodRevisions: RevisionAnswer[] }>(clerk, REVISIONS, {
      from: '2023-05',
      to: '2023-05',
    });
    expect(asClerk.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const asAdmin = await api.graphql<{ periodRevisions: RevisionAnswer[] }>(REVISIONS, {
      from: '2023-05',
      to: '2023-05',
    });
    expect(asAdmin.errors).toBeUndefined();
    expect(asAdmin.data!.periodRevisions.length).toBe(2);
    for (const [from, to, field] of [
      ['2023-13', '2023-12', 'from'],
      ['2023-06', '2023-05', 'from'],
      ['2010-01', '2023-05', 'to'],
    ] as const) {
      const bad = await api.graphql(REVISIONS, { from, to });
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});
