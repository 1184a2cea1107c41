// The dashboard's notices of new early warnings: what one says and where it leads. Pure.
import type { WarningNoticesSubscription } from '../graphql/generated/graphql';
import type { UiLocale } from '../format/format';
import { warningQuery } from './warnings';

export type WarningNotice = WarningNoticesSubscription['earlyWarningRaised'];

/** Notices kept on screen at once; older ones give way. */
export const MAX_NOTICES = 3;

/** "金积镇 · 何家庄村 · 灌溉用水": the alert's place and category. */
export function noticePlace(n: WarningNotice, locale: UiLocale): string {
  const category = locale === 'zh-CN' ? n.category.nameZh : n.category.nameEn;
  return [n.township.name, n.village?.name, category].filter(Boolean).join(' · ');
}

/** The 预警 page narrowed to the alert: its level, scope, category, month and township. */
export function noticeLink(n: WarningNotice): { name: 'warnings'; query: Record<string, string> } {
  return {
    name: 'warnings',
    query: {
      ...warningQuery({
        level: n.level,
        scope: n.scope,
        categoryCode: n.category.code,
        from: n.month,
        to: n.month,
      }),
      township: n.township.code,
    },
  };
}

/** The notices after `n` arrives: newest first, one per cell and month (a raise replaces), at most MAX_NOTICES. */
export function addNotice(list: readonly WarningNotice[], n: WarningNotice): WarningNotice[] {
  const same = (m: WarningNotice) =>
    m.scope === n.scope &&
    m.month === n.month &&
    m.category.code === n.category.code &&
    m.township.code === n.township.code &&
    (m.village?.code ?? null) === (n.village?.code ?? null);
  return [n, ...list.filter((m) => !same(m))].slice(0, MAX_NOTICES);
}
