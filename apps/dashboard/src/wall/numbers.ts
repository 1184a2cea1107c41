// Counts and rates as the wall's panels write them, in the wall's UI language.
import { useLocale } from '../composables/useChart';
import { formatCount, formatPercent } from '../format/format';

export function useWallNumbers() {
  const loc = useLocale();
  return {
    loc,
    count: (n: number | null | undefined) => formatCount(n, loc.value),
    percent: (rate: number | null) => formatPercent(rate, loc.value),
  };
}
