import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * 信访人 as entered for a case: personal data (PIPL). The ID number is stored encrypted (IdNumberCipher).
 * registerCase writes a row per case and never links an earlier one: the same person on two cases is two
 * rows with one `idNumberHash`, so a case shows what was typed for it and a registration that knows only
 * an ID number learns nothing stored. Seeded repeat petitions, and the cases of one imported file, may
 * share a row: its data came from the same source as the cases, never from an earlier registration.
 */
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

  /** `IdNumberCipher.hash` of the number: the only way to find a person's cases by ID number (repeats). */
  @Column({ name: 'id_number_hash', type: 'varchar', length: 64 })
  idNumberHash: string;

  @Column({ name: 'village_code', type: 'varchar', length: 12 })
  villageCode: string;
}
