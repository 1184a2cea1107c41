// The DISPLAY suites' shared setup (display-differencing and display-differencing.attacks): the instants
// and the seed they run on, the wall's questions, and a seeded API with wall accounts, the truth as an
// administrator reads it, and a leak finder. The attacker model: display-differencing.attacker.ts.
import { afterAll, beforeAll, expect, vi } from 'vitest';
import { MatterType, Role } from '@lianxin/domain';
import type { Dialect } from '../config.js';
import { startTestApi, type GraphQLResponse, type TestApi } from './api.js';
import { lateBound } from './late-bound.js';

// GraphQL answers, walked by hand.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Data = Record<string, any>;

export interface Period {
  from: string;
  to: string;
}

/** Two local instants (Asia/Shanghai 15:00) the suites run at, and the seed that reaches the later. */
export const MARCH = { now: '2022-03-20T15:00:00+08:00', today: '2022-03-20' };
// February: after the Spring Festival holiday (2022-01-31 … 02-06), when acceptances have caught up and
// exactly one township's year-to-date 及时受理率 rests on 1–2 cases (the lone small KPI cell).
export const FEBRUARY = { now: '2022-02-16T15:00:00+08:00', today: '2022-02-16' };
export const JANUARY = { now: '2022-01-04T15:00:00+08:00', today: '2022-01-04' };
const SEED = { until: '2022-03-20', casesPerYear: 1200 };
export const PAST_YEARS: Period[] = [
  { from: '2021-01-01', to: '2021-12-31' },
  { from: '2020-01-01', to: '2020-12-31' },
];
export const NOT_ACCUSATIONS = Object.values(MatterType).filter((t) => t !== MatterType.ACCUSATION);

export const dayBefore = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

// ---- the questions -----------------------------------------------------------------------------------

export interface Ask {
  text: string;
  variables: Record<string, unknown>;
  field: 'caseStats' | 'kpis' | 'leaderWorkloads' | 'warningCounts' | 'caseTicker' | 'other';
  period: Period | null;
  township: string | null;
  groupBy?: readonly string[];
}

export const filterOf = (period: Period | null, township: string | null) => ({
  ...(period ?? {}),
  ...(township ? { townshipCodes: [township] } : {}),
});
export const KPI = '{ numerator denominator rate }';
const BUCKET =
  'categoryCode townshipCode villageCode channel status leaderId unitId matterType period count suppressed';

export const ask = {
  caseStats: (period: Period | null, township: string | null, groupBy: readonly string[]): Ask => ({
    text: `query($f: CaseFilter) { caseStats(filter: $f, groupBy: [${groupBy.join(', ')}]) { ${BUCKET} } }`,
    variables: { f: filterOf(period, township) },
    field: 'caseStats',
    period,
    township,
    groupBy,
  }),
  kpis: (period: Period | null, township: string | null): Ask => ({
    text: `query($f: CaseFilter) { kpis(filter: $f) { timelyAcceptance ${KPI} onTimeClosure ${KPI} satisfaction ${KPI} } }`,
    variables: { f: filterOf(period, township) },
    field: 'kpis',
    period,
    township,
  }),
  leaderWorkloads: (period: Period | null, township: string | null): Ask => ({
    text: `query($f: CaseFilter) { leaderWorkloads(filter: $f) { leader { id name } owned open closed overdue closedOnTime ${KPI} } }`,
    variables: { f: filterOf(period, township) },
    field: 'leaderWorkloads',
    period,
    township,
  }),
  warningCounts: (township: string | null): Ask => ({
    text: `query($f: CaseFilter) { warningCounts(filter: $f) { red yellow } }`,
    variables: { f: filterOf(null, township) },
    field: 'warningCounts',
    period: null,
    township,
  }),
  caseTicker: (first: number, township: string | null): Ask => ({
    text: `query($f: CaseFilter) { caseTicker(first: ${first}, filter: $f) { receivedAt category { code } township { code } village { code name } } }`,
    variables: { f: filterOf(null, township) },
    field: 'caseTicker',
    period: null,
    township,
  }),
};

/** What is true, read as an administrator (accusations left out, as DISPLAY counts them). */
export interface Truth {
  townshipVillages: Map<string, string[]>;
  villageCounts(period: Period): Promise<Map<string, number>>;
  kpis(period: Period, township: string | null): Promise<Data>;
}

export const periodKey = (p: Period) => `${p.from}…${p.to}`;

export const codes = (r: GraphQLResponse) => (r.errors ?? []).map((e) => e.extensions.code);

/**
 * The DISPLAY suites' API (SEED) with its wall accounts: the district's, one per township, one scoped to a
 * village, and a leader given cases in two townships. Date is faked from MARCH on; at() moves it.
 */
