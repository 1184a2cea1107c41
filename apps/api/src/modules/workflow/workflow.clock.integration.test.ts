// Issue 12, findings 1–5, performed through GraphQL as a clerk would, on days of our choosing: each
// way of bending a statutory clock the issue found is now refused with its code, or harmless.
//
// The workflow service stamps every step with its injectable clock: here the server's service gets a
// clock the test moves (from a pinned instant on, at the pace of real time, so steps keep their
// order), and reads judge deadlines and warnings `asOf` the same instant. Each case's steps move
// forward in time. (Faking the global Date instead would break TypeORM, which tells date columns by
// the identity of the global Date when it reads and writes them.)
import { expect, it, vi } from 'vitest';
import { describeEachDatabase } from '../../test/databases.js';
import { DAY, endOfDayPlus, localDay, t } from '../../test/workflow.fixtures.js';
import { deadline, workflowClockSuite, type ClockCaseView } from '../../test/workflow.clock.fixtures.js';

const clock = vi.hoisted(() => {
  let pinned: { at: number; since: number } | null = null;
  return {
    pin(at: Date | null) {
      pinned = at ? { at: at.getTime(), since: Date.now() } : null;
    },
    now: (): Date => (pinned ? new Date(pinned.at + Date.now() - pinned.since) : new Date()),
  };
});
vi.mock('./workflow.service.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('./workflow.service.js')>();
  class WorkflowServiceOnTestClock extends original.WorkflowService {
    constructor(...args: ConstructorParameters<typeof original.WorkflowService>) {
      super(args[0], args[1], args[2], args[3], args[4], clock.now);
    }
  }
  return { ...original, WorkflowService: WorkflowServiceOnTestClock };
});

