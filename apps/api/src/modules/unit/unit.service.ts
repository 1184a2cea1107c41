import { In, type DataSource } from 'typeorm';
import { UnitEntity } from './unit.entity.js';

export class UnitService {
  constructor(private readonly dataSource: DataSource) {}

  all(): Promise<UnitEntity[]> {
    return this.dataSource.getRepository(UnitEntity).find({ order: { id: 'ASC' } });
  }

  byIds(ids: readonly number[]): Promise<UnitEntity[]> {
    return this.dataSource.getRepository(UnitEntity).findBy({ id: In([...ids]) });
  }
}
