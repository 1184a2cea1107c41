// Which roles may resolve each field of the schema: one table, checked for every field an operation
// asks before it runs (operation-rules.ts), and read by the authorization-matrix test. A field with no
// rule here is refused and fails the test, so a new field cannot ship without someone deciding who sees it.
//
// Roles decide fields; AccessPolicy decides rows (area, own cases, accusations) and masking.
import { KpiCode, ROLE_GROUPS, STEP_CATALOGUE, type Role } from '@lianxin/domain';
import type { Context } from '../../context.js';
import type { AuthUser } from '../auth/auth.service.js';
import { KPI_FIELDS } from '../stats/stats.service.js';
import { forbidden, unauthenticated, type CaseAccessFacts } from './access-policy.js';
import { WALL_KPIS } from './display-answers.js';

export interface FieldRule {
  /** Roles that may resolve the field; every other signed-in user gets FORBIDDEN. */
  roles: readonly Role[];
  /** Personal data: shown in full or masked per case (AccessPolicy.seesPersonalData), reads logged. */
  personal?: true;
}

const { everyone: EVERYONE, caseReaders: CASE_READERS, admins: ADMINS } = ROLE_GROUPS;
/**
 * Numbers the wall does not show (display-rules.ts): each would be one more published total that
 * withheld cells could be worked out from (a leader-resolution denominator sums the leaders' rows).
 */
const NOT_THE_WALL: readonly Role[] = CASE_READERS;

/** Mutations that are no step of a case: administration, for administrators only. */
export const ADMIN_MUTATIONS = ['setKpiTarget', 'removeBoundaryPack'] as const;

function fields(roles: readonly Role[], ...names: string[]): Record<string, FieldRule> {
  return Object.fromEntries(names.map((name) => [name, { roles }]));
}

