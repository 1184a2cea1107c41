// The timeline an imported case gets, derived from the dates of its row, and the check that the row's
// status is the one the state machine reaches over that timeline.
import {
  CASE_STATUS_LABELS,
  CaseEventType as E,
  CaseStatus as S,
  handlingDueAt,
  IllegalTransitionError,
  replay,
} from '@lianxin/domain';
import { HEADER_OF } from './case-columns.js';
import type { SheetCase } from './sheet-case.js';

export interface DerivedEvent {
  type: E;
  at: Date;
  leaderId: number | null;
  unitId: number | null;
  payload: Record<string, unknown> | null;
  /** The column whose date placed it, to point at when the timeline is impossible. */
  column: string;
}

export interface TimelineProblem {
  column: string;
  message: string;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Later date column, earlier date column: each pair must not run backwards. */
const ORDER: readonly [keyof SheetCase, keyof SheetCase][] = [
  ['forwardedAt', 'receivedAt'],
  ['acceptedAt', 'receivedAt'],
  ['declinedAt', 'receivedAt'],
  ['repliedAt', 'acceptedAt'],
  ['closedAt', 'repliedAt'],
  ['ratedAt', 'repliedAt'],
  ['reviewRequestedAt', 'repliedAt'],
  ['reviewRepliedAt', 'reviewRequestedAt'],
  ['rereviewRequestedAt', 'reviewRepliedAt'],
  ['rereviewRepliedAt', 'rereviewRequestedAt'],
];

/** Facts that need another fact beside them. */
const NEEDS: readonly [keyof SheetCase, keyof SheetCase, string][] = [
  ['outcome', 'repliedAt', 'an outcome needs 答复时间'],
  ['repliedAt', 'outcome', '答复时间 needs an outcome (处理结果)'],
  ['satisfaction', 'ratedAt', 'a rating needs 评价时间'],
  ['ratedAt', 'satisfaction', '评价时间 needs 满意度'],
  ['delayReason', 'extensionDays', 'a delay reason needs 延期天数'],
  ['extensionDays', 'delayReason', '延期天数 needs 延期理由 (the reason is told to the petitioner, Art. 34)'],
];

function time(value: unknown): Date | null {
  return value instanceof Date ? value : null;
}

/** Checks the dates pairwise, so the report names the column and the date it must follow. */
export function checkDates(c: SheetCase): TimelineProblem[] {
  const problems: TimelineProblem[] = [];
  for (const [field, other, message] of NEEDS) {
    if (c[field] != null && c[other] == null)
      problems.push({ column: HEADER_OF[field as keyof typeof HEADER_OF], message });
  }
  if (c.acceptedAt && c.declinedAt)
    problems.push({
      column: HEADER_OF.declinedAt,
      message: 'a case is either accepted or declined, not both',
    });
  for (const [later, earlier] of ORDER) {
    const a = time(c[later]);
    const b = time(c[earlier]);
    if (a && b && a.getTime() < b.getTime()) {
      problems.push({
        column: HEADER_OF[later as keyof typeof HEADER_OF],
        message: `dates out of order: ${HEADER_OF[later as keyof typeof HEADER_OF]} is before ${HEADER_OF[earlier as keyof typeof HEADER_OF]}`,
      });
    }
  }
  return problems;
}

/**
 * The events a row's dates imply, in time order. Work the sheet has no date for (the leader's
 * assignment, the extension) is placed where it must have happened: the assignment with the acceptance,
 * the extension the day before the original deadline (and before the reply).
 */
export function deriveEvents(
  c: SheetCase,
  source: { file: string; row: number },
  repeatOfId: number | null,
  now: Date,
): DerivedEvent[] {
  const events: DerivedEvent[] = [];
  const add = (
    type: E,
    at: Date | null,
    column: string,
    extra: Partial<Omit<DerivedEvent, 'type' | 'at' | 'column'>> = {},
  ): void => {
    if (!at) return;
    events.push({ type, at, column, leaderId: null, unitId: null, payload: null, ...extra });
  };
  add(E.REGISTERED, c.receivedAt, HEADER_OF.receivedAt, {
    payload: { source: source.file, row: source.row },
  });
  if (c.repeatOfCode) {
    add(E.MARKED_REPEAT, c.receivedAt, HEADER_OF.repeatOf, {
      payload: { repeatOfId, repeatOfCode: c.repeatOfCode },
    });
  }
  add(E.FORWARDED, c.forwardedAt, HEADER_OF.forwardedAt, { unitId: c.unitId });
  add(E.ACCEPTED, c.acceptedAt, HEADER_OF.acceptedAt, { unitId: c.unitId });
  add(E.NOT_ACCEPTED, c.declinedAt, HEADER_OF.declinedAt, { unitId: c.unitId });
  if (c.leaderId != null) {
    add(E.ASSIGNED, c.acceptedAt ?? c.declinedAt ?? c.receivedAt, HEADER_OF.leader, { leaderId: c.leaderId });
  }
  // A leadership period and hearing days the sheet gives are steps too: the fold reads only events.
  if (c.handlingDays != null && c.acceptedAt) {
    add(E.DEADLINE_SET, new Date(c.acceptedAt.getTime() + MINUTE), HEADER_OF.handlingDays, {
      payload: { days: c.handlingDays },
    });
  }
  if (c.pausedDays > 0 && c.acceptedAt) {
    const start = c.acceptedAt.getTime() + 2 * MINUTE;
    const end = Math.min(start + (c.pausedDays - 1) * DAY, (c.repliedAt ?? now).getTime() - MINUTE);
    add(E.HEARING_STARTED, new Date(start), HEADER_OF.pausedDays);
    add(E.HEARING_ENDED, new Date(Math.max(start, end)), HEADER_OF.pausedDays, {
      payload: { days: c.pausedDays },
    });
  }
  if (c.extensionDays != null) {
    const start = c.acceptedAt ?? c.receivedAt;
    const baseDue = c.acceptedAt ? handlingDueAt({ ...c, extensionDays: null }) : null;
    let at = baseDue ? baseDue.getTime() - DAY : start.getTime();
    at = Math.min(at, c.repliedAt ? c.repliedAt.getTime() - MINUTE : now.getTime());
    add(E.EXTENDED, new Date(Math.max(at, start.getTime())), HEADER_OF.extensionDays, {
      unitId: c.unitId,
      payload: { days: c.extensionDays, reason: c.delayReason },
    });
  }
  add(E.REPLIED, c.repliedAt, HEADER_OF.repliedAt, { unitId: c.unitId, payload: { outcome: c.outcome } });
  add(E.CLOSED, c.closedAt, HEADER_OF.closedAt, { unitId: c.unitId });
  add(E.RATED, c.ratedAt, HEADER_OF.ratedAt, { payload: { satisfaction: c.satisfaction } });
  add(E.REVIEW_REQUESTED, c.reviewRequestedAt, HEADER_OF.reviewRequestedAt);
  add(E.REPLIED, c.reviewRepliedAt, HEADER_OF.reviewRepliedAt, { payload: { review: 'REVIEW' } });
  add(E.REREVIEW_REQUESTED, c.rereviewRequestedAt, HEADER_OF.rereviewRequestedAt);
  add(E.REPLIED, c.rereviewRepliedAt, HEADER_OF.rereviewRepliedAt, { payload: { review: 'REREVIEW' } });
  // Stable: equal instants keep the lifecycle order above.
  return events.sort((a, b) => a.at.getTime() - b.at.getTime());
}

function label(status: S): string {
  return `${CASE_STATUS_LABELS[status].zh} (${status})`;
}

/**
 * Replays the derived timeline and compares it with the row's status. Two gaps of the sheet are
 * bridged, each because no column records the step: 办理中 where the dates say 已受理 (work — visits,
 * meetings — has no date column), and 已办结 after a review answer (办结时间 is the first closure; the
 * closure after a review answer is added at the answer's time).
 */
export function checkStatus(c: SheetCase, events: DerivedEvent[]): TimelineProblem | null {
  let derived: S;
  try {
    derived = replay(events);
  } catch (error) {
    if (!(error instanceof IllegalTransitionError)) throw error;
    const culprit = events.find((e) => e.type === error.event && e !== events[0]);
    const column = culprit?.column ?? HEADER_OF.status;
    return {
      column,
      message: `impossible sequence of dates: ${column} comes when the case is ${
        error.from ? label(error.from) : 'not registered'
      }`,
    };
  }
  if (derived === c.status) return null;
  if (c.status === S.IN_PROGRESS && derived === S.ACCEPTED) {
    // Handling began with work the sheet has no date for: recorded as the hand-over to the responsible
    // unit just after acceptance (an earlier 转送交办时间 stays the forwarding date), so the fold —
    // the case's facts — reaches 办理中 as the row says.
    const accepted = events.find((e) => e.type === E.ACCEPTED)!;
    const at = new Date(accepted.at.getTime() + 60_000);
    const position = events.findIndex((e) => e.at.getTime() > at.getTime());
    const work: DerivedEvent = {
      type: E.FORWARDED,
      at,
      column: HEADER_OF.status,
      leaderId: null,
      unitId: c.unitId,
      payload: { handlingStarted: true },
    };
    if (position < 0) events.push(work);
    else events.splice(position, 0, work);
    return null;
  }
  const answered = c.rereviewRepliedAt ?? c.reviewRepliedAt;
  if (c.status === S.CLOSED && derived === S.REPLIED && answered) {
    const last = events[events.length - 1]!;
    events.push({
      type: E.CLOSED,
      at: last.at,
      column: HEADER_OF.status,
      leaderId: null,
      unitId: c.unitId,
      payload: { afterReview: true },
    });
    return null;
  }
  return {
    column: HEADER_OF.status,
    message: `status ${label(c.status)} disagrees with the dates, which give ${label(derived)}`,
  };
}
