// The filter bar's part of the filter in few words: the one-line summary a phone shows instead of the
// bar, and the header line of a printed page (the printout has no filter controls to read it from).
import { CHANNEL_LABELS } from '@lianxin/domain';
import type { DashboardFilter } from '../filters/filter';
import type { UiLocale } from '../format/format';
import type { Period } from '../format/period';
import { type NamedCategory, categoryName, enumLabel } from './labels';

/** How many conditions the filter bar sets besides the period (each chosen township, village, …). */
export function filterConditionCount(filter: DashboardFilter): number {
  return (
    filter.townshipCodes.length +
    filter.villageCodes.length +
    filter.categoryCodes.length +
    filter.channels.length +
    filter.leaderIds.length
  );
}

/** The period as months ('2024-01' … '2024-12'); null when the filter spans all time. */
export function periodMonths(period: Period | null): { from: string; to: string } | null {
  return period ? { from: period.from.slice(0, 7), to: period.to.slice(0, 7) } : null;
}

export interface FilterNames {
  townships: readonly { code: string; name: string; villages: readonly { code: string; name: string }[] }[];
  categories: readonly NamedCategory[];
  leaders: readonly { id: string | number; name: string }[];
}

export type FilterPartKey = 'township' | 'village' | 'category' | 'channel' | 'leader';

/**
 * Each set condition with the names of its values, in the filter bar's order. A code the reference
 * list does not hold (yet) shows as itself, so a printout never drops a condition silently.
 */
export function filterParts(
  filter: DashboardFilter,
  names: FilterNames,
  locale: UiLocale,
): { key: FilterPartKey; values: string[] }[] {
  const township = new Map(names.townships.map((tw) => [tw.code, tw.name]));
  const village = new Map(names.townships.flatMap((tw) => tw.villages.map((v) => [v.code, v.name] as const)));
  const leader = new Map(names.leaders.map((l) => [String(l.id), l.name]));
  const parts: { key: FilterPartKey; values: string[] }[] = [
    { key: 'township', values: filter.townshipCodes.map((c) => township.get(c) ?? c) },
    { key: 'village', values: filter.villageCodes.map((c) => village.get(c) ?? c) },
    { key: 'category', values: filter.categoryCodes.map((c) => categoryName(names.categories, c, locale)) },
    { key: 'channel', values: filter.channels.map((c) => enumLabel(CHANNEL_LABELS, c, locale)) },
    { key: 'leader', values: filter.leaderIds.map((id) => leader.get(String(id)) ?? String(id)) },
  ];
  return parts.filter((p) => p.values.length > 0);
}
