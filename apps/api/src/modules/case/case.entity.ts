import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { CaseStatus, Channel, DeadlineKind, MatterType, Outcome, Satisfaction } from '@lianxin/domain';
import type { VillageEntity } from '../place/village.entity.js';
import type { CaseEventEntity } from './case-event.entity.js';

/**
 * 信访事项/矛盾纠纷. Table `petition_case` because CASE is an SQL keyword. Township and the local
 * receipt day are denormalised so the dashboard's group-bys hit one table and its indexes.
 */
@Entity({ name: 'petition_case' })
export class CaseEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  /** LT-YYYY-NNNNNN */
  @Column({ type: 'varchar', length: 32, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ name: 'matter_type', type: 'varchar', length: 16 })
  matterType: MatterType;

  /** A code of the extensible category table (the domain's CategoryCode values are built in). */
  @Column({ name: 'category_code', type: 'varchar', length: 32 })
  categoryCode: string;

  @Column({ type: 'varchar', length: 24 })
  channel: Channel;

  @Column({ name: 'village_code', type: 'varchar', length: 12 })
  villageCode: string;

  @ManyToOne('VillageEntity')
  @JoinColumn({ name: 'village_code' })
  village: Relation<VillageEntity>;

  @Column({ name: 'township_code', type: 'varchar', length: 12 })
  townshipCode: string;

  /** People behind the petition; 5 or more is a collective petition (集体访). */
  @Column({ type: 'integer' })
  headcount: number;

  @Column({ name: 'received_at', type: Date })
  receivedAt: Date;

  /** Local (Asia/Shanghai) day of receipt, YYYY-MM-DD: the key for day/month/year buckets. */
  @Column({ name: 'received_on', type: 'date' })
  receivedOn: string;

  /** First forwarded or assigned to a responsible unit (Art. 22). */
  @Column({ name: 'forwarded_at', type: Date, nullable: true })
  forwardedAt: Date | null;

  @Column({ name: 'accepted_at', type: Date, nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'declined_at', type: Date, nullable: true })
  declinedAt: Date | null;

  /** End of the 15 days to decide on acceptance (Art. 23). */
  @Column({ name: 'acceptance_due_at', type: Date })
  acceptanceDueAt: Date;

  /** Statutory handling deadline of the first instance (60 days + extension + its hearing days). */
  @Column({ name: 'due_at', type: Date, nullable: true })
  dueAt: Date | null;

  /** Shorter handling period set by leadership (days), e.g. 15: the LEADERSHIP clock, never due_at's. */
  @Column({ name: 'handling_days', type: 'integer', nullable: true })
  handlingDays: number | null;

  /** The leadership deadline (acceptance + handling_days + first-instance hearing days), null when none. */
  @Column({ name: 'leadership_due_at', type: Date, nullable: true })
  leadershipDueAt: Date | null;

  @Column({ name: 'extension_days', type: 'integer', nullable: true })
  extensionDays: number | null;

  @Column({ name: 'extended_to', type: Date, nullable: true })
  extendedTo: Date | null;

  @Column({ name: 'delay_reason', type: 'text', nullable: true })
  delayReason: string | null;

  /** Hearing days of the first instance, which do not count against its clocks. */
  @Column({ name: 'paused_days', type: 'integer' })
  pausedDays: number;

  /** Hearing days of the review (复查) stage. */
  @Column({ name: 'review_paused_days', type: 'integer' })
  reviewPausedDays: number;

  /** Hearing days of the re-review (复核) stage. */
  @Column({ name: 'rereview_paused_days', type: 'integer' })
  rereviewPausedDays: number;

  /** Hearing days of the latest reopened handling. */
  @Column({ name: 'reopen_paused_days', type: 'integer' })
  reopenPausedDays: number;

  /** Start of the hearing under way; null when none. */
  @Column({ name: 'hearing_started_at', type: Date, nullable: true })
  hearingStartedAt: Date | null;

  /** First-instance reply (a later one, after reopening, is reopen_replied_at). */
  @Column({ name: 'replied_at', type: Date, nullable: true })
  repliedAt: Date | null;

  /** When the petitioner received the written reply: the review window runs from it (Art. 35). */
  @Column({ name: 'delivered_at', type: Date, nullable: true })
  deliveredAt: Date | null;

  @Column({ name: 'closed_at', type: Date, nullable: true })
  closedAt: Date | null;

  @Column({ type: 'varchar', length: 16 })
  status: CaseStatus;

  @Column({ type: 'varchar', length: 16, nullable: true })
  outcome: Outcome | null;

  /** 包案领导: the leader in personal charge. */
  @Column({ name: 'leader_id', type: 'integer', nullable: true })
  leaderId: number | null;

  /** 责任单位 */
  @Column({ name: 'unit_id', type: 'integer', nullable: true })
  unitId: number | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  satisfaction: Satisfaction | null;

  /** When the first rating was given; later ratings (回访复评) are timeline events only. */
  @Column({ name: 'rated_at', type: Date, nullable: true })
  ratedAt: Date | null;

  @Column({ name: 'review_requested_at', type: Date, nullable: true })
  reviewRequestedAt: Date | null;

  @Column({ name: 'review_replied_at', type: Date, nullable: true })
  reviewRepliedAt: Date | null;

  /** Whether the review answer changed the first answer (复查改变); null until answered. */
  @Column({ name: 'review_changed', type: 'boolean', nullable: true })
  reviewChanged: boolean | null;

  /** When the petitioner received the review answer: the re-review window runs from it (Art. 36). */
  @Column({ name: 'review_delivered_at', type: Date, nullable: true })
  reviewDeliveredAt: Date | null;

  @Column({ name: 'rereview_requested_at', type: Date, nullable: true })
  rereviewRequestedAt: Date | null;

  @Column({ name: 'rereview_replied_at', type: Date, nullable: true })
  rereviewRepliedAt: Date | null;

  /** Latest reopening (重新办理): its handling clock runs from here. */
  @Column({ name: 'reopened_at', type: Date, nullable: true })
  reopenedAt: Date | null;

  /** Reply of the latest reopened handling. */
  @Column({ name: 'reopen_replied_at', type: Date, nullable: true })
  reopenRepliedAt: Date | null;

  /** First reopening of the case after it had been closed (重开率). */
  @Column({ name: 'reopened_after_closing_at', type: Date, nullable: true })
  reopenedAfterClosingAt: Date | null;

  @Column({ name: 'reopen_count', type: 'integer' })
  reopenCount: number;

  /** 重复访: the earlier open case of the same petitioner and category. */
  @Column({ name: 'repeat_of_id', type: 'integer', nullable: true })
  repeatOfId: number | null;

  /**
   * Due date of the step the office owes now (acceptance, handling, review answer), null when none:
   * derived from the clock on every write so warnings and overdue filters are one indexed range.
   */
  @Column({ name: 'current_due_at', type: Date, nullable: true })
  currentDueAt: Date | null;

  /** Which deadline currentDueAt is (a DeadlineKind). */
  @Column({ name: 'current_deadline', type: 'varchar', length: 24, nullable: true })
  currentDeadline: DeadlineKind | null;

  /** Key the registering client sent: the same key from the same user registers only once. */
  @Column({ name: 'client_key', type: 'varchar', length: 64, nullable: true })
  clientKey: string | null;

  /**
   * The user who registered it through registerCase, and so the owner of its client key (unique per
   * user, migration 7). Null for seeded and imported cases and for unkeyed ones from before migration 7.
   */
  @Column({ name: 'registered_by', type: 'integer', nullable: true })
  registeredBy: number | null;

  /** Optimistic concurrency: writers update WHERE version = the version the client saw. */
  @Column({ type: 'integer' })
  version: number;

  @OneToMany('CaseEventEntity', (event: CaseEventEntity) => event.case)
  events: Relation<CaseEventEntity[]>;
}
