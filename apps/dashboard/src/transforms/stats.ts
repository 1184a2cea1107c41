// Pivots of caseStats buckets into the shapes charts need. Counts may be null once the API hides small
// cells for some roles (`suppressed`); null stays null all the way to the chart ("—"), never 0.

export interface StatsBucket {
  period?: string | null;
  categoryCode?: string | null;
  townshipCode?: string | null;
  villageCode?: string | null;
  leaderId?: number | null;
  channel?: string | null;
  count: number | null;
  suppressed?: boolean | null;
}

export type BucketKey = 'categoryCode' | 'townshipCode' | 'villageCode' | 'channel';

export interface Cell {
  value: number | null;
  suppressed: boolean;
}

const EMPTY_CELL: Cell = { value: 0, suppressed: false };

function addCells(a: Cell, b: Cell): Cell {
  if (a.suppressed || b.suppressed) {
    // A sum containing a hidden cell is only a lower bound: keep it hidden.
    return { value: null, suppressed: true };
  }
  return { value: (a.value ?? 0) + (b.value ?? 0), suppressed: false };
}

function cellOf(b: StatsBucket): Cell {
  const suppressed = b.suppressed === true || b.count === null;
  return { value: suppressed ? null : b.count, suppressed };
}

/** Total count per key (buckets of one dimension, or summed over the others). */
export function totalsBy(buckets: readonly StatsBucket[], key: BucketKey): Map<string, Cell> {
  const out = new Map<string, Cell>();
  for (const b of buckets) {
    const k = b[key];
    if (k === null || k === undefined) continue;
    out.set(k, addCells(out.get(k) ?? EMPTY_CELL, cellOf(b)));
  }
  return out;
}

/** key → one cell per month of `months` (missing months are 0: no cases, not unknown). */
export function monthlyBy(
  buckets: readonly StatsBucket[],
  key: BucketKey,
  months: readonly string[],
): Map<string, Cell[]> {
  const index = new Map(months.map((m, i) => [m, i]));
  const out = new Map<string, Cell[]>();
  for (const b of buckets) {
    const k = b[key];
    const i = b.period ? index.get(b.period) : undefined;
    if (k === null || k === undefined || i === undefined) continue;
    let row = out.get(k);
    if (!row) {
      row = months.map(() => ({ ...EMPTY_CELL }));
      out.set(k, row);
    }
    row[i] = addCells(row[i] ?? EMPTY_CELL, cellOf(b));
  }
  return out;
}

/** One total per month (buckets grouped by MONTH only). */
export function monthlyTotals(buckets: readonly StatsBucket[], months: readonly string[]): Cell[] {
  const index = new Map(months.map((m, i) => [m, i]));
  const row = months.map(() => ({ ...EMPTY_CELL }));
  for (const b of buckets) {
    const i = b.period ? index.get(b.period) : undefined;
    if (i === undefined) continue;
    row[i] = addCells(row[i] ?? EMPTY_CELL, cellOf(b));
  }
  return row;
}

export function cellSum(cells: readonly Cell[]): number {
  return cells.reduce((sum, c) => sum + (c.value ?? 0), 0);
}

/**
 * Seasonality: the share of each calendar month (1–12) in a key's cases over whole years, so a category
 * that peaks every summer shows it whatever its size. Returns key → 12 shares (0..1), null without data.
 */
export function seasonality(buckets: readonly StatsBucket[], key: BucketKey): Map<string, (number | null)[]> {
  const sums = new Map<string, number[]>();
  for (const b of buckets) {
    const k = b[key];
    if (k === null || k === undefined || !b.period || b.count === null) continue;
    const m = Number(b.period.slice(5, 7)) - 1;
    if (m < 0 || m > 11) continue;
    const row = sums.get(k) ?? new Array<number>(12).fill(0);
    row[m] = (row[m] ?? 0) + b.count;
    sums.set(k, row);
  }
  const out = new Map<string, (number | null)[]>();
  for (const [k, row] of sums) {
    const total = row.reduce((a, b) => a + b, 0);
    out.set(
      k,
      row.map((v) => (total === 0 ? null : v / total)),
    );
  }
  return out;
}
