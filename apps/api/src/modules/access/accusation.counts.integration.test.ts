// Accusations (检举控告): what a user not cleared for them may still count — the number per township and
// month, exactly, over the months that have ended; the KPIs and a leader's visits over the other cases —
// and users cleared for some accusations (the unit handling them, the leader in charge) see those counted.
// The refusals and the property over every aggregate field: accusation.integration.test.ts.
import { expect, it } from 'vitest';
import { computeKpisFromEvents, idCheckDigit, KpiCode } from '@lianxin/domain';
import { KPI_FIELDS as KPI_NAME } from '../stats/stats.service.js';
import type { GraphQLResponse } from '../../test/api.js';
import { accusationSuite, AS_OF, type Data } from '../../test/accusation.fixtures.js';
import { describeEachDatabase } from '../../test/databases.js';
import {
  KPI_SELECTION,
  localDay,
  readTimelines,
  referenceKpis,
  type KpiSet,
  type RawCase,
} from '../../test/reference-kpis.js';

describeEachDatabase('accusations for users not cleared for them: what they may count', (dialect) => {
  const suite = accusationSuite(dialect);
  const { sql, count, ask } = suite;

  it('answers the number of accusations per township and month, exactly, and nothing more', async () => {
    const month = dialect === 'postgres' ? `to_char(received_on, 'YYYY-MM')` : `substr(received_on, 1, 7)`;
    const rows = await sql(
      `SELECT township_code, ${month} AS month, COUNT(*) AS n FROM petition_case
        WHERE matter_type = 'ACCUSATION' GROUP BY township_code, ${month}`,
    );
    const expected = (keep: (r: Data) => boolean) =>
      rows
        .filter(keep)
        .map((r) => ({
          townshipCode: r.township_code,
          period: `${r.month}-01`,
          count: Number(r.n),
          kpis: null,
        }))
        .sort((a, b) => `${a.period}|${a.townshipCode}`.localeCompare(`${b.period}|${b.townshipCode}`));
    const shape = `query($f: CaseFilter) { caseStats(filter: $f, groupBy: [TOWNSHIP, MONTH]) {
      townshipCode period count kpis { satisfaction { numerator } } } }`;
    const sorted = (buckets: Data[]) =>
      [...buckets].sort((a, b) =>
        `${a.period}|${a.townshipCode}`.localeCompare(`${b.period}|${b.townshipCode}`),
      );

    const district = await ask('analyst', shape, { f: { matterTypes: ['ACCUSATION'] } });
    expect(district.errors).toBeUndefined();
    expect(sorted(district.data!.caseStats)).toEqual(expected(() => true));
    expect(expected(() => true).length).toBeGreaterThan(20);

    const months = {
      matterTypes: ['ACCUSATION'],
      from: '2021-04-01',
      to: '2021-09-30',
      townshipCodes: [suite.malian],
    };
    const narrowed = await ask('analyst', shape, { f: months });
    expect(sorted(narrowed.data!.caseStats)).toEqual(
      expected((r) => r.township_code === suite.malian && r.month >= '2021-04' && r.month <= '2021-09'),
    );
    // A township user counts their township's; the unit's clerk and the leader in charge all of them.
    const own = await ask('clerk', shape, { f: { matterTypes: ['ACCUSATION'] } });
    expect(sorted(own.data!.caseStats)).toEqual(expected((r) => r.township_code === suite.malian));
    for (const who of ['unit-clerk', 'in-charge']) {
      const all = await ask(who, shape, { f: { matterTypes: ['ACCUSATION'] } });
      expect(sorted(all.data!.caseStats), who).toEqual(expected(() => true));
    }
    // Coarser: the year, and the whole area.
    const total = await ask(
      'analyst',
      `{ byYear: caseStats(filter: { matterTypes: [ACCUSATION] }, groupBy: [YEAR]) { period count }
         all: caseStats(filter: { matterTypes: [ACCUSATION] }, groupBy: []) { count } }`,
    );
    const accusations = await count(`c.matter_type = 'ACCUSATION'`);
    expect(total.data!.all).toEqual([{ count: accusations }]);
    expect(total.data!.byYear.reduce((n: number, b: Data) => n + b.count, 0)).toBe(accusations);
  });

  it('computes the KPIs of users not cleared for accusations over the other cases, and ADMIN’s over all', async () => {
    const rows: (RawCase & { matter_type: string })[] = await suite.api.dataSource.query(
      `SELECT township_code, village_code, received_at, acceptance_due_at, accepted_at, declined_at, due_at, replied_at, closed_at,
              rated_at, satisfaction, leader_id, repeat_of_id, status, matter_type FROM petition_case`,
    );
    const others = rows.filter((r) => r.matter_type !== 'ACCUSATION');
    const year = { from: '2021-01-01', to: '2021-12-31' };
    const query = `query($f: CaseFilter) {
      kpis(filter: $f) ${KPI_SELECTION}
      buckets: caseStats(filter: $f, groupBy: [TOWNSHIP, VILLAGE, MONTH]) { townshipCode villageCode period count kpis ${KPI_SELECTION} }
    }`;
    // Closed months read as known at their close, so the reference is the administrator's own answer to
    // the same question with the accusations filtered out by hand (and, for the administrator, the event
    // log through the domain's fold).
    const others_ = { matterTypes: ['APPEAL', 'SUGGESTION'] };
    const cases: [string, Record<string, unknown>][] = [
      ['analyst', others_],
      ['clerk', { ...others_, townshipCodes: [suite.malian] }],
    ];
    for (const f of [year, { ...year, asOf: AS_OF }]) {
      const admin = await ask('admin', query, { f });
      expect(admin.errors).toBeUndefined();
      const log = computeKpisFromEvents(
        await readTimelines(suite.api.dataSource),
        year,
        f === year ? new Date() : new Date(AS_OF),
      );
      for (const code of Object.values(KpiCode)) {
        const { numerator, denominator } = log[code];
        expect((admin.data!.kpis as KpiSet)[KPI_NAME[code]], `admin ${code}`).toMatchObject({
          numerator,
          denominator,
        });
      }
      for (const [who, filter] of cases) {
        const answer = await ask(who, query, { f });
        const byHand = await ask('admin', query, { f: { ...f, ...filter } });
        expect(answer.errors, who).toBeUndefined();
        expect(answer.data, `${who} ${JSON.stringify(f)}`).toEqual(byHand.data);
      }
    }
    expect(referenceKpis(rows, '2021', Date.now()).total.count).toBeGreaterThan(
      referenceKpis(others, '2021', Date.now()).total.count,
    );
    // The wall (a whole past year by township, a shape it may ask) counts no accusation at all.
    const byTownship = await ask(
      'wall',
      `query($f: CaseFilter) { caseStats(filter: $f, groupBy: [TOWNSHIP]) { townshipCode count } }`,
      { f: year },
    );
    expect(byTownship.errors).toBeUndefined();
    const wallCounts = Object.fromEntries(
      (byTownship.data!.caseStats as Data[]).map((b) => [b.townshipCode, b.count]),
    );
    const expected: Record<string, number> = {};
    for (const b of referenceKpis(others, '2021', Date.now()).buckets)
      if (b.count > 0) expected[b.townshipCode!] = (expected[b.townshipCode!] ?? 0) + b.count;
    expect(wallCounts).toEqual(expected);
  });

  it('counts a leader’s visits only on the cases the reader may see, before the page is cut', async () => {
    const visits = await sql(
      `SELECT e.id, c.matter_type, c.leader_id FROM case_event e JOIN petition_case c ON c.id = e.case_id
        WHERE e.type = 'VISIT' AND e.leader_id = ${suite.inChargeId} ORDER BY e.at DESC, e.id DESC`,
    );
    const visible = visits.filter((v) => v.matter_type !== 'ACCUSATION').map((v) => String(v.id));
    const firstHidden = visits.findIndex((v) => v.matter_type === 'ACCUSATION');
    expect(firstHidden).toBeGreaterThanOrEqual(0);
    // A page that reaches past the first hidden visit: cut before filtering, it would come back short.
    const first = Math.min(firstHidden + 2, 200);
    const query = `{ leader(id: ${suite.inChargeId}) { visits(first: ${first}) { id } visitDays { count } instructions(first: 200) { id } } }`;
    const analyst = await ask('analyst', query);
    expect(analyst.errors).toBeUndefined();
    expect(analyst.data!.leader.visits.map((v: Data) => v.id)).toEqual(visible.slice(0, first));
    const days = (answer: GraphQLResponse<Data>) =>
      answer.data!.leader.visitDays.reduce((n: number, d: Data) => n + d.count, 0);
    expect(days(analyst)).toBe(visible.length);
    const instructions = await sql(
      `SELECT e.id FROM case_event e JOIN petition_case c ON c.id = e.case_id
        WHERE e.type = 'INSTRUCTION' AND e.leader_id = ${suite.inChargeId} AND c.matter_type <> 'ACCUSATION'
        ORDER BY e.at DESC, e.id DESC`,
    );
    expect(analyst.data!.leader.instructions.map((v: Data) => v.id)).toEqual(
      instructions.slice(0, 200).map((i) => String(i.id)),
    );
    // The leader in charge sees their accusations' visits; ADMIN all.
    const own = visits.filter(
      (v) => v.matter_type !== 'ACCUSATION' || Number(v.leader_id) === suite.inChargeId,
    );
    expect(days(await ask('in-charge', query))).toBe(own.length);
    expect(days(await ask('admin', query))).toBe(visits.length);
    expect(own.length).toBeGreaterThan(visible.length);
  });

  it('counts their accusations for the unit handling them and the leader in charge', async () => {
    const stats = `{ caseStats(groupBy: [MATTER_TYPE]) { matterType count } kpis { repeatRate { denominator } }
      cases(filter: { matterTypes: [ACCUSATION] }) { totalCount } }`;
    const others = await count(`c.matter_type <> 'ACCUSATION'`);
    const cleared: [string, string][] = [
      ['unit-clerk', `c.unit_id = ${suite.unitId}`],
      ['in-charge', `c.leader_id = ${suite.inChargeId}`],
    ];
    for (const [who, theirs] of cleared) {
      const mine = await count(`c.matter_type = 'ACCUSATION' AND ${theirs}`);
      expect(mine, who).toBeGreaterThan(0);
      const answer = await ask(who, stats);
      expect(answer.errors, who).toBeUndefined();
      expect(answer.data!.caseStats.find((b: Data) => b.matterType === 'ACCUSATION')?.count, who).toBe(mine);
      expect(answer.data!.kpis.repeatRate.denominator, who).toBe(others + mine);
      expect(answer.data!.cases.totalCount, who).toBe(mine);
      // Differencing shows them exactly their own.
      const difference = await ask(
        who,
        `{ all: kpis { repeatRate { denominator } } others: kpis(filter: { matterTypes: [SUGGESTION, APPEAL] }) { repeatRate { denominator } } }`,
      );
      expect(
        difference.data!.all.repeatRate.denominator - difference.data!.others.repeatRate.denominator,
        who,
      ).toBe(mine);
    }
    const unit = await ask('unit-clerk', `{ units { id cases { totalCount } } }`);
    expect(unit.data!.units.find((u: Data) => Number(u.id) === suite.unitId).cases.totalCount).toBe(
      await count(`c.unit_id = ${suite.unitId}`),
    );
    const leader = `{ leaderWorkloads(filter: { leaderIds: [${suite.inChargeId}] }) { owned } leader(id: ${suite.inChargeId}) { cases { totalCount } } }`;
    const led = await count(`c.leader_id = ${suite.inChargeId}`);
    expect((await ask('in-charge', leader)).data).toEqual({
      leaderWorkloads: [{ owned: led }],
      leader: { cases: { totalCount: led } },
    });
    const ledOthers = await count(`c.leader_id = ${suite.inChargeId} AND c.matter_type <> 'ACCUSATION'`);
    expect(ledOthers).toBeLessThan(led);
    expect((await ask('analyst', leader)).data).toEqual({
      leaderWorkloads: [{ owned: ledOthers }],
      leader: { cases: { totalCount: ledOthers } },
    });
  });

  it('counts the months that have ended only, so the count never dates a new accusation', async () => {
    const [village] = await sql(
      `SELECT code FROM village WHERE township_code = '${suite.malian}' ORDER BY code LIMIT 1`,
    );
    const first17 = '64030219800101123';
    const registered = await ask(
      'admin',
      `mutation($input: RegisterCaseInput!) { registerCase(input: $input) { id } }`,
      {
        input: {
          title: '举报村干部',
          summary: '检举材料。',
          matterType: 'ACCUSATION',
          categoryCode: 'OTHER',
          channel: 'LETTER',
          villageCode: village!.code,
          headcount: 1,
          petitioners: [
            { name: '王立新', phone: '13909530001', idNumber: `${first17}${idCheckDigit(first17)}` },
          ],
        },
      },
    );
    expect(registered.errors).toBeUndefined();
    const thisMonth = `${localDay(Date.now()).slice(0, 7)}-01`;
    const query = `{ caseStats(filter: { matterTypes: [ACCUSATION] }, groupBy: [MONTH]) { period count } }`;
    const analyst = await ask('analyst', query);
    expect(analyst.data!.caseStats.map((b: Data) => b.period)).not.toContain(thisMonth);
    expect(analyst.data!.caseStats.reduce((n: number, b: Data) => n + b.count, 0)).toBe(
      await count(`c.matter_type = 'ACCUSATION' AND c.received_on < '${thisMonth}'`),
    );
    const admin = await ask('admin', query);
    expect(admin.data!.caseStats.find((b: Data) => b.period === thisMonth)?.count).toBe(1);
  });
});
