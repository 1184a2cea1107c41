import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { KpiTargetsDocument } from '../graphql/generated/graphql';

/**
 * Every KPI's target (set on the administrator's targets page). One query, kept by urql's cache and
 * refetched after setKpiTarget (its answer's type, KpiTarget, invalidates it).
 */
export function useKpiTargets() {
  const q = useQuery({ query: KpiTargetsDocument });
  return { query: q, targets: computed(() => q.data.value?.kpiTargets ?? null) };
}
