// The workflow's handling over HTTP (the fact versions its steps write; forwardCase, assignLeader,
// recordVisit, recordInstruction, superviseCase, setDeadline's optional leader, recordCoordination): each
// mutation's happy path with the case and its new event checked field by field, and each of its refusals
// with the typed code it answers — after which the case must be exactly as it was (same version, same
// number of events). The helpers: test/workflow.fixtures.ts.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.js';
import { workflowStepsSuite, type CaseView } from '../../test/workflow.fixtures.js';

describeEachDatabase('case workflow steps: handling', (dialect) => {
  const suite = workflowStepsSuite(dialect);
  const { register, step, walk, current, refused, expectIllegal, seeded } = suite;

  // ---- fact versions ----

  it("records the case's fact versions: one at registration, one per step that changes what queries read", async () => {
    const versions = async (id: string) =>
      (
        (await suite.api.dataSource.query(
          `SELECT status, leader_id, valid_to FROM case_fact_version WHERE case_id = ${Number(id)} ORDER BY valid_from`,
        )) as { status: string; leader_id: number | null; valid_to: unknown }[]
      ).map((v) => [v.status, v.leader_id === null ? null : Number(v.leader_id), v.valid_to === null]);
    const c = await register();
    expect(await versions(c.id)).toEqual([['REGISTERED', null, true]]);
    const accepted = await walk(c, [['acceptCase']]);
    // An instruction changes nothing a query reads: no new version.
    const instructed = await walk(accepted, [
      ['recordInstruction', { leaderId: suite.leaders[0], text: '限期答复' }],
    ]);
    await walk(instructed, [['assignLeader', { leaderId: suite.leaders[1] }]]);
    expect(await versions(c.id)).toEqual([
      ['REGISTERED', null, false],
      ['ACCEPTED', null, false],
      ['IN_PROGRESS', suite.leaders[1], true],
    ]);
    // A refused step writes none.
    await expectIllegal('acceptCase', await current(c.id));
    expect(await versions(c.id)).toHaveLength(3);
  });

  // ---- forwardCase / assignLeader / recordVisit ----

  it('forwards a registered case (stays REGISTERED) and re-forwards it, keeping the first forwardedAt', async () => {
    const c = await register();
    const first = await step('forwardCase', c, { unitId: suite.units[0], note: '请核查' });
    expect(first.next.status).toBe('REGISTERED');
    expect(first.next.unit).toEqual({ id: String(suite.units[0]) });
    expect(first.next.forwardedAt).toBe(first.event.at);
    expect(first.event).toMatchObject({
      type: 'FORWARDED',
      unit: { id: String(suite.units[0]) },
      leader: null,
      payload: { note: '请核查' },
    });
    const second = await step('forwardCase', first.next, { unitId: suite.units[1] });
    expect(second.next.unit).toEqual({ id: String(suite.units[1]) });
    expect(second.next.forwardedAt).toBe(first.next.forwardedAt);
    expect(second.event.payload).toEqual({ note: null });
    // On an accepted case, forwarding starts the handling.
    const accepted = await walk(second.next, [['acceptCase']]);
    expect((await step('forwardCase', accepted, { unitId: suite.units[2] })).next.status).toBe('IN_PROGRESS');
  });

  it('refuses forwarding to an unknown unit, with an over-long note, or on a closed case', async () => {
    const c = await register();
    await refused('forwardCase', c, { unitId: 999_999 }, 'UNIT_NOT_FOUND', 'unitId');
    await refused(
      'forwardCase',
      c,
      { unitId: suite.units[0], note: '注'.repeat(5001) },
      'BAD_USER_INPUT',
      'note',
    );
    const closed = await seeded('{ statuses: [CLOSED] }', () => true);
    await expectIllegal('forwardCase', closed, { unitId: suite.units[0] });
  });

  it('assigns a leader: IN_PROGRESS, leader set, the event naming the leader', async () => {
    const c = await walk(await register(), [['acceptCase']]);
    const { next, event } = await step('assignLeader', c, { leaderId: suite.leaders[3] });
    expect(next.status).toBe('IN_PROGRESS');
    expect(next.leader).toEqual({ id: String(suite.leaders[3]) });
    expect(event).toMatchObject({
      type: 'ASSIGNED',
      leader: { id: String(suite.leaders[3]) },
      payload: null,
    });
    const again = await step('assignLeader', next, { leaderId: suite.leaders[4] });
    expect(again.next.leader).toEqual({ id: String(suite.leaders[4]) });
  });

  it('refuses assigning an unknown leader, or before acceptance', async () => {
    const c = await register();
    await expectIllegal('assignLeader', c, { leaderId: suite.leaders[0] });
    const accepted = await walk(c, [['acceptCase']]);
    await refused('assignLeader', accepted, { leaderId: 999_999 }, 'LEADER_NOT_FOUND', 'leaderId');
    await refused('assignLeader', accepted, { leaderId: -1 }, 'LEADER_NOT_FOUND', 'leaderId');
  });

  it('records a reception visit on a registered case without changing its status', async () => {
    const c = await register();
    const { next, event } = await step('recordVisit', c, {
      leaderId: suite.leaders[1],
      kind: 'RECEPTION',
      note: '当面听取诉求',
    });
    expect(next.status).toBe('REGISTERED');
    expect(next.leader).toBeNull();
    expect(event).toMatchObject({
      type: 'VISIT',
      leader: { id: String(suite.leaders[1]) },
      visitKind: 'RECEPTION',
      payload: { note: '当面听取诉求' },
    });
    const accepted = await walk(next, [['acceptCase']]);
    const home = await step('recordVisit', accepted, { leaderId: suite.leaders[1], kind: 'HOME_VISIT' });
    expect(home.next.status).toBe('IN_PROGRESS');
    expect(home.event).toMatchObject({ visitKind: 'HOME_VISIT', payload: { note: null } });
  });

  it('refuses a visit by an unknown leader, of an unknown kind, or with an over-long note', async () => {
    const c = await register();
    await refused('recordVisit', c, { leaderId: 999_999, kind: 'RECEPTION' }, 'LEADER_NOT_FOUND', 'leaderId');
    await refused('recordVisit', c, { leaderId: suite.leaders[0], kind: 'TELEPATHY' }, 'BAD_USER_INPUT');
    await refused(
      'recordVisit',
      c,
      { leaderId: suite.leaders[0], kind: 'RECEPTION', note: '记'.repeat(5001) },
      'BAD_USER_INPUT',
      'note',
    );
  });

  // ---- oversight: recordInstruction / superviseCase ----

  it('records an instruction and a supervision on an open case without changing its status', async () => {
    const c = await register();
    const instruction = await step('recordInstruction', c, {
      leaderId: suite.leaders[0],
      text: ' 限期答复 ',
    });
    expect(instruction.next.status).toBe('REGISTERED');
    expect(instruction.event).toMatchObject({
      type: 'INSTRUCTION',
      leader: { id: String(suite.leaders[0]) },
      unit: null,
      payload: { text: '限期答复' },
    });
    const supervised = await step('superviseCase', instruction.next, {
      note: '三日内报告',
      unitId: suite.units[0],
      leaderId: suite.leaders[2],
    });
    expect(supervised.event).toMatchObject({
      type: 'SUPERVISED',
      unit: { id: String(suite.units[0]) },
      leader: { id: String(suite.leaders[2]) },
      payload: { note: '三日内报告' },
    });
    expect(supervised.next.unit).toBeNull();
    const byUnit = await step('superviseCase', supervised.next, {
      note: '跟进',
      unitId: suite.units[1],
      leaderId: null,
    });
    expect(byUnit.event).toMatchObject({
      unit: { id: String(suite.units[1]) },
      leader: null,
      payload: { note: '跟进' },
    });
    // Supervision is by someone: the catalogue refuses it with neither a unit nor a leader.
    await refused(
      'superviseCase',
      byUnit.next,
      { note: '跟进', unitId: null, leaderId: null },
      'MISSING_INPUT',
    );
  });

  it('refuses oversight without text, by unknown people, or on a closed case', async () => {
    const c = await register();
    await refused(
      'recordInstruction',
      c,
      { leaderId: suite.leaders[0], text: '  ' },
      'BAD_USER_INPUT',
      'text',
    );
    await refused(
      'recordInstruction',
      c,
      { leaderId: suite.leaders[0], text: '批'.repeat(5001) },
      'BAD_USER_INPUT',
      'text',
    );
    await refused('recordInstruction', c, { leaderId: 999_999, text: '办' }, 'LEADER_NOT_FOUND', 'leaderId');
    await refused(
      'superviseCase',
      c,
      { note: '', unitId: suite.units[0], leaderId: null },
      'BAD_USER_INPUT',
      'note',
    );
    await refused(
      'superviseCase',
      c,
      { note: '督', unitId: 999_999, leaderId: null },
      'UNIT_NOT_FOUND',
      'unitId',
    );
    await refused(
      'superviseCase',
      c,
      { note: '督', unitId: null, leaderId: 999_999 },
      'LEADER_NOT_FOUND',
      'leaderId',
    );
    const closed = await seeded('{ statuses: [CLOSED] }', () => true);
    await expectIllegal('recordInstruction', closed, { leaderId: suite.leaders[0], text: '再办' });
    await expectIllegal('superviseCase', closed, { note: '再督', unitId: suite.units[0], leaderId: null });
  });

  it('takes the optional unit and leader of superviseCase as absent when omitted', async () => {
    // Omitting a nullable argument must mean the same as passing null (GraphQL spec, CoerceArgumentValues).
    const c = await walk(await register(), [['acceptCase']]);
    const supervised = await suite.api.graphql<{ result: CaseView }>(
      `mutation { result: superviseCase(id: "${c.id}", version: ${c.version}, unitId: ${suite.units[0]}, note: "督促办理") { version events { type unit { id } leader { id } } } }`,
    );
    expect(supervised.errors, JSON.stringify(supervised.errors)).toBeUndefined();
    expect(supervised.data!.result.events.at(-1)).toEqual({
      type: 'SUPERVISED',
      unit: { id: String(suite.units[0]) },
      leader: null,
    });
    // Both omitted is both absent: refused like both null.
    const nobody = await suite.api.graphql<{ result: CaseView }>(
      `mutation { result: superviseCase(id: "${c.id}", version: ${c.version + 1}, note: "督促办理") { version } }`,
    );
    expect(nobody.errors?.[0]?.extensions.code).toBe('MISSING_INPUT');
  });

  it('takes the optional leader of setDeadline as absent when omitted', async () => {
    const c = await walk(await register(), [['acceptCase']]);
    const deadline = await suite.api.graphql<{ result: CaseView }>(
      `mutation { result: setDeadline(id: "${c.id}", version: ${c.version}, days: 30) { handlingDays events { type leader { id } } } }`,
    );
    expect(deadline.errors, JSON.stringify(deadline.errors)).toBeUndefined();
    expect(deadline.data!.result.handlingDays).toBe(30);
    expect(deadline.data!.result.events.at(-1)).toEqual({ type: 'DEADLINE_SET', leader: null });
  });

  // ---- recordCoordination ----

  it('records a coordination meeting with its trimmed parties and decisions', async () => {
    const c = await walk(await register(), [['acceptCase']]);
    const { next, event } = await step('recordCoordination', c, {
      parties: [' 水务局 ', '乡政府'],
      decisions: ['修缮支渠'],
    });
    expect(next.status).toBe('IN_PROGRESS');
    expect(event).toMatchObject({
      type: 'COORDINATION',
      payload: { parties: ['水务局', '乡政府'], decisions: ['修缮支渠'] },
    });
  });

  it('refuses coordination with too few or too many parties or decisions, or an empty or long item', async () => {
    const c = await walk(await register(), [['acceptCase']]);
    const two = ['甲方', '乙方'];
    const n = (count: number, s: string) => Array.from({ length: count }, (_, i) => `${s}${i}`);
    await refused(
      'recordCoordination',
      c,
      { parties: ['甲方'], decisions: ['一'] },
      'BAD_USER_INPUT',
      'parties',
    );
    await refused(
      'recordCoordination',
      c,
      { parties: n(21, '方'), decisions: ['一'] },
      'BAD_USER_INPUT',
      'parties',
    );
    await refused('recordCoordination', c, { parties: two, decisions: [] }, 'BAD_USER_INPUT', 'decisions');
    await refused(
      'recordCoordination',
      c,
      { parties: two, decisions: n(51, '议') },
      'BAD_USER_INPUT',
      'decisions',
    );
    await refused(
      'recordCoordination',
      c,
      { parties: ['甲方', ' '], decisions: ['一'] },
      'BAD_USER_INPUT',
      'parties.1',
    );
    await refused(
      'recordCoordination',
      c,
      { parties: ['方'.repeat(65), '乙方'], decisions: ['一'] },
      'BAD_USER_INPUT',
      'parties.0',
    );
    await refused(
      'recordCoordination',
      c,
      { parties: two, decisions: ['一', ''] },
      'BAD_USER_INPUT',
      'decisions.1',
    );
    await expectIllegal('recordCoordination', await register(), { parties: two, decisions: ['一'] });
  });
});
