import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** 责任单位: the department (or township government) responsible for handling a case. */
@Entity({ name: 'unit' })
export class UnitEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar', length: 32, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  /** Set when the unit is a township government. */
  @Column({ name: 'township_code', type: 'varchar', length: 12, nullable: true })
  townshipCode: string | null;
}
