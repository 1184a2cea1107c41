// The step catalogue: for every event of a case's life, who may take it, what it takes as input (and
// the limits), when it is allowed (state and clock), and how it changes the case's facts. The API's
// mutations, the seed generator, the spreadsheet import and the dashboard's step forms all read it,
// so a rule lives here once. A case's facts — and so its KPI facts — are the fold of its events.

import {
  type ClockOptions,
  ClockRuleCode,
  canExtend,
  canRequestRereview,
  canRequestReview,
  handlingDueAt,
  leadershipDueAt,
  reopenDueAt,
  resolveClockRules,
  rereviewDueAt,
  reviewDueAt,
  type RuleCheck,
  validateExtension,
  validateHandlingDays,
} from './clock.js';
import {
  CaseEventType as E,
  CaseStatus as S,
  Outcome,
  Satisfaction,
  VisitKind,
  CASE_EVENT_TYPE_LABELS,
  type Label,
} from './enums.js';
import type { KpiCaseFacts } from './kpi.js';
import { applyEvent, type ReviewStage } from './lifecycle.js';
import { Role } from './roles.js';
import { diffLocalDays, isLocalDate, localDate, startOfLocalDay } from './time.js';

/** One event as the catalogue reads it: the timeline row without its id and actor. */
export interface StepEvent {
  type: E;
  at: Date;
  leaderId?: number | null;
  unitId?: number | null;
  visitKind?: VisitKind | null;
  payload?: Readonly<Record<string, unknown>> | null;
}

/** Which statutory clock is running: first instance, 复查, 复核, or handling again after REOPENED. */
export type ClockStage = 'FIRST' | 'REVIEW' | 'REREVIEW' | 'REOPENED';

/** Everything the rules and the KPIs know about a case: the fold of its events. */
export interface CaseFacts extends KpiCaseFacts {
  status: S;
  reviewStage: ReviewStage;
  receivedAt: Date;
  forwardedAt: Date | null;
  acceptedAt: Date | null;
  declinedAt: Date | null;
  leaderId: number | null;
  unitId: number | null;
  handlingDays: number | null;
  extensionDays: number | null;
  delayReason: string | null;
  pausedDays: number;
  reviewPausedDays: number;
  rereviewPausedDays: number;
  reopenPausedDays: number;
  /** Start of the hearing under way, null when none: its days count once it ends. */
  hearingStartedAt: Date | null;
  repliedAt: Date | null;
  outcome: Outcome | null;
  deliveredAt: Date | null;
  closedAt: Date | null;
  /** The first rating only: later ones (回访复评) stay timeline events. */
  satisfaction: Satisfaction | null;
  ratedAt: Date | null;
  reviewRequestedAt: Date | null;
  reviewRepliedAt: Date | null;
  reviewChanged: boolean | null;
  reviewDeliveredAt: Date | null;
  rereviewRequestedAt: Date | null;
  rereviewRepliedAt: Date | null;
  reopenedAt: Date | null;
  reopenRepliedAt: Date | null;
  reopenedAfterClosingAt: Date | null;
  reopenCount: number;
  repeatOfId: number | null;
}

/** The facts of a case just registered at `receivedAt`. */
export function initialFacts(receivedAt: Date): CaseFacts {
  return {
    status: S.REGISTERED,
    reviewStage: 'NONE',
    receivedAt,
    forwardedAt: null,
    acceptedAt: null,
    declinedAt: null,
    leaderId: null,
    unitId: null,
    handlingDays: null,
    extensionDays: null,
    delayReason: null,
    pausedDays: 0,
    reviewPausedDays: 0,
    rereviewPausedDays: 0,
    reopenPausedDays: 0,
    hearingStartedAt: null,
    repliedAt: null,
    outcome: null,
    deliveredAt: null,
    closedAt: null,
    satisfaction: null,
    ratedAt: null,
    reviewRequestedAt: null,
    reviewRepliedAt: null,
    reviewChanged: null,
    reviewDeliveredAt: null,
    rereviewRequestedAt: null,
    rereviewRepliedAt: null,
    reopenedAt: null,
    reopenRepliedAt: null,
    reopenedAfterClosingAt: null,
    reopenCount: 0,
    repeatOfId: null,
  };
}

// ------------------------------------------------------------------ clocks per stage

