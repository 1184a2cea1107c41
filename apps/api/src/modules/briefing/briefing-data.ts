// A briefing's numbers, read from the API's own answers: the Briefing and BriefingWarnings operations
// (packages/operations) executed as the caller, so their role, area and the access rules apply exactly
// as on the dashboard, and every number equals what the dashboard shows for the same period.
import {
  addLocalDays,
  CHANNEL_LABELS,
  endOfLocalDay,
  localDate,
  VISIT_KIND_LABELS,
  type Channel,
  type VisitKind,
} from '@lianxin/domain';
import type { BriefingData, BriefingLocale, BriefingPeriod, KpiSet, NamedCount } from '@lianxin/briefing';
import { monthsOf, periodLabel, printedDay } from '@lianxin/briefing/period';

/**
 * Executes a named operation of packages/operations as the caller, reading "now" at `now`; throws its
 * first error.
 */
export type RunOperation = (name: string, variables: Record<string, unknown>, now: Date) => Promise<unknown>;

export interface BriefingRequest {
  period: BriefingPeriod;
  /** A township's briefing; null: the caller's whole area. */
  townshipCode: string | null;
  locale: BriefingLocale;
  /** The instant the numbers are read at: the same asOf gives the same numbers. */
  asOf: Date;
  /**
   * Asked for: the cases are read as known at asOf. Not asked: a read of now (at asOf), which the
   * rollups answer; closed months read the same either way (as known at their close).
   */
  asOfGiven: boolean;
}

/** Names printed for the district (configuration: BRIEFING_DISTRICT, BRIEFING_ISSUER). */
export interface BriefingNames {
  district: Record<BriefingLocale, string>;
  issuer: Record<BriefingLocale, string>;
}

/** Overdue cases listed by code and title, most overdue first. */
const OVERDUE_LISTED = 20;
/** Received more than this many days before asOf and overdue: 积案. */
const LONG_STANDING_DAYS = 90;

type Count = { count: number | null };

interface BriefingAnswer {
  current: KpiSet & { leaderResolution: { numerator: number; denominator: number } };
  previous: KpiSet;
  lastYear: KpiSet;
  total: Count[];
  previousTotal: Count[];
  lastYearTotal: Count[];
  byCategory: (Count & { categoryCode: string | null })[];
  byTownship: (Count & { townshipCode: string | null })[];
  byChannel: (Count & { channel: Channel | null })[];
  byVillage: (Count & { villageCode: string | null })[];
  byVillageLastYear: (Count & { villageCode: string | null })[];
  townships: { code: string; name: string; villages: { code: string; name: string }[] }[];
  categories: { code: string; nameZh: string; nameEn: string }[];
}

interface LeadersAnswer {
  leaderWorkloads: { instructions: number; visits: { kind: VisitKind; count: number }[] }[];
}

interface OverdueAnswer {
  byDay: (Count & { period: string })[];
  cases: { edges: { node: { code: string; title: string } }[] };
}

