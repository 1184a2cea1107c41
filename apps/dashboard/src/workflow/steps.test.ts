import { describe, expect, it } from 'vitest';
import { STEPS, offeredSteps, stepsFor, validateStep } from './steps';

const target = { id: '42', version: 7 };

describe('offeredSteps', () => {
  it('offers what the API allows, in its order, skipping steps without a form', () => {
    expect(offeredSteps(['ACCEPTED', 'NOT_ACCEPTED', 'REGISTERED', 'VISIT']).map((s) => s.event)).toEqual([
      'ACCEPTED',
      'NOT_ACCEPTED',
      'VISIT',
    ]);
  });
  it('has a form for every step a case can take after registration', () => {
    const events = [
      'ACCEPTED',
      'NOT_ACCEPTED',
      'FORWARDED',
      'ASSIGNED',
      'VISIT',
      'INSTRUCTION',
      'SUPERVISED',
      'COORDINATION',
      'DEADLINE_SET',
      'HEARING_STARTED',
      'HEARING_ENDED',
      'EXTENDED',
      'REPLIED',
      'CLOSED',
      'RATED',
      'REVIEW_REQUESTED',
      'REREVIEW_REQUESTED',
      'REOPENED',
      'MARKED_REPEAT',
    ] as const;
    expect(events.filter((e) => !STEPS[e])).toEqual([]);
  });
});

describe('stepsFor', () => {
  const allowed = ['ACCEPTED', 'VISIT', 'INSTRUCTION', 'SUPERVISED', 'EXTENDED'] as const;
  it('gives case workers every allowed step', () => {
    expect(stepsFor(allowed, { role: 'CLERK', leaderId: null }).map((s) => s.event)).toEqual([...allowed]);
  });
  it('gives a leader only their own visits, instructions and supervision', () => {
    expect(stepsFor(allowed, { role: 'LEADER', leaderId: 7 }).map((s) => s.event)).toEqual([
      'VISIT',
      'INSTRUCTION',
      'SUPERVISED',
    ]);
    expect(stepsFor(allowed, { role: 'LEADER', leaderId: null })).toEqual([]);
  });
  it('gives analysts, the wall screen and nobody signed in none', () => {
    expect(stepsFor(allowed, { role: 'ANALYST', leaderId: null })).toEqual([]);
    expect(stepsFor(allowed, { role: 'DISPLAY', leaderId: null })).toEqual([]);
    expect(stepsFor(allowed, null)).toEqual([]);
  });
});

describe('validateStep', () => {
  it('sends id and version with a step that has no fields', () => {
    expect(validateStep(STEPS.ACCEPTED!, {}, target)).toEqual({
      ok: true,
      variables: { id: '42', version: 7 },
    });
  });

  it('requires a reason to decline and trims it', () => {
    expect(validateStep(STEPS.NOT_ACCEPTED!, { reason: '  ' }, target)).toEqual({
      ok: false,
      errors: { reason: { key: 'required' } },
    });
    expect(validateStep(STEPS.NOT_ACCEPTED!, { reason: ' 不属于信访事项 ' }, target)).toEqual({
      ok: true,
      variables: { id: '42', version: 7, reason: '不属于信访事项' },
    });
  });

  it('checks an extension: 1–30 days, reason, approver', () => {
    const bad = validateStep(STEPS.EXTENDED!, { days: '31', reason: '', approverLeaderId: 'x' }, target);
    expect(bad).toEqual({
      ok: false,
      errors: {
        days: { key: 'range', params: { min: 1, max: 30 } },
        reason: { key: 'required' },
        approverLeaderId: { key: 'integer' },
      },
    });
    expect(
      validateStep(STEPS.EXTENDED!, { days: '30', reason: '需现场测量', approverLeaderId: '3' }, target),
    ).toEqual({
      ok: true,
      variables: { id: '42', version: 7, days: 30, reason: '需现场测量', approverLeaderId: 3 },
    });
  });

  it('refuses a fractional number of days', () => {
    expect(validateStep(STEPS.HEARING_ENDED!, { days: '2.5' }, target)).toMatchObject({
      ok: false,
      errors: { days: { key: 'integer' } },
    });
  });

  it('reads a meeting’s parties and decisions one per line, 2–20 parties', () => {
    expect(validateStep(STEPS.COORDINATION!, { parties: '水务局', decisions: '按时放水' }, target)).toEqual({
      ok: false,
      errors: { parties: { key: 'items', params: { min: 2, max: 20 } } },
    });
    expect(
      validateStep(
        STEPS.COORDINATION!,
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

  it('needs a leader or a unit for supervision', () => {
    expect(validateStep(STEPS.SUPERVISED!, { note: '三日内答复' }, target)).toEqual({
      ok: false,
      errors: { leaderId: { key: 'oneOf' }, unitId: { key: 'oneOf' } },
    });
    expect(validateStep(STEPS.SUPERVISED!, { note: '三日内答复', unitId: '4' }, target)).toMatchObject({
      ok: true,
    });
  });

  it('accepts only known enum values', () => {
    expect(validateStep(STEPS.RATED!, { satisfaction: 'THRILLED' }, target)).toMatchObject({ ok: false });
    expect(validateStep(STEPS.RATED!, { satisfaction: 'BASICALLY_SATISFIED' }, target)).toMatchObject({
      ok: true,
      variables: { satisfaction: 'BASICALLY_SATISFIED' },
    });
  });

  it('checks the format of a case code', () => {
    expect(validateStep(STEPS.MARKED_REPEAT!, { repeatOfCode: 'LT-2023-128' }, target)).toMatchObject({
      ok: false,
      errors: { repeatOfCode: { key: 'pattern' } },
    });
    expect(validateStep(STEPS.MARKED_REPEAT!, { repeatOfCode: 'LT-2023-000128' }, target)).toMatchObject({
      ok: true,
    });
  });

  it('limits the length of free text', () => {
    expect(
      validateStep(STEPS.REPLIED!, { outcome: 'SUPPORTED', text: 'x'.repeat(5001) }, target),
    ).toMatchObject({
      ok: false,
      errors: { text: { key: 'tooLong', params: { max: 5000 } } },
    });
  });
});