/** The clock running now, or null when the office owes no answer (undecided, replied, closed, declined). */
export function openStage(f: CaseFacts): ClockStage | null {
  if (f.status === S.UNDER_REREVIEW) return 'REREVIEW';
  if (f.status === S.UNDER_REVIEW) return 'REVIEW';
  if (f.status !== S.ACCEPTED && f.status !== S.IN_PROGRESS) return null;
  if (f.reopenedAt && !f.reopenRepliedAt) return 'REOPENED';
  return f.repliedAt ? null : 'FIRST';
}

/** The statutory due date of a stage (the leadership clock is a separate, tighter one). */
export function stageDueAt(f: CaseFacts, stage: ClockStage, options?: ClockOptions): Date | null {
  switch (stage) {
    case 'FIRST':
      return handlingDueAt(f, options);
    case 'REVIEW':
      return reviewDueAt(f, options);
    case 'REREVIEW':
      return rereviewDueAt(f, options);
    case 'REOPENED':
      return reopenDueAt(f, options);
  }
}

const PAUSE_FIELD = {
  FIRST: 'pausedDays',
  REVIEW: 'reviewPausedDays',
  REREVIEW: 'rereviewPausedDays',
  REOPENED: 'reopenPausedDays',
} as const satisfies Record<ClockStage, keyof CaseFacts>;

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

const WORKERS: readonly Role[] = Object.freeze([Role.ADMIN, Role.CLERK]);
const WORKERS_AND_LEADERS: readonly Role[] = Object.freeze([Role.ADMIN, Role.CLERK, Role.LEADER]);

const OK: RuleCheck = Object.freeze({ ok: true });
function refuse(code: ClockRuleCode, message: string): RuleCheck {
  return { ok: false, code, message };
}

const note = (required = false): StepField => ({
  name: 'note',
  kind: 'text',
  required,
  max: TEXT_LIMITS.text,
});
const reason: StepField = { name: 'reason', kind: 'text', required: true, max: TEXT_LIMITS.text };

function payloadNumber(e: StepEvent, key: string): number {
  return Number(e.payload?.[key]);
}

/** The answer a REPLY_DELIVERED delivers: the latest one given. */
function latestAnswer(f: CaseFacts): { stage: ClockStage; at: Date } | null {
  const answers: { stage: ClockStage; at: Date | null }[] = [
    { stage: 'FIRST', at: f.repliedAt },
    { stage: 'REOPENED', at: f.reopenRepliedAt },
    { stage: 'REVIEW', at: f.reviewRepliedAt },
    { stage: 'REREVIEW', at: f.rereviewRepliedAt },
  ];
  let latest: { stage: ClockStage; at: Date } | null = null;
  for (const a of answers) if (a.at && (!latest || a.at > latest.at)) latest = { stage: a.stage, at: a.at };
  return latest;
}

/** When the delivered answer reached the petitioner: the start of `deliveredOn`, never before the answer. */
function deliveryInstant(f: CaseFacts, e: StepEvent): Date | null {
  const answer = latestAnswer(f);
  const day = e.payload?.deliveredOn;
  if (!answer || typeof day !== 'string' || !isLocalDate(day)) return null;
  const start = startOfLocalDay(day);
  return start < answer.at ? answer.at : start;
}

/**
 * A due date that a hearing of `stage` would move (the stage's own and, in the first instance, the
 * leadership clock) and that has already passed at `at`, or null. Pausing it then would revive it.
 */
function passedDueDate(f: CaseFacts, stage: ClockStage, at: Date, options?: ClockOptions): Date | null {
  const dues = [stageDueAt(f, stage, options), stage === 'FIRST' ? leadershipDueAt(f, options) : null];
  return dues.find((due): due is Date => due != null && at > due) ?? null;
}

function guardHearingStart(f: CaseFacts, e: StepEvent, options?: ClockOptions): RuleCheck {
  const stage = openStage(f);
  if (!stage) return refuse(ClockRuleCode.NO_OPEN_STAGE, 'No handling or review clock is running to pause.');
  if (f.hearingStartedAt)
    return refuse(ClockRuleCode.HEARING_ALREADY_OPEN, 'A hearing is already under way; end it first.');
  const passed = passedDueDate(f, stage, e.at, options);
  if (passed) {
    return refuse(
      ClockRuleCode.DEADLINE_PASSED,
      `The ${stage} due date ${passed.toISOString()} has passed; a hearing cannot pause a clock that has run out.`,
    );
  }
  return OK;
}

