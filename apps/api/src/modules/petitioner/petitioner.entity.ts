import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** 信访人: personal data (PIPL). The ID number is stored encrypted (IdNumberCipher). */
@Entity({ name: 'petitioner' })
export class PetitionerEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar', length: 32 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  phone: string;

  /**
   * As stored: `IdNumberCipher.encrypt` ciphertext. Services that hand a petitioner on (case.service)
   * put the decrypted number here; never save such an entity back.
   */
  @Column({ name: 'id_number', type: 'varchar', length: 128 })
  idNumber: string;

  /** `IdNumberCipher.hash` of the number: the only way to find a petitioner by ID number. */
  @Column({ name: 'id_number_hash', type: 'varchar', length: 64 })
  idNumberHash: string;

  @Column({ name: 'village_code', type: 'varchar', length: 12 })
  villageCode: string;
}
