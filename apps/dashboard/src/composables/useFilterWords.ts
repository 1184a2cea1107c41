// The dashboard's filter in words — the period, then each condition with its names — for what leaves the
// screen without its filter controls: a printed page's header line and a saved chart's caption.
import { computed, type ComputedRef } from 'vue';
import { useI18n } from 'vue-i18n';
import type { UiLocale } from '../format/format';
import { filterParts } from '../transforms/filterSummary';
import { useFilter } from './useFilter';
import type { useReference } from './useReference';

/** `reference` null: no words (a page that may be open signed out has no filter to name). */
export function useFilterWords(reference: ReturnType<typeof useReference> | null): ComputedRef<string[]> {
  const { t, locale } = useI18n();
  const { filter, period } = useFilter();
  return computed(() => {
    if (!reference) return [];
    const p = period.value;
    const parts = filterParts(
      filter.value,
      {
        townships: reference.townships.value,
        categories: reference.categories.value,
        leaders: reference.leaders.value,
      },
      locale.value as UiLocale,
    );
    // Until the names are in, a condition reads "…", never its codes.
    const named = reference.query.data.value ? parts : parts.map((part) => ({ ...part, values: ['…'] }));
    return [
      p ? t('print.period', { from: p.from, to: p.to }) : t('filter.allTime'),
      ...named.map((part) =>
        t('print.part', { label: t(`filter.${part.key}`), values: part.values.join(t('print.listSep')) }),
      ),
    ];
  });
}
