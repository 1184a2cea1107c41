// The one rule of first paint: a panel shows its skeleton until every query it needs — its numbers AND
// the names it displays — has answered. Before that a panel would print division or category codes, a
// "—", a 0 or an empty state ("暂无…") that are not true, on a screen that may have nobody watching.
// An empty state or a missing-number dash only once the data has answered; an error as soon as one
// query failed without an answer (never a skeleton forever).
import { computed, type Ref } from 'vue';
import type { CombinedErrorLike } from '../errors/describe';

export interface Part {
  /** The answer shown; null or undefined while there is none. */
  data: unknown;
  /** Asking now: an error from before is not final yet. */
  fetching?: boolean;
  error?: CombinedErrorLike | null;
}

/** Loading while any part has no answer; the first final error instead when one failed. */
export function readiness(parts: readonly Part[]): { loading: boolean; error: CombinedErrorLike | null } {
  const missing = parts.filter((p) => p.data === null || p.data === undefined);
  const failed = missing.find((p) => !p.fetching && p.error);
  return { loading: !failed && missing.length > 0, error: failed?.error ?? null };
}

/** The same rule for answers kept outside urql (the wall's): loading while any of them is null. */
export function waiting(...answers: readonly unknown[]): boolean {
  return readiness(answers.map((data) => ({ data }))).loading;
}

/** A urql query as a panel reads it (`freshQuery` in useFresh.ts for numbers asked under the filter). */
export interface ReadyQuery {
  data: Ref<unknown>;
  fetching: Ref<boolean>;
  error: Ref<CombinedErrorLike | undefined | null>;
  executeQuery(options: { requestPolicy: 'network-only' }): unknown;
}

/** `readiness` of urql queries, with a retry that asks again those that failed. */
export function useReady(...queries: readonly ReadyQuery[]) {
  const state = computed(() =>
    readiness(queries.map((q) => ({ data: q.data.value, fetching: q.fetching.value, error: q.error.value }))),
  );
  return {
    loading: computed(() => state.value.loading),
    error: computed(() => state.value.error),
    /** Every part answered: what the panel shows is complete. */
    ready: computed(() => !state.value.loading && !state.value.error),
    retry(): void {
      for (const q of queries)
        if ((q.data.value ?? null) === null && !q.fetching.value)
          void q.executeQuery({ requestPolicy: 'network-only' });
    },
  };
}
