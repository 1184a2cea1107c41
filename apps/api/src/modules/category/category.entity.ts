import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Dispute category: an extensible table seeded from the domain's built-in codes. */
@Entity({ name: 'category' })
export class CategoryEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  code: string;

  @Column({ name: 'name_zh', type: 'varchar', length: 64 })
  nameZh: string;

  @Column({ name: 'name_en', type: 'varchar', length: 64 })
  nameEn: string;

  @Column({ name: 'sort_order', type: 'integer' })
  sortOrder: number;
}
