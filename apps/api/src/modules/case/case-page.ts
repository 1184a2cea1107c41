// The case list's page statements: keyset pages of cases in a stable order, for the top-level list and
// for nested lists (a township's, a leader's … cases). Shaped so that, at a million cases, every sort
// the list offers reads an index range that stops after the page instead of sorting the selection:
// - the walk indexes of migration 14 lead with the sort key and carry township, category and receipt
//   day, so those filters are checked inside the index and only rows of the page visit the table;
// - RECEIVED_AT is read as (receipt day, receipt time, id), the same order since the day is the
//   local day of the time, so the period itself is the index range;
// - the other keys do not follow receipt exactly, so the period's first (or last) key is looked up
//   month by month (one index seek per month, on the month indexes) and starts the walk there;
// - a sort whose key may be NULL (nulls last in both directions) is read in two parts, the keyed
//   cases first and the others by id, each part in index order;
// - SQLite is told which walk index to read (walkIndexToName), PostgreSQL's planner chooses.
// Reads of the past (asOf) and KPI lists read cases through a subquery (case-history): they keep the
// plain statement, whose order is the same.
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { addLocalMonths, localDate } from '@lianxin/domain';
import type { DialectSpec } from '../../db/dialect.js';
import { badUserInput } from '../common/errors.js';
import { checkPageSize, decodeCursor, encodeCursor, type CursorPosition } from '../common/pagination.js';
import {
  applySelection,
  kpiAnchorOf,
  readCasesThrough,
  selectFromCases,
  type CaseSelection,
} from './case-query.js';
import type { CaseEntity } from './case.entity.js';
import type { CasePage, CaseParent } from './case.service.js';
import { CaseOrderField, SortDirection, type CaseOrder } from './case.types.js';

interface SortSpec {
  column: string;
  /** Cases without a value sort last, in both directions, by id. */
  nullable: boolean;
  /** No two cases share a value (the code): the value alone orders and resumes. */
  unique: boolean;
  /** The period's first (or last) value starts the walk, looked up per month of the period. */
  probed: boolean;
  /** The value of the sort key on a loaded case, as the cursor stores it. */
  valueOf(c: CaseEntity): string | null;
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export const SORTS: Record<CaseOrderField, SortSpec> = {
  [CaseOrderField.ID]: { column: 'id', nullable: false, unique: true, probed: true, valueOf: () => null },
  [CaseOrderField.CODE]: {
    column: 'code',
    nullable: false,
    unique: true,
    probed: true,
    valueOf: (c) => c.code,
  },
  [CaseOrderField.RECEIVED_AT]: {
    column: 'received_at',
    nullable: false,
    unique: false,
    probed: false,
    valueOf: (c) => iso(c.receivedAt),
  },
  [CaseOrderField.DUE_AT]: {
    column: 'due_at',
    nullable: true,
    unique: false,
    probed: true,
    valueOf: (c) => iso(c.dueAt),
  },
  [CaseOrderField.CURRENT_DUE_AT]: {
    column: 'current_due_at',
    nullable: true,
    unique: false,
    // Few cases have one (the open ones): their partial index is walked whole at worst.
    probed: false,
    valueOf: (c) => iso(c.currentDueAt),
  },
};

/**
 * The month of a case's receipt day, exactly as the month indexes of migration 14 store it (an index
 * on an expression serves only that expression), and a month ('YYYY-MM-01') as a value of it.
 */
export function receiptMonthSql(dialect: DialectSpec, alias: string): string {
  return dialect.monthKey(`${alias}.received_on`);
}

/** Longest period (in months) whose bounds are looked up; longer ones walk unbounded (still correct). */
const MAX_PROBED_MONTHS = 120;
/** Parents per statement when nested lists are a UNION ALL (SQLite allows 500 arms by default). */
const PARENTS_PER_STATEMENT = 100;

type Key = string | number | null;

/** One part of the order: the cases it holds, and how they are ordered within it. */
interface Part {
  /** The sort column (`c.`-less) the part is ordered by first. */
  lead: string;
  /** Columns of the order, lead first, each in the page's direction. */
  keys: string[];
  /** Which cases the part holds (null: all). */
  holds: string | null;
  /** Condition for "after the cursor" within the part; false: the cursor lies past this part. */
  after: { sql: string; params: ObjectLiteral } | null | false;
  /** The part holds only cases with a lead value (its bounds are looked up among those). */
  leadNotNull: boolean;
}

export interface PageReader {
  dataSource: DataSource;
  dialect: DialectSpec;
  byIds(ids: readonly number[]): Promise<CaseEntity[]>;
}

/**
 * Pages of cases in a stable keyset order: one page for the whole selection, or one page per parent
 * (a township's cases …) in one or two statements, however many parents are asked for.
 */
export async function casePages(
  reader: PageReader,
  selection: CaseSelection,
  order: CaseOrder,
  first: number | null | undefined,
  after: string | null | undefined,
  parent?: CaseParent,
): Promise<Map<Key, CasePage>> {
  const size = checkPageSize(first);
  const sort = SORTS[order.field];
  const sortKey = `${order.field}:${order.direction}`;
  const position = after ? decodeCursor(after, sortKey) : null;
  if (position && position.value === null && order.field !== CaseOrderField.ID && !sort.nullable)
    throw badUserInput('after', 'malformed cursor');
  if (parent && parent.values.length === 0) return new Map();

  // `c` is petition_case itself unless the selection reads the past or a KPI's frozen months.
  const direct = !selection.asOfGiven && kpiAnchorOf(selection) === null;
  const ids = direct
    ? await directPageIds(reader, selection, order, size, position, parent)
    : await derivedPageIds(reader, selection, order, size, position, parent);

  const all = [...ids.values()].flat();
  const cases = all.length ? await reader.byIds(all) : [];
  const byId = new Map(cases.map((c) => [c.id, c]));
  const result = new Map<Key, CasePage>();
  for (const [key, list] of ids) {
    const found = list.flatMap((id) => byId.get(id) ?? []);
    if (found.length === 0) continue;
    const page = found.slice(0, size);
    result.set(key, {
      cases: page,
      cursors: page.map((c) => encodeCursor({ sort: sortKey, value: sort.valueOf(c), id: c.id })),
      hasNextPage: found.length > size,
    });
  }
  return result;
}

function timestampParam(dialect: DialectSpec, value: string): Date | string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw badUserInput('after', 'malformed cursor');
  return dialect.timestamp(date);
}

