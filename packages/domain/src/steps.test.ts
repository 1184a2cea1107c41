// The step catalogue's inputs and roles, and a property test: no random sequence of allowed steps bends
// a clock (issue 12).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ClockOptions,
  ClockRuleCode,
  computeDeadlines,
  type Deadline,
  DeadlineKind,
  DeadlineState,
} from './clock.js';
import { CaseEventType as E, CaseStatus as S, Outcome, Satisfaction, VisitKind } from './enums.js';
import { allowedEventsInState } from './lifecycle.js';
import { Role } from './roles.js';
import {
  applyStep,
  checkStepInput,
  foldEvents,
  foldEventsAsOf,
  roleMayTake,
  StepRefusedError,
} from './step-apply.js';
import { type CaseFacts, initialFacts, type StepEvent } from './case-facts.js';
import { STEP_CATALOGUE, TEXT_LIMITS } from './steps.js';
import { addLocalDays, diffLocalDays, localDate } from './time.js';
import { answer, refusedWith, run, step, type StepInput, t } from './test/steps-fixtures.js';

// ------------------------------------------------------------------ inputs and roles

describe('step inputs and their limits', () => {
  const base = run([step(E.REGISTERED, '2023-06-01T10:00:00'), step(E.ACCEPTED, '2023-06-02T10:00:00')]);

  it('refuses text over its limit with INPUT_TOO_LONG, counting characters, not UTF-16 units', () => {
    const instruction = (text: string): StepEvent =>
      step(E.INSTRUCTION, '2023-06-03T10:00:00', { leaderId: 1, payload: { text } });
    expect(() => applyStep(base, instruction('办'.repeat(TEXT_LIMITS.text + 1)))).toThrow(
      refusedWith(ClockRuleCode.INPUT_TOO_LONG),
    );
    expect(applyStep(base, instruction('办'.repeat(TEXT_LIMITS.text))).status).toBe(S.ACCEPTED);
    // 5,000 emoji are 10,000 UTF-16 units but 5,000 characters.
    expect(checkStepInput(instruction('😀'.repeat(TEXT_LIMITS.text)))).toEqual({ ok: true });
  });

  it('limits party names of a coordination meeting to 64 characters', () => {
    const meeting = (parties: string[]): StepEvent =>
      step(E.COORDINATION, '2023-06-03T10:00:00', { payload: { parties, decisions: ['Repair the road.'] } });
    expect(checkStepInput(meeting(['村委会', 'x'.repeat(TEXT_LIMITS.partyName)]))).toEqual({ ok: true });
    expect(checkStepInput(meeting(['村委会', 'x'.repeat(TEXT_LIMITS.partyName + 1)]))).toMatchObject({
      ok: false,
      code: ClockRuleCode.INPUT_TOO_LONG,
    });
    expect(checkStepInput(meeting(['村委会']))).toMatchObject({
      ok: false,
      code: ClockRuleCode.MISSING_INPUT,
    });
  });

  it('refuses missing or blank required input with MISSING_INPUT', () => {
    expect(() => applyStep(base, step(E.ASSIGNED, '2023-06-03T10:00:00'))).toThrow(
      refusedWith(ClockRuleCode.MISSING_INPUT),
    );
    expect(() =>
      applyStep(
        base,
        step(E.EXTENDED, '2023-06-03T10:00:00', { leaderId: 1, payload: { days: 10, reason: '   ' } }),
      ),
    ).toThrow(refusedWith(ClockRuleCode.MISSING_INPUT));
    expect(() => applyStep(base, step(E.REPLIED, '2023-06-03T10:00:00', { payload: { text: 'x' } }))).toThrow(
      refusedWith(ClockRuleCode.MISSING_INPUT),
    );
  });

  it('refuses days outside a step’s range with INVALID_DAYS', () => {
    const extension = (days: unknown): StepEvent =>
      step(E.EXTENDED, '2023-06-03T10:00:00', { leaderId: 1, payload: { days, reason: 'Survey.' } });
    for (const days of [0, -3, 31, 7.5, '10']) {
      expect(() => applyStep(base, extension(days))).toThrow(refusedWith(ClockRuleCode.INVALID_DAYS));
    }
    expect(applyStep(base, extension(30)).extensionDays).toBe(30);
  });

  it('needs a unit or a leader for supervision', () => {
    const supervise = (input: StepInput): StepEvent =>
      step(E.SUPERVISED, '2023-06-03T10:00:00', { payload: { note: 'Supervised.' }, ...input });
    expect(() => applyStep(base, supervise({}))).toThrow(refusedWith(ClockRuleCode.MISSING_INPUT));
    expect(applyStep(base, supervise({ unitId: 4 })).status).toBe(S.ACCEPTED);
    expect(applyStep(base, supervise({ leaderId: 2 })).status).toBe(S.ACCEPTED);
    expect(() => applyStep(base, supervise({ unitId: 4, payload: {} }))).toThrow(
      refusedWith(ClockRuleCode.MISSING_INPUT),
    );
  });

  it('needs the review decision (changed or not) only when answering a review', () => {
    const reply = answer('2023-06-10T10:00:00');
    expect(checkStepInput(reply, 'FIRST')).toEqual({ ok: true });
    expect(checkStepInput(reply, 'REVIEW')).toMatchObject({ ok: false, code: ClockRuleCode.MISSING_INPUT });
    expect(checkStepInput(reply, 'REREVIEW')).toMatchObject({ ok: false, code: ClockRuleCode.MISSING_INPUT });
  });
});

