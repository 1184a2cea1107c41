import fc from 'fast-check';
import { kpiValue, rateDeltaPoints } from '@lianxin/domain';
import { describe, expect, it } from 'vitest';
import { analysis, change, percent, rate } from './analysis.js';
import type { BriefingData, NamedCount, Part } from './data.js';
import { NOVEMBER, kpis, part } from './test/november.js';

describe('the written analysis', () => {
  it('states the month in full sentences from its numbers', () => {
    const a = analysis(NOVEMBER, 'zh-CN');
    expect(a.overall[0]).toBe(
      '2023年11月，利通区共受理信访事项312件，同比下降8.2%（去年同期340件），环比上升4.0%。其中灌溉淌水类74件，占23.7%，主要集中在扁担沟镇（120件，占38.5%）。',
    );
    expect(a.overall[1]).toBe(
      '及时受理率96.2%（300/312），按期办结率96.4%（270/280），群众满意率95.1%（195/205），参评率82.0%（205/250）。',
    );
    // From the unrounded rates, as the dashboard and the wall: 96.15 % − 94.12 % = 2.0 points (not 96.2 − 94.1).
    expect(a.overall[2]).toBe(
      '与去年同期相比，及时受理率上升2.0个百分点，按期办结率上升7.1个百分点，群众满意率上升0.1个百分点，参评率下降1.3个百分点。',
    );
    expect(a.villages).toEqual([
      '受理量最多的村居为五里坡村（30件）、关马湖村（22件）；较去年同期增加最多的是五里坡村（30件，去年同期12件）。',
    ]);
    expect(a.warnings).toEqual(['本期产生矛盾纠纷预警7条，其中红色2条、黄色5条，主要涉及扁担沟镇（4条）。']);
    expect(a.leaders).toEqual(['领导干部包案27件，开展接访12次、下访9次，作出批示6件，化解20件。']);
    expect(a.overdue).toEqual(['截至2023年11月30日，超期未办结3件，其中受理已超过90天的1件。']);
    expect(analysis(NOVEMBER, 'en').overall[0]).toBe(
      'In 2023年11月, 利通区 received 312 petitions, down 8.2% on a year earlier (340), up 4.0% on the period before. ' +
        'The largest category was 灌溉淌水: 74, 23.7% of all; cases were concentrated in 扁担沟镇 (120, 38.5%).',
    );
  });

  it('leaves out what the numbers cannot support', () => {
    const a = analysis(
      {
        ...NOVEMBER,
        received: { current: 312, previous: null, lastYear: 0 },
        kpis: { ...NOVEMBER.kpis, lastYear: null },
        byTownship: [
          { name: '扁担沟镇', count: 100 },
          { name: '金积镇', count: 90 },
        ],
        villageRises: [{ name: '五里坡村', count: 10, lastYear: 12 }],
        warnings: null,
      },
      'zh-CN',
    );
    // No 同比 against 0 cases, no 环比 without the period before, no 主要集中在 under a third, no KPI
    // comparison without last year, no rise that is a fall, no warning sentence for a reader without them.
    expect(a.overall[0]).toBe(
      '2023年11月，利通区共受理信访事项312件。其中灌溉淌水类74件，占23.7%，受理量最多的是扁担沟镇（100件）。',
    );
    expect(a.overall).toHaveLength(2);
    expect(a.villages).toEqual(['受理量最多的村居为五里坡村（30件）、关马湖村（22件）。']);
    expect(a.warnings).toEqual([]);
  });

  it('says no number the data does not give (any data, both languages)', () => {
    const NAMES = ['扁担沟镇', '金积镇', '古城镇', '灌溉淌水', '树木遮阴', '五里坡村', '接访', '下访'];
    const count = fc.integer({ min: 0, max: 5000 });
    const named = fc.array(fc.record({ name: fc.constantFrom(...NAMES), count }), { maxLength: 5 });
    const arbPart = fc.tuple(count, count).map(([a, b]): Part => part(Math.min(a, b), Math.max(a, b)));
    const arbKpis = fc.tuple(arbPart, arbPart, arbPart, arbPart).map(([a, b, c, d]) => kpis(a, b, c, d));
    const data = fc.record({
      current: count,
      previous: fc.option(count),
      lastYear: fc.option(count),
      k: arbKpis,
      kLast: fc.option(arbKpis),
      byCategory: named,
      byTownship: named,
      topVillages: named,
      rises: fc.array(fc.record({ name: fc.constantFrom(...NAMES), count, lastYear: count }), {
        maxLength: 4,
      }),
      warnings: fc.option(fc.record({ red: count, yellow: count, places: named })),
      leaders: fc.record({ cases: count, visits: named, instructions: count, resolved: count }),
      overdue: fc.record({
        at: fc.constant('2023年11月30日'),
        count,
        longStanding: count,
        cases: fc.constant(null),
      }),
    });
    fc.assert(
      fc.property(data, fc.constantFrom('zh-CN' as const, 'en' as const), (r, locale) => {
        const d: BriefingData = {
          ...NOVEMBER,
          received: { current: r.current, previous: r.previous, lastYear: r.lastYear },
          kpis: { current: r.k, previous: null, lastYear: r.kLast },
          byCategory: r.byCategory,
          byTownship: r.byTownship,
          topVillages: r.topVillages,
          villageRises: r.rises,
          warnings: r.warnings,
          leaders: r.leaders,
          overdue: r.overdue,
        };
        const counts: NamedCount[] = [
          ...r.byCategory,
          ...r.byTownship,
          ...r.topVillages,
          ...r.rises,
          ...r.leaders.visits,
          ...(r.warnings?.places ?? []),
        ];
        const parts = [r.k, ...(r.kLast ? [r.kLast] : [])].flatMap((k) => Object.values(k));
        const allowed = new Set<string>(
          [
            ...[
              r.current,
              r.previous,
              r.lastYear,
              r.leaders.cases,
              r.leaders.instructions,
              r.leaders.resolved,
              r.overdue.count,
              r.overdue.longStanding,
              90,
            ]
              .filter((n): n is number => n !== null)
              .map(String),
            ...counts.map((c) => String(c.count)),
            ...r.rises.map((v) => String(v.lastYear)),
            ...(r.warnings
              ? [r.warnings.red, r.warnings.yellow, r.warnings.red + r.warnings.yellow].map(String)
              : []),
            ...parts.flatMap((p) => [String(p.numerator), String(p.denominator), rate(p)?.toFixed(1)]),
            ...counts.map((c) => percent(c.count, r.current)?.toFixed(1)),
            ...[change(r.current, r.lastYear), change(r.current, r.previous)].map((c) =>
              c === null ? undefined : Math.abs(c).toFixed(1),
            ),
            ...(r.kLast
              ? (['timelyAcceptance', 'onTimeClosure', 'satisfaction', 'ratingParticipation'] as const).map(
                  (key) => {
                    const points = rateDeltaPoints(
                      kpiValue(r.k[key].numerator, r.k[key].denominator).rate,
                      kpiValue(r.kLast![key].numerator, r.kLast![key].denominator).rate,
                    );
                    return points === null ? undefined : Math.abs(points).toFixed(1);
                  },
                )
              : []),
          ].filter((s): s is string => s !== undefined),
        );
        const a = analysis(d, locale);
        const text = Object.values(a)
          .flat()
          .join(' ')
          .replaceAll(r.overdue.at, '')
          .replaceAll(d.periodLabel, '');
        for (const n of text.match(/\d+(?:\.\d+)?/g) ?? []) expect(allowed, `${n} in: ${text}`).toContain(n);
      }),
      { numRuns: 300 },
    );
  });
});
