// A case's facts: what its events say about it (dates, stage clocks, pauses), folded by the step
// catalogue (steps.ts). The API stores them on the case row; the KPIs read them (kpi.ts).

import { type ClockOptions, handlingDueAt, reopenDueAt, rereviewDueAt, reviewDueAt } from './clock.js';
import {
  type CaseEventType as E,
  CaseStatus as S,
  type Outcome,
  type Satisfaction,
  type VisitKind,
} from './enums.js';
import type { KpiCaseFacts } from './kpi.js';
import type { ReviewStage } from './lifecycle.js';

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

export const PAUSE_FIELD = {
  FIRST: 'pausedDays',
  REVIEW: 'reviewPausedDays',
  REREVIEW: 'rereviewPausedDays',
  REOPENED: 'reopenPausedDays',
} as const satisfies Record<ClockStage, keyof CaseFacts>;
