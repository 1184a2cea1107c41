// Pivots answered from the rollups for ANY period, in one statement for all the pivots of a request
// that the rollups can answer. A period is split into the whole months it covers, read from a monthly
// rollup (the township one unless villages or leaders are involved), and its ragged edges — the days
// before its first whole month and after its last — read from the daily township rollup (for village
// and leader questions: from the cases, through the indexes, as of the close where their month has
// closed, exactly as a count over the cases would). Cases still waiting for a decision or reply with
// their window passed join the denominators: from the rollups' counters in closed months, counted live
// (few, open cases only) in months still open. Pivots over the same selection share their rows: each is
// one GROUP BY over a common table.
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { addLocalDays, addLocalMonths, type KpiCode } from '@lianxin/domain';
import type { DialectSpec, TimeUnit } from '../../db/dialect.js';
import { frozenBeforeDay } from '../case/case-history.js';
import {
  anchorDay,
  applySelection,
  periodGrace,
  readCasesThrough,
  selectFromCases,
  type CaseSelection,
} from '../case/case-query.js';
import { CLOSED_MONTH_PENDING, KPI_FROM_ROLLUP, KPI_SQL, PENDING_SQL, type Anchor } from './kpi-sql.js';
import { CaseDimension } from './stats.types.js';

export interface PivotAsk {
  selection: CaseSelection;
  groupBy: readonly CaseDimension[];
  kpis: readonly KpiCode[];
  /**
   * Only the KPIs are read: the buckets count 0 and are kept by their KPIs. Leader questions need it to
   * be answered from the leader rollup: it holds each case as KPIs read it (who led it at a closed
   * month's close), while a count reads cases as they are now (pivot-buckets readsChangingFacts).
   */
  kpisOnly?: boolean;
}

/** Which rollup rows a selection reads (stats.service rollupMatterRows). */
export interface MatterRows {
  accusations: boolean;
  others: boolean;
}

/** What a rollup row is keyed by besides its month or day (the leader only in case_leader_rollup). */
type PlaceDimension =
  CaseDimension.CATEGORY | CaseDimension.TOWNSHIP | CaseDimension.VILLAGE | CaseDimension.LEADER;
const PLACES: readonly PlaceDimension[] = [
  CaseDimension.CATEGORY,
  CaseDimension.TOWNSHIP,
  CaseDimension.VILLAGE,
  CaseDimension.LEADER,
];
const PLACE_COLUMN: Record<PlaceDimension, string> = {
  [CaseDimension.CATEGORY]: 'category_code',
  [CaseDimension.TOWNSHIP]: 'township_code',
  [CaseDimension.VILLAGE]: 'village_code',
  [CaseDimension.LEADER]: 'leader_id',
};
const TIME_UNITS = new Set<CaseDimension>([CaseDimension.MONTH, CaseDimension.QUARTER, CaseDimension.YEAR]);

/** At most one time unit plus the places: d0…d4 in every output row. */
const OUTPUT_DIMENSIONS = 5;

/** The monthly rollups: by township (the smallest), by village, by leader in charge. */
type MonthTable = 'case_township_rollup' | 'case_month_rollup' | 'case_leader_rollup';

/** Whether a question is about villages or leaders (grouped, filtered or the reader's area): no rollup has both. */
export function askedAbout(selection: CaseSelection, groupBy: readonly CaseDimension[]) {
  const { filter, access } = selection;
  return {
    villages:
      groupBy.includes(CaseDimension.VILLAGE) ||
      filter.villageCodes != null ||
      Boolean(access.rollupArea()?.villageCode),
    leaders: groupBy.includes(CaseDimension.LEADER) || filter.leaderIds != null,
  };
}

/** The monthly rollup an ask reads: the leader one, the village one, else the township one. */
function monthTableOf(ask: PivotAsk): MonthTable {
  const about = askedAbout(ask.selection, ask.groupBy);
  return about.leaders ? 'case_leader_rollup' : about.villages ? 'case_month_rollup' : 'case_township_rollup';
}

