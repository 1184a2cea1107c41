import { computed, type ComputedRef, type Ref } from 'vue';
import type { CombinedErrorLike } from '../errors/describe';

/**
 * A query's data for the variables asked now. urql keeps the previous answer while a changed filter
 * is fetched (`fetching` true, `data` still the old filter's): shown, it would put the old numbers
 * under the new filter. `fetching` is true only until the first answer for the new variables (a cached
 * answer being revalidated is `stale`, not fetching, and belongs to the same variables).
 */
function freshData<T>(q: { data: Ref<T | undefined>; fetching: Ref<boolean> }): ComputedRef<T | undefined> {
  return computed(() => (q.fetching.value ? undefined : q.data.value));
}

/** The query with `freshData` as its data: what `useReady` waits for on a page under the filter. */
export function freshQuery<T>(q: {
  data: Ref<T | undefined>;
  fetching: Ref<boolean>;
  error: Ref<CombinedErrorLike | undefined>;
  executeQuery(options: { requestPolicy: 'network-only' }): unknown;
}) {
  return {
    data: freshData(q),
    fetching: q.fetching,
    error: q.error,
    executeQuery: (options: { requestPolicy: 'network-only' }) => q.executeQuery(options),
  };
}
