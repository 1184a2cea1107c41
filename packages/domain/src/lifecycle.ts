// The case state machine: which events each status accepts and where they lead. The dashboard asks
// it which actions to offer and the API refuses anything else, so both read this one table.
// It knows statuses only; rules that need dates (one extension, review windows) live in clock.ts.

import { CaseEventType as E, CaseStatus as S } from './enums.js';

type Moves = Readonly<Partial<Record<E, S>>>;

/** Events that leave the status as it is, spread into a row. */
function stay(status: S, events: readonly E[]): Moves {
  return Object.fromEntries(events.map((e) => [e, status]));
}

// Oversight from above may land on any open case.
const OVERSIGHT = [E.INSTRUCTION, E.SUPERVISED] as const;
// Work on the matter itself; on an accepted case it means handling has started.
const WORK = [E.ASSIGNED, E.VISIT, E.FORWARDED, E.COORDINATION, E.HEARING_STARTED] as const;
// What a review body may do while re-examining (no extension exists for reviews).
const REVIEW_WORK = [
  E.ASSIGNED,
  E.VISIT,
  E.COORDINATION,
  E.HEARING_STARTED,
  E.HEARING_ENDED,
  ...OVERSIGHT,
  E.MARKED_REPEAT,
] as const;

/**
 * status × event → next status. An event missing from a row is illegal in that status.
 * REGISTERED (the event) creates a case and is never legal on an existing one.
 */
export const TRANSITIONS: Readonly<Record<S, Moves>> = Object.freeze({
  [S.REGISTERED]: {
    // Forwarding (Art. 22), a reception visit, oversight and repeat marking happen before the decision.
    ...stay(S.REGISTERED, [E.FORWARDED, E.VISIT, ...OVERSIGHT, E.MARKED_REPEAT]),
    [E.ACCEPTED]: S.ACCEPTED,
    [E.NOT_ACCEPTED]: S.NOT_ACCEPTED,
  },
  // Terminal: nothing more is done on a declined matter; it may still be classified as a repeat.
  [S.NOT_ACCEPTED]: stay(S.NOT_ACCEPTED, [E.MARKED_REPEAT]),
  [S.ACCEPTED]: {
    ...stay(S.ACCEPTED, [...OVERSIGHT, E.DEADLINE_SET, E.EXTENDED, E.MARKED_REPEAT]),
    ...Object.fromEntries(WORK.map((e) => [e, S.IN_PROGRESS])),
    // A matter answered on the spot goes straight to the reply.
    [E.REPLIED]: S.REPLIED,
  },
  [S.IN_PROGRESS]: {
    ...stay(S.IN_PROGRESS, [
      ...WORK,
      E.HEARING_ENDED,
      ...OVERSIGHT,
      E.DEADLINE_SET,
      E.EXTENDED,
      E.MARKED_REPEAT,
    ]),
    [E.REPLIED]: S.REPLIED,
  },
  [S.REPLIED]: {
    // VISIT here is the follow-up visit (回访).
    ...stay(S.REPLIED, [E.REPLY_DELIVERED, E.RATED, E.VISIT, ...OVERSIGHT, E.MARKED_REPEAT]),
    [E.CLOSED]: S.CLOSED,
    [E.REVIEW_REQUESTED]: S.UNDER_REVIEW,
    [E.REREVIEW_REQUESTED]: S.UNDER_REREVIEW,
    [E.REOPENED]: S.IN_PROGRESS,
  },
  [S.CLOSED]: {
    ...stay(S.CLOSED, [E.REPLY_DELIVERED, E.RATED, E.VISIT, E.MARKED_REPEAT]),
    [E.REVIEW_REQUESTED]: S.UNDER_REVIEW,
    [E.REREVIEW_REQUESTED]: S.UNDER_REREVIEW,
    [E.REOPENED]: S.IN_PROGRESS,
  },
  // The review answer is a REPLIED event; re-handling it orders is a REOPENED after that answer.
  [S.UNDER_REVIEW]: { ...stay(S.UNDER_REVIEW, REVIEW_WORK), [E.REPLIED]: S.REPLIED },
  [S.UNDER_REREVIEW]: { ...stay(S.UNDER_REREVIEW, REVIEW_WORK), [E.REPLIED]: S.REPLIED },
});

/** The event that creates a case; it has no prior status. */
const CREATION_EVENT = E.REGISTERED;

/** Statuses in which the case still needs someone to act (everything but declined and closed). */
export const OPEN_STATUSES: readonly S[] = Object.freeze([
  S.REGISTERED,
  S.ACCEPTED,
  S.IN_PROGRESS,
  S.REPLIED,
  S.UNDER_REVIEW,
  S.UNDER_REREVIEW,
]);

export function isOpenStatus(status: S): boolean {
  return OPEN_STATUSES.includes(status);
}

