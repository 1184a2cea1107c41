import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { UiLocale } from '../format/format';

export function useLocale() {
  const { locale } = useI18n();
  return computed(() => locale.value as UiLocale);
}
