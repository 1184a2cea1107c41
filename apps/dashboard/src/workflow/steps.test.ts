import {
  CaseEventType,
  ClockRuleCode,
  STEP_CATALOGUE,
  TEXT_LIMITS,
  checkStepInput,
  type ClockStage,
} from '@lianxin/domain';
import type { OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { CaseEventType as ApiEvent } from '../graphql/generated/graphql';
import {
  STEPS,
  type FieldSpec,
  type FormValues,
  type StepSpec,
  type TimelineEvent,
  caseFacts,
  caseStage,
  initialValues,
  latestAnswerDay,
  offeredSteps,
  preflight,
  roleTakesSteps,
  stepEvent,
  validateStep,
  visibleFields,
} from './steps';

const target = { id: '42', version: 7 };
const step = (e: ApiEvent): StepSpec => {
  const s = STEPS[e];
  if (!s) throw new Error(`no form for ${e}`);
  return s;
};

/** The variables a mutation document declares, with whether each is non-null. */
function declaredVariables(spec: StepSpec): Map<string, boolean> {
  const op = spec.document.definitions[0] as OperationDefinitionNode;
  return new Map(
    (op.variableDefinitions ?? []).map((v) => [v.variable.name.value, v.type.kind === 'NonNullType']),
  );
}

/** A valid entry for a field, as a person would type or choose it. */
function sample(f: FieldSpec): string {
  switch (f.kind) {
    case 'textarea':
      return '已现场核实';
    case 'text':
      return 'LT-2023-000128';
    case 'lines':
      return Array.from({ length: f.min ?? 1 }, (_, i) => `第${i + 1}项`).join('\n');
    case 'int':
      return String(f.min ?? 1);
    case 'leader':
      return '3';
    case 'unit':
      return '4';
    case 'enum':
      return Object.keys(f.options ?? {})[0]!;
    case 'date':
      return '2026-11-20';
    case 'boolean':
      return 'true';
  }
}

describe('the forms are the step catalogue', () => {
  const forms = Object.values(STEPS) as StepSpec[];

  it('has a form for every step of the catalogue but registration', () => {
    const missing = Object.values(CaseEventType).filter((e) => e !== 'REGISTERED' && !STEPS[e]);
    expect(missing).toEqual([]);
    expect(STEPS.REGISTERED).toBeUndefined();
  });

  it('asks each step’s inputs, in the catalogue’s order, required as the catalogue says', () => {
    for (const form of forms) {
      const catalogue = STEP_CATALOGUE[form.event as CaseEventType];
      expect(
        form.fields.map((f) => [f.input, f.required]),
        form.event,
      ).toEqual(catalogue.fields.map((f) => [f.name, f.required]));
      expect(form.leaderActsAsSelf, form.event).toBe(catalogue.leaderActsAsSelf);
    }
  });

  it('takes every limit from the catalogue, so the form and the API agree', () => {
    for (const form of forms) {
      const catalogue = STEP_CATALOGUE[form.event as CaseEventType];
      form.fields.forEach((f, i) => {
        const c = catalogue.fields[i]!;
        if (c.kind === 'days') expect([f.min, f.max], `${form.event}.${f.name}`).toEqual([c.min ?? 1, c.max]);
        if (c.kind === 'text') expect(f.maxLength, `${form.event}.${f.name}`).toBe(c.max ?? TEXT_LIMITS.text);
        if (c.kind === 'textList')
          expect([f.min, f.max, f.maxLength], `${form.event}.${f.name}`).toEqual([c.min, c.maxItems, c.max]);
      });
    }
    // The numbers the dashboard and the API used to disagree on (issue 12).
    const parties = step('COORDINATION').fields.find((f) => f.name === 'parties')!;
    expect(parties.maxLength).toBe(TEXT_LIMITS.partyName);
    expect(step('FORWARDED').fields.find((f) => f.name === 'note')!.maxLength).toBe(TEXT_LIMITS.text);
  });

  it('maps every input onto an argument of its mutation, non-null exactly when required', () => {
    for (const form of forms) {
      const declared = declaredVariables(form);
      expect([...declared.keys()].sort(), form.event).toEqual(
        ['id', 'version', ...form.fields.map((f) => f.name)].sort(),
      );
      for (const f of form.fields) expect(declared.get(f.name), `${form.event}.${f.name}`).toBe(f.required);
    }
  });

  it('calls the mutation the catalogue names for the step (the API’s field rule is its roles)', () => {
    for (const form of forms) {
      const op = form.document.definitions[0] as OperationDefinitionNode;
      const fields = op.selectionSet.selections.map((s) => (s.kind === 'Field' ? s.name.value : s.kind));
      expect(fields, form.event).toEqual([STEP_CATALOGUE[form.event].mutation]);
    }
  });

  it('never sends what the catalogue’s input check refuses', () => {
    for (const form of forms) {
      for (const stage of [null, 'FIRST', 'REVIEW', 'REREVIEW'] as (ClockStage | null)[]) {
        const values = Object.fromEntries(visibleFields(form, stage).map((f) => [f.name, sample(f)]));
        const check = validateStep(form, values, target, stage);
        expect(check.ok, `${form.event} in ${stage}`).toBe(true);
        if (!check.ok) continue;
        const event = stepEvent(form, check.variables, new Date('2026-11-20T04:00:00Z'));
        expect(checkStepInput(event, stage), `${form.event} in ${stage}`).toEqual({ ok: true });
      }
    }
  });
});

describe('offeredSteps', () => {
  it('offers exactly what the API allows, in its order, leaving out only steps without a form', () => {
    expect(
      offeredSteps(['ACCEPTED', 'NOT_ACCEPTED', 'REGISTERED', 'VISIT', 'REPLY_DELIVERED']).map(
        (s) => s.event,
      ),
    ).toEqual(['ACCEPTED', 'NOT_ACCEPTED', 'VISIT', 'REPLY_DELIVERED']);
  });

  it('applies no role filter of its own: the API’s allowedSteps already did', () => {
    // What the API answers a leader: their own visits, instructions and supervision.
    expect(offeredSteps(['VISIT', 'INSTRUCTION', 'SUPERVISED']).map((s) => s.event)).toEqual([
      'VISIT',
      'INSTRUCTION',
      'SUPERVISED',
    ]);
    expect(offeredSteps([])).toEqual([]);
  });

  it('knows from the catalogue which roles act on cases at all', () => {
    expect(['ADMIN', 'CLERK', 'LEADER'].map(roleTakesSteps)).toEqual([true, true, true]);
    expect(['ANALYST', 'DISPLAY', null].map(roleTakesSteps)).toEqual([false, false, false]);
  });
});

describe('initialValues', () => {
  it('fixes the leader of a leader’s own visit, instruction or supervision, and nothing else', () => {
    expect(initialValues(step('VISIT'), '2026-11-20', 7)).toEqual({ leaderId: '7' });
    expect(initialValues(step('SUPERVISED'), '2026-11-20', 7)).toEqual({ leaderId: '7' });
    expect(initialValues(step('EXTENDED'), '2026-11-20', 7)).toEqual({});
    expect(initialValues(step('VISIT'), '2026-11-20', null)).toEqual({});
  });

  it('dates a delivery today unless changed', () => {
    expect(initialValues(step('REPLY_DELIVERED'), '2026-11-20', null)).toEqual({ deliveredOn: '2026-11-20' });
  });
});

describe('validateStep', () => {
  it('sends id and version with a step that has no fields', () => {
    expect(validateStep(step('ACCEPTED'), {}, target)).toEqual({
      ok: true,
      variables: { id: '42', version: 7 },
    });
  });

  it('requires a reason to decline and trims it', () => {
    expect(validateStep(step('NOT_ACCEPTED'), { reason: '  ' }, target)).toEqual({
      ok: false,
      errors: { reason: { key: 'required' } },
    });
    expect(validateStep(step('NOT_ACCEPTED'), { reason: ' 不属于信访事项 ' }, target)).toEqual({
      ok: true,
      variables: { id: '42', version: 7, reason: '不属于信访事项' },
    });
  });

  it('checks an extension: 1–30 days, reason, approver (the catalogue’s leader, the API’s approverLeaderId)', () => {
    const bad = validateStep(step('EXTENDED'), { days: '31', reason: '', approverLeaderId: 'x' }, target);
    expect(bad).toEqual({
      ok: false,
      errors: {
        days: { key: 'range', params: { min: 1, max: 30 } },
        reason: { key: 'required' },
        approverLeaderId: { key: 'integer' },
      },
    });
    expect(
      validateStep(step('EXTENDED'), { days: '30', reason: '需现场测量', approverLeaderId: '3' }, target),
    ).toEqual({
      ok: true,
      variables: { id: '42', version: 7, days: 30, reason: '需现场测量', approverLeaderId: 3 },
    });
  });

  it('reads days as a number input hands them over (v-model gives a number)', () => {
    expect(validateStep(step('DEADLINE_SET'), { days: 15 }, target)).toEqual({
      ok: true,
      variables: { id: '42', version: 7, days: 15 },
    });
  });

  it('refuses a fractional number of days', () => {
    expect(validateStep(step('HEARING_ENDED'), { days: '2.5' }, target)).toMatchObject({
      ok: false,
      errors: { days: { key: 'integer' } },
    });
  });

  it('reads a meeting’s parties and decisions one per line, 2–20 parties of at most 64 characters', () => {
    expect(validateStep(step('COORDINATION'), { parties: '水务局', decisions: '按时放水' }, target)).toEqual({
      ok: false,
      errors: { parties: { key: 'items', params: { min: 2, max: 20 } } },
    });
    expect(
      validateStep(
        step('COORDINATION'),
        { parties: `水务局\n${'村'.repeat(65)}`, decisions: '修渠' },
        target,
      ),
    ).toEqual({ ok: false, errors: { parties: { key: 'tooLong', params: { max: 64 } } } });
    expect(
      validateStep(
        step('COORDINATION'),
        { parties: '水务局\n\n 村委会 \n信访局', decisions: '按时放水\n修渠' },
        target,
      ),
    ).toEqual({
      ok: true,
      variables: {
        id: '42',
        version: 7,
        parties: ['水务局', '村委会', '信访局'],
        decisions: ['按时放水', '修渠'],
      },
    });
  });

  it('accepts only known enum values', () => {
    expect(validateStep(step('RATED'), { satisfaction: 'THRILLED' }, target)).toMatchObject({ ok: false });
    expect(validateStep(step('RATED'), { satisfaction: 'BASICALLY_SATISFIED' }, target)).toMatchObject({
      ok: true,
      variables: { satisfaction: 'BASICALLY_SATISFIED' },
    });
  });

  it('checks the format of a case code', () => {
    expect(validateStep(step('MARKED_REPEAT'), { repeatOfCode: 'LT-2023-128' }, target)).toMatchObject({
      ok: false,
      errors: { repeatOfCode: { key: 'pattern' } },
    });
    expect(validateStep(step('MARKED_REPEAT'), { repeatOfCode: 'LT-2023-000128' }, target)).toMatchObject({
      ok: true,
    });
  });

  it('limits free text to the catalogue’s 5,000 characters, counted as the API counts them', () => {
    expect(
      validateStep(step('REPLIED'), { outcome: 'SUPPORTED', text: 'x'.repeat(5001) }, target),
    ).toMatchObject({ ok: false, errors: { text: { key: 'tooLong', params: { max: 5000 } } } });
    // 5,000 characters outside the Basic Multilingual Plane are 10,000 UTF-16 units, and still allowed.
    expect(validateStep(step('FORWARDED'), { unitId: '4', note: '𠀀'.repeat(5000) }, target)).toMatchObject({
      ok: true,
    });
  });

  it('asks a reply whether it changes the first answer only when it answers a review or re-review', () => {
    const reply: FormValues = { outcome: 'SUPPORTED', text: '维持原意见' };
    expect(visibleFields(step('REPLIED'), 'FIRST').map((f) => f.name)).toEqual(['outcome', 'text']);
    expect(validateStep(step('REPLIED'), { ...reply, changed: 'true' }, target, 'FIRST')).toEqual({
      ok: true,
      variables: { id: '42', version: 7, outcome: 'SUPPORTED', text: '维持原意见' },
    });
    for (const stage of ['REVIEW', 'REREVIEW'] as const) {
      expect(validateStep(step('REPLIED'), reply, target, stage)).toEqual({
        ok: false,
        errors: { changed: { key: 'required' } },
      });
      expect(validateStep(step('REPLIED'), { ...reply, changed: 'false' }, target, stage)).toMatchObject({
        ok: true,
        variables: { changed: false },
      });
    }
  });

  it('takes a delivery day as a date', () => {
    expect(validateStep(step('REPLY_DELIVERED'), { deliveredOn: '20.11.2026' }, target)).toEqual({
      ok: false,
      errors: { deliveredOn: { key: 'date' } },
    });
    expect(validateStep(step('REPLY_DELIVERED'), { deliveredOn: '2026-11-20' }, target)).toEqual({
      ok: true,
      variables: { id: '42', version: 7, deliveredOn: '2026-11-20' },
    });
  });
});

/** A case replied on 2026-11-20 (local) and not yet delivered. */
const REPLIED_TIMELINE: TimelineEvent[] = [
  { type: 'REGISTERED', at: '2026-10-08T02:00:00Z' },
  { type: 'ACCEPTED', at: '2026-10-09T02:00:00Z' },
  { type: 'ASSIGNED', at: '2026-10-09T03:00:00Z', leader: { id: '3' } },
  { type: 'REPLIED', at: '2026-11-20T02:00:00Z', payload: { outcome: 'SUPPORTED', text: '已解决' } },
];

describe('the case as the catalogue sees it', () => {
  it('folds the timeline the way the API does', () => {
    const facts = caseFacts(REPLIED_TIMELINE)!;
    expect(facts.status).toBe('REPLIED');
    expect(facts.leaderId).toBe(3);
    expect(latestAnswerDay(facts)).toBe('2026-11-20');
    const delivered = caseFacts([
      ...REPLIED_TIMELINE,
      { type: 'REPLY_DELIVERED', at: '2026-11-23T02:00:00Z', payload: { deliveredOn: '2026-11-22' } },
      { type: 'REVIEW_REQUESTED', at: '2026-11-25T02:00:00Z', payload: { reason: '不服' } },
    ])!;
    expect(delivered.deliveredAt?.toISOString()).toBe('2026-11-21T16:00:00.000Z');
    expect(caseStage(delivered, 'UNDER_REVIEW')).toBe('REVIEW');
  });

  it('leaves a timeline it cannot fold to the server, reading the stage from the status', () => {
    const broken: TimelineEvent[] = [{ type: 'ACCEPTED', at: '2026-10-09T02:00:00Z' }];
    expect(caseFacts(broken)).toBeNull();
    expect(caseStage(null, 'UNDER_REREVIEW')).toBe('REREVIEW');
    expect(caseStage(null, 'IN_PROGRESS')).toBeNull();
  });
});

describe('preflight', () => {
  const now = new Date('2026-11-25T04:00:00Z');
  const facts = caseFacts(REPLIED_TIMELINE);

  it('runs the catalogue’s supervision rule: a unit or a leader', () => {
    const spec = step('SUPERVISED');
    expect(preflight(spec, { id: '1', version: 1, note: '三日内答复' }, null, null, now)).toBe(
      ClockRuleCode.MISSING_INPUT,
    );
    expect(
      preflight(spec, { id: '1', version: 1, note: '三日内答复', unitId: 4 }, null, null, now),
    ).toBeNull();
    expect(
      preflight(spec, { id: '1', version: 1, note: '三日内答复', leaderId: 3 }, null, null, now),
    ).toBeNull();
  });

  it('keeps a delivery between the answer and today', () => {
    const spec = step('REPLY_DELIVERED');
    const on = (deliveredOn: string) => preflight(spec, { deliveredOn }, facts, null, now);
    expect(on('2026-11-19')).toBe(ClockRuleCode.INVALID_DATE);
    expect(on('2026-11-26')).toBe(ClockRuleCode.INVALID_DATE);
    expect(on('2026-11-20')).toBeNull();
    expect(on('2026-11-25')).toBeNull();
  });

  it('leaves refusals that depend on the configured clock rules to the server', () => {
    // A hearing with none under way, a delivery of nothing: the server answers with its code.
    expect(preflight(step('HEARING_ENDED'), { days: 3 }, facts, null, now)).toBeNull();
    expect(preflight(step('REPLY_DELIVERED'), { deliveredOn: '2026-11-19' }, null, null, now)).toBeNull();
  });
});
