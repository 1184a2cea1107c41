import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { KpiDefinitionsDocument } from '../graphql/generated/graphql';

/**
 * The API's KPI dictionary (formula, numerator, denominator, what is left out, anchor date, article), by
 * code. One query, kept by urql's cache: every card that calls this shares the first answer.
 */
export function useKpiDefinitions() {
  const q = useQuery({ query: KpiDefinitionsDocument });
  const byCode = computed(
    () => new Map((q.data.value?.kpiDefinitions ?? []).map((d) => [d.code as string, d])),
  );
  return { query: q, byCode };
}
