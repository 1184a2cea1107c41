import { In, type DataSource } from 'typeorm';
import type { DialectSpec } from '../../db/dialect.js';
import { badUserInput, ErrorCode, notFound } from '../common/errors.js';
import { checkPageSize, decodeCursor, encodeCursor } from '../common/pagination.js';
import { CategoryEntity } from '../category/category.entity.js';
import { LeaderEntity } from '../leader/leader.entity.js';
import type { IdNumberCipher } from '../petitioner/id-number-cipher.js';
import { PetitionerEntity } from '../petitioner/petitioner.entity.js';
import { TownshipEntity } from '../place/township.entity.js';
import { VillageEntity } from '../place/village.entity.js';
import { UnitEntity } from '../unit/unit.entity.js';
import { CaseEventEntity } from './case-event.entity.js';
import { CasePetitionerEntity } from './case-petitioner.entity.js';
import { applySelection, kpiAnchorOf, selectFromCases, type CaseSelection } from './case-query.js';
import { CaseEntity } from './case.entity.js';
import { CaseOrderField, SortDirection, type CaseFilter, type CaseOrder } from './case.types.js';

interface SortSpec {
  column: string;
  nullable: boolean;
  /** The value of the sort key on a loaded case, as the cursor stores it. */
  valueOf(c: CaseEntity): string | null;
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

const SORTS: Record<CaseOrderField, SortSpec> = {
  [CaseOrderField.ID]: { column: 'c.id', nullable: false, valueOf: () => null },
  [CaseOrderField.CODE]: { column: 'c.code', nullable: false, valueOf: (c) => c.code },
  [CaseOrderField.RECEIVED_AT]: {
    column: 'c.received_at',
    nullable: false,
    valueOf: (c) => iso(c.receivedAt),
  },
  [CaseOrderField.DUE_AT]: { column: 'c.due_at', nullable: true, valueOf: (c) => iso(c.dueAt) },
  [CaseOrderField.CURRENT_DUE_AT]: {
    column: 'c.current_due_at',
    nullable: true,
    valueOf: (c) => iso(c.currentDueAt),
  },
};

export const DEFAULT_ORDER: CaseOrder = { field: CaseOrderField.RECEIVED_AT, direction: SortDirection.DESC };

/** The parent a nested case list hangs off (a township's cases …): its column and the values asked for. */
export interface CaseParent {
  column: 'township_code' | 'village_code' | 'category_code' | 'leader_id' | 'unit_id';
  values: readonly (string | number)[];
}

export interface CasePage {
  cases: CaseEntity[];
  cursors: string[];
  hasNextPage: boolean;
}

export class CaseService {
  constructor(
    private readonly dataSource: DataSource,
    readonly dialect: DialectSpec,
    private readonly idNumbers: IdNumberCipher,
  ) {}

  /** A query over `petition_case c`, for callers that select their own columns. */
  queryBuilder() {
    return this.dataSource.createQueryBuilder().from(CaseEntity, 'c');
  }

  byIds(ids: readonly number[]): Promise<CaseEntity[]> {
    return this.dataSource.getRepository(CaseEntity).findBy({ id: In([...ids]) });
  }

  byCodes(codes: readonly string[]): Promise<CaseEntity[]> {
    return this.dataSource.getRepository(CaseEntity).findBy({ code: In([...codes]) });
  }

  /** Events of many cases, each case's in timeline order. */
  eventsOfCases(caseIds: readonly number[]): Promise<CaseEventEntity[]> {
    return this.dataSource
      .getRepository(CaseEventEntity)
      .find({ where: { caseId: In([...caseIds]) }, order: { caseId: 'ASC', at: 'ASC', id: 'ASC' } });
  }

  /** Petitioners of many cases with their link (representative flag); ID numbers decrypted. */
  async petitionersOfCases(
    caseIds: readonly number[],
  ): Promise<{ caseId: number; representative: boolean; petitioner: PetitionerEntity }[]> {
    const links = await this.dataSource
      .getRepository(CasePetitionerEntity)
      .find({ where: { caseId: In([...caseIds]) }, order: { caseId: 'ASC', petitionerId: 'ASC' } });
    if (links.length === 0) return [];
    const petitioners = await this.dataSource
      .getRepository(PetitionerEntity)
      .findBy({ id: In([...new Set(links.map((l) => l.petitionerId))]) });
    const byId = new Map(
      petitioners.map((p) => [p.id, { ...p, idNumber: this.idNumbers.decrypt(p.idNumber) }]),
    );
    return links.flatMap((l) => {
      const petitioner = byId.get(l.petitionerId);
      return petitioner ? [{ caseId: l.caseId, representative: l.representative, petitioner }] : [];
    });
  }

  /** Refuses a filter that names places, categories, leaders or units that do not exist. */
  async checkReferences(filter: CaseFilter): Promise<void> {
    const checks = [
      {
        values: filter.townshipCodes,
        entity: TownshipEntity,
        key: 'code',
        code: ErrorCode.TOWNSHIP_NOT_FOUND,
        field: 'filter.townshipCodes',
      },
      {
        values: filter.villageCodes,
        entity: VillageEntity,
        key: 'code',
        code: ErrorCode.VILLAGE_NOT_FOUND,
        field: 'filter.villageCodes',
      },
      {
        values: filter.categoryCodes,
        entity: CategoryEntity,
        key: 'code',
        code: ErrorCode.CATEGORY_NOT_FOUND,
        field: 'filter.categoryCodes',
      },
      {
        values: filter.leaderIds,
        entity: LeaderEntity,
        key: 'id',
        code: ErrorCode.LEADER_NOT_FOUND,
        field: 'filter.leaderIds',
      },
      {
        values: filter.unitIds,
        entity: UnitEntity,
        key: 'id',
        code: ErrorCode.UNIT_NOT_FOUND,
        field: 'filter.unitIds',
      },
    ] as const;
    for (const check of checks) {
      const values = check.values as readonly (string | number)[] | null | undefined;
      if (!values || values.length === 0) continue;
      const found = await this.dataSource
        .getRepository<Record<string, string | number>>(check.entity)
        .find({ select: { [check.key]: true }, where: { [check.key]: In([...values]) } });
      const known = new Set(found.map((row) => row[check.key]));
      const missing = values.filter((v) => !known.has(v));
      if (missing.length > 0) throw notFound(check.code, check.field, missing);
    }
  }

