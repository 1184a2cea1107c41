// The step catalogue: for every event of a case's life, who may take it, what it takes as input (and
// the limits), when it is allowed (state and clock), and how it changes the case's facts. The API's
// mutations, the seed generator, the spreadsheet import and the dashboard's step forms all read it,
// so a rule lives here once. A case's facts — and so its KPI facts — are the fold of its events.

import {
  type ClockOptions,
  ClockRuleCode,
  canRequestRereview,
  canRequestReview,
  type RuleCheck,
} from './clock.js';
import {
  CaseEventType as E,
  CaseStatus as S,
  type Satisfaction,
  CASE_EVENT_TYPE_LABELS,
  type Label,
} from './enums.js';
import type { Role } from './roles.js';
import { ROLE_GROUPS } from './permissions.js';
import type { CaseFacts, ClockStage, StepEvent } from './case-facts.js';
import {
  foldDelivery,
  foldHearingEnd,
  foldReply,
  guardDeadline,
  guardDelivery,
  guardExtension,
  guardHearingEnd,
  guardHearingStart,
  guardReply,
  OK,
  payloadNumber,
  refuse,
} from './step-rules.js';

// ------------------------------------------------------------------ inputs and their limits

/** Text limits, in characters (code points), shared by the API's arguments and the dashboard's forms. */
export const TEXT_LIMITS = Object.freeze({
  title: 200,
  summary: 5000,
  /** Notes, reasons, instructions, replies, decisions. */
  text: 5000,
  partyName: 64,
  petitionerName: 32,
  clientKey: 64,
});

export type StepFieldKind =
  | 'text'
  | 'days'
  | 'leader'
  | 'unit'
  | 'visitKind'
  | 'outcome'
  | 'satisfaction'
  | 'date'
  | 'boolean'
  | 'textList'
  | 'caseCode';

/** One input of a step: where it travels (an event column or the payload) and its limits. */
export interface StepField {
  /** Payload key, or the event column for leader / unit / visitKind. */
  readonly name: string;
  readonly kind: StepFieldKind;
  readonly required: boolean;
  /** Characters for text (per item for lists); days for days. */
  readonly max?: number;
  /** Days, or items of a list. */
  readonly min?: number;
  /** Items of a list. */
  readonly maxItems?: number;
  /** Required only in these stages (the review decision). */
  readonly requiredInStages?: readonly ClockStage[];
}

export interface StepSpec {
  readonly type: E;
  readonly label: Label;
  /** The GraphQL mutation that takes the step; its field rule in the API is `roles`. */
  readonly mutation: string;
  /** Roles that may take the step. */
  readonly roles: readonly Role[];
  /** A LEADER may take it only as the leader it names (their own visit, instruction, supervision). */
  readonly leaderActsAsSelf: boolean;
  readonly fields: readonly StepField[];
  /** Rules beyond the state machine (clock, stage, hearings), run against the facts before the step. */
  readonly guard?: (f: CaseFacts, e: StepEvent, options?: ClockOptions) => RuleCheck;
  /** How the step changes the facts (status and review stage come from the state machine). */
  readonly fold?: (f: CaseFacts, e: StepEvent) => Partial<CaseFacts>;
}

const { caseWorkers: WORKERS, caseWorkersAndLeaders: WORKERS_AND_LEADERS } = ROLE_GROUPS;

/** The mutation of each step: the API's field rules and the dashboard's forms read it from the catalogue. */
const STEP_MUTATION: Readonly<Record<E, string>> = {
  [E.REGISTERED]: 'registerCase',
  [E.FORWARDED]: 'forwardCase',
  [E.ACCEPTED]: 'acceptCase',
  [E.NOT_ACCEPTED]: 'declineCase',
  [E.ASSIGNED]: 'assignLeader',
  [E.VISIT]: 'recordVisit',
  [E.INSTRUCTION]: 'recordInstruction',
  [E.SUPERVISED]: 'superviseCase',
  [E.COORDINATION]: 'recordCoordination',
  [E.DEADLINE_SET]: 'setDeadline',
  [E.HEARING_STARTED]: 'startHearing',
  [E.HEARING_ENDED]: 'endHearing',
  [E.EXTENDED]: 'extendDeadline',
  [E.REPLIED]: 'replyCase',
  [E.REPLY_DELIVERED]: 'deliverReply',
  [E.CLOSED]: 'closeCase',
  [E.RATED]: 'rateSatisfaction',
  [E.REVIEW_REQUESTED]: 'requestReview',
  [E.REREVIEW_REQUESTED]: 'requestRereview',
  [E.REOPENED]: 'reopenCase',
  [E.MARKED_REPEAT]: 'markRepeat',
};

