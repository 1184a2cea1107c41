import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { readsCases } from '../auth/session';
import { type CrossDrill, type Drill, crossFilter, drillFilter } from '../filters/drill';
import {
  type DashboardFilter,
  filterToQuery,
  mergeQuery,
  parseFilter,
  periodOf,
  toCaseFilter,
} from '../filters/filter';
import { todayInShanghai } from '../format/period';

/** The page's filter, read from and written to the URL query. */
export function useFilter() {
  const route = useRoute();
  const router = useRouter();
  // Read once per page view: a dashboard left open overnight keeps its period until the next navigation.
  const today = todayInShanghai();
  const filter = computed(() => parseFilter(route.query));
  const period = computed(() => periodOf(filter.value, today));
  const caseFilter = computed(() => toCaseFilter(filter.value, today));

  // A new history entry per change (not replace): Back undoes the last filter, as it undoes a page.
  function setFilter(next: DashboardFilter): void {
    void router.push({ query: mergeQuery(route.query, next) });
  }

  /** Opens the case table with the page's filter plus what was clicked. */
  function openCases(drills: readonly Drill[]): void {
    if (!readsCases.value) return;
    void router.push({ name: 'cases', query: filterToQuery(drillFilter(filter.value, drills, today)) });
  }

  /** Narrows the whole dashboard to a clicked township, category or village (a removable chip). */
  function narrow(drills: readonly CrossDrill[]): void {
    setFilter(crossFilter(filter.value, drills));
  }

  return { filter, period, caseFilter, today, setFilter, openCases, narrow };
}
