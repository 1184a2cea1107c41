import { In, type DataSource } from 'typeorm';
import { localDate, MatterType } from '@lianxin/domain';
import type { DialectSpec } from '../../db/dialect.js';
import { ErrorCode, notFound } from '../common/errors.js';
import type { ReferenceCache } from '../common/reference-cache.js';
import type { IdNumberCipher } from '../petitioner/id-number-cipher.js';
import { PetitionerEntity } from '../petitioner/petitioner.entity.js';
import { CaseEventEntity } from './case-event.entity.js';
import { casePages } from './case-page.js';
import { CasePetitionerEntity } from './case-petitioner.entity.js';
import { applySelection, kpiAnchorOf, selectFromCases, type CaseSelection } from './case-query.js';
import { CaseEntity } from './case.entity.js';
import { CaseOrderField, SortDirection, type CaseFilter, type CaseOrder } from './case.types.js';

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

/** A case as the wall ticker lists it: when, what and where — nothing else. */
export interface TickerCase {
  receivedAt: Date;
  categoryCode: string;
  villageCode: string;
  townshipCode: string;
}

export class CaseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dialect: DialectSpec,
    private readonly idNumbers: IdNumberCipher,
    /** Reference rows (codes and ids a filter names) from the in-process copy. */
    private readonly references: ReferenceCache,
  ) {}

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
      ['townships', filter.townshipCodes, ErrorCode.TOWNSHIP_NOT_FOUND, 'filter.townshipCodes'],
      ['villages', filter.villageCodes, ErrorCode.VILLAGE_NOT_FOUND, 'filter.villageCodes'],
      ['categories', filter.categoryCodes, ErrorCode.CATEGORY_NOT_FOUND, 'filter.categoryCodes'],
      ['leaders', filter.leaderIds, ErrorCode.LEADER_NOT_FOUND, 'filter.leaderIds'],
      ['units', filter.unitIds, ErrorCode.UNIT_NOT_FOUND, 'filter.unitIds'],
    ] as const;
    for (const [kind, values, code, field] of checks) {
      const keys = values as readonly (string | number)[] | null | undefined;
      if (!keys || keys.length === 0) continue;
      const found = await this.references.rows(kind, keys);
      // Leaders and units are named by id (a unit has a code too), places and categories by code.
      const byId = kind === 'leaders' || kind === 'units';
      const known = new Set<string | number>(
        found.map((row) => (byId ? (row as { id: number }).id : (row as { code: string }).code)),
      );
      const missing = keys.filter((v) => !known.has(v));
      if (missing.length > 0) throw notFound(code, field, missing);
    }
  }

  /**
   * Pages of cases in a stable keyset order: one page for the whole selection, or one page per parent
   * (a township's cases …) in one or two statements, however many parents are asked for (case-page.ts).
   */
  pages(
    selection: CaseSelection,
    order: CaseOrder,
    first: number | null | undefined,
    after: string | null | undefined,
    parent?: CaseParent,
  ): Promise<Map<string | number | null, CasePage>> {
    const reader = {
      dataSource: this.dataSource,
      dialect: this.dialect,
      byIds: (ids: readonly number[]) => this.byIds(ids),
    };
    return casePages(reader, selection, order, first, after, parent);
  }

  /** The latest `size` cases of the selection received by its asOf, newest first, accusations left out. */
  async latestReceived(selection: CaseSelection, size: number): Promise<TickerCase[]> {
    const qb = this.dataSource
      .createQueryBuilder()
      .from(CaseEntity, 'c')
      .select('c.received_at', 'receivedAt')
      .addSelect('c.category_code', 'categoryCode')
      .addSelect('c.village_code', 'villageCode')
      .addSelect('c.township_code', 'townshipCode')
      .andWhere('c.matter_type <> :accusation', { accusation: MatterType.ACCUSATION })
      // Receipt day first (the same order: it is the local day of received_at), so the newest cases are
      // a walk down the receipt index (idx_case_list_received), not a sort of the table.
      .andWhere('c.received_on <= :tickerDay', { tickerDay: localDate(selection.asOf) })
      .orderBy('c.received_on', 'DESC')
      .addOrderBy('c.received_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(size);
    applySelection(qb, selection, this.dialect);
    const rows = await qb.getRawMany<Omit<TickerCase, 'receivedAt'> & { receivedAt: Date | string }>();
    return rows.map((r) => ({ ...r, receivedAt: this.dialect.readTimestamp(r.receivedAt) }));
  }

  /** Number of cases in the selection, per parent when one is given. */
  async counts(selection: CaseSelection, parent?: CaseParent): Promise<Map<string | number | null, number>> {
    const anchor = kpiAnchorOf(selection);
    const qb = selectFromCases(this.dataSource, this.dialect, selection, anchor).select('COUNT(*)', 'n');
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
}