/** A period as whole months [first, last] (first days; null: unbounded) and ragged edges in days. */
export interface PeriodSplit {
  months: { first: string | null; last: string | null } | null;
  edges: { from: string; to: string }[];
}

const monthEnd = (month: string): string => addLocalDays(addLocalMonths(month, 1), -1);

/** Splits [from, to] (local days, either open-ended) into whole months and the days around them. */
export function splitPeriod(from: string | null, to: string | null): PeriodSplit {
  const first = from === null ? null : from.endsWith('-01') ? from : addLocalMonths(from, 1);
  const lastMonth = to === null ? null : to === monthEnd(to) ? addLocalMonths(to, 0) : addLocalMonths(to, -1);
  if (first !== null && lastMonth !== null && first > lastMonth) {
    // No whole month inside: the period is one edge.
    return { months: null, edges: [{ from: from!, to: to! }] };
  }
  const edges: PeriodSplit['edges'] = [];
  if (from !== null && first !== null && from < first) edges.push({ from, to: addLocalDays(first, -1) });
  if (to !== null && lastMonth !== null && to > monthEnd(lastMonth))
    edges.push({ from: addLocalMonths(lastMonth, 1), to });
  return { months: { first, last: lastMonth }, edges };
}

/**
 * A source: a selection whose rows the pivots asking it share (the KPI cards, the trend and the
 * breakdowns of one filter). Its rows carry their month when any pivot groups by time.
 */
interface Source {
  /** Selections of one request that ask the same: same reader, filter and instant, and rollup. */
  key: string;
  selection: CaseSelection;
  table: MonthTable;
  monthly: boolean;
  matter: MatterRows;
  /** Whether an ask of it reads the count of cases received (not only KPIs). */
  counted: boolean;
}

export interface RollupStatement {
  sql: string;
  parameters: Record<string, unknown>;
}

/**
 * Moves a query builder's SQL and parameters into a bigger statement, its parameter names prefixed
 * so that sibling parts binding the same names (fromDay, asOf …) to other values stay apart.
 */
function inline<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  prefix: string,
  into: Record<string, unknown>,
): string {
  const parameters = qb.getParameters();
  const names = Object.keys(parameters);
  if (names.length === 0) return qb.getQuery();
  for (const name of names) into[`${prefix}_${name}`] = parameters[name];
  // One pass over the text for all names (longest first, so that :asOf never takes :asOfDay's place).
  const alternatives = names.sort((a, b) => b.length - a.length).join('|');
  return qb.getQuery().replace(new RegExp(`(?<!:):(\\.\\.\\.)?(${alternatives})\\b`, 'g'), `:$1${prefix}_$2`);
}