export const FIELD_RULES: Readonly<Record<string, Readonly<Record<string, FieldRule>>>> = {
  Query: {
    ...fields(EVERYONE, 'townships', 'township', 'villages', 'village', 'categories', 'units'),
    ...fields(EVERYONE, 'leaders', 'leader'),
    ...fields(EVERYONE, 'kpis', 'caseStats', 'leaderWorkloads', 'warningCounts', 'caseTicker'),
    // The KPI dictionary: public methodology, no data.
    ...fields(EVERYONE, 'kpiDefinitions'),
    // When months close is methodology. How closed months were revised is district-wide KPIs with every
    // case, accusations included: administrators only (anyone else could difference them).
    ...fields(EVERYONE, 'lastClosedMonth'),
    ...fields(ADMINS, 'periodRevisions'),
    ...fields(CASE_READERS, 'case', 'caseByCode', 'cases', 'warnings'),
    ...fields(ADMINS, 'users', 'accessLog'),
    // Early warnings: by area like every statistic; the wall's account gets township cells only
    // (warning.service.ts) and of them no number but the alert counts.
    ...fields(EVERYONE, 'earlyWarnings', 'earlyWarningCounts'),
    // KPI targets are policy, not data: every role that sees KPIs reads them, the wall included.
    ...fields(EVERYONE, 'kpiTargets'),
    ...fields(ADMINS, 'kpiTargetChanges'),
    // The map's boundaries are geography, not case data: every role, the wall included.
    ...fields(EVERYONE, 'boundaryPack'),
  },
  Subscription: fields(EVERYONE, 'caseChanged', 'earlyWarningRaised'),
  EarlyWarningConnection: fields(EVERYONE, 'edges', 'pageInfo'),
  EarlyWarningEdge: fields(EVERYONE, 'cursor', 'node'),
  EarlyWarning: {
    ...fields(EVERYONE, 'id', 'scope', 'month', 'provisional', 'level', 'township', 'category'),
    // A cell's counts, bounds and series are numbers the wall does not show; villages never.
    ...fields(
      NOT_THE_WALL,
      'village',
      'observed',
      'expected',
      'upperYellow',
      'upperRed',
      'pValue',
      'trend',
      'baselineYears',
      'baselineMonths',
      'raisedAt',
      'series',
    ),
  },
  EarlyWarningPoint: fields(
    NOT_THE_WALL,
    'month',
    'observed',
    'expected',
    'upperYellow',
    'upperRed',
    'level',
    'provisional',
  ),
  EarlyWarningCounts: fields(EVERYONE, 'red', 'yellow'),
  EarlyWarningNotice: {
    ...fields(EVERYONE, 'at', 'level', 'scope', 'month', 'provisional', 'township', 'category'),
    ...fields(NOT_THE_WALL, 'village'),
  },
  ChangeNotice: {
    ...fields(EVERYONE, 'at', 'event', 'township'),
    // Counting REGISTERED notices per village would rebuild every withheld village cell.
    ...fields(NOT_THE_WALL, 'village', 'category'),
  },
  TickerEntry: fields(EVERYONE, 'receivedAt', 'category', 'village', 'township'),
  // Each step's mutation is for the roles its catalogue entry names: one rule for the API and the forms.
  Mutation: {
    ...Object.fromEntries(
      Object.values(STEP_CATALOGUE).map((step) => [step.mutation, { roles: step.roles }]),
    ),
    ...fields(ADMINS, ...ADMIN_MUTATIONS),
  },
  Township: {
    ...fields(EVERYONE, 'code', 'name', 'kind', 'villages'),
    // Counts through a case list take any filter and asOf: the wall counts through caseStats only.
    ...fields(NOT_THE_WALL, 'cases'),
  },
  Village: {
    ...fields(EVERYONE, 'code', 'name', 'township', 'townshipCode', 'population', 'generated'),
    // A village's case count can single a petitioner out: not for the wall (it gets suppressed cells).
    ...fields(CASE_READERS, 'cases'),
  },
  Category: {
    ...fields(EVERYONE, 'code', 'nameZh', 'nameEn', 'sortOrder'),
    ...fields(NOT_THE_WALL, 'cases'),
  },
  Unit: {
    ...fields(EVERYONE, 'id', 'code', 'name', 'township'),
    ...fields(NOT_THE_WALL, 'cases'),
  },
  Leader: {
    ...fields(EVERYONE, 'id', 'name', 'title', 'rank', 'post', 'township', 'unit'),
    ...fields(NOT_THE_WALL, 'cases'),
    // Visits and instructions are timeline events with free text and a case behind them.
    ...fields(CASE_READERS, 'visits', 'instructions', 'visitDays'),
  },
  VisitDay: fields(CASE_READERS, 'day', 'count'),
  CaseConnection: {
    ...fields(EVERYONE, 'totalCount'),
    ...fields(CASE_READERS, 'edges', 'pageInfo'),
  },
  CaseEdge: fields(CASE_READERS, 'cursor', 'node'),
  // A case list's page, or an early-warning page (which the wall reads too): the wall's case lists
  // are refused at CaseConnection.edges already.
  PageInfo: fields(EVERYONE, 'hasNextPage', 'endCursor'),
  Case: fields(
    CASE_READERS,
    'id',
    'code',
    'title',
    'summary',
    'matterType',
    'category',
    'channel',
    'village',
    'township',
    'headcount',
    'collective',
    'status',
    'receivedAt',
    'acceptedAt',
    'declinedAt',
    'forwardedAt',
    'repliedAt',
    'closedAt',
    'ratedAt',
    'reviewRequestedAt',
    'rereviewRequestedAt',
    'dueAt',
    'leadershipDueAt',
    'deliveredAt',
    'reviewChanged',
    'reviewDeliveredAt',
    'reopenedAt',
    'reopenCount',
    'hearingStartedAt',
    'currentDueAt',
    'currentDeadline',
    'handlingDays',
    'extensionDays',
    'extendedTo',
    'delayReason',
    'pausedDays',
    'outcome',
    'satisfaction',
    'leader',
    'unit',
    'repeatOf',
    'petitioners',
    'events',
    'deadlines',
    'allowedSteps',
    'version',
  ),
  Petitioner: {
    ...fields(CASE_READERS, 'id', 'representative'),
    name: { roles: CASE_READERS, personal: true },
    phone: { roles: CASE_READERS, personal: true },
    idNumber: { roles: CASE_READERS, personal: true },
  },
  CaseEvent: fields(
    CASE_READERS,
    'id',
    'type',
    'at',
    'actor',
    'leader',
    'unit',
    'visitKind',
    'payload',
    'case',
  ),
  Deadline: fields(CASE_READERS, 'kind', 'startAt', 'dueAt', 'doneAt', 'state', 'daysLeft', 'beyondCalendar'),
  Warning: fields(CASE_READERS, 'level', 'deadlineKind', 'dueAt', 'daysLeft', 'case'),
  WarningCounts: fields(EVERYONE, 'red', 'yellow'),
  // Every KPI by its field: the wall's (WALL_KPIS: the headline three and 参评率 beside 满意率) for
  // everyone, the others not for the wall — a new KPI gets its rule from the two lists, not from memory.
  KpiSet: Object.fromEntries(
    Object.values(KpiCode).map((code) => [
      KPI_FIELDS[code],
      { roles: WALL_KPIS.includes(code) ? EVERYONE : NOT_THE_WALL },
    ]),
  ),
  KpiDefinition: fields(
    EVERYONE,
    'code',
    'field',
    'name',
    'formula',
    'numerator',
    'denominator',
    'excluded',
    'anchor',
    'anchorLabel',
    'regulation',
    'articles',
    'higherIsBetter',
    'companion',
  ),
  LocalizedText: fields(EVERYONE, 'zh', 'en'),
  PeriodRevision: fields(ADMINS, 'id', 'month', 'revisedAt', 'revisedBy', 'reason', 'source', 'kpis'),
  RevisedKpi: fields(ADMINS, 'code', 'before', 'after'),
  KpiValue: fields(EVERYONE, 'numerator', 'denominator', 'rate'),
  CaseStatsBucket: {
    // The wall reads KPIs through `kpis`, where small parts are withheld across townships.
    ...fields(NOT_THE_WALL, 'kpis'),
    ...fields(
      EVERYONE,
      'categoryCode',
      'category',
      'townshipCode',
      'township',
      'villageCode',
      'village',
      'channel',
      'status',
      'leaderId',
      'leader',
      'unitId',
      'unit',
      'matterType',
      'period',
      'count',
      'suppressed',
    ),
  },
  LeaderWorkload: {
    ...fields(EVERYONE, 'leader', 'owned', 'open', 'closed', 'overdue', 'closedOnTime'),
    ...fields(NOT_THE_WALL, 'closedInTime', 'resolution', 'visits', 'instructions'),
  },
  VisitCount: fields(EVERYONE, 'kind', 'count'),
  User: fields(
    ADMINS,
    'id',
    'username',
    'displayName',
    'role',
    'townshipCode',
    'villageCode',
    'leaderId',
    'unitId',
    'disabled',
    'lockedUntil',
  ),
  KpiTarget: {
    ...fields(EVERYONE, 'code', 'direction', 'targetPercent'),
    // Who set a target and when is administration, not what the cards show.
    ...fields(ADMINS, 'updatedAt', 'updatedBy'),
  },
  BoundaryPack: {
    ...fields(EVERYONE, 'name', 'loadedAt', 'sha256', 'townships', 'villages', 'geojson'),
    // Who loaded it is administration, as who set a KPI target is.
    ...fields(ADMINS, 'loadedBy'),
  },
  KpiTargetChange: fields(ADMINS, 'id', 'code', 'before', 'after', 'changedAt', 'changedBy'),
  AccessLogEntry: fields(ADMINS, 'id', 'at', 'username', 'role', 'action', 'caseId', 'fields', 'detail'),
};

export function ruleOf(typeName: string, fieldName: string): FieldRule | undefined {
  return FIELD_RULES[typeName]?.[fieldName];
}

/**
 * Sign-in and the field's role rule, as each field of an operation is checked before it runs
 * (operation-rules.ts): UNAUTHENTICATED without a user, FORBIDDEN for a field without a rule or
 * outside the user's roles.
 */
export function checkFieldRule(user: AuthUser | null, typeName: string, fieldName: string): void {
  if (!user) throw unauthenticated();
  const rule = ruleOf(typeName, fieldName);
  if (!rule) throw forbidden(`${typeName}.${fieldName} has no access rule.`);
  if (!rule.roles.includes(user.role)) {
    throw forbidden(`The role ${user.role} may not read ${typeName}.${fieldName}.`);
  }
}

/**
 * The row check, on every field of a case however it was reached (a village's cases, an event's
 * case, a repeat's original): no path leads around area scope or accusation clearance. Per value, so
 * per field of type Case (schema.ts); the role rules are decided once per operation.
 */
export function assertCaseReadable(context: Pick<Context, 'access'>, root: unknown): void {
  context.access.assertCaseVisible(root as CaseAccessFacts);
}