describe('roles', () => {
  it('lets ADMIN and CLERK take every step', () => {
    for (const type of Object.values(E)) {
      expect(roleMayTake(Role.ADMIN, type)).toBe(true);
      expect(roleMayTake(Role.CLERK, type)).toBe(true);
    }
  });
  it('lets a LEADER record only their own visits, instructions and supervision', () => {
    const leaderSteps = Object.values(E).filter((type) => roleMayTake(Role.LEADER, type));
    expect(leaderSteps).toEqual([E.VISIT, E.INSTRUCTION, E.SUPERVISED]);
    for (const type of leaderSteps) expect(STEP_CATALOGUE[type].leaderActsAsSelf).toBe(true);
  });
  it('lets ANALYST and DISPLAY take no step', () => {
    for (const type of Object.values(E)) {
      expect(roleMayTake(Role.ANALYST, type)).toBe(false);
      expect(roleMayTake(Role.DISPLAY, type)).toBe(false);
    }
  });
  it('labels every step', () => {
    for (const type of Object.values(E)) {
      expect(STEP_CATALOGUE[type].type).toBe(type);
      expect(STEP_CATALOGUE[type].label.zh.length * STEP_CATALOGUE[type].label.en.length).toBeGreaterThan(0);
    }
  });
});

// ------------------------------------------------------------------ property: no sequence bends a clock

/** One random draw per step: which allowed event, how long after the previous step, and its inputs. */
interface Draw {
  pick: number;
  gapMinutes: number;
  n: number;
  flag: boolean;
}

const DAY_MINUTES = 24 * 60;
const drawArb: fc.Arbitrary<Draw> = fc.record({
  pick: fc.nat(),
  // Mostly hours to days, sometimes weeks, so deadlines are both met and missed.
  gapMinutes: fc.oneof(
    fc.integer({ min: 1, max: 2 * DAY_MINUTES }),
    fc.integer({ min: 1, max: 20 * DAY_MINUTES }),
    fc.integer({ min: 1, max: 50 * DAY_MINUTES }),
  ),
  n: fc.nat({ max: 10_000 }),
  flag: fc.boolean(),
});
const optionsArb: fc.Arbitrary<ClockOptions | undefined> = fc.constantFrom(
  undefined,
  { lastDayRule: false },
  { dayMode: 'WORKING' as const },
  { rules: { maxHearingDays: 10 } },
);