function guardHearingEnd(f: CaseFacts, e: StepEvent, options?: ClockOptions): RuleCheck {
  const stage = openStage(f);
  if (!f.hearingStartedAt || !stage)
    return refuse(ClockRuleCode.NO_HEARING_OPEN, 'No hearing is under way: start one before ending it.');
  // Days are counted when the hearing ends, so a clock that ran out meanwhile would otherwise come back.
  const passed = passedDueDate(f, stage, e.at, options);
  if (passed) {
    return refuse(
      ClockRuleCode.DEADLINE_PASSED,
      `The due date ${passed.toISOString()} passed while the hearing was under way; record the end before the due date. The hearing now counts no days: reply instead.`,
    );
  }
  const n = payloadNumber(e, 'days');
  if (!Number.isInteger(n) || n < 1)
    return refuse(
      ClockRuleCode.INVALID_DAYS,
      `Hearing days must be a positive whole number, got ${String(e.payload?.days)}.`,
    );
  // The start day counts: a hearing begun and ended the same day paused one day.
  const lasted = diffLocalDays(localDate(f.hearingStartedAt), localDate(e.at)) + 1;
  if (n > lasted) {
    return refuse(
      ClockRuleCode.HEARING_TOO_LONG,
      `The hearing began on ${localDate(f.hearingStartedAt)} and has lasted ${lasted} day(s); it cannot pause ${n}.`,
    );
  }
  const max = resolveClockRules(options?.rules).maxHearingDays;
  const total = f[PAUSE_FIELD[stage]] + n;
  if (total > max) {
    return refuse(
      ClockRuleCode.HEARING_TOO_LONG,
      `Hearings may pause one stage's clock by at most ${max} days in all; this would make ${total}.`,
    );
  }
  return OK;
}

function guardDeadline(f: CaseFacts, e: StepEvent, options?: ClockOptions): RuleCheck {
  if (openStage(f) !== 'FIRST') {
    return refuse(
      ClockRuleCode.NO_OPEN_STAGE,
      'A leadership deadline shortens the first-instance handling period, which is not running.',
    );
  }
  const n = payloadNumber(e, 'days');
  const valid = validateHandlingDays(n, options);
  if (!valid.ok) return valid;
  const current = leadershipDueAt(f, options);
  if (current && e.at > current) {
    return refuse(
      ClockRuleCode.DEADLINE_PASSED,
      `The leadership deadline ${current.toISOString()} has passed; it cannot be set again.`,
    );
  }
  const next = leadershipDueAt({ ...f, handlingDays: n }, options);
  if (next && e.at > next) {
    return refuse(
      ClockRuleCode.DEADLINE_PASSED,
      `A ${n}-day deadline from acceptance ended at ${next.toISOString()}, before now.`,
    );
  }
  return OK;
}

function guardExtension(f: CaseFacts, e: StepEvent, options?: ClockOptions): RuleCheck {
  if (openStage(f) !== 'FIRST')
    return refuse(
      ClockRuleCode.NO_OPEN_STAGE,
      'Only the first-instance handling period can be extended (Art. 34).',
    );
  const window = canExtend(f, e.at, options);
  return window.ok ? validateExtension(payloadNumber(e, 'days'), f.extensionDays, options) : window;
}

function guardReply(f: CaseFacts, e: StepEvent, options?: ClockOptions): RuleCheck {
  // A hearing whose clock ran out can no longer be ended (see guardHearingEnd): the reply closes it.
  if (f.hearingStartedAt && !passedDueDate(f, openStage(f) ?? 'FIRST', e.at, options))
    return refuse(ClockRuleCode.HEARING_ALREADY_OPEN, 'A hearing is under way; end it before replying.');
  return OK;
}

function guardDelivery(f: CaseFacts, e: StepEvent): RuleCheck {
  const answer = latestAnswer(f);
  if (!answer) return refuse(ClockRuleCode.NOTHING_TO_DELIVER, 'There is no written answer to deliver.');
  const delivered =
    answer.stage === 'REVIEW' ? f.reviewDeliveredAt : answer.stage === 'REREVIEW' ? null : f.deliveredAt;
  if (delivered && delivered >= answer.at)
    return refuse(ClockRuleCode.NOTHING_TO_DELIVER, 'The latest answer was already recorded as delivered.');
  const day = e.payload?.deliveredOn;
  if (typeof day !== 'string' || !isLocalDate(day))
    return refuse(ClockRuleCode.INVALID_DATE, 'deliveredOn must be a date YYYY-MM-DD.');
  if (day < localDate(answer.at))
    return refuse(
      ClockRuleCode.INVALID_DATE,
      `The answer of ${localDate(answer.at)} cannot arrive before it was given.`,
    );
  if (day > localDate(e.at))
    return refuse(ClockRuleCode.INVALID_DATE, 'A delivery cannot be recorded before it happened.');
  return OK;
}

