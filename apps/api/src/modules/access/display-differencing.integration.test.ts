// The wall screen account (DISPLAY) learns only what the wall shows (DESIGN.md "Trust"; issue 11,
// finding 8): the defence of the class — a property test (the attacks performed and refused one by one:
// display-differencing.attacks.integration.test.ts; the catalogue and the attacker model:
// test/display-differencing.attacker.ts).
// fast-check draws random SETS of DISPLAY queries from the catalogue (display-rules.ts: every township,
// both years, every grouping) together with random shapes outside it, which must all be FORBIDDEN; an
// attacker model then works out, from all the answers of a set, the interval of every village's
// possible count — published cells, withheld cells, zeros, township totals (treated as public: the
// ticker publishes them case by case) and the sums tying them, propagated to a fixed point. No village
// holding 1–2 cases may end with a closed interval; no answer may carry a case's code, title, text or
// petitioner; no KPI or leader row over 1–2 cases may be shown or be the difference of shown numbers.
//
// The clock (Date only) is pinned to 20 March, 1 February and 4 January 2022, on a seed ending 20 March
// 2022 with 1,200 cases a year: in March most village cells of the year hold 1–2 cases beside a few of
// 3–5; on 1 February a township's KPI counts 1–2 cases beside larger ones; on 4 January the district's
// KPIs, township totals and leader rows are under 3 too; 2021 has townships with one small village
// among large ones; and one leader is given cases in two townships, 3 and 1. That the data has those
// small cells is asserted: without them the property would prove nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wallPeriods } from '@lianxin/domain';
import { describeEachDatabase } from '../../test/databases.js';
import { attack, catalogue, outsideCatalogue } from '../../test/display-differencing.attacker.js';
import {
  codes,
  displaySuite,
  FEBRUARY,
  JANUARY,
  MARCH,
  PAST_YEARS,
  type Ask,
  type Data,
} from '../../test/display-differencing.fixtures.js';
import { DISPLAY_MIN_CELL } from './access-policy.js';
import { withheldCells } from './display-rules.js';

describe('withheldCells (complementary suppression of one partition)', () => {
  const cells = (values: Record<string, number>) => new Map(Object.entries(values));
  it('withholds nothing without a cell of 1–2 cases', () => {
    expect(withheldCells(cells({ a: 0, b: 3, c: 7 }), true)).toEqual(new Set());
  });
  it('adds the smallest published cell to a lone small cell, so the total minus the rest bounds it by [1, 3]', () => {
    expect(withheldCells(cells({ a: 1, b: 0, c: 3, d: 4, e: 9 }), true)).toEqual(new Set(['a', 'c']));
  });
  it('breaks an all-ones remainder (two ones and the total give each exactly)', () => {
    expect(withheldCells(cells({ a: 1, b: 1, c: 5, d: 4 }), true)).toEqual(new Set(['a', 'b', 'd']));
  });
  it('keeps two twos as they are (each ranges over [1, 3])', () => {
    expect(withheldCells(cells({ a: 2, b: 2, c: 5 }), true)).toEqual(new Set(['a', 'b']));
  });
  it('withholds every cell, zeros too, when no published cell is left to add', () => {
    expect(withheldCells(cells({ a: 1, b: 0, c: 0 }), true)).toEqual(new Set(['a', 'b', 'c']));
  });
  it('withholds every cell when the total itself is withheld', () => {
    expect(withheldCells(cells({ a: 1, b: 1, c: 0 }), false)).toEqual(new Set(['a', 'b', 'c']));
  });
  it('picks complements by count, then key: the same cells every time', () => {
    const input = cells({ z: 3, y: 3, x: 1, w: 8 });
    expect(withheldCells(input, true)).toEqual(new Set(['x', 'y']));
    expect(withheldCells(new Map([...input].reverse()), true)).toEqual(new Set(['x', 'y']));
  });
});

