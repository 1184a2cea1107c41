// The workflow step suites' shared setup (workflow.intake, workflow.handling, workflow.deadlines-replies):
// a seeded API, and helpers that register a case, take a step and check that a refused step left the
// case exactly as it was. The statutory-clock suite builds on the same pieces: workflow.clock.fixtures.ts.
import { afterAll, beforeAll, expect } from 'vitest';
import { dueDayAfter, idCheckDigit } from '@lianxin/domain';
import type { Dialect } from '../config.js';
import { startTestApi, TEST_USER, type TestApi } from './api.js';
import { lateBound } from './late-bound.js';
import { STEP_ARGS } from './step-mutations.js';

/** Every request of the test API acts as its signed-in clerk. */
export const ACTOR = TEST_USER;
export const DAY = 86_400_000;
const SHANGHAI = 8 * 3_600_000;
export const localDay = (t: number): string => new Date(t + SHANGHAI).toISOString().slice(0, 10);
/**
 * End of the local (UTC+8) day `days` after t's day, how the 条例 counts "within n days"; a last day
 * on a statutory rest day moves to the next working day (the domain's calendar says which).
 */
export const endOfDayPlus = (t: number, days: number): number =>
  Date.parse(`${dueDayAfter(localDay(t), days)}T00:00:00.000Z`) - SHANGHAI + DAY - 1;
/** An instant the API answered, in ms. */
export const t = (iso: string | null): number => Date.parse(iso!);

/** A step mutation with every argument a variable (`extraVariables` declared besides), answering `fields`. */
export function stepQuery(mutation: string, fields: string, extraVariables: string[] = []): string {
  const args: Record<string, string> = { id: 'ID!', version: 'Int!', ...STEP_ARGS[mutation] };
  const declared = [...Object.entries(args).map(([name, type]) => `$${name}: ${type}`), ...extraVariables];
  const passed = Object.keys(args).map((name) => `${name}: $${name}`);
  return `mutation (${declared.join(', ')}) { result: ${mutation}(${passed.join(', ')}) { ${fields} } }`;
}

/**
 * Well-formed ID numbers, one after another, of an area outside the seed's district: no seeded
 * petitioner shares them.
 */
export function idNumbersOf(area: string): () => string {
  let nextPerson = 0;
  return () => {
    const first17 = `${area}19700101${String(nextPerson++).padStart(3, '0')}`;
    return first17 + idCheckDigit(first17);
  };
}

/** Who a registration names; area 659001 for the step suites. */
export const freshIdNumber = idNumbersOf('659001');

/** The input of registerCase for one petitioner, with ID number `idNumber`, in `villageCode`. */
export const registrationOf = (villageCode: string, idNumber: string) => ({
  title: '渠道渗漏淹没农田',
  summary: '支渠年久失修，渗水淹没三亩玉米地',
  matterType: 'APPEAL',
  categoryCode: 'IRRIGATION',
  channel: 'VISIT',
  villageCode,
  headcount: 1,
  petitioners: [{ name: '马建国', phone: '13812345678', idNumber }],
});

// ---- the step suites ----

const CASE_FIELDS = `id code version status headcount title summary receivedAt acceptedAt declinedAt forwardedAt
  dueAt handlingDays leadershipDueAt pausedDays hearingStartedAt extensionDays extendedTo delayReason repliedAt
  deliveredAt outcome closedAt satisfaction ratedAt reviewRequestedAt reviewChanged reviewDeliveredAt
  rereviewRequestedAt reopenedAt reopenCount unit { id } leader { id } repeatOf { id code }
  petitioners { name } allowedSteps
  events { type actor at leader { id } unit { id } visitKind payload }`;

export interface Event {
  type: string;
  actor: string;
  at: string;
  leader: { id: string } | null;
  unit: { id: string } | null;
  visitKind: string | null;
  payload: Record<string, unknown> | null;
}
export interface CaseView {
  id: string;
  code: string;
  version: number;
  status: string;
  headcount: number;
  title: string;
  summary: string;
  receivedAt: string;
  acceptedAt: string | null;
  declinedAt: string | null;
  forwardedAt: string | null;
  dueAt: string | null;
  handlingDays: number | null;
  leadershipDueAt: string | null;
  pausedDays: number;
  hearingStartedAt: string | null;
  extensionDays: number | null;
  extendedTo: string | null;
  delayReason: string | null;
  repliedAt: string | null;
  deliveredAt: string | null;
  outcome: string | null;
  closedAt: string | null;
  satisfaction: string | null;
  ratedAt: string | null;
  reviewRequestedAt: string | null;
  reviewChanged: boolean | null;
  reviewDeliveredAt: string | null;
  rereviewRequestedAt: string | null;
  reopenedAt: string | null;
  reopenCount: number;
  unit: { id: string } | null;
  leader: { id: string } | null;
  repeatOf: { id: string; code: string } | null;
  petitioners: { name: string }[];
  allowedSteps: string[];
  events: Event[];
}
type Extensions = { code: string; field?: string; allowed?: string[]; currentVersion?: number };

