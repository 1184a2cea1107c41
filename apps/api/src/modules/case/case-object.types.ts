// The Case GraphQL object type, with the deadlines, petitioners and timeline events it shows, and the
// connection (CaseConnection) that pages it. The list's filter and order are in case.types.ts.
import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  CaseEventType,
  CaseStatus,
  Channel,
  DeadlineKind,
  DeadlineState,
  MatterType,
  Outcome,
  Satisfaction,
  VisitKind,
} from '@lianxin/domain';
import { DateTimeScalar, JSONObjectScalar } from '../common/scalars.js';
import { PageInfo } from '../common/pagination.js';
import type { CaseSelection } from './case-query.js';
import type { CaseParent } from './case.service.js';

@ObjectType({
  description: 'A statutory deadline of a case, computed by the clock engine of 《信访工作条例》.',
})
export class Deadline {
  @Field(() => DeadlineKind, { description: 'Which deadline.' })
  kind: DeadlineKind;

  @Field(() => DateTimeScalar, { description: 'When the clock started.' })
  startAt: Date;

  @Field(() => DateTimeScalar, {
    description: 'End of the last allowed local day (23:59:59.999 Asia/Shanghai).',
  })
  dueAt: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the step was done, if it was.' })
  doneAt: Date | null;

  @Field(() => DeadlineState, { description: 'State at the instant asked for.' })
  state: DeadlineState;

  @Field(() => Int, {
    description: 'Local days left (negative: days late); for a done step, days to spare when it was done.',
  })
  daysLeft: number;

  @Field(() => Boolean, {
    description:
      'The due day lies beyond the last day the holiday calendar covers (what the State Council has ' +
      'published): it may still move to a later working day when the next arrangement is added.',
  })
  beyondCalendar: boolean;
}

@ObjectType({
  description:
    '信访人: a petitioner. Personal data is shown in full only to administrators, clerks and the leader in ' +
    'charge of the case (each such read is logged); everyone else sees it masked (马某, 138****5678).',
})
export class Petitioner {
  @Field(() => ID, { description: 'Internal id.' })
  id: number;

  @Field(() => String, { description: 'Name; masked: surname kept, 某 for each given-name character.' })
  name: string;

  @Field(() => String, { description: 'Mobile number; masked: 138****5678.' })
  phone: string;

  @Field(() => String, { description: 'Resident ID number; masked: 6403**********1234.' })
  idNumber: string;

  @Field(() => Boolean, { description: 'Representative of a collective petition (or the sole petitioner).' })
  representative: boolean;

  villageCode: string;
  /** The case through which it was reached (the access log names it). */
  caseId: number;
  /** Whether this reader sees it in full (decided per case by AccessPolicy). */
  full: boolean;
}

/** Shared by the field and its resolver (case.resolver.ts), which withholds unreadable case references. */
export const EVENT_PAYLOAD_DESCRIPTION =
  'Details: reason, outcome, parties and decisions of a meeting, instruction text … The earlier case a repeat ' +
  'mark names (repeatOfId, repeatOfCode) is null unless you may read that case.';

@ObjectType({ description: 'One step of a case: its timeline and audit trail (append-only).' })
export class CaseEvent {
  @Field(() => ID, { description: 'Internal id; increases with time of recording.' })
  id: number;

  @Field(() => CaseEventType, { description: 'What happened.' })
  type: CaseEventType;

  @Field(() => DateTimeScalar, { description: 'When it happened.' })
  at: Date;

  @Field(() => String, { description: 'Who recorded it.' })
  actor: string;

  @Field(() => VisitKind, { nullable: true, description: 'For VISIT events: the kind of visit.' })
  visitKind: VisitKind | null;

  @Field(() => JSONObjectScalar, { nullable: true, description: EVENT_PAYLOAD_DESCRIPTION })
  payload: Record<string, unknown> | null;

  caseId: number;
  leaderId: number | null;
  unitId: number | null;
}

@ObjectType({ description: '信访事项/矛盾纠纷: a petition or dispute case.' })
export class Case {
  @Field(() => ID, { description: 'Internal id.' })
  id: number;

  @Field(() => String, { description: 'Case code, LT-YYYY-NNNNNN.' })
  code: string;

  @Field(() => String, { description: 'Short title.' })
  title: string;

  @Field(() => String, { description: 'Summary of the matter.' })
  summary: string;

