// The deadline warnings of StatsService: how many open cases are overdue or due soon, and the cases
// themselves, most urgent first.
import type { DataSource } from 'typeorm';
import { addLocalDays, DEFAULT_CLOCK_RULES, diffLocalDays, endOfLocalDay, localDate } from '@lianxin/domain';
import type { DialectSpec } from '../../db/dialect.js';
import { applySelection, readCasesThrough, selectFromCases, type CaseSelection } from '../case/case-query.js';
import type { CaseEntity } from '../case/case.entity.js';
import { checkPageSize } from '../common/pagination.js';
import { num, sumWhen } from './pivot-buckets.js';
import { WarningLevel } from './stats.types.js';

export interface WarningRow {
  level: WarningLevel;
  caseId: number;
  /** The case, when the warning's statement read it. */
  case: CaseEntity | null;
  dueAt: Date;
  daysLeft: number;
  deadlineKind: string;
}

/** How many open cases are overdue (red) and due within the clock's dueSoonDays (yellow): an aggregate. */
export async function countWarnings(
  dataSource: DataSource,
  dialect: DialectSpec,
  selection: CaseSelection,
): Promise<{ red: number; yellow: number }> {
  const asOf = dialect.timestamp(selection.asOf);
  const soon = dialect.timestamp(
    endOfLocalDay(addLocalDays(localDate(selection.asOf), DEFAULT_CLOCK_RULES.dueSoonDays)),
  );
  const qb = selectFromCases(dataSource, dialect, selection)
    .select(sumWhen('c.current_due_at < :asOf'), 'red')
    .addSelect(sumWhen('c.current_due_at >= :asOf'), 'yellow')
    .where('c.current_due_at IS NOT NULL')
    .andWhere('c.current_due_at <= :soon', { soon, asOf });
  applySelection(qb, selection, dialect);
  // The open cases lie together in the current-deadline index.
  const [sql, parameters] = qb.getQueryAndParameters();
  const [row]: { red: unknown; yellow: unknown }[] = await dataSource.query(
    readCasesThrough(sql, dialect, 'idx_case_list_current_due'),
    parameters,
  );
  return { red: num(row?.red), yellow: num(row?.yellow) };
}

/**
 * Open cases whose pending step is overdue or due within the clock's dueSoonDays, most urgent first. Read as
 * of now, the rows come with their cases (one statement, no second lookup).
 */
export async function readWarnings(
  dataSource: DataSource,
  dialect: DialectSpec,
  selection: CaseSelection,
  first: number | null | undefined,
): Promise<WarningRow[]> {
  const size = checkPageSize(first);
  const asOf = selection.asOf;
  const soon = endOfLocalDay(addLocalDays(localDate(asOf), DEFAULT_CLOCK_RULES.dueSoonDays));
  const qb = selectFromCases(dataSource, dialect, selection)
    .where('c.current_due_at IS NOT NULL')
    .andWhere('c.current_due_at <= :soon', { soon: dialect.timestamp(soon) })
    .orderBy('c.current_due_at', 'ASC')
    .addOrderBy('c.id', 'ASC')
    .limit(size);
  applySelection(qb, selection, dialect);
  selection.access.applyDetail(qb);
  const warning = (caseId: number, dueAt: Date, deadlineKind: string, found: CaseEntity | null) => ({
    caseId,
    dueAt,
    deadlineKind,
    case: found,
    level: dueAt.getTime() < asOf.getTime() ? WarningLevel.RED : WarningLevel.YELLOW,
    daysLeft: diffLocalDays(localDate(asOf), localDate(dueAt)),
  });
  if (!selection.asOfGiven) {
    const cases = (await qb.select('c').getMany()) as CaseEntity[];
    return cases.map((c) => warning(c.id, c.currentDueAt!, c.currentDeadline!, c));
  }
  const rows = await qb
    .select('c.id', 'id')
    .addSelect('c.current_due_at', 'due_at')
    .addSelect('c.current_deadline', 'deadline')
    .getRawMany<{ id: number; due_at: Date | string; deadline: string }>();
  return rows.map((row) => {
    const dueAt = dialect.readTimestamp(row.due_at);
    return warning(Number(row.id), dueAt, row.deadline, null);
  });
}
