import { CategoryCode, diffMonthKeys } from '@lianxin/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Alarm, countCells, score } from './backtest.js';
import { generateCases, plantedOutbreaks } from './cases.js';
import { generateDistrict } from './district.js';
import type { Outbreak } from './outbreaks.js';
import type { CaseBundle } from './rows.js';

const district = generateDistrict();
const OPTIONS = { until: '2026-11-30' };
const MONTHS = 71; // 2021-01 … 2026-11
const townshipCode = (name: string) => district.townships.find((t) => t.name === name)!.code;
const monthIndex = (m: string) => diffMonthKeys('2021-01', m);

let bundles: CaseBundle[];
let outbreaks: Outbreak[];
beforeAll(() => {
  bundles = [...generateCases(OPTIONS, district)];
  outbreaks = plantedOutbreaks(OPTIONS, district);
});

describe('planted outbreaks', () => {
  it('plant the article’s tree-shading wave in the 8 villages of 马莲渠乡 and the seasonal waves', () => {
    const tree = outbreaks.find((o) => o.id === 'tree-shading-2023')!;
    expect(tree).toMatchObject({
      townshipCode: townshipCode('马莲渠乡'),
      category: CategoryCode.TREE_SHADING,
    });
    expect(tree.months).toEqual(['2023-06', '2023-07', '2023-08', '2023-09']);
    // The same 8 villages as the 2023 tree-shading cases themselves (the article's fact 4).
    const caseVillages = new Set(
      bundles
        .filter(
          (b) =>
            b.case.categoryCode === CategoryCode.TREE_SHADING && b.case.townshipCode === tree.townshipCode,
        )
        .filter((b) => new Date(b.case.receivedAt.getTime() + 8 * 3_600_000).getUTCFullYear() === 2023)
        .map((b) => b.case.villageCode),
    );
    expect(new Set(tree.villageCodes)).toEqual(caseVillages);
    expect(outbreaks.map((o) => o.id)).toEqual(
      expect.arrayContaining([
        'dry-summer-2024',
        'wage-arrears-2025',
        'random-1',
        'random-2',
        'random-3',
        'random-4',
      ]),
    );
  });

  it('keep random waves inside judged whole months, one per cell and month, at least doubling the cell', () => {
    for (const o of outbreaks) {
      expect(o.multiplier).toBeGreaterThanOrEqual(2);
      expect(o.months[0]! >= '2023-03' && o.months.at(-1)! <= '2026-11', o.id).toBe(true);
    }
    const cellMonths = outbreaks.flatMap((o) => o.months.map((m) => `${o.townshipCode}|${o.category}|${m}`));
    expect(new Set(cellMonths).size).toBe(cellMonths.length);
  });

  it('raise their cells well above the same months of the other years', () => {
    const { township } = countCells(bundles, MONTHS);
    let during = 0;
    let usual = 0;
    for (const o of outbreaks) {
      const series = township.get(`${o.townshipCode}|${o.category}`)!;
      for (const m of o.months) {
        const i = monthIndex(m);
        const others = [i % 12, (i % 12) + 12, (i % 12) + 24, (i % 12) + 36, (i % 12) + 48, (i % 12) + 60]
          .filter((j) => j !== i && j < MONTHS)
          .filter(
            (j) =>
              !outbreaks.some(
                (p) =>
                  p !== o &&
                  p.townshipCode === o.townshipCode &&
                  p.category === o.category &&
                  p.months.map(monthIndex).includes(j),
              ),
          );
        during += series[i]!;
        usual += others.reduce((sum, j) => sum + series[j]!, 0) / others.length;
      }
    }
    expect(during / usual).toBeGreaterThan(2);
  });

  it('are the same for the same options and change with the seed', () => {
    expect(plantedOutbreaks(OPTIONS, district)).toEqual(outbreaks);
    const other = plantedOutbreaks({ ...OPTIONS, seed: 7 }, generateDistrict(7));
    expect(other.filter((o) => o.id.startsWith('random'))).not.toEqual(
      outbreaks.filter((o) => o.id.startsWith('random')),
    );
  });

  it('plant nothing the range does not hold', () => {
    const short = plantedOutbreaks({ until: '2023-07-31' }, district);
    expect(short.every((o) => o.id.startsWith('random') && o.months.at(-1)! <= '2023-07')).toBe(true);
    expect(plantedOutbreaks({ until: '2022-12-31' }, district)).toEqual([]);
  });

  it('bring the winter watering: more irrigation cases in October–November than in September and December', () => {
    const byMonth = new Array<number>(12).fill(0);
    for (const b of bundles) {
      if (b.case.categoryCode !== CategoryCode.IRRIGATION) continue;
      byMonth[new Date(b.case.receivedAt.getTime() + 8 * 3_600_000).getUTCMonth()]! += 1;
    }
    expect(Math.min(byMonth[9]!, byMonth[10]!)).toBeGreaterThan(1.5 * Math.max(byMonth[8]!, byMonth[11]!));
  });
});

describe('backtest scoring', () => {
  const wave: Outbreak = {
    id: 'w',
    story: '',
    townshipCode: 'T1',
    category: CategoryCode.IRRIGATION,
    villageCodes: [],
    months: ['2024-07', '2024-08'],
    multiplier: 3,
    usual: [3, 3],
  };
  const mini = {
    ...district,
    villages: [{ code: 'V1', name: 'v', townshipCode: 'T1', population: 1, generated: true }],
  };
  const alarms: Alarm[] = [
    { cell: 'T1|IRRIGATION', month: monthIndex('2024-08'), level: 'YELLOW' },
    { cell: 'T1|IRRIGATION', month: monthIndex('2024-09'), level: 'RED' },
    { cell: 'T2|IRRIGATION', month: monthIndex('2024-07'), level: 'RED' },
  ];

  it('finds a wave only by an alert of its cell during its months, and counts every other alert as false', () => {
    const red = score('TOWNSHIP', 'RED', alarms, 40, [wave], mini);
    expect(red).toMatchObject({
      sensitivity: 0,
      falseAlarms: 2,
      falseAlarmsPerMonth: 2 / 40,
      medianDelay: null,
    });
    const yellow = score('TOWNSHIP', 'YELLOW', alarms, 40, [wave], mini);
    expect(yellow).toMatchObject({ sensitivity: 1, falseAlarms: 2, medianDelay: 1 });
  });

  it('looks for a village wave in the villages of its township', () => {
    const v = score(
      'VILLAGE',
      'RED',
      [{ cell: 'V1|IRRIGATION', month: monthIndex('2024-07'), level: 'RED' }],
      40,
      [wave],
      mini,
    );
    expect(v).toMatchObject({ sensitivity: 1, falseAlarms: 0, medianDelay: 0 });
  });
});