  @Field(() => MatterType, { description: 'Matter type (Art. 29).' })
  matterType: MatterType;

  @Field(() => Channel, { description: 'Channel of receipt.' })
  channel: Channel;

  @Field(() => Int, {
    description: 'Number of people behind the petition; 5 or more is collective (集体访).',
  })
  headcount: number;

  @Field(() => DateTimeScalar, { description: 'When it was received.' })
  receivedAt: Date;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it was first forwarded to a responsible unit.',
  })
  forwardedAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was accepted.' })
  acceptedAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was declined (不予受理).' })
  declinedAt: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'Statutory handling deadline of the first instance (Art. 34): 60 days from acceptance, the extension and ' +
      "the first instance's hearing days included; a last day on a rest day moves to the next working day. A " +
      'leadership deadline never changes it (see `leadershipDueAt`).',
  })
  dueAt: Date | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Handling period set by leadership (限期办理), in days from acceptance: the LEADERSHIP clock.',
  })
  handlingDays: number | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'The deadline set by leadership (acceptance + `handlingDays` + first-instance hearing days): a second, ' +
      'tighter clock beside the statutory `dueAt`; null when none was set.',
  })
  leadershipDueAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'Days granted by the one extension.' })
  extensionDays: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'The extended deadline.' })
  extendedTo: Date | null;

  @Field(() => String, { nullable: true, description: 'Reason given for the extension.' })
  delayReason: string | null;

  @Field(() => Int, {
    description:
      "Hearing days of the first instance, which do not count against its clocks (each stage's are its own).",
  })
  pausedDays: number;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Start of the hearing under way (听证), null when none: its days count once it ends.',
  })
  hearingStartedAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the first written reply was given.' })
  repliedAt: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'When the petitioner received the written reply (答复送达; the start of that day, never before the ' +
      'reply): the review window runs from it (Art. 35).',
  })
  deliveredAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was first closed (办结).' })
  closedAt: Date | null;

  @Field(() => CaseStatus, { description: 'Current status.' })
  status: CaseStatus;

  @Field(() => Outcome, { nullable: true, description: 'Outcome of the reply.' })
  outcome: Outcome | null;

  @Field(() => Satisfaction, {
    nullable: true,
    description:
      "The petitioner's first rating, the one that counts; later ratings (回访复评) are timeline events.",
  })
  satisfaction: Satisfaction | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the first rating was given.' })
  ratedAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When review (复查) was requested.' })
  reviewRequestedAt: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether the review answer changed the first answer (复查改变); null until the review is answered.',
  })
  reviewChanged: boolean | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'When the petitioner received the review answer: the re-review window runs from it (Art. 36).',
  })
  reviewDeliveredAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When re-review (复核) was requested.' })
  rereviewRequestedAt: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'The latest reopening (重新办理): its own handling clock (the REOPENED deadline) runs from it.',
  })
  reopenedAt: Date | null;

  @Field(() => Int, { description: 'How many times the case was reopened.' })
  reopenCount: number;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Due date of the statutory step the office owes now; null when nothing is pending.',
  })
  currentDueAt: Date | null;

  @Field(() => DeadlineKind, { nullable: true, description: 'Which deadline `currentDueAt` is.' })
  currentDeadline: DeadlineKind | null;

  @Field(() => Int, { description: 'Version for optimistic concurrency: send it back with every change.' })
  version: number;

  categoryCode: string;
  villageCode: string;
  townshipCode: string;
  leaderId: number | null;
  unitId: number | null;
  repeatOfId: number | null;
  reviewRepliedAt: Date | null;
  rereviewRepliedAt: Date | null;
}

@ObjectType({ description: 'A case in a list, with its cursor.' })
class CaseEdge {
  @Field(() => String, { description: 'Opaque cursor of this case in this order.' })
  cursor: string;

  @Field(() => Case, { description: 'The case.' })
  node: Case;
}

@ObjectType({ description: 'A page of cases (Relay connection).' })
export class CaseConnection {
  @Field(() => [CaseEdge], { description: 'The cases of this page.' })
  edges: CaseEdge[];

  @Field(() => PageInfo, { description: 'Paging information.' })
  pageInfo: PageInfo;

  /** The selection behind this page; `totalCount` is counted from it only when asked for. */
  selection: CaseSelection;

  /** Set for a nested list (a township's cases …). */
  parent?: { column: CaseParent['column']; value: string | number };
}