// Steps that move a case on or touch a clock are drawn five times as often as side steps (visits,
// oversight, repeat marking), so sequences reach reviews, reopenings and hearings.
const SIDE_STEPS = new Set<E>([
  E.FORWARDED,
  E.ASSIGNED,
  E.VISIT,
  E.INSTRUCTION,
  E.SUPERVISED,
  E.COORDINATION,
  E.MARKED_REPEAT,
  E.NOT_ACCEPTED,
]);
function weighted(allowed: readonly E[], f: CaseFacts): E[] {
  // While a hearing is under way, ending it is the likeliest next step.
  const weight = (type: E): number =>
    type === E.HEARING_ENDED && f.hearingStartedAt ? 30 : SIDE_STEPS.has(type) ? 1 : 5;
  return allowed.flatMap((type) => Array<E>(weight(type)).fill(type));
}

const OUTCOMES = Object.values(Outcome);
const SATISFACTIONS = Object.values(Satisfaction);
const VISIT_KINDS = Object.values(VisitKind);

/** Plausible inputs for the step, sometimes out of range (those are refused and skipped). */
function plausibleStep(type: E, at: Date, f: CaseFacts, d: Draw): StepEvent {
  const leaderId = 1 + (d.n % 5);
  const reason = { reason: 'Asked for by the petitioner.' };
  switch (type) {
    case E.FORWARDED:
      return { type, at, unitId: 1 + (d.n % 7) };
    case E.ASSIGNED:
      return { type, at, leaderId };
    case E.VISIT:
      return { type, at, leaderId, visitKind: VISIT_KINDS[d.n % VISIT_KINDS.length] };
    case E.INSTRUCTION:
      return { type, at, leaderId, payload: { text: 'Settle it this month.' } };
    case E.SUPERVISED:
      return { type, at, ...(d.flag ? { unitId: 2 } : { leaderId }), payload: { note: 'Supervised.' } };
    case E.COORDINATION:
      return { type, at, payload: { parties: ['村委会', '信访人'], decisions: ['Repair the road.'] } };
    case E.DEADLINE_SET:
      return { type, at, payload: { days: 1 + (d.n % 60) } };
    case E.HEARING_ENDED: {
      const lasted = f.hearingStartedAt ? diffLocalDays(localDate(f.hearingStartedAt), localDate(at)) + 1 : 1;
      return { type, at, payload: { days: 1 + (d.n % (lasted + 2)) } };
    }
    case E.EXTENDED:
      return { type, at, leaderId, payload: { days: 1 + (d.n % 30), ...reason } };
    case E.REPLIED:
      return {
        type,
        at,
        payload: { outcome: OUTCOMES[d.n % OUTCOMES.length], text: 'Written answer.', changed: d.flag },
      };
    case E.REPLY_DELIVERED: {
      // Usually a day up to a week back, now and then tomorrow (refused).
      const offset = d.n % 9 === 0 ? 1 : -(d.n % 8);
      return { type, at, payload: { deliveredOn: addLocalDays(localDate(at), offset) } };
    }
    case E.RATED:
      return { type, at, payload: { satisfaction: SATISFACTIONS[d.n % SATISFACTIONS.length] } };
    case E.NOT_ACCEPTED:
    case E.REVIEW_REQUESTED:
    case E.REREVIEW_REQUESTED:
    case E.REOPENED:
      return { type, at, payload: reason };
    case E.MARKED_REPEAT:
      return { type, at, payload: { repeatOfCode: 'LX-2023-000001', repeatOfId: 1 } };
    default:
      return { type, at };
  }
}

// The office's own clocks must never disappear once overdue; the petitioner's windows restart with a new answer.
const OFFICE_KINDS = new Set<DeadlineKind>([
  DeadlineKind.REGISTRATION,
  DeadlineKind.ACCEPTANCE,
  DeadlineKind.HANDLING,
  DeadlineKind.LEADERSHIP,
  DeadlineKind.REVIEW,
  DeadlineKind.REREVIEW,
  DeadlineKind.REOPENED,
]);

