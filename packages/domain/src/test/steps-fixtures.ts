// Shorthands the step catalogue's tests share: local instants, events by kind, a case's facts and KPIs.

import { expect } from 'vitest';
import {
  type ClockOptions,
  type ClockRuleCode,
  computeDeadlines,
  type Deadline,
  type DeadlineKind,
} from '../clock.js';
import { CaseEventType as E, Outcome, type Satisfaction } from '../enums.js';
import { computeKpis, type KpiCode, type KpiPeriod } from '../kpi.js';
import { applyStep } from '../step-apply.js';
import { type CaseFacts, initialFacts, type StepEvent } from '../case-facts.js';
import { addLocalDays, addLocalMonths } from '../time.js';

export const t = (local: string): Date => new Date(`${local}+08:00`);
/** The end of a local day, the instant every due date falls on. */
export const endOf = (day: string): Date => t(`${day}T23:59:59.999`);

export type StepInput = Omit<StepEvent, 'type' | 'at'>;
export const step = (type: E, at: string, input: StepInput = {}): StepEvent => ({
  type,
  at: t(at),
  ...input,
});

export const answer = (at: string, payload: Record<string, unknown> = {}): StepEvent =>
  step(E.REPLIED, at, { payload: { outcome: Outcome.EXPLAINED, text: 'Written answer.', ...payload } });
export const delivered = (at: string, deliveredOn: string): StepEvent =>
  step(E.REPLY_DELIVERED, at, { payload: { deliveredOn } });
export const hearingStart = (at: string): StepEvent => step(E.HEARING_STARTED, at);
export const hearingEnd = (at: string, days: number): StepEvent =>
  step(E.HEARING_ENDED, at, { payload: { days } });
export const deadline = (at: string, days: number): StepEvent =>
  step(E.DEADLINE_SET, at, { payload: { days } });
export const withReason = (type: E, at: string): StepEvent =>
  step(type, at, { payload: { reason: 'Asked for.' } });
export const rated = (at: string, satisfaction: Satisfaction): StepEvent =>
  step(E.RATED, at, { payload: { satisfaction } });

/** Applies every step through applyStep (the live path); the first one registers the case. */
export function run(events: readonly StepEvent[], options?: ClockOptions): CaseFacts {
  const [first, ...rest] = events;
  if (!first || first.type !== E.REGISTERED) throw new Error('start with REGISTERED');
  return rest.reduce((f, e) => applyStep(f, e, options), initialFacts(first.at));
}

export const refusedWith = (code: ClockRuleCode) =>
  expect.objectContaining({ name: 'StepRefusedError', code });

export function deadlineOf(f: CaseFacts, kind: DeadlineKind, asOf: string, options?: ClockOptions): Deadline {
  const found = computeDeadlines(f, t(asOf), options).find((d) => d.kind === kind);
  if (!found) throw new Error(`no ${kind} deadline`);
  return found;
}

export const kpi = (code: KpiCode, f: CaseFacts, period: KpiPeriod, asOf: string) =>
  computeKpis([f], period, t(asOf))[code];
export const month = (m: string): KpiPeriod => ({
  from: `${m}-01`,
  to: addLocalDays(addLocalMonths(`${m}-01`, 1), -1),
});
