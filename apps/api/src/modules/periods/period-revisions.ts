// Revisions of closed periods. A month closes PERIOD_GRACE_DAYS after it ends; after that only a change
// dated inside it (an import of backdated cases) can alter its KPIs, and such a change needs an
// administrator, a reason, and leaves one `period_revision` row per month it touches, holding the
// month's KPIs just before it. The value after a revision is the next revision's "before", or the
// month's current value for the latest one.
import type { DataSource, EntityManager } from 'typeorm';
import {
  addLocalDays,
  addLocalMonths,
  anchorDate,
  isMonthClosed,
  KPI_DEFINITIONS,
  KpiCode,
  kpiValue,
  localDate,
  type CaseFacts,
  type KpiValue,
} from '@lianxin/domain';
import type { DialectSpec } from '../../db/dialect.js';
import { AccessPolicy } from '../access/access-policy.js';
import { periodGrace, selectCases } from '../case/case-query.js';
import { KPI_FIELDS, type StatsService } from '../stats/stats.service.js';

export type MonthKpis = Record<KpiCode, { numerator: number; denominator: number }>;

/** The closed months (YYYY-MM) whose KPIs these cases' facts would enter, at `now`. */
export function closedMonthsTouched(
  cases: readonly CaseFacts[],
  now: Date,
  graceDays = periodGrace(),
): string[] {
  const months = new Set<string>();
  for (const facts of cases) {
    for (const code of Object.values(KpiCode)) {
      const anchor = KPI_DEFINITIONS[code].anchor;
      const at = anchorDate(anchor, facts);
      if (!at) continue;
      const day = localDate(at);
      if (isMonthClosed(day, now, graceDays, anchor)) months.add(day.slice(0, 7));
    }
  }
  return [...months].sort();
}

/** A month's KPIs over the whole district (every case, accusations included), as read now. */
export async function monthKpis(stats: StatsService, month: string, now: Date): Promise<MonthKpis> {
  const from = `${month}-01`;
  const to = addLocalDays(addLocalMonths(from, 1), -1);
  const set = await stats.kpis(selectCases({ from, to }, now, AccessPolicy.system()));
  return Object.fromEntries(
    Object.values(KpiCode).map((code) => {
      const v = set[KPI_FIELDS[code]];
      return [code, { numerator: v.numerator, denominator: v.denominator }];
    }),
  ) as MonthKpis;
}

export interface RevisionInput {
  month: string;
  by: string;
  reason: string;
  source: string;
  before: MonthKpis;
  at: Date;
}

/** Records revisions inside the caller's transaction (with the change they describe). */
export async function recordRevisions(
  manager: EntityManager,
  dialect: DialectSpec,
  revisions: readonly RevisionInput[],
): Promise<void> {
  for (const r of revisions) {
    await manager.query(
      `INSERT INTO period_revision (month, revised_at, revised_by, reason, source, kpis_before)
       VALUES (${dialect.placeholders(6)})`,
      [`${r.month}-01`, dialect.timestamp(r.at), r.by, r.reason, r.source, JSON.stringify(r.before)],
    );
  }
}

export interface PeriodRevision {
  id: number;
  month: string;
  revisedAt: Date;
  revisedBy: string;
  reason: string;
  source: string;
  kpis: { code: KpiCode; before: KpiValue; after: KpiValue }[];
}

interface RevisionRow {
  id: number;
  month: string | Date;
  revised_at: string | Date;
  revised_by: string;
  reason: string;
  source: string;
  kpis_before: string | MonthKpis;
}

function monthOf(value: string | Date): string {
  return (value instanceof Date ? localDate(value) : value).slice(0, 7);
}

/** The revisions of months from..to (YYYY-MM), oldest first, each with its KPIs before and after. */
async function listRevisions(
  dataSource: DataSource,
  dialect: DialectSpec,
  stats: StatsService,
  from: string,
  to: string,
  now: Date,
): Promise<PeriodRevision[]> {
  const rows: RevisionRow[] = await dataSource.query(
    `SELECT id, month, revised_at, revised_by, reason, source, kpis_before FROM period_revision
      WHERE month >= ${dialect.placeholder(1)} AND month <= ${dialect.placeholder(2)} ORDER BY month, revised_at, id`,
    [`${from}-01`, `${to}-01`],
  );
  const parsed = rows.map((r) => ({
    id: Number(r.id),
    month: monthOf(r.month),
    revisedAt: dialect.readTimestamp(r.revised_at),
    revisedBy: r.revised_by,
    reason: r.reason,
    source: r.source,
    before: (typeof r.kpis_before === 'string' ? JSON.parse(r.kpis_before) : r.kpis_before) as MonthKpis,
  }));
  const current = new Map<string, MonthKpis>();
  const out: PeriodRevision[] = [];
  for (const [i, r] of parsed.entries()) {
    const next = parsed[i + 1];
    let after: MonthKpis;
    if (next && next.month === r.month) after = next.before;
    else {
      if (!current.has(r.month)) current.set(r.month, await monthKpis(stats, r.month, now));
      after = current.get(r.month)!;
    }
    out.push({
      id: r.id,
      month: r.month,
      revisedAt: r.revisedAt,
      revisedBy: r.revisedBy,
      reason: r.reason,
      source: r.source,
      kpis: Object.values(KpiCode).map((code) => ({
        code,
        before: kpiValue(r.before[code]?.numerator ?? 0, r.before[code]?.denominator ?? 0),
        after: kpiValue(after[code].numerator, after[code].denominator),
      })),
    });
  }
  return out;
}

/** Closed periods for resolvers: their revisions, read with the district's current values. */
export class PeriodService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dialect: DialectSpec,
    private readonly stats: StatsService,
  ) {}

  revisions(from: string, to: string, now: Date): Promise<PeriodRevision[]> {
    return listRevisions(this.dataSource, this.dialect, this.stats, from, to, now);
  }
}
