// Planted dispute waves: the ground truth the early-warning backtest (`pnpm backtest`) scores the
// detector against. Each wave raises one township × category cell above its usual level for a few
// months by `multiplier` (3 = three times the cases the month would otherwise bring there). The extra
// cases are not added: ordinary cases of the month are redrawn into the wave's place and category
// with a chance that gives that expectation, so the yearly totals and the article's figures hold.

import { addMonthKey, CategoryCode as C, diffMonthKeys } from '@lianxin/domain';
import { ARTICLE_2023 } from './article.js';
import { localDayString } from './days.js';
import type { Lookup } from './lookup.js';
import { cumulate, Prng } from './prng.js';
import type { DistrictData } from './rows.js';
import { CATEGORY_ORDER, MONTH_CATEGORY_CUMULATIVE, type Schedule } from './schedule.js';

/** One planted wave. Months are 'YYYY-MM', consecutive. */
export interface Outbreak {
  /** Stable name, e.g. 'tree-shading-2023'. */
  id: string;
  /** Why it happens, in the district's words. */
  story: string;
  townshipCode: string;
  category: C;
  /** Villages the wave's cases come from; all the township's when empty. */
  villageCodes: string[];
  months: string[];
  multiplier: number;
  /** Cases the township and category would usually get in each of the months, without the wave. */
  usual: number[];
}

/** The waves every seed plants (the article's, and the district's seasons gone wrong). */
interface FixedWave {
  id: string;
  story: string;
  township: string;
  category: C;
  from: string;
  months: number;
  multiplier: number;
}

const FIXED_WAVES: readonly FixedWave[] = [
  {
    id: 'tree-shading-2023',
    story: '马莲渠乡 2009 年栽植的林网遮阴，8 个村的农户相继反映（文章所述）',
    township: ARTICLE_2023.treeShadingTownship,
    category: C.TREE_SHADING,
    from: '2023-06',
    months: 4,
    multiplier: 4,
  },
  {
    id: 'dry-summer-2024',
    story: '2024 年 7 月干旱少雨，扁担沟镇扬水灌区轮灌排水争执',
    township: ARTICLE_2023.irrigationTownship,
    category: C.IRRIGATION,
    from: '2024-07',
    months: 2,
    multiplier: 2.5,
  },
  {
    id: 'wage-arrears-2025',
    story: '2025 年春节前，上桥镇建筑工地拖欠农民工工资',
    township: '上桥镇',
    category: C.UNPAID_WAGES,
    from: '2024-12',
    months: 2,
    multiplier: 3,
  },
];

/** Random waves per seed: this many, each 1–3 months long, 2–4 times the usual level. */
const RANDOM_WAVES = 4;
/** Fewest extra cases a month of a random wave brings: fewer would be no wave anyone could see. */
const MIN_EXTRA = 4;
/** Waves start once two years of history lie behind them (the detector's minimum). */
const FIRST_WAVE_MONTH = '2023-03';

function monthsFrom(from: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addMonthKey(from, i));
}

/** The usual share of a month's cases that falls in a township and category: population × season. */
function cellShare(district: DistrictData, townshipCode: string, category: C, month0: number): number {
  const total = district.villages.reduce((sum, v) => sum + v.population, 0);
  const township = district.villages.reduce(
    (sum, v) => sum + (v.townshipCode === townshipCode ? v.population : 0),
    0,
  );
  const table = MONTH_CATEGORY_CUMULATIVE[month0] as Float64Array;
  const c = CATEGORY_ORDER.indexOf(category);
  const categoryShare =
    ((table[c] as number) - (c > 0 ? (table[c - 1] as number) : 0)) / (table[table.length - 1] as number);
  return (township / total) * categoryShare;
}

/** The cases a township and category usually get in a month ('YYYY-MM') of this schedule. */
function usualCounts(
  schedule: Schedule,
  district: DistrictData,
): (townshipCode: string, category: C, month: string) => number {
  const perMonth = new Map<string, number>();
  for (let i = 0; i < schedule.counts.length; i++) {
    const key = localDayString(schedule.firstDay + i).slice(0, 7);
    perMonth.set(key, (perMonth.get(key) ?? 0) + (schedule.counts[i] as number));
  }
  return (townshipCode, category, month) =>
    (perMonth.get(month) ?? 0) * cellShare(district, townshipCode, category, Number(month.slice(5)) - 1);
}

/**
 * The waves a seed with this schedule plants: the fixed ones and RANDOM_WAVES more drawn from the
 * seed, all inside whole months of the range (none when the range ends before they would).
 */
