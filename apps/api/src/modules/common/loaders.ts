import DataLoader from 'dataloader';
import { currentBudget } from '../../request-budget.js';

/**
 * Dispatch a batch on the next macrotask rather than DataLoader's default next tick: sibling
 * resolvers that reach a loader a few promise hops apart then still share one statement — and, for a
 * request the budget paces over several turns of the event loop, only once none of its work waits for
 * a turn — so the statement count of a request depends on its shape, never on how many rows it returns.
 */
export const batchOptions = {
  batchScheduleFn: (dispatch: () => void) => {
    const budget = currentBudget();
    setImmediate(() => (budget ? budget.whenPaced(dispatch) : dispatch()));
  },
} as const;

/** A loader of one row per key (null when missing), fetched in one statement per batch. */
export function byKeyLoader<K extends string | number, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map(rows.map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  }, batchOptions);
}

/** A loader of all rows per key (e.g. a case's events), fetched in one statement per batch. */
export function groupLoader<K extends string | number, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const rows = await fetch(keys);
    const groups = new Map<K, V[]>();
    for (const row of rows) {
      const key = keyOf(row);
      const list = groups.get(key);
      if (list) list.push(row);
      else groups.set(key, [row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  }, batchOptions);
}