function foldReply(f: CaseFacts, e: StepEvent): Partial<CaseFacts> {
  switch (openStage(f)) {
    case 'REVIEW':
      // Unknown (an imported answer that does not say) stays null and out of 复查改变率.
      return {
        reviewRepliedAt: e.at,
        reviewChanged: typeof e.payload?.changed === 'boolean' ? e.payload.changed : null,
      };
    case 'REREVIEW':
      return { rereviewRepliedAt: e.at };
    case 'REOPENED':
      return { reopenRepliedAt: e.at };
    default: {
      // The first reply is the one the KPIs count.
      if (f.repliedAt) return {};
      const outcome = e.payload?.outcome;
      return { repliedAt: e.at, outcome: typeof outcome === 'string' ? (outcome as Outcome) : null };
    }
  }
}

function foldDelivery(f: CaseFacts, e: StepEvent): Partial<CaseFacts> {
  const answer = latestAnswer(f);
  const at = deliveryInstant(f, e);
  if (!answer || !at) return {};
  if (answer.stage === 'REVIEW') return { reviewDeliveredAt: at };
  if (answer.stage === 'REREVIEW') return {};
  return { deliveredAt: at };
}

function foldHearingEnd(f: CaseFacts, e: StepEvent): Partial<CaseFacts> {
  const stage = openStage(f) ?? 'FIRST';
  const field = PAUSE_FIELD[stage];
  return { [field]: f[field] + payloadNumber(e, 'days'), hearingStartedAt: null };
}

