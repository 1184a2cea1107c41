import { LessThan, type DataSource, type FindOptionsWhere } from 'typeorm';
import type { Role } from '@lianxin/domain';
import { checkPageSize } from '../common/pagination.js';
import { UserEntity } from '../auth/user.entity.js';
import { AccessLogEntity } from './access-log.entity.js';
import type { AccessLogEntry, User } from './access.types.js';

/** Users and the access log, for administrators. */
export class AccessService {
  constructor(private readonly dataSource: DataSource) {}

  async users(): Promise<User[]> {
    const rows = await this.dataSource.getRepository(UserEntity).find({ order: { username: 'ASC' } });
    return rows.map((u) => ({
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      townshipCode: u.scopeTownshipCode,
      villageCode: u.scopeVillageCode,
      leaderId: u.leaderId,
      unitId: u.unitId,
      disabled: u.disabled,
      lockedUntil: u.lockedUntil,
    }));
  }

  /** Newest first; `before` pages on (an entry id). */
  async accessLog(options: {
    first: number | null | undefined;
    before: number | null;
    caseId: number | null;
    username: string | null;
  }): Promise<AccessLogEntry[]> {
    const where: FindOptionsWhere<AccessLogEntity> = {};
    if (options.before !== null) where.id = LessThan(options.before);
    if (options.caseId !== null) where.caseId = options.caseId;
    if (options.username !== null) where.username = options.username;
    const rows = await this.dataSource
      .getRepository(AccessLogEntity)
      .find({ where, order: { id: 'DESC' }, take: checkPageSize(options.first) });
    return rows.map((r) => ({
      id: r.id,
      at: r.at,
      username: r.username,
      role: r.role as Role,
      action: r.action,
      caseId: r.caseId,
      fields: r.fields ? r.fields.split(',') : [],
      detail: r.detail,
    }));
  }
}