describeEachDatabase('statutory clocks through the workflow (issue 12, findings 1–5)', (dialect) => {
  const suite = workflowClockSuite(dialect, clock);
  const { at, ok, register, step, current, refused, warningOf } = suite;

  // ---- 1. hearings need a start, end once, last no longer than they did, and never revive a clock ----

  it('refuses endHearing without a hearing, beyond its length, or a second time', async () => {
    at('2024-06-03 10:00');
    let c = await step('assignLeader', await step('acceptCase', await register()), {
      leaderId: suite.leaderId,
    });
    expect(c.status).toBe('IN_PROGRESS');
    await refused('endHearing', c, { days: 30 }, 'NO_HEARING_OPEN');

    at('2024-06-10 10:00');
    c = await step('startHearing', c, { note: '公开听证' });
    expect(c.hearingStartedAt).not.toBeNull();
    // 10–14 June: five days, the start day included.
    at('2024-06-14 16:00');
    await refused('endHearing', c, { days: 6 }, 'HEARING_TOO_LONG');
    await refused('replyCase', c, { outcome: 'EXPLAINED', text: '听证中答复' }, 'HEARING_ALREADY_OPEN');
    const ended = await step('endHearing', c, { days: 5 });
    expect(ended.pausedDays).toBe(5);
    expect(t(ended.dueAt)).toBe(endOfDayPlus(t(c.acceptedAt), 65));
    await refused('endHearing', ended, { days: 5 }, 'NO_HEARING_OPEN');
  });

  it('refuses a hearing on an overdue case: a case 13 days overdue stays overdue, red, and its reply late', async () => {
    at('2024-03-01 10:00');
    const c = await step('assignLeader', await step('acceptCase', await register()), {
      leaderId: suite.leaderId,
    });
    const due = t(c.dueAt);
    expect(due).toBe(endOfDayPlus(t(c.acceptedAt), 60));

    at(`${localDay(due + 13 * DAY)} 10:00`);
    const overdue = await current(c.id);
    expect(deadline(overdue, 'HANDLING')!.state).toBe('OVERDUE');
    expect(await warningOf(overdue)).toMatchObject({
      level: 'RED',
      deadlineKind: 'HANDLING',
      dueAt: c.dueAt,
    });
    await refused('startHearing', overdue, {}, 'DEADLINE_PASSED');
    await refused('endHearing', overdue, { days: 90 }, 'NO_HEARING_OPEN');
    await refused(
      'extendDeadline',
      overdue,
      { days: 30, reason: '补救', approverLeaderId: suite.leaderId },
      'HANDLING_DEADLINE_PASSED',
    );
    expect(await warningOf(overdue)).toMatchObject({ level: 'RED', deadlineKind: 'HANDLING' });

    const replied = await step('replyCase', overdue, { outcome: 'SUPPORTED', text: '同意修缮' });
    expect(replied.dueAt).toBe(c.dueAt);
    expect(deadline(replied, 'HANDLING')).toMatchObject({ state: 'MISSED', doneAt: replied.repliedAt });
  });

  it('refuses setDeadline once its deadline passed, or when the new one already has', async () => {
    at('2024-09-02 10:00');
    const c = await step('acceptCase', await register());
    const oneDay = await step('setDeadline', c, { days: 1, leaderId: suite.leaderId });
    expect(oneDay.dueAt).toBe(c.dueAt);
    expect(t(oneDay.leadershipDueAt)).toBe(endOfDayPlus(t(c.acceptedAt), 1));

    at('2024-09-10 10:00');
    // The 1-day deadline ran out on 3 September: it cannot be stretched to 60 days afterwards.
    await refused('setDeadline', oneDay, { days: 60, leaderId: suite.leaderId }, 'DEADLINE_PASSED');
    at('2024-09-02 11:00');
    const other = await step('acceptCase', await register());
    at('2024-09-10 11:00');
    await refused('setDeadline', other, { days: 3, leaderId: null }, 'DEADLINE_PASSED');
  });

  it('keeps a leadership deadline beside the statutory one: it never moves dueAt and warns on its own', async () => {
    at('2024-10-08 10:00');
    const c = await step('acceptCase', await register());
    const set = await step('setDeadline', c, { days: 15, leaderId: suite.leaderId });
    expect(set.dueAt).toBe(c.dueAt);
    expect(set.handlingDays).toBe(15);
    expect(t(set.leadershipDueAt)).toBe(endOfDayPlus(t(c.acceptedAt), 15));
    expect(set.currentDeadline).toBe('LEADERSHIP');
    expect(set.deadlines.map((d) => d.kind)).toEqual([
      'REGISTRATION',
      'ACCEPTANCE',
      'HANDLING',
      'LEADERSHIP',
    ]);

    at(`${localDay(t(set.leadershipDueAt) + 3 * DAY)} 10:00`);
    const late = await current(c.id);
    expect(deadline(late, 'LEADERSHIP')!.state).toBe('OVERDUE');
    expect(deadline(late, 'HANDLING')!.state).toBe('ON_TIME');
    expect(await warningOf(late)).toMatchObject({
      level: 'RED',
      deadlineKind: 'LEADERSHIP',
      dueAt: set.leadershipDueAt,
    });
    // Shortening is all it can do: a 60-day "leadership deadline" now would be one more way to lengthen it.
    await refused('setDeadline', late, { days: 60, leaderId: suite.leaderId }, 'DEADLINE_PASSED');
  });

  // ---- 2. a hearing belongs to its stage ----

  it('pauses only the review clock for a hearing during 复查: a late first reply stays late', async () => {
    at('2024-01-08 10:00');
    const c = await step('acceptCase', await register());
    at(`${localDay(t(c.dueAt) + 20 * DAY)} 10:00`);
    const replied = await step('replyCase', c, { outcome: 'NOT_SUPPORTED', text: '不予支持' });
    expect(deadline(replied, 'HANDLING')!.state).toBe('MISSED');

    at(`${localDay(t(replied.repliedAt) + 2 * DAY)} 10:00`);
    const review = await step('requestReview', replied, { reason: '事实不清' });
    const reviewDue = t(deadline(review, 'REVIEW')!.dueAt);
    expect(reviewDue).toBe(endOfDayPlus(t(review.reviewRequestedAt), 30));
    at(`${localDay(t(review.reviewRequestedAt) + DAY)} 10:00`);
    const hearing = await step('startHearing', review, { note: '复查听证' });
    // The hearing lasts 30 days, start day included.
    at(`${localDay(t(hearing.hearingStartedAt) + 29 * DAY)} 16:00`);
    const ended = await step('endHearing', hearing, { days: 30 });

    expect(ended.dueAt).toBe(c.dueAt);
    expect(ended.pausedDays).toBe(0);
    expect(deadline(ended, 'HANDLING')).toEqual(deadline(replied, 'HANDLING'));
    expect(t(deadline(ended, 'REVIEW')!.dueAt)).toBe(endOfDayPlus(t(review.reviewRequestedAt), 60));
    expect(ended.currentDeadline).toBe('REVIEW');
    const answered = await step('replyCase', ended, { outcome: 'EXPLAINED', text: '维持', changed: false });
    expect(answered.reviewChanged).toBe(false);
    expect(deadline(answered, 'REVIEW')!.state).toBe('MET');
    expect(deadline(answered, 'HANDLING')!.state).toBe('MISSED');
  });

  // ---- 3. ratings are append-only ----

  it('keeps the first rating: a 2023 不满意 re-rated 满意 in 2026 stays 不满意 in 2023, the re-rating in the timeline', async () => {
    const kpi2023 = async () =>
      (
        await ok<{ kpis: { satisfaction: { numerator: number; denominator: number } } }>(
          `query ($v: [String!], $asOf: DateTime) {
             kpis(filter: { from: "2023-01-01", to: "2023-12-31", villageCodes: $v, asOf: $asOf }) {
               satisfaction { numerator denominator } } }`,
          { v: [suite.villageCode] },
        )
      ).kpis.satisfaction;
    at('2023-05-08 10:00');
    const c = await step('acceptCase', await register());
    at('2023-05-20 10:00');
    const replied = await step('replyCase', c, { outcome: 'NOT_SUPPORTED', text: '不予支持' });
    at('2023-05-25 10:00');
    const rated = await step('rateSatisfaction', replied, { satisfaction: 'DISSATISFIED' });
    expect(rated.satisfaction).toBe('DISSATISFIED');
    const before = await kpi2023();
    expect(before.denominator).toBeGreaterThan(before.numerator);

    at('2026-06-01 10:00');
    const rerated = await step('rateSatisfaction', rated, { satisfaction: 'SATISFIED' });
    expect(rerated.satisfaction).toBe('DISSATISFIED');
    expect(rerated.ratedAt).toBe(rated.ratedAt);
    expect(rerated.events.filter((e) => e.type === 'RATED').map((e) => e.payload)).toEqual([
      { satisfaction: 'DISSATISFIED' },
      { satisfaction: 'SATISFIED' },
    ]);
    expect(await kpi2023()).toEqual(before);
  });

  // ---- 4. a reopened case has a clock of its own ----

  it('gives a reopened case its own REOPENED deadline, red in the warnings once overdue', async () => {
    at('2025-06-02 10:00');
    const c = await step('acceptCase', await register());
    at('2025-06-03 10:00');
    const replied = await step('replyCase', c, { outcome: 'EXPLAINED', text: '已解释' });
    expect(replied.currentDeadline).toBeNull();
    at('2025-06-04 10:00');
    const reopened = await step('reopenCase', replied, { reason: '领导批示重办' });
    expect(reopened).toMatchObject({ status: 'IN_PROGRESS', reopenCount: 1, currentDeadline: 'REOPENED' });
    const own = deadline(reopened, 'REOPENED')!;
    // 4 June + 60 days is Sunday 3 August: the period ends on Monday the 4th.
    expect(own).toMatchObject({ startAt: reopened.reopenedAt, doneAt: null, beyondCalendar: false });
    expect(localDay(t(own.dueAt))).toBe('2025-08-04');
    // The first reply keeps its on-time credit; the reopened handling is judged on its own.
    expect(deadline(reopened, 'HANDLING')!.state).toBe('MET');

    at('2025-08-20 10:00');
    const late = await current(c.id);
    expect(deadline(late, 'REOPENED')!.state).toBe('OVERDUE');
    expect(await warningOf(late)).toMatchObject({ level: 'RED', deadlineKind: 'REOPENED', dueAt: own.dueAt });
    const answered = await step('replyCase', late, { outcome: 'SUPPORTED', text: '重办支持' });
    expect(deadline(answered, 'REOPENED')!.state).toBe('MISSED');
    expect(answered.repliedAt).toBe(replied.repliedAt);
    expect(await warningOf(answered)).toBeUndefined();
  });

  // ---- 5. the review window runs from delivery, and ends on a working day ----

  it('takes a review requested on 2 January 2024 after a reply delivered on 2 December 2023 (New Year moves the last day)', async () => {
    at('2023-11-20 10:00');
    const c = await step('acceptCase', await register());
    at('2023-12-02 10:00');
    const replied = await step('replyCase', c, { outcome: 'EXPLAINED', text: '已解释' });
    const delivered = await step('deliverReply', replied, { deliveredOn: '2023-12-02' });
    expect(delivered.deliveredAt).toBe(replied.repliedAt);
    const window = deadline(delivered, 'REVIEW_REQUEST')!;
    expect(localDay(t(window.dueAt))).toBe('2024-01-02');

    at('2024-01-02 16:00');
    const review = await step('requestReview', delivered, { reason: '不服' });
    expect(review.status).toBe('UNDER_REVIEW');
    expect(deadline(review, 'REVIEW_REQUEST')!.state).toBe('MET');

    // The same dates a day later are late.
    at('2023-11-20 11:00');
    const other = await step('acceptCase', await register());
    at('2023-12-02 11:00');
    const otherDelivered = await step(
      'deliverReply',
      await step('replyCase', other, { outcome: 'EXPLAINED', text: '已解释' }),
      { deliveredOn: '2023-12-02' },
    );
    at('2024-01-03 09:00');
    await refused('requestReview', otherDelivered, { reason: '不服' }, 'REVIEW_WINDOW_CLOSED');
  });

  it('counts the review window from the day of delivery, not from the reply', async () => {
    // Replied on Monday 3 March 2025, received on Sunday 9 March: the window closes on 8 April.
    const deliveredCase = async (): Promise<ClockCaseView> => {
      at('2025-02-24 10:00');
      const c = await step('acceptCase', await register());
      at('2025-03-03 10:00');
      const replied = await step('replyCase', c, { outcome: 'NOT_SUPPORTED', text: '不予支持' });
      at('2025-03-10 09:00');
      const delivered = await step('deliverReply', replied, { deliveredOn: '2025-03-09' });
      expect(localDay(t(delivered.deliveredAt))).toBe('2025-03-09');
      expect(localDay(t(deadline(delivered, 'REVIEW_REQUEST')!.dueAt))).toBe('2025-04-08');
      return delivered;
    };
    const inTime = await deliveredCase();
    // 31 days after the reply, 25 after delivery.
    at('2025-04-03 10:00');
    expect((await step('requestReview', inTime, { reason: '不服' })).status).toBe('UNDER_REVIEW');

    const late = await deliveredCase();
    // 31 days after delivery.
    at('2025-04-09 10:00');
    await refused('requestReview', late, { reason: '不服' }, 'REVIEW_WINDOW_CLOSED');
  });

  it('refuses deliverReply before the reply, dated before the reply or in the future, or twice', async () => {
    at('2025-09-01 10:00');
    const c = await step('acceptCase', await register());
    await refused('deliverReply', c, { deliveredOn: '2025-09-01' }, 'ILLEGAL_TRANSITION');
    at('2025-09-03 10:00');
    const replied = await step('replyCase', c, { outcome: 'SUPPORTED', text: '同意' });
    await refused('deliverReply', replied, { deliveredOn: '2025-09-02' }, 'INVALID_DATE');
    await refused('deliverReply', replied, { deliveredOn: '2025-09-04' }, 'INVALID_DATE');
    at('2025-09-05 10:00');
    const delivered = await step('deliverReply', replied, { deliveredOn: '2025-09-04' });
    expect(delivered.deliveredAt).toBe(new Date('2025-09-04T00:00:00+08:00').toISOString());
    await refused('deliverReply', delivered, { deliveredOn: '2025-09-05' }, 'NOTHING_TO_DELIVER');
    // Without a delivery the window has not started; with one, a request 40 days later is late.
    at('2025-10-14 10:00');
    await refused('requestReview', delivered, { reason: '逾期复查' }, 'REVIEW_WINDOW_CLOSED');
  });
});
