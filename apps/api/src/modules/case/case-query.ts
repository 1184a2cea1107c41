// Turns a validated CaseFilter into SQL conditions over `petition_case c`. The one place that knows
// how a filter reads, shared by case lists, KPIs, pivots, workloads and warnings.
import type { DataSource, SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import {
  addLocalDays,
  DEFAULT_CLOCK_RULES,
  DEFAULT_PERIOD_GRACE_DAYS,
  endOfLocalDay,
  localDate,
  startOfLocalDay,
  KpiCode,
} from '@lianxin/domain';
import type { DialectSpec } from '../../db/dialect.js';
import type { AccessPolicy } from '../access/access-policy.js';
import { badUserInput } from '../common/errors.js';
import { KPI_SQL, LATE_SQL, missedSql, notTrue, type Anchor } from '../stats/kpi-sql.js';
import { ANCHOR_COLUMN, casesReadSql, type ReadAnchor } from './case-history.js';
import { CaseEntity } from './case.entity.js';
import { KpiPart, type CaseFilter } from './case.types.js';

const MAX_TEXT_LENGTH = 100;

/** A filter checked and resolved against an instant: what every query of a request works from. */
export interface CaseSelection {
  filter: CaseFilter;
  from: string | null;
  to: string | null;
  asOf: Date;
  /** True when the client chose asOf; false when it is the request's "now". */
  asOfGiven: boolean;
  kpi: KpiCode | null;
  kpiPart: KpiPart;
  /** Who asks: every query built from this selection stays within their reach. */
  access: AccessPolicy;
}

/** Checks what the schema cannot: ranges, lengths, combinations. References are checked by the service. */
export function selectCases(
  filter: CaseFilter | null | undefined,
  now: Date,
  access: AccessPolicy,
): CaseSelection {
  const f = filter ?? {};
  access.checkFilter(f);
  const from = f.from ?? null;
  const to = f.to ?? null;
  if (from && to && from > to)
    throw badUserInput('filter.from', `period starts after it ends: ${from} > ${to}`);
  if (f.text != null && f.text.length > MAX_TEXT_LENGTH) {
    throw badUserInput('filter.text', `text is limited to ${MAX_TEXT_LENGTH} characters`);
  }
  if (f.kpiPart && !f.kpi) throw badUserInput('filter.kpiPart', 'kpiPart needs kpi');
  if (f.rated === false && f.satisfactions != null)
    throw badUserInput('filter.rated', 'rated: false selects unrated cases, which have no satisfaction');
  return {
    filter: f,
    from,
    to,
    asOf: f.asOf ?? now,
    asOfGiven: f.asOf != null,
    kpi: f.kpi ?? null,
    kpiPart: f.kpiPart ?? KpiPart.DENOMINATOR,
    access,
  };
}

/** Days after a month before its KPIs close (config PERIOD_GRACE_DAYS), set once at start-up. */
let periodGraceDays = DEFAULT_PERIOD_GRACE_DAYS;

export function configurePeriods(graceDays: number): void {
  if (!Number.isInteger(graceDays) || graceDays < 0)
    throw new RangeError(`PERIOD_GRACE_DAYS must be a non-negative integer, got ${graceDays}`);
  periodGraceDays = graceDays;
}

export function periodGrace(): number {
  return periodGraceDays;
}

/**
 * A query over `c`, the cases as the selection sees them: `petition_case` itself when asOf is now,
 * or — when the client chose asOf — each case's facts as of that instant (case_fact_version), so a
 * past date answers what was known then. With a KPI `anchor`, a case whose anchor month has closed
 * is read as of that close: a closed period's KPIs never move (a revision is the only way).
 */
export function selectFromCases(
  dataSource: DataSource,
  dialect: DialectSpec,
  selection: CaseSelection,
  anchor: ReadAnchor | null = null,
) {
  const qb = dataSource.createQueryBuilder();
  const source = casesRead(dataSource, dialect, selection, anchor);
  return source === 'petition_case' ? qb.from(CaseEntity, 'c') : qb.from(source, 'c');
}

/**
 * Names the index SQLite reads `petition_case c` through (INDEXED BY), where its planner would take a
 * broad equality index over a narrow partial one (a township's 77k cases instead of the few open
 * ones). PostgreSQL's planner chooses; a statement that reads the cases through a subquery (a past
 * asOf, a frozen KPI) is left as it is.
 */
export function readCasesThrough(sql: string, dialect: DialectSpec, index: string | null): string {
  if (!dialect.namesIndexes || !index) return sql;
  return sql.replace(
    /FROM "petition_case" "c"(?! INDEXED)/,
    `FROM ${dialect.indexHint('"petition_case" "c"', index)}`,
  );
}

/** The anchor a KPI list (the cases behind a number) freezes by, so the list matches the number. */
export function kpiAnchorOf(selection: CaseSelection): ReadAnchor | null {
  return selection.kpi ? KPI_SQL[selection.kpi].anchor : null;
}

/** Joins `c`, the cases as the selection sees them (see selectFromCases), to a query over something else. */
export function joinCases<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  dataSource: DataSource,
  dialect: DialectSpec,
  selection: CaseSelection,
  condition: string,
): SelectQueryBuilder<T> {
  const source = casesRead(dataSource, dialect, selection, null);
  if (source === 'petition_case') return qb.innerJoin(CaseEntity, 'c', condition);
  return qb.innerJoin((sub) => sub.select('*').from(source, 'cases_read'), 'c', condition);
}