/** The parts of an order, each with its part of the cursor condition. */
function partsOf(order: CaseOrder, position: CursorPosition | null, dialect: DialectSpec): Part[] {
  const sort = SORTS[order.field];
  const cmp = order.direction === SortDirection.ASC ? '>' : '<';
  const col = `c.${sort.column}`;
  const afterId = position ? { sql: `c.id ${cmp} :afterId`, params: { afterId: position.id } } : null;
  if (order.field === CaseOrderField.ID) {
    return [{ lead: 'id', keys: ['id'], holds: null, after: afterId, leadNotNull: false }];
  }
  const afterValue =
    position && position.value !== null
      ? order.field === CaseOrderField.CODE
        ? position.value
        : timestampParam(dialect, position.value)
      : null;
  if (sort.unique) {
    const after = position ? { sql: `${col} ${cmp} :afterValue`, params: { afterValue } } : null;
    return [{ lead: sort.column, keys: [sort.column], holds: null, after, leadNotNull: false }];
  }
  // Row-value comparison: both databases walk the (column, id) index from the cursor on.
  const afterPair = position
    ? { sql: `(${col}, c.id) ${cmp} (:afterValue, :afterId)`, params: { afterValue, afterId: position.id } }
    : null;
  if (order.field === CaseOrderField.RECEIVED_AT) {
    // The cursor's receipt day starts the index range; the pair then skips that day's earlier cases.
    const after =
      afterPair && position?.value
        ? {
            sql: `c.received_on ${cmp}= :afterDay AND ${afterPair.sql}`,
            params: { ...afterPair.params, afterDay: localDate(new Date(position.value)) },
          }
        : afterPair;
    const keys = ['received_on', 'received_at', 'id'];
    return [{ lead: 'received_on', keys, holds: null, after, leadNotNull: false }];
  }
  if (!sort.nullable) throw new Error(`no order for ${order.field}`);
  const cursorInNulls = position !== null && position.value === null;
  return [
    {
      lead: sort.column,
      keys: [sort.column, 'id'],
      holds: `${col} IS NOT NULL`,
      after: cursorInNulls ? false : afterPair,
      leadNotNull: true,
    },
    {
      lead: 'id',
      keys: ['id'],
      holds: `${col} IS NULL`,
      // After a keyed cursor every case without a key follows.
      after: cursorInNulls ? afterId : null,
      leadNotNull: false,
    },
  ];
}

