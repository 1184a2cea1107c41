// What the workflow mutations share: their arguments checked against the limits of the domain's step
// catalogue, the check that the user may write the step, and applying it through the service.
import { GraphQLError } from 'graphql';
import {
  type CaseEventType as E,
  Role,
  roleMayTake,
  STEP_CATALOGUE,
  TEXT_LIMITS,
  type StepField,
} from '@lianxin/domain';
import type { Context } from '../../context.js';
import type { Case } from '../case/case-object.types.js';
import { forbidden } from '../access/access-policy.js';
import { badUserInput, ErrorCode, notFound } from '../common/errors.js';
import type { Step } from './workflow.service.js';

/** Trimmed text of at most `max` characters (code points); empty is refused, or null when optional. */
export function text(
  field: string,
  value: string | null | undefined,
  max: number,
  required = true,
): string | null {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) {
    if (required) throw badUserInput(field, `${field} must not be empty`);
    return null;
  }
  if ([...trimmed].length > max) throw badUserInput(field, `${field} is limited to ${max} characters`);
  return trimmed;
}

/** The catalogue's definition of one input of a step: its limits. */
function inputOf(type: E, name: string): StepField {
  const field = STEP_CATALOGUE[type].fields.find((f) => f.name === name);
  if (!field) throw new Error(`The step catalogue gives ${type} no input ${name}.`);
  return field;
}

/** A text input of a step, as long and as required as the catalogue says. */
export function stepText(type: E, name: string, value: string | null | undefined): string | null {
  const field = inputOf(type, name);
  return text(name, value, field.max ?? TEXT_LIMITS.text, field.required);
}

/** A list of texts of a step: as many items, each as long, as the catalogue says. */
export function stepTexts(type: E, name: string, values: string[]): string[] {
  const field = inputOf(type, name);
  const [min, max] = [field.min ?? 0, field.maxItems ?? Number.MAX_SAFE_INTEGER];
  if (values.length < min || values.length > max)
    throw badUserInput(name, `between ${min} and ${max} ${name}`);
  return values.map((v, i) => text(`${name}.${i}`, v, field.max ?? TEXT_LIMITS.text)!);
}

/** A whole number of days within the catalogue's range for the step (its guard may bound it further). */
export function stepDays(type: E, value: number): number {
  const { min = 1, max = Number.MAX_SAFE_INTEGER } = inputOf(type, 'days');
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput('days', `days must be a whole number from ${min} to ${max}`);
  }
  return value;
}

/** "min–max" of a numeric or list input of a step, for the schema's descriptions. */
export function rangeOf(type: E, name: string): string {
  const field = inputOf(type, name);
  return `${field.min ?? 0}–${field.kind === 'textList' ? field.maxItems : field.max}`;
}

export function caseId(id: string): number {
  const n = Number(id);
  if (!Number.isSafeInteger(n) || n <= 0) throw badUserInput('id', `not a case id: ${JSON.stringify(id)}`);
  return n;
}

export async function leaderId(ctx: Context, field: string, id: number): Promise<number> {
  if (!(await ctx.loaders.leaders.byId.load(id))) throw notFound(ErrorCode.LEADER_NOT_FOUND, field, [id]);
  return id;
}

export async function unitId(ctx: Context, field: string, id: number): Promise<number> {
  if (!(await ctx.loaders.units.byId.load(id))) throw notFound(ErrorCode.UNIT_NOT_FOUND, field, [id]);
  return id;
}

/**
 * Writes need a signed-in user whose role the catalogue gives the step (a LEADER records only their
 * own visits, instructions and supervision: as the leader the step names), on a case they may see:
 * in their area, and for an accusation only when cleared.
 */
export async function requireWriter(
  ctx: Context,
  step: E,
  caseIdOrNull: number | null,
  leaderId?: number | null,
) {
  const user = ctx.user;
  if (!user) {
    throw new GraphQLError('Sign in to change cases.', { extensions: { code: ErrorCode.UNAUTHENTICATED } });
  }
  if (!roleMayTake(user.role, step)) throw forbidden(`The role ${user.role} may not record ${step}.`);
  if (actsOnlyAsSelf(user.role, step) && (user.leaderId === null || leaderId !== user.leaderId)) {
    throw forbidden('A leader records their own visits, instructions and supervision only.');
  }
  if (caseIdOrNull === null) return;
  const target = await ctx.loaders.cases.byId.load(caseIdOrNull);
  // An unknown case is the service's to report (CASE_NOT_FOUND, inside its transaction).
  if (target) ctx.access.assertCaseVisible(target);
}

export function actsOnlyAsSelf(role: Role, step: E): boolean {
  return role === Role.LEADER && STEP_CATALOGUE[step].leaderActsAsSelf;
}

export const ID_ARG = { description: 'Case id.' } as const;
export const VERSION_ARG = {
  description: 'The case version the client saw; a stale one gets VERSION_CONFLICT.',
} as const;

/** Applies a step to the case the user may write, in the service's transaction. */
export async function applyStep(ctx: Context, id: string, version: number, step: Step): Promise<Case> {
  const target = caseId(id);
  await requireWriter(ctx, step.type, target, step.leaderId);
  return ctx.services.workflow.apply(target, version, step, ctx.actor, ctx.access);
}
