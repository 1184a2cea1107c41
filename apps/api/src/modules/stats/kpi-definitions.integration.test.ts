// The KPI dictionary over GraphQL: every signed-in role reads it (the wall screen too: methodology, no
// data), it is the domain's KPI_DEFINITIONS, each entry names the KpiSet field that holds its value, and
// the wall may read 参评率 (shown beside 满意率) but not the KPIs the wall does not show.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { KPI_ANCHOR_LABELS, KPI_DEFINITIONS, KpiCode, Role, wallPeriods, localDate } from '@lianxin/domain';
import { describeEachDatabase } from '../../test/databases.js';
import { startTestApi, type TestApi } from '../../test/api.js';

const DICTIONARY = `{ kpiDefinitions { code field higherIsBetter companion anchor articles
  name { zh en } formula { zh en } numerator { zh en } denominator { zh en } excluded { zh en }
  anchorLabel { zh en } regulation { zh en } } }`;

interface Entry {
  code: KpiCode;
  field: string;
  higherIsBetter: boolean;
  companion: KpiCode | null;
  anchor: string;
  articles: number[];
  name: { zh: string; en: string };
  formula: { zh: string; en: string };
  numerator: { zh: string; en: string };
  denominator: { zh: string; en: string };
  excluded: { zh: string; en: string };
  anchorLabel: { zh: string; en: string };
  regulation: { zh: string; en: string };
}

const codes = (response: { errors?: { extensions: { code: string } }[] }) =>
  (response.errors ?? []).map((e) => e.extensions.code);

describeEachDatabase('kpiDefinitions, the KPI dictionary', (dialect) => {
  let api: TestApi;
  let wall: Record<string, string>;
  let analyst: Record<string, string>;

  beforeAll(async () => {
    api = await startTestApi(dialect, { until: '2021-03-31', casesPerYear: 400 });
    await api.auth.createUser({ username: 'wall', role: Role.DISPLAY });
    await api.auth.createUser({ username: 'analyst', role: Role.ANALYST });
    wall = await api.headersOf('wall');
    analyst = await api.headersOf('analyst');
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('serves the domain dictionary, every KPI in code order, to every signed-in role', async () => {
    const expected = Object.values(KpiCode).map((code) => {
      const d = KPI_DEFINITIONS[code];
      return {
        code,
        higherIsBetter: d.higherIsBetter,
        companion: d.companion,
        anchor: d.anchor,
        articles: [...d.articles],
        name: d.name,
        formula: d.formula,
        numerator: d.numerator,
        denominator: d.denominator,
        excluded: d.excluded,
        anchorLabel: KPI_ANCHOR_LABELS[d.anchor],
        regulation: d.regulation,
      };
    });
    for (const headers of [api.authHeaders, analyst, wall]) {
      const response = await api.graphqlAs<{ kpiDefinitions: Entry[] }>(headers, DICTIONARY);
      expect(response.errors).toBeUndefined();
      const entries = response.data!.kpiDefinitions.map(({ field: _field, ...rest }) => rest);
      expect(entries).toEqual(expected);
    }
    expect(codes(await api.graphqlAs({}, DICTIONARY))).toContain('UNAUTHENTICATED');
  });

  it('names for each KPI the KpiSet field holding its value', async () => {
    const { data } = await api.graphql<{ kpiDefinitions: Entry[] }>(DICTIONARY);
    const fields = data!.kpiDefinitions.map((d) => d.field);
    expect(new Set(fields).size).toBe(Object.values(KpiCode).length);
    const selection = fields.map((f) => `${f} { numerator denominator rate }`).join(' ');
    const response = await api.graphql<{ kpis: Record<string, { denominator: number }> }>(
      `{ kpis(filter: { from: "2021-01-01", to: "2021-03-31" }) { ${selection} } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(Object.keys(response.data!.kpis).sort()).toEqual([...fields].sort());
    // The quarter has received cases: the receipt-anchored KPIs count them.
    const received = data!.kpiDefinitions.find((d) => d.code === KpiCode.REPEAT_RATE)!.field;
    expect(response.data!.kpis[received]!.denominator).toBeGreaterThan(0);
  });

  it('lists, for every KPI, exactly the cases behind its numerator and denominator', async () => {
    const { data } = await api.graphql<{ kpiDefinitions: Entry[] }>(DICTIONARY);
    const period = 'from: "2021-01-01", to: "2021-03-31"';
    // The list's rows, page by page: totalCount is read from the rollup where it can be, the pages never.
    const listed = async (code: string, part: string): Promise<number> => {
      let [count, after] = [0, null as string | null];
      for (;;) {
        const response = await api.graphql<{
          cases: { edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
        }>(
          `query ($after: String) { cases(filter: { ${period}, kpi: ${code}, kpiPart: ${part} }, first: 200, after: $after) {
             edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
          { after },
        );
        expect(response.errors, code).toBeUndefined();
        count += response.data!.cases.edges.length;
        if (!response.data!.cases.pageInfo.hasNextPage) return count;
        after = response.data!.cases.pageInfo.endCursor;
      }
    };
    for (const { code, field } of data!.kpiDefinitions) {
      const response = await api.graphql<{
        kpis: Record<string, { numerator: number; denominator: number }>;
        num: { totalCount: number };
        den: { totalCount: number };
      }>(
        `{ kpis(filter: { ${period} }) { ${field} { numerator denominator } }
           num: cases(filter: { ${period}, kpi: ${code}, kpiPart: NUMERATOR }) { totalCount }
           den: cases(filter: { ${period}, kpi: ${code}, kpiPart: DENOMINATOR }) { totalCount } }`,
      );
      expect(response.errors, code).toBeUndefined();
      const value = response.data!.kpis[field]!;
      expect([response.data!.num.totalCount, response.data!.den.totalCount], code).toEqual([
        value.numerator,
        value.denominator,
      ]);
      expect([await listed(code, 'NUMERATOR'), await listed(code, 'DENOMINATOR')], code).toEqual([
        value.numerator,
        value.denominator,
      ]);
    }
  });

  it('lets the wall read 参评率 beside 满意率, and not the KPIs the wall does not show', async () => {
    const ytd = wallPeriods(localDate(new Date())).ytd;
    const filter = `filter: { from: "${ytd.from}", to: "${ytd.to}" }`;
    const shown = await api.graphqlAs(
      wall,
      `{ kpis(${filter}) { satisfaction { rate } ratingParticipation { numerator denominator rate } } }`,
    );
    expect(shown.errors).toBeUndefined();
    for (const field of ['reopenRate', 'reviewChangeRate', 'leaderResolution']) {
      const refused = await api.graphqlAs(wall, `{ kpis(${filter}) { ${field} { rate } } }`);
      expect(codes(refused), field).toContain('FORBIDDEN');
    }
    // The analyst reads them all.
    const all = await api.graphqlAs(
      analyst,
      `{ kpis(${filter}) { reopenRate { rate } reviewChangeRate { rate } ratingParticipation { rate } } }`,
    );
    expect(all.errors).toBeUndefined();
  });
});
