// Enum labels come from @lianxin/domain (zh/en); a value the domain does not know yet (a newer API)
// shows as its code rather than breaking the page.
import type { Label } from '@lianxin/domain';
import type { UiLocale } from '../format/format';

export function enumLabel(
  table: Readonly<Record<string, Label>>,
  value: string | null | undefined,
  locale: UiLocale,
): string {
  if (value === null || value === undefined) return '';
  const label = table[value];
  if (!label) return value;
  return locale === 'zh-CN' ? label.zh : label.en;
}

export interface NamedCategory {
  code: string;
  nameZh: string;
  nameEn: string;
  sortOrder?: number;
}

/** Category names come from the API's extensible list; unknown codes show as themselves. */
export function categoryName(
  categories: readonly NamedCategory[],
  code: string | null | undefined,
  locale: UiLocale,
): string {
  if (!code) return '';
  const c = categories.find((x) => x.code === code);
  if (!c) return code;
  return locale === 'zh-CN' ? c.nameZh : c.nameEn;
}