export function plantOutbreaks(
  schedule: Schedule,
  district: DistrictData,
  treeVillages: readonly string[],
): Outbreak[] {
  // The month before the day after `until`: the last whole month of the range.
  const lastWhole = addMonthKey(localDayString(schedule.lastDay + 1), -1);
  const fits = (months: readonly string[]) => months[months.length - 1]! <= lastWhole;
  const townshipCode = new Map(district.townships.map((t) => [t.name, t.code]));
  const usual = usualCounts(schedule, district);
  const out: Outbreak[] = [];
  for (const w of FIXED_WAVES) {
    const months = monthsFrom(w.from, w.months);
    if (!fits(months)) continue;
    out.push({
      id: w.id,
      story: w.story,
      townshipCode: townshipCode.get(w.township) as string,
      category: w.category,
      villageCodes: w.id === 'tree-shading-2023' ? [...treeVillages] : [],
      months,
      multiplier: w.multiplier,
      usual: months.map((m) => usual(townshipCode.get(w.township) as string, w.category, m)),
    });
  }
  const rng = new Prng(schedule.seed, 8);
  // Wave starts as months after FIRST_WAVE_MONTH.
  const firstIndex = 0;
  const lastIndex = diffMonthKeys(FIRST_WAVE_MONTH, lastWhole);
  const categories = CATEGORY_ORDER.filter((c) => c !== C.OTHER);
  for (let k = 0, tries = 0; k < RANDOM_WAVES && tries < 1000; tries++) {
    const length = rng.range(1, 3);
    if (lastIndex - length + 1 < firstIndex) break;
    const start = firstIndex + rng.int(lastIndex - length + 2 - firstIndex);
    const township = district.townships[rng.int(district.townships.length)]!;
    const category = categories[rng.int(categories.length)]!;
    const multiplier = 2 + rng.int(5) / 2;
    const months = monthsFrom(addMonthKey(FIRST_WAVE_MONTH, start), length);
    // A wave is a cluster people notice: at least MIN_EXTRA cases more than usual in each month.
    const small = months.some((m) => (multiplier - 1) * usual(township.code, category, m) < MIN_EXTRA);
    // One wave per cell and month: a second would hide in the first.
    const clash = out.some(
      (o) =>
        o.townshipCode === township.code &&
        o.category === category &&
        o.months.some((m) => months.includes(m)),
    );
    if (small || clash) continue;
    // Every other random wave stays in one village: a local quarrel rather than a township's.
    const villages = district.villages.filter((v) => v.townshipCode === township.code);
    const village = k % 2 === 1 ? villages[rng.int(villages.length)]! : null;
    out.push({
      id: `random-${k + 1}`,
      story: village ? `随机种植的纠纷集中期（${village.name}）` : '随机种植的纠纷集中期',
      townshipCode: township.code,
      category,
      villageCodes: village ? [village.code] : [],
      months,
      multiplier,
      usual: months.map((m) => usual(township.code, category, m)),
    });
    k++;
  }
  return out;
}

/** What a wave does to one case: its new category and village index. */
export interface Redirect {
  category: C;
  village: number;
}

/** Redraws ordinary cases into the waves active in their month. */
export class OutbreakDrafter {
  private readonly byMonth = new Map<
    string,
    { outbreak: Outbreak; chance: number; villages: Float64Array; indices: number[] }[]
  >();

  constructor(outbreaks: readonly Outbreak[], look: Lookup, district: DistrictData) {
    const villageIndex = new Map(look.villages.map((v, i) => [v.code, i]));
    for (const o of outbreaks) {
      const indices =
        o.villageCodes.length > 0
          ? o.villageCodes.map((c) => villageIndex.get(c) as number)
          : look.villages.flatMap((v, i) => (v.townshipCode === o.townshipCode ? [i] : []));
      const villages = cumulate(indices.map((i) => look.villages[i]!.population));
      for (const month of o.months) {
        // The cell's usual share of the month's cases; (multiplier - 1) times it more are redrawn in.
        const chance =
          (o.multiplier - 1) * cellShare(district, o.townshipCode, o.category, Number(month.slice(5)) - 1);
        const list = this.byMonth.get(month) ?? [];
        list.push({ outbreak: o, chance, villages, indices });
        this.byMonth.set(month, list);
      }
    }
  }

  /** Whether a case of `month` ('YYYY-MM') is redrawn into a wave, and where to. */
  redirect(month: string, rng: Prng): Redirect | null {
    const waves = this.byMonth.get(month);
    if (waves === undefined) return null;
    for (const w of waves) {
      if (rng.chance(w.chance)) {
        return { category: w.outbreak.category, village: w.indices[rng.weighted(w.villages)] as number };
      }
    }
    return null;
  }
}
