import { In, type DataSource, type FindOptionsWhere } from 'typeorm';
import type { CaseEventType } from '@lianxin/domain';
import { CaseEventEntity } from '../case/case-event.entity.js';
import { LeaderEntity } from './leader.entity.js';
import type { LeaderFilter } from './leader.types.js';

/** Which of a leader's events to list. */
export interface LeaderEventQuery {
  type: CaseEventType;
  from: string | null;
  to: string | null;
  first: number;
}

export class LeaderService {
  constructor(private readonly dataSource: DataSource) {}

  list(filter: LeaderFilter | null | undefined): Promise<LeaderEntity[]> {
    const where: FindOptionsWhere<LeaderEntity> = {};
    if (filter?.ranks) where.rank = In(filter.ranks);
    if (filter?.posts) where.post = In(filter.posts);
    if (filter?.townshipCodes) where.townshipCode = In(filter.townshipCodes);
    return this.dataSource.getRepository(LeaderEntity).find({ where, order: { id: 'ASC' } });
  }

  byIds(ids: readonly number[]): Promise<LeaderEntity[]> {
    return this.dataSource.getRepository(LeaderEntity).findBy({ id: In([...ids]) });
  }

  /** The latest `first` events of a type per leader, for many leaders in one statement. */
  async eventsOfLeaders(leaderIds: readonly number[], query: LeaderEventQuery): Promise<CaseEventEntity[]> {
    const qb = this.dataSource
      .createQueryBuilder()
      .from(CaseEventEntity, 'e')
      .select('e.id', 'id')
      .addSelect('ROW_NUMBER() OVER (PARTITION BY e.leader_id ORDER BY e.at DESC, e.id DESC)', 'rn')
      .where('e.leader_id IN (:...leaderIds)', { leaderIds })
      .andWhere('e.type = :type', { type: query.type });
    if (query.from) qb.andWhere('e.occurred_on >= :from', { from: query.from });
    if (query.to) qb.andWhere('e.occurred_on <= :to', { to: query.to });
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
