// The i18n behind transforms/caseDetail.ts eventDetails: payload keys named, yes/no and days in words.
import { useI18n } from 'vue-i18n';
import type { DetailWords } from '../transforms/caseDetail';

export function useDetailWords(): DetailWords {
  const { t, te } = useI18n();
  return {
    key: (name) => (te(`details.keys.${name}`) ? t(`details.keys.${name}`) : null),
    yesNo: (value) => t(value ? 'details.yes' : 'details.no'),
    days: (n) => t('details.days', { n }),
  };
}
