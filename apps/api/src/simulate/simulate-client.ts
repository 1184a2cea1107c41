// The simulator's side of the wire: plain GraphQL over HTTP with a bearer token, as any client would
// call the API, and the reads and mutations it needs.
import type { CaseEventType, CaseStatus, LeaderPost, LeaderRank, Satisfaction } from '@lianxin/domain';
import type { CaseDraft, CaseSnapshot, Reference, Step } from './simulate-plan.js';

/** A GraphQL error answer; `code` is its `extensions.code`. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Returns a bearer token; called again once when the API answers UNAUTHENTICATED (it expired). */
export type TokenSource = () => Promise<string>;

const CASE_FIELDS = `id code version status allowedSteps extensionDays satisfaction
  category { code } village { code } township { code } leader { id } unit { id } events { type }`;

interface CaseNode {
  id: string;
  code: string;
  version: number;
  status: CaseStatus;
  allowedSteps: CaseEventType[];
  extensionDays: number | null;
  satisfaction: Satisfaction | null;
  category: { code: string };
  village: { code: string };
  township: { code: string };
  leader: { id: string } | null;
  unit: { id: string } | null;
  events: { type: CaseEventType }[];
}

function snapshot(node: CaseNode): CaseSnapshot {
  return {
    id: node.id,
    code: node.code,
    version: node.version,
    status: node.status,
    allowedSteps: node.allowedSteps,
    categoryCode: node.category.code,
    villageCode: node.village.code,
    townshipCode: node.township.code,
    leaderId: node.leader ? Number(node.leader.id) : null,
    unitId: node.unit ? Number(node.unit.id) : null,
    extensionDays: node.extensionDays,
    satisfaction: node.satisfaction,
    events: node.events.map((e) => e.type),
  };
}

/** The mutation of each step and the arguments it takes beside `id` and `version`. */
const STEP_MUTATIONS: Readonly<Record<Step['kind'], { field: string; args: Record<string, string> }>> = {
  accept: { field: 'acceptCase', args: {} },
  decline: { field: 'declineCase', args: { reason: 'String!' } },
  forward: { field: 'forwardCase', args: { unitId: 'Int!', note: 'String' } },
  assignLeader: { field: 'assignLeader', args: { leaderId: 'Int!' } },
  visit: { field: 'recordVisit', args: { leaderId: 'Int!', visitKind: 'VisitKind!', note: 'String' } },
  instruction: { field: 'recordInstruction', args: { leaderId: 'Int!', text: 'String!' } },
  supervise: { field: 'superviseCase', args: { unitId: 'Int', leaderId: 'Int', note: 'String!' } },
  extend: {
    field: 'extendDeadline',
    args: { days: 'Int!', reason: 'String!', approverLeaderId: 'Int!' },
  },
  reply: { field: 'replyCase', args: { outcome: 'Outcome!', text: 'String!' } },
  close: { field: 'closeCase', args: {} },
  rate: { field: 'rateSatisfaction', args: { satisfaction: 'Satisfaction!' } },
};
// The schema names the visit kind `kind`; the Step keeps `kind` for its own tag.
const ARG_NAME: Readonly<Record<string, string>> = { visitKind: 'kind' };

function stepDocument(kind: Step['kind']): string {
  const { field, args } = STEP_MUTATIONS[kind];
  const names = Object.keys(args);
  const vars = ['$id: ID!', '$version: Int!', ...names.map((n) => `$${n}: ${args[n]}`)].join(', ');
  const pass = ['id: $id', 'version: $version', ...names.map((n) => `${ARG_NAME[n] ?? n}: $${n}`)].join(', ');
  return `mutation Step(${vars}) { step: ${field}(${pass}) { ${CASE_FIELDS} } }`;
}

const OPEN_STATUSES = ['REGISTERED', 'ACCEPTED', 'IN_PROGRESS', 'REPLIED', 'UNDER_REVIEW', 'UNDER_REREVIEW'];

export class SimulatorClient {
  private token: string | null = null;