function spec(
  type: E,
  roles: readonly Role[],
  fields: readonly StepField[],
  rest: Partial<Pick<StepSpec, 'guard' | 'fold' | 'leaderActsAsSelf'>> = {},
): StepSpec {
  return Object.freeze({
    type,
    label: CASE_EVENT_TYPE_LABELS[type],
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

// ------------------------------------------------------------------ checking and folding

const OUTCOMES = new Set<string>(Object.values(Outcome));
const SATISFACTIONS = new Set<string>(Object.values(Satisfaction));
const VISIT_KINDS = new Set<string>(Object.values(VisitKind));

function valueOf(e: StepEvent, field: StepField): unknown {
  if (field.kind === 'leader') return e.leaderId;
  if (field.kind === 'unit') return e.unitId;
  if (field.kind === 'visitKind') return e.visitKind;
  return e.payload?.[field.name];
}

function textProblem(
  name: string,
  value: unknown,
  max: number | undefined,
  required: boolean,
): string | null {
  if (value == null || (typeof value === 'string' && value.trim() === '')) {
    return required ? `${name} must not be empty.` : null;
  }
  if (typeof value !== 'string') return `${name} must be text.`;
  if (max !== undefined && [...value].length > max) return `${name} is limited to ${max} characters.`;
  return null;
}

/** Checks a step's inputs against its fields' limits; `stage` decides stage-bound requirements. */
export function checkStepInput(e: StepEvent, stage: ClockStage | null = null): RuleCheck {
  for (const field of STEP_CATALOGUE[e.type].fields) {
    const value = valueOf(e, field);
    const required = field.required || (stage !== null && (field.requiredInStages ?? []).includes(stage));
    if (value == null) {
      if (required) return refuse(ClockRuleCode.MISSING_INPUT, `${field.name} is required for ${e.type}.`);
      continue;
    }
    let problem: string | null = null;
    switch (field.kind) {
      case 'text':
      case 'caseCode':
        problem = textProblem(field.name, value, field.max ?? TEXT_LIMITS.text, required);
        break;
      case 'textList':
        if (!Array.isArray(value)) problem = `${field.name} must be a list.`;
        else if (value.length < (field.min ?? 0) || value.length > (field.maxItems ?? Infinity))
          problem = `${field.name}: between ${field.min ?? 0} and ${field.maxItems} items.`;
        else
          problem =
            value.map((v, i) => textProblem(`${field.name}.${i}`, v, field.max, true)).find((p) => p) ?? null;
        break;
      case 'days':
        if (
          !Number.isInteger(value) ||
          (value as number) < (field.min ?? 1) ||
          (value as number) > (field.max ?? Infinity)
        )
          problem = `${field.name} must be a whole number of days from ${field.min ?? 1} to ${field.max}.`;
        break;
      case 'leader':
      case 'unit':
        if (!Number.isSafeInteger(value) || (value as number) <= 0) problem = `${field.name} must be an id.`;
        break;
      case 'visitKind':
        if (!VISIT_KINDS.has(value as string)) problem = `${field.name} is not a visit kind.`;
        break;
      case 'outcome':
        if (!OUTCOMES.has(value as string)) problem = `${field.name} is not an outcome.`;
        break;
      case 'satisfaction':
        if (!SATISFACTIONS.has(value as string)) problem = `${field.name} is not a satisfaction level.`;
        break;
      case 'date':
        if (typeof value !== 'string' || !isLocalDate(value))
          problem = `${field.name} must be a date YYYY-MM-DD.`;
        break;
      case 'boolean':
        if (typeof value !== 'boolean') problem = `${field.name} must be true or false.`;
        break;
    }
    if (problem) {
      const code = problem.includes('limited to')
        ? ClockRuleCode.INPUT_TOO_LONG
        : field.kind === 'days'
          ? ClockRuleCode.INVALID_DAYS
          : field.kind === 'date'
            ? ClockRuleCode.INVALID_DATE
            : ClockRuleCode.MISSING_INPUT;
      return refuse(code, problem);
    }
  }
  return OK;
}

/** Whether `role` may take the step at all (a LEADER's own-leader rule is checked by the caller, who knows the user). */
export function roleMayTake(role: Role, type: E): boolean {
  return STEP_CATALOGUE[type].roles.includes(role);
}

/**
 * The facts after `e`, without checking the clock: the state machine still refuses an illegal event
 * (IllegalTransitionError). Replaying a recorded timeline uses this; new steps go through applyStep.
 */
export function foldStep(f: CaseFacts, e: StepEvent): CaseFacts {
  const state = applyEvent({ status: f.status, reviewStage: f.reviewStage }, e.type);
  const changes = STEP_CATALOGUE[e.type].fold?.(f, e) ?? {};
  // A copy of one fixed shape, then the changes: merging objects of varying shapes in one literal is
  // many times slower, and the seed folds millions of events.
  const next = { ...f };
  Object.assign(next, changes);
  next.status = state.status;
  next.reviewStage = state.reviewStage;
  return next;
}

/** The refusal of a step by its inputs or its guard, with a stable code for the API. */
export class StepRefusedError extends Error {
  constructor(
    readonly code: ClockRuleCode,
    message: string,
  ) {
    super(message);
    this.name = 'StepRefusedError';
  }
}

/**
 * Checks and applies a new step: the state machine (IllegalTransitionError), the inputs and the
 * guard (StepRefusedError), then the fold. `e.at` is when it happens — now, for every live step.
 */
export function applyStep(f: CaseFacts, e: StepEvent, options?: ClockOptions): CaseFacts {
  applyEvent({ status: f.status, reviewStage: f.reviewStage }, e.type);
  const input = checkStepInput(e, openStage(f));
  if (!input.ok) throw new StepRefusedError(input.code, input.message);
  const rule = STEP_CATALOGUE[e.type].guard?.(f, e, options) ?? OK;
  if (!rule.ok) throw new StepRefusedError(rule.code, rule.message);
  return foldStep(f, e);
}

/** Folds a whole timeline (it must start with REGISTERED) into the case's facts. */
export function foldEvents(events: readonly StepEvent[]): CaseFacts {
  const [first, ...rest] = events;
  if (!first || first.type !== E.REGISTERED) throw new RangeError('A timeline starts with REGISTERED.');
  let facts = initialFacts(first.at);
  for (const e of rest) facts = foldStep(facts, e);
  return facts;
}

/** Folds the events that happened up to and including `asOf`: the case as known on that instant. */
export function foldEventsAsOf(events: readonly StepEvent[], asOf: Date): CaseFacts | null {
  const known = events.filter((e) => e.at <= asOf);
  return known.length === 0 ? null : foldEvents(known);
}
