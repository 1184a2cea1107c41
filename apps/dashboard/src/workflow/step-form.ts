// A step's form against the case it is for: the case's facts and clock stage as the rules see them,
// which fields the form shows and requires, checking the form into the mutation's variables, and the
// catalogue's preflight before sending. The step specs themselves are in steps.ts.
import {
  type CaseEventType as DomainEvent,
  ClockRuleCode,
  STEP_CATALOGUE,
  checkStepInput,
  foldEvents,
  initialFacts,
  isLocalDate,
  localDate,
  openStage,
  type CaseFacts,
  type ClockStage,
  type StepEvent,
  type VisitKind,
} from '@lianxin/domain';
import type { CaseEventType, CaseStatus } from '../graphql/generated/graphql';
import type { FieldSpec, StepSpec } from './steps';

// ------------------------------------------------------------------ the case as the rules see it

/** A timeline event as CaseDetail reads it. */
export interface TimelineEvent {
  type: CaseEventType;
  at: string;
  visitKind?: string | null;
  payload?: Record<string, unknown> | null;
  leader?: { id: string } | null;
  unit?: { id: string } | null;
}

/**
 * The case's facts, folded from its timeline as the API folds them; null when the timeline does not
 * fold (a case imported with a history the state machine would not allow): the server still decides.
 */
export function caseFacts(events: readonly TimelineEvent[]): CaseFacts | null {
  try {
    return foldEvents(events.map(toStepEvent));
  } catch {
    return null;
  }
}

function toStepEvent(e: TimelineEvent): StepEvent {
  return {
    type: e.type as DomainEvent,
    at: new Date(e.at),
    leaderId: e.leader ? Number(e.leader.id) : null,
    unitId: e.unit ? Number(e.unit.id) : null,
    visitKind: (e.visitKind ?? null) as VisitKind | null,
    payload: e.payload ?? null,
  };
}

/** The clock stage the case is in (which decides stage-bound inputs), from its facts or else its status. */
export function caseStage(facts: CaseFacts | null, status: CaseStatus): ClockStage | null {
  if (facts) return openStage(facts);
  if (status === 'UNDER_REVIEW') return 'REVIEW';
  if (status === 'UNDER_REREVIEW') return 'REREVIEW';
  return null;
}

/** The fields a form shows in `stage`: stage-bound ones only there. */
export function visibleFields(spec: StepSpec, stage: ClockStage | null): FieldSpec[] {
  return spec.fields.filter((f) => !f.stages || (stage !== null && f.stages.includes(stage)));
}

export function isRequired(field: FieldSpec, stage: ClockStage | null): boolean {
  return field.required || (stage !== null && (field.stages ?? []).includes(stage));
}

/** The local day of the latest written answer (first, reopened, review or re-review), if any. */
export function latestAnswerDay(facts: CaseFacts | null): string | null {
  if (!facts) return null;
  const answers = [facts.repliedAt, facts.reopenRepliedAt, facts.reviewRepliedAt, facts.rereviewRepliedAt];
  const latest = answers.reduce<Date | null>((a, b) => (b && (!a || b > a) ? b : a), null);
  return latest ? localDate(latest) : null;
}

// ------------------------------------------------------------------ checking a form

export type FormValues = Record<string, string | number>;

/** What a fresh form holds: today for a date (a delivery is usually recorded the day it happens). */
export function initialValues(spec: StepSpec, today: string, ownLeaderId: number | null): FormValues {
  const values: FormValues = {};
  for (const f of spec.fields) {
    if (f.kind === 'date') values[f.name] = today;
    if (f.kind === 'leader' && f.input === 'leaderId' && spec.leaderActsAsSelf && ownLeaderId != null)
      values[f.name] = String(ownLeaderId);
  }
  return values;
}

export interface FieldError {
  /** i18n key under `form.errors`. */
  key: 'required' | 'integer' | 'range' | 'tooLong' | 'pattern' | 'items' | 'date';
  params?: Record<string, number>;
}

export type StepValidation =
  { ok: true; variables: Record<string, unknown> } | { ok: false; errors: Record<string, FieldError> };

/** Characters as the API counts them: code points, so an emoji or a rare CJK character is one. */
const length = (s: string) => [...s].length;

/**
 * Checks a form against the catalogue's kinds and limits and builds the mutation's variables (id and
 * version from the caller's case). `stage` decides the stage-bound inputs.
 */