  /**
   * Pages of cases in a stable keyset order: one page for the whole selection, or one page per parent
   * (a township's cases …) in the same two statements, however many parents are asked for.
   */
  async pages(
    selection: CaseSelection,
    order: CaseOrder,
    first: number | null | undefined,
    after: string | null | undefined,
    parent?: CaseParent,
  ): Promise<Map<string | number | null, CasePage>> {
    const size = checkPageSize(first);
    const sort = SORTS[order.field];
    const sortKey = `${order.field}:${order.direction}`;
    const dir = order.direction === SortDirection.ASC ? 'ASC' : 'DESC';
    const cmp = dir === 'ASC' ? '>' : '<';

    const qb = selectFromCases(this.dataSource, selection, kpiAnchorOf(selection)).select('c.id', 'id');
    applySelection(qb, selection, this.dialect);
    selection.access.applyDetail(qb);
    if (after) {
      const position = decodeCursor(after, sortKey);
      if (order.field === CaseOrderField.ID) {
        qb.andWhere(`c.id ${cmp} :afterId`, { afterId: position.id });
      } else if (position.value === null) {
        if (!sort.nullable) throw badUserInput('after', 'malformed cursor');
        qb.andWhere(`(${sort.column} IS NULL AND c.id ${cmp} :afterId)`, { afterId: position.id });
      } else {
        const value =
          order.field === CaseOrderField.CODE ? position.value : this.timestampParam(position.value);
        // Row-value comparison: PostgreSQL walks the (column, id) index from the cursor on.
        qb.andWhere(
          `(${sort.nullable ? `${sort.column} IS NULL OR ` : ''}(${sort.column}, c.id) ${cmp} (:afterValue, :afterId))`,
          {
            afterValue: value,
            afterId: position.id,
          },
        );
      }
    }
    const orderBy = [
      ...(sort.nullable ? [`(${sort.column} IS NULL) ASC`] : []),
      ...(order.field === CaseOrderField.ID ? [] : [`${sort.column} ${dir}`]),
      `c.id ${dir}`,
    ].join(', ');

    let rows: { id: number; parent: string | number | null }[];
    if (parent) {
      if (parent.values.length === 0) return new Map();
      qb.addSelect(`c.${parent.column}`, 'parent')
        .addSelect(`ROW_NUMBER() OVER (PARTITION BY c.${parent.column} ORDER BY ${orderBy})`, 'rn')
        .andWhere(`c.${parent.column} IN (:...parentValues)`, { parentValues: parent.values });
      const [sql, params] = qb.getQueryAndParameters();
      rows = await this.dataSource.query(
        `SELECT t.id, t.parent FROM (${sql}) t WHERE t.rn <= ${size + 1} ORDER BY t.parent, t.rn`,
        params,
      );
    } else {
      const [sql, params] = qb.getQueryAndParameters();
      rows = (await this.dataSource.query(`${sql} ORDER BY ${orderBy} LIMIT ${size + 1}`, params)).map(
        (r: { id: number }) => ({ id: r.id, parent: null }),
      );
    }

    const cases = rows.length ? await this.byIds(rows.map((r) => Number(r.id))) : [];
    const byId = new Map(cases.map((c) => [c.id, c]));
    const grouped = new Map<string | number | null, CaseEntity[]>();
    for (const row of rows) {
      const key =
        row.parent === null ? null : parent?.column.endsWith('_id') ? Number(row.parent) : String(row.parent);
      const c = byId.get(Number(row.id));
      if (!c) continue;
      const list = grouped.get(key);
      if (list) list.push(c);
      else grouped.set(key, [c]);
    }
    const result = new Map<string | number | null, CasePage>();
    for (const [key, list] of grouped) {
      const page = list.slice(0, size);
      result.set(key, {
        cases: page,
        cursors: page.map((c) => encodeCursor({ sort: sortKey, value: sort.valueOf(c), id: c.id })),
        hasNextPage: list.length > size,
      });
    }
    return result;
  }

  /** Number of cases in the selection, per parent when one is given. */
  async counts(selection: CaseSelection, parent?: CaseParent): Promise<Map<string | number | null, number>> {
    const qb = selectFromCases(this.dataSource, selection, kpiAnchorOf(selection)).select('COUNT(*)', 'n');
    applySelection(qb, selection, this.dialect);
    // The count of a list counts what the list shows (accusations only for those cleared for them).
    selection.access.applyDetail(qb, 'count');
    if (parent) {
      if (parent.values.length === 0) return new Map();
      qb.addSelect(`c.${parent.column}`, 'parent')
        .andWhere(`c.${parent.column} IN (:...parentValues)`, { parentValues: parent.values })
        .groupBy(`c.${parent.column}`);
    }
    const rows: { n: string | number; parent?: string | number }[] = await qb.getRawMany();
    return new Map(
      rows.map((r) => [
        parent ? (parent.column.endsWith('_id') ? Number(r.parent) : String(r.parent)) : null,
        Number(r.n),
      ]),
    );
  }

  private timestampParam(value: string): Date | string {
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) throw badUserInput('after', 'malformed cursor');
    return this.dialect.timestamp(date);
  }
}
