// Checking and folding steps through the catalogue: the one path every event takes into a case's facts,
// live (applyStep: guards and inputs checked) or replayed from a recorded timeline (foldEvents).

import { type ClockOptions, ClockRuleCode, type RuleCheck } from './clock.js';
import { CaseEventType as E, Outcome, Satisfaction, VisitKind } from './enums.js';
import { applyEvent } from './lifecycle.js';
import type { Role } from './roles.js';
import { isLocalDate } from './time.js';
import { type CaseFacts, type ClockStage, type StepEvent, initialFacts, openStage } from './case-facts.js';
import { OK, refuse } from './step-rules.js';
import { type StepField, STEP_CATALOGUE, TEXT_LIMITS } from './steps.js';

const OUTCOMES = new Set<string>(Object.values(Outcome));
const SATISFACTIONS = new Set<string>(Object.values(Satisfaction));
const VISIT_KINDS = new Set<string>(Object.values(VisitKind));

function valueOf(e: StepEvent, field: StepField): unknown {
  if (field.kind === 'leader') return e.leaderId;
  if (field.kind === 'unit') return e.unitId;
  if (field.kind === 'visitKind') return e.visitKind;
  return e.payload?.[field.name];
}

function textProblem(
  name: string,
  value: unknown,
  max: number | undefined,
  required: boolean,
): string | null {
  if (value == null || (typeof value === 'string' && value.trim() === '')) {
    return required ? `${name} must not be empty.` : null;
  }
  if (typeof value !== 'string') return `${name} must be text.`;
  if (max !== undefined && [...value].length > max) return `${name} is limited to ${max} characters.`;
  return null;
}

/** Checks a step's inputs against its fields' limits; `stage` decides stage-bound requirements. */
export function checkStepInput(e: StepEvent, stage: ClockStage | null = null): RuleCheck {
  for (const field of STEP_CATALOGUE[e.type].fields) {
    const value = valueOf(e, field);
    const required = field.required || (stage !== null && (field.requiredInStages ?? []).includes(stage));
    if (value == null) {
      if (required) return refuse(ClockRuleCode.MISSING_INPUT, `${field.name} is required for ${e.type}.`);
      continue;
    }
    let problem: string | null = null;
    switch (field.kind) {
      case 'text':
      case 'caseCode':
        problem = textProblem(field.name, value, field.max ?? TEXT_LIMITS.text, required);
        break;
      case 'textList':
        if (!Array.isArray(value)) problem = `${field.name} must be a list.`;
        else if (value.length < (field.min ?? 0) || value.length > (field.maxItems ?? Infinity))
          problem = `${field.name}: between ${field.min ?? 0} and ${field.maxItems} items.`;
        else
          problem =
            value.map((v, i) => textProblem(`${field.name}.${i}`, v, field.max, true)).find((p) => p) ?? null;
        break;
      case 'days':
        if (
          !Number.isInteger(value) ||
          (value as number) < (field.min ?? 1) ||
          (value as number) > (field.max ?? Infinity)
        )
          problem = `${field.name} must be a whole number of days from ${field.min ?? 1} to ${field.max}.`;
        break;
      case 'leader':
      case 'unit':
        if (!Number.isSafeInteger(value) || (value as number) <= 0) problem = `${field.name} must be an id.`;
        break;
      case 'visitKind':
        if (!VISIT_KINDS.has(value as string)) problem = `${field.name} is not a visit kind.`;
        break;
      case 'outcome':
        if (!OUTCOMES.has(value as string)) problem = `${field.name} is not an outcome.`;
        break;
      case 'satisfaction':
        if (!SATISFACTIONS.has(value as string)) problem = `${field.name} is not a satisfaction level.`;
        break;
      case 'date':
        if (typeof value !== 'string' || !isLocalDate(value))
          problem = `${field.name} must be a date YYYY-MM-DD.`;
        break;
      case 'boolean':
        if (typeof value !== 'boolean') problem = `${field.name} must be true or false.`;
        break;
    }
    if (problem) {
      const code = problem.includes('limited to')
        ? ClockRuleCode.INPUT_TOO_LONG
        : field.kind === 'days'
          ? ClockRuleCode.INVALID_DAYS
          : field.kind === 'date'
            ? ClockRuleCode.INVALID_DATE
            : ClockRuleCode.MISSING_INPUT;
      return refuse(code, problem);
    }
  }
  return OK;
}

/** Whether `role` may take the step at all (a LEADER's own-leader rule is checked by the caller, who knows the user). */
export function roleMayTake(role: Role, type: E): boolean {
  return STEP_CATALOGUE[type].roles.includes(role);
}

/**
 * The facts after `e`, without checking the clock: the state machine still refuses an illegal event
 * (IllegalTransitionError). Replaying a recorded timeline uses this; new steps go through applyStep.
 */
export function foldStep(f: CaseFacts, e: StepEvent): CaseFacts {
  const state = applyEvent({ status: f.status, reviewStage: f.reviewStage }, e.type);
  const changes = STEP_CATALOGUE[e.type].fold?.(f, e) ?? {};
  // A copy of one fixed shape, then the changes: merging objects of varying shapes in one literal is
  // many times slower, and the seed folds millions of events.
  const next = { ...f };
  Object.assign(next, changes);
  next.status = state.status;
  next.reviewStage = state.reviewStage;
  return next;
}

/** The refusal of a step by its inputs or its guard, with a stable code for the API. */
export class StepRefusedError extends Error {
  constructor(
    readonly code: ClockRuleCode,
    message: string,
  ) {
    super(message);
    this.name = 'StepRefusedError';
  }
}

/**
 * Checks and applies a new step: the state machine (IllegalTransitionError), the inputs and the
 * guard (StepRefusedError), then the fold. `e.at` is when it happens — now, for every live step.
 */
export function applyStep(f: CaseFacts, e: StepEvent, options?: ClockOptions): CaseFacts {
  applyEvent({ status: f.status, reviewStage: f.reviewStage }, e.type);
  const input = checkStepInput(e, openStage(f));
  if (!input.ok) throw new StepRefusedError(input.code, input.message);
  const rule = STEP_CATALOGUE[e.type].guard?.(f, e, options) ?? OK;
  if (!rule.ok) throw new StepRefusedError(rule.code, rule.message);
  return foldStep(f, e);
}

/** Folds a whole timeline (it must start with REGISTERED) into the case's facts. */
export function foldEvents(events: readonly StepEvent[]): CaseFacts {
  const [first, ...rest] = events;
  if (!first || first.type !== E.REGISTERED) throw new RangeError('A timeline starts with REGISTERED.');
  let facts = initialFacts(first.at);
  for (const e of rest) facts = foldStep(facts, e);
  return facts;
}

/** Folds the events that happened up to and including `asOf`: the case as known on that instant. */
export function foldEventsAsOf(events: readonly StepEvent[], asOf: Date): CaseFacts | null {
  const known = events.filter((e) => e.at <= asOf);
  return known.length === 0 ? null : foldEvents(known);
}