// Enum order, so the dashboard's action list is stable.
const EVENT_ORDER = Object.values(E);

/** Events legal in `status`, in the enum's order. */
export function allowedEvents(status: S): E[] {
  const row = TRANSITIONS[status];
  return EVENT_ORDER.filter((e) => row[e] !== undefined);
}

export class IllegalTransitionError extends Error {
  readonly code = 'ILLEGAL_TRANSITION' as const;
  constructor(
    /** Null when the event was applied to a case that does not exist yet. */
    readonly from: S | null,
    readonly event: E,
    readonly allowed: readonly E[],
    message?: string,
  ) {
    super(message ?? describeRefusal(from, event, allowed));
    this.name = 'IllegalTransitionError';
  }
}

function describeRefusal(from: S | null, event: E, allowed: readonly E[]): string {
  const where = from === null ? 'before the case exists' : `in status ${from}`;
  return `Event ${event} is not allowed ${where}; allowed: ${allowed.length ? allowed.join(', ') : 'none'}.`;
}

export type TransitionCheck = { ok: true; next: S } | { ok: false; reason: string; allowed: E[] };

/** Non-throwing form of nextStatus, for offering and validating actions. */
export function canApply(status: S, event: E): TransitionCheck {
  const next = TRANSITIONS[status][event];
  if (next !== undefined) return { ok: true, next };
  const allowed = allowedEvents(status);
  return { ok: false, reason: describeRefusal(status, event, allowed), allowed };
}

/** The status after `event`; throws IllegalTransitionError when `status` does not accept it. */
export function nextStatus(status: S, event: E): S {
  const check = canApply(status, event);
  if (!check.ok) throw new IllegalTransitionError(status, event, check.allowed, check.reason);
  return check.next;
}

/**
 * How far re-examination has gone. Status alone cannot tell a first reply from a review answer, so
 * folding a timeline tracks it: review once, re-review only after the review, then final (Art. 36).
 * Reopening does not reset it — each level of re-examination is available once per matter.
 */
export type ReviewStage = 'NONE' | 'REVIEW' | 'REREVIEW';

export interface CaseState {
  status: S;
  reviewStage: ReviewStage;
}

export const INITIAL_CASE_STATE: Readonly<CaseState> = Object.freeze({
  status: S.REGISTERED,
  reviewStage: 'NONE',
});

const STAGE_NEEDED: Partial<Record<E, ReviewStage>> = {
  [E.REVIEW_REQUESTED]: 'NONE',
  [E.REREVIEW_REQUESTED]: 'REVIEW',
};
const STAGE_AFTER: Partial<Record<E, ReviewStage>> = {
  [E.REVIEW_REQUESTED]: 'REVIEW',
  [E.REREVIEW_REQUESTED]: 'REREVIEW',
};

/** Events legal in `state`: the status table narrowed by the review stage. */
export function allowedEventsInState(state: CaseState): E[] {
  return allowedEvents(state.status).filter((e) => {
    const needed = STAGE_NEEDED[e];
    return needed === undefined || needed === state.reviewStage;
  });
}

/** Applies one event to a state; throws IllegalTransitionError like nextStatus. */
export function applyEvent(state: CaseState, event: E): CaseState {
  // The common case by lookup: folding millions of seeded events must not build lists per event.
  const next = TRANSITIONS[state.status][event];
  const needed = STAGE_NEEDED[event];
  if (next !== undefined && (needed === undefined || needed === state.reviewStage)) {
    return { status: next, reviewStage: STAGE_AFTER[event] ?? state.reviewStage };
  }
  const allowed = allowedEventsInState(state);
  if (!allowed.includes(event)) {
    const reason =
      STAGE_NEEDED[event] !== undefined && TRANSITIONS[state.status][event] !== undefined
        ? `Event ${event} is not allowed at review stage ${state.reviewStage}: review comes once, re-review only after it, then the matter is final.`
        : undefined;
    throw new IllegalTransitionError(state.status, event, allowed, reason);
  }
  return { status: nextStatus(state.status, event), reviewStage: STAGE_AFTER[event] ?? state.reviewStage };
}

/**
 * Folds a timeline into its state, starting from REGISTERED. A leading REGISTERED event is the
 * creation itself and is skipped; anywhere else it is illegal.
 */
export function replayState(events: readonly { type: E }[]): CaseState {
  let state: CaseState = { ...INITIAL_CASE_STATE };
  events.forEach(({ type }, i) => {
    if (type === CREATION_EVENT) {
      if (i === 0) return;
      throw new IllegalTransitionError(state.status, type, allowedEventsInState(state));
    }
    state = applyEvent(state, type);
  });
  return state;
}

/** The status a timeline ends in (see replayState). */
export function replay(events: readonly { type: E }[]): S {
  return replayState(events).status;
}