export class RollupReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dialect: DialectSpec,
  ) {}

  /**
   * One statement answering every ask: rows `q` (the ask's index), `d0…d3` (its grouped dimensions
   * in order), `n` (cases received) and `<kpi>_n` / `<kpi>_d` for every KPI any ask wants.
   */
  statement(
    asks: readonly PivotAsk[],
    matterOf: (selection: CaseSelection) => MatterRows,
    limit: number | null,
  ): RollupStatement {
    const parameters: Record<string, unknown> = {};
    const kpis = [...new Set(asks.flatMap((a) => a.kpis))];
    const places = PLACES.filter((d) => asks.some((a) => a.groupBy.includes(d)));
    const sources: Source[] = [];
    const unitOf = (ask: PivotAsk) => (ask.groupBy.find((d) => TIME_UNITS.has(d)) ?? null) as TimeUnit | null;
    const sourceOf = asks.map((ask) => {
      const { filter, asOf, asOfGiven, access } = ask.selection;
      const table = monthTableOf(ask);
      const key = JSON.stringify([filter, asOf.getTime(), asOfGiven, table]);
      let index = sources.findIndex((s) => s.key === key && s.selection.access === access);
      if (index < 0) {
        index = sources.length;
        sources.push({
          key,
          selection: ask.selection,
          table,
          monthly: false,
          matter: matterOf(ask.selection),
          counted: false,
        });
      }
      if (unitOf(ask)) sources[index]!.monthly = true;
      if (!ask.kpisOnly) sources[index]!.counted = true;
      return index;
    });
    const parts = sources.flatMap((source, s) => this.sourceParts(source, s, places, kpis, parameters));
    // Quoted: KPI codes are upper case, and PostgreSQL folds unquoted names to lower case.
    const sums = [
      'SUM(t.n) AS n',
      ...kpis.flatMap((k) => [`SUM(t."${k}_n") AS "${k}_n"`, `SUM(t."${k}_d") AS "${k}_d"`]),
    ];
    const outputs = asks.map((ask, q) => {
      // Months (the rows' grain) into the unit asked.
      const dims = ask.groupBy.map((d) =>
        TIME_UNITS.has(d)
          ? d === CaseDimension.MONTH
            ? 't.d_time'
            : this.dialect.bucketStart('t.d_time', d as TimeUnit)
          : `t.d_${PLACE_COLUMN[d as PlaceDimension]}`,
      );
      // Output columns as text: one output's d0 may be a leader (an integer), another's a place.
      const columns = Array.from(
        { length: OUTPUT_DIMENSIONS },
        (_, i) => `${dims[i] ? `CAST(${dims[i]} AS TEXT)` : 'NULL'} AS d${i}`,
      );
      const group = dims.length ? ` GROUP BY ${dims.join(', ')}` : '';
      return `SELECT ${q} AS q, ${columns.join(', ')}, ${sums.join(', ')} FROM t WHERE t.s = ${sourceOf[q]}${group}`;
    });
    const sql =
      `WITH t AS MATERIALIZED (${parts.join('\nUNION ALL\n')})\n${outputs.join('\nUNION ALL\n')}` +
      (limit === null ? '' : ` LIMIT ${Math.floor(limit)}`);
    return { sql, parameters };
  }

  /** The rows of one source: whole months and ragged edges from the rollups, live pending parts. */
  private sourceParts(
    source: Source,
    s: number,
    places: readonly PlaceDimension[],
    kpis: readonly KpiCode[],
    parameters: Record<string, unknown>,
  ): string[] {
    const { selection } = source;
    const split = splitPeriod(selection.from, selection.to);
    const { table } = source;
    // Villages and leaders have no daily rollup: their edges come from the cases.
    const edgesFromCases = table !== 'case_township_rollup';
    const parts: string[] = [];
    const prefix = (part: string) => `s${s}${part}`;
    if (split.months) {
      const range = { first: split.months.first, last: split.months.last };
      parts.push(this.rollupPart(source, s, table, 'month', range, places, kpis, prefix('m'), parameters));
    }
    // The edges: per day from the township rollup, or — for questions about villages or leaders, which
    // have no daily rollup — from the cases (few: a village's or leaders' cases of a month or two).
    split.edges.forEach((edge, e) => {
      if (!edgesFromCases) {
        const range = { first: edge.from, last: edge.to };
        parts.push(
          this.rollupPart(
            source,
            s,
            'case_day_rollup',
            'day',
            range,
            places,
            kpis,
            prefix(`d${e}`),
            parameters,
          ),
        );
        return;
      }
      // The receipts' own part only where they are counted or a KPI is anchored at receipt.
      const anchors = new Set<Anchor>(kpis.map((k) => KPI_SQL[k].anchor));
      if (source.counted) anchors.add('RECEIVED');
      for (const anchor of anchors) {
        const frozen = kpis.some((k) => KPI_SQL[k].anchor === anchor);
        const qb = this.casesPart(source, s, places, kpis, anchor, frozen ? anchor : null, null);
        applySelection(qb, { ...selection, ...edge }, this.dialect, anchor);
        parts.push(this.summed(inline(qb, prefix(`e${e}${anchor}`), parameters), places, kpis));
      }
    });
    // Live pending parts, in months still open, of what the rollups answered: the whole period, or
    // only its whole months where the edges came from the cases (whose KPI formulas count them).
    const rolled = edgesFromCases
      ? split.months && { from: split.months.first, to: split.months.last && monthEnd(split.months.last) }
      : { from: selection.from, to: selection.to };
    for (const code of rolled ? kpis : []) {
      const pending = PENDING_SQL[code];
      if (!pending) continue;
      const open = frozenBeforeDay(pending.anchor, selection.asOf, periodGrace());
      const from = rolled!.from === null || rolled!.from < open ? open : rolled!.from;
      if (rolled!.to !== null && from > rolled!.to) continue;
      const qb = this.casesPart(source, s, places, kpis, pending.anchor, null, { pending: code });
      qb.andWhere(pending.condition);
      applySelection(qb, { ...selection, from, to: rolled!.to }, this.dialect, pending.anchor);
      const part = readCasesThrough(inline(qb, prefix(`p${code}`), parameters), this.dialect, pending.index);
      parts.push(this.summed(part, places, kpis));
    }
    return parts;
  }

  /**
   * A part read from the cases (a row per case), summed by the places and month the outputs group by
   * where the dialect sums parts (sumsRollupParts): PostgreSQL then materialises and sorts a row per
   * place instead of one per case (a leader question's ragged edge at 1M: some 20,000 cases).
   */
  private summed(part: string, places: readonly PlaceDimension[], kpis: readonly KpiCode[]): string {
    if (!this.dialect.sumsRollupParts) return part;
    const keys = ['s', ...places.map((d) => `d_${PLACE_COLUMN[d]}`), 'd_time'];
    const sums = ['n', ...kpis.flatMap((k) => [`${k}_n`, `${k}_d`])].map((c) => `SUM(x."${c}") AS "${c}"`);
    return `SELECT ${keys.map((k) => `x."${k}"`).join(', ')}, ${sums.join(', ')} FROM (${part}) x GROUP BY ${keys.map((k) => `x."${k}"`).join(', ')}`;
  }

  /**
   * Rows of a rollup table whose bucket (month or day) lies in [first, last] (null: unbounded). Written
   * as text, not through a query builder: a request has a dozen of these, and building and renaming
   * them through TypeORM cost more than the database spent reading them.
   */
  private rollupPart(
    source: Source,
    s: number,
    table: string,
    bucket: 'month' | 'day',
    range: { first: string | null; last: string | null },
    places: readonly PlaceDimension[],
    kpis: readonly KpiCode[],
    prefix: string,
    parameters: Record<string, unknown>,
  ): string {
    const { selection, matter } = source;
    const f = selection.filter;
    const area = selection.access.rollupArea()!;
    const has: Record<PlaceDimension, boolean> = {
      [CaseDimension.CATEGORY]: true,
      [CaseDimension.TOWNSHIP]: true,
      [CaseDimension.VILLAGE]: table === 'case_month_rollup',
      [CaseDimension.LEADER]: table === 'case_leader_rollup',
    };
    const bind = (name: string, value: unknown) => {
      parameters[`${prefix}_${name}`] = value;
      return `:${Array.isArray(value) ? '...' : ''}${prefix}_${name}`;
    };
    // Where the dialect sums parts (sumsRollupParts), by what the outputs group by: a day edge of a
    // district-wide filter is some 30 days × every township × category row, a period's months as many
    // again; summed first, each part is one row per place (and month) it answers.
    const sum = this.dialect.sumsRollupParts ? (sql: string) => `SUM(${sql})` : (sql: string) => sql;
    const groups: string[] = [];
    const columns = [`${s} AS s`];
    for (const d of places) {
      // A leader's NULL typed: PostgreSQL would read two untyped NULLs of a UNION as text, then meet
      // the leader rollup's integer.
      const absent = d === CaseDimension.LEADER ? 'CAST(NULL AS INTEGER)' : 'NULL';
      columns.push(`${has[d] ? `r.${PLACE_COLUMN[d]}` : absent} AS d_${PLACE_COLUMN[d]}`);
      if (has[d]) groups.push(`r.${PLACE_COLUMN[d]}`);
    }
    const time = source.monthly ? this.dialect.bucketStart(`r.${bucket}`, 'MONTH') : 'NULL';
    columns.push(`${time} AS d_time`);
    if (source.monthly) groups.push(time);
    columns.push(`${sum('r.received')} AS n`);
    for (const code of kpis) {
      const { numerator, denominator } = KPI_FROM_ROLLUP[code];
      const pending = CLOSED_MONTH_PENDING[code];
      let d = `r.${denominator}`;
      if (pending) {
        // In a closed month every case still waiting has had its window pass (kpi-sql CLOSED_MONTH_PENDING).
        const open = frozenBeforeDay(PENDING_SQL[code]!.anchor, selection.asOf, periodGrace());
        d += ` + CASE WHEN r.${bucket} < ${bind(`open_${code}`, open)} THEN r.${pending} ELSE 0 END`;
      }
      columns.push(`${sum(`r.${numerator}`)} AS "${code}_n"`, `${sum(d)} AS "${code}_d"`);
    }
    const where: string[] = [];
    if (range.first) where.push(`r.${bucket} >= ${bind('first', range.first)}`);
    if (range.last) where.push(`r.${bucket} <= ${bind('last', range.last)}`);
    if (!matter.accusations || !matter.others)
      where.push(matter.accusations ? 'r.accusation = 1' : matter.others ? 'r.accusation = 0' : '1 = 0');
    if (area.villageCode) where.push(`r.village_code = ${bind('areaVillage', area.villageCode)}`);
    else if (area.townshipCode) where.push(`r.township_code = ${bind('areaTownship', area.townshipCode)}`);
    for (const [values, column] of [
      [f.townshipCodes, 'township_code'],
      [f.villageCodes, 'village_code'],
      [f.categoryCodes, 'category_code'],
      [f.leaderIds, 'leader_id'],
    ] as const) {
      if (values == null) continue;
      where.push(values.length === 0 ? '1 = 0' : `r.${column} IN (${bind(column, [...values])})`);
    }
    // Summed without a place or a month to group by: one row of totals (NULL sums over no rows, which
    // the outer SUM passes over as it would an absent row).
    const group = this.dialect.sumsRollupParts && groups.length ? ` GROUP BY ${groups.join(', ')}` : '';
    return `SELECT ${columns.join(', ')} FROM ${table} r${where.length ? ` WHERE ${where.join(' AND ')}` : ''}${group}`;
  }

  /**
   * Rows from the cases for one anchor: each case counted once (`n` for receipt), with its parts of
   * the KPIs placed by that anchor — or, for a pending part, 1 in that KPI's denominator only.
   */
  private casesPart(
    source: Source,
    s: number,
    places: readonly PlaceDimension[],
    kpis: readonly KpiCode[],
    anchor: Anchor,
    freezeBy: Anchor | null,
    only: { pending: KpiCode } | null,
  ) {
    const qb = selectFromCases(this.dataSource, this.dialect, source.selection, freezeBy).select(`${s}`, 's');
    for (const d of places) qb.addSelect(`c.${PLACE_COLUMN[d]}`, `d_${PLACE_COLUMN[d]}`);
    qb.addSelect(
      source.monthly ? this.dialect.bucketStart(anchorDay(anchor, this.dialect), 'MONTH') : 'NULL',
      'd_time',
    );
    qb.addSelect(!only && anchor === 'RECEIVED' ? '1' : '0', 'n');
    for (const code of kpis) {
      const sql = KPI_SQL[code];
      if (only) {
        qb.addSelect('0', `${code}_n`).addSelect(only.pending === code ? '1' : '0', `${code}_d`);
      } else if (sql.anchor === anchor) {
        qb.addSelect(`CASE WHEN ${sql.denominator} AND ${sql.numerator} THEN 1 ELSE 0 END`, `${code}_n`);
        qb.addSelect(`CASE WHEN ${sql.denominator} THEN 1 ELSE 0 END`, `${code}_d`);
      } else {
        qb.addSelect('0', `${code}_n`).addSelect('0', `${code}_d`);
      }
    }
    return qb;
  }
}
