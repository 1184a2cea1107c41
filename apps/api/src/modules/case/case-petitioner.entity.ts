import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Links a case to its petitioners; collective petitions link at most 5 representatives. */
@Entity({ name: 'case_petitioner' })
export class CasePetitionerEntity {
  @PrimaryColumn({ name: 'case_id', type: 'integer' })
  caseId: number;

  @PrimaryColumn({ name: 'petitioner_id', type: 'integer' })
  petitionerId: number;

  @Column({ type: Boolean })
  representative: boolean;
}