/** The step suites' API (seeded to 2021-03-31) and helpers; api and the reference ids once started. */
export function workflowStepsSuite(dialect: Dialect) {
  let api: TestApi;
  let villageCode: string;
  let townshipCode: string;
  let leaders: number[];
  let units: number[];

  beforeAll(async () => {
    api = await startTestApi(dialect, { until: '2021-03-31', casesPerYear: 400 });
    const data = await ok<{
      villages: { code: string; township: { code: string } }[];
      leaders: { id: string }[];
      units: { id: string }[];
    }>('{ villages(townshipCode: "640302202000") { code township { code } } leaders { id } units { id } }');
    villageCode = data.villages[0]!.code;
    townshipCode = data.villages[0]!.township.code;
    leaders = data.leaders.map((l) => Number(l.id));
    units = data.units.map((u) => Number(u.id));
  });
  afterAll(async () => {
    await api?.stop();
  });

  async function ok<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const response = await api.graphql<T>(query, variables);
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data!;
  }

  function registration(overrides: Record<string, unknown> = {}) {
    return { clientKey: null, ...registrationOf(villageCode, freshIdNumber()), ...overrides };
  }

  function registerRaw(input: Record<string, unknown>) {
    return api.graphql<{ result: CaseView }>(
      `mutation ($input: RegisterCaseInput!) { result: registerCase(input: $input) { ${CASE_FIELDS} } }`,
      { input },
    );
  }

  async function register(overrides: Record<string, unknown> = {}): Promise<CaseView> {
    const response = await registerRaw(registration(overrides));
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data!.result;
  }

  function stepRaw(mutation: string, c: { id: string; version: number }, args: Record<string, unknown> = {}) {
    return api.graphql<{ result: CaseView }>(stepQuery(mutation, CASE_FIELDS), {
      id: c.id,
      version: c.version,
      ...args,
    });
  }

  /** Applies a step that must succeed: one version up, one event more, stamped now by the actor. */
  async function step(
    mutation: string,
    c: CaseView,
    args: Record<string, unknown> = {},
  ): Promise<{ next: CaseView; event: Event; at: [number, number] }> {
    const before = Date.now();
    const response = await stepRaw(mutation, c, args);
    const after = Date.now();
    expect(response.errors, `${mutation}: ${JSON.stringify(response.errors)}`).toBeUndefined();
    const next = response.data!.result;
    expect(next.version).toBe(c.version + 1);
    expect(next.events).toHaveLength(c.events.length + 1);
    expect(next.events.slice(0, -1)).toEqual(c.events);
    const event = next.events.at(-1)!;
    expect(event.actor).toBe(ACTOR);
    expect(Date.parse(event.at)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(event.at)).toBeLessThanOrEqual(after + 1000);
    return { next, event, at: [before - 1000, after + 1000] };
  }

  /** Takes a fresh case through the given steps (all must succeed). */
  async function walk(c: CaseView, steps: [string, Record<string, unknown>?][]): Promise<CaseView> {
    for (const [mutation, args] of steps) c = (await step(mutation, c, args)).next;
    return c;
  }

  async function current(id: string): Promise<CaseView> {
    return (await ok<{ case: CaseView }>(`query ($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`, { id }))
      .case;
  }

  /** The step is refused with `code` (and `field`), and the case is left exactly as it was. */
  async function refused(
    mutation: string,
    c: CaseView,
    args: Record<string, unknown>,
    code: string,
    field?: string,
    version = c.version,
  ): Promise<Extensions> {
    const response = await stepRaw(mutation, { id: c.id, version }, args);
    expect(response.status, `${mutation} ${JSON.stringify(args).slice(0, 80)}`).toBeLessThan(500);
    expect(response.data?.result ?? null).toBeNull();
    const extensions = response.errors?.[0]?.extensions as Extensions | undefined;
    expect(extensions?.code, `${mutation}: ${JSON.stringify(response.errors)}`).toBe(code);
    if (field !== undefined) expect(extensions?.field).toBe(field);
    const now = await current(c.id);
    expect(now.version).toBe(c.version);
    expect(now.events).toHaveLength(c.events.length);
    expect(now.status).toBe(c.status);
    return extensions!;
  }

  async function expectIllegal(mutation: string, c: CaseView, args: Record<string, unknown> = {}) {
    const extensions = await refused(mutation, c, args, 'ILLEGAL_TRANSITION');
    // The refusal lists what is allowed instead: exactly what the case offers as allowedSteps.
    expect(extensions.allowed).toEqual(c.allowedSteps);
  }

  async function counts() {
    const [row] = (await api.dataSource.query(
      `SELECT (SELECT COUNT(*) FROM petition_case) AS cases, (SELECT COUNT(*) FROM case_event) AS events,
              (SELECT COUNT(*) FROM petitioner) AS petitioners, (SELECT COUNT(*) FROM case_petitioner) AS links`,
    )) as Record<string, unknown>[];
    return Object.values(row!).map(Number);
  }

  async function seeded(filter: string, pick: (c: CaseView) => boolean): Promise<CaseView> {
    // Only the deciding fields here: the whole case view fifty times over is beyond the cost limit.
    const { cases } = await ok<{ cases: { edges: { node: CaseView }[] } }>(
      `{ cases(filter: ${filter}, first: 50) { edges { node {
          id extensionDays dueAt repliedAt reviewRequestedAt } } } }`,
    );
    const found = cases.edges.map((e) => e.node).find(pick);
    expect(found, `a seeded case for ${filter}`).toBeDefined();
    return current(found!.id);
  }

  return lateBound(() => ({ api, townshipCode, leaders, units }), {
    ok,
    registration,
    registerRaw,
    register,
    stepRaw,
    step,
    walk,
    current,
    refused,
    expectIllegal,
    counts,
    seeded,
  });
}