interface WarningsAnswer {
  earlyWarningCounts: { red: number; yellow: number };
  earlyWarnings: {
    edges: { node: { township: { name: string }; village: { name: string } | null } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const sum = (buckets: readonly Count[]) => buckets.reduce((n, b) => n + (b.count ?? 0), 0);

/** Counts by name, largest first (ties by name), without empty ones. */
function byName(entries: Iterable<[string, number]>): NamedCount[] {
  return [...entries]
    .filter(([, count]) => count > 0)
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh-CN'));
}

/** The briefing's numbers for one period and area, as `run`'s caller may read them. */
export async function readBriefingData(
  run: RunOperation,
  request: BriefingRequest,
  names: BriefingNames,
): Promise<BriefingData> {
  const { period, townshipCode, locale, asOf, asOfGiven } = request;
  const zh = locale === 'zh-CN';
  const area = townshipCode ? { townshipCodes: [townshipCode] } : {};
  const at = (instant: Date | null) => (instant ? { asOf: instant } : {});
  const read = asOfGiven ? asOf : null;
  const range = (r: { from: string; to: string }) => ({ from: r.from, to: r.to, ...at(read), ...area });
  // Overdue at the end of the period (at asOf if earlier): a past period's briefing describes that period.
  const periodEnd = endOfLocalDay(period.to);
  const overdueAt = periodEnd < asOf ? periodEnd : asOf;
  const overdue = { ...at(periodEnd < asOf ? periodEnd : read), overdue: true, ...area };
  // Each its own request's worth of work, one after the other as a user's requests would be.
  const a = (await run(
    'Briefing',
    { filter: range(period), previous: range(period.previous), lastYear: range(period.lastYear) },
    asOf,
  )) as BriefingAnswer;
  const leaders = (await run('BriefingLeaders', { filter: range(period) }, asOf)) as LeadersAnswer;
  const late = (await run('BriefingOverdue', { overdue, first: OVERDUE_LISTED }, asOf)) as OverdueAnswer;
  const longStandingBefore = addLocalDays(localDate(overdueAt), -LONG_STANDING_DAYS);
  const warnings = await readWarnings(run, request);

  const townshipName = new Map(a.townships.map((t) => [t.code, t.name]));
  // Village names repeat across townships: the district's briefing names both.
  const villageName = new Map(
    a.townships.flatMap((t) =>
      t.villages.map((v) => [v.code, townshipCode ? v.name : `${t.name}${zh ? '' : ' '}${v.name}`] as const),
    ),
  );
  const categoryName = new Map(a.categories.map((c) => [c.code, zh ? c.nameZh : c.nameEn]));
  const named = <T extends Count>(buckets: readonly T[], name: (b: T) => string | undefined) =>
    byName(buckets.map((b) => [name(b) ?? '—', b.count ?? 0]));

  const lastYearByVillage = new Map(a.byVillageLastYear.map((b) => [b.villageCode, b.count ?? 0]));
  const villageRises = a.byVillage
    .map((b) => ({
      name: villageName.get(b.villageCode ?? '') ?? '—',
      count: b.count ?? 0,
      lastYear: lastYearByVillage.get(b.villageCode) ?? 0,
    }))
    .filter((v) => v.count > v.lastYear)
    .sort((x, y) => y.count - y.lastYear - (x.count - x.lastYear) || x.name.localeCompare(y.name, 'zh-CN'))
    .slice(0, 10);

  const visits = new Map<VisitKind, number>();
  const workloads = leaders.leaderWorkloads;
  for (const w of workloads)
    for (const v of w.visits) visits.set(v.kind, (visits.get(v.kind) ?? 0) + v.count);

  const areaName = townshipCode ? (townshipName.get(townshipCode) ?? townshipCode) : names.district[locale];
  // A year's period before is last year: compared once, as 同比.
  const compareBefore = period.kind !== 'year';
  return {
    periodLabel: periodLabel(period, locale),
    areaName,
    issuer: townshipCode
      ? zh
        ? `${areaName}信访办公室`
        : `${areaName} petition office`
      : names.issuer[locale],
    date: printedDay(localDate(asOf), locale),
    asOf,
    received: {
      current: sum(a.total),
      previous: compareBefore ? sum(a.previousTotal) : null,
      lastYear: sum(a.lastYearTotal),
    },
    kpis: {
      current: a.current,
      previous: compareBefore ? a.previous : null,
      lastYear: a.lastYear,
    },
    byCategory: named(a.byCategory, (b) => categoryName.get(b.categoryCode ?? '')),
    byTownship: named(a.byTownship, (b) => townshipName.get(b.townshipCode ?? '')),
    byChannel: named(a.byChannel, (b) =>
      b.channel ? CHANNEL_LABELS[b.channel][zh ? 'zh' : 'en'] : undefined,
    ),
    topVillages: named(a.byVillage, (b) => villageName.get(b.villageCode ?? '')).slice(0, 10),
    villageRises,
    warnings,
    leaders: {
      cases: a.current.leaderResolution.denominator,
      visits: [...visits].map(([kind, count]) => ({
        name: VISIT_KIND_LABELS[kind][zh ? 'zh' : 'en'],
        count,
      })),
      instructions: workloads.reduce((n, w) => n + w.instructions, 0),
      resolved: a.current.leaderResolution.numerator,
    },
    overdue: {
      at: printedDay(localDate(overdueAt), locale),
      count: sum(late.byDay),
      longStanding: sum(late.byDay.filter((b) => b.period < longStandingBefore)),
      cases: late.cases.edges.map((e) => e.node),
    },
  };
}

/**
 * The early warnings of the months the period touches: township cells by township in the district's
 * briefing, village cells by village in a township's (where they say more), counted alike.
 */
async function readWarnings(run: RunOperation, request: BriefingRequest): Promise<BriefingData['warnings']> {
  const { townshipCode } = request;
  const filter = {
    ...monthsOf(request.period),
    ...(townshipCode ? { townshipCode, scope: 'VILLAGE' } : { scope: 'TOWNSHIP' }),
  };
  const places = new Map<string, number>();
  let counts = { red: 0, yellow: 0 };
  let after: string | null = null;
  do {
    const page = (await run('BriefingWarnings', { filter, after }, request.asOf)) as WarningsAnswer;
    counts = page.earlyWarningCounts;
    for (const { node } of page.earlyWarnings.edges) {
      const name = townshipCode ? (node.village?.name ?? '—') : node.township.name;
      places.set(name, (places.get(name) ?? 0) + 1);
    }
    after = page.earlyWarnings.pageInfo.hasNextPage ? page.earlyWarnings.pageInfo.endCursor : null;
  } while (after);
  return { red: counts.red, yellow: counts.yellow, places: byName(places) };
}
