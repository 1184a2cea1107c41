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
// The orders and their cursor conditions are in case-page-order.ts, the index ranges in case-page-walk.ts.
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
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
import { partsOf, SORTS, timestampParam, type Part } from './case-page-order.js';
import { periodBounds, walkIndexToName } from './case-page-walk.js';

/** Parents per statement when nested lists are a UNION ALL (SQLite allows 500 arms by default). */
const PARENTS_PER_STATEMENT = 100;

type Key = string | number | null;

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
