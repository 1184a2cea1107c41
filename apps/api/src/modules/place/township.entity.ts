import { Column, Entity, OneToMany, PrimaryColumn, type Relation } from 'typeorm';
import { TownshipKind } from '@lianxin/domain';
import type { VillageEntity } from './village.entity.js';

/** 乡镇: a township-level unit of the district. */
@Entity({ name: 'township' })
export class TownshipEntity {
  @PrimaryColumn({ type: 'varchar', length: 12 })
  code: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  kind: TownshipKind;

  @Column({ name: 'sort_order', type: 'integer' })
  sortOrder: number;

  @OneToMany('VillageEntity', (village: VillageEntity) => village.township)
  villages: Relation<VillageEntity[]>;
}
