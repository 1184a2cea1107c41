import { In, type DataSource } from 'typeorm';
import { TownshipEntity } from './township.entity.js';
import { VillageEntity } from './village.entity.js';

export class PlaceService {
  constructor(private readonly dataSource: DataSource) {}

  townships(): Promise<TownshipEntity[]> {
    return this.dataSource.getRepository(TownshipEntity).find({ order: { sortOrder: 'ASC' } });
  }

  townshipsByCodes(codes: readonly string[]): Promise<TownshipEntity[]> {
    return this.dataSource.getRepository(TownshipEntity).findBy({ code: In([...codes]) });
  }

  villagesByCodes(codes: readonly string[]): Promise<VillageEntity[]> {
    return this.dataSource.getRepository(VillageEntity).findBy({ code: In([...codes]) });
  }

  /** Villages of many townships in one statement (DataLoader batch), by code. */
  villagesOfTownships(codes: readonly string[]): Promise<VillageEntity[]> {
    return this.dataSource
      .getRepository(VillageEntity)
      .find({ where: { townshipCode: In([...codes]) }, order: { code: 'ASC' } });
  }
}