/** A clock is its kind and its start: a new start (a new reopening, a new answer delivered) is a new clock. */
const clockKey = (d: Deadline): string => `${d.kind}@${d.startAt.toISOString()}`;

/** Properties (a), (b) and (e) for one accepted step; returns what was bent, empty when nothing. */
function bends(before: CaseFacts, after: CaseFacts, at: Date, options?: ClockOptions): string[] {
  const was = computeDeadlines(before, at, options);
  const now = new Map(computeDeadlines(after, at, options).map((d) => [clockKey(d), d]));
  const found: string[] = [];
  for (const d of was) {
    const next = now.get(clockKey(d));
    // (b) a due date that had passed does not move.
    if (at.getTime() > d.dueAt.getTime() && next && next.dueAt.getTime() !== d.dueAt.getTime()) {
      found.push(
        `${d.kind} due ${d.dueAt.toISOString()} had passed and moved to ${next.dueAt.toISOString()}`,
      );
    }
    // (e) a deadline already done keeps when it was done and whether it was met.
    if (d.doneAt && next && (next.doneAt?.getTime() !== d.doneAt.getTime() || next.state !== d.state)) {
      found.push(
        `done ${d.kind} (${d.state} at ${d.doneAt.toISOString()}) became ${next.state} at ${next.doneAt?.toISOString()}`,
      );
    }
    // (a) an overdue deadline stays overdue or becomes missed, never met or on time again.
    if (d.state === DeadlineState.OVERDUE) {
      if (!next && OFFICE_KINDS.has(d.kind)) found.push(`overdue ${d.kind} disappeared`);
      if (next && next.state !== DeadlineState.OVERDUE && next.state !== DeadlineState.MISSED) {
        found.push(`overdue ${d.kind} became ${next.state}`);
      }
    }
  }
  return found;
}

describe('property: random sequences of allowed steps', () => {
  it('never make an overdue deadline good, never move a passed due date or rewrite a done one, and fold to the same facts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: t('2021-01-01T00:00:00').getTime(), max: t('2026-06-30T00:00:00').getTime() }),
        optionsArb,
        fc.array(drawArb, { minLength: 1, maxLength: 40 }),
        (startMs, options, draws) => {
          const received = new Date(startMs);
          const events: StepEvent[] = [{ type: E.REGISTERED, at: received }];
          const history: { at: Date; facts: CaseFacts }[] = [{ at: received, facts: initialFacts(received) }];
          let facts = history[0]?.facts ?? initialFacts(received);
          let now = startMs;
          for (const d of draws) {
            now += d.gapMinutes * 60_000;
            const at = new Date(now);
            const allowed = weighted(allowedEventsInState(facts), facts);
            const type = allowed[d.pick % allowed.length];
            if (type === undefined) break;
            const e = plausibleStep(type, at, facts, d);
            let next: CaseFacts;
            try {
              next = applyStep(facts, e, options);
            } catch (error) {
              // Refusals are the rules at work; an illegal transition would mean the draw was wrong.
              if (error instanceof StepRefusedError) continue;
              throw error;
            }
            expect(bends(facts, next, at, options), `${type} at ${at.toISOString()}`).toEqual([]);
            events.push(e);
            facts = next;
            history.push({ at, facts });
          }
          // (c) the fold of the accepted events is the facts built step by step.
          expect(foldEvents(events)).toEqual(facts);
          // (d) as of any instant, the fold of the events up to it is the facts right after the last of them.
          expect(foldEventsAsOf(events, new Date(startMs - 1))).toBeNull();
          history.forEach((h, i) => {
            const nextAt = history[i + 1]?.at.getTime() ?? h.at.getTime() + 86_400_000;
            for (const probe of [h.at.getTime(), Math.floor((h.at.getTime() + nextAt) / 2), nextAt - 1]) {
              expect(foldEventsAsOf(events, new Date(probe))).toEqual(h.facts);
            }
          });
        },
      ),
      { numRuns: 400 },
    );
    // About a second alone; the margin is for a busy machine.
  }, 20_000);
});
