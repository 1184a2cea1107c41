// Every seeded timeline is one the API would have accepted step by step: replayed through the domain's
// step catalogue (applyStep: state machine, inputs, clock guards) it is never refused, and the row's
// facts are exactly the fold of its events. Nothing is dated after `now`.
import {
  applyStep,
  CaseEventType as E,
  type CaseFacts,
  handlingDueAt,
  initialFacts,
  leadershipDueAt,
  Satisfaction,
} from '@lianxin/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCases } from './cases.js';
import { DAY } from './days.js';
import { generateDistrict } from './district.js';
import type { CaseBundle, CaseEventRow, CaseRow } from './rows.js';
import { plannedCaseCount, type SeedOptions } from './schedule.js';

const district = generateDistrict();
const UNTIL = '2026-11-27';
const END = new Date('2026-11-27T23:59:59.999+08:00').getTime();
const localDay = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

type Value = Date | string | number | boolean | null | undefined;
const same = (a: Value, b: Value) =>
  a instanceof Date || b instanceof Date
    ? a instanceof Date && b instanceof Date && a.getTime() === b.getTime()
    : a === b;
const show = (v: Value) => (v instanceof Date ? v.toISOString() : String(v));

/** The facts of a timeline replayed as live steps, each at its own time; a refusal is returned as text. */
function replaySteps(b: CaseBundle): CaseFacts | string {
  const [first, ...rest] = b.events;
  if (first?.type !== E.REGISTERED) return `case ${b.case.code} does not start with REGISTERED`;
  let facts = initialFacts(first.at);
  for (const e of rest) {
    try {
      facts = applyStep(facts, e);
    } catch (err) {
      return `case ${b.case.code}: ${e.type} at ${e.at.toISOString()} refused: ${(err as Error).message}`;
    }
  }
  return facts;
}

/** Where the row differs from the facts the fold gives (every fact but the review stage is a column). */
function factMismatches(row: CaseRow, facts: CaseFacts): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(facts) as [string, Value][]) {
    if (key === 'reviewStage') continue;
    if (!(key in row)) out.push(`row has no ${key}`);
    else if (!same(row[key as keyof CaseRow] as Value, value))
      out.push(`${key}: row ${show(row[key as keyof CaseRow] as Value)}, fold ${show(value)}`);
  }
  if (!same(row.dueAt, handlingDueAt(facts))) out.push(`dueAt ${show(row.dueAt)}`);
  if (!same(row.leadershipDueAt, leadershipDueAt(facts)))
    out.push(`leadershipDueAt ${show(row.leadershipDueAt)}`);
  return out.map((m) => `case ${row.code}: ${m}`);
}

/** Replays every bundle; collects the first problems (an expect() per case would take seconds). */
function checkAll(bundles: readonly CaseBundle[], lastInstant: number): string[] {
  const problems: string[] = [];
  for (const b of bundles) {
    if (problems.length >= 20) break;
    const late = b.events.find((e) => e.at.getTime() > lastInstant);
    if (late) problems.push(`case ${b.case.code}: ${late.type} at ${late.at.toISOString()} is after now`);
    const facts = replaySteps(b);
    if (typeof facts === 'string') problems.push(facts);
    else problems.push(...factMismatches(b.case, facts));
  }
  return problems;
}

const withoutId = (e: CaseEventRow) => ({ ...e, id: 0 });

