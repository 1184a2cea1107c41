// The case steps a clerk can take, one form each: which fields, how they are checked before sending,
// and which mutation carries them. Which steps are offered comes from the API (`Case.allowedSteps`,
// the domain state machine); the server checks again and may still refuse (see errors/describe.ts).
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { OUTCOME_LABELS, SATISFACTION_LABELS, VISIT_KIND_LABELS, type Label } from '@lianxin/domain';
import {
  AcceptCaseDocument,
  AssignLeaderDocument,
  CloseCaseDocument,
  DeclineCaseDocument,
  EndHearingDocument,
  ExtendDeadlineDocument,
  ForwardCaseDocument,
  MarkRepeatDocument,
  RateSatisfactionDocument,
  RecordCoordinationDocument,
  RecordInstructionDocument,
  RecordVisitDocument,
  ReopenCaseDocument,
  ReplyCaseDocument,
  RequestRereviewDocument,
  RequestReviewDocument,
  SetDeadlineDocument,
  StartHearingDocument,
  SuperviseCaseDocument,
  type CaseEventType,
} from '../graphql/generated/graphql';

export type FieldKind = 'text' | 'textarea' | 'int' | 'leader' | 'unit' | 'enum' | 'lines';

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  required: boolean;
  min?: number;
  max?: number;
  maxLength?: number;
  /** enum fields: the values and their zh/en labels. */
  options?: Readonly<Record<string, Label>>;
  pattern?: RegExp;
}

export interface StepSpec {
  event: CaseEventType;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each step has its own variables
  document: TypedDocumentNode<any, any>;
  /** Mutation field whose result is the updated case. */
  resultField: string;
  fields: readonly FieldSpec[];
  /** At least one of these must be filled (督办 by a leader or a unit). */
  oneOf?: readonly string[];
  /** Steps that cannot be undone ask for confirmation. */
  confirm?: boolean;
}

const reason = (maxLength = 2000): FieldSpec => ({
  name: 'reason',
  kind: 'textarea',
  required: true,
  maxLength,
});

export const STEPS: Readonly<Partial<Record<CaseEventType, StepSpec>>> = {
  ACCEPTED: { event: 'ACCEPTED', document: AcceptCaseDocument, resultField: 'acceptCase', fields: [] },
  NOT_ACCEPTED: {
    event: 'NOT_ACCEPTED',
    document: DeclineCaseDocument,
    resultField: 'declineCase',
    fields: [reason()],
    confirm: true,
  },
  FORWARDED: {
    event: 'FORWARDED',
    document: ForwardCaseDocument,
    resultField: 'forwardCase',
    fields: [
      { name: 'unitId', kind: 'unit', required: true },
      { name: 'note', kind: 'textarea', required: false, maxLength: 2000 },
    ],
  },
  ASSIGNED: {
    event: 'ASSIGNED',
    document: AssignLeaderDocument,
    resultField: 'assignLeader',
    fields: [{ name: 'leaderId', kind: 'leader', required: true }],
  },
  VISIT: {
    event: 'VISIT',
    document: RecordVisitDocument,
    resultField: 'recordVisit',
    fields: [
      { name: 'kind', kind: 'enum', required: true, options: VISIT_KIND_LABELS },
      { name: 'leaderId', kind: 'leader', required: true },
      { name: 'note', kind: 'textarea', required: false, maxLength: 2000 },
    ],
  },
  INSTRUCTION: {
    event: 'INSTRUCTION',
    document: RecordInstructionDocument,
    resultField: 'recordInstruction',
    fields: [
      { name: 'leaderId', kind: 'leader', required: true },
      { name: 'text', kind: 'textarea', required: true, maxLength: 2000 },
    ],
  },
  SUPERVISED: {
    event: 'SUPERVISED',
    document: SuperviseCaseDocument,
    resultField: 'superviseCase',
    fields: [
      { name: 'note', kind: 'textarea', required: true, maxLength: 2000 },
      { name: 'leaderId', kind: 'leader', required: false },
      { name: 'unitId', kind: 'unit', required: false },
    ],
    oneOf: ['leaderId', 'unitId'],
  },
  COORDINATION: {
    event: 'COORDINATION',
    document: RecordCoordinationDocument,
    resultField: 'recordCoordination',
    fields: [
      { name: 'parties', kind: 'lines', required: true, min: 2, max: 20, maxLength: 200 },
      { name: 'decisions', kind: 'lines', required: true, min: 1, max: 50, maxLength: 500 },
    ],
  },
  DEADLINE_SET: {
    event: 'DEADLINE_SET',
    document: SetDeadlineDocument,
    resultField: 'setDeadline',
    fields: [
      { name: 'days', kind: 'int', required: true, min: 1, max: 60 },
      { name: 'leaderId', kind: 'leader', required: false },
    ],
  },
  HEARING_STARTED: {
    event: 'HEARING_STARTED',
    document: StartHearingDocument,
    resultField: 'startHearing',
    fields: [{ name: 'note', kind: 'textarea', required: false, maxLength: 2000 }],
  },
  HEARING_ENDED: {
    event: 'HEARING_ENDED',
    document: EndHearingDocument,
    resultField: 'endHearing',
    fields: [{ name: 'days', kind: 'int', required: true, min: 1, max: 90 }],
  },
  EXTENDED: {
    event: 'EXTENDED',
    document: ExtendDeadlineDocument,
    resultField: 'extendDeadline',
    fields: [
      { name: 'days', kind: 'int', required: true, min: 1, max: 30 },
      reason(),
      { name: 'approverLeaderId', kind: 'leader', required: true },
    ],
    confirm: true,
  },
  REPLIED: {
    event: 'REPLIED',
    document: ReplyCaseDocument,
    resultField: 'replyCase',
    fields: [
      { name: 'outcome', kind: 'enum', required: true, options: OUTCOME_LABELS },
      { name: 'text', kind: 'textarea', required: true, maxLength: 5000 },
    ],
  },
  CLOSED: {
    event: 'CLOSED',
    document: CloseCaseDocument,
    resultField: 'closeCase',
    fields: [],
    confirm: true,
  },
  RATED: {
    event: 'RATED',
    document: RateSatisfactionDocument,
    resultField: 'rateSatisfaction',
    fields: [{ name: 'satisfaction', kind: 'enum', required: true, options: SATISFACTION_LABELS }],
  },
  REVIEW_REQUESTED: {
    event: 'REVIEW_REQUESTED',
    document: RequestReviewDocument,
    resultField: 'requestReview',
    fields: [reason()],
  },
  REREVIEW_REQUESTED: {
    event: 'REREVIEW_REQUESTED',
    document: RequestRereviewDocument,
    resultField: 'requestRereview',
    fields: [reason()],
  },
  REOPENED: {
    event: 'REOPENED',
    document: ReopenCaseDocument,
    resultField: 'reopenCase',
    fields: [reason()],
  },
  MARKED_REPEAT: {
    event: 'MARKED_REPEAT',
    document: MarkRepeatDocument,
    resultField: 'markRepeat',
    fields: [{ name: 'repeatOfCode', kind: 'text', required: true, pattern: /^LT-\d{4}-\d{6}$/ }],
  },
};

