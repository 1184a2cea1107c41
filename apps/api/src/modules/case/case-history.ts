// A case's facts over time: `case_fact_version` holds one row per instant at which a step changed
// what queries read (VERSIONED_COLUMNS), valid from that instant until the next one. An `asOf` read
// takes the version valid at asOf, which is exactly the row a database holding only the events up to
// asOf would have — the fold of those events.
import type { EntityManager } from 'typeorm';
import {
  CaseEventType as E,
  foldStep,
  initialFacts,
  type CaseFacts,
  SETTLING_MONTHS,
  addLocalMonths,
  isMonthClosed,
  localDate,
  startOfLocalDay,
  type KpiAnchor,
  type StepEvent,
} from '@lianxin/domain';
import type { Value } from '../../db/bulk-writer.js';
import type { DialectSpec } from '../../db/dialect.js';
import { factColumns, VERSIONED_COLUMNS, type CaseFactColumns } from './case-derived.js';

export const VERSION_TABLE = 'case_fact_version';
export const VERSION_TABLE_COLUMNS = ['case_id', 'valid_from', 'valid_to', ...VERSIONED_COLUMNS] as const;

type VersionedColumn = (typeof VERSIONED_COLUMNS)[number];

/** Row property of each versioned column. */
const PROPERTY: Record<VersionedColumn, keyof CaseFactColumns> = {
  status: 'status',
  forwarded_at: 'forwardedAt',
  accepted_at: 'acceptedAt',
  declined_at: 'declinedAt',
  leader_id: 'leaderId',
  unit_id: 'unitId',
  due_at: 'dueAt',
  leadership_due_at: 'leadershipDueAt',
  replied_at: 'repliedAt',
  delivered_at: 'deliveredAt',
  closed_at: 'closedAt',
  outcome: 'outcome',
  satisfaction: 'satisfaction',
  rated_at: 'ratedAt',
  review_requested_at: 'reviewRequestedAt',
  review_replied_at: 'reviewRepliedAt',
  review_changed: 'reviewChanged',
  rereview_requested_at: 'rereviewRequestedAt',
  rereview_replied_at: 'rereviewRepliedAt',
  reopened_at: 'reopenedAt',
  reopen_replied_at: 'reopenRepliedAt',
  reopened_after_closing_at: 'reopenedAfterClosingAt',
  repeat_of_id: 'repeatOfId',
  current_due_at: 'currentDueAt',
  current_deadline: 'currentDeadline',
};

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

/** Whether two fact states differ in anything a query reads. */
export function versionChanged(before: CaseFactColumns, after: CaseFactColumns): boolean {
  return VERSIONED_COLUMNS.some((column) => !same(before[PROPERTY[column]], after[PROPERTY[column]]));
}

export interface FactVersion {
  validFrom: Date;
  validTo: Date | null;
  columns: CaseFactColumns;
}

/**
 * Folds a recorded timeline (ordered, starting with REGISTERED) into the case's final facts and its
 * versions: one per instant at which the versioned columns changed.
 */
export function foldTimeline(events: readonly StepEvent[]): { facts: CaseFacts; versions: FactVersion[] } {
  const [first, ...rest] = events;
  if (!first || first.type !== E.REGISTERED) throw new RangeError('A timeline starts with REGISTERED.');
  let facts = initialFacts(first.at);
  const versions: FactVersion[] = [{ validFrom: first.at, validTo: null, columns: factColumns(facts) }];
  rest.forEach((event, i) => {
    facts = foldStep(facts, event);
    // Events of the same instant make one version: the state after the last of them.
    const next = rest[i + 1];
    if (next && next.at.getTime() === event.at.getTime()) return;
    const columns = factColumns(facts);
    const last = versions[versions.length - 1]!;
    if (!versionChanged(last.columns, columns)) return;
    if (last.validFrom.getTime() === event.at.getTime()) last.columns = columns;
    else {
      last.validTo = event.at;
      versions.push({ validFrom: event.at, validTo: null, columns });
    }
  });
  return { facts, versions };
}

/** A version as bulk-writer values, in VERSION_TABLE_COLUMNS order. */
export function versionValues(caseId: number, version: FactVersion): Value[] {
  return [
    caseId,
    version.validFrom,
    version.validTo,
    ...VERSIONED_COLUMNS.map((column) => version.columns[PROPERTY[column]] as Value),
  ];
}

/**
 * Records the facts a live step left, valid from `at`, inside the step's transaction: the open
 * version ends at `at` (a version begun at the same instant is replaced), and the case row notes when
 * its facts last changed (`facts_changed_at`, which lets closed-period reads skip the versions).
 */
