// The case steps a user can take, one form each. What a form asks — which inputs, of what kind,
// required or not, how long or how many — is the domain's step catalogue (@lianxin/domain
// STEP_CATALOGUE, TEXT_LIMITS), the table the API checks the same step with; this file only names the
// mutation that carries each step and maps the catalogue's input names onto its arguments. Which steps
// are offered is `Case.allowedSteps` exactly as the API answers it (state machine and role, from the
// same catalogue). The server checks again with its configured clock rules and may still refuse (see
// errors/describe.ts).
//
// This file is the workflow's public face: the step specs are here, and the form logic of step-form.ts
// (the case's facts and stage, checking a form, the preflight) is re-exported, so the views and the
// tests import a step's whole workflow from one place.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  CASE_CODE_PATTERN,
  type CaseEventType as DomainEvent,
  OUTCOME_LABELS,
  SATISFACTION_LABELS,
  STEP_CATALOGUE,
  TEXT_LIMITS,
  VISIT_KIND_LABELS,
  type ClockStage,
  type Label,
  type Role,
  type StepField,
} from '@lianxin/domain';
import {
  AcceptCaseDocument,
  AssignLeaderDocument,
  CloseCaseDocument,
  DeclineCaseDocument,
  DeliverReplyDocument,
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

export {
  type FieldError,
  type FormValues,
  type TimelineEvent,
  caseFacts,
  caseStage,
  initialValues,
  isRequired,
  latestAnswerDay,
  preflight,
  stepEvent,
  validateStep,
  visibleFields,
} from './step-form';

type FieldKind = 'text' | 'textarea' | 'int' | 'leader' | 'unit' | 'enum' | 'lines' | 'date' | 'boolean';

export interface FieldSpec {
  /** The mutation's argument; also the label's key under `form.fields`. */
  name: string;
  /** The catalogue's input it carries (a payload key, or the event's leaderId / unitId / visitKind). */
  input: string;
  kind: FieldKind;
  /** Required in every stage. */
  required: boolean;
  /** Asked — and then required — only while the case is in one of these stages (the review decision). */
  stages?: readonly ClockStage[];
  /** Days for `int`; items for `lines`. */
  min?: number;
  max?: number;
  /** Characters (code points, as the API counts them); per line for `lines`. */
  maxLength?: number;
  /** enum fields: the values and their zh/en labels. */
  options?: Readonly<Record<string, Label>>;
  pattern?: RegExp;
}

export interface StepSpec {
  event: CaseEventType;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each step has its own variables
  document: TypedDocumentNode<any, any>;
  fields: readonly FieldSpec[];
  /** A LEADER user takes it only as themselves: the leader field is theirs, fixed (catalogue). */
  leaderActsAsSelf: boolean;
  /** Steps that cannot be undone ask for confirmation. */
  confirm?: boolean;
}

/** The mutation of a step and where its arguments' names differ from the catalogue's input names. */
interface StepMutation {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each step has its own variables
  document: TypedDocumentNode<any, any>;
  /** Catalogue input name → mutation argument name. */
  args?: Readonly<Record<string, string>>;
  confirm?: boolean;
}

// Every step but registration (its own page): a new event without a form fails to compile here.
const MUTATIONS: Readonly<Record<Exclude<CaseEventType, 'REGISTERED'>, StepMutation>> = {
  ACCEPTED: { document: AcceptCaseDocument },
  NOT_ACCEPTED: { document: DeclineCaseDocument, confirm: true },
  FORWARDED: { document: ForwardCaseDocument },
  ASSIGNED: { document: AssignLeaderDocument },
  VISIT: { document: RecordVisitDocument, args: { visitKind: 'kind' } },
  INSTRUCTION: { document: RecordInstructionDocument },
  SUPERVISED: { document: SuperviseCaseDocument },
  COORDINATION: { document: RecordCoordinationDocument },
  DEADLINE_SET: { document: SetDeadlineDocument },
  HEARING_STARTED: { document: StartHearingDocument },
  HEARING_ENDED: { document: EndHearingDocument },
  EXTENDED: {
    document: ExtendDeadlineDocument,
    args: { leaderId: 'approverLeaderId' },
    confirm: true,
  },
  REPLIED: { document: ReplyCaseDocument },
  REPLY_DELIVERED: { document: DeliverReplyDocument },
  CLOSED: { document: CloseCaseDocument, confirm: true },
  RATED: { document: RateSatisfactionDocument },
  REVIEW_REQUESTED: { document: RequestReviewDocument },
  REREVIEW_REQUESTED: { document: RequestRereviewDocument },
  REOPENED: { document: ReopenCaseDocument },
  MARKED_REPEAT: { document: MarkRepeatDocument },
};

const ENUM_OPTIONS = {
  visitKind: VISIT_KIND_LABELS,
  outcome: OUTCOME_LABELS,
  satisfaction: SATISFACTION_LABELS,
} as const;

/** The form field of one catalogue input, under the mutation's argument name. */
function formField(field: StepField, name: string = field.name): FieldSpec {
  const base = {
    name,
    input: field.name,
    required: field.required,
    ...(!field.required && field.requiredInStages ? { stages: field.requiredInStages } : {}),
  };
  switch (field.kind) {
    case 'text':
      return { ...base, kind: 'textarea', maxLength: field.max ?? TEXT_LIMITS.text };
    case 'caseCode':
      return { ...base, kind: 'text', maxLength: field.max ?? TEXT_LIMITS.text, pattern: CASE_CODE_PATTERN };
    case 'textList':
      return {
        ...base,
        kind: 'lines',
        min: field.min ?? 0,
        max: field.maxItems,
        maxLength: field.max ?? TEXT_LIMITS.text,
      };
    case 'days':
      return { ...base, kind: 'int', min: field.min ?? 1, max: field.max };
    case 'leader':
    case 'unit':
      return { ...base, kind: field.kind };
    case 'visitKind':
    case 'outcome':
    case 'satisfaction':
      return { ...base, kind: 'enum', options: ENUM_OPTIONS[field.kind] };
    case 'date':
      return { ...base, kind: 'date' };
    case 'boolean':
      return { ...base, kind: 'boolean' };
  }
}

function catalogueOf(event: CaseEventType) {
  return STEP_CATALOGUE[event as DomainEvent];
}

/** Every step the dashboard has a form for (all but registration, which has its own page in the API). */
export const STEPS: Readonly<Partial<Record<CaseEventType, StepSpec>>> = Object.fromEntries(
  (Object.entries(MUTATIONS) as [CaseEventType, StepMutation][]).map(([event, m]) => {
    const spec = catalogueOf(event);
    const step: StepSpec = {
      event,
      document: m.document,
      fields: spec.fields.map((f) => formField(f, m.args?.[f.name])),
      leaderActsAsSelf: spec.leaderActsAsSelf,
      ...(m.confirm ? { confirm: true } : {}),
    };
    return [event, step];
  }),
);

/** The steps to offer: those the API allows, in its order (it already applied the role's rules). */
export function offeredSteps(allowed: readonly CaseEventType[]): StepSpec[] {
  return allowed.map((e) => STEPS[e]).filter((s): s is StepSpec => s !== undefined);
}

/** Whether the role takes any step at all (by the catalogue): otherwise the case page is read-only. */
export function roleTakesSteps(role: Role | string | null | undefined): boolean {
  return Object.values(STEP_CATALOGUE).some((s) => s.roles.includes(role as Role));
}