/** Steps a LEADER user may record about their own actions (the API checks the leader is theirs). */
export const LEADER_OWN_STEPS: readonly CaseEventType[] = ['VISIT', 'INSTRUCTION', 'SUPERVISED'];

/**
 * Which steps a user may take on a case: case workers (ADMIN, CLERK) every allowed step; a LEADER user
 * linked to a leader only their own visits, instructions and supervision; everyone else none.
 */
export function stepsFor(
  allowed: readonly CaseEventType[],
  user: { role: string; leaderId: number | null } | null,
): StepSpec[] {
  if (!user) return [];
  if (user.role === 'ADMIN' || user.role === 'CLERK') return offeredSteps(allowed);
  if (user.role === 'LEADER' && user.leaderId !== null) {
    return offeredSteps(allowed.filter((e) => LEADER_OWN_STEPS.includes(e)));
  }
  return [];
}

/** The steps to offer, in the order the API lists them, leaving out any this dashboard has no form for. */
export function offeredSteps(allowed: readonly CaseEventType[]): StepSpec[] {
  return allowed.map((e) => STEPS[e]).filter((s): s is StepSpec => s !== undefined);
}

export type FormValues = Record<string, string>;

export interface FieldError {
  /** i18n key under `form.errors`. */
  key: 'required' | 'integer' | 'range' | 'tooLong' | 'pattern' | 'items' | 'oneOf';
  params?: Record<string, number>;
}

export type StepValidation =
  { ok: true; variables: Record<string, unknown> } | { ok: false; errors: Record<string, FieldError> };

/** Checks a form and builds the mutation's variables (id and version added by the caller's case). */
export function validateStep(
  spec: StepSpec,
  values: FormValues,
  target: { id: string; version: number },
): StepValidation {
  const errors: Record<string, FieldError> = {};
  const variables: Record<string, unknown> = { id: target.id, version: target.version };
  for (const f of spec.fields) {
    const raw = (values[f.name] ?? '').trim();
    if (raw === '') {
      if (f.required) errors[f.name] = { key: 'required' };
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
        if (f.maxLength !== undefined && items.some((l) => l.length > f.maxLength!)) {
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
      default:
        if (f.maxLength !== undefined && raw.length > f.maxLength) {
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
  if (spec.oneOf && !spec.oneOf.some((name) => variables[name] !== undefined)) {
    for (const name of spec.oneOf) errors[name] ??= { key: 'oneOf' };
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, variables };
}
