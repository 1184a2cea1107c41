import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** 信访人: personal data (PIPL). Masking and encryption at rest come with access control. */
@Entity({ name: 'petitioner' })
export class PetitionerEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar', length: 32 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  phone: string;

  @Column({ name: 'id_number', type: 'varchar', length: 18 })
  idNumber: string;

  @Column({ name: 'village_code', type: 'varchar', length: 12 })
  villageCode: string;
}