describeEachDatabase(
  'DISPLAY learns only what the wall shows: the catalogue, whole and at random',
  (dialect) => {
    const suite = displaySuite(dialect);
    const { at, asWall } = suite;

    it('has the small cells suppression is about (else this suite would prove nothing)', async () => {
      await at(MARCH);
      const w = wallPeriods(MARCH.today);
      const ytd = await suite.truth.villageCounts(w.ytd);
      const small = [...ytd.values()].filter((n) => n > 0 && n < DISPLAY_MIN_CELL);
      expect(small.length).toBeGreaterThan(30);
      expect([...ytd.values()].filter((n) => n >= DISPLAY_MIN_CELL).length).toBeGreaterThan(10);
      const year = await suite.truth.villageCounts(PAST_YEARS[0]!);
      expect([...year.values()].filter((n) => n > 0 && n < DISPLAY_MIN_CELL).length).toBeGreaterThan(10);
      // Townships with exactly one small cell: primary suppression alone would give it away.
      const lone = [...suite.truth.townshipVillages].filter(
        ([, vs]) =>
          vs.filter((v) => (year.get(v) ?? 0) > 0 && (year.get(v) ?? 0) < DISPLAY_MIN_CELL).length === 1,
      );
      expect(lone.length).toBeGreaterThan(2);

      await at(FEBRUARY);
      const feb = wallPeriods(FEBRUARY.today).ytd;
      const loneKpi = await Promise.all(
        suite.townships.map(
          async (t) => (await suite.truth.kpis(feb, t)).timelyAcceptance.denominator as number,
        ),
      );
      expect(loneKpi.filter((d) => d > 0 && d < DISPLAY_MIN_CELL)).toHaveLength(1);

      await at(JANUARY);
      const early = await suite.truth.villageCounts(wallPeriods(JANUARY.today).ytd);
      const perTownship = [...suite.truth.townshipVillages.values()].map((vs) =>
        vs.reduce((n, v) => n + (early.get(v) ?? 0), 0),
      );
      expect(perTownship.some((n) => n > 0 && n < DISPLAY_MIN_CELL)).toBe(true);
      // A KPI, district-wide or of a township wall, resting on 1–2 cases in the first days of the year.
      const smallKpi = async (township: string | null) =>
        Object.values(await suite.truth.kpis(wallPeriods(JANUARY.today).ytd, township)).some(
          (k: Data) => k.denominator > 0 && k.denominator < DISPLAY_MIN_CELL,
        );
      expect((await Promise.all([null, ...suite.townships].map(smallKpi))).some(Boolean)).toBe(true);
    });

    for (const instant of [MARCH, FEBRUARY, JANUARY]) {
      it(`every DISPLAY query of the catalogue at once gives no village, KPI or leader row of 1–2 away (${instant.today})`, async () => {
        await at(instant);
        const w = wallPeriods(instant.today);
        const asks = catalogue(w, suite.townships);
        const answers: [Ask, Data][] = [];
        for (let i = 0; i < asks.length; i += 8) {
          const batch = asks.slice(i, i + 8);
          const got = await Promise.all(batch.map((a) => asWall(a)));
          got.forEach((r, j) => {
            expect(r.errors, `${batch[j]!.text} ${JSON.stringify(batch[j]!.variables)}`).toBeUndefined();
            expect(suite.leak(r.data), batch[j]!.text).toBeNull();
            answers.push([batch[j]!, r.data!]);
          });
        }
        expect(await attack(answers, suite.truth, w.ytd)).toEqual([]);
        // Withholding did happen, and beyond the cells under 3.
        const ytdVillages = answers.find(
          ([a]) => a.groupBy?.[0] === 'VILLAGE' && a.period === w.ytd && !a.township,
        )!;
        const real = await suite.truth.villageCounts(w.ytd);
        const withheld = (ytdVillages[1].caseStats as Data[]).filter((b) => b.suppressed);
        expect(withheld.length).toBeGreaterThan(0);
        if (instant === MARCH)
          expect(withheld.some((b) => (real.get(b.villageCode) ?? 0) >= DISPLAY_MIN_CELL)).toBe(true);
      }, 300_000);

      it(`random sets of DISPLAY queries give nothing away, and every shape outside the catalogue is FORBIDDEN (${instant.today}, property)`, async () => {
        await at(instant);
        const w = wallPeriods(instant.today);
        const allowed = catalogue(w, suite.townships);
        await fc.assert(
          fc.asyncProperty(
            fc.subarray(allowed, { minLength: 1, maxLength: 24 }),
            fc.array(outsideCatalogue(w, suite.townships, suite.villages), { minLength: 1, maxLength: 4 }),
            async (set, refused) => {
              const answers: [Ask, Data][] = [];
              for (const a of set) {
                const r = await asWall(a);
                expect(r.errors, `${a.text} ${JSON.stringify(a.variables)}`).toBeUndefined();
                expect(suite.leak(r.data)).toBeNull();
                answers.push([a, r.data!]);
              }
              expect(await attack(answers, suite.truth, w.ytd)).toEqual([]);
              for (const a of refused) {
                const r = await asWall(a);
                expect(codes(r), `${a.text} ${JSON.stringify(a.variables)}`).toContain('FORBIDDEN');
                if (a.root) expect(r.data ?? null, a.text).toBeNull();
                expect(suite.leak(r.data)).toBeNull();
              }
            },
          ),
          { numRuns: 25, seed: 20220210 },
        );
      }, 300_000);
    }
  },
);
