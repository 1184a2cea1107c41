// leaderWorkloads (StatsService): per leader, the cases in charge, their state and KPIs, and the visits
// and instructions they made — three grouped statements over the selection, run at once and merged per
// leader. The KPIs are a pivot by leader (from the leader rollup where it answers, stats.service).
import type { DataSource } from 'typeorm';
import { CaseEventType, KpiCode, kpiValue, VisitKind } from '@lianxin/domain';
import type { DialectSpec } from '../../db/dialect.js';
import { applySelection, joinCases, selectFromCases, type CaseSelection } from '../case/case-query.js';
import { CaseEventEntity } from '../case/case-event.entity.js';
import { badUserInput } from '../common/errors.js';
import { KPI_SQL } from './kpi-sql.js';
import { num, sumWhen } from './pivot-buckets.js';
import type { WorkloadPart } from './requested-kpis.js';
import type { CaseStatsBucket } from './stats.types.js';

/** The KPIs asked of a pivot by leader (StatsService.caseStatsMany, KPIs only). */
type LeaderKpis = (kpis: readonly KpiCode[]) => Promise<CaseStatsBucket[]>;

const ALL_PARTS: ReadonlySet<WorkloadPart> = new Set(['cases', 'resolution', 'due', 'events']);

/**
 * Per leader: cases in charge, their state and KPIs, and the visits and instructions they made. Only the
 * statements of `parts` run (the others' fields read 0).
 */
export async function readLeaderWorkloads(
  dataSource: DataSource,
  dialect: DialectSpec,
  selection: CaseSelection,
  leaderIds: readonly number[],
  leaderKpis: LeaderKpis,
  parts: ReadonlySet<WorkloadPart> = ALL_PARTS,
) {
  if (selection.kpi)
    throw badUserInput('filter.kpi', 'kpi selects cases for a list; it does not apply to workloads');
  const asOf = dialect.timestamp(selection.asOf);
  const owned = selectFromCases(dataSource, dialect, selection)
    .select('c.leader_id', 'leader_id')
    .addSelect('COUNT(*)', 'owned')
    .addSelect(sumWhen("c.status NOT IN ('CLOSED', 'NOT_ACCEPTED')"), 'open')
    .addSelect(sumWhen("c.status = 'CLOSED'"), 'closed')
    .addSelect(
      sumWhen(`c.status = 'CLOSED' AND ${KPI_SQL[KpiCode.ON_TIME_CLOSURE].numerator}`),
      'closed_in_time',
    )
    .addSelect(sumWhen('c.current_due_at < :asOf'), 'overdue')
    .where('c.leader_id IS NOT NULL')
    .groupBy('c.leader_id');
  applySelection(owned, selection, dialect, 'RECEIVED');
  // The KPIs read closed months as known at their close (who led the case then, included).
  const kpis = [
    ...(parts.has('resolution') ? [KpiCode.LEADER_RESOLUTION] : []),
    ...(parts.has('due') ? [KpiCode.ON_TIME_CLOSURE] : []),
  ];

  const events = joinCases(
    dataSource.createQueryBuilder().from(CaseEventEntity, 'e'),
    dataSource,
    dialect,
    selection,
    'c.id = e.case_id',
  )
    .select('e.leader_id', 'leader_id')
    .addSelect('e.type', 'type')
    .addSelect('e.visit_kind', 'visit_kind')
    .addSelect('COUNT(*)', 'n')
    .where('e.leader_id IS NOT NULL')
    .andWhere('e.type IN (:...eventTypes)', {
      eventTypes: [CaseEventType.VISIT, CaseEventType.INSTRUCTION],
    })
    .andWhere('e.at <= :asOf', { asOf })
    .andWhere('e.leader_id IN (:...workloadLeaders)', {
      workloadLeaders: leaderIds.length ? leaderIds : [-1],
    })
    .groupBy('e.leader_id')
    .addGroupBy('e.type')
    .addGroupBy('e.visit_kind');
  if (selection.from) events.andWhere('e.occurred_on >= :eventFrom', { eventFrom: selection.from });
  if (selection.to) events.andWhere('e.occurred_on <= :eventTo', { eventTo: selection.to });
  // leaderIds chose the leaders; their visits and instructions count on any case, not only their own.
  applySelection(events, { ...selection, filter: { ...selection.filter, leaderIds: null } }, dialect, null);

  const rows = async (part: WorkloadPart, query: typeof owned) =>
    parts.has(part) ? query.getRawMany<Record<string, unknown>>() : [];
  const [ownedRows, kpiBuckets, eventRows] = await Promise.all([
    rows('cases', owned),
    kpis.length ? leaderKpis(kpis) : [],
    rows('events', events),
  ]);
  const byLeader = new Map(
    leaderIds.map((id) => [
      id,
      {
        leaderId: id,
        owned: 0,
        open: 0,
        closed: 0,
        closedInTime: 0,
        overdue: 0,
        closedOnTime: kpiValue(0, 0),
        resolution: kpiValue(0, 0),
        visits: Object.values(VisitKind).map((kind) => ({ kind, count: 0 })),
        instructions: 0,
      },
    ]),
  );
  for (const row of ownedRows) {
    const w = byLeader.get(num(row.leader_id));
    if (!w) continue;
    w.owned = num(row.owned);
    w.open = num(row.open);
    w.closed = num(row.closed);
    w.closedInTime = num(row.closed_in_time);
    w.overdue = num(row.overdue);
  }
  for (const bucket of kpiBuckets) {
    const w = bucket.leaderId == null ? undefined : byLeader.get(bucket.leaderId);
    if (!w) continue;
    if (parts.has('resolution')) w.resolution = bucket.kpis!.leaderResolution;
    if (parts.has('due')) w.closedOnTime = bucket.kpis!.onTimeClosure;
  }
  for (const row of eventRows) {
    const w = byLeader.get(num(row.leader_id));
    if (!w) continue;
    if (row.type === CaseEventType.INSTRUCTION) w.instructions += num(row.n);
    else {
      const visit = w.visits.find((v) => v.kind === row.visit_kind);
      if (visit) visit.count += num(row.n);
    }
  }
  return [...byLeader.values()].sort((a, b) => b.owned - a.owned || a.leaderId - b.leaderId);
}