export async function recordVersion(
  m: EntityManager,
  dialect: DialectSpec,
  caseId: number,
  at: Date,
  columns: CaseFactColumns,
): Promise<void> {
  const ts = dialect.parameter(at);
  const [p1, p2] = [dialect.placeholder(1), dialect.placeholder(2)];
  await m.query(`DELETE FROM ${VERSION_TABLE} WHERE case_id = ${p1} AND valid_from = ${p2}`, [caseId, ts]);
  await m.query(`UPDATE ${VERSION_TABLE} SET valid_to = ${p1} WHERE case_id = ${p2} AND valid_to IS NULL`, [
    ts,
    caseId,
  ]);
  const values = versionValues(caseId, { validFrom: at, validTo: null, columns });
  await m.query(
    `INSERT INTO ${VERSION_TABLE} (${VERSION_TABLE_COLUMNS.join(', ')}) VALUES (${dialect.placeholders(values.length)})`,
    values.map((v) => dialect.parameter(v)),
  );
  await m.query(`UPDATE petition_case SET facts_changed_at = ${p1} WHERE id = ${p2}`, [ts, caseId]);
}

/** Which date places a case in a KPI's period (the domain's KpiAnchor). */
export type ReadAnchor = KpiAnchor;

/**
 * The index whose range reads the cases anchored on a few days (a write's rollup refresh); SQLite is
 * named it, since it would rather take all of a township's cases in a category.
 */
export const ANCHOR_INDEX: Record<ReadAnchor, string> = {
  RECEIVED: 'idx_case_township_category',
  DUE: 'idx_case_list_due',
  RATED: 'idx_case_rated_at',
  CLOSED: 'idx_case_closed_at',
  REVIEW_ANSWERED: 'idx_case_review_replied_at',
};

/** The column of `petition_case` holding each anchor's date (receipt's day; the others are instants). */
export const ANCHOR_COLUMN: Record<ReadAnchor, string> = {
  RECEIVED: 'received_on',
  DUE: 'due_at',
  RATED: 'rated_at',
  CLOSED: 'closed_at',
  REVIEW_ANSWERED: 'review_replied_at',
};

const ANCHOR_DAY: Record<ReadAnchor, (dialect: DialectSpec, alias: string) => string> = {
  RECEIVED: () => 'p.received_on',
  DUE: (d, a) => d.localDayOf(`${a}.due_at`),
  RATED: (d, a) => d.localDayOf(`${a}.rated_at`),
  CLOSED: (d, a) => d.localDayOf(`${a}.closed_at`),
  REVIEW_ANSWERED: (d, a) => d.localDayOf(`${a}.review_replied_at`),
};

export interface CaseReadOptions {
  dialect: DialectSpec;
  /** Every column of `petition_case`, in any order: the subquery has them all. */
  caseColumns: readonly string[];
  /** Read each case as of `:asOf` (its version then) instead of its current row. */
  asOfGiven: boolean;
  /**
   * For a KPI: the anchor whose month decides when the case's facts are frozen. A case whose anchor
   * month closed before `:asOf` is read as of that close (closed periods never move); null: no freezing.
   */
  anchor: ReadAnchor | null;
  graceDays: number;
  /** The instant `:asOf` binds: which months have closed is worked out from it once, not per row. */
  asOf: Date;
}

/** frozenBeforeDay's answers by anchor, grace and local day: months close at the end of a local day. */
const frozenBefore = new Map<string, string>();

/** The first local day after the last month closed for the anchor at `asOf` (cases anchored before it are frozen). */
export function frozenBeforeDay(anchor: ReadAnchor, asOf: Date, graceDays: number): string {
  const today = localDate(asOf);
  const key = `${anchor}|${graceDays}|${today}`;
  let day = frozenBefore.get(key);
  if (day === undefined) {
    let month = `${today.slice(0, 7)}-01`;
    while (!isMonthClosed(month, asOf, graceDays, anchor)) month = addLocalMonths(month, -1);
    day = addLocalMonths(month, 1);
    // A request asks a handful of keys a day; asOf reads of the past add theirs.
    if (frozenBefore.size >= 10_000) frozenBefore.clear();
    frozenBefore.set(key, day);
  }
  return day;
}

/**
 * SQL: the case's anchor (as `alias` reads it) falls on a local day before `day` — or, `before` false,
 * has no anchor or one on `day` or later. Compared as instants (the day's start): no date arithmetic
 * per row, and the anchor's index can serve it.
 */
function anchorBeforeSql(o: CaseReadOptions, anchor: ReadAnchor, alias: string, before: boolean): string {
  const day = frozenBeforeDay(anchor, o.asOf, o.graceDays);
  const [column, bound] =
    anchor === 'RECEIVED'
      ? ['p.received_on', `'${day}'`]
      : [`${alias}.${ANCHOR_COLUMN[anchor]}`, o.dialect.timestampLiteral(startOfLocalDay(day))];
  return before ? `${column} < ${bound}` : `(${column} IS NULL OR ${column} >= ${bound})`;
}