/**
 * Conditions that start the walk of `part` at the period's first case in the page's direction — the
 * smallest (ascending) or largest (descending) key among the cases received in the period, found with
 * one index seek per month of it — and, with `bothEnds`, stop it after the period's last. They hold
 * for every case of the selection, so they change which index entries are read, never the rows.
 * PostgreSQL gets the start only: a pair of bounds whose values its planner cannot see is costed as
 * a tiny range, which would tempt it away from better plans for selective filters.
 */
function periodBounds(
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
function walkIndexToName(
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

function leadField(column: string): CaseOrderField {
  const field = (Object.keys(SORTS) as CaseOrderField[]).find((f) => SORTS[f].column === column);
  if (!field) throw new Error(`no sort on ${column}`);
  return field;
}

/** Ids per parent (null: the whole selection), each list in page order, at most size + 1 long. */
async function directPageIds(
  reader: PageReader,
  selection: CaseSelection,
  order: CaseOrder,
  size: number,
  position: CursorPosition | null,
  parent: CaseParent | undefined,
): Promise<Map<Key, number[]>> {
  const { dataSource, dialect } = reader;
  const dir = order.direction === SortDirection.ASC ? 'ASC' : 'DESC';
  const keysOf = (value: unknown): Key =>
    parent ? (parent.column.endsWith('_id') ? Number(value) : String(value)) : null;
  const groups: Key[] = parent ? [...new Set(parent.values.map(keysOf))] : [null];
  const ids = new Map<Key, number[]>(groups.map((g) => [g, []]));

  for (const part of partsOf(order, position, dialect)) {
    if (part.after === false) continue;
    // Parents whose page (and the one case that says another page follows) is not full yet.
    const short = groups.filter((g) => ids.get(g)!.length <= size);
    if (short.length === 0) break;
    const qb = selectFromCases(dataSource, dialect, selection).select('c.id', 'id');
    applySelection(qb, selection, dialect);
    selection.access.applyDetail(qb);
    if (part.holds) qb.andWhere(part.holds);
    if (part.after) qb.andWhere(part.after.sql, part.after.params);
    const walkIndex = walkIndexToName(dialect, part, selection, parent);
    for (const bound of periodBounds(part, dir, selection, dialect, walkIndex !== null))
      qb.andWhere(bound.sql, bound.params);
    const orderBy = part.keys.map((k) => `c.${k} ${dir}`).join(', ');
    const limit = size + 1;

    const page = () =>
      `${readCasesThrough(qb.getQuery(), dialect, walkIndex)} ORDER BY ${orderBy} LIMIT ${limit}`;

    let rows: { id: number | string; parent?: unknown }[];
    if (!parent) {
      rows = await run(dataSource, page(), qb.getParameters());
    } else if (short.length === 1) {
      qb.andWhere(`c.${parent.column} = :listParent`, { listParent: short[0] });
      rows = (await run(dataSource, page(), qb.getParameters())).map((r) => ({ ...r, parent: short[0] }));
    } else {
      rows = await manyParents(reader, qb, walkIndex, part, dir, limit, parent.column, short);
    }
    for (const row of rows) ids.get(keysOf(row.parent ?? null))?.push(Number(row.id));
  }
  return ids;
}

/** One statement per part for many parents: LATERAL on PostgreSQL, a UNION ALL of pages on SQLite. */
async function manyParents(
  reader: PageReader,
  qb: SelectQueryBuilder<ObjectLiteral>,
  walkIndex: string | null,
  part: Part,
  dir: 'ASC' | 'DESC',
  limit: number,
  column: CaseParent['column'],
  values: Key[],
): Promise<{ id: number | string; parent: unknown }[]> {
  const { dataSource, dialect } = reader;
  // The sort keys travel out of each parent's page so the outer order is the page order.
  const keys = part.keys.filter((k) => k !== 'id');
  keys.forEach((k, i) => qb.addSelect(`c.${k}`, `k${i}`));
  const inner = part.keys.map((k) => `c.${k} ${dir}`).join(', ');
  const outer = ['parent', ...keys.map((_, i) => `k${i} ${dir}`), `id ${dir}`].join(', ');
  if (dialect.lateralJoins) {
    const type = column.endsWith('_id') ? 'integer[]' : 'text[]';
    const branch = qb.clone().addSelect(`c.${column}`, 'parent').andWhere(`c.${column} = p.value`);
    const sql = `SELECT x.* FROM unnest(CAST(:listParents AS ${type})) AS p(value)
      CROSS JOIN LATERAL (${branch.getQuery()} ORDER BY ${inner} LIMIT ${limit}) x
      ORDER BY ${outer.replace(/(^|, )/g, '$1x.')}`;
    return run(dataSource, sql, { ...branch.getParameters(), listParents: values });
  }
  const rows: { id: number | string; parent: unknown }[] = [];
  for (let start = 0; start < values.length; start += PARENTS_PER_STATEMENT) {
    const chunk = values.slice(start, start + PARENTS_PER_STATEMENT);
    const params: ObjectLiteral = {};
    const arms = chunk.map((value, i) => {
      const branch = qb
        .clone()
        .addSelect(`c.${column}`, 'parent')
        .andWhere(`c.${column} = :listParent${i}`, { [`listParent${i}`]: value });
      Object.assign(params, branch.getParameters());
      return `SELECT * FROM (${readCasesThrough(branch.getQuery(), dialect, walkIndex)} ORDER BY ${inner} LIMIT ${limit})`;
    });
    rows.push(...(await run(dataSource, `${arms.join(' UNION ALL ')} ORDER BY ${outer}`, params)));
  }
  return rows;
}

async function run<T = { id: number | string; parent: unknown }>(
  dataSource: DataSource,
  sql: string,
  params: ObjectLiteral,
): Promise<T[]> {
  const [query, bound] = dataSource.driver.escapeQueryWithParameters(sql, params);
  return dataSource.query(query, bound);
}

/**
 * The plain statement, for cases read through a subquery (asOf, KPI lists): nulls last by an
 * expression, nested pages numbered by a window over each parent's cases.
 */
async function derivedPageIds(
  reader: PageReader,
  selection: CaseSelection,
  order: CaseOrder,
  size: number,
  position: CursorPosition | null,
  parent: CaseParent | undefined,
): Promise<Map<Key, number[]>> {
  const { dataSource, dialect } = reader;
  const sort = SORTS[order.field];
  const col = `c.${sort.column}`;
  const dir = order.direction === SortDirection.ASC ? 'ASC' : 'DESC';
  const cmp = dir === 'ASC' ? '>' : '<';
  const qb = selectFromCases(dataSource, dialect, selection, kpiAnchorOf(selection)).select('c.id', 'id');
  applySelection(qb, selection, dialect);
  selection.access.applyDetail(qb);
  if (position) {
    if (order.field === CaseOrderField.ID) {
      qb.andWhere(`c.id ${cmp} :afterId`, { afterId: position.id });
    } else if (position.value === null) {
      qb.andWhere(`(${col} IS NULL AND c.id ${cmp} :afterId)`, { afterId: position.id });
    } else {
      const value =
        order.field === CaseOrderField.CODE ? position.value : timestampParam(dialect, position.value);
      qb.andWhere(
        `(${sort.nullable ? `${col} IS NULL OR ` : ''}(${col}, c.id) ${cmp} (:afterValue, :afterId))`,
        { afterValue: value, afterId: position.id },
      );
    }
  }
  const orderBy = [
    ...(sort.nullable ? [`(${col} IS NULL) ASC`] : []),
    ...(order.field === CaseOrderField.ID ? [] : [`${col} ${dir}`]),
    `c.id ${dir}`,
  ].join(', ');

  const ids = new Map<Key, number[]>();
  const push = (key: Key, id: number) => {
    const list = ids.get(key);
    if (list) list.push(id);
    else ids.set(key, [id]);
  };
  if (parent) {
    qb.addSelect(`c.${parent.column}`, 'parent')
      .addSelect(`ROW_NUMBER() OVER (PARTITION BY c.${parent.column} ORDER BY ${orderBy})`, 'rn')
      .andWhere(`c.${parent.column} IN (:...parentValues)`, { parentValues: parent.values });
    const [sql, params] = qb.getQueryAndParameters();
    const rows: { id: number; parent: string | number }[] = await dataSource.query(
      `SELECT t.id, t.parent FROM (${sql}) t WHERE t.rn <= ${size + 1} ORDER BY t.parent, t.rn`,
      params,
    );
    const numeric = parent.column.endsWith('_id');
    for (const r of rows) push(numeric ? Number(r.parent) : String(r.parent), Number(r.id));
  } else {
    const [sql, params] = qb.getQueryAndParameters();
    const rows: { id: number }[] = await dataSource.query(
      `${sql} ORDER BY ${orderBy} LIMIT ${size + 1}`,
      params,
    );
    for (const r of rows) push(null, Number(r.id));
  }
  return ids;
}
