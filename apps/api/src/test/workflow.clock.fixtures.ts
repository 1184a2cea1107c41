// The statutory-clock suite's setup (workflow.clock.integration.test.ts): a seeded API whose workflow
// stamps every step with a clock the test moves, and reads that judge deadlines as of that clock.
import { afterAll, beforeAll, expect } from 'vitest';
import type { Dialect } from '../config.js';
import { startTestApi, type TestApi } from './api.js';
import { lateBound } from './late-bound.js';
import { idNumbersOf, registrationOf, stepQuery, type CaseView } from './workflow.fixtures.js';

/** The workflow's clock as the clock suite moves it (a vi.hoisted object: the mock needs it first). */
export interface TestClock {
  pin(at: Date | null): void;
  now(): Date;
}

const CLOCK_CASE_FIELDS = `id code version status acceptedAt dueAt handlingDays leadershipDueAt pausedDays
  hearingStartedAt repliedAt deliveredAt satisfaction ratedAt reviewRequestedAt reviewChanged reopenedAt
  reopenCount currentDueAt currentDeadline allowedSteps
  deadlines(asOf: $asOf) { kind startAt dueAt doneAt state beyondCalendar }
  events { type at payload }`;

export interface Deadline {
  kind: string;
  startAt: string;
  dueAt: string;
  doneAt: string | null;
  state: string;
  beyondCalendar: boolean;
}
/** The case as the clock suite reads it: its deadlines judged as of the pinned instant. */
export interface ClockCaseView extends Pick<
  CaseView,
  | 'id'
  | 'code'
  | 'version'
  | 'status'
  | 'acceptedAt'
  | 'dueAt'
  | 'handlingDays'
  | 'leadershipDueAt'
  | 'pausedDays'
  | 'hearingStartedAt'
  | 'repliedAt'
  | 'deliveredAt'
  | 'satisfaction'
  | 'ratedAt'
  | 'reviewRequestedAt'
  | 'reviewChanged'
  | 'reopenedAt'
  | 'reopenCount'
  | 'allowedSteps'
> {
  currentDueAt: string | null;
  currentDeadline: string | null;
  deadlines: Deadline[];
  events: { type: string; at: string; payload: Record<string, unknown> | null }[];
}
interface Warning {
  level: string;
  deadlineKind: string;
  dueAt: string;
  case: { id: string };
}

/** Area 659005: the clock suite's petitioners. */
const clockIdNumber = idNumbersOf('659005');

export const deadline = (c: ClockCaseView, kind: string): Deadline | undefined =>
  c.deadlines.find((d) => d.kind === kind);

/** The clock suite's API (seeded to 2021-03-31) and helpers, every read and step on `clock`. */
export function workflowClockSuite(dialect: Dialect, clock: TestClock) {
  let api: TestApi;
  let villageCode: string;
  let leaderId: number;

  beforeAll(async () => {
    api = await startTestApi(dialect, { until: '2021-03-31', casesPerYear: 400 });
    const refs = await api.graphql<{ villages: { code: string }[]; leaders: { id: string }[] }>(
      '{ villages(townshipCode: "640302202000") { code } leaders { id } }',
    );
    villageCode = refs.data!.villages[0]!.code;
    leaderId = Number(refs.data!.leaders[0]!.id);
  });
  afterAll(async () => {
    clock.pin(null);
    await api?.stop();
  });

  /** Moves the workflow's clock to a local (Asia/Shanghai) instant, `YYYY-MM-DD HH:mm`. */
  function at(local: string) {
    clock.pin(new Date(`${local.replace(' ', 'T')}:00+08:00`));
  }

  /** Every read and step judges deadlines as of the workflow's clock. */
  async function gql<T>(query: string, variables?: Record<string, unknown>) {
    return api.graphql<T>(query, { ...variables, asOf: clock.now().toISOString() });
  }

  async function ok<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const response = await gql<T>(query, variables);
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data!;
  }

  async function register(): Promise<ClockCaseView> {
    const data = await ok<{ result: ClockCaseView }>(
      `mutation ($input: RegisterCaseInput!, $asOf: DateTime) {
         result: registerCase(input: $input) { ${CLOCK_CASE_FIELDS} } }`,
      { input: registrationOf(villageCode, clockIdNumber()) },
    );
    return data.result;
  }

  const clockStep = (mutation: string) => stepQuery(mutation, CLOCK_CASE_FIELDS, ['$asOf: DateTime']);

  /** A step that must succeed, taken at the pinned instant. */
  async function step(
    mutation: string,
    c: ClockCaseView,
    args: Record<string, unknown> = {},
  ): Promise<ClockCaseView> {
    const response = await gql<{ result: ClockCaseView }>(clockStep(mutation), {
      id: c.id,
      version: c.version,
      ...args,
    });
    expect(response.errors, `${mutation}: ${JSON.stringify(response.errors)}`).toBeUndefined();
    const next = response.data!.result;
    expect(next.version).toBe(c.version + 1);
    return next;
  }

  async function current(id: string): Promise<ClockCaseView> {
    return (
      await ok<{ case: ClockCaseView }>(
        `query ($id: ID!, $asOf: DateTime) { case(id: $id) { ${CLOCK_CASE_FIELDS} } }`,
        { id },
      )
    ).case;
  }

  /** The step is refused with `code`, and the case is exactly as it was. */
  async function refused(mutation: string, c: ClockCaseView, args: Record<string, unknown>, code: string) {
    const response = await gql<{ result: ClockCaseView }>(clockStep(mutation), {
      id: c.id,
      version: c.version,
      ...args,
    });
    expect(response.status).toBeLessThan(500);
    expect(response.data?.result ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions.code, `${mutation}: ${JSON.stringify(response.errors)}`).toBe(
      code,
    );
    const now = await current(c.id);
    expect(now.version).toBe(c.version);
    expect(now.events).toHaveLength(c.events.length);
    expect(now.dueAt).toBe(c.dueAt);
    expect(now.leadershipDueAt).toBe(c.leadershipDueAt);
    expect(now.deadlines).toEqual(c.deadlines.map((d) => ({ ...d, state: expect.any(String) })));
  }

  /** The warnings of the test village now (the pinned instant), this case's if any. */
  async function warningOf(c: ClockCaseView): Promise<Warning | undefined> {
    const { warnings } = await ok<{ warnings: Warning[] }>(
      `query ($v: [String!], $asOf: DateTime) { warnings(asOf: $asOf, filter: { villageCodes: $v }, first: 200) {
         level deadlineKind dueAt case { id } } }`,
      { v: [villageCode] },
    );
    return warnings.find((w) => w.case.id === c.id);
  }

  return lateBound(() => ({ villageCode, leaderId }), {
    at,
    ok,
    register,
    step,
    current,
    refused,
    warningOf,
  });
}