/**
 * The cases as a query reads them, as a subquery with every column of `petition_case` (binds
 * `:asOf`): the current rows, or each case's version valid at asOf; and for a KPI, the version valid
 * at its anchor month's close where that came first. Columns no step changes come from the case.
 */
export function casesReadSql(o: CaseReadOptions): string {
  if (!o.asOfGiven && o.anchor === null) return 'petition_case';
  const versioned = new Set<string>(VERSIONED_COLUMNS);
  // n: the case as of asOf (the version then, or the row itself).
  const n = o.asOfGiven ? 'n' : 'p';
  const joinNow = o.asOfGiven
    ? `JOIN ${VERSION_TABLE} n ON n.case_id = p.id AND n.valid_from <= :asOf AND (n.valid_to IS NULL OR n.valid_to > :asOf)`
    : '';
  if (o.anchor === null) {
    const select = o.caseColumns.map((c) => (versioned.has(c) ? `n.${c}` : `p.${c}`)).join(', ');
    return `(SELECT ${select} FROM petition_case p ${joinNow})`;
  }
  if (!o.asOfGiven) return frozenAtCloseSql({ ...o, anchor: o.anchor }, versioned);
  // f: the version valid at the close of the anchor's month, joined only when that close is before asOf.
  const close = o.dialect.monthCloseStart(
    ANCHOR_DAY[o.anchor](o.dialect, n),
    o.graceDays,
    SETTLING_MONTHS[o.anchor],
  );
  const select = o.caseColumns
    .map((c) =>
      versioned.has(c) ? `CASE WHEN f.case_id IS NULL THEN ${n}.${c} ELSE f.${c} END AS ${c}` : `p.${c}`,
    )
    .join(', ');
  // The version valid at the close is the last one begun before it: one index seek on (case_id,
  // valid_from) per case, the close computed once per case rather than once per version.
  // Frozen exactly when the anchor month has closed at asOf: one comparison with a day worked out once.
  const frozen = anchorBeforeSql(o, o.anchor, n, true);
  return `(SELECT ${select} FROM petition_case p ${joinNow}
            LEFT JOIN ${VERSION_TABLE} f ON f.case_id = p.id AND ${frozen}
             AND f.valid_from = (SELECT MAX(l.valid_from) FROM ${VERSION_TABLE} l
                                  WHERE l.case_id = p.id AND l.valid_from < ${close}))`;
}

/**
 * casesReadSql for a KPI read as of now: a case whose anchor month has closed is read as known at the
 * close. Most such cases have not changed since (facts_changed_at before the close): their row is
 * that version, so they are read straight from petition_case through its indexes, and only the cases
 * changed after the close look their version up. The two arms are complementary (a NULL anchor date
 * is never frozen), and the filters of the outer query reach into both.
 */
function frozenAtCloseSql(o: CaseReadOptions & { anchor: ReadAnchor }, versioned: Set<string>): string {
  const day = ANCHOR_DAY[o.anchor](o.dialect, 'p');
  const close = o.dialect.monthCloseStart(day, o.graceDays, SETTLING_MONTHS[o.anchor]);
  const current = o.caseColumns.map((c) => `p.${c}`).join(', ');
  // The anchor date itself is read from the row in both arms, so the period's condition on it reaches
  // its index: it is the same in the version at the close, since an anchor date never moves once set
  // and passed (a passed due date is never moved; the first rating, the first closing and the review
  // answer are kept) — the as-of tests check the reads against the events.
  const anchorColumn = ANCHOR_COLUMN[o.anchor];
  const atClose = o.caseColumns
    .map((c) =>
      versioned.has(c) && c !== anchorColumn
        ? `CASE WHEN f.case_id IS NULL THEN p.${c} ELSE f.${c} END AS ${c}`
        : `p.${c}`,
    )
    .join(', ');
  return `(SELECT ${current} FROM petition_case p
            WHERE ${anchorBeforeSql(o, o.anchor, 'p', false)} OR p.facts_changed_at < ${close}
          UNION ALL
          SELECT ${atClose} FROM petition_case p
            LEFT JOIN ${VERSION_TABLE} f ON f.case_id = p.id
             AND f.valid_from = (SELECT MAX(l.valid_from) FROM ${VERSION_TABLE} l
                                  WHERE l.case_id = p.id AND l.valid_from < ${close})
            WHERE ${anchorBeforeSql(o, o.anchor, 'p', true)}
              AND (p.facts_changed_at IS NULL OR p.facts_changed_at >= ${close}))`;
}