  constructor(
    private readonly url: string,
    private readonly tokens: TokenSource,
  ) {}

  private async post<T>(query: string, variables: Record<string, unknown>, retried = false): Promise<T> {
    this.token ??= await this.tokens();
    const response = await fetch(new URL('/graphql', this.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ query, variables }),
    });
    let body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      throw new ApiError('HTTP_ERROR', `${this.url} answered ${response.status} without a GraphQL body`);
    }
    const error = body.errors?.[0];
    if (error) {
      const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'UNKNOWN';
      // A long demo outlives an 8-hour token: fetch a fresh one once, then give up.
      if (code === 'UNAUTHENTICATED' && !retried) {
        this.token = await this.tokens();
        return this.post(query, variables, true);
      }
      throw new ApiError(code, error.message, error.extensions);
    }
    if (!body.data) throw new ApiError('HTTP_ERROR', `${this.url} answered ${response.status} without data`);
    return body.data;
  }

  /** Villages, categories, leaders and units, once at start. */
  async reference(): Promise<Reference> {
    const data = await this.post<{
      townships: {
        code: string;
        name: string;
        villages: { code: string; name: string; population: number }[];
      }[];
      categories: { code: string; nameZh: string }[];
      leaders: {
        id: string;
        name: string;
        title: string;
        post: LeaderPost;
        rank: LeaderRank;
        township: { code: string } | null;
      }[];
      units: { id: string; code: string; name: string; township: { code: string } | null }[];
    }>(
      `query SimulatorReference {
        townships { code name villages { code name population } }
        categories { code nameZh }
        leaders { id name title post rank township { code } }
        units { id code name township { code } }
      }`,
      {},
    );
    return {
      villages: data.townships.flatMap((t) =>
        t.villages.map((v) => ({ ...v, townshipCode: t.code, townshipName: t.name })),
      ),
      categories: new Map(data.categories.map((c) => [c.code, c.nameZh])),
      leaders: data.leaders.map((l) => ({
        id: Number(l.id),
        name: l.name,
        title: l.title,
        post: l.post,
        rank: l.rank,
        townshipCode: l.township?.code ?? null,
      })),
      units: data.units.map((u) => ({
        id: Number(u.id),
        code: u.code,
        name: u.name,
        townshipCode: u.township?.code ?? null,
      })),
    };
  }

  /** The newest open cases, oldest id first so a seeded run meets them in a fixed order. */
  async openCases(first: number): Promise<CaseSnapshot[]> {
    if (first === 0) return [];
    const data = await this.post<{ cases: { edges: { node: CaseNode }[] } }>(
      `query SimulatorOpenCases($first: Int!, $statuses: [CaseStatus!]) {
        cases(first: $first, filter: { statuses: $statuses }, orderBy: { field: RECEIVED_AT, direction: DESC }) {
          edges { node { ${CASE_FIELDS} } }
        }
      }`,
      { first, statuses: OPEN_STATUSES },
    );
    return data.cases.edges.map((e) => snapshot(e.node)).sort((a, b) => Number(a.id) - Number(b.id));
  }

  async readCase(id: string): Promise<CaseSnapshot> {
    const data = await this.post<{ case: CaseNode }>(
      `query SimulatorCase($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`,
      { id },
    );
    return snapshot(data.case);
  }

  async register(draft: CaseDraft, clientKey: string): Promise<CaseSnapshot> {
    const data = await this.post<{ registerCase: CaseNode }>(
      `mutation SimulatorRegister($input: RegisterCaseInput!) { registerCase(input: $input) { ${CASE_FIELDS} } }`,
      { input: { ...draft, clientKey } },
    );
    return snapshot(data.registerCase);
  }

  /** Applies a step at the version the snapshot holds. */
  async apply(c: CaseSnapshot, step: Step): Promise<CaseSnapshot> {
    const { kind, ...args } = step;
    const data = await this.post<{ step: CaseNode }>(stepDocument(kind), {
      id: c.id,
      version: c.version,
      ...args,
    });
    return snapshot(data.step);
  }
}
