import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CaseEventType, VisitKind } from '@lianxin/domain';
import type { CaseEntity } from './case.entity.js';

/**
 * One step of a case's life and its audit trail, append-only. Visits, instructions, supervision and
 * coordination are events too: one ordered table gives the timeline in one query, and the columns the
 * dashboard groups by (leader, visit kind, day) are real indexed columns rather than payload fields.
 */
@Entity({ name: 'case_event' })
export class CaseEventEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'case_id', type: 'integer' })
  caseId: number;

  @ManyToOne('CaseEntity', (c: CaseEntity) => c.events)
  @JoinColumn({ name: 'case_id' })
  case: Relation<CaseEntity>;

  @Column({ type: 'varchar', length: 24 })
  type: CaseEventType;

  @Column({ type: Date })
  at: Date;

  /** Local (Asia/Shanghai) day of the event, YYYY-MM-DD. */
  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn: string;

  /** Who recorded it: a user name, or 'seed' / 'import'. */
  @Column({ type: 'varchar', length: 64 })
  actor: string;

  /** The leader who acted (visit, instruction, assignment, supervision). */
  @Column({ name: 'leader_id', type: 'integer', nullable: true })
  leaderId: number | null;

  @Column({ name: 'visit_kind', type: 'varchar', length: 16, nullable: true })
  visitKind: VisitKind | null;

  @Column({ name: 'unit_id', type: 'integer', nullable: true })
  unitId: number | null;

  /** Details: reasons, outcome, parties and decisions … (jsonb on PostgreSQL, text on SQLite). */
  @Column({ type: 'simple-json', nullable: true })
  payload: Record<string, unknown> | null;
}
