import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** READ and EXPORT: personal data; BOUNDARY_*: an administrator loaded or removed the map's boundaries. */
export type AccessAction = 'READ' | 'EXPORT' | 'BOUNDARY_LOAD' | 'BOUNDARY_REMOVE';

/** One read of personal data in full, one export, or one change of the boundary pack (append-only). */
@Entity({ name: 'access_log' })
export class AccessLogEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: Date })
  at: Date;

  @Column({ name: 'user_id', type: 'integer' })
  userId: number;

  @Column({ type: 'varchar', length: 64 })
  username: string;

  @Column({ type: 'varchar', length: 16 })
  role: string;

  @Column({ type: 'varchar', length: 16 })
  action: AccessAction;

  /** The case read (null for an export, which names its filter in `detail`). */
  @Column({ name: 'case_id', type: 'integer', nullable: true })
  caseId: number | null;

  /** Comma-separated personal-data fields read or exported, e.g. "name,phone,idNumber". */
  @Column({ type: 'varchar', length: 200 })
  fields: string;

  /** The GraphQL operation name, or an export's format, filter and row count. */
  @Column({ type: 'text', nullable: true })
  detail: string | null;
}
