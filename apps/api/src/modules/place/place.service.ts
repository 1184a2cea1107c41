import { In, type DataSource } from 'typeorm';
import { TownshipEntity } from './township.entity.js';
import { VillageEntity } from './village.entity.js';

export class PlaceService {
  constructor(private readonly dataSource: DataSource) {}

  townships(): Promise<TownshipEntity[]> {
    return this.dataSource.getRepository(TownshipEntity).find({ order: { sortOrder: 'ASC' } });
  }

  township(code: string): Promise<TownshipEntity | null> {
    return this.dataSource.getRepository(TownshipEntity).findOneBy({ code });
  }

  /** Villages of many townships in one statement (DataLoader batch). */
  villagesOfTownships(codes: readonly string[]): Promise<VillageEntity[]> {
    return this.dataSource
      .getRepository(VillageEntity)
      .find({ where: { townshipCode: In([...codes]) }, order: { code: 'ASC' } });
  }
}
