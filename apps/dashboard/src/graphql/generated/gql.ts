/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  'mutation AcceptCase($id: ID!, $version: Int!) {\n  acceptCase(id: $id, version: $version) {\n    ...CaseDetailFields\n  }\n}': typeof types.AcceptCaseDocument;
  'query AdminBoundaryPack {\n  boundaryPack {\n    name\n    loadedAt\n    loadedBy\n    sha256\n    townships\n    villages\n  }\n}': typeof types.AdminBoundaryPackDocument;
  'query AdminKpiTargets {\n  kpiTargets {\n    code\n    direction\n    targetPercent\n    updatedAt\n    updatedBy\n  }\n  kpiTargetChanges {\n    id\n    code\n    before\n    after\n    changedAt\n    changedBy\n  }\n}': typeof types.AdminKpiTargetsDocument;
  'mutation AssignLeader($id: ID!, $version: Int!, $leaderId: Int!) {\n  assignLeader(id: $id, version: $version, leaderId: $leaderId) {\n    ...CaseDetailFields\n  }\n}': typeof types.AssignLeaderDocument;
  'query Briefing($filter: CaseFilter!, $previous: CaseFilter!, $lastYear: CaseFilter!) {\n  current: kpis(filter: $filter) {\n    ...HeadlineKpisWithCompanion\n    leaderResolution {\n      numerator\n      denominator\n    }\n  }\n  previous: kpis(filter: $previous) {\n    ...HeadlineKpisWithCompanion\n  }\n  lastYear: kpis(filter: $lastYear) {\n    ...HeadlineKpisWithCompanion\n  }\n  total: caseStats(filter: $filter, groupBy: []) {\n    count\n  }\n  previousTotal: caseStats(filter: $previous, groupBy: []) {\n    count\n  }\n  lastYearTotal: caseStats(filter: $lastYear, groupBy: []) {\n    count\n  }\n  byCategory: caseStats(filter: $filter, groupBy: [CATEGORY]) {\n    categoryCode\n    count\n  }\n  byTownship: caseStats(filter: $filter, groupBy: [TOWNSHIP]) {\n    townshipCode\n    count\n  }\n  byChannel: caseStats(filter: $filter, groupBy: [CHANNEL]) {\n    channel\n    count\n  }\n  byVillage: caseStats(filter: $filter, groupBy: [VILLAGE]) {\n    villageCode\n    count\n  }\n  byVillageLastYear: caseStats(filter: $lastYear, groupBy: [VILLAGE]) {\n    villageCode\n    count\n  }\n  townships {\n    code\n    name\n    villages {\n      code\n      name\n    }\n  }\n  categories {\n    code\n    nameZh\n    nameEn\n  }\n}': typeof types.BriefingDocument;
  'query BriefingLeaders($filter: CaseFilter!) {\n  leaderWorkloads(filter: $filter) {\n    instructions\n    visits {\n      kind\n      count\n    }\n  }\n}': typeof types.BriefingLeadersDocument;
  'query BriefingOverdue($overdue: CaseFilter!, $first: Int!) {\n  byDay: caseStats(filter: $overdue, groupBy: [DAY]) {\n    period\n    count\n  }\n  cases(\n    filter: $overdue\n    first: $first\n    orderBy: {field: CURRENT_DUE_AT, direction: ASC}\n  ) {\n    edges {\n      node {\n        code\n        title\n      }\n    }\n  }\n}': typeof types.BriefingOverdueDocument;
  'query BriefingWarnings($filter: EarlyWarningFilter!, $after: String) {\n  earlyWarningCounts(filter: $filter) {\n    red\n    yellow\n  }\n  earlyWarnings(filter: $filter, first: 200, after: $after) {\n    edges {\n      node {\n        township {\n          name\n        }\n        village {\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}': typeof types.BriefingWarningsDocument;
  'query CaseByCode($code: String!) {\n  caseByCode(code: $code) {\n    id\n  }\n}': typeof types.CaseByCodeDocument;
  'query CaseDetail($id: ID!) {\n  case(id: $id) {\n    ...CaseDetailFields\n  }\n}': typeof types.CaseDetailDocument;
  'fragment CaseDetailFields on Case {\n  ...CaseListFields\n  summary\n  version\n  headcount\n  forwardedAt\n  acceptedAt\n  declinedAt\n  dueAt\n  leadershipDueAt\n  extendedTo\n  extensionDays\n  handlingDays\n  pausedDays\n  hearingStartedAt\n  repliedAt\n  deliveredAt\n  closedAt\n  ratedAt\n  reviewRequestedAt\n  reviewChanged\n  reviewDeliveredAt\n  rereviewRequestedAt\n  reopenedAt\n  reopenCount\n  outcome\n  satisfaction\n  delayReason\n  allowedSteps\n  leader {\n    title\n  }\n  unit {\n    id\n    name\n  }\n  repeatOf {\n    id\n    code\n  }\n  petitioners {\n    id\n    name\n    phone\n    idNumber\n    representative\n  }\n  deadlines {\n    kind\n    startAt\n    dueAt\n    doneAt\n    state\n    daysLeft\n    beyondCalendar\n  }\n  events {\n    id\n    type\n    at\n    actor\n    visitKind\n    payload\n    leader {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n  }\n}': typeof types.CaseDetailFieldsFragmentDoc;
  'fragment CaseListFields on Case {\n  id\n  code\n  title\n  status\n  channel\n  matterType\n  receivedAt\n  currentDueAt\n  currentDeadline\n  collective\n  category {\n    code\n  }\n  township {\n    code\n    name\n  }\n  village {\n    code\n    name\n  }\n  leader {\n    id\n    name\n  }\n}': typeof types.CaseListFieldsFragmentDoc;
  'query CaseStats($filter: CaseFilter!, $groupBy: [CaseDimension!]!) {\n  caseStats(filter: $filter, groupBy: $groupBy) {\n    period\n    categoryCode\n    townshipCode\n    villageCode\n    leaderId\n    channel\n    count\n    suppressed\n  }\n}': typeof types.CaseStatsDocument;
  'query Cases($filter: CaseFilter!, $orderBy: CaseOrder, $first: Int!, $after: String) {\n  cases(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    edges {\n      cursor\n      node {\n        ...CaseListFields\n      }\n    }\n  }\n}': typeof types.CasesDocument;
  'mutation CloseCase($id: ID!, $version: Int!) {\n  closeCase(id: $id, version: $version) {\n    ...CaseDetailFields\n  }\n}': typeof types.CloseCaseDocument;
  'subscription DataChanged {\n  caseChanged {\n    at\n  }\n}': typeof types.DataChangedDocument;
  'mutation DeclineCase($id: ID!, $version: Int!, $reason: String!) {\n  declineCase(id: $id, version: $version, reason: $reason) {\n    ...CaseDetailFields\n  }\n}': typeof types.DeclineCaseDocument;
  'mutation DeliverReply($id: ID!, $version: Int!, $deliveredOn: LocalDate!) {\n  deliverReply(id: $id, version: $version, deliveredOn: $deliveredOn) {\n    ...CaseDetailFields\n  }\n}': typeof types.DeliverReplyDocument;
  'fragment EarlyWarningFields on EarlyWarning {\n  id\n  scope\n  month\n  provisional\n  level\n  observed\n  expected\n  upperYellow\n  upperRed\n  pValue\n  trend\n  baselineYears\n  raisedAt\n  township {\n    code\n    name\n  }\n  village {\n    code\n    name\n  }\n  category {\n    code\n    nameZh\n    nameEn\n  }\n}': typeof types.EarlyWarningFieldsFragmentDoc;
  'query EarlyWarnings($filter: EarlyWarningFilter, $first: Int!, $after: String, $months: Int!) {\n  earlyWarningCounts(filter: $filter) {\n    red\n    yellow\n  }\n  earlyWarnings(filter: $filter, first: $first, after: $after) {\n    edges {\n      node {\n        ...EarlyWarningFields\n        baselineMonths\n        series(months: $months) {\n          month\n          observed\n          expected\n          upperYellow\n          upperRed\n          level\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}': typeof types.EarlyWarningsDocument;
  'mutation EndHearing($id: ID!, $version: Int!, $days: Int!) {\n  endHearing(id: $id, version: $version, days: $days) {\n    ...CaseDetailFields\n  }\n}': typeof types.EndHearingDocument;
  'mutation ExtendDeadline($id: ID!, $version: Int!, $days: Int!, $reason: String!, $approverLeaderId: Int!) {\n  extendDeadline(\n    id: $id\n    version: $version\n    days: $days\n    reason: $reason\n    approverLeaderId: $approverLeaderId\n  ) {\n    ...CaseDetailFields\n  }\n}': typeof types.ExtendDeadlineDocument;
  'mutation ForwardCase($id: ID!, $version: Int!, $unitId: Int!, $note: String) {\n  forwardCase(id: $id, version: $version, unitId: $unitId, note: $note) {\n    ...CaseDetailFields\n  }\n}': typeof types.ForwardCaseDocument;
  'fragment HeadlineKpis on KpiSet {\n  timelyAcceptance {\n    ...KpiFields\n  }\n  onTimeClosure {\n    ...KpiFields\n  }\n  satisfaction {\n    ...KpiFields\n  }\n}': typeof types.HeadlineKpisFragmentDoc;
  'fragment HeadlineKpisWithCompanion on KpiSet {\n  ...HeadlineKpis\n  ratingParticipation {\n    ...KpiFields\n  }\n}': typeof types.HeadlineKpisWithCompanionFragmentDoc;
  'query KpiDefinitions {\n  kpiDefinitions {\n    code\n    field\n    higherIsBetter\n    companion\n    anchor\n    name {\n      zh\n      en\n    }\n    formula {\n      zh\n      en\n    }\n    numerator {\n      zh\n      en\n    }\n    denominator {\n      zh\n      en\n    }\n    excluded {\n      zh\n      en\n    }\n    anchorLabel {\n      zh\n      en\n    }\n    regulation {\n      zh\n      en\n    }\n  }\n}': typeof types.KpiDefinitionsDocument;
  'fragment KpiFields on KpiValue {\n  numerator\n  denominator\n  rate\n}': typeof types.KpiFieldsFragmentDoc;
  'query KpiTargets {\n  kpiTargets {\n    code\n    direction\n    targetPercent\n  }\n}': typeof types.KpiTargetsDocument;
  'query LeaderDetail($id: ID!, $filter: CaseFilter!, $kpiFilter: CaseFilter!, $from: LocalDate, $to: LocalDate) {\n  kpis(filter: $kpiFilter) {\n    ...HeadlineKpis\n    leaderResolution {\n      ...KpiFields\n    }\n  }\n  leader(id: $id) {\n    id\n    name\n    title\n    rank\n    post\n    unit {\n      name\n    }\n    township {\n      name\n    }\n    cases(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          ...CaseListFields\n        }\n      }\n    }\n    visitDays(from: $from, to: $to) {\n      day\n      count\n    }\n    visits(from: $from, to: $to, first: 20) {\n      id\n      at\n      visitKind\n      case {\n        id\n        code\n        title\n      }\n    }\n    instructions(from: $from, to: $to, first: 50) {\n      id\n      at\n      payload\n      case {\n        id\n        code\n        title\n      }\n    }\n  }\n}': typeof types.LeaderDetailDocument;
  'fragment LeaderWorkloadSummary on LeaderWorkload {\n  leader {\n    id\n    name\n    title\n  }\n  owned\n  open\n  closed\n  overdue\n  closedOnTime {\n    ...KpiFields\n  }\n}': typeof types.LeaderWorkloadSummaryFragmentDoc;
  'query LeaderWorkloads($filter: CaseFilter!) {\n  leaderWorkloads(filter: $filter) {\n    ...LeaderWorkloadSummary\n    closedInTime\n    instructions\n    resolution {\n      ...KpiFields\n    }\n    visits {\n      kind\n      count\n    }\n  }\n}': typeof types.LeaderWorkloadsDocument;
  'query MapAlerts($filter: EarlyWarningFilter!, $after: String) {\n  earlyWarnings(filter: $filter, first: 200, after: $after) {\n    edges {\n      node {\n        id\n        scope\n        month\n        level\n        township {\n          code\n        }\n        village {\n          code\n        }\n        category {\n          code\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}': typeof types.MapAlertsDocument;
  'query MapBoundaries {\n  boundaryPack {\n    name\n    loadedAt\n    sha256\n    geojson\n  }\n}': typeof types.MapBoundariesDocument;
  'query MapTownships($filter: CaseFilter!, $monthsFilter: CaseFilter!) {\n  period: caseStats(filter: $filter, groupBy: [TOWNSHIP]) {\n    townshipCode\n    count\n    suppressed\n    kpis {\n      ...HeadlineKpis\n    }\n  }\n  months: caseStats(filter: $monthsFilter, groupBy: [TOWNSHIP, MONTH]) {\n    period\n    townshipCode\n    count\n    suppressed\n    kpis {\n      ...HeadlineKpis\n    }\n  }\n}': typeof types.MapTownshipsDocument;
  'query MapVillages($filter: CaseFilter!, $monthsFilter: CaseFilter!) {\n  period: caseStats(filter: $filter, groupBy: [VILLAGE]) {\n    villageCode\n    count\n    suppressed\n    kpis {\n      ...HeadlineKpis\n    }\n  }\n  months: caseStats(filter: $monthsFilter, groupBy: [VILLAGE, MONTH]) {\n    period\n    villageCode\n    count\n    suppressed\n  }\n}': typeof types.MapVillagesDocument;
  'mutation MarkRepeat($id: ID!, $version: Int!, $repeatOfCode: String!) {\n  markRepeat(id: $id, version: $version, repeatOfCode: $repeatOfCode) {\n    ...CaseDetailFields\n  }\n}': typeof types.MarkRepeatDocument;
  'query Overview($filter: CaseFilter!, $lastYear: CaseFilter!, $open: CaseFilter!, $today: CaseFilter!, $trend: CaseFilter!, $warningFilter: CaseFilter!, $warningsFirst: Int!, $withWarningList: Boolean!) {\n  current: kpis(filter: $filter) {\n    ...HeadlineKpisWithCompanion\n  }\n  lastYear: kpis(filter: $lastYear) {\n    ...HeadlineKpisWithCompanion\n  }\n  total: caseStats(filter: $filter, groupBy: []) {\n    count\n    suppressed\n  }\n  openNow: caseStats(filter: $open, groupBy: []) {\n    count\n    suppressed\n  }\n  newToday: caseStats(filter: $today, groupBy: []) {\n    count\n    suppressed\n  }\n  trend: caseStats(filter: $trend, groupBy: [MONTH]) {\n    period\n    count\n    suppressed\n    kpis {\n      ...HeadlineKpis\n    }\n  }\n  byCategory: caseStats(filter: $filter, groupBy: [CATEGORY]) {\n    categoryCode\n    count\n    suppressed\n  }\n  byTownship: caseStats(filter: $filter, groupBy: [TOWNSHIP]) {\n    townshipCode\n    count\n    suppressed\n    kpis {\n      ...HeadlineKpis\n    }\n  }\n  warningCounts(filter: $warningFilter) {\n    red\n    yellow\n  }\n  warnings(filter: $warningFilter, first: $warningsFirst) @include(if: $withWarningList) {\n    level\n    daysLeft\n    dueAt\n    deadlineKind\n    case {\n      id\n      code\n      title\n      township {\n        name\n      }\n      village {\n        name\n      }\n    }\n  }\n}': typeof types.OverviewDocument;
  'query OverviewEarlyWarnings($filter: EarlyWarningFilter, $first: Int!) {\n  earlyWarningCounts(filter: $filter) {\n    red\n    yellow\n  }\n  earlyWarnings(filter: $filter, first: $first) {\n    edges {\n      node {\n        ...EarlyWarningFields\n      }\n    }\n  }\n}': typeof types.OverviewEarlyWarningsDocument;
  'query PeriodRevisions($from: String!, $to: String!) {\n  periodRevisions(from: $from, to: $to) {\n    id\n    month\n    revisedAt\n    revisedBy\n    reason\n    kpis {\n      code\n      before {\n        ...KpiFields\n      }\n      after {\n        ...KpiFields\n      }\n    }\n  }\n}': typeof types.PeriodRevisionsDocument;
  'mutation RateSatisfaction($id: ID!, $version: Int!, $satisfaction: Satisfaction!) {\n  rateSatisfaction(id: $id, version: $version, satisfaction: $satisfaction) {\n    ...CaseDetailFields\n  }\n}': typeof types.RateSatisfactionDocument;
  'mutation RecordCoordination($id: ID!, $version: Int!, $parties: [String!]!, $decisions: [String!]!) {\n  recordCoordination(\n    id: $id\n    version: $version\n    parties: $parties\n    decisions: $decisions\n  ) {\n    ...CaseDetailFields\n  }\n}': typeof types.RecordCoordinationDocument;
  'mutation RecordInstruction($id: ID!, $version: Int!, $leaderId: Int!, $text: String!) {\n  recordInstruction(id: $id, version: $version, leaderId: $leaderId, text: $text) {\n    ...CaseDetailFields\n  }\n}': typeof types.RecordInstructionDocument;
  'mutation RecordVisit($id: ID!, $version: Int!, $kind: VisitKind!, $leaderId: Int!, $note: String) {\n  recordVisit(\n    id: $id\n    version: $version\n    kind: $kind\n    leaderId: $leaderId\n    note: $note\n  ) {\n    ...CaseDetailFields\n  }\n}': typeof types.RecordVisitDocument;
  'query Reference {\n  townships {\n    code\n    name\n    kind\n    villages {\n      code\n      name\n      townshipCode\n      population\n    }\n  }\n  categories {\n    code\n    nameZh\n    nameEn\n    sortOrder\n  }\n  leaders {\n    id\n    name\n    title\n    rank\n  }\n  units {\n    id\n    name\n  }\n}': typeof types.ReferenceDocument;
  'mutation RemoveBoundaryPack {\n  removeBoundaryPack\n}': typeof types.RemoveBoundaryPackDocument;
  'mutation ReopenCase($id: ID!, $version: Int!, $reason: String!) {\n  reopenCase(id: $id, version: $version, reason: $reason) {\n    ...CaseDetailFields\n  }\n}': typeof types.ReopenCaseDocument;
  'mutation ReplyCase($id: ID!, $version: Int!, $outcome: Outcome!, $text: String!, $changed: Boolean) {\n  replyCase(\n    id: $id\n    version: $version\n    outcome: $outcome\n    text: $text\n    changed: $changed\n  ) {\n    ...CaseDetailFields\n  }\n}': typeof types.ReplyCaseDocument;
  'mutation RequestRereview($id: ID!, $version: Int!, $reason: String!) {\n  requestRereview(id: $id, version: $version, reason: $reason) {\n    ...CaseDetailFields\n  }\n}': typeof types.RequestRereviewDocument;
  'mutation RequestReview($id: ID!, $version: Int!, $reason: String!) {\n  requestReview(id: $id, version: $version, reason: $reason) {\n    ...CaseDetailFields\n  }\n}': typeof types.RequestReviewDocument;
  'mutation SetDeadline($id: ID!, $version: Int!, $days: Int!, $leaderId: Int) {\n  setDeadline(id: $id, version: $version, days: $days, leaderId: $leaderId) {\n    ...CaseDetailFields\n  }\n}': typeof types.SetDeadlineDocument;
  'mutation SetKpiTarget($kpi: KpiCode!, $targetPercent: Float) {\n  setKpiTarget(kpi: $kpi, targetPercent: $targetPercent) {\n    code\n    direction\n    targetPercent\n    updatedAt\n    updatedBy\n  }\n}': typeof types.SetKpiTargetDocument;
  'mutation StartHearing($id: ID!, $version: Int!, $note: String) {\n  startHearing(id: $id, version: $version, note: $note) {\n    ...CaseDetailFields\n  }\n}': typeof types.StartHearingDocument;
  'mutation SuperviseCase($id: ID!, $version: Int!, $note: String!, $leaderId: Int, $unitId: Int) {\n  superviseCase(\n    id: $id\n    version: $version\n    note: $note\n    leaderId: $leaderId\n    unitId: $unitId\n  ) {\n    ...CaseDetailFields\n  }\n}': typeof types.SuperviseCaseDocument;
  'query VillageTotals($filter: CaseFilter!) {\n  caseStats(filter: $filter, groupBy: [VILLAGE]) {\n    villageCode\n    count\n    suppressed\n    kpis {\n      ...HeadlineKpis\n    }\n  }\n}': typeof types.VillageTotalsDocument;
  'query WallBoundaries {\n  boundaryPack {\n    sha256\n    geojson\n  }\n}': typeof types.WallBoundariesDocument;
  'subscription WallCaseChanged {\n  caseChanged {\n    at\n    event\n    township {\n      code\n    }\n  }\n}': typeof types.WallCaseChangedDocument;
  'subscription WallEarlyWarningRaised {\n  earlyWarningRaised {\n    at\n    level\n    month\n    provisional\n    township {\n      code\n    }\n    category {\n      code\n    }\n  }\n}': typeof types.WallEarlyWarningRaisedDocument;
  'query WallEarlyWarnings($thisMonth: EarlyWarningFilter!, $lastMonth: EarlyWarningFilter!, $monthBefore: EarlyWarningFilter!, $recent: EarlyWarningFilter!, $first: Int!) {\n  thisMonth: earlyWarningCounts(filter: $thisMonth) {\n    red\n    yellow\n  }\n  lastMonth: earlyWarningCounts(filter: $lastMonth) {\n    red\n    yellow\n  }\n  monthBefore: earlyWarningCounts(filter: $monthBefore) {\n    red\n    yellow\n  }\n  earlyWarnings(filter: $recent, first: $first) {\n    edges {\n      node {\n        id\n        month\n        provisional\n        level\n        township {\n          code\n        }\n        category {\n          code\n        }\n      }\n    }\n  }\n}': typeof types.WallEarlyWarningsDocument;
  'query WallLeaders($filter: CaseFilter!) {\n  leaderWorkloads(filter: $filter) {\n    ...LeaderWorkloadSummary\n  }\n}': typeof types.WallLeadersDocument;
  'query WallOverview($ytd: CaseFilter!, $lastYear: CaseFilter!, $today: CaseFilter!, $month: CaseFilter!, $trend: CaseFilter!, $open: CaseFilter!) {\n  current: kpis(filter: $ytd) {\n    ...HeadlineKpisWithCompanion\n  }\n  previous: kpis(filter: $lastYear) {\n    ...HeadlineKpis\n  }\n  newToday: caseStats(filter: $today, groupBy: []) {\n    count\n    suppressed\n  }\n  newMonth: caseStats(filter: $month, groupBy: []) {\n    count\n    suppressed\n  }\n  byCategory: caseStats(filter: $ytd, groupBy: [CATEGORY]) {\n    categoryCode\n    count\n    suppressed\n  }\n  byTownship: caseStats(filter: $ytd, groupBy: [TOWNSHIP]) {\n    townshipCode\n    count\n    suppressed\n  }\n  trend: caseStats(filter: $trend, groupBy: [MONTH]) {\n    period\n    count\n    suppressed\n  }\n  warningCounts(filter: $open) {\n    red\n    yellow\n  }\n  kpiTargets {\n    code\n    direction\n    targetPercent\n  }\n}': typeof types.WallOverviewDocument;
  'query WallReference {\n  townships {\n    code\n    name\n    villages {\n      code\n      name\n    }\n  }\n  categories {\n    code\n    nameZh\n    nameEn\n    sortOrder\n  }\n}': typeof types.WallReferenceDocument;
  'query WallTicker($first: Int!, $filter: CaseFilter) {\n  caseTicker(first: $first, filter: $filter) {\n    receivedAt\n    category {\n      code\n    }\n    township {\n      code\n    }\n    village {\n      code\n      name\n    }\n  }\n}': typeof types.WallTickerDocument;
  'query WallVillages($filter: CaseFilter!) {\n  caseStats(filter: $filter, groupBy: [VILLAGE]) {\n    townshipCode\n    villageCode\n    count\n    suppressed\n  }\n}': typeof types.WallVillagesDocument;
  'subscription WarningNotices {\n  earlyWarningRaised {\n    at\n    level\n    scope\n    month\n    provisional\n    township {\n      code\n      name\n    }\n    village {\n      code\n      name\n    }\n    category {\n      code\n      nameZh\n      nameEn\n    }\n  }\n}': typeof types.WarningNoticesDocument;
};
const documents: Documents = {
  'mutation AcceptCase($id: ID!, $version: Int!) {\n  acceptCase(id: $id, version: $version) {\n    ...CaseDetailFields\n  }\n}':
    types.AcceptCaseDocument,
  'query AdminBoundaryPack {\n  boundaryPack {\n    name\n    loadedAt\n    loadedBy\n    sha256\n    townships\n    villages\n  }\n}':
    types.AdminBoundaryPackDocument,
  'query AdminKpiTargets {\n  kpiTargets {\n    code\n    direction\n    targetPercent\n    updatedAt\n    updatedBy\n  }\n  kpiTargetChanges {\n    id\n    code\n    before\n    after\n    changedAt\n    changedBy\n  }\n}':
    types.AdminKpiTargetsDocument,
  'mutation AssignLeader($id: ID!, $version: Int!, $leaderId: Int!) {\n  assignLeader(id: $id, version: $version, leaderId: $leaderId) {\n    ...CaseDetailFields\n  }\n}':
    types.AssignLeaderDocument,
  'query Briefing($filter: CaseFilter!, $previous: CaseFilter!, $lastYear: CaseFilter!) {\n  current: kpis(filter: $filter) {\n    ...HeadlineKpisWithCompanion\n    leaderResolution {\n      numerator\n      denominator\n    }\n  }\n  previous: kpis(filter: $previous) {\n    ...HeadlineKpisWithCompanion\n  }\n  lastYear: kpis(filter: $lastYear) {\n    ...HeadlineKpisWithCompanion\n  }\n  total: caseStats(filter: $filter, groupBy: []) {\n    count\n  }\n  previousTotal: caseStats(filter: $previous, groupBy: []) {\n    count\n  }\n  lastYearTotal: caseStats(filter: $lastYear, groupBy: []) {\n    count\n  }\n  byCategory: caseStats(filter: $filter, groupBy: [CATEGORY]) {\n    categoryCode\n    count\n  }\n  byTownship: caseStats(filter: $filter, groupBy: [TOWNSHIP]) {\n    townshipCode\n    count\n  }\n  byChannel: caseStats(filter: $filter, groupBy: [CHANNEL]) {\n    channel\n    count\n  }\n  byVillage: caseStats(filter: $filter, groupBy: [VILLAGE]) {\n    villageCode\n    count\n  }\n  byVillageLastYear: caseStats(filter: $lastYear, groupBy: [VILLAGE]) {\n    villageCode\n    count\n  }\n  townships {\n    code\n    name\n    villages {\n      code\n      name\n    }\n  }\n  categories {\n    code\n    nameZh\n    nameEn\n  }\n}':
    types.BriefingDocument,
  'query BriefingLeaders($filter: CaseFilter!) {\n  leaderWorkloads(filter: $filter) {\n    instructions\n    visits {\n      kind\n      count\n    }\n  }\n}':
    types.BriefingLeadersDocument,
  'query BriefingOverdue($overdue: CaseFilter!, $first: Int!) {\n  byDay: caseStats(filter: $overdue, groupBy: [DAY]) {\n    period\n    count\n  }\n  cases(\n    filter: $overdue\n    first: $first\n    orderBy: {field: CURRENT_DUE_AT, direction: ASC}\n  ) {\n    edges {\n      node {\n        code\n        title\n      }\n    }\n  }\n}':
    types.BriefingOverdueDocument,
  'query BriefingWarnings($filter: EarlyWarningFilter!, $after: String) {\n  earlyWarningCounts(filter: $filter) {\n    red\n    yellow\n  }\n  earlyWarnings(filter: $filter, first: 200, after: $after) {\n    edges {\n      node {\n        township {\n          name\n        }\n        village {\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}':
    types.BriefingWarningsDocument,
  'query CaseByCode($code: String!) {\n  caseByCode(code: $code) {\n    id\n  }\n}': types.CaseByCodeDocument,
  'query CaseDetail($id: ID!) {\n  case(id: $id) {\n    ...CaseDetailFields\n  }\n}':
    types.CaseDetailDocument,
  'fragment CaseDetailFields on Case {\n  ...CaseListFields\n  summary\n  version\n  headcount\n  forwardedAt\n  acceptedAt\n  declinedAt\n  dueAt\n  leadershipDueAt\n  extendedTo\n  extensionDays\n  handlingDays\n  pausedDays\n  hearingStartedAt\n  repliedAt\n  deliveredAt\n  closedAt\n  ratedAt\n  reviewRequestedAt\n  reviewChanged\n  reviewDeliveredAt\n  rereviewRequestedAt\n  reopenedAt\n  reopenCount\n  outcome\n  satisfaction\n  delayReason\n  allowedSteps\n  leader {\n    title\n  }\n  unit {\n    id\n    name\n  }\n  repeatOf {\n    id\n    code\n  }\n  petitioners {\n    id\n    name\n    phone\n    idNumber\n    representative\n  }\n  deadlines {\n    kind\n    startAt\n    dueAt\n    doneAt\n    state\n    daysLeft\n    beyondCalendar\n  }\n  events {\n    id\n    type\n    at\n    actor\n    visitKind\n    payload\n    leader {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n  }\n}':
    types.CaseDetailFieldsFragmentDoc,
  'fragment CaseListFields on Case {\n  id\n  code\n  title\n  status\n  channel\n  matterType\n  receivedAt\n  currentDueAt\n  currentDeadline\n  collective\n  category {\n    code\n  }\n  township {\n    code\n    name\n  }\n  village {\n    code\n    name\n  }\n  leader {\n    id\n    name\n  }\n}':
    types.CaseListFieldsFragmentDoc,
  'query CaseStats($filter: CaseFilter!, $groupBy: [CaseDimension!]!) {\n  caseStats(filter: $filter, groupBy: $groupBy) {\n    period\n    categoryCode\n    townshipCode\n    villageCode\n    leaderId\n    channel\n    count\n    suppressed\n  }\n}':
    types.CaseStatsDocument,
  'query Cases($filter: CaseFilter!, $orderBy: CaseOrder, $first: Int!, $after: String) {\n  cases(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    edges {\n      cursor\n      node {\n        ...CaseListFields\n      }\n    }\n  }\n}':
    types.CasesDocument,
  'mutation CloseCase($id: ID!, $version: Int!) {\n  closeCase(id: $id, version: $version) {\n    ...CaseDetailFields\n  }\n}':
    types.CloseCaseDocument,
  'subscription DataChanged {\n  caseChanged {\n    at\n  }\n}': types.DataChangedDocument,
  'mutation DeclineCase($id: ID!, $version: Int!, $reason: String!) {\n  declineCase(id: $id, version: $version, reason: $reason) {\n    ...CaseDetailFields\n  }\n}':
    types.DeclineCaseDocument,
  'mutation DeliverReply($id: ID!, $version: Int!, $deliveredOn: LocalDate!) {\n  deliverReply(id: $id, version: $version, deliveredOn: $deliveredOn) {\n    ...CaseDetailFields\n  }\n}':
    types.DeliverReplyDocument,
  'fragment EarlyWarningFields on EarlyWarning {\n  id\n  scope\n  month\n  provisional\n  level\n  observed\n  expected\n  upperYellow\n  upperRed\n  pValue\n  trend\n  baselineYears\n  raisedAt\n  township {\n    code\n    name\n  }\n  village {\n    code\n    name\n  }\n  category {\n    code\n    nameZh\n    nameEn\n  }\n}':
    types.EarlyWarningFieldsFragmentDoc,
  'query EarlyWarnings($filter: EarlyWarningFilter, $first: Int!, $after: String, $months: Int!) {\n  earlyWarningCounts(filter: $filter) {\n    red\n    yellow\n  }\n  earlyWarnings(filter: $filter, first: $first, after: $after) {\n    edges {\n      node {\n        ...EarlyWarningFields\n        baselineMonths\n        series(months: $months) {\n          month\n          observed\n          expected\n          upperYellow\n          upperRed\n          level\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}':
    types.EarlyWarningsDocument,
  'mutation EndHearing($id: ID!, $version: Int!, $days: Int!) {\n  endHearing(id: $id, version: $version, days: $days) {\n    ...CaseDetailFields\n  }\n}':
    types.EndHearingDocument,
  'mutation ExtendDeadline($id: ID!, $version: Int!, $days: Int!, $reason: String!, $approverLeaderId: Int!) {\n  extendDeadline(\n    id: $id\n    version: $version\n    days: $days\n    reason: $reason\n    approverLeaderId: $approverLeaderId\n  ) {\n    ...CaseDetailFields\n  }\n}':
    types.ExtendDeadlineDocument,
  'mutation ForwardCase($id: ID!, $version: Int!, $unitId: Int!, $note: String) {\n  forwardCase(id: $id, version: $version, unitId: $unitId, note: $note) {\n    ...CaseDetailFields\n  }\n}':
    types.ForwardCaseDocument,
  'fragment HeadlineKpis on KpiSet {\n  timelyAcceptance {\n    ...KpiFields\n  }\n  onTimeClosure {\n    ...KpiFields\n  }\n  satisfaction {\n    ...KpiFields\n  }\n}':
    types.HeadlineKpisFragmentDoc,
  'fragment HeadlineKpisWithCompanion on KpiSet {\n  ...HeadlineKpis\n  ratingParticipation {\n    ...KpiFields\n  }\n}':
    types.HeadlineKpisWithCompanionFragmentDoc,
  'query KpiDefinitions {\n  kpiDefinitions {\n    code\n    field\n    higherIsBetter\n    companion\n    anchor\n    name {\n      zh\n      en\n    }\n    formula {\n      zh\n      en\n    }\n    numerator {\n      zh\n      en\n    }\n    denominator {\n      zh\n      en\n    }\n    excluded {\n      zh\n      en\n    }\n    anchorLabel {\n      zh\n      en\n    }\n    regulation {\n      zh\n      en\n    }\n  }\n}':
    types.KpiDefinitionsDocument,
  'fragment KpiFields on KpiValue {\n  numerator\n  denominator\n  rate\n}': types.KpiFieldsFragmentDoc,
  'query KpiTargets {\n  kpiTargets {\n    code\n    direction\n    targetPercent\n  }\n}':
    types.KpiTargetsDocument,
  'query LeaderDetail($id: ID!, $filter: CaseFilter!, $kpiFilter: CaseFilter!, $from: LocalDate, $to: LocalDate) {\n  kpis(filter: $kpiFilter) {\n    ...HeadlineKpis\n    leaderResolution {\n      ...KpiFields\n    }\n  }\n  leader(id: $id) {\n    id\n    name\n    title\n    rank\n    post\n    unit {\n      name\n    }\n    township {\n      name\n    }\n    cases(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          ...CaseListFields\n        }\n      }\n    }\n    visitDays(from: $from, to: $to) {\n      day\n      count\n    }\n    visits(from: $from, to: $to, first: 20) {\n      id\n      at\n      visitKind\n      case {\n        id\n        code\n        title\n      }\n    }\n    instructions(from: $from, to: $to, first: 50) {\n      id\n      at\n      payload\n      case {\n        id\n        code\n        title\n      }\n    }\n  }\n}':
    types.LeaderDetailDocument,
  'fragment LeaderWorkloadSummary on LeaderWorkload {\n  leader {\n    id\n    name\n    title\n  }\n  owned\n  open\n  closed\n  overdue\n  closedOnTime {\n    ...KpiFields\n  }\n}':
    types.LeaderWorkloadSummaryFragmentDoc,
  'query LeaderWorkloads($filter: CaseFilter!) {\n  leaderWorkloads(filter: $filter) {\n    ...LeaderWorkloadSummary\n    closedInTime\n    instructions\n    resolution {\n      ...KpiFields\n    }\n    visits {\n      kind\n      count\n    }\n  }\n}':
    types.LeaderWorkloadsDocument,
  'query MapAlerts($filter: EarlyWarningFilter!, $after: String) {\n  earlyWarnings(filter: $filter, first: 200, after: $after) {\n    edges {\n      node {\n        id\n        scope\n        month\n        level\n        township {\n          code\n        }\n        village {\n          code\n        }\n        category {\n          code\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}':
    types.MapAlertsDocument,
  'query MapBoundaries {\n  boundaryPack {\n    name\n    loadedAt\n    sha256\n    geojson\n  }\n}':
    types.MapBoundariesDocument,
  'query MapTownships($filter: CaseFilter!, $monthsFilter: CaseFilter!) {\n  period: caseStats(filter: $filter, groupBy: [TOWNSHIP]) {\n    townshipCode\n    count\n    suppressed\n    kpis {\n      ...HeadlineKpis\n    }\n  }\n  months: caseStats(filter: $monthsFilter, groupBy: [TOWNSHIP, MONTH]) {\n    period\n    townshipCode\n    count\n    suppressed\n    kpis {\n      ...HeadlineKpis\n    }\n  }\n}':
    types.MapTownshipsDocument,
  'query MapVillages($filter: CaseFilter!, $monthsFilter: CaseFilter!) {\n  period: caseStats(filter: $filter, groupBy: [VILLAGE]) {\n    villageCode\n    count\n    suppressed\n    kpis {\n      ...HeadlineKpis\n    }\n  }\n  months: caseStats(filter: $monthsFilter, groupBy: [VILLAGE, MONTH]) {\n    period\n    villageCode\n    count\n    suppressed\n  }\n}':
    types.MapVillagesDocument,
  'mutation MarkRepeat($id: ID!, $version: Int!, $repeatOfCode: String!) {\n  markRepeat(id: $id, version: $version, repeatOfCode: $repeatOfCode) {\n    ...CaseDetailFields\n  }\n}':
    types.MarkRepeatDocument,
  'query Overview($filter: CaseFilter!, $lastYear: CaseFilter!, $open: CaseFilter!, $today: CaseFilter!, $trend: CaseFilter!, $warningFilter: CaseFilter!, $warningsFirst: Int!, $withWarningList: Boolean!) {\n  current: kpis(filter: $filter) {\n    ...HeadlineKpisWithCompanion\n  }\n  lastYear: kpis(filter: $lastYear) {\n    ...HeadlineKpisWithCompanion\n  }\n  total: caseStats(filter: $filter, groupBy: []) {\n    count\n    suppressed\n  }\n  openNow: caseStats(filter: $open, groupBy: []) {\n    count\n    suppressed\n  }\n  newToday: caseStats(filter: $today, groupBy: []) {\n    count\n    suppressed\n  }\n  trend: caseStats(filter: $trend, groupBy: [MONTH]) {\n    period\n    count\n    suppressed\n    kpis {\n      ...HeadlineKpis\n    }\n  }\n  byCategory: caseStats(filter: $filter, groupBy: [CATEGORY]) {\n    categoryCode\n    count\n    suppressed\n  }\n  byTownship: caseStats(filter: $filter, groupBy: [TOWNSHIP]) {\n    townshipCode\n    count\n    suppressed\n    kpis {\n      ...HeadlineKpis\n    }\n  }\n  warningCounts(filter: $warningFilter) {\n    red\n    yellow\n  }\n  warnings(filter: $warningFilter, first: $warningsFirst) @include(if: $withWarningList) {\n    level\n    daysLeft\n    dueAt\n    deadlineKind\n    case {\n      id\n      code\n      title\n      township {\n        name\n      }\n      village {\n        name\n      }\n    }\n  }\n}':
    types.OverviewDocument,
  'query OverviewEarlyWarnings($filter: EarlyWarningFilter, $first: Int!) {\n  earlyWarningCounts(filter: $filter) {\n    red\n    yellow\n  }\n  earlyWarnings(filter: $filter, first: $first) {\n    edges {\n      node {\n        ...EarlyWarningFields\n      }\n    }\n  }\n}':
    types.OverviewEarlyWarningsDocument,
  'query PeriodRevisions($from: String!, $to: String!) {\n  periodRevisions(from: $from, to: $to) {\n    id\n    month\n    revisedAt\n    revisedBy\n    reason\n    kpis {\n      code\n      before {\n        ...KpiFields\n      }\n      after {\n        ...KpiFields\n      }\n    }\n  }\n}':
    types.PeriodRevisionsDocument,
  'mutation RateSatisfaction($id: ID!, $version: Int!, $satisfaction: Satisfaction!) {\n  rateSatisfaction(id: $id, version: $version, satisfaction: $satisfaction) {\n    ...CaseDetailFields\n  }\n}':
    types.RateSatisfactionDocument,
  'mutation RecordCoordination($id: ID!, $version: Int!, $parties: [String!]!, $decisions: [String!]!) {\n  recordCoordination(\n    id: $id\n    version: $version\n    parties: $parties\n    decisions: $decisions\n  ) {\n    ...CaseDetailFields\n  }\n}':
    types.RecordCoordinationDocument,
  'mutation RecordInstruction($id: ID!, $version: Int!, $leaderId: Int!, $text: String!) {\n  recordInstruction(id: $id, version: $version, leaderId: $leaderId, text: $text) {\n    ...CaseDetailFields\n  }\n}':
    types.RecordInstructionDocument,
  'mutation RecordVisit($id: ID!, $version: Int!, $kind: VisitKind!, $leaderId: Int!, $note: String) {\n  recordVisit(\n    id: $id\n    version: $version\n    kind: $kind\n    leaderId: $leaderId\n    note: $note\n  ) {\n    ...CaseDetailFields\n  }\n}':
    types.RecordVisitDocument,
  'query Reference {\n  townships {\n    code\n    name\n    kind\n    villages {\n      code\n      name\n      townshipCode\n      population\n    }\n  }\n  categories {\n    code\n    nameZh\n    nameEn\n    sortOrder\n  }\n  leaders {\n    id\n    name\n    title\n    rank\n  }\n  units {\n    id\n    name\n  }\n}':
    types.ReferenceDocument,
  'mutation RemoveBoundaryPack {\n  removeBoundaryPack\n}': types.RemoveBoundaryPackDocument,
  'mutation ReopenCase($id: ID!, $version: Int!, $reason: String!) {\n  reopenCase(id: $id, version: $version, reason: $reason) {\n    ...CaseDetailFields\n  }\n}':
    types.ReopenCaseDocument,
  'mutation ReplyCase($id: ID!, $version: Int!, $outcome: Outcome!, $text: String!, $changed: Boolean) {\n  replyCase(\n    id: $id\n    version: $version\n    outcome: $outcome\n    text: $text\n    changed: $changed\n  ) {\n    ...CaseDetailFields\n  }\n}':
    types.ReplyCaseDocument,
  'mutation RequestRereview($id: ID!, $version: Int!, $reason: String!) {\n  requestRereview(id: $id, version: $version, reason: $reason) {\n    ...CaseDetailFields\n  }\n}':
    types.RequestRereviewDocument,
  'mutation RequestReview($id: ID!, $version: Int!, $reason: String!) {\n  requestReview(id: $id, version: $version, reason: $reason) {\n    ...CaseDetailFields\n  }\n}':
    types.RequestReviewDocument,
  'mutation SetDeadline($id: ID!, $version: Int!, $days: Int!, $leaderId: Int) {\n  setDeadline(id: $id, version: $version, days: $days, leaderId: $leaderId) {\n    ...CaseDetailFields\n  }\n}':
    types.SetDeadlineDocument,
  'mutation SetKpiTarget($kpi: KpiCode!, $targetPercent: Float) {\n  setKpiTarget(kpi: $kpi, targetPercent: $targetPercent) {\n    code\n    direction\n    targetPercent\n    updatedAt\n    updatedBy\n  }\n}':
    types.SetKpiTargetDocument,
  'mutation StartHearing($id: ID!, $version: Int!, $note: String) {\n  startHearing(id: $id, version: $version, note: $note) {\n    ...CaseDetailFields\n  }\n}':
    types.StartHearingDocument,
  'mutation SuperviseCase($id: ID!, $version: Int!, $note: String!, $leaderId: Int, $unitId: Int) {\n  superviseCase(\n    id: $id\n    version: $version\n    note: $note\n    leaderId: $leaderId\n    unitId: $unitId\n  ) {\n    ...CaseDetailFields\n  }\n}':
    types.SuperviseCaseDocument,
  'query VillageTotals($filter: CaseFilter!) {\n  caseStats(filter: $filter, groupBy: [VILLAGE]) {\n    villageCode\n    count\n    suppressed\n    kpis {\n      ...HeadlineKpis\n    }\n  }\n}':
    types.VillageTotalsDocument,
  'query WallBoundaries {\n  boundaryPack {\n    sha256\n    geojson\n  }\n}': types.WallBoundariesDocument,
  'subscription WallCaseChanged {\n  caseChanged {\n    at\n    event\n    township {\n      code\n    }\n  }\n}':
    types.WallCaseChangedDocument,
  'subscription WallEarlyWarningRaised {\n  earlyWarningRaised {\n    at\n    level\n    month\n    provisional\n    township {\n      code\n    }\n    category {\n      code\n    }\n  }\n}':
    types.WallEarlyWarningRaisedDocument,
  'query WallEarlyWarnings($thisMonth: EarlyWarningFilter!, $lastMonth: EarlyWarningFilter!, $monthBefore: EarlyWarningFilter!, $recent: EarlyWarningFilter!, $first: Int!) {\n  thisMonth: earlyWarningCounts(filter: $thisMonth) {\n    red\n    yellow\n  }\n  lastMonth: earlyWarningCounts(filter: $lastMonth) {\n    red\n    yellow\n  }\n  monthBefore: earlyWarningCounts(filter: $monthBefore) {\n    red\n    yellow\n  }\n  earlyWarnings(filter: $recent, first: $first) {\n    edges {\n      node {\n        id\n        month\n        provisional\n        level\n        township {\n          code\n        }\n        category {\n          code\n        }\n      }\n    }\n  }\n}':
    types.WallEarlyWarningsDocument,
  'query WallLeaders($filter: CaseFilter!) {\n  leaderWorkloads(filter: $filter) {\n    ...LeaderWorkloadSummary\n  }\n}':
    types.WallLeadersDocument,
  'query WallOverview($ytd: CaseFilter!, $lastYear: CaseFilter!, $today: CaseFilter!, $month: CaseFilter!, $trend: CaseFilter!, $open: CaseFilter!) {\n  current: kpis(filter: $ytd) {\n    ...HeadlineKpisWithCompanion\n  }\n  previous: kpis(filter: $lastYear) {\n    ...HeadlineKpis\n  }\n  newToday: caseStats(filter: $today, groupBy: []) {\n    count\n    suppressed\n  }\n  newMonth: caseStats(filter: $month, groupBy: []) {\n    count\n    suppressed\n  }\n  byCategory: caseStats(filter: $ytd, groupBy: [CATEGORY]) {\n    categoryCode\n    count\n    suppressed\n  }\n  byTownship: caseStats(filter: $ytd, groupBy: [TOWNSHIP]) {\n    townshipCode\n    count\n    suppressed\n  }\n  trend: caseStats(filter: $trend, groupBy: [MONTH]) {\n    period\n    count\n    suppressed\n  }\n  warningCounts(filter: $open) {\n    red\n    yellow\n  }\n  kpiTargets {\n    code\n    direction\n    targetPercent\n  }\n}':
    types.WallOverviewDocument,
  'query WallReference {\n  townships {\n    code\n    name\n    villages {\n      code\n      name\n    }\n  }\n  categories {\n    code\n    nameZh\n    nameEn\n    sortOrder\n  }\n}':
    types.WallReferenceDocument,
  'query WallTicker($first: Int!, $filter: CaseFilter) {\n  caseTicker(first: $first, filter: $filter) {\n    receivedAt\n    category {\n      code\n    }\n    township {\n      code\n    }\n    village {\n      code\n      name\n    }\n  }\n}':
    types.WallTickerDocument,
  'query WallVillages($filter: CaseFilter!) {\n  caseStats(filter: $filter, groupBy: [VILLAGE]) {\n    townshipCode\n    villageCode\n    count\n    suppressed\n  }\n}':
    types.WallVillagesDocument,
  'subscription WarningNotices {\n  earlyWarningRaised {\n    at\n    level\n    scope\n    month\n    provisional\n    township {\n      code\n      name\n    }\n    village {\n      code\n      name\n    }\n    category {\n      code\n      nameZh\n      nameEn\n    }\n  }\n}':
    types.WarningNoticesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AcceptCase($id: ID!, $version: Int!) {\n  acceptCase(id: $id, version: $version) {\n    ...CaseDetailFields\n  }\n}',
): (typeof documents)['mutation AcceptCase($id: ID!, $version: Int!) {\n  acceptCase(id: $id, version: $version) {\n    ...CaseDetailFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AdminBoundaryPack {\n  boundaryPack {\n    name\n    loadedAt\n    loadedBy\n    sha256\n    townships\n    villages\n  }\n}',
): (typeof documents)['query AdminBoundaryPack {\n  boundaryPack {\n    name\n    loadedAt\n    loadedBy\n    sha256\n    townships\n    villages\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AdminKpiTargets {\n  kpiTargets {\n    code\n    direction\n    targetPercent\n    updatedAt\n    updatedBy\n  }\n  kpiTargetChanges {\n    id\n    code\n    before\n    after\n    changedAt\n    changedBy\n  }\n}',
): (typeof documents)['query AdminKpiTargets {\n  kpiTargets {\n    code\n    direction\n    targetPercent\n    updatedAt\n    updatedBy\n  }\n  kpiTargetChanges {\n    id\n    code\n    before\n    after\n    changedAt\n    changedBy\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AssignLeader($id: ID!, $version: Int!, $leaderId: Int!) {\n  assignLeader(id: $id, version: $version, leaderId: $leaderId) {\n    ...CaseDetailFields\n  }\n}',
): (typeof documents)['mutation AssignLeader($id: ID!, $version: Int!, $leaderId: Int!) {\n  assignLeader(id: $id, version: $version, leaderId: $leaderId) {\n    ...CaseDetailFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Briefing($filter: CaseFilter!, $previous: CaseFilter!, $lastYear: CaseFilter!) {\n  current: kpis(filter: $filter) {\n    ...HeadlineKpisWithCompanion\n    leaderResolution {\n      numerator\n      denominator\n    }\n  }\n  previous: kpis(filter: $previous) {\n    ...HeadlineKpisWithCompanion\n  }\n  lastYear: kpis(filter: $lastYear) {\n    ...HeadlineKpisWithCompanion\n  }\n  total: caseStats(filter: $filter, groupBy: []) {\n    count\n  }\n  previousTotal: caseStats(filter: $previous, groupBy: []) {\n    count\n  }\n  lastYearTotal: caseStats(filter: $lastYear, groupBy: []) {\n    count\n  }\n  byCategory: caseStats(filter: $filter, groupBy: [CATEGORY]) {\n    categoryCode\n    count\n  }\n  byTownship: caseStats(filter: $filter, groupBy: [TOWNSHIP]) {\n    townshipCode\n    count\n  }\n  byChannel: caseStats(filter: $filter, groupBy: [CHANNEL]) {\n    channel\n    count\n  }\n  byVillage: caseStats(filter: $filter, groupBy: [VILLAGE]) {\n    villageCode\n    count\n  }\n  byVillageLastYear: caseStats(filter: $lastYear, groupBy: [VILLAGE]) {\n    villageCode\n    count\n  }\n  townships {\n    code\n    name\n    villages {\n      code\n      name\n    }\n  }\n  categories {\n    code\n    nameZh\n    nameEn\n  }\n}',
): (typeof documents)['query Briefing($filter: CaseFilter!, $previous: CaseFilter!, $lastYear: CaseFilter!) {\n  current: kpis(filter: $filter) {\n    ...HeadlineKpisWithCompanion\n    leaderResolution {\n      numerator\n      denominator\n    }\n  }\n  previous: kpis(filter: $previous) {\n    ...HeadlineKpisWithCompanion\n  }\n  lastYear: kpis(filter: $lastYear) {\n    ...HeadlineKpisWithCompanion\n  }\n  total: caseStats(filter: $filter, groupBy: []) {\n    count\n  }\n  previousTotal: caseStats(filter: $previous, groupBy: []) {\n    count\n  }\n  lastYearTotal: caseStats(filter: $lastYear, groupBy: []) {\n    count\n  }\n  byCategory: caseStats(filter: $filter, groupBy: [CATEGORY]) {\n    categoryCode\n    count\n  }\n  byTownship: caseStats(filter: $filter, groupBy: [TOWNSHIP]) {\n    townshipCode\n    count\n  }\n  byChannel: caseStats(filter: $filter, groupBy: [CHANNEL]) {\n    channel\n    count\n  }\n  byVillage: caseStats(filter: $filter, groupBy: [VILLAGE]) {\n    villageCode\n    count\n  }\n  byVillageLastYear: caseStats(filter: $lastYear, groupBy: [VILLAGE]) {\n    villageCode\n    count\n  }\n  townships {\n    code\n    name\n    villages {\n      code\n      name\n    }\n  }\n  categories {\n    code\n    nameZh\n    nameEn\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query BriefingLeaders($filter: CaseFilter!) {\n  leaderWorkloads(filter: $filter) {\n    instructions\n    visits {\n      kind\n      count\n    }\n  }\n}',
): (typeof documents)['query BriefingLeaders($filter: CaseFilter!) {\n  leaderWorkloads(filter: $filter) {\n    instructions\n    visits {\n      kind\n      count\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query BriefingOverdue($overdue: CaseFilter!, $first: Int!) {\n  byDay: caseStats(filter: $overdue, groupBy: [DAY]) {\n    period\n    count\n  }\n  cases(\n    filter: $overdue\n    first: $first\n    orderBy: {field: CURRENT_DUE_AT, direction: ASC}\n  ) {\n    edges {\n      node {\n        code\n        title\n      }\n    }\n  }\n}',
): (typeof documents)['query BriefingOverdue($overdue: CaseFilter!, $first: Int!) {\n  byDay: caseStats(filter: $overdue, groupBy: [DAY]) {\n    period\n    count\n  }\n  cases(\n    filter: $overdue\n    first: $first\n    orderBy: {field: CURRENT_DUE_AT, direction: ASC}\n  ) {\n    edges {\n      node {\n        code\n        title\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query BriefingWarnings($filter: EarlyWarningFilter!, $after: String) {\n  earlyWarningCounts(filter: $filter) {\n    red\n    yellow\n  }\n  earlyWarnings(filter: $filter, first: 200, after: $after) {\n    edges {\n      node {\n        township {\n          name\n        }\n        village {\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}',
): (typeof documents)['query BriefingWarnings($filter: EarlyWarningFilter!, $after: String) {\n  earlyWarningCounts(filter: $filter) {\n    red\n    yellow\n  }\n  earlyWarnings(filter: $filter, first: 200, after: $after) {\n    edges {\n      node {\n        township {\n          name\n        }\n        village {\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query CaseByCode($code: String!) {\n  caseByCode(code: $code) {\n    id\n  }\n}',
): (typeof documents)['query CaseByCode($code: String!) {\n  caseByCode(code: $code) {\n    id\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query CaseDetail($id: ID!) {\n  case(id: $id) {\n    ...CaseDetailFields\n  }\n}',
): (typeof documents)['query CaseDetail($id: ID!) {\n  case(id: $id) {\n    ...CaseDetailFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment CaseDetailFields on Case {\n  ...CaseListFields\n  summary\n  version\n  headcount\n  forwardedAt\n  acceptedAt\n  declinedAt\n  dueAt\n  leadershipDueAt\n  extendedTo\n  extensionDays\n  handlingDays\n  pausedDays\n  hearingStartedAt\n  repliedAt\n  deliveredAt\n  closedAt\n  ratedAt\n  reviewRequestedAt\n  reviewChanged\n  reviewDeliveredAt\n  rereviewRequestedAt\n  reopenedAt\n  reopenCount\n  outcome\n  satisfaction\n  delayReason\n  allowedSteps\n  leader {\n    title\n  }\n  unit {\n    id\n    name\n  }\n  repeatOf {\n    id\n    code\n  }\n  petitioners {\n    id\n    name\n    phone\n    idNumber\n    representative\n  }\n  deadlines {\n    kind\n    startAt\n    dueAt\n    doneAt\n    state\n    daysLeft\n    beyondCalendar\n  }\n  events {\n    id\n    type\n    at\n    actor\n    visitKind\n    payload\n    leader {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n  }\n}',
): (typeof documents)['fragment CaseDetailFields on Case {\n  ...CaseListFields\n  summary\n  version\n  headcount\n  forwardedAt\n  acceptedAt\n  declinedAt\n  dueAt\n  leadershipDueAt\n  extendedTo\n  extensionDays\n  handlingDays\n  pausedDays\n  hearingStartedAt\n  repliedAt\n  deliveredAt\n  closedAt\n  ratedAt\n  reviewRequestedAt\n  reviewChanged\n  reviewDeliveredAt\n  rereviewRequestedAt\n  reopenedAt\n  reopenCount\n  outcome\n  satisfaction\n  delayReason\n  allowedSteps\n  leader {\n    title\n  }\n  unit {\n    id\n    name\n  }\n  repeatOf {\n    id\n    code\n  }\n  petitioners {\n    id\n    name\n    phone\n    idNumber\n    representative\n  }\n  deadlines {\n    kind\n    startAt\n    dueAt\n    doneAt\n    state\n    daysLeft\n    beyondCalendar\n  }\n  events {\n    id\n    type\n    at\n    actor\n    visitKind\n    payload\n    leader {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment CaseListFields on Case {\n  id\n  code\n  title\n  status\n  channel\n  matterType\n  receivedAt\n  currentDueAt\n  currentDeadline\n  collective\n  category {\n    code\n  }\n  township {\n    code\n    name\n  }\n  village {\n    code\n    name\n  }\n  leader {\n    id\n    name\n  }\n}',
): (typeof documents)['fragment CaseListFields on Case {\n  id\n  code\n  title\n  status\n  channel\n  matterType\n  receivedAt\n  currentDueAt\n  currentDeadline\n  collective\n  category {\n    code\n  }\n  township {\n    code\n    name\n  }\n  village {\n    code\n    name\n  }\n  leader {\n    id\n    name\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query CaseStats($filter: CaseFilter!, $groupBy: [CaseDimension!]!) {\n  caseStats(filter: $filter, groupBy: $groupBy) {\n    period\n    categoryCode\n    townshipCode\n    villageCode\n    leaderId\n    channel\n    count\n    suppressed\n  }\n}',
): (typeof documents)['query CaseStats($filter: CaseFilter!, $groupBy: [CaseDimension!]!) {\n  caseStats(filter: $filter, groupBy: $groupBy) {\n    period\n    categoryCode\n    townshipCode\n    villageCode\n    leaderId\n    channel\n    count\n    suppressed\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Cases($filter: CaseFilter!, $orderBy: CaseOrder, $first: Int!, $after: String) {\n  cases(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    edges {\n      cursor\n      node {\n        ...CaseListFields\n      }\n    }\n  }\n}',
): (typeof documents)['query Cases($filter: CaseFilter!, $orderBy: CaseOrder, $first: Int!, $after: String) {\n  cases(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    edges {\n      cursor\n      node {\n        ...CaseListFields\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation CloseCase($id: ID!, $version: Int!) {\n  closeCase(id: $id, version: $version) {\n    ...CaseDetailFields\n  }\n}',
): (typeof documents)['mutation CloseCase($id: ID!, $version: Int!) {\n  closeCase(id: $id, version: $version) {\n    ...CaseDetailFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'subscription DataChanged {\n  caseChanged {\n    at\n  }\n}',
): (typeof documents)['subscription DataChanged {\n  caseChanged {\n    at\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation DeclineCase($id: ID!, $version: Int!, $reason: String!) {\n  declineCase(id: $id, version: $version, reason: $reason) {\n    ...CaseDetailFields\n  }\n}',
): (typeof documents)['mutation DeclineCase($id: ID!, $version: Int!, $reason: String!) {\n  declineCase(id: $id, version: $version, reason: $reason) {\n    ...CaseDetailFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation DeliverReply($id: ID!, $version: Int!, $deliveredOn: LocalDate!) {\n  deliverReply(id: $id, version: $version, deliveredOn: $deliveredOn) {\n    ...CaseDetailFields\n  }\n}',
): (typeof documents)['mutation DeliverReply($id: ID!, $version: Int!, $deliveredOn: LocalDate!) {\n  deliverReply(id: $id, version: $version, deliveredOn: $deliveredOn) {\n    ...CaseDetailFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment EarlyWarningFields on EarlyWarning {\n  id\n  scope\n  month\n  provisional\n  level\n  observed\n  expected\n  upperYellow\n  upperRed\n  pValue\n  trend\n  baselineYears\n  raisedAt\n  township {\n    code\n    name\n  }\n  village {\n    code\n    name\n  }\n  category {\n    code\n    nameZh\n    nameEn\n  }\n}',
): (typeof documents)['fragment EarlyWarningFields on EarlyWarning {\n  id\n  scope\n  month\n  provisional\n  level\n  observed\n  expected\n  upperYellow\n  upperRed\n  pValue\n  trend\n  baselineYears\n  raisedAt\n  township {\n    code\n    name\n  }\n  village {\n    code\n    name\n  }\n  category {\n    code\n    nameZh\n    nameEn\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query EarlyWarnings($filter: EarlyWarningFilter, $first: Int!, $after: String, $months: Int!) {\n  earlyWarningCounts(filter: $filter) {\n    red\n    yellow\n  }\n  earlyWarnings(filter: $filter, first: $first, after: $after) {\n    edges {\n      node {\n        ...EarlyWarningFields\n        baselineMonths\n        series(months: $months) {\n          month\n          observed\n          expected\n          upperYellow\n          upperRed\n          level\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}',
): (typeof documents)['query EarlyWarnings($filter: EarlyWarningFilter, $first: Int!, $after: String, $months: Int!) {\n  earlyWarningCounts(filter: $filter) {\n    red\n    yellow\n  }\n  earlyWarnings(filter: $filter, first: $first, after: $after) {\n    edges {\n      node {\n        ...EarlyWarningFields\n        baselineMonths\n        series(months: $months) {\n          month\n          observed\n          expected\n          upperYellow\n          upperRed\n          level\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation EndHearing($id: ID!, $version: Int!, $days: Int!) {\n  endHearing(id: $id, version: $version, days: $days) {\n    ...CaseDetailFields\n  }\n}',
): (typeof documents)['mutation EndHearing($id: ID!, $version: Int!, $days: Int!) {\n  endHearing(id: $id, version: $version, days: $days) {\n    ...CaseDetailFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ExtendDeadline($id: ID!, $version: Int!, $days: Int!, $reason: String!, $approverLeaderId: Int!) {\n  extendDeadline(\n    id: $id\n    version: $version\n    days: $days\n    reason: $reason\n    approverLeaderId: $approverLeaderId\n  ) {\n    ...CaseDetailFields\n  }\n}',
): (typeof documents)['mutation ExtendDeadline($id: ID!, $version: Int!, $days: Int!, $reason: String!, $approverLeaderId: Int!) {\n  extendDeadline(\n    id: $id\n    version: $version\n    days: $days\n    reason: $reason\n    approverLeaderId: $approverLeaderId\n  ) {\n    ...CaseDetailFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ForwardCase($id: ID!, $version: Int!, $unitId: Int!, $note: String) {\n  forwardCase(id: $id, version: $version, unitId: $unitId, note: $note) {\n    ...CaseDetailFields\n  }\n}',
): (typeof documents)['mutation ForwardCase($id: ID!, $version: Int!, $unitId: Int!, $note: String) {\n  forwardCase(id: $id, version: $version, unitId: $unitId, note: $note) {\n    ...CaseDetailFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment HeadlineKpis on KpiSet {\n  timelyAcceptance {\n    ...KpiFields\n  }\n  onTimeClosure {\n    ...KpiFields\n  }\n  satisfaction {\n    ...KpiFields\n  }\n}',
): (typeof documents)['fragment HeadlineKpis on KpiSet {\n  timelyAcceptance {\n    ...KpiFields\n  }\n  onTimeClosure {\n    ...KpiFields\n  }\n  satisfaction {\n    ...KpiFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment HeadlineKpisWithCompanion on KpiSet {\n  ...HeadlineKpis\n  ratingParticipation {\n    ...KpiFields\n  }\n}',
): (typeof documents)['fragment HeadlineKpisWithCompanion on KpiSet {\n  ...HeadlineKpis\n  ratingParticipation {\n    ...KpiFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query KpiDefinitions {\n  kpiDefinitions {\n    code\n    field\n    higherIsBetter\n    companion\n    anchor\n    name {\n      zh\n      en\n    }\n    formula {\n      zh\n      en\n    }\n    numerator {\n      zh\n      en\n    }\n    denominator {\n      zh\n      en\n    }\n    excluded {\n      zh\n      en\n    }\n    anchorLabel {\n      zh\n      en\n    }\n    regulation {\n      zh\n      en\n    }\n  }\n}',
): (typeof documents)['query KpiDefinitions {\n  kpiDefinitions {\n    code\n    field\n    higherIsBetter\n    companion\n    anchor\n    name {\n      zh\n      en\n    }\n    formula {\n      zh\n      en\n    }\n    numerator {\n      zh\n      en\n    }\n    denominator {\n      zh\n      en\n    }\n    excluded {\n      zh\n      en\n    }\n    anchorLabel {\n      zh\n      en\n    }\n    regulation {\n      zh\n      en\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment KpiFields on KpiValue {\n  numerator\n  denominator\n  rate\n}',
): (typeof documents)['fragment KpiFields on KpiValue {\n  numerator\n  denominator\n  rate\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query KpiTargets {\n  kpiTargets {\n    code\n    direction\n    targetPercent\n  }\n}',
): (typeof documents)['query KpiTargets {\n  kpiTargets {\n    code\n    direction\n    targetPercent\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query LeaderDetail($id: ID!, $filter: CaseFilter!, $kpiFilter: CaseFilter!, $from: LocalDate, $to: LocalDate) {\n  kpis(filter: $kpiFilter) {\n    ...HeadlineKpis\n    leaderResolution {\n      ...KpiFields\n    }\n  }\n  leader(id: $id) {\n    id\n    name\n    title\n    rank\n    post\n    unit {\n      name\n    }\n    township {\n      name\n    }\n    cases(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          ...CaseListFields\n        }\n      }\n    }\n    visitDays(from: $from, to: $to) {\n      day\n      count\n    }\n    visits(from: $from, to: $to, first: 20) {\n      id\n      at\n      visitKind\n      case {\n        id\n        code\n        title\n      }\n    }\n    instructions(from: $from, to: $to, first: 50) {\n      id\n      at\n      payload\n      case {\n        id\n        code\n        title\n      }\n    }\n  }\n}',
): (typeof documents)['query LeaderDetail($id: ID!, $filter: CaseFilter!, $kpiFilter: CaseFilter!, $from: LocalDate, $to: LocalDate) {\n  kpis(filter: $kpiFilter) {\n    ...HeadlineKpis\n    leaderResolution {\n      ...KpiFields\n    }\n  }\n  leader(id: $id) {\n    id\n    name\n    title\n    rank\n    post\n    unit {\n      name\n    }\n    township {\n      name\n    }\n    cases(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          ...CaseListFields\n        }\n      }\n    }\n    visitDays(from: $from, to: $to) {\n      day\n      count\n    }\n    visits(from: $from, to: $to, first: 20) {\n      id\n      at\n      visitKind\n      case {\n        id\n        code\n        title\n      }\n    }\n    instructions(from: $from, to: $to, first: 50) {\n      id\n      at\n      payload\n      case {\n        id\n        code\n        title\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment LeaderWorkloadSummary on LeaderWorkload {\n  leader {\n    id\n    name\n    title\n  }\n  owned\n  open\n  closed\n  overdue\n  closedOnTime {\n    ...KpiFields\n  }\n}',
): (typeof documents)['fragment LeaderWorkloadSummary on LeaderWorkload {\n  leader {\n    id\n    name\n    title\n  }\n  owned\n  open\n  closed\n  overdue\n  closedOnTime {\n    ...KpiFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query LeaderWorkloads($filter: CaseFilter!) {\n  leaderWorkloads(filter: $filter) {\n    ...LeaderWorkloadSummary\n    closedInTime\n    instructions\n    resolution {\n      ...KpiFields\n    }\n    visits {\n      kind\n      count\n    }\n  }\n}',
): (typeof documents)['query LeaderWorkloads($filter: CaseFilter!) {\n  leaderWorkloads(filter: $filter) {\n    ...LeaderWorkloadSummary\n    closedInTime\n    instructions\n    resolution {\n      ...KpiFields\n    }\n    visits {\n      kind\n      count\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query MapAlerts($filter: EarlyWarningFilter!, $after: String) {\n  earlyWarnings(filter: $filter, first: 200, after: $after) {\n    edges {\n      node {\n        id\n        scope\n        month\n        level\n        township {\n          code\n        }\n        village {\n          code\n        }\n        category {\n          code\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}',
): (typeof documents)['query MapAlerts($filter: EarlyWarningFilter!, $after: String) {\n  earlyWarnings(filter: $filter, first: 200, after: $after) {\n    edges {\n      node {\n        id\n        scope\n        month\n        level\n        township {\n          code\n        }\n        village {\n          code\n        }\n        category {\n          code\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query MapBoundaries {\n  boundaryPack {\n    name\n    loadedAt\n    sha256\n    geojson\n  }\n}',
): (typeof documents)['query MapBoundaries {\n  boundaryPack {\n    name\n    loadedAt\n    sha256\n    geojson\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query MapTownships($filter: CaseFilter!, $monthsFilter: CaseFilter!) {\n  period: caseStats(filter: $filter, groupBy: [TOWNSHIP]) {\n    townshipCode\n    count\n    suppressed\n    kpis {\n      ...HeadlineKpis\n    }\n  }\n  months: caseStats(filter: $monthsFilter, groupBy: [TOWNSHIP, MONTH]) {\n    period\n    townshipCode\n    count\n    suppressed\n    kpis {\n      ...HeadlineKpis\n    }\n  }\n}',
): (typeof documents)['query MapTownships($filter: CaseFilter!, $monthsFilter: CaseFilter!) {\n  period: caseStats(filter: $filter, groupBy: [TOWNSHIP]) {\n    townshipCode\n    count\n    suppressed\n    kpis {\n      ...HeadlineKpis\n    }\n  }\n  months: caseStats(filter: $monthsFilter, groupBy: [TOWNSHIP, MONTH]) {\n    period\n    townshipCode\n    count\n    suppressed\n    kpis {\n      ...HeadlineKpis\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query MapVillages($filter: CaseFilter!, $monthsFilter: CaseFilter!) {\n  period: caseStats(filter: $filter, groupBy: [VILLAGE]) {\n    villageCode\n    count\n    suppressed\n    kpis {\n      ...HeadlineKpis\n    }\n  }\n  months: caseStats(filter: $monthsFilter, groupBy: [VILLAGE, MONTH]) {\n    period\n    villageCode\n    count\n    suppressed\n  }\n}',
): (typeof documents)['query MapVillages($filter: CaseFilter!, $monthsFilter: CaseFilter!) {\n  period: caseStats(filter: $filter, groupBy: [VILLAGE]) {\n    villageCode\n    count\n    suppressed\n    kpis {\n      ...HeadlineKpis\n    }\n  }\n  months: caseStats(filter: $monthsFilter, groupBy: [VILLAGE, MONTH]) {\n    period\n    villageCode\n    count\n    suppressed\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation MarkRepeat($id: ID!, $version: Int!, $repeatOfCode: String!) {\n  markRepeat(id: $id, version: $version, repeatOfCode: $repeatOfCode) {\n    ...CaseDetailFields\n  }\n}',
): (typeof documents)['mutation MarkRepeat($id: ID!, $version: Int!, $repeatOfCode: String!) {\n  markRepeat(id: $id, version: $version, repeatOfCode: $repeatOfCode) {\n    ...CaseDetailFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Overview($filter: CaseFilter!, $lastYear: CaseFilter!, $open: CaseFilter!, $today: CaseFilter!, $trend: CaseFilter!, $warningFilter: CaseFilter!, $warningsFirst: Int!, $withWarningList: Boolean!) {\n  current: kpis(filter: $filter) {\n    ...HeadlineKpisWithCompanion\n  }\n  lastYear: kpis(filter: $lastYear) {\n    ...HeadlineKpisWithCompanion\n  }\n  total: caseStats(filter: $filter, groupBy: []) {\n    count\n    suppressed\n  }\n  openNow: caseStats(filter: $open, groupBy: []) {\n    count\n    suppressed\n  }\n  newToday: caseStats(filter: $today, groupBy: []) {\n    count\n    suppressed\n  }\n  trend: caseStats(filter: $trend, groupBy: [MONTH]) {\n    period\n    count\n    suppressed\n    kpis {\n      ...HeadlineKpis\n    }\n  }\n  byCategory: caseStats(filter: $filter, groupBy: [CATEGORY]) {\n    categoryCode\n    count\n    suppressed\n  }\n  byTownship: caseStats(filter: $filter, groupBy: [TOWNSHIP]) {\n    townshipCode\n    count\n    suppressed\n    kpis {\n      ...HeadlineKpis\n    }\n  }\n  warningCounts(filter: $warningFilter) {\n    red\n    yellow\n  }\n  warnings(filter: $warningFilter, first: $warningsFirst) @include(if: $withWarningList) {\n    level\n    daysLeft\n    dueAt\n    deadlineKind\n    case {\n      id\n      code\n      title\n      township {\n        name\n      }\n      village {\n        name\n      }\n    }\n  }\n}',
): (typeof documents)['query Overview($filter: CaseFilter!, $lastYear: CaseFilter!, $open: CaseFilter!, $today: CaseFilter!, $trend: CaseFilter!, $warningFilter: CaseFilter!, $warningsFirst: Int!, $withWarningList: Boolean!) {\n  current: kpis(filter: $filter) {\n    ...HeadlineKpisWithCompanion\n  }\n  lastYear: kpis(filter: $lastYear) {\n    ...HeadlineKpisWithCompanion\n  }\n  total: caseStats(filter: $filter, groupBy: []) {\n    count\n    suppressed\n  }\n  openNow: caseStats(filter: $open, groupBy: []) {\n    count\n    suppressed\n  }\n  newToday: caseStats(filter: $today, groupBy: []) {\n    count\n    suppressed\n  }\n  trend: caseStats(filter: $trend, groupBy: [MONTH]) {\n    period\n    count\n    suppressed\n    kpis {\n      ...HeadlineKpis\n    }\n  }\n  byCategory: caseStats(filter: $filter, groupBy: [CATEGORY]) {\n    categoryCode\n    count\n    suppressed\n  }\n  byTownship: caseStats(filter: $filter, groupBy: [TOWNSHIP]) {\n    townshipCode\n    count\n    suppressed\n    kpis {\n      ...HeadlineKpis\n    }\n  }\n  warningCounts(filter: $warningFilter) {\n    red\n    yellow\n  }\n  warnings(filter: $warningFilter, first: $warningsFirst) @include(if: $withWarningList) {\n    level\n    daysLeft\n    dueAt\n    deadlineKind\n    case {\n      id\n      code\n      title\n      township {\n        name\n      }\n      village {\n        name\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query OverviewEarlyWarnings($filter: EarlyWarningFilter, $first: Int!) {\n  earlyWarningCounts(filter: $filter) {\n    red\n    yellow\n  }\n  earlyWarnings(filter: $filter, first: $first) {\n    edges {\n      node {\n        ...EarlyWarningFields\n      }\n    }\n  }\n}',
): (typeof documents)['query OverviewEarlyWarnings($filter: EarlyWarningFilter, $first: Int!) {\n  earlyWarningCounts(filter: $filter) {\n    red\n    yellow\n  }\n  earlyWarnings(filter: $filter, first: $first) {\n    edges {\n      node {\n        ...EarlyWarningFields\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query PeriodRevisions($from: String!, $to: String!) {\n  periodRevisions(from: $from, to: $to) {\n    id\n    month\n    revisedAt\n    revisedBy\n    reason\n    kpis {\n      code\n      before {\n        ...KpiFields\n      }\n      after {\n        ...KpiFields\n      }\n    }\n  }\n}',
): (typeof documents)['query PeriodRevisions($from: String!, $to: String!) {\n  periodRevisions(from: $from, to: $to) {\n    id\n    month\n    revisedAt\n    revisedBy\n    reason\n    kpis {\n      code\n      before {\n        ...KpiFields\n      }\n      after {\n        ...KpiFields\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RateSatisfaction($id: ID!, $version: Int!, $satisfaction: Satisfaction!) {\n  rateSatisfaction(id: $id, version: $version, satisfaction: $satisfaction) {\n    ...CaseDetailFields\n  }\n}',
): (typeof documents)['mutation RateSatisfaction($id: ID!, $version: Int!, $satisfaction: Satisfaction!) {\n  rateSatisfaction(id: $id, version: $version, satisfaction: $satisfaction) {\n    ...CaseDetailFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RecordCoordination($id: ID!, $version: Int!, $parties: [String!]!, $decisions: [String!]!) {\n  recordCoordination(\n    id: $id\n    version: $version\n    parties: $parties\n    decisions: $decisions\n  ) {\n    ...CaseDetailFields\n  }\n}',
): (typeof documents)['mutation RecordCoordination($id: ID!, $version: Int!, $parties: [String!]!, $decisions: [String!]!) {\n  recordCoordination(\n    id: $id\n    version: $version\n    parties: $parties\n    decisions: $decisions\n  ) {\n    ...CaseDetailFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RecordInstruction($id: ID!, $version: Int!, $leaderId: Int!, $text: String!) {\n  recordInstruction(id: $id, version: $version, leaderId: $leaderId, text: $text) {\n    ...CaseDetailFields\n  }\n}',
): (typeof documents)['mutation RecordInstruction($id: ID!, $version: Int!, $leaderId: Int!, $text: String!) {\n  recordInstruction(id: $id, version: $version, leaderId: $leaderId, text: $text) {\n    ...CaseDetailFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RecordVisit($id: ID!, $version: Int!, $kind: VisitKind!, $leaderId: Int!, $note: String) {\n  recordVisit(\n    id: $id\n    version: $version\n    kind: $kind\n    leaderId: $leaderId\n    note: $note\n  ) {\n    ...CaseDetailFields\n  }\n}',
): (typeof documents)['mutation RecordVisit($id: ID!, $version: Int!, $kind: VisitKind!, $leaderId: Int!, $note: String) {\n  recordVisit(\n    id: $id\n    version: $version\n    kind: $kind\n    leaderId: $leaderId\n    note: $note\n  ) {\n    ...CaseDetailFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Reference {\n  townships {\n    code\n    name\n    kind\n    villages {\n      code\n      name\n      townshipCode\n      population\n    }\n  }\n  categories {\n    code\n    nameZh\n    nameEn\n    sortOrder\n  }\n  leaders {\n    id\n    name\n    title\n    rank\n  }\n  units {\n    id\n    name\n  }\n}',
): (typeof documents)['query Reference {\n  townships {\n    code\n    name\n    kind\n    villages {\n      code\n      name\n      townshipCode\n      population\n    }\n  }\n  categories {\n    code\n    nameZh\n    nameEn\n    sortOrder\n  }\n  leaders {\n    id\n    name\n    title\n    rank\n  }\n  units {\n    id\n    name\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RemoveBoundaryPack {\n  removeBoundaryPack\n}',
): (typeof documents)['mutation RemoveBoundaryPack {\n  removeBoundaryPack\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ReopenCase($id: ID!, $version: Int!, $reason: String!) {\n  reopenCase(id: $id, version: $version, reason: $reason) {\n    ...CaseDetailFields\n  }\n}',
): (typeof documents)['mutation ReopenCase($id: ID!, $version: Int!, $reason: String!) {\n  reopenCase(id: $id, version: $version, reason: $reason) {\n    ...CaseDetailFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ReplyCase($id: ID!, $version: Int!, $outcome: Outcome!, $text: String!, $changed: Boolean) {\n  replyCase(\n    id: $id\n    version: $version\n    outcome: $outcome\n    text: $text\n    changed: $changed\n  ) {\n    ...CaseDetailFields\n  }\n}',
): (typeof documents)['mutation ReplyCase($id: ID!, $version: Int!, $outcome: Outcome!, $text: String!, $changed: Boolean) {\n  replyCase(\n    id: $id\n    version: $version\n    outcome: $outcome\n    text: $text\n    changed: $changed\n  ) {\n    ...CaseDetailFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RequestRereview($id: ID!, $version: Int!, $reason: String!) {\n  requestRereview(id: $id, version: $version, reason: $reason) {\n    ...CaseDetailFields\n  }\n}',
): (typeof documents)['mutation RequestRereview($id: ID!, $version: Int!, $reason: String!) {\n  requestRereview(id: $id, version: $version, reason: $reason) {\n    ...CaseDetailFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RequestReview($id: ID!, $version: Int!, $reason: String!) {\n  requestReview(id: $id, version: $version, reason: $reason) {\n    ...CaseDetailFields\n  }\n}',
): (typeof documents)['mutation RequestReview($id: ID!, $version: Int!, $reason: String!) {\n  requestReview(id: $id, version: $version, reason: $reason) {\n    ...CaseDetailFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation SetDeadline($id: ID!, $version: Int!, $days: Int!, $leaderId: Int) {\n  setDeadline(id: $id, version: $version, days: $days, leaderId: $leaderId) {\n    ...CaseDetailFields\n  }\n}',
): (typeof documents)['mutation SetDeadline($id: ID!, $version: Int!, $days: Int!, $leaderId: Int) {\n  setDeadline(id: $id, version: $version, days: $days, leaderId: $leaderId) {\n    ...CaseDetailFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation SetKpiTarget($kpi: KpiCode!, $targetPercent: Float) {\n  setKpiTarget(kpi: $kpi, targetPercent: $targetPercent) {\n    code\n    direction\n    targetPercent\n    updatedAt\n    updatedBy\n  }\n}',
): (typeof documents)['mutation SetKpiTarget($kpi: KpiCode!, $targetPercent: Float) {\n  setKpiTarget(kpi: $kpi, targetPercent: $targetPercent) {\n    code\n    direction\n    targetPercent\n    updatedAt\n    updatedBy\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation StartHearing($id: ID!, $version: Int!, $note: String) {\n  startHearing(id: $id, version: $version, note: $note) {\n    ...CaseDetailFields\n  }\n}',
): (typeof documents)['mutation StartHearing($id: ID!, $version: Int!, $note: String) {\n  startHearing(id: $id, version: $version, note: $note) {\n    ...CaseDetailFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation SuperviseCase($id: ID!, $version: Int!, $note: String!, $leaderId: Int, $unitId: Int) {\n  superviseCase(\n    id: $id\n    version: $version\n    note: $note\n    leaderId: $leaderId\n    unitId: $unitId\n  ) {\n    ...CaseDetailFields\n  }\n}',
): (typeof documents)['mutation SuperviseCase($id: ID!, $version: Int!, $note: String!, $leaderId: Int, $unitId: Int) {\n  superviseCase(\n    id: $id\n    version: $version\n    note: $note\n    leaderId: $leaderId\n    unitId: $unitId\n  ) {\n    ...CaseDetailFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query VillageTotals($filter: CaseFilter!) {\n  caseStats(filter: $filter, groupBy: [VILLAGE]) {\n    villageCode\n    count\n    suppressed\n    kpis {\n      ...HeadlineKpis\n    }\n  }\n}',
): (typeof documents)['query VillageTotals($filter: CaseFilter!) {\n  caseStats(filter: $filter, groupBy: [VILLAGE]) {\n    villageCode\n    count\n    suppressed\n    kpis {\n      ...HeadlineKpis\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query WallBoundaries {\n  boundaryPack {\n    sha256\n    geojson\n  }\n}',
): (typeof documents)['query WallBoundaries {\n  boundaryPack {\n    sha256\n    geojson\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'subscription WallCaseChanged {\n  caseChanged {\n    at\n    event\n    township {\n      code\n    }\n  }\n}',
): (typeof documents)['subscription WallCaseChanged {\n  caseChanged {\n    at\n    event\n    township {\n      code\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'subscription WallEarlyWarningRaised {\n  earlyWarningRaised {\n    at\n    level\n    month\n    provisional\n    township {\n      code\n    }\n    category {\n      code\n    }\n  }\n}',
): (typeof documents)['subscription WallEarlyWarningRaised {\n  earlyWarningRaised {\n    at\n    level\n    month\n    provisional\n    township {\n      code\n    }\n    category {\n      code\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query WallEarlyWarnings($thisMonth: EarlyWarningFilter!, $lastMonth: EarlyWarningFilter!, $monthBefore: EarlyWarningFilter!, $recent: EarlyWarningFilter!, $first: Int!) {\n  thisMonth: earlyWarningCounts(filter: $thisMonth) {\n    red\n    yellow\n  }\n  lastMonth: earlyWarningCounts(filter: $lastMonth) {\n    red\n    yellow\n  }\n  monthBefore: earlyWarningCounts(filter: $monthBefore) {\n    red\n    yellow\n  }\n  earlyWarnings(filter: $recent, first: $first) {\n    edges {\n      node {\n        id\n        month\n        provisional\n        level\n        township {\n          code\n        }\n        category {\n          code\n        }\n      }\n    }\n  }\n}',
): (typeof documents)['query WallEarlyWarnings($thisMonth: EarlyWarningFilter!, $lastMonth: EarlyWarningFilter!, $monthBefore: EarlyWarningFilter!, $recent: EarlyWarningFilter!, $first: Int!) {\n  thisMonth: earlyWarningCounts(filter: $thisMonth) {\n    red\n    yellow\n  }\n  lastMonth: earlyWarningCounts(filter: $lastMonth) {\n    red\n    yellow\n  }\n  monthBefore: earlyWarningCounts(filter: $monthBefore) {\n    red\n    yellow\n  }\n  earlyWarnings(filter: $recent, first: $first) {\n    edges {\n      node {\n        id\n        month\n        provisional\n        level\n        township {\n          code\n        }\n        category {\n          code\n        }\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query WallLeaders($filter: CaseFilter!) {\n  leaderWorkloads(filter: $filter) {\n    ...LeaderWorkloadSummary\n  }\n}',
): (typeof documents)['query WallLeaders($filter: CaseFilter!) {\n  leaderWorkloads(filter: $filter) {\n    ...LeaderWorkloadSummary\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query WallOverview($ytd: CaseFilter!, $lastYear: CaseFilter!, $today: CaseFilter!, $month: CaseFilter!, $trend: CaseFilter!, $open: CaseFilter!) {\n  current: kpis(filter: $ytd) {\n    ...HeadlineKpisWithCompanion\n  }\n  previous: kpis(filter: $lastYear) {\n    ...HeadlineKpis\n  }\n  newToday: caseStats(filter: $today, groupBy: []) {\n    count\n    suppressed\n  }\n  newMonth: caseStats(filter: $month, groupBy: []) {\n    count\n    suppressed\n  }\n  byCategory: caseStats(filter: $ytd, groupBy: [CATEGORY]) {\n    categoryCode\n    count\n    suppressed\n  }\n  byTownship: caseStats(filter: $ytd, groupBy: [TOWNSHIP]) {\n    townshipCode\n    count\n    suppressed\n  }\n  trend: caseStats(filter: $trend, groupBy: [MONTH]) {\n    period\n    count\n    suppressed\n  }\n  warningCounts(filter: $open) {\n    red\n    yellow\n  }\n  kpiTargets {\n    code\n    direction\n    targetPercent\n  }\n}',
): (typeof documents)['query WallOverview($ytd: CaseFilter!, $lastYear: CaseFilter!, $today: CaseFilter!, $month: CaseFilter!, $trend: CaseFilter!, $open: CaseFilter!) {\n  current: kpis(filter: $ytd) {\n    ...HeadlineKpisWithCompanion\n  }\n  previous: kpis(filter: $lastYear) {\n    ...HeadlineKpis\n  }\n  newToday: caseStats(filter: $today, groupBy: []) {\n    count\n    suppressed\n  }\n  newMonth: caseStats(filter: $month, groupBy: []) {\n    count\n    suppressed\n  }\n  byCategory: caseStats(filter: $ytd, groupBy: [CATEGORY]) {\n    categoryCode\n    count\n    suppressed\n  }\n  byTownship: caseStats(filter: $ytd, groupBy: [TOWNSHIP]) {\n    townshipCode\n    count\n    suppressed\n  }\n  trend: caseStats(filter: $trend, groupBy: [MONTH]) {\n    period\n    count\n    suppressed\n  }\n  warningCounts(filter: $open) {\n    red\n    yellow\n  }\n  kpiTargets {\n    code\n    direction\n    targetPercent\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query WallReference {\n  townships {\n    code\n    name\n    villages {\n      code\n      name\n    }\n  }\n  categories {\n    code\n    nameZh\n    nameEn\n    sortOrder\n  }\n}',
): (typeof documents)['query WallReference {\n  townships {\n    code\n    name\n    villages {\n      code\n      name\n    }\n  }\n  categories {\n    code\n    nameZh\n    nameEn\n    sortOrder\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query WallTicker($first: Int!, $filter: CaseFilter) {\n  caseTicker(first: $first, filter: $filter) {\n    receivedAt\n    category {\n      code\n    }\n    township {\n      code\n    }\n    village {\n      code\n      name\n    }\n  }\n}',
): (typeof documents)['query WallTicker($first: Int!, $filter: CaseFilter) {\n  caseTicker(first: $first, filter: $filter) {\n    receivedAt\n    category {\n      code\n    }\n    township {\n      code\n    }\n    village {\n      code\n      name\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query WallVillages($filter: CaseFilter!) {\n  caseStats(filter: $filter, groupBy: [VILLAGE]) {\n    townshipCode\n    villageCode\n    count\n    suppressed\n  }\n}',
): (typeof documents)['query WallVillages($filter: CaseFilter!) {\n  caseStats(filter: $filter, groupBy: [VILLAGE]) {\n    townshipCode\n    villageCode\n    count\n    suppressed\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'subscription WarningNotices {\n  earlyWarningRaised {\n    at\n    level\n    scope\n    month\n    provisional\n    township {\n      code\n      name\n    }\n    village {\n      code\n      name\n    }\n    category {\n      code\n      nameZh\n      nameEn\n    }\n  }\n}',
): (typeof documents)['subscription WarningNotices {\n  earlyWarningRaised {\n    at\n    level\n    scope\n    month\n    provisional\n    township {\n      code\n      name\n    }\n    village {\n      code\n      name\n    }\n    category {\n      code\n      nameZh\n      nameEn\n    }\n  }\n}'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