describe('seeded timelines and the step catalogue (default volume)', () => {
  let bundles: CaseBundle[];
  beforeAll(() => {
    bundles = [...generateCases({ until: UNTIL }, district)];
  });
  const events = (type: E) => bundles.flatMap((b) => b.events.filter((e) => e.type === type));

  it('replays every case through applyStep without a refusal, and the row holds the folded facts', () => {
    expect(bundles.length).toBeGreaterThan(20_000);
    expect(checkAll(bundles, END)).toEqual([]);
  });

  it('would notice a refused step or a row that is not the fold', () => {
    const extended = bundles.find((b) => b.events.some((e) => e.type === E.EXTENDED)) as CaseBundle;
    const late = extended.events.map((e) =>
      e.type === E.EXTENDED ? { ...e, at: new Date((extended.case.dueAt as Date).getTime() + 1) } : e,
    );
    expect(checkAll([{ ...extended, events: late }], END)[0]).toMatch(/EXTENDED .* refused/);
    const wrongDue = { ...extended, case: { ...extended.case, dueAt: extended.case.receivedAt } };
    expect(checkAll([wrongDue], END)).toEqual([
      `case ${extended.case.code}: dueAt ${extended.case.receivedAt.toISOString()}`,
    ]);
  });

  it('delivers every answer: mostly the same day, letters 1–7 days later, recorded after the reply', () => {
    const replies = events(E.REPLIED).length;
    const deliveries = bundles.flatMap((b) =>
      b.events.flatMap((e, i) => {
        if (e.type !== E.REPLY_DELIVERED) return [];
        const reply = b.events.slice(0, i).findLast((r) => r.type === E.REPLIED) as CaseEventRow;
        const lag = Math.round(
          (Date.parse(String(e.payload?.deliveredOn)) - Date.parse(localDay(reply.at))) / DAY,
        );
        return [{ lag, recordedAfter: e.at > reply.at && localDay(e.at) >= String(e.payload?.deliveredOn) }];
      }),
    );
    // The newest replies may still wait for their receipt.
    expect(deliveries.length).toBeGreaterThan(replies - 100);
    expect(deliveries.length).toBeLessThanOrEqual(replies);
    expect(deliveries.every((d) => d.recordedAfter && d.lag >= 0 && d.lag <= 7)).toBe(true);
    const sameDay = deliveries.filter((d) => d.lag === 0).length / deliveries.length;
    expect(sameDay).toBeGreaterThan(0.75);
    expect(sameDay).toBeLessThan(0.95);
  });

  it('gives 复查改变率 and 重开率 data: about 15 % of reviews of dissatisfied cases change the answer, some reopen', () => {
    const reviewed = bundles.filter((b) => b.case.reviewChanged !== null);
    const dissatisfied = reviewed.filter((b) => b.case.satisfaction === Satisfaction.DISSATISFIED);
    const changedShare = dissatisfied.filter((b) => b.case.reviewChanged).length / dissatisfied.length;
    expect(dissatisfied.length).toBeGreaterThan(300);
    expect(changedShare).toBeGreaterThan(0.08);
    expect(changedShare).toBeLessThan(0.25);
    const reopened = bundles.filter((b) => b.case.reopenedAfterClosingAt !== null);
    expect(reopened.length).toBeGreaterThan(5);
    for (const b of reopened) {
      expect(b.case.reviewChanged).toBe(true);
      expect(b.case.reopenCount).toBe(1);
    }
    // Handled again after reopening: mostly within the reopened case's own clock, some late.
    const answered = reopened.filter((b) => b.case.reopenRepliedAt !== null);
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.every((b) => b.case.status === 'CLOSED' || b.case.status === 'REPLIED')).toBe(true);
  });

  it('pauses a stage only for hearings begun before its due date, including review hearings', () => {
    // Every hearing ends, but for those still under way at the end of `until`.
    const underWay = bundles.filter((b) => b.case.hearingStartedAt !== null).length;
    expect(events(E.HEARING_STARTED).length).toBe(events(E.HEARING_ENDED).length + underWay);
    expect(bundles.some((b) => b.case.pausedDays > 0)).toBe(true);
    expect(bundles.some((b) => b.case.reviewPausedDays > 0)).toBe(true);
    expect(bundles.some((b) => b.case.leadershipDueAt !== null)).toBe(true);
  });
});

describe('now: nothing exists after it', () => {
  const options: SeedOptions = { until: '2024-03-15', cases: 4000 };
  const now = new Date('2024-03-12T10:30:00+08:00');
  let full: CaseBundle[];
  let cut: CaseBundle[];
  beforeAll(() => {
    full = [...generateCases(options, district)];
    cut = [...generateCases({ ...options, now }, district)];
  });

  it('yields exactly the cases received by now, ids 1..N, as plannedCaseCount says', () => {
    const received = full.filter((b) => b.case.receivedAt <= now);
    expect(received.length).toBeLessThan(full.length);
    expect(cut).toHaveLength(received.length);
    expect(plannedCaseCount({ ...options, now })).toBe(cut.length);
    expect(cut.map((b) => b.case.id)).toEqual(received.map((b) => b.case.id));
    expect(plannedCaseCount(options)).toBe(full.length);
  });

  it('is the full stream as known at now: the same cases and people, the events up to now', () => {
    let shortened = 0;
    const problems: string[] = [];
    cut.forEach((b, i) => {
      const f = full[i] as CaseBundle;
      const known = f.events.filter((e) => e.at <= now);
      if (known.length < f.events.length) shortened++;
      const sameEvents =
        JSON.stringify(b.events.map(withoutId)) === JSON.stringify(known.map(withoutId)) &&
        JSON.stringify(b.petitioners) === JSON.stringify(f.petitioners) &&
        JSON.stringify(b.links) === JSON.stringify(f.links) &&
        b.case.title === f.case.title;
      if (!sameEvents && problems.length < 10) problems.push(b.case.code);
    });
    expect(problems).toEqual([]);
    expect(shortened).toBeGreaterThan(10);
  });

  it('replays every cut timeline through applyStep, with its row the fold of what remains', () => {
    expect(checkAll(cut, now.getTime())).toEqual([]);
    expect(checkAll(full, new Date('2024-03-15T23:59:59.999+08:00').getTime())).toEqual([]);
  });

  it('changes nothing when now is after until, and yields nothing before the first day', () => {
    const later = [...generateCases({ ...options, now: new Date('2030-01-01T00:00:00+08:00') }, district)];
    expect(later).toEqual(full);
    const before = { ...options, now: new Date('2020-12-31T23:59:59+08:00') };
    expect([...generateCases(before, district)]).toEqual([]);
    expect(plannedCaseCount(before)).toBe(0);
    expect(() => plannedCaseCount({ ...options, now: new Date('nonsense') })).toThrow(RangeError);
  });
});
