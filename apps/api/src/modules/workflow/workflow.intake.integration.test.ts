// The workflow's intake over HTTP (registerCase, acceptCase, declineCase, markRepeat): each
// mutation's happy path with the case and its new event checked field by field, and each of its refusals
// with the typed code it answers — after which the case must be exactly as it was (same version, same
// number of events). The helpers: test/workflow.fixtures.ts.
import { expect, it } from 'vitest';
import { CaseEventType as E, idCheckDigit } from '@lianxin/domain';
import { InProcessPublisher } from '../../changes.js';
import { dialectSpec } from '../../db/dialect.js';
import { forbidden } from '../access/access-policy.js';
import { describeEachDatabase } from '../../test/databases.js';
import {
  ACTOR,
  endOfDayPlus,
  freshIdNumber,
  localDay,
  t,
  workflowStepsSuite,
} from '../../test/workflow.fixtures.js';
import { WorkflowService } from './workflow.service.js';

describeEachDatabase('case workflow steps: intake', (dialect) => {
  const suite = workflowStepsSuite(dialect);
  const { registration, registerRaw, register, stepRaw, step, walk } = suite;
  const { current, refused, expectIllegal, counts } = suite;

  // ---- registerCase ----

  it('registers a case with trimmed text, a normalised ID number and one REGISTERED event', async () => {
    const before = Date.now();
    const first17 = '65900119851231090';
    const check = idCheckDigit(first17);
    const c = await register({
      title: '  树木遮挡庄稼  ',
      summary: ' 林网遮阴 ',
      channel: 'LETTER',
      headcount: 7,
      petitioners: [
        { name: ' 马建国 ', phone: ' 13812345678 ', idNumber: first17 + check.toLowerCase() },
        { name: '马秀兰', phone: '15900001111', idNumber: freshIdNumber(), representative: false },
      ],
    });
    expect(c.code).toMatch(/^LT-\d{4}-\d{6}$/);
    expect(c.code.slice(3, 7)).toBe(localDay(Date.now()).slice(0, 4));
    expect(c).toMatchObject({
      version: 1,
      status: 'REGISTERED',
      title: '树木遮挡庄稼',
      summary: '林网遮阴',
      headcount: 7,
      acceptedAt: null,
      dueAt: null,
      handlingDays: null,
      pausedDays: 0,
      extensionDays: null,
      repliedAt: null,
      closedAt: null,
      leader: null,
      unit: null,
      repeatOf: null,
    });
    expect(t(c.receivedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(c.petitioners).toHaveLength(2);
    expect(c.events).toEqual([
      {
        type: 'REGISTERED',
        actor: ACTOR,
        at: c.receivedAt,
        leader: null,
        unit: null,
        visitKind: null,
        payload: { channel: 'LETTER' },
      },
    ]);
    const [stored] = (await suite.api.dataSource.query(
      `SELECT p.id_number AS id_number, p.id_number_hash AS id_number_hash
         FROM petitioner p JOIN case_petitioner cp ON cp.petitioner_id = p.id
        WHERE cp.case_id = ${Number(c.id)} ORDER BY p.id`,
    )) as { id_number: string; id_number_hash: string }[];
    // Stored encrypted; normalised (upper-case X) before encrypting and hashing.
    expect(suite.api.idNumbers.decrypt(stored!.id_number)).toBe(first17 + check.toUpperCase());
    expect(stored!.id_number_hash).toBe(suite.api.idNumbers.hash(first17 + check.toUpperCase()));
  });

  it('accepts texts at their exact limits: 200-character title, 5,000-character summary, 64-character key', async () => {
    const c = await register({
      title: '题'.repeat(200),
      summary: '述'.repeat(5000),
      clientKey: 'k'.repeat(64),
      petitioners: [{ name: '名'.repeat(32), phone: '19912345678', idNumber: freshIdNumber() }],
    });
    expect([...c.title]).toHaveLength(200);
    expect([...c.summary]).toHaveLength(5000);
  });

  it('refuses each invalid registration with the field at fault, and writes nothing', async () => {
    const person = () => ({ name: '马建国', phone: '13812345678', idNumber: freshIdNumber() });
    const shared = freshIdNumber();
    const badCheck = shared.slice(0, 17) + (shared[17] === '0' ? '1' : '0');
    const cases: [string, Record<string, unknown>, string, string | undefined][] = [
      ['empty title', { title: '' }, 'BAD_USER_INPUT', 'input.title'],
      ['blank title', { title: ' \t\n ' }, 'BAD_USER_INPUT', 'input.title'],
      ['201-character title', { title: '题'.repeat(201) }, 'BAD_USER_INPUT', 'input.title'],
      ['empty summary', { summary: '' }, 'BAD_USER_INPUT', 'input.summary'],
      ['5,001-character summary', { summary: 'x'.repeat(5001) }, 'BAD_USER_INPUT', 'input.summary'],
      ['65-character client key', { clientKey: 'k'.repeat(65) }, 'BAD_USER_INPUT', 'input.clientKey'],
      ['headcount 0', { headcount: 0 }, 'BAD_USER_INPUT', 'input.headcount'],
      ['headcount 100,001', { headcount: 100_001 }, 'BAD_USER_INPUT', 'input.headcount'],
      ['no petitioners', { petitioners: [] }, 'BAD_USER_INPUT', 'input.petitioners'],
      [
        'six petitioners',
        { headcount: 10, petitioners: Array.from({ length: 6 }, person) },
        'BAD_USER_INPUT',
        'input.petitioners',
      ],
      [
        'headcount below the petitioners',
        { headcount: 1, petitioners: [person(), person()] },
        'BAD_USER_INPUT',
        'input.headcount',
      ],
      [
        'empty petitioner name',
        { petitioners: [{ ...person(), name: ' ' }] },
        'BAD_USER_INPUT',
        'input.petitioners.0.name',
      ],
      [
        '33-character petitioner name',
        { petitioners: [{ ...person(), name: '名'.repeat(33) }] },
        'BAD_USER_INPUT',
        'input.petitioners.0.name',
      ],
      [
        'phone starting 12',
        { petitioners: [{ ...person(), phone: '12812345678' }] },
        'BAD_USER_INPUT',
        'input.petitioners.0.phone',
      ],
      [
        'ten-digit phone',
        { petitioners: [{ ...person(), phone: '1381234567' }] },
        'BAD_USER_INPUT',
        'input.petitioners.0.phone',
      ],
      [
        'wrong ID check character on the second petitioner',
        { headcount: 2, petitioners: [person(), { ...person(), idNumber: badCheck }] },
        'BAD_USER_INPUT',
        'input.petitioners.1.idNumber',
      ],
      [
        '15-digit ID number',
        { petitioners: [{ ...person(), idNumber: '659001700101001' }] },
        'BAD_USER_INPUT',
        'input.petitioners.0.idNumber',
      ],
      [
        'the same ID number twice (x and X)',
        {
          headcount: 2,
          petitioners: [
            { ...person(), idNumber: '11010519491231002X' },
            { ...person(), idNumber: '11010519491231002x' },
          ],
        },
        'BAD_USER_INPUT',
        'input.petitioners',
      ],
      ['unknown village', { villageCode: '999999999999' }, 'VILLAGE_NOT_FOUND', 'input.villageCode'],
      ['unknown category', { categoryCode: 'NOPE' }, 'CATEGORY_NOT_FOUND', 'input.categoryCode'],
      ['unknown matter type', { matterType: 'GOSSIP' }, 'BAD_USER_INPUT', undefined],
      ['unknown channel', { channel: 'PIGEON' }, 'BAD_USER_INPUT', undefined],
    ];
    const before = await counts();
    for (const [what, overrides, code, field] of cases) {
      const response = await registerRaw(registration(overrides));
      expect(response.status, what).toBeLessThan(500);
      expect(response.data?.result ?? null, what).toBeNull();
      expect(response.errors?.[0]?.extensions.code, what).toBe(code);
      if (field) expect(response.errors?.[0]?.extensions.field, what).toBe(field);
    }
    expect(await counts()).toEqual(before);
  });

  // ---- acceptCase / declineCase ----

  it('accepts a case: ACCEPTED, acceptedAt now, handling due at the end of local day +60', async () => {
    const c = await register();
    const { next, event, at } = await step('acceptCase', c);
    expect(next.status).toBe('ACCEPTED');
    expect(t(next.acceptedAt)).toBeGreaterThanOrEqual(at[0]);
    expect(t(next.acceptedAt)).toBeLessThanOrEqual(at[1]);
    expect(t(next.dueAt)).toBe(endOfDayPlus(t(next.acceptedAt), 60));
    expect(next.extendedTo).toBeNull();
    expect(event).toMatchObject({
      type: 'ACCEPTED',
      leader: null,
      unit: null,
      visitKind: null,
      payload: null,
    });
    expect(next.allowedSteps).toContain('REPLIED');
    expect(next.allowedSteps).not.toContain('ACCEPTED');
  });

  it('refuses accepting twice, a stale version, an unknown or malformed case id', async () => {
    const c = await walk(await register(), [['acceptCase']]);
    await expectIllegal('acceptCase', c);
    const stale = await refused(
      'assignLeader',
      c,
      { leaderId: suite.leaders[0] },
      'VERSION_CONFLICT',
      'version',
      1,
    );
    expect(stale.currentVersion).toBe(c.version);
    const ahead = await refused(
      'recordInstruction',
      c,
      { leaderId: suite.leaders[0], text: '尽快办理' },
      'VERSION_CONFLICT',
      'version',
      c.version + 5,
    );
    expect(ahead.currentVersion).toBe(c.version);
    for (const id of ['999999999', '0', '-3', 'abc', '1.5']) {
      const response = await stepRaw('acceptCase', { id, version: 1 });
      expect(response.status, id).toBeLessThan(500);
      expect(response.errors?.[0]?.extensions, id).toMatchObject(
        id === '999999999'
          ? { code: 'CASE_NOT_FOUND', field: 'id' }
          : { code: 'BAD_USER_INPUT', field: 'id' },
      );
    }
  });

  it('declines a case with its reason; a declined case only takes MARKED_REPEAT', async () => {
    const c = await register();
    const { next, event } = await step('declineCase', c, { reason: ' 不属于信访事项 ' });
    expect(next.status).toBe('NOT_ACCEPTED');
    expect(next.declinedAt).toBe(event.at);
    expect(next.acceptedAt).toBeNull();
    expect(next.dueAt).toBeNull();
    expect(event).toMatchObject({ type: 'NOT_ACCEPTED', payload: { reason: '不属于信访事项' } });
    expect(next.allowedSteps).toEqual(['MARKED_REPEAT']);
    await expectIllegal('acceptCase', next);
    await expectIllegal('recordInstruction', next, { leaderId: suite.leaders[0], text: '再看看' });
  });

  it('refuses a decline without a reason, with a 5,001-character one, or after acceptance', async () => {
    const c = await register();
    await refused('declineCase', c, { reason: '' }, 'BAD_USER_INPUT', 'reason');
    await refused('declineCase', c, { reason: '因'.repeat(5001) }, 'BAD_USER_INPUT', 'reason');
    const accepted = await walk(c, [['acceptCase']]);
    await expectIllegal('declineCase', accepted, { reason: '不予受理' });
  });

  // ---- markRepeat ----

  it('marks a case as a repeat of an earlier one by code, even once declined', async () => {
    const earlier = await register();
    const later = await walk(await register(), [['declineCase', { reason: '重复' }]]);
    const { next, event } = await step('markRepeat', later, { repeatOfCode: earlier.code });
    expect(next.status).toBe('NOT_ACCEPTED');
    expect(next.repeatOf).toEqual({ id: earlier.id, code: earlier.code });
    expect(event).toMatchObject({
      type: 'MARKED_REPEAT',
      payload: { repeatOfId: Number(earlier.id), repeatOfCode: earlier.code },
    });
  });

  it('refuses marking a case a repeat of an unknown case or of itself', async () => {
    const c = await register();
    await refused('markRepeat', c, { repeatOfCode: 'LT-1999-000001' }, 'CASE_NOT_FOUND', 'repeatOfCode');
    await refused('markRepeat', c, { repeatOfCode: c.code }, 'BAD_USER_INPUT', 'repeatOfCode');
  });

  it('checks again inside the transaction that the earlier case is visible (it may have moved away since)', async () => {
    const earlier = await register();
    const later = await register();
    const workflow = new WorkflowService(
      suite.api.dataSource,
      dialectSpec(dialect),
      suite.api.idNumbers,
      new InProcessPublisher(),
    );
    // The resolver saw both cases; by the time the step runs, the earlier one is outside the user's area.
    const movedAway = {
      assertCaseVisible(c: { id: number }): void {
        if (c.id === Number(earlier.id)) throw forbidden(`Case ${c.id} is not yours to read.`);
      },
    };
    const step = {
      type: E.MARKED_REPEAT,
      payload: { repeatOfId: Number(earlier.id), repeatOfCode: earlier.code },
    };
    await expect(
      workflow.apply(Number(later.id), later.version, step, { name: ACTOR }, movedAway),
    ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(await current(later.id)).toEqual(later);
    // The same step with the earlier case in view goes through.
    const applied = await workflow.apply(
      Number(later.id),
      later.version,
      step,
      { name: ACTOR },
      {
        assertCaseVisible: () => undefined,
      },
    );
    expect(applied.repeatOfId).toBe(Number(earlier.id));
  });

  it('flags a registration of the same petitioner in the same category, while the first is open, as a repeat', async () => {
    const idNumber = freshIdNumber();
    const person = { name: '马建国', phone: '13812345678', idNumber };
    const first = await register({ petitioners: [person] });
    const other = await register({ petitioners: [person], categoryCode: 'TREE_SHADING' });
    expect(other.repeatOf).toBeNull();
    const second = await register({ petitioners: [person] });
    expect(second.repeatOf).toEqual({ id: first.id, code: first.code });
    expect(second.events.map((e) => [e.type, e.payload])).toEqual([
      ['REGISTERED', { channel: 'VISIT' }],
      ['MARKED_REPEAT', { repeatOfId: Number(first.id), repeatOfCode: first.code, automatic: true }],
    ]);
    expect(suite.townshipCode).toBe('640302202000');
  });

  // Last in the file: from here on this year's codes have seven digits.
  it('numbers a new case after the year’s highest code by number, past LT-YYYY-999999 too', async () => {
    const year = localDay(Date.now()).slice(0, 4);
    const [a, b] = [await register(), await register()];
    // As text LT-YYYY-999999 sorts after LT-YYYY-1000000: the text maximum is not the highest number.
    await suite.api.dataSource.query(
      `UPDATE petition_case SET code = 'LT-${year}-999999' WHERE id = ${Number(a.id)}`,
    );
    await suite.api.dataSource.query(
      `UPDATE petition_case SET code = 'LT-${year}-1000000' WHERE id = ${Number(b.id)}`,
    );
    expect((await register()).code).toBe(`LT-${year}-1000001`);
    expect((await register()).code).toBe(`LT-${year}-1000002`);
  });
});