export function displaySuite(dialect: Dialect) {
  let api: TestApi;
  let townships: string[];
  let villages: string[];
  let truth: Truth;
  let wall: Record<string, string>;
  let leak: (body: unknown) => string | null;
  let spreadLeader: { id: number; townships: string[] };
  /** Answers by question, per instant (the plans are deterministic for a day). */
  const answered = new Map<string, Promise<GraphQLResponse<Data>>>();

  const sql = async (query: string): Promise<Data[]> => api.dataSource.query(query);

  async function at(instant: { now: string }) {
    vi.setSystemTime(new Date(instant.now));
    // Tokens are issued on the pinned clock.
    wall = await api.headersOf('wall');
  }

  function asWall(a: Pick<Ask, 'text' | 'variables'>, headers = wall) {
    const key = `${new Date().toISOString().slice(0, 10)} ${JSON.stringify(headers)} ${a.text} ${JSON.stringify(a.variables)}`;
    let answer = answered.get(key);
    if (!answer) answered.set(key, (answer = api.graphqlAs<Data>(headers, a.text, a.variables)));
    return answer;
  }

  beforeAll(async () => {
    api = await startTestApi(dialect, SEED);
    await api.auth.createUser({ username: 'wall', role: Role.DISPLAY });
    // A leader in charge of 3 cases of this year in one township and 1 in another (the seed's leaders
    // keep to one township): their row in the second must be withheld, and so must the first's.
    const [idle] = await sql(
      `SELECT id FROM leader WHERE id NOT IN (SELECT leader_id FROM petition_case
         WHERE received_on >= '2022-01-01' AND leader_id IS NOT NULL) ORDER BY id LIMIT 1`,
    );
    const ytdCases = await sql(
      `SELECT id, township_code FROM petition_case WHERE received_on BETWEEN '2022-02-01' AND '2022-03-19'
         AND matter_type <> 'ACCUSATION' AND leader_id IS NULL ORDER BY id`,
    );
    const [first, second] = [...new Set(ytdCases.map((c) => c.township_code as string))];
    spreadLeader = { id: Number(idle!.id), townships: [first!, second!] };
    const given = [
      ...ytdCases.filter((c) => c.township_code === first).slice(0, 3),
      ...ytdCases.filter((c) => c.township_code === second).slice(0, 1),
    ].map((c) => Number(c.id));
    await sql(`UPDATE petition_case SET leader_id = ${spreadLeader.id} WHERE id IN (${given.join(', ')})`);
    for (const t of await sql(`SELECT code FROM township`))
      await api.auth.createUser({ username: `wall-${t.code}`, role: Role.DISPLAY, townshipCode: t.code });
    const [someVillage] = await sql(`SELECT code FROM village ORDER BY code LIMIT 1`);
    await api.auth.createUser({
      username: 'wall-village',
      role: Role.DISPLAY,
      villageCode: someVillage!.code,
    });
    // Only now: TypeORM tells date columns by the identity of the global Date when it builds metadata.
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date(MARCH.now));
    const places = await sql(`SELECT code, township_code FROM village ORDER BY code`);
    townships = (await sql(`SELECT code FROM township ORDER BY code`)).map((t) => t.code);
    villages = places.map((v) => v.code);
    const townshipVillages = new Map(townships.map((t) => [t, [] as string[]]));
    for (const v of places) townshipVillages.get(v.township_code)!.push(v.code);

    const counts = new Map<string, Promise<Map<string, number>>>();
    const kpis = new Map<string, Promise<Data>>();
    truth = {
      townshipVillages,
      villageCounts(period) {
        const key = `${new Date().toISOString().slice(0, 10)} ${periodKey(period)}`;
        if (!counts.has(key))
          counts.set(
            key,
            api
              .graphql<Data>(
                `query($f: CaseFilter) { caseStats(filter: $f, groupBy: [VILLAGE]) { villageCode count } }`,
                { f: { ...period, matterTypes: NOT_ACCUSATIONS } },
              )
              .then((r) => new Map(r.data!.caseStats.map((b: Data) => [b.villageCode, b.count]))),
          );
        return counts.get(key)!;
      },
      kpis(period, township) {
        const key = `${new Date().toISOString().slice(0, 10)} ${periodKey(period)} ${township}`;
        if (!kpis.has(key))
          kpis.set(
            key,
            api
              .graphql<Data>(
                `query($f: CaseFilter) { kpis(filter: $f) { timelyAcceptance ${KPI} onTimeClosure ${KPI} satisfaction ${KPI} } }`,
                { f: { ...filterOf(period, township), matterTypes: NOT_ACCUSATIONS } },
              )
              .then((r) => r.data!.kpis),
          );
        return kpis.get(key)!;
      },
    };

    // Finds case codes, titles and summaries, and petitioners' names, phones and ID numbers, in an answer.
    const petitioners = await sql(`SELECT name, phone, id_number FROM petitioner`);
    const leaders = new Set((await sql(`SELECT name FROM leader`)).map((l) => l.name));
    const texts = await sql(`SELECT code, title, summary FROM petition_case`);
    const secretStrings = new Set<string>([
      ...petitioners.map((p) => p.name).filter((n: string) => !leaders.has(n)),
      ...texts.flatMap((t) => [t.code, t.title, t.summary]),
    ]);
    const secretDigits = petitioners.flatMap((p) => [p.phone, api.idNumbers.decrypt(p.id_number)]);
    leak = (body) => {
      const json = JSON.stringify(body);
      const strings: string[] = [];
      JSON.parse(json, (_k, v) => (typeof v === 'string' && strings.push(v), v));
      return strings.find((s) => secretStrings.has(s)) ?? secretDigits.find((d) => json.includes(d)) ?? null;
    };
    expect(leak({ x: texts[0]!.title })).toBe(texts[0]!.title);
  }, 180_000);
  afterAll(async () => {
    await api?.stop();
    vi.useRealTimers();
  });

  return lateBound(() => ({ api, townships, villages, truth, wall, leak, spreadLeader }), { at, asWall });
}
