// Values of chart items (charts/items.ts) in words, formatted as everywhere else on the page
// (src/format/): "312 件", "96.4%(270/280)", never a raw float, "NaN" or ECharts' "-" gap.
import { useI18n } from 'vue-i18n';
import { formatCount, formatMonth, formatPercent } from '../format/format';
import { useLocale } from './useChart';

export function useChartWords() {
  const { t } = useI18n();
  const loc = useLocale();
  const counted = (one: string, many: string) => (n: number | null) =>
    n === null || !Number.isFinite(n)
      ? t('chart.noValue')
      : n === 1
        ? t(one)
        : t(many, { n: formatCount(n, loc.value) });
  return {
    cases: counted('chart.oneCase', 'chart.cases'),
    visits: counted('chart.oneVisit', 'chart.visits'),
    /** A share or rate 0..1. */
    percent: (rate: number | null) => (rate === null ? t('chart.noValue') : formatPercent(rate, loc.value)),
    /** A KPI's rate with its parts; no denominator reads "no data". */
    rate: (rate: number | null, numerator: number, denominator: number) =>
      rate === null || !denominator
        ? t('chart.noValue')
        : t('chart.rate', {
            rate: formatPercent(rate, loc.value),
            numerator: formatCount(numerator, loc.value),
            denominator: formatCount(denominator, loc.value),
          }),
    /** A month key in full ("2026年3月"), marked when it is the month still running. */
    month: (key: string, partial: string | null = null) =>
      key === partial
        ? `${formatMonth(key, loc.value)} ${t('chart.partialShort')}`
        : formatMonth(key, loc.value),
    withheld: () => t('chart.withheld'),
  };
}
