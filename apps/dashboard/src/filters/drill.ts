// What a click on a chart or a number means: the page's filter plus the clicked thing, as a filter for
// the case table. Pure, so every chart's click can be tested without a browser.
import type { Channel, KpiCode, KpiPart, MatterType } from '../graphql/generated/graphql';
import { type Period, monthPeriod } from '../format/period';
import { type DashboardFilter, baseFilter, periodOf } from './filter';

export type Drill =
  | { kind: 'category'; code: string }
  | { kind: 'township'; code: string }
  | { kind: 'village'; code: string }
  | { kind: 'leader'; id: number }
  | { kind: 'channel'; channel: Channel }
  | { kind: 'month'; month: string }
  | { kind: 'period'; period: Period }
  | { kind: 'kpi'; kpi: KpiCode; part: KpiPart }
  | { kind: 'warning'; level: 'RED' | 'YELLOW' }
  | { kind: 'matterTypes'; matterTypes: readonly MatterType[] };

function only<T>(values: readonly T[], value: T): T[] {
  // Clicking a slice narrows to it; it never widens a filter that already excludes it.
  return values.length === 0 || values.includes(value) ? [value] : [...values];
}

export function drillFilter(
  filter: DashboardFilter,
  drills: readonly Drill[],
  today: string,
): DashboardFilter {
  const out: DashboardFilter = baseFilter(filter);
  for (const d of drills) {
    switch (d.kind) {
      case 'category':
        out.categoryCodes = only(out.categoryCodes, d.code);
        break;
      case 'township':
        out.townshipCodes = only(out.townshipCodes, d.code);
        break;
      case 'village':
        out.villageCodes = only(out.villageCodes, d.code);
        break;
      case 'leader':
        out.leaderIds = only(out.leaderIds, d.id);
        break;
      case 'channel':
        out.channels = only(out.channels, d.channel);
        break;
      case 'month': {
        const p = monthPeriod(d.month, periodOf(out, today) ?? undefined);
        out.from = p.from;
        out.to = p.to;
        out.allTime = false;
        break;
      }
      case 'period':
        out.from = d.period.from;
        out.to = d.period.to;
        out.allTime = false;
        break;
      case 'kpi':
        out.kpi = d.kpi;
        out.kpiPart = d.part;
        break;
      case 'warning':
        // A warning is about today, whenever the case came in: drop the period.
        out.from = null;
        out.to = null;
        out.allTime = true;
        out.overdue = d.level === 'RED' ? true : null;
        out.dueSoon = d.level === 'YELLOW' ? true : null;
        break;
      case 'matterTypes':
        out.matterTypes = [...d.matterTypes];
        break;
    }
  }
  return out;
}

/** What a click on a township, category or village narrows the whole dashboard to (cross-filtering). */
export type CrossDrill = Extract<Drill, { kind: 'category' | 'township' | 'village' }>;

/**
 * The dashboard's filter narrowed to the clicked township, category or village — every other condition
 * kept — so each chart of the page answers for it; "查看案件" then opens its cases.
 */
export function crossFilter(filter: DashboardFilter, drills: readonly CrossDrill[]): DashboardFilter {
  const out: DashboardFilter = { ...filter };
  for (const d of drills) {
    if (d.kind === 'category') out.categoryCodes = only(out.categoryCodes, d.code);
    else if (d.kind === 'township') out.townshipCodes = only(out.townshipCodes, d.code);
    else out.villageCodes = only(out.villageCodes, d.code);
  }
  return out;
}
