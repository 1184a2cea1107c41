// Columns of a case that are derived from its facts by the domain clock. Every writer (seed, import,
// mutations) stores them through this one function so SQL filters and the clock never disagree.
import {
  acceptanceDueAt,
  CaseStatus,
  computeDeadlines,
  DeadlineKind,
  handlingDueAt,
  localDate,
  type ClockFacts,
} from '@lianxin/domain';

export interface DerivedCaseColumns {
  receivedOn: string;
  acceptanceDueAt: Date;
  dueAt: Date | null;
  currentDueAt: Date | null;
  currentDeadline: DeadlineKind | null;
}

/** Deadlines the petitioner, not the office, may let pass: they never make a case overdue. */
const PETITIONER_WINDOWS = new Set([DeadlineKind.REVIEW_REQUEST, DeadlineKind.REREVIEW_REQUEST]);
const SETTLED = new Set([CaseStatus.NOT_ACCEPTED, CaseStatus.CLOSED]);

export function deriveCaseColumns(facts: ClockFacts & { status: CaseStatus }): DerivedCaseColumns {
  let current: { dueAt: Date; kind: DeadlineKind } | null = null;
  if (!SETTLED.has(facts.status)) {
    // Pending is decided by doneAt alone, so any asOf will do.
    for (const deadline of computeDeadlines(facts, facts.receivedAt)) {
      if (deadline.doneAt || PETITIONER_WINDOWS.has(deadline.kind)) continue;
      if (!current || deadline.dueAt < current.dueAt)
        current = { dueAt: deadline.dueAt, kind: deadline.kind };
    }
  }
  return {
    receivedOn: localDate(facts.receivedAt),
    acceptanceDueAt: acceptanceDueAt(facts),
    dueAt: handlingDueAt(facts),
    currentDueAt: current?.dueAt ?? null,
    currentDeadline: current?.kind ?? null,
  };
}
