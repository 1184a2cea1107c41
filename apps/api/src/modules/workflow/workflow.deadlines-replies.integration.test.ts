// Deadlines and replies over HTTP (setDeadline, startHearing, endHearing, extendDeadline, replyCase,
// closeCase, rateSatisfaction, requestReview, requestRereview, deliverReply, reopenCase): each
// mutation's happy path with the case and its new event checked field by field, and each of its refusals
// with the typed code it answers — after which the case must be exactly as it was (same version, same
// number of events). The helpers: test/workflow.fixtures.ts.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.js';
import { endOfDayPlus, localDay, t, workflowStepsSuite } from '../../test/workflow.fixtures.js';

describeEachDatabase('case workflow steps: deadlines and replies', (dialect) => {
  const suite = workflowStepsSuite(dialect);
  const { ok, register, stepRaw, step, walk, refused, expectIllegal, seeded } = suite;

  // ---- setDeadline / hearings / extendDeadline ----

  it('sets a leadership deadline beside the statutory one, which stays where it was', async () => {
    const c = await walk(await register(), [['acceptCase']]);
    expect(c.leadershipDueAt).toBeNull();
    const { next, event } = await step('setDeadline', c, { days: 10, leaderId: suite.leaders[0] });
    expect(next.status).toBe('ACCEPTED');
    expect(next.handlingDays).toBe(10);
    expect(next.dueAt).toBe(c.dueAt);
    expect(t(next.dueAt)).toBe(endOfDayPlus(t(next.acceptedAt), 60));
    expect(t(next.leadershipDueAt)).toBe(endOfDayPlus(t(next.acceptedAt), 10));
    expect(event).toMatchObject({
      type: 'DEADLINE_SET',
      leader: { id: String(suite.leaders[0]) },
      payload: { days: 10 },
    });
    const unsigned = await step('setDeadline', next, { days: 60, leaderId: null });
    expect(unsigned.event.leader).toBeNull();
    expect(unsigned.next.dueAt).toBe(c.dueAt);
    expect(unsigned.next.leadershipDueAt).toBe(c.dueAt);
    const { case: read } = await ok<{ case: { deadlines: { kind: string; dueAt: string }[] } }>(
      `query ($id: ID!) { case(id: $id) { deadlines { kind dueAt } } }`,
      { id: c.id },
    );
    expect(read.deadlines.filter((d) => ['HANDLING', 'LEADERSHIP'].includes(d.kind))).toEqual([
      { kind: 'HANDLING', dueAt: c.dueAt },
      { kind: 'LEADERSHIP', dueAt: c.dueAt },
    ]);
  });

  it('refuses a handling period outside 1–60 days, by an unknown leader, or before acceptance', async () => {
    const c = await register();
    await expectIllegal('setDeadline', c, { days: 10, leaderId: null });
    const accepted = await walk(c, [['acceptCase']]);
    for (const days of [0, -1, 61, 2_147_483_647]) {
      await refused('setDeadline', accepted, { days, leaderId: null }, 'BAD_USER_INPUT', 'days');
    }
    await refused('setDeadline', accepted, { days: 10, leaderId: 999_999 }, 'LEADER_NOT_FOUND', 'leaderId');
  });

  it('adds the days of a hearing, at most as many as it lasted, to the handling period', async () => {
    const c = await walk(await register(), [['acceptCase']]);
    const started = await step('startHearing', c, { note: '公开听证' });
    expect(started.next.status).toBe('IN_PROGRESS');
    expect(started.next.hearingStartedAt).toBe(started.event.at);
    expect(started.event).toMatchObject({ type: 'HEARING_STARTED', payload: { note: '公开听证' } });
    // Begun today, it has lasted one day (the start day counts): two would pause the clock for nothing.
    await refused('endHearing', started.next, { days: 2 }, 'HEARING_TOO_LONG');
    const ended = await step('endHearing', started.next, { days: 1 });
    expect(ended.next.pausedDays).toBe(1);
    expect(ended.next.hearingStartedAt).toBeNull();
    expect(ended.event).toMatchObject({ type: 'HEARING_ENDED', payload: { days: 1 } });
    expect(t(ended.next.dueAt)).toBe(endOfDayPlus(t(c.acceptedAt), 61));
    // A hearing ends once.
    await refused('endHearing', ended.next, { days: 1 }, 'NO_HEARING_OPEN');
  });

  it('refuses a hearing length outside 1–90 days, and ending a hearing before handling started', async () => {
    const accepted = await walk(await register(), [['acceptCase']]);
    await expectIllegal('endHearing', accepted, { days: 5 });
    const started = await walk(accepted, [['startHearing']]);
    for (const days of [0, 91, -5]) await refused('endHearing', started, { days }, 'BAD_USER_INPUT', 'days');
    await refused('startHearing', started, { note: '听'.repeat(5001) }, 'BAD_USER_INPUT', 'note');
  });

  it('extends the handling period once: extensionDays, extendedTo = dueAt +20 days, reason and approver', async () => {
    const c = await walk(await register(), [['acceptCase']]);
    const { next, event } = await step('extendDeadline', c, {
      days: 20,
      reason: '需补充鉴定',
      approverLeaderId: suite.leaders[0],
    });
    expect(next.status).toBe('ACCEPTED');
    expect(next.extensionDays).toBe(20);
    expect(next.delayReason).toBe('需补充鉴定');
    expect(t(next.dueAt)).toBe(endOfDayPlus(t(c.acceptedAt), 80));
    expect(next.extendedTo).toBe(next.dueAt);
    expect(event).toMatchObject({
      type: 'EXTENDED',
      leader: { id: String(suite.leaders[0]) },
      payload: { days: 20, reason: '需补充鉴定' },
    });
    // The clock refuses a second one; the state machine alone still offers it.
    expect(next.allowedSteps).toContain('EXTENDED');
    await refused(
      'extendDeadline',
      next,
      { days: 5, reason: '再延', approverLeaderId: suite.leaders[0] },
      'EXTENSION_ALREADY_USED',
    );
  });

  it('refuses an extension over 30 days, of 0 days, without reason, by an unknown approver, or unaccepted', async () => {
    const registered = await register();
    const args = (days: number) => ({ days, reason: '需鉴定', approverLeaderId: suite.leaders[0] });
    await expectIllegal('extendDeadline', registered, args(10));
    const c = await walk(registered, [['acceptCase']]);
    await refused('extendDeadline', c, args(31), 'EXTENSION_TOO_LONG');
    await refused('extendDeadline', c, args(2_147_483_647), 'EXTENSION_TOO_LONG');
    await refused('extendDeadline', c, args(0), 'INVALID_DAYS');
    await refused('extendDeadline', c, args(-3), 'INVALID_DAYS');
    await refused('extendDeadline', c, { ...args(10), reason: ' ' }, 'BAD_USER_INPUT', 'reason');
    await refused(
      'extendDeadline',
      c,
      { ...args(10), approverLeaderId: 999_999 },
      'LEADER_NOT_FOUND',
      'approverLeaderId',
    );
    // 30 is the limit itself.
    expect((await step('extendDeadline', c, args(30))).next.extensionDays).toBe(30);
  });

  it('refuses an extension after the handling deadline passed (a case seeded in 2021, still open)', async () => {
    const overdue = await seeded(
      '{ statuses: [ACCEPTED, IN_PROGRESS] }',
      (c) => c.extensionDays === null && t(c.dueAt) < Date.now(),
    );
    await refused(
      'extendDeadline',
      overdue,
      { days: 10, reason: '补救', approverLeaderId: suite.leaders[0] },
      'HANDLING_DEADLINE_PASSED',
    );
  });

  it('refuses an extension of a case reopened after its reply (its clock is not the first instance)', async () => {
    const c = await walk(await register(), [
      ['acceptCase'],
      ['replyCase', { outcome: 'EXPLAINED', text: '已解释' }],
      ['reopenCase', { reason: '答复有误' }],
    ]);
    expect(c.status).toBe('IN_PROGRESS');
    await refused(
      'extendDeadline',
      c,
      { days: 10, reason: '需时间', approverLeaderId: suite.leaders[0] },
      'NO_OPEN_STAGE',
    );
  });

  // ---- replyCase / closeCase / rateSatisfaction ----

  it('replies, closes and rates a case, each stamped and recorded', async () => {
    const c = await walk(await register(), [['acceptCase']]);
    const replied = await step('replyCase', c, { outcome: 'SUPPORTED', text: ' 同意修缮 ' });
    expect(replied.next).toMatchObject({ status: 'REPLIED', outcome: 'SUPPORTED', closedAt: null });
    expect(replied.next.repliedAt).toBe(replied.event.at);
    expect(replied.event).toMatchObject({
      type: 'REPLIED',
      payload: { outcome: 'SUPPORTED', text: '同意修缮' },
    });
    // A reply settles the handling: the due date stays for the KPI.
    expect(replied.next.dueAt).toBe(c.dueAt);

    const rated = await step('rateSatisfaction', replied.next, { satisfaction: 'BASICALLY_SATISFIED' });
    expect(rated.next).toMatchObject({ status: 'REPLIED', satisfaction: 'BASICALLY_SATISFIED' });
    expect(rated.next.ratedAt).toBe(rated.event.at);
    expect(rated.event).toMatchObject({ type: 'RATED', payload: { satisfaction: 'BASICALLY_SATISFIED' } });

    const closed = await step('closeCase', rated.next);
    expect(closed.next.status).toBe('CLOSED');
    expect(closed.next.closedAt).toBe(closed.event.at);
    expect(closed.event).toMatchObject({ type: 'CLOSED', payload: null });
    expect(closed.next.repliedAt).toBe(replied.next.repliedAt);

    // A later rating (回访复评) is a timeline event: the first one keeps counting.
    const rerated = await step('rateSatisfaction', closed.next, { satisfaction: 'DISSATISFIED' });
    expect(rerated.next).toMatchObject({ status: 'CLOSED', satisfaction: 'BASICALLY_SATISFIED' });
    expect(rerated.next.ratedAt).toBe(rated.next.ratedAt);
    expect(rerated.event).toMatchObject({ type: 'RATED', payload: { satisfaction: 'DISSATISFIED' } });
  });

  it('refuses a reply without text or before acceptance, closing before a reply, rating before it', async () => {
    const registered = await register();
    await expectIllegal('replyCase', registered, { outcome: 'SUPPORTED', text: '同意' });
    await expectIllegal('closeCase', registered);
    const c = await walk(registered, [['acceptCase']]);
    await refused('replyCase', c, { outcome: 'SUPPORTED', text: '' }, 'BAD_USER_INPUT', 'text');
    await refused(
      'replyCase',
      c,
      { outcome: 'SUPPORTED', text: '复'.repeat(5001) },
      'BAD_USER_INPUT',
      'text',
    );
    await refused('replyCase', c, { outcome: 'MAYBE', text: '同意' }, 'BAD_USER_INPUT');
    await expectIllegal('closeCase', c);
    await expectIllegal('rateSatisfaction', c, { satisfaction: 'SATISFIED' });
    await refused('rateSatisfaction', c, { satisfaction: 'ECSTATIC' }, 'BAD_USER_INPUT');
    const closed = await walk(c, [['replyCase', { outcome: 'SUPPORTED', text: '同意' }], ['closeCase']]);
    await expectIllegal('closeCase', closed);
    await expectIllegal('replyCase', closed, { outcome: 'SUPPORTED', text: '再复' });
  });

  // ---- review, re-review, reopen ----

  it('runs review and re-review once each, keeping the first reply, then refuses a third re-examination', async () => {
    const c = await walk(await register(), [
      ['acceptCase'],
      ['replyCase', { outcome: 'NOT_SUPPORTED', text: '不予支持' }],
      ['closeCase'],
    ]);
    // Re-review needs a review answer first.
    await expectIllegal('requestRereview', c, { reason: '越级' });

    const review = await step('requestReview', c, { reason: ' 事实不清 ' });
    expect(review.next.status).toBe('UNDER_REVIEW');
    expect(review.next.reviewRequestedAt).toBe(review.event.at);
    expect(review.event).toMatchObject({ type: 'REVIEW_REQUESTED', payload: { reason: '事实不清' } });
    await expectIllegal('requestRereview', review.next, { reason: '未答复先复核' });
    await expectIllegal('closeCase', review.next);

    // Answering a review says whether the first answer changed.
    await refused('replyCase', review.next, { outcome: 'SUPPORTED', text: '复查支持' }, 'MISSING_INPUT');
    const answered = await step('replyCase', review.next, {
      outcome: 'SUPPORTED',
      text: '复查支持',
      changed: true,
    });
    expect(answered.next.status).toBe('REPLIED');
    expect(answered.next.reviewChanged).toBe(true);
    expect(answered.event.payload).toEqual({ outcome: 'SUPPORTED', text: '复查支持', changed: true });
    // The first reply is the one the KPIs count.
    expect(answered.next).toMatchObject({
      repliedAt: c.repliedAt,
      outcome: 'NOT_SUPPORTED',
      closedAt: c.closedAt,
    });
    await expectIllegal('requestReview', answered.next, { reason: '再复查' });

    const rereview = await step('requestRereview', answered.next, { reason: '仍有异议' });
    expect(rereview.next.status).toBe('UNDER_REREVIEW');
    expect(rereview.next.rereviewRequestedAt).toBe(rereview.event.at);
    expect(rereview.event).toMatchObject({ type: 'REREVIEW_REQUESTED', payload: { reason: '仍有异议' } });

    const final = await walk(rereview.next, [
      ['replyCase', { outcome: 'EXPLAINED', text: '复核维持', changed: false }],
      ['closeCase'],
    ]);
    const [dates] = (await suite.api.dataSource.query(
      `SELECT review_replied_at, rereview_replied_at FROM petition_case WHERE id = ${Number(c.id)}`,
    )) as { review_replied_at: unknown; rereview_replied_at: unknown }[];
    expect(dates!.review_replied_at).not.toBeNull();
    expect(dates!.rereview_replied_at).not.toBeNull();
    expect(final).toMatchObject({ status: 'CLOSED', closedAt: c.closedAt, outcome: 'NOT_SUPPORTED' });
    await expectIllegal('requestReview', final, { reason: '第三次' });
    await expectIllegal('requestRereview', final, { reason: '第三次' });
  });

  // The review window over days and delivery dates: workflow.clock.integration.test.ts.
  it('refuses a review request without grounds', async () => {
    const fresh = await walk(await register(), [
      ['acceptCase'],
      ['replyCase', { outcome: 'SUPPORTED', text: '同意' }],
    ]);
    await refused('requestReview', fresh, { reason: '' }, 'BAD_USER_INPUT', 'reason');
    await refused('requestReview', fresh, { reason: '因'.repeat(5001) }, 'BAD_USER_INPUT', 'reason');
  });

  // ---- deliverReply ----

  it('records the delivery of the reply on the day given; refuses it before a reply, twice, or undated', async () => {
    const accepted = await walk(await register(), [['acceptCase']]);
    const today = localDay(Date.now());
    await expectIllegal('deliverReply', accepted, { deliveredOn: today });
    const replied = await walk(accepted, [['replyCase', { outcome: 'EXPLAINED', text: '已解释' }]]);
    expect(replied.allowedSteps).toContain('REPLY_DELIVERED');
    for (const day of ['2024-02-30', '20240101', 'yesterday']) {
      const response = await stepRaw('deliverReply', replied, { deliveredOn: day });
      expect(response.errors?.[0]?.extensions.code, day).toBe('BAD_USER_INPUT');
    }
    const { next, event } = await step('deliverReply', replied, { deliveredOn: today });
    expect(event).toMatchObject({ type: 'REPLY_DELIVERED', payload: { deliveredOn: today } });
    // The start of the day, but never before the reply itself.
    expect(next.deliveredAt).toBe(next.repliedAt);
    expect(next.status).toBe('REPLIED');
    await refused('deliverReply', next, { deliveredOn: today }, 'NOTHING_TO_DELIVER');
  });

  it('reopens a replied case for handling; refuses a reopen without reason or before a reply', async () => {
    const c = await walk(await register(), [
      ['acceptCase'],
      ['replyCase', { outcome: 'EXPLAINED', text: '解释' }],
    ]);
    await refused('reopenCase', c, { reason: '' }, 'BAD_USER_INPUT', 'reason');
    const { next, event } = await step('reopenCase', c, { reason: '领导批示重办' });
    expect(next.status).toBe('IN_PROGRESS');
    expect(next.repliedAt).toBe(c.repliedAt);
    expect(event).toMatchObject({ type: 'REOPENED', payload: { reason: '领导批示重办' } });
    await expectIllegal('reopenCase', await register(), { reason: '重办' });
  });
});