export function validateStep(
  spec: StepSpec,
  values: FormValues,
  target: { id: string; version: number },
  stage: ClockStage | null = null,
): StepValidation {
  const errors: Record<string, FieldError> = {};
  const variables: Record<string, unknown> = { id: target.id, version: target.version };
  for (const f of visibleFields(spec, stage)) {
    // String(): v-model hands a number input's value over as a number.
    const raw = String(values[f.name] ?? '').trim();
    if (raw === '') {
      if (isRequired(f, stage)) errors[f.name] = { key: 'required' };
      continue;
    }
    switch (f.kind) {
      case 'int':
      case 'leader':
      case 'unit': {
        if (!/^\d+$/.test(raw)) {
          errors[f.name] = { key: 'integer' };
          break;
        }
        const n = Number(raw);
        if ((f.min !== undefined && n < f.min) || (f.max !== undefined && n > f.max)) {
          errors[f.name] = { key: 'range', params: { min: f.min ?? 0, max: f.max ?? n } };
          break;
        }
        variables[f.name] = n;
        break;
      }
      case 'lines': {
        const items = raw
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l !== '');
        if ((f.min !== undefined && items.length < f.min) || (f.max !== undefined && items.length > f.max)) {
          errors[f.name] = { key: 'items', params: { min: f.min ?? 0, max: f.max ?? items.length } };
          break;
        }
        if (f.maxLength !== undefined && items.some((l) => length(l) > f.maxLength!)) {
          errors[f.name] = { key: 'tooLong', params: { max: f.maxLength } };
          break;
        }
        variables[f.name] = items;
        break;
      }
      case 'enum':
        if (!f.options || !(raw in f.options)) {
          errors[f.name] = { key: 'required' };
          break;
        }
        variables[f.name] = raw;
        break;
      case 'date':
        if (!isLocalDate(raw)) {
          errors[f.name] = { key: 'date' };
          break;
        }
        variables[f.name] = raw;
        break;
      case 'boolean':
        if (raw !== 'true' && raw !== 'false') {
          errors[f.name] = { key: 'required' };
          break;
        }
        variables[f.name] = raw === 'true';
        break;
      default:
        if (f.maxLength !== undefined && length(raw) > f.maxLength) {
          errors[f.name] = { key: 'tooLong', params: { max: f.maxLength } };
          break;
        }
        if (f.pattern && !f.pattern.test(raw)) {
          errors[f.name] = { key: 'pattern' };
          break;
        }
        variables[f.name] = raw;
    }
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, variables };
}

/**
 * The guard refusals the dashboard can tell before sending, because they depend only on the inputs and
 * the case's facts. A guard's other refusals (a passed due date, hearing or extension limits …) depend
 * on the clock rules the API is configured with, so only the server says them.
 */
const GUARD_PREFLIGHT_CODES: ReadonlySet<ClockRuleCode> = new Set([
  ClockRuleCode.MISSING_INPUT,
  ClockRuleCode.INVALID_DATE,
]);

/** The step as the catalogue reads it: form variables back under the catalogue's input names. */
export function stepEvent(spec: StepSpec, variables: Record<string, unknown>, at: Date): StepEvent {
  const payload: Record<string, unknown> = {};
  const event: StepEvent = { type: spec.event as DomainEvent, at, payload };
  for (const f of spec.fields) {
    const value = variables[f.name];
    if (value === undefined) continue;
    if (f.kind === 'leader') event.leaderId = value as number;
    else if (f.kind === 'unit') event.unitId = value as number;
    else if (f.input === 'visitKind') event.visitKind = value as VisitKind;
    else payload[f.input] = value;
  }
  return event;
}

/**
 * Runs the catalogue on validated variables before they are sent: its input check, then its guard
 * (e.g. supervision names a unit or a leader; a delivery day lies between the answer and today).
 * Returns the refusal's code, or null when the server should be asked. Without the case's facts
 * (`facts` null) a guard still sees the inputs; what it says about the facts is not reported.
 */
export function preflight(
  spec: StepSpec,
  variables: Record<string, unknown>,
  facts: CaseFacts | null,
  stage: ClockStage | null,
  now: Date = new Date(),
): ClockRuleCode | null {
  const e = stepEvent(spec, variables, now);
  const input = checkStepInput(e, stage);
  if (!input.ok) return input.code;
  const guard = STEP_CATALOGUE[spec.event as DomainEvent].guard;
  if (!guard) return null;
  const rule = guard(facts ?? initialFacts(now), e);
  if (rule.ok || !GUARD_PREFLIGHT_CODES.has(rule.code)) return null;
  // Without facts, a guard's verdict on dates is about a case that does not exist.
  if (!facts && rule.code !== ClockRuleCode.MISSING_INPUT) return null;
  return rule.code;
}
