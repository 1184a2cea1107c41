// The deadlines a case has so far, in lifecycle order, and the state of each at an instant.

import { type ClockFacts, type ClockOptions, type ClockRules, resolveClockRules } from './clock-rules.js';
import {
  acceptanceDoneAt,
  dueAfter,
  handlingDoneAt,
  handlingDueAt,
  isBeyondCalendar,
  leadershipDueAt,
  registrationDoneAt,
  reopenDueAt,
  rereviewDueAt,
  reviewDueAt,
} from './clock-due-dates.js';
import { diffLocalDays, localDate } from './time.js';

export enum DeadlineKind {
  REGISTRATION = 'REGISTRATION',
  ACCEPTANCE = 'ACCEPTANCE',
  /** The statutory handling period of the first instance (Art. 34), extension and hearings included. */
  HANDLING = 'HANDLING',
  /** A shorter period set by leadership (限期办理): a second, tighter clock beside HANDLING. */
  LEADERSHIP = 'LEADERSHIP',
  /** Handling again after REOPENED: a fresh statutory period of its own. */
  REOPENED = 'REOPENED',
  REVIEW_REQUEST = 'REVIEW_REQUEST',
  REVIEW = 'REVIEW',
  REREVIEW_REQUEST = 'REREVIEW_REQUEST',
  REREVIEW = 'REREVIEW',
}

export enum DeadlineState {
  /** Pending, more than `dueSoonDays` local days left. */
  ON_TIME = 'ON_TIME',
  /** Pending, `dueSoonDays` or fewer local days left (0 = due today). */
  DUE_SOON = 'DUE_SOON',
  /** Pending and past dueAt. */
  OVERDUE = 'OVERDUE',
  /** Done at or before dueAt. */
  MET = 'MET',
  /** Done after dueAt. */
  MISSED = 'MISSED',
}

export interface Deadline {
  kind: DeadlineKind;
  startAt: Date;
  dueAt: Date;
  doneAt: Date | null;
  state: DeadlineState;
  /** The due day lies after the last day the holiday calendar covers: it may move when the next year's arrangement is added. */
  beyondCalendar: boolean;
  /**
   * Whole local days from asOf's day to dueAt's day, negative when overdue; 0 on the due day.
   * Once the step is done it is measured from doneAt instead (days to spare, or days late), so a
   * case closed years ago does not report a meaningless -900.
   */
  daysLeft: number;
}

function deadline(
  kind: DeadlineKind,
  startAt: Date,
  dueAt: Date,
  doneAt: Date | null,
  asOf: Date,
  rules: ClockRules,
  options?: ClockOptions,
): Deadline {
  const daysLeft = diffLocalDays(localDate(doneAt ?? asOf), localDate(dueAt));
  let state: DeadlineState;
  if (doneAt) state = doneAt.getTime() <= dueAt.getTime() ? DeadlineState.MET : DeadlineState.MISSED;
  else if (asOf.getTime() > dueAt.getTime()) state = DeadlineState.OVERDUE;
  else state = daysLeft <= rules.dueSoonDays ? DeadlineState.DUE_SOON : DeadlineState.ON_TIME;
  return {
    kind,
    startAt,
    dueAt,
    doneAt,
    state,
    beyondCalendar: isBeyondCalendar(localDate(dueAt), options),
    daysLeft,
  };
}

/**
 * The deadlines that apply to the case so far, in lifecycle order. Registration and acceptance
 * always apply; handling (and the leadership clock, when set) once accepted; each review step once
 * the step before it happened; a reopened case's own handling clock after REOPENED.
 * REVIEW_REQUEST and REREVIEW_REQUEST are the petitioner's windows, running from delivery of the
 * written answer: OVERDUE there means "closed unused", not a failure of the office.
 */
export function computeDeadlines(facts: ClockFacts, asOf: Date, options?: ClockOptions): Deadline[] {
  const rules = resolveClockRules(options?.rules);
  return deadlineSpans(facts, options).map((d) =>
    deadline(d.kind, d.startAt, d.dueAt, d.doneAt, asOf, rules, options),
  );
}

/** A deadline without its state: what applies, from when, due when, done when. */
export interface DeadlineSpan {
  kind: DeadlineKind;
  startAt: Date;
  dueAt: Date;
  doneAt: Date | null;
}

/** The deadlines that apply, as spans (computeDeadlines without judging them at an instant). */
export function deadlineSpans(facts: ClockFacts, options?: ClockOptions): DeadlineSpan[] {
  const rules = resolveClockRules(options?.rules);
  const due = (start: Date, n: number): Date => dueAfter(start, n, options);
  const make = (kind: DeadlineKind, startAt: Date, dueAt: Date, doneAt: Date | null | undefined) => ({
    kind,
    startAt,
    dueAt,
    doneAt: doneAt ?? null,
  });
  const out: DeadlineSpan[] = [
    make(
      DeadlineKind.REGISTRATION,
      facts.receivedAt,
      due(facts.receivedAt, rules.registrationDays),
      registrationDoneAt(facts),
    ),
    make(
      DeadlineKind.ACCEPTANCE,
      facts.receivedAt,
      due(facts.receivedAt, rules.acceptanceDays),
      acceptanceDoneAt(facts),
    ),
  ];
  const handlingDue = handlingDueAt(facts, options);
  if (facts.acceptedAt && handlingDue) {
    out.push(make(DeadlineKind.HANDLING, facts.acceptedAt, handlingDue, handlingDoneAt(facts)));
    const leadershipDue = leadershipDueAt(facts, options);
    if (leadershipDue) {
      out.push(make(DeadlineKind.LEADERSHIP, facts.acceptedAt, leadershipDue, handlingDoneAt(facts)));
    }
  }
  if (facts.deliveredAt) {
    out.push(
      make(
        DeadlineKind.REVIEW_REQUEST,
        facts.deliveredAt,
        due(facts.deliveredAt, rules.reviewRequestDays),
        facts.reviewRequestedAt,
      ),
    );
  }
  const reviewDue = reviewDueAt(facts, options);
  if (facts.reviewRequestedAt && reviewDue) {
    out.push(make(DeadlineKind.REVIEW, facts.reviewRequestedAt, reviewDue, facts.reviewRepliedAt));
  }
  if (facts.reviewDeliveredAt) {
    out.push(
      make(
        DeadlineKind.REREVIEW_REQUEST,
        facts.reviewDeliveredAt,
        due(facts.reviewDeliveredAt, rules.rereviewRequestDays),
        facts.rereviewRequestedAt,
      ),
    );
  }
  const rereviewDue = rereviewDueAt(facts, options);
  if (facts.rereviewRequestedAt && rereviewDue) {
    out.push(make(DeadlineKind.REREVIEW, facts.rereviewRequestedAt, rereviewDue, facts.rereviewRepliedAt));
  }
  const reopenDue = reopenDueAt(facts, options);
  if (facts.reopenedAt && reopenDue) {
    out.push(make(DeadlineKind.REOPENED, facts.reopenedAt, reopenDue, facts.reopenRepliedAt));
  }
  return out;
}
