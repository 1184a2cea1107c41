// Leaders page: workload rows in one cohort (the cases received in the period that each leader is in
// charge of, in their state now), their sort, visits by kind, and one leader's visit calendar.

export interface WorkloadInput {
  leader: { id: string; name: string; title: string };
  owned: number;
  open: number;
  closed: number;
  closedInTime: number;
  overdue: number;
  instructions: number;
  visits: readonly { kind: string; count: number }[];
}

export interface WorkloadRow {
  id: string;
  name: string;
  title: string;
  owned: number;
  open: number;
  closed: number;
  closedInTime: number;
  overdue: number;
  instructions: number;
  visits: number;
  /** closedInTime ÷ closed: of their closed cases, the share handled by the due date. */
  inTimeRate: number | null;
}

/** Leaders with any activity, busiest first (owned cases, then visits); ties by name. */
export function workloadRows(input: readonly WorkloadInput[], locale: string): WorkloadRow[] {
  return input
    .map((w) => ({
      id: w.leader.id,
      name: w.leader.name,
      title: w.leader.title,
      owned: w.owned,
      open: w.open,
      closed: w.closed,
      closedInTime: w.closedInTime,
      overdue: w.overdue,
      instructions: w.instructions,
      visits: w.visits.reduce((s, v) => s + v.count, 0),
      inTimeRate: w.closed > 0 ? w.closedInTime / w.closed : null,
    }))
    .filter((r) => r.owned + r.visits + r.instructions > 0)
    .sort((a, b) => b.owned - a.owned || b.visits - a.visits || a.name.localeCompare(b.name, locale));
}

/** The table's sortable columns (numbers) and the name. */
const WORKLOAD_SORT_KEYS = [
  'name',
  'owned',
  'open',
  'closed',
  'closedInTime',
  'inTimeRate',
  'overdue',
  'visits',
  'instructions',
] as const;
export type WorkloadSortKey = (typeof WORKLOAD_SORT_KEYS)[number];
export interface WorkloadSort {
  key: WorkloadSortKey;
  desc: boolean;
}

/** `owned:desc` from the URL; anything else is the default order (null). */
export function parseWorkloadSort(value: unknown): WorkloadSort | null {
  if (typeof value !== 'string') return null;
  const [key, dir] = value.split(':');
  if (!(WORKLOAD_SORT_KEYS as readonly string[]).includes(key ?? '') || (dir !== 'asc' && dir !== 'desc'))
    return null;
  return { key: key as WorkloadSortKey, desc: dir === 'desc' };
}

export const workloadSortParam = (s: WorkloadSort): string => `${s.key}:${s.desc ? 'desc' : 'asc'}`;

/** Rows sorted by a column; rates without a value (nothing closed) last either way; ties keep the default order. */
export function sortWorkloads(
  rows: readonly WorkloadRow[],
  sort: WorkloadSort | null,
  locale: string,
): WorkloadRow[] {
  if (!sort) return [...rows];
  const sign = sort.desc ? -1 : 1;
  return [...rows].sort((a, b) => {
    if (sort.key === 'name') return sign * a.name.localeCompare(b.name, locale);
    const [x, y] = [a[sort.key], b[sort.key]];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return sign * (x - y);
  });
}

/** Visits of every leader summed per kind, in the order the API lists kinds. */
export function visitsByKind(input: readonly WorkloadInput[]): { kind: string; count: number }[] {
  const order: string[] = [];
  const sums = new Map<string, number>();
  for (const w of input) {
    for (const v of w.visits) {
      if (!sums.has(v.kind)) order.push(v.kind);
      sums.set(v.kind, (sums.get(v.kind) ?? 0) + v.count);
    }
  }
  return order.map((kind) => ({ kind, count: sums.get(kind) ?? 0 }));
}
