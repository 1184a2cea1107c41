import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { TownshipEntity } from './township.entity.js';

/** 村/社区: a village or urban community. */
@Entity({ name: 'village' })
export class VillageEntity {
  @PrimaryColumn({ type: 'varchar', length: 12 })
  code: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ name: 'township_code', type: 'varchar', length: 12 })
  townshipCode: string;

  @ManyToOne('TownshipEntity', (township: TownshipEntity) => township.villages)
  @JoinColumn({ name: 'township_code' })
  township: Relation<TownshipEntity>;

  /** Residents, for rates per 1,000 people. */
  @Column({ type: 'integer' })
  population: number;

  /** True when the seed generator invented the village. */
  @Column({ type: Boolean })
  generated: boolean;
}
