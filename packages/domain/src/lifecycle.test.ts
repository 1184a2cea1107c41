import { describe, expect, it } from 'vitest';
import { CaseEventType as E, CaseStatus as S } from './enums.js';
import {
  allowedEvents,
  allowedEventsInState,
  applyEvent,
  canApply,
  IllegalTransitionError,
  INITIAL_CASE_STATE,
  isOpenStatus,
  nextStatus,
  OPEN_STATUSES,
  replay,
  replayState,
} from './lifecycle.js';

// The expected table, written out independently of TRANSITIONS: status → event → next status.
// Every pair not listed must be refused.
const EXPECTED: Record<S, Partial<Record<E, S>>> = {
  [S.REGISTERED]: {
    [E.FORWARDED]: S.REGISTERED,
    [E.ACCEPTED]: S.ACCEPTED,
    [E.NOT_ACCEPTED]: S.NOT_ACCEPTED,
    [E.VISIT]: S.REGISTERED,
    [E.INSTRUCTION]: S.REGISTERED,
    [E.SUPERVISED]: S.REGISTERED,
    [E.MARKED_REPEAT]: S.REGISTERED,
  },
  [S.NOT_ACCEPTED]: {
    [E.MARKED_REPEAT]: S.NOT_ACCEPTED,
  },
  [S.ACCEPTED]: {
    [E.FORWARDED]: S.IN_PROGRESS,
    [E.ASSIGNED]: S.IN_PROGRESS,
    [E.VISIT]: S.IN_PROGRESS,
    [E.INSTRUCTION]: S.ACCEPTED,
    [E.SUPERVISED]: S.ACCEPTED,
    [E.COORDINATION]: S.IN_PROGRESS,
    [E.DEADLINE_SET]: S.ACCEPTED,
    [E.HEARING_STARTED]: S.IN_PROGRESS,
    [E.EXTENDED]: S.ACCEPTED,
    [E.REPLIED]: S.REPLIED,
    [E.MARKED_REPEAT]: S.ACCEPTED,
  },
  [S.IN_PROGRESS]: {
    [E.FORWARDED]: S.IN_PROGRESS,
    [E.ASSIGNED]: S.IN_PROGRESS,
    [E.VISIT]: S.IN_PROGRESS,
    [E.INSTRUCTION]: S.IN_PROGRESS,
    [E.SUPERVISED]: S.IN_PROGRESS,
    [E.COORDINATION]: S.IN_PROGRESS,
    [E.DEADLINE_SET]: S.IN_PROGRESS,
    [E.HEARING_STARTED]: S.IN_PROGRESS,
    [E.HEARING_ENDED]: S.IN_PROGRESS,
    [E.EXTENDED]: S.IN_PROGRESS,
    [E.REPLIED]: S.REPLIED,
    [E.MARKED_REPEAT]: S.IN_PROGRESS,
  },
  [S.REPLIED]: {
    [E.VISIT]: S.REPLIED,
    [E.INSTRUCTION]: S.REPLIED,
    [E.SUPERVISED]: S.REPLIED,
    [E.CLOSED]: S.CLOSED,
    [E.REPLY_DELIVERED]: S.REPLIED,
    [E.RATED]: S.REPLIED,
    [E.REVIEW_REQUESTED]: S.UNDER_REVIEW,
    [E.REREVIEW_REQUESTED]: S.UNDER_REREVIEW,
    [E.REOPENED]: S.IN_PROGRESS,
    [E.MARKED_REPEAT]: S.REPLIED,
  },
  [S.CLOSED]: {
    [E.VISIT]: S.CLOSED,
    // Delivery of the written answer is often recorded after closing; it starts the review window.
    [E.REPLY_DELIVERED]: S.CLOSED,
    [E.RATED]: S.CLOSED,
    [E.REVIEW_REQUESTED]: S.UNDER_REVIEW,
    [E.REREVIEW_REQUESTED]: S.UNDER_REREVIEW,
    [E.REOPENED]: S.IN_PROGRESS,
    [E.MARKED_REPEAT]: S.CLOSED,
  },
  [S.UNDER_REVIEW]: {
    [E.ASSIGNED]: S.UNDER_REVIEW,
    [E.VISIT]: S.UNDER_REVIEW,
    [E.INSTRUCTION]: S.UNDER_REVIEW,
    [E.SUPERVISED]: S.UNDER_REVIEW,
    [E.COORDINATION]: S.UNDER_REVIEW,
    [E.HEARING_STARTED]: S.UNDER_REVIEW,
    [E.HEARING_ENDED]: S.UNDER_REVIEW,
    [E.REPLIED]: S.REPLIED,
    [E.MARKED_REPEAT]: S.UNDER_REVIEW,
  },
  [S.UNDER_REREVIEW]: {
    [E.ASSIGNED]: S.UNDER_REREVIEW,
    [E.VISIT]: S.UNDER_REREVIEW,
    [E.INSTRUCTION]: S.UNDER_REREVIEW,
    [E.SUPERVISED]: S.UNDER_REREVIEW,
    [E.COORDINATION]: S.UNDER_REREVIEW,
    [E.HEARING_STARTED]: S.UNDER_REREVIEW,
    [E.HEARING_ENDED]: S.UNDER_REREVIEW,
    [E.REPLIED]: S.REPLIED,
    [E.MARKED_REPEAT]: S.UNDER_REREVIEW,
  },
};

