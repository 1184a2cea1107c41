// Villages page: village × month heat map, per-village lines, township → village tree.
import type { HeatmapCell } from '../charts/heatmap';
import type { TreeNode } from '../charts/treemap';
import { type Cell, type StatsBucket, cellSum, monthlyBy, totalsBy } from './stats';

export interface VillageRef {
  code: string;
  name: string;
  townshipCode: string;
}

export interface TownshipRef {
  code: string;
  name: string;
  villages: readonly VillageRef[];
}

export interface VillageHeatmap {
  villages: VillageRef[];
  months: string[];
  cells: HeatmapCell[];
  /** Villages left out because only the busiest `limit` are drawn. */
  hidden: number;
}

/** The busiest villages (by known cases in the period) × months; a withheld cell stays "—". */
export function villageHeatmap(
  buckets: readonly StatsBucket[],
  months: readonly string[],
  villages: readonly VillageRef[],
  limit: number,
): VillageHeatmap {
  const rows = monthlyBy(buckets, 'villageCode', months);
  const byCode = new Map(villages.map((v) => [v.code, v]));
  const ranked = [...rows.entries()]
    .map(([code, cells]) => ({ code, cells, total: cellSum(cells) }))
    .sort((a, b) => b.total - a.total || a.code.localeCompare(b.code));
  const shown = ranked.slice(0, limit);
  const cells: HeatmapCell[] = [];
  shown.forEach((row, y) => {
    row.cells.forEach((c: Cell, x) => cells.push({ x, y, value: c.value, suppressed: c.suppressed }));
  });
  return {
    villages: shown.map((r) => byCode.get(r.code) ?? { code: r.code, name: r.code, townshipCode: '' }),
    months: [...months],
    cells,
    hidden: Math.max(0, ranked.length - shown.length),
  };
}

/** Monthly counts of up to `max` chosen villages, in the order chosen. */
export function villageLines(
  buckets: readonly StatsBucket[],
  months: readonly string[],
  chosen: readonly string[],
  villages: readonly VillageRef[],
  max = 5,
): { key: string; name: string; values: (number | null)[] }[] {
  const rows = monthlyBy(buckets, 'villageCode', months);
  const names = new Map(villages.map((v) => [v.code, v.name]));
  return chosen.slice(0, max).map((code) => ({
    key: code,
    name: names.get(code) ?? code,
    values: (rows.get(code) ?? months.map(() => ({ value: 0, suppressed: false }))).map((c) => c.value),
  }));
}

/** Township → village tree of counts (suppressed villages count 0 in the area; their total is unknown). */
export function townshipTree(buckets: readonly StatsBucket[], townships: readonly TownshipRef[]): TreeNode[] {
  const totals = totalsBy(buckets, 'villageCode');
  return townships
    .map((t) => {
      const children = t.villages
        .map((v) => ({ key: v.code, name: v.name, value: totals.get(v.code)?.value ?? 0 }))
        .filter((c) => c.value > 0)
        .sort((a, b) => b.value - a.value);
      return { key: t.code, name: t.name, value: children.reduce((s, c) => s + c.value, 0), children };
    })
    .filter((t) => t.value > 0)
    .sort((a, b) => b.value - a.value);
}
