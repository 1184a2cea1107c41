// Leaders page: workload rows, visits by kind, and one leader's visit calendar.

export interface WorkloadInput {
  leader: { id: string; name: string; title: string };
  owned: number;
  open: number;
  closed: number;
  overdue: number;
  instructions: number;
  closedOnTime: { numerator: number; denominator: number; rate: number | null };
  visits: readonly { kind: string; count: number }[];
}

export interface WorkloadRow {
  id: string;
  name: string;
  title: string;
  owned: number;
  open: number;
  closed: number;
  closedOnTime: number;
  overdue: number;
  instructions: number;
  visits: number;
  onTimeRate: number | null;
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
      closedOnTime: w.closedOnTime.numerator,
      overdue: w.overdue,
      instructions: w.instructions,
      visits: w.visits.reduce((s, v) => s + v.count, 0),
      onTimeRate: w.closedOnTime.rate,
    }))
    .filter((r) => r.owned + r.visits + r.instructions > 0)
    .sort((a, b) => b.owned - a.owned || b.visits - a.visits || a.name.localeCompare(b.name, locale));
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