const pairs = Object.values(S).flatMap((status) => Object.values(E).map((event) => [status, event] as const));

describe('transition table: every status × every event', () => {
  it('covers 8 statuses × 21 events', () => {
    expect(pairs).toHaveLength(168);
  });

  it.each(pairs)('%s + %s', (status, event) => {
    const expected = EXPECTED[status][event];
    const check = canApply(status, event);
    if (expected === undefined) {
      expect(check.ok).toBe(false);
      expect(() => nextStatus(status, event)).toThrow(IllegalTransitionError);
    } else {
      expect(check).toEqual({ ok: true, next: expected });
      expect(nextStatus(status, event)).toBe(expected);
    }
  });
});

describe('allowedEvents', () => {
  it('lists the events of a status in enum order', () => {
    expect(allowedEvents(S.CLOSED)).toEqual([
      E.VISIT,
      E.REPLY_DELIVERED,
      E.RATED,
      E.REVIEW_REQUESTED,
      E.REREVIEW_REQUESTED,
      E.REOPENED,
      E.MARKED_REPEAT,
    ]);
  });
  it('never offers REGISTERED on an existing case', () => {
    for (const status of Object.values(S)) expect(allowedEvents(status)).not.toContain(E.REGISTERED);
  });
  it('offers oversight (instruction, supervision) on every open status and no closed one', () => {
    for (const status of Object.values(S)) {
      const offered = allowedEvents(status);
      expect(offered.includes(E.INSTRUCTION) && offered.includes(E.SUPERVISED)).toBe(isOpenStatus(status));
    }
  });
});

describe('OPEN_STATUSES', () => {
  it('are all statuses except NOT_ACCEPTED and CLOSED', () => {
    expect(OPEN_STATUSES).toEqual([
      S.REGISTERED,
      S.ACCEPTED,
      S.IN_PROGRESS,
      S.REPLIED,
      S.UNDER_REVIEW,
      S.UNDER_REREVIEW,
    ]);
    expect(isOpenStatus(S.CLOSED)).toBe(false);
    expect(isOpenStatus(S.NOT_ACCEPTED)).toBe(false);
    expect(isOpenStatus(S.REPLIED)).toBe(true);
  });
});