const note = (required = false): StepField => ({
  name: 'note',
  kind: 'text',
  required,
  max: TEXT_LIMITS.text,
});
const reason: StepField = { name: 'reason', kind: 'text', required: true, max: TEXT_LIMITS.text };

function spec(
  type: E,
  roles: readonly Role[],
  fields: readonly StepField[],
  rest: Partial<Pick<StepSpec, 'guard' | 'fold' | 'leaderActsAsSelf'>> = {},
): StepSpec {
  return Object.freeze({
    type,
    label: CASE_EVENT_TYPE_LABELS[type],
    mutation: STEP_MUTATION[type],
    roles,
    leaderActsAsSelf: rest.leaderActsAsSelf ?? false,
    fields: Object.freeze(fields),
    guard: rest.guard,
    fold: rest.fold,
  });
}

export const STEP_CATALOGUE: Readonly<Record<E, StepSpec>> = Object.freeze({
  [E.REGISTERED]: spec(E.REGISTERED, WORKERS, []),
  [E.FORWARDED]: spec(E.FORWARDED, WORKERS, [{ name: 'unitId', kind: 'unit', required: true }, note()], {
    fold: (f, e) => ({ unitId: e.unitId ?? f.unitId, forwardedAt: f.forwardedAt ?? e.at }),
  }),
  [E.ACCEPTED]: spec(E.ACCEPTED, WORKERS, [], { fold: (_f, e) => ({ acceptedAt: e.at }) }),
  [E.NOT_ACCEPTED]: spec(E.NOT_ACCEPTED, WORKERS, [reason], { fold: (_f, e) => ({ declinedAt: e.at }) }),
  [E.ASSIGNED]: spec(E.ASSIGNED, WORKERS, [{ name: 'leaderId', kind: 'leader', required: true }], {
    fold: (f, e) => ({ leaderId: e.leaderId ?? f.leaderId }),
  }),
  [E.VISIT]: spec(
    E.VISIT,
    WORKERS_AND_LEADERS,
    [
      { name: 'leaderId', kind: 'leader', required: true },
      { name: 'visitKind', kind: 'visitKind', required: true },
      note(),
    ],
    { leaderActsAsSelf: true },
  ),
  [E.INSTRUCTION]: spec(
    E.INSTRUCTION,
    WORKERS_AND_LEADERS,
    [
      { name: 'leaderId', kind: 'leader', required: true },
      { name: 'text', kind: 'text', required: true, max: TEXT_LIMITS.text },
    ],
    { leaderActsAsSelf: true },
  ),
  [E.SUPERVISED]: spec(
    E.SUPERVISED,
    WORKERS_AND_LEADERS,
    [
      note(true),
      { name: 'unitId', kind: 'unit', required: false },
      { name: 'leaderId', kind: 'leader', required: false },
    ],
    {
      leaderActsAsSelf: true,
      guard: (_f, e) =>
        e.unitId == null && e.leaderId == null
          ? refuse(ClockRuleCode.MISSING_INPUT, 'Supervision is by a unit or a leader: name one.')
          : OK,
    },
  ),
  [E.COORDINATION]: spec(E.COORDINATION, WORKERS, [
    { name: 'parties', kind: 'textList', required: true, min: 2, maxItems: 20, max: TEXT_LIMITS.partyName },
    { name: 'decisions', kind: 'textList', required: true, min: 1, maxItems: 50, max: TEXT_LIMITS.text },
  ]),
  [E.DEADLINE_SET]: spec(
    E.DEADLINE_SET,
    WORKERS,
    [
      { name: 'days', kind: 'days', required: true, min: 1, max: 60 },
      { name: 'leaderId', kind: 'leader', required: false },
    ],
    { guard: guardDeadline, fold: (_f, e) => ({ handlingDays: payloadNumber(e, 'days') }) },
  ),
  [E.HEARING_STARTED]: spec(E.HEARING_STARTED, WORKERS, [note()], {
    guard: guardHearingStart,
    fold: (_f, e) => ({ hearingStartedAt: e.at }),
  }),
  [E.HEARING_ENDED]: spec(
    E.HEARING_ENDED,
    WORKERS,
    [{ name: 'days', kind: 'days', required: true, min: 1, max: 90 }],
    {
      guard: guardHearingEnd,
      fold: foldHearingEnd,
    },
  ),
  [E.EXTENDED]: spec(
    E.EXTENDED,
    WORKERS,
    [
      { name: 'days', kind: 'days', required: true, min: 1, max: 30 },
      reason,
      { name: 'leaderId', kind: 'leader', required: true },
    ],
    {
      guard: guardExtension,
      fold: (_f, e) => ({
        extensionDays: payloadNumber(e, 'days'),
        delayReason: typeof e.payload?.reason === 'string' ? e.payload.reason : null,
      }),
    },
  ),
  [E.REPLIED]: spec(
    E.REPLIED,
    WORKERS,
    [
      { name: 'outcome', kind: 'outcome', required: true },
      { name: 'text', kind: 'text', required: true, max: TEXT_LIMITS.text },
      { name: 'changed', kind: 'boolean', required: false, requiredInStages: ['REVIEW', 'REREVIEW'] },
    ],
    // A reply ends any hearing left open (only possible once its clock ran out): it counts no days.
    { guard: guardReply, fold: (f, e) => ({ ...foldReply(f, e), hearingStartedAt: null }) },
  ),
  [E.REPLY_DELIVERED]: spec(
    E.REPLY_DELIVERED,
    WORKERS,
    [{ name: 'deliveredOn', kind: 'date', required: true }],
    {
      guard: guardDelivery,
      fold: foldDelivery,
    },
  ),
  [E.CLOSED]: spec(E.CLOSED, WORKERS, [], { fold: (f, e) => ({ closedAt: f.closedAt ?? e.at }) }),
  [E.RATED]: spec(E.RATED, WORKERS, [{ name: 'satisfaction', kind: 'satisfaction', required: true }], {
    // Append-only: the first rating counts for its period; a later one (回访复评) is a timeline event.
    fold: (f, e) =>
      f.ratedAt ? {} : { satisfaction: e.payload?.satisfaction as Satisfaction, ratedAt: e.at },
  }),
  [E.REVIEW_REQUESTED]: spec(E.REVIEW_REQUESTED, WORKERS, [reason], {
    guard: (f, e, options) => canRequestReview(f, e.at, options),
    fold: (_f, e) => ({ reviewRequestedAt: e.at }),
  }),
  [E.REREVIEW_REQUESTED]: spec(E.REREVIEW_REQUESTED, WORKERS, [reason], {
    guard: (f, e, options) => canRequestRereview(f, e.at, options),
    fold: (_f, e) => ({ rereviewRequestedAt: e.at }),
  }),
  [E.REOPENED]: spec(E.REOPENED, WORKERS, [reason], {
    fold: (f, e) => ({
      reopenedAt: e.at,
      reopenRepliedAt: null,
      reopenPausedDays: 0,
      reopenCount: f.reopenCount + 1,
      reopenedAfterClosingAt: f.reopenedAfterClosingAt ?? (f.status === S.CLOSED ? e.at : null),
    }),
  }),
  [E.MARKED_REPEAT]: spec(
    E.MARKED_REPEAT,
    WORKERS,
    [{ name: 'repeatOfCode', kind: 'caseCode', required: true }],
    {
      fold: (f, e) => {
        const id = e.payload?.repeatOfId;
        return { repeatOfId: typeof id === 'number' ? id : f.repeatOfId };
      },
    },
  ),
});
