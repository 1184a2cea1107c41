// Which index range a part of a page walks (case-page.ts): bounds that start the walk at the period's
// first case, looked up month by month, and the walk index SQLite is told to read.
import type { ObjectLiteral } from 'typeorm';
import { addLocalMonths, localDate } from '@lianxin/domain';
import type { DialectSpec } from '../../db/dialect.js';
import type { CaseSelection } from './case-query.js';
import type { CaseParent } from './case.service.js';
import { leadField, SORTS, type Part } from './case-page-order.js';

/**
 * The month of a case's receipt day, exactly as the month indexes of migration 14 store it (an index
 * on an expression serves only that expression), and a month ('YYYY-MM-01') as a value of it.
 */
function receiptMonthSql(dialect: DialectSpec, alias: string): string {
  return dialect.monthKey(`${alias}.received_on`);
}

/** Longest period (in months) whose bounds are looked up; longer ones walk unbounded (still correct). */
const MAX_PROBED_MONTHS = 120;

/**
 * Conditions that start the walk of `part` at the period's first case in the page's direction — the
 * smallest (ascending) or largest (descending) key among the cases received in the period, found with
 * one index seek per month of it — and, with `bothEnds`, stop it after the period's last. They hold
 * for every case of the selection, so they change which index entries are read, never the rows.
 * PostgreSQL gets the start only: a pair of bounds whose values its planner cannot see is costed as
 * a tiny range, which would tempt it away from better plans for selective filters.
 */
export function periodBounds(
  part: Part,
  dir: 'ASC' | 'DESC',
  selection: CaseSelection,
  dialect: DialectSpec,
  bothEnds: boolean,
): { sql: string; params: ObjectLiteral }[] {
  const probed = part.lead === 'id' || (part.lead !== 'received_on' && SORTS[leadField(part.lead)].probed);
  // Without a first day an ascending walk starts at the oldest cases, in the period anyway; a
  // descending one starts at the newest, in the period when it runs to today.
  const today = localDate(selection.asOf);
  const startsInPeriod = dir === 'ASC' ? !selection.from : !selection.to || selection.to >= today;
  if (!probed || !selection.from || (startsInPeriod && !bothEnds)) return [];
  const firstDay = selection.from;
  const lastDay = selection.to ?? today;
  if (lastDay < firstDay) return [];
  const months: string[] = [];
  for (let m = `${firstDay.slice(0, 7)}-01`; m <= lastDay; m = addLocalMonths(m, 1)) {
    months.push(m);
    if (months.length > MAX_PROBED_MONTHS) return [];
  }
  const params: ObjectLiteral = { listFromDay: firstDay, listToDay: lastDay };
  months.forEach((m, i) => (params[`listMonth${i}`] = dialect.monthKeyValue(m)));
  const values = months.map((_, i) => `(${dialect.monthKeyParameter(`listMonth${i}`)})`).join(', ');
  const bound = (end: 'ASC' | 'DESC') => {
    const [agg, cmp] = end === 'ASC' ? ['MIN', '>='] : ['MAX', '<='];
    return `c.${part.lead} ${cmp} (SELECT ${agg}(b.bound) FROM (SELECT (SELECT p.${part.lead} FROM petition_case p
        WHERE ${receiptMonthSql(dialect, 'p')} = m.column1
          AND p.received_on >= :listFromDay AND p.received_on <= :listToDay
          ${part.leadNotNull ? `AND p.${part.lead} IS NOT NULL` : ''}
        ORDER BY p.${part.lead} ${end} LIMIT 1) AS bound
      FROM (VALUES ${values}) m) b)`;
  };
  const far = dir === 'ASC' ? 'DESC' : 'ASC';
  return [{ sql: bound(dir), params }, ...(bothEnds ? [{ sql: bound(far), params }] : [])];
}

/** The walk index of each part's lead column (migration 14). */
const WALK_INDEX: Record<string, string> = {
  received_on: 'idx_case_list_received',
  id: 'idx_case_list_id',
  code: 'idx_case_list_code',
  due_at: 'idx_case_list_due',
  current_due_at: 'idx_case_list_current_due',
};

/**
 * SQLite's planner, with or without statistics, prefers reading a township's or category's period
 * through a receipt-day index and sorting it (tens of thousands of rows, all in the event loop) to
 * walking the sort key's index with the filters checked inside it. The walk index is named for it
 * (PostgreSQL's planner, which chooses well by itself, is named none) — unless a filter the walk
 * indexes do not hold narrows the selection much more (a village, a leader, a unit, statuses,
 * repeats, a KPI, a village-scoped user): then reading those few cases and sorting them is the better
 * plan, and SQLite finds it. Overdue and due-soon cases are read through the current-deadline index,
 * where they lie together.
 */
export function walkIndexToName(
  dialect: DialectSpec,
  part: Part,
  selection: CaseSelection,
  parent: CaseParent | undefined,
): string | null {
  if (!dialect.namesIndexes) return null;
  const f = selection.filter;
  if (f.overdue === true || f.dueSoon === true) return WALK_INDEX.current_due_at!;
  const narrowed =
    (f.villageCodes?.length ?? 0) > 0 ||
    (f.leaderIds?.length ?? 0) > 0 ||
    (f.unitIds?.length ?? 0) > 0 ||
    // Cases with a current deadline are the open ones: statuses do not narrow that walk.
    ((f.statuses?.length ?? 0) > 0 && part.lead !== 'current_due_at') ||
    f.repeat === true ||
    selection.kpi !== null ||
    Boolean(selection.access.user?.scope.villageCode) ||
    (parent !== undefined && parent.column !== 'township_code' && parent.column !== 'category_code');
  return narrowed ? null : (WALK_INDEX[part.lead] ?? null);
}