describe('IllegalTransitionError', () => {
  it('carries code, from, event and the allowed list', () => {
    let caught: unknown;
    try {
      nextStatus(S.NOT_ACCEPTED, E.VISIT);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(IllegalTransitionError);
    expect(caught).toBeInstanceOf(Error);
    const e = caught as IllegalTransitionError;
    expect([e.code, e.from, e.event, e.allowed, e.name]).toEqual([
      'ILLEGAL_TRANSITION',
      S.NOT_ACCEPTED,
      E.VISIT,
      [E.MARKED_REPEAT],
      'IllegalTransitionError',
    ]);
    expect(e.message).toBe('Event VISIT is not allowed in status NOT_ACCEPTED; allowed: MARKED_REPEAT.');
  });

  it('canApply gives the same reason and allowed list without throwing', () => {
    expect(canApply(S.REGISTERED, E.CLOSED)).toEqual({
      ok: false,
      reason:
        'Event CLOSED is not allowed in status REGISTERED; allowed: FORWARDED, ACCEPTED, NOT_ACCEPTED, VISIT, INSTRUCTION, SUPERVISED, MARKED_REPEAT.',
      allowed: [
        E.FORWARDED,
        E.ACCEPTED,
        E.NOT_ACCEPTED,
        E.VISIT,
        E.INSTRUCTION,
        E.SUPERVISED,
        E.MARKED_REPEAT,
      ],
    });
  });
});

const timeline = (...types: E[]): { type: E }[] => types.map((type) => ({ type }));

describe('replay', () => {
  it('folds the tree-shade case: registered, accepted, leader, visits, meeting, reply, close, rating', () => {
    const events = timeline(
      E.REGISTERED,
      E.MARKED_REPEAT,
      E.ACCEPTED,
      E.DEADLINE_SET,
      E.ASSIGNED,
      E.VISIT,
      E.INSTRUCTION,
      E.COORDINATION,
      E.HEARING_STARTED,
      E.HEARING_ENDED,
      E.EXTENDED,
      E.REPLIED,
      E.VISIT,
      E.CLOSED,
      E.RATED,
    );
    expect(replay(events)).toBe(S.CLOSED);
  });

  it('folds a case through review, re-handling and re-review to its final close', () => {
    const events = timeline(
      E.REGISTERED,
      E.ACCEPTED,
      E.ASSIGNED,
      E.REPLIED,
      E.CLOSED,
      E.REVIEW_REQUESTED,
      E.REPLIED,
      E.REOPENED,
      E.VISIT,
      E.REPLIED,
      E.REREVIEW_REQUESTED,
      E.HEARING_STARTED,
      E.HEARING_ENDED,
      E.REPLIED,
      E.CLOSED,
    );
    expect(replayState(events)).toEqual({ status: S.CLOSED, reviewStage: 'REREVIEW' });
  });

  it('starts from REGISTERED when the timeline omits the creation event', () => {
    expect(replay(timeline(E.ACCEPTED, E.VISIT))).toBe(S.IN_PROGRESS);
  });

  it('returns REGISTERED for an empty timeline', () => {
    expect(replay([])).toBe(S.REGISTERED);
  });

  it('ends in NOT_ACCEPTED for a declined matter', () => {
    expect(replay(timeline(E.REGISTERED, E.FORWARDED, E.NOT_ACCEPTED))).toBe(S.NOT_ACCEPTED);
  });

  it('refuses a second REGISTERED', () => {
    expect(() => replay(timeline(E.REGISTERED, E.ACCEPTED, E.REGISTERED))).toThrow(IllegalTransitionError);
  });

  it('refuses closing before replying, naming the status it stopped in', () => {
    expect(() => replay(timeline(E.REGISTERED, E.ACCEPTED, E.ASSIGNED, E.CLOSED))).toThrow(
      expect.objectContaining({ code: 'ILLEGAL_TRANSITION', from: S.IN_PROGRESS, event: E.CLOSED }),
    );
  });

  it('refuses re-review before any review', () => {
    expect(() => replay(timeline(E.REGISTERED, E.ACCEPTED, E.REPLIED, E.REREVIEW_REQUESTED))).toThrow(
      expect.objectContaining({ from: S.REPLIED, event: E.REREVIEW_REQUESTED }),
    );
  });

  it('refuses a second review', () => {
    expect(() =>
      replay(
        timeline(E.REGISTERED, E.ACCEPTED, E.REPLIED, E.REVIEW_REQUESTED, E.REPLIED, E.REVIEW_REQUESTED),
      ),
    ).toThrow(IllegalTransitionError);
  });

  it('refuses any review after the re-review answer: the matter is final', () => {
    const final = timeline(
      E.ACCEPTED,
      E.REPLIED,
      E.REVIEW_REQUESTED,
      E.REPLIED,
      E.REREVIEW_REQUESTED,
      E.REPLIED,
      E.CLOSED,
    );
    const state = replayState(final);
    expect(allowedEventsInState(state)).toEqual([
      E.VISIT,
      E.REPLY_DELIVERED,
      E.RATED,
      E.REOPENED,
      E.MARKED_REPEAT,
    ]);
    expect(() => applyEvent(state, E.REVIEW_REQUESTED)).toThrow(
      'Event REVIEW_REQUESTED is not allowed at review stage REREVIEW: review comes once, re-review only after it, then the matter is final.',
    );
  });
});

describe('allowedEventsInState', () => {
  it('offers review, not re-review, after the first reply', () => {
    const offered = allowedEventsInState({ status: S.REPLIED, reviewStage: 'NONE' });
    expect(offered).toContain(E.REVIEW_REQUESTED);
    expect(offered).not.toContain(E.REREVIEW_REQUESTED);
  });
  it('offers delivery of the answer only once an answer exists (REPLIED or CLOSED)', () => {
    const offering = Object.values(S).filter((status) =>
      allowedEventsInState({ status, reviewStage: 'NONE' }).includes(E.REPLY_DELIVERED),
    );
    expect(offering).toEqual([S.REPLIED, S.CLOSED]);
  });
  it('offers re-review, not review, after the review answer', () => {
    const offered = allowedEventsInState({ status: S.CLOSED, reviewStage: 'REVIEW' });
    expect(offered).toContain(E.REREVIEW_REQUESTED);
    expect(offered).not.toContain(E.REVIEW_REQUESTED);
  });
  it('starts from a registered case with no review', () => {
    expect(INITIAL_CASE_STATE).toEqual({ status: S.REGISTERED, reviewStage: 'NONE' });
  });
});
