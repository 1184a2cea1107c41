import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { type FunnelMetric, funnelMetric } from '../transforms/funnel';
import { useFilter } from './useFilter';

/**
 * The funnel panel's metric, in the URL (`?funnel=SATISFACTION`) so a comparison can be shared by link,
 * and what a click on a unit opens: its cases (for a KPI, the cases of the unit's denominator).
 */
export function useFunnel(level: 'township' | 'village') {
  const route = useRoute();
  const router = useRouter();
  const { openCases } = useFilter();
  const metric = computed<FunnelMetric>(() => funnelMetric(route.query.funnel).metric);
  function setMetric(m: FunnelMetric): void {
    void router.replace({ query: { ...route.query, funnel: m } });
  }
  function open(code: string): void {
    const m = metric.value;
    openCases([
      { kind: level, code },
      ...(m === 'CASES_PER_1000' ? [] : [{ kind: 'kpi' as const, kpi: m, part: 'DENOMINATOR' as const }]),
    ]);
  }
  return { metric, setMetric, open };
}
