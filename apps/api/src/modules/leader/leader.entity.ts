import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LeaderPost, LeaderRank } from '@lianxin/domain';

/** 领导干部: a cadre who may take charge of cases (包案), receive petitioners and write instructions. */
@Entity({ name: 'leader' })
export class LeaderEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar', length: 32 })
  name: string;

  /** Title as printed, e.g. 区委书记 or 马莲渠乡党委书记. */
  @Column({ type: 'varchar', length: 64 })
  title: string;

  @Column({ type: 'varchar', length: 32 })
  post: LeaderPost;

  @Column({ type: 'varchar', length: 16 })
  rank: LeaderRank;

  @Column({ name: 'unit_id', type: 'integer', nullable: true })
  unitId: number | null;

  @Column({ name: 'township_code', type: 'varchar', length: 12, nullable: true })
  townshipCode: string | null;
}