function casesRead(
  dataSource: DataSource,
  dialect: DialectSpec,
  selection: CaseSelection,
  anchor: ReadAnchor | null,
): string {
  return casesReadSql({
    dialect,
    caseColumns: dataSource.getMetadata(CaseEntity).columns.map((column) => column.databaseName),
    asOfGiven: selection.asOfGiven,
    anchor,
    graceDays: periodGraceDays,
    asOf: selection.asOf,
  });
}

/** SQL for the local day of a case's anchor date. */
export function anchorDay(anchor: Anchor, dialect: DialectSpec): string {
  switch (anchor) {
    case 'RECEIVED':
      return 'c.received_on';
    case 'DUE':
      return dialect.localDayOf('c.due_at');
    case 'RATED':
      return dialect.localDayOf('c.rated_at');
    case 'CLOSED':
      return dialect.localDayOf('c.closed_at');
    case 'REVIEW_ANSWERED':
      return dialect.localDayOf('c.review_replied_at');
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/**
 * Adds the selection's conditions to a query over `petition_case c`. `anchor` says which date the
 * period applies to (receipt unless a KPI says otherwise; null: none, for queries that apply the
 * period to something else, like event days).
 */
export function applySelection<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  selection: CaseSelection,
  dialect: DialectSpec,
  anchor: Anchor | null = selection.kpi ? KPI_SQL[selection.kpi].anchor : 'RECEIVED',
): SelectQueryBuilder<T> {
  const { filter: f, from, to, asOf } = selection;
  qb.andWhere('c.received_at <= :asOf', { asOf: dialect.timestamp(asOf) });
  selection.access.applyReach(qb);

  if (anchor === null) {
    // The caller places the period.
  } else if (anchor === 'RECEIVED') {
    if (from) qb.andWhere('c.received_on >= :fromDay', { fromDay: from });
    if (to) qb.andWhere('c.received_on <= :toDay', { toDay: to });
  } else {
    const column = `c.${ANCHOR_COLUMN[anchor]}`;
    // A rating or closure after asOf has not happened yet (the domain's factsAsOf). A due date is no
    // event: it may lie ahead, but only for a case accepted by asOf.
    if (anchor === 'DUE') qb.andWhere('c.accepted_at <= :asOf');
    else qb.andWhere(`${column} <= :asOf`);
    if (anchor === 'RATED') qb.andWhere('c.satisfaction IS NOT NULL');
    if (from) qb.andWhere(`${column} >= :fromTs`, { fromTs: dialect.timestamp(startOfLocalDay(from)) });
    if (to) {
      qb.andWhere(`${column} <= :toTs`, { toTs: dialect.timestamp(endOfLocalDay(to)) });
      // Implied (nothing is due, rated or closed before it is received), and lets the receipt-day
      // indexes bound the scan.
      qb.andWhere('c.received_on <= :toDay', { toDay: to });
    }
  }

  const lists: [keyof CaseFilter, string][] = [
    ['townshipCodes', 'c.township_code'],
    ['villageCodes', 'c.village_code'],
    ['categoryCodes', 'c.category_code'],
    ['channels', 'c.channel'],
    ['matterTypes', 'c.matter_type'],
    ['statuses', 'c.status'],
    ['leaderIds', 'c.leader_id'],
    ['unitIds', 'c.unit_id'],
  ];
  for (const [key, column] of lists) {
    const values = f[key] as readonly unknown[] | null | undefined;
    if (values == null) continue;
    if (values.length === 0) qb.andWhere('1 = 0');
    else qb.andWhere(`${column} IN (:...${key})`, { [key]: values });
  }

  if (f.overdue != null) {
    qb.andWhere(
      f.overdue ? 'c.current_due_at < :asOf' : '(c.current_due_at IS NULL OR c.current_due_at >= :asOf)',
    );
  }
  if (f.dueSoon != null) {
    const soon = dialect.timestamp(
      endOfLocalDay(addLocalDays(localDate(asOf), DEFAULT_CLOCK_RULES.dueSoonDays)),
    );
    qb.andWhere(
      f.dueSoon
        ? '(c.current_due_at >= :asOf AND c.current_due_at <= :soon)'
        : '(c.current_due_at IS NULL OR c.current_due_at < :asOf OR c.current_due_at > :soon)',
      { soon },
    );
  }
  if (f.repeat != null) qb.andWhere(f.repeat ? 'c.repeat_of_id IS NOT NULL' : 'c.repeat_of_id IS NULL');
  // Rated as 参评率 counts it (a rating after asOf has not happened yet); the rating date leads, so the
  // partial index on it (idx_case_rated_at) serves both.
  const rated = KPI_SQL[KpiCode.RATING_PARTICIPATION].numerator;
  if (f.satisfactions != null) {
    if (f.satisfactions.length === 0) qb.andWhere('1 = 0');
    else
      qb.andWhere(`(c.rated_at <= :asOf AND c.satisfaction IN (:...satisfactions))`, {
        satisfactions: f.satisfactions,
      });
  }
  if (f.rated != null) qb.andWhere(f.rated ? rated : notTrue(rated));
  if (f.late != null) qb.andWhere(f.late ? LATE_SQL : notTrue(LATE_SQL));
  if (f.text) {
    qb.andWhere("(c.title LIKE :text ESCAPE '\\' OR c.summary LIKE :text ESCAPE '\\')", {
      text: `%${escapeLike(f.text)}%`,
    });
  }
  if (selection.kpi) {
    const sql = KPI_SQL[selection.kpi];
    if (selection.kpiPart === KpiPart.MISSED) qb.andWhere(missedSql(selection.kpi));
    else qb.andWhere(sql.denominator);
    if (selection.kpiPart === KpiPart.NUMERATOR) qb.andWhere(sql.numerator);
  }
  return qb;
}
