import {
  In,
  type DataSource,
  type FindOptionsWhere,
  type ObjectLiteral,
  type SelectQueryBuilder,
} from 'typeorm';
import { CaseEventType } from '@lianxin/domain';
import { CaseEventEntity } from '../case/case-event.entity.js';
import { CaseEntity } from '../case/case.entity.js';
import { LeaderEntity } from './leader.entity.js';
import type { LeaderFilter } from './leader.types.js';
import type { ReferenceCache } from '../common/reference-cache.js';

/** Restricts a query over `petition_case c` to what the reader may see (AccessPolicy). */
export type CaseRestriction = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>) => SelectQueryBuilder<T>;

/** Which of a leader's events to list. */
export interface LeaderEventQuery {
  type: CaseEventType;
  from: string | null;
  to: string | null;
  first: number;
  /**
   * The reader's cases, applied before the page is cut: filtering the page afterwards would make its
   * gaps count the hidden events (first: 5 answering 3 says two of the latest five are withheld).
   */
  restrict: CaseRestriction;
}

export class LeaderService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly references: ReferenceCache,
  ) {}

  list(filter: LeaderFilter | null | undefined): Promise<LeaderEntity[]> {
    const where: FindOptionsWhere<LeaderEntity> = {};
    if (filter?.ranks) where.rank = In(filter.ranks);
    if (filter?.posts) where.post = In(filter.posts);
    if (filter?.townshipCodes) where.townshipCode = In(filter.townshipCodes);
    return this.dataSource.getRepository(LeaderEntity).find({ where, order: { id: 'ASC' } });
  }

  byIds(ids: readonly number[]): Promise<LeaderEntity[]> {
    return this.references.rows('leaders', ids);
  }

  /**
   * Visits of one leader per local day (a calendar), on the cases `restrict` leaves in the reader's
   * reach; counted in SQL, so a busy leader's year is complete, not the latest page of visits.
   */
  async visitDays(
    leaderId: number,
    from: string | null,
    to: string | null,
    restrict: CaseRestriction,
  ): Promise<{ day: string; count: number }[]> {
    const qb = this.dataSource
      .createQueryBuilder()
      .from(CaseEventEntity, 'e')
      .innerJoin(CaseEntity, 'c', 'c.id = e.case_id')
      .select('e.occurred_on', 'day')
      .addSelect('COUNT(*)', 'n')
      .where('e.leader_id = :leaderId', { leaderId })
      .andWhere('e.type = :type', { type: CaseEventType.VISIT })
      .groupBy('e.occurred_on')
      .orderBy('e.occurred_on', 'ASC');
    if (from) qb.andWhere('e.occurred_on >= :from', { from });
    if (to) qb.andWhere('e.occurred_on <= :to', { to });
    restrict(qb);
    const rows = await qb.getRawMany<{ day: string | Date; n: string | number }>();
    return rows.map((r) => ({
      day: r.day instanceof Date ? r.day.toISOString().slice(0, 10) : String(r.day),
      count: Number(r.n),
    }));
  }

  /** The latest `first` events of a type per leader, for many leaders in one statement. */
  async eventsOfLeaders(leaderIds: readonly number[], query: LeaderEventQuery): Promise<CaseEventEntity[]> {
    const qb = this.dataSource
      .createQueryBuilder()
      .from(CaseEventEntity, 'e')
      .innerJoin(CaseEntity, 'c', 'c.id = e.case_id')
      .select('e.id', 'id')
      .addSelect('ROW_NUMBER() OVER (PARTITION BY e.leader_id ORDER BY e.at DESC, e.id DESC)', 'rn')
      .where('e.leader_id IN (:...leaderIds)', { leaderIds })
      .andWhere('e.type = :type', { type: query.type });
    if (query.from) qb.andWhere('e.occurred_on >= :from', { from: query.from });
    if (query.to) qb.andWhere('e.occurred_on <= :to', { to: query.to });
    query.restrict(qb);
    const [sql, params] = qb.getQueryAndParameters();
    const rows: { id: number }[] = await this.dataSource.query(
      `SELECT t.id FROM (${sql}) t WHERE t.rn <= ${query.first}`,
      params,
    );
    if (rows.length === 0) return [];
    return this.dataSource
      .getRepository(CaseEventEntity)
      .find({ where: { id: In(rows.map((r) => Number(r.id))) }, order: { at: 'DESC', id: 'DESC' } });
  }
}
