import type { DataSource } from 'typeorm';
import { UnitEntity } from './unit.entity.js';
import type { ReferenceCache } from '../common/reference-cache.js';

export class UnitService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly references: ReferenceCache,
  ) {}

  all(): Promise<UnitEntity[]> {
    return this.dataSource.getRepository(UnitEntity).find({ order: { id: 'ASC' } });
  }

  byIds(ids: readonly number[]): Promise<UnitEntity[]> {
    return this.references.rows('units', ids);
  }
}
