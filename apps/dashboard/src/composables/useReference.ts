import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { ReferenceDocument } from '../graphql/generated/graphql';

/** Townships, villages, categories, leaders and units: names for every chart, options for the filter bar. */
export function useReference() {
  const q = useQuery({ query: ReferenceDocument });
  const townships = computed(() => q.data.value?.townships ?? []);
  const villages = computed(() => townships.value.flatMap((t) => t.villages));
  const categories = computed(() =>
    [...(q.data.value?.categories ?? [])].sort((a, b) => a.sortOrder - b.sortOrder),
  );
  const leaders = computed(() => q.data.value?.leaders ?? []);
  const units = computed(() => q.data.value?.units ?? []);
  return { query: q, townships, villages, categories, leaders, units };
}
