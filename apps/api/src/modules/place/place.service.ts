import { In, type DataSource } from 'typeorm';
import { TownshipEntity } from './township.entity.js';
import { VillageEntity } from './village.entity.js';
import type { ReferenceCache } from '../common/reference-cache.js';

export class PlaceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly references: ReferenceCache,
  ) {}

  townships(): Promise<TownshipEntity[]> {
    return this.dataSource.getRepository(TownshipEntity).find({ order: { sortOrder: 'ASC' } });
  }

  townshipsByCodes(codes: readonly string[]): Promise<TownshipEntity[]> {
    return this.references.rows('townships', codes);
  }

  villagesByCodes(codes: readonly string[]): Promise<VillageEntity[]> {
    return this.references.rows('villages', codes);
  }

  /** Villages of many townships in one statement (DataLoader batch), by code. */
  villagesOfTownships(codes: readonly string[]): Promise<VillageEntity[]> {
    return this.dataSource
      .getRepository(VillageEntity)
      .find({ where: { townshipCode: In([...codes]) }, order: { code: 'ASC' } });
  }
}
