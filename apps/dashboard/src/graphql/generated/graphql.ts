/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What `caseStats` groups by. At most one time unit (DAY … YEAR) per request. */
export type CaseDimension =
  /** Dispute category. */
  | 'CATEGORY'
  /** Channel of receipt. */
  | 'CHANNEL'
  /** Local day. */
  | 'DAY'
  /** Leader in charge (null: none). */
  | 'LEADER'
  /** Matter type. */
  | 'MATTER_TYPE'
  /** Calendar month. */
  | 'MONTH'
  /** Calendar quarter. */
  | 'QUARTER'
  /** Current status. */
  | 'STATUS'
  /** Township (乡镇) of the case’s village. */
  | 'TOWNSHIP'
  /** Responsible unit (null: none). */
  | 'UNIT'
  /** Village or community (村/社区) the matter concerns. */
  | 'VILLAGE'
  /** ISO week (starting Monday). */
  | 'WEEK'
  /** Calendar year. */
  | 'YEAR';

/** Kind of step in a case timeline. */
export type CaseEventType =
  /** 受理 — Accepted */
  | 'ACCEPTED'
  /** 领导包案 — Leader assigned */
  | 'ASSIGNED'
  /** 办结 — Closed */
  | 'CLOSED'
  /** 协调会商 — Coordination meeting */
  | 'COORDINATION'
  /** 限期办理 — Deadline set by leadership */
  | 'DEADLINE_SET'
  /** 延期办理 — Deadline extended */
  | 'EXTENDED'
  /** 转送交办 — Forwarded to unit */
  | 'FORWARDED'
  /** 听证结束 — Hearing ended */
  | 'HEARING_ENDED'
  /** 听证开始 — Hearing started */
  | 'HEARING_STARTED'
  /** 领导批示 — Written instruction */
  | 'INSTRUCTION'
  /** 标记重复访 — Marked as repeat */
  | 'MARKED_REPEAT'
  /** 不予受理 — Not accepted */
  | 'NOT_ACCEPTED'
  /** 满意度评价 — Satisfaction rated */
  | 'RATED'
  /** 登记 — Registered */
  | 'REGISTERED'
  /** 重新办理 — Reopened */
  | 'REOPENED'
  /** 出具处理意见 — Replied */
  | 'REPLIED'
  /** 答复送达 — Reply delivered */
  | 'REPLY_DELIVERED'
  /** 申请复核 — Re-review requested */
  | 'REREVIEW_REQUESTED'
  /** 申请复查 — Review requested */
  | 'REVIEW_REQUESTED'
  /** 督办 — Supervised */
  | 'SUPERVISED'
  /** 领导接访 — Leader visit */
  | 'VISIT';

/** Selects cases. All conditions combine with AND; list conditions match any of their values. `from`/`to` is the period: cases received in it — or, with `kpi`, the period of that KPI's own date (due date, rating date …). */
export type CaseFilter = {
  /** The instant the data is read at (default: now). Later facts count as not yet happened. */
  asOf?: string | null | undefined;
  /** Category codes, e.g. TREE_SHADING, IRRIGATION. */
  categoryCodes?: Array<string> | null | undefined;
  /** Channels of receipt. */
  channels?: Array<Channel> | null | undefined;
  /** True: only cases whose pending step is due within 3 local days of `asOf` (not yet overdue). */
  dueSoon?: boolean | null | undefined;
  /** First day of the period (Asia/Shanghai), inclusive. */
  from?: string | null | undefined;
  /** Restrict to the cases behind this KPI for the period (with `kpiPart`). */
  kpi?: KpiCode | null | undefined;
  /** Numerator, denominator or the missed cases (denominator − numerator) of `kpi` (default DENOMINATOR). */
  kpiPart?: KpiPart | null | undefined;
  /** True: only cases that missed a statutory deadline as of `asOf` — decided after the 15 days for acceptance (or still undecided after them), or replied to after the handling due date (or still unanswered past it): the cases that count against 及时受理率 or 按期办结率. False: only the others. */
  late?: boolean | null | undefined;
  /** Leaders in charge (包案领导) by id. */
  leaderIds?: Array<number> | null | undefined;
  /** Matter types. */
  matterTypes?: Array<MatterType> | null | undefined;
  /** True: only cases whose pending statutory step is past due at `asOf`; false: only the others. */
  overdue?: boolean | null | undefined;
  /** True: only cases the petitioner has rated by `asOf` (参评); false: only the unrated. `rated: false` with `satisfactions` is refused (BAD_USER_INPUT). */
  rated?: boolean | null | undefined;
  /** True: only repeat petitions (重复访); false: only first petitions. */
  repeat?: boolean | null | undefined;
  /** First ratings (as of `asOf`): only cases rated with one of these. */
  satisfactions?: Array<Satisfaction> | null | undefined;
  /** Current statuses. */
  statuses?: Array<CaseStatus> | null | undefined;
  /** Text contained in the title or the summary. */
  text?: string | null | undefined;
  /** Last day of the period (Asia/Shanghai), inclusive. */
  to?: string | null | undefined;
  /** Township codes. */
  townshipCodes?: Array<string> | null | undefined;
  /** Responsible units by id. */
  unitIds?: Array<number> | null | undefined;
  /** Village codes. */
  villageCodes?: Array<string> | null | undefined;
};

/** Sort order of a case list. */
export type CaseOrder = {
  /** Direction (default DESC). */
  direction?: SortDirection;
  /** Sort key. */
  field: CaseOrderField;
};

/** What to sort cases by; ties are broken by id. */
export type CaseOrderField =
  /** Case code, LT-YYYY-NNNNNN. */
  | 'CODE'
  /** Due date of the step owed now (most urgent first when ascending); none sort last. */
  | 'CURRENT_DUE_AT'
  /** Handling deadline; cases without one sort last. */
  | 'DUE_AT'
  /** Internal id (order of registration). */
  | 'ID'
  /** Time of receipt. */
  | 'RECEIVED_AT';

/** Where a case stands in its statutory life. */
export type CaseStatus =
  /** 已受理 — Accepted */
  | 'ACCEPTED'
  /** 已办结 — Closed */
  | 'CLOSED'
  /** 办理中 — In progress */
  | 'IN_PROGRESS'
  /** 不予受理 — Not accepted */
  | 'NOT_ACCEPTED'
  /** 已登记 — Registered */
  | 'REGISTERED'
  /** 已答复 — Replied */
  | 'REPLIED'
  /** 复核中 — Under re-review */
  | 'UNDER_REREVIEW'
  /** 复查中 — Under review */
  | 'UNDER_REVIEW';

/** How the matter reached the district. */
export type Channel =
  /** 下访排查 — Door-to-door screening */
  | 'DOOR_TO_DOOR'
  /** 领导接访 — Leader reception day */
  | 'LEADER_RECEPTION'
  /** 来信 — Letter */
  | 'LETTER'
  /** 网上信访 — Online */
  | 'ONLINE'
  /** 电话(12345) — Phone (12345) */
  | 'PHONE'
  /** 来访 — Walk-in visit */
  | 'VISIT';

/** Deadline of 《信访工作条例》 (2022), each stage with its own clock. A last day on a statutory rest day moves to the next working day (《民法典》 Art. 203). */
export type DeadlineKind =
  /** 告知是否受理 15 days from receipt (Art. 23). */
  | 'ACCEPTANCE'
  /** 办理 60 days from acceptance, plus the extension and first-instance hearing days (Art. 34). */
  | 'HANDLING'
  /** 限期办理: the shorter period leadership set, from acceptance plus first-instance hearing days; a second, tighter clock beside HANDLING, never a way to lengthen it. */
  | 'LEADERSHIP'
  /** 登记转送交办 15 days from receipt (Art. 22). */
  | 'REGISTRATION'
  /** 重新办理: 60 days from the latest reopening, plus the hearing days of that handling. */
  | 'REOPENED'
  /** 复核: 30 days to answer a re-review request, plus its own hearing days (Art. 36). */
  | 'REREVIEW'
  /** 申请复核: the petitioner's 30 days from receiving the review answer (Art. 36). */
  | 'REREVIEW_REQUEST'
  /** 复查: 30 days to answer a review request, plus its own hearing days (Art. 35). */
  | 'REVIEW'
  /** 申请复查: the petitioner's 30 days from receiving the written reply (Art. 35). */
  | 'REVIEW_REQUEST';

/** State of a deadline at an instant. */
export type DeadlineState =
  /** Pending, 3 or fewer local days left (yellow). */
  | 'DUE_SOON'
  /** Done by the due date. */
  | 'MET'
  /** Done after the due date. */
  | 'MISSED'
  /** Pending, more than 3 days left. */
  | 'ON_TIME'
  /** Pending and past due (red). */
  | 'OVERDUE';

/** Selects early warnings. All conditions combine with AND. Months are local (Asia/Shanghai) months of receipt, `YYYY-MM`. */
export type EarlyWarningFilter = {
  /** Only this category. */
  categoryCode?: string | null | undefined;
  /** First month, `YYYY-MM` (inclusive). */
  from?: string | null | undefined;
  /** Only this level (default: both). */
  level?: EarlyWarningLevel | null | undefined;
  /** Only cells of this grain (default: both; the wall screen account: TOWNSHIP only). */
  scope?: EarlyWarningScope | null | undefined;
  /** Last month, `YYYY-MM` (inclusive). */
  to?: string | null | undefined;
  /** Only this township (its village cells too). */
  townshipCode?: string | null | undefined;
  /** Only this village’s cells. */
  villageCode?: string | null | undefined;
};

/** How unusual a month’s count is for its cell (the early-warning detector’s two alphas). */
export type EarlyWarningLevel =
  /** Above the upper bound at alpha 0.001 (红色预警). */
  | 'RED'
  /** Above the upper bound at alpha 0.01, not RED (黄色预警). */
  | 'YELLOW';

/** The grain of an early-warning cell. */
export type EarlyWarningScope =
  /** Township (乡镇) × category. */
  | 'TOWNSHIP'
  /** Village or community (村/社区) × category. */
  | 'VILLAGE';

/** The date of a case that places it in a KPI's period. */
export type KpiAnchor =
  /** 首次办结日期 — Date of the first closing */
  | 'CLOSED'
  /** 法定办理期限届满日（受理后60日，含延期与听证时间） — Statutory handling due date (acceptance + 60 days, extension and hearing days included) */
  | 'DUE'
  /** 首次评价日期 — Date of the first rating */
  | 'RATED'
  /** 登记日期（收到信访事项之日） — Receipt date (the day the matter was received) */
  | 'RECEIVED'
  /** 复查意见作出日期 — Date the review answer was given */
  | 'REVIEW_ANSWERED';

/** The KPIs the district is judged on; see `kpis` for each formula. */
export type KpiCode =
  /** 包案化解率 — Leader-owned cases received in the period that are closed (not under review or re-review) and whose first rating is "satisfied" or "basically satisfied" ÷ leader-owned cases received in the period */
  | 'LEADER_RESOLUTION'
  /** 按期办结率 — Cases whose statutory handling due date (acceptance + 60 days, extension included, hearing time not counted) falls in the period and that were replied to by it ÷ cases due in the period that are replied to or past due */
  | 'ON_TIME_CLOSURE'
  /** 参评率 — Cases closed in the period that have been rated ÷ cases closed in the period (by closing time) */
  | 'RATING_PARTICIPATION'
  /** 重开率 — Cases closed in the period that were later reopened for handling ÷ cases closed in the period (by closing time) */
  | 'REOPEN_RATE'
  /** 重复访率 — Repeat petitions received in the period ÷ cases received in the period */
  | 'REPEAT_RATE'
  /** 复查改变率 — Review answers given in the period that changed the first answer ÷ review answers given in the period (by answer time) */
  | 'REVIEW_CHANGE_RATE'
  /** 群众满意率 — Cases whose first rating, given in the period, is "satisfied" or "basically satisfied" ÷ cases first rated in the period (by rating time) */
  | 'SATISFACTION'
  /** 及时受理率 — Cases received in the period whose accept-or-decline decision came by the end of local day receipt + 15 ÷ cases received in the period that are decided or whose 15 days have run out */
  | 'TIMELY_ACCEPTANCE';

/** Which side of a KPI fraction to list the cases of. */
export type KpiPart =
  /** The cases counted in the denominator. */
  | 'DENOMINATOR'
  /** The cases in the denominator that are not in the numerator (denominator − numerator): for a higher-is-better KPI the cases that missed it (accepted late, closed late or still overdue, rated dissatisfied, not rated …); for a lower-is-better one (重复访率, 重开率, 复查改变率) the cases that kept it. */
  | 'MISSED'
  /** The cases counted in the numerator (a subset of the denominator). */
  | 'NUMERATOR';

/** The post a leader holds. */
export type LeaderPost =
  /** 副区长 — Deputy District Mayor */
  | 'DEPUTY_MAYOR'
  /** 区委副书记 — Deputy Party Secretary */
  | 'DEPUTY_SECRETARY'
  /** 区长 — District Mayor */
  | 'DISTRICT_MAYOR'
  /** 区委书记 — District Party Secretary */
  | 'PARTY_SECRETARY'
  /** 信访局局长 — Director, Petition Bureau */
  | 'PETITION_BUREAU_DIRECTOR'
  /** 区委常委 — Standing Committee Member */
  | 'STANDING_COMMITTEE'
  /** 乡镇长 — Township Head */
  | 'TOWNSHIP_HEAD'
  /** 乡镇党委书记 — Township Party Secretary */
  | 'TOWNSHIP_SECRETARY'
  /** 部门负责人 — Head of department */
  | 'UNIT_HEAD';

/** Cadre rank: 处级 (county level) or 科级 (section level). */
export type LeaderRank =
  /** 处级 — County level */
  | 'COUNTY'
  /** 科级 — Section level */
  | 'SECTION';

/** Type of petition matter (Art. 29): suggestion, accusation, or appeal/demand. */
export type MatterType =
  /** 检举控告 — Report or accusation */
  | 'ACCUSATION'
  /** 申诉求决 — Appeal or demand */
  | 'APPEAL'
  /** 建议意见 — Suggestion or opinion */
  | 'SUGGESTION';

/** Substance of the written reply (Art. 32). */
export type Outcome =
  /** 解释说明 — Explained */
  | 'EXPLAINED'
  /** 不予支持 — Not supported */
  | 'NOT_SUPPORTED'
  /** 支持 — Supported */
  | 'SUPPORTED';

/** The petitioner's rating of the handling. */
export type Satisfaction =
  /** 基本满意 — Basically satisfied */
  | 'BASICALLY_SATISFIED'
  /** 不满意 — Dissatisfied */
  | 'DISSATISFIED'
  /** 满意 — Satisfied */
  | 'SATISFIED';

/** Sort direction. */
export type SortDirection =
  /** Oldest, earliest or smallest first. */
  | 'ASC'
  /** Newest, latest or largest first. */
  | 'DESC';

/** Which side of its target a KPI is met on (the KPI dictionary’s `higherIsBetter`). */
export type TargetDirection =
  /** ≥ — met at or above the target (higher is better). */
  | 'AT_LEAST'
  /** ≤ — met at or below the target (lower is better, e.g. 重复访率). */
  | 'AT_MOST';

/** Kind of township-level unit. */
export type TownshipKind =
  /** 园区/管委会 — Special zone */
  | 'SPECIAL'
  /** 镇 — Town */
  | 'TOWN'
  /** 乡 — Township */
  | 'TOWNSHIP';

/** Kind of leader contact with petitioners. */
export type VisitKind =
  /** 约访 — Appointment */
  | 'APPOINTMENT'
  /** 下访 — Down-visit */
  | 'DOWN_VISIT'
  /** 回访 — Follow-up visit */
  | 'FOLLOW_UP'
  /** 走访 — Home visit */
  | 'HOME_VISIT'
  /** 接访 — Office reception */
  | 'RECEPTION';

/** How urgent a warning is. */
export type WarningLevel =
  /** Overdue (红色预警). */
  | 'RED'
  /** Due within 3 local days (黄色预警). */
  | 'YELLOW';

export type AcceptCaseMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;

export type AcceptCaseMutation = {
  acceptCase: {
    summary: string;
    version: number;
    headcount: number;
    forwardedAt: string | null;
    acceptedAt: string | null;
    declinedAt: string | null;
    dueAt: string | null;
    leadershipDueAt: string | null;
    extendedTo: string | null;
    extensionDays: number | null;
    handlingDays: number | null;
    pausedDays: number;
    hearingStartedAt: string | null;
    repliedAt: string | null;
    deliveredAt: string | null;
    closedAt: string | null;
    ratedAt: string | null;
    reviewRequestedAt: string | null;
    reviewChanged: boolean | null;
    reviewDeliveredAt: string | null;
    rereviewRequestedAt: string | null;
    reopenedAt: string | null;
    reopenCount: number;
    outcome: Outcome | null;
    satisfaction: Satisfaction | null;
    delayReason: string | null;
    allowedSteps: Array<CaseEventType>;
    id: string;
    code: string;
    title: string;
    status: CaseStatus;
    channel: Channel;
    matterType: MatterType;
    receivedAt: string;
    currentDueAt: string | null;
    currentDeadline: DeadlineKind | null;
    collective: boolean;
    leader: { title: string; id: string; name: string } | null;
    unit: { id: string; name: string } | null;
    repeatOf: { id: string; code: string } | null;
    petitioners: Array<{
      id: string;
      name: string;
      phone: string;
      idNumber: string;
      representative: boolean;
    }>;
    deadlines: Array<{
      kind: DeadlineKind;
      startAt: string;
      dueAt: string;
      doneAt: string | null;
      state: DeadlineState;
      daysLeft: number;
      beyondCalendar: boolean;
    }>;
    events: Array<{
      id: string;
      type: CaseEventType;
      at: string;
      actor: string;
      visitKind: VisitKind | null;
      payload: Record<string, unknown> | null;
      leader: { id: string; name: string } | null;
      unit: { id: string; name: string } | null;
    }>;
    category: { code: string };
    township: { code: string; name: string };
    village: { code: string; name: string };
  };
};

export type AdminBoundaryPackQueryVariables = Exact<{ [key: string]: never }>;

export type AdminBoundaryPackQuery = {
  boundaryPack: {
    name: string;
    loadedAt: string;
    loadedBy: string;
    sha256: string;
    townships: number;
    villages: number;
  } | null;
};

export type AdminKpiTargetsQueryVariables = Exact<{ [key: string]: never }>;

export type AdminKpiTargetsQuery = {
  kpiTargets: Array<{
    code: KpiCode;
    direction: TargetDirection;
    targetPercent: number | null;
    updatedAt: string | null;
    updatedBy: string | null;
  }>;
  kpiTargetChanges: Array<{
    id: string;
    code: KpiCode;
    before: number | null;
    after: number | null;
    changedAt: string;
    changedBy: string;
  }>;
};

export type AssignLeaderMutationVariables = Exact<{
  id: string | number;
  version: number;
  leaderId: number;
}>;

export type AssignLeaderMutation = {
  assignLeader: {
    summary: string;
    version: number;
    headcount: number;
    forwardedAt: string | null;
    acceptedAt: string | null;
    declinedAt: string | null;
    dueAt: string | null;
    leadershipDueAt: string | null;
    extendedTo: string | null;
    extensionDays: number | null;
    handlingDays: number | null;
    pausedDays: number;
    hearingStartedAt: string | null;
    repliedAt: string | null;
    deliveredAt: string | null;
    closedAt: string | null;
    ratedAt: string | null;
    reviewRequestedAt: string | null;
    reviewChanged: boolean | null;
    reviewDeliveredAt: string | null;
    rereviewRequestedAt: string | null;
    reopenedAt: string | null;
    reopenCount: number;
    outcome: Outcome | null;
    satisfaction: Satisfaction | null;
    delayReason: string | null;
    allowedSteps: Array<CaseEventType>;
    id: string;
    code: string;
    title: string;
    status: CaseStatus;
    channel: Channel;
    matterType: MatterType;
    receivedAt: string;
    currentDueAt: string | null;
    currentDeadline: DeadlineKind | null;
    collective: boolean;
    leader: { title: string; id: string; name: string } | null;
    unit: { id: string; name: string } | null;
    repeatOf: { id: string; code: string } | null;
    petitioners: Array<{
      id: string;
      name: string;
      phone: string;
      idNumber: string;
      representative: boolean;
    }>;
    deadlines: Array<{
      kind: DeadlineKind;
      startAt: string;
      dueAt: string;
      doneAt: string | null;
      state: DeadlineState;
      daysLeft: number;
      beyondCalendar: boolean;
    }>;
    events: Array<{
      id: string;
      type: CaseEventType;
      at: string;
      actor: string;
      visitKind: VisitKind | null;
      payload: Record<string, unknown> | null;
      leader: { id: string; name: string } | null;
      unit: { id: string; name: string } | null;
    }>;
    category: { code: string };
    township: { code: string; name: string };
    village: { code: string; name: string };
  };
};

export type BriefingQueryVariables = Exact<{
  filter: CaseFilter;
  previous: CaseFilter;
  lastYear: CaseFilter;
}>;

export type BriefingQuery = {
  current: {
    leaderResolution: { numerator: number; denominator: number };
    ratingParticipation: { numerator: number; denominator: number; rate: number | null };
    timelyAcceptance: { numerator: number; denominator: number; rate: number | null };
    onTimeClosure: { numerator: number; denominator: number; rate: number | null };
    satisfaction: { numerator: number; denominator: number; rate: number | null };
  };
  previous: {
    ratingParticipation: { numerator: number; denominator: number; rate: number | null };
    timelyAcceptance: { numerator: number; denominator: number; rate: number | null };
    onTimeClosure: { numerator: number; denominator: number; rate: number | null };
    satisfaction: { numerator: number; denominator: number; rate: number | null };
  };
  lastYear: {
    ratingParticipation: { numerator: number; denominator: number; rate: number | null };
    timelyAcceptance: { numerator: number; denominator: number; rate: number | null };
    onTimeClosure: { numerator: number; denominator: number; rate: number | null };
    satisfaction: { numerator: number; denominator: number; rate: number | null };
  };
  total: Array<{ count: number | null }>;
  previousTotal: Array<{ count: number | null }>;
  lastYearTotal: Array<{ count: number | null }>;
  byCategory: Array<{ categoryCode: string | null; count: number | null }>;
  byTownship: Array<{ townshipCode: string | null; count: number | null }>;
  byChannel: Array<{ channel: Channel | null; count: number | null }>;
  byVillage: Array<{ villageCode: string | null; count: number | null }>;
  byVillageLastYear: Array<{ villageCode: string | null; count: number | null }>;
  townships: Array<{ code: string; name: string; villages: Array<{ code: string; name: string }> }>;
  categories: Array<{ code: string; nameZh: string; nameEn: string }>;
};

export type BriefingLeadersQueryVariables = Exact<{
  filter: CaseFilter;
}>;

export type BriefingLeadersQuery = {
  leaderWorkloads: Array<{ instructions: number; visits: Array<{ kind: VisitKind; count: number }> }>;
};

export type BriefingOverdueQueryVariables = Exact<{
  overdue: CaseFilter;
  first: number;
}>;

export type BriefingOverdueQuery = {
  byDay: Array<{ period: string | null; count: number | null }>;
  cases: { edges: Array<{ node: { code: string; title: string } }> };
};

export type BriefingWarningsQueryVariables = Exact<{
  filter: EarlyWarningFilter;
  after?: string | null | undefined;
}>;

export type BriefingWarningsQuery = {
  earlyWarningCounts: { red: number; yellow: number };
  earlyWarnings: {
    edges: Array<{ node: { township: { name: string }; village: { name: string } | null } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type CaseByCodeQueryVariables = Exact<{
  code: string;
}>;

export type CaseByCodeQuery = { caseByCode: { id: string } };

export type CaseDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type CaseDetailQuery = {
  case: {
    summary: string;
    version: number;
    headcount: number;
    forwardedAt: string | null;
    acceptedAt: string | null;
    declinedAt: string | null;
    dueAt: string | null;
    leadershipDueAt: string | null;
    extendedTo: string | null;
    extensionDays: number | null;
    handlingDays: number | null;
    pausedDays: number;
    hearingStartedAt: string | null;
    repliedAt: string | null;
    deliveredAt: string | null;
    closedAt: string | null;
    ratedAt: string | null;
    reviewRequestedAt: string | null;
    reviewChanged: boolean | null;
    reviewDeliveredAt: string | null;
    rereviewRequestedAt: string | null;
    reopenedAt: string | null;
    reopenCount: number;
    outcome: Outcome | null;
    satisfaction: Satisfaction | null;
    delayReason: string | null;
    allowedSteps: Array<CaseEventType>;
    id: string;
    code: string;
    title: string;
    status: CaseStatus;
    channel: Channel;
    matterType: MatterType;
    receivedAt: string;
    currentDueAt: string | null;
    currentDeadline: DeadlineKind | null;
    collective: boolean;
    leader: { title: string; id: string; name: string } | null;
    unit: { id: string; name: string } | null;
    repeatOf: { id: string; code: string } | null;
    petitioners: Array<{
      id: string;
      name: string;
      phone: string;
      idNumber: string;
      representative: boolean;
    }>;
    deadlines: Array<{
      kind: DeadlineKind;
      startAt: string;
      dueAt: string;
      doneAt: string | null;
      state: DeadlineState;
      daysLeft: number;
      beyondCalendar: boolean;
    }>;
    events: Array<{
      id: string;
      type: CaseEventType;
      at: string;
      actor: string;
      visitKind: VisitKind | null;
      payload: Record<string, unknown> | null;
      leader: { id: string; name: string } | null;
      unit: { id: string; name: string } | null;
    }>;
    category: { code: string };
    township: { code: string; name: string };
    village: { code: string; name: string };
  };
};

export type CaseDetailFieldsFragment = {
  summary: string;
  version: number;
  headcount: number;
  forwardedAt: string | null;
  acceptedAt: string | null;
  declinedAt: string | null;
  dueAt: string | null;
  leadershipDueAt: string | null;
  extendedTo: string | null;
  extensionDays: number | null;
  handlingDays: number | null;
  pausedDays: number;
  hearingStartedAt: string | null;
  repliedAt: string | null;
  deliveredAt: string | null;
  closedAt: string | null;
  ratedAt: string | null;
  reviewRequestedAt: string | null;
  reviewChanged: boolean | null;
  reviewDeliveredAt: string | null;
  rereviewRequestedAt: string | null;
  reopenedAt: string | null;
  reopenCount: number;
  outcome: Outcome | null;
  satisfaction: Satisfaction | null;
  delayReason: string | null;
  allowedSteps: Array<CaseEventType>;
  id: string;
  code: string;
  title: string;
  status: CaseStatus;
  channel: Channel;
  matterType: MatterType;
  receivedAt: string;
  currentDueAt: string | null;
  currentDeadline: DeadlineKind | null;
  collective: boolean;
  leader: { title: string; id: string; name: string } | null;
  unit: { id: string; name: string } | null;
  repeatOf: { id: string; code: string } | null;
  petitioners: Array<{ id: string; name: string; phone: string; idNumber: string; representative: boolean }>;
  deadlines: Array<{
    kind: DeadlineKind;
    startAt: string;
    dueAt: string;
    doneAt: string | null;
    state: DeadlineState;
    daysLeft: number;
    beyondCalendar: boolean;
  }>;
  events: Array<{
    id: string;
    type: CaseEventType;
    at: string;
    actor: string;
    visitKind: VisitKind | null;
    payload: Record<string, unknown> | null;
    leader: { id: string; name: string } | null;
    unit: { id: string; name: string } | null;
  }>;
  category: { code: string };
  township: { code: string; name: string };
  village: { code: string; name: string };
};

export type CaseListFieldsFragment = {
  id: string;
  code: string;
  title: string;
  status: CaseStatus;
  channel: Channel;
  matterType: MatterType;
  receivedAt: string;
  currentDueAt: string | null;
  currentDeadline: DeadlineKind | null;
  collective: boolean;
  category: { code: string };
  township: { code: string; name: string };
  village: { code: string; name: string };
  leader: { id: string; name: string } | null;
};

export type CaseStatsQueryVariables = Exact<{
  filter: CaseFilter;
  groupBy: Array<CaseDimension> | CaseDimension;
}>;

export type CaseStatsQuery = {
  caseStats: Array<{
    period: string | null;
    categoryCode: string | null;
    townshipCode: string | null;
    villageCode: string | null;
    leaderId: number | null;
    channel: Channel | null;
    count: number | null;
    suppressed: boolean;
  }>;
};

export type CasesQueryVariables = Exact<{
  filter: CaseFilter;
  orderBy?: CaseOrder | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type CasesQuery = {
  cases: {
    totalCount: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        code: string;
        title: string;
        status: CaseStatus;
        channel: Channel;
        matterType: MatterType;
        receivedAt: string;
        currentDueAt: string | null;
        currentDeadline: DeadlineKind | null;
        collective: boolean;
        category: { code: string };
        township: { code: string; name: string };
        village: { code: string; name: string };
        leader: { id: string; name: string } | null;
      };
    }>;
  };
};

export type CloseCaseMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;

export type CloseCaseMutation = {
  closeCase: {
    summary: string;
    version: number;
    headcount: number;
    forwardedAt: string | null;
    acceptedAt: string | null;
    declinedAt: string | null;
    dueAt: string | null;
    leadershipDueAt: string | null;
    extendedTo: string | null;
    extensionDays: number | null;
    handlingDays: number | null;
    pausedDays: number;
    hearingStartedAt: string | null;
    repliedAt: string | null;
    deliveredAt: string | null;
    closedAt: string | null;
    ratedAt: string | null;
    reviewRequestedAt: string | null;
    reviewChanged: boolean | null;
    reviewDeliveredAt: string | null;
    rereviewRequestedAt: string | null;
    reopenedAt: string | null;
    reopenCount: number;
    outcome: Outcome | null;
    satisfaction: Satisfaction | null;
    delayReason: string | null;
    allowedSteps: Array<CaseEventType>;
    id: string;
    code: string;
    title: string;
    status: CaseStatus;
    channel: Channel;
    matterType: MatterType;
    receivedAt: string;
    currentDueAt: string | null;
    currentDeadline: DeadlineKind | null;
    collective: boolean;
    leader: { title: string; id: string; name: string } | null;
    unit: { id: string; name: string } | null;
    repeatOf: { id: string; code: string } | null;
    petitioners: Array<{
      id: string;
      name: string;
      phone: string;
      idNumber: string;
      representative: boolean;
    }>;
    deadlines: Array<{
      kind: DeadlineKind;
      startAt: string;
      dueAt: string;
      doneAt: string | null;
      state: DeadlineState;
      daysLeft: number;
      beyondCalendar: boolean;
    }>;
    events: Array<{
      id: string;
      type: CaseEventType;
      at: string;
      actor: string;
      visitKind: VisitKind | null;
      payload: Record<string, unknown> | null;
      leader: { id: string; name: string } | null;
      unit: { id: string; name: string } | null;
    }>;
    category: { code: string };
    township: { code: string; name: string };
    village: { code: string; name: string };
  };
};

export type DataChangedSubscriptionVariables = Exact<{ [key: string]: never }>;

export type DataChangedSubscription = { caseChanged: { at: string } };

export type DeclineCaseMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;

export type DeclineCaseMutation = {
  declineCase: {
    summary: string;
    version: number;
    headcount: number;
    forwardedAt: string | null;
    acceptedAt: string | null;
    declinedAt: string | null;
    dueAt: string | null;
    leadershipDueAt: string | null;
    extendedTo: string | null;
    extensionDays: number | null;
    handlingDays: number | null;
    pausedDays: number;
    hearingStartedAt: string | null;
    repliedAt: string | null;
    deliveredAt: string | null;
    closedAt: string | null;
    ratedAt: string | null;
    reviewRequestedAt: string | null;
    reviewChanged: boolean | null;
    reviewDeliveredAt: string | null;
    rereviewRequestedAt: string | null;
    reopenedAt: string | null;
    reopenCount: number;
    outcome: Outcome | null;
    satisfaction: Satisfaction | null;
    delayReason: string | null;
    allowedSteps: Array<CaseEventType>;
    id: string;
    code: string;
    title: string;
    status: CaseStatus;
    channel: Channel;
    matterType: MatterType;
    receivedAt: string;
    currentDueAt: string | null;
    currentDeadline: DeadlineKind | null;
    collective: boolean;
    leader: { title: string; id: string; name: string } | null;
    unit: { id: string; name: string } | null;
    repeatOf: { id: string; code: string } | null;
    petitioners: Array<{
      id: string;
      name: string;
      phone: string;
      idNumber: string;
      representative: boolean;
    }>;
    deadlines: Array<{
      kind: DeadlineKind;
      startAt: string;
      dueAt: string;
      doneAt: string | null;
      state: DeadlineState;
      daysLeft: number;
      beyondCalendar: boolean;
    }>;
    events: Array<{
      id: string;
      type: CaseEventType;
      at: string;
      actor: string;
      visitKind: VisitKind | null;
      payload: Record<string, unknown> | null;
      leader: { id: string; name: string } | null;
      unit: { id: string; name: string } | null;
    }>;
    category: { code: string };
    township: { code: string; name: string };
    village: { code: string; name: string };
  };
};

export type DeliverReplyMutationVariables = Exact<{
  id: string | number;
  version: number;
  deliveredOn: string;
}>;

export type DeliverReplyMutation = {
  deliverReply: {
    summary: string;
    version: number;
    headcount: number;
    forwardedAt: string | null;
    acceptedAt: string | null;
    declinedAt: string | null;
    dueAt: string | null;
    leadershipDueAt: string | null;
    extendedTo: string | null;
    extensionDays: number | null;
    handlingDays: number | null;
    pausedDays: number;
    hearingStartedAt: string | null;
    repliedAt: string | null;
    deliveredAt: string | null;
    closedAt: string | null;
    ratedAt: string | null;
    reviewRequestedAt: string | null;
    reviewChanged: boolean | null;
    reviewDeliveredAt: string | null;
    rereviewRequestedAt: string | null;
    reopenedAt: string | null;
    reopenCount: number;
    outcome: Outcome | null;
    satisfaction: Satisfaction | null;
    delayReason: string | null;
    allowedSteps: Array<CaseEventType>;
    id: string;
    code: string;
    title: string;
    status: CaseStatus;
    channel: Channel;
    matterType: MatterType;
    receivedAt: string;
    currentDueAt: string | null;
    currentDeadline: DeadlineKind | null;
    collective: boolean;
    leader: { title: string; id: string; name: string } | null;
    unit: { id: string; name: string } | null;
    repeatOf: { id: string; code: string } | null;
    petitioners: Array<{
      id: string;
      name: string;
      phone: string;
      idNumber: string;
      representative: boolean;
    }>;
    deadlines: Array<{
      kind: DeadlineKind;
      startAt: string;
      dueAt: string;
      doneAt: string | null;
      state: DeadlineState;
      daysLeft: number;
      beyondCalendar: boolean;
    }>;
    events: Array<{
      id: string;
      type: CaseEventType;
      at: string;
      actor: string;
      visitKind: VisitKind | null;
      payload: Record<string, unknown> | null;
      leader: { id: string; name: string } | null;
      unit: { id: string; name: string } | null;
    }>;
    category: { code: string };
    township: { code: string; name: string };
    village: { code: string; name: string };
  };
};

export type EarlyWarningFieldsFragment = {
  id: string;
  scope: EarlyWarningScope;
  month: string;
  provisional: boolean;
  level: EarlyWarningLevel;
  observed: number;
  expected: number;
  upperYellow: number;
  upperRed: number;
  pValue: number | null;
  trend: boolean;
  baselineYears: number;
  raisedAt: string | null;
  township: { code: string; name: string };
  village: { code: string; name: string } | null;
  category: { code: string; nameZh: string; nameEn: string };
};

export type EarlyWarningsQueryVariables = Exact<{
  filter?: EarlyWarningFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
  months: number;
}>;

export type EarlyWarningsQuery = {
  earlyWarningCounts: { red: number; yellow: number };
  earlyWarnings: {
    edges: Array<{
      node: {
        baselineMonths: Array<string>;
        id: string;
        scope: EarlyWarningScope;
        month: string;
        provisional: boolean;
        level: EarlyWarningLevel;
        observed: number;
        expected: number;
        upperYellow: number;
        upperRed: number;
        pValue: number | null;
        trend: boolean;
        baselineYears: number;
        raisedAt: string | null;
        series: Array<{
          month: string;
          observed: number;
          expected: number | null;
          upperYellow: number | null;
          upperRed: number | null;
          level: EarlyWarningLevel | null;
        }>;
        township: { code: string; name: string };
        village: { code: string; name: string } | null;
        category: { code: string; nameZh: string; nameEn: string };
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type EndHearingMutationVariables = Exact<{
  id: string | number;
  version: number;
  days: number;
}>;

export type EndHearingMutation = {
  endHearing: {
    summary: string;
    version: number;
    headcount: number;
    forwardedAt: string | null;
    acceptedAt: string | null;
    declinedAt: string | null;
    dueAt: string | null;
    leadershipDueAt: string | null;
    extendedTo: string | null;
    extensionDays: number | null;
    handlingDays: number | null;
    pausedDays: number;
    hearingStartedAt: string | null;
    repliedAt: string | null;
    deliveredAt: string | null;
    closedAt: string | null;
    ratedAt: string | null;
    reviewRequestedAt: string | null;
    reviewChanged: boolean | null;
    reviewDeliveredAt: string | null;
    rereviewRequestedAt: string | null;
    reopenedAt: string | null;
    reopenCount: number;
    outcome: Outcome | null;
    satisfaction: Satisfaction | null;
    delayReason: string | null;
    allowedSteps: Array<CaseEventType>;
    id: string;
    code: string;
    title: string;
    status: CaseStatus;
    channel: Channel;
    matterType: MatterType;
    receivedAt: string;
    currentDueAt: string | null;
    currentDeadline: DeadlineKind | null;
    collective: boolean;
    leader: { title: string; id: string; name: string } | null;
    unit: { id: string; name: string } | null;
    repeatOf: { id: string; code: string } | null;
    petitioners: Array<{
      id: string;
      name: string;
      phone: string;
      idNumber: string;
      representative: boolean;
    }>;
    deadlines: Array<{
      kind: DeadlineKind;
      startAt: string;
      dueAt: string;
      doneAt: string | null;
      state: DeadlineState;
      daysLeft: number;
      beyondCalendar: boolean;
    }>;
    events: Array<{
      id: string;
      type: CaseEventType;
      at: string;
      actor: string;
      visitKind: VisitKind | null;
      payload: Record<string, unknown> | null;
      leader: { id: string; name: string } | null;
      unit: { id: string; name: string } | null;
    }>;
    category: { code: string };
    township: { code: string; name: string };
    village: { code: string; name: string };
  };
};

export type ExtendDeadlineMutationVariables = Exact<{
  id: string | number;
  version: number;
  days: number;
  reason: string;
  approverLeaderId: number;
}>;

export type ExtendDeadlineMutation = {
  extendDeadline: {
    summary: string;
    version: number;
    headcount: number;
    forwardedAt: string | null;
    acceptedAt: string | null;
    declinedAt: string | null;
    dueAt: string | null;
    leadershipDueAt: string | null;
    extendedTo: string | null;
    extensionDays: number | null;
    handlingDays: number | null;
    pausedDays: number;
    hearingStartedAt: string | null;
    repliedAt: string | null;
    deliveredAt: string | null;
    closedAt: string | null;
    ratedAt: string | null;
    reviewRequestedAt: string | null;
    reviewChanged: boolean | null;
    reviewDeliveredAt: string | null;
    rereviewRequestedAt: string | null;
    reopenedAt: string | null;
    reopenCount: number;
    outcome: Outcome | null;
    satisfaction: Satisfaction | null;
    delayReason: string | null;
    allowedSteps: Array<CaseEventType>;
    id: string;
    code: string;
    title: string;
    status: CaseStatus;
    channel: Channel;
    matterType: MatterType;
    receivedAt: string;
    currentDueAt: string | null;
    currentDeadline: DeadlineKind | null;
    collective: boolean;
    leader: { title: string; id: string; name: string } | null;
    unit: { id: string; name: string } | null;
    repeatOf: { id: string; code: string } | null;
    petitioners: Array<{
      id: string;
      name: string;
      phone: string;
      idNumber: string;
      representative: boolean;
    }>;
    deadlines: Array<{
      kind: DeadlineKind;
      startAt: string;
      dueAt: string;
      doneAt: string | null;
      state: DeadlineState;
      daysLeft: number;
      beyondCalendar: boolean;
    }>;
    events: Array<{
      id: string;
      type: CaseEventType;
      at: string;
      actor: string;
      visitKind: VisitKind | null;
      payload: Record<string, unknown> | null;
      leader: { id: string; name: string } | null;
      unit: { id: string; name: string } | null;
    }>;
    category: { code: string };
    township: { code: string; name: string };
    village: { code: string; name: string };
  };
};

export type ForwardCaseMutationVariables = Exact<{
  id: string | number;
  version: number;
  unitId: number;
  note?: string | null | undefined;
}>;

export type ForwardCaseMutation = {
  forwardCase: {
    summary: string;
    version: number;
    headcount: number;
    forwardedAt: string | null;
    acceptedAt: string | null;
    declinedAt: string | null;
    dueAt: string | null;
    leadershipDueAt: string | null;
    extendedTo: string | null;
    extensionDays: number | null;
    handlingDays: number | null;
    pausedDays: number;
    hearingStartedAt: string | null;
    repliedAt: string | null;
    deliveredAt: string | null;
    closedAt: string | null;
    ratedAt: string | null;
    reviewRequestedAt: string | null;
    reviewChanged: boolean | null;
    reviewDeliveredAt: string | null;
    rereviewRequestedAt: string | null;
    reopenedAt: string | null;
    reopenCount: number;
    outcome: Outcome | null;
    satisfaction: Satisfaction | null;
    delayReason: string | null;
    allowedSteps: Array<CaseEventType>;
    id: string;
    code: string;
    title: string;
    status: CaseStatus;
    channel: Channel;
    matterType: MatterType;
    receivedAt: string;
    currentDueAt: string | null;
    currentDeadline: DeadlineKind | null;
    collective: boolean;
    leader: { title: string; id: string; name: string } | null;
    unit: { id: string; name: string } | null;
    repeatOf: { id: string; code: string } | null;
    petitioners: Array<{
      id: string;
      name: string;
      phone: string;
      idNumber: string;
      representative: boolean;
    }>;
    deadlines: Array<{
      kind: DeadlineKind;
      startAt: string;
      dueAt: string;
      doneAt: string | null;
      state: DeadlineState;
      daysLeft: number;
      beyondCalendar: boolean;
    }>;
    events: Array<{
      id: string;
      type: CaseEventType;
      at: string;
      actor: string;
      visitKind: VisitKind | null;
      payload: Record<string, unknown> | null;
      leader: { id: string; name: string } | null;
      unit: { id: string; name: string } | null;
    }>;
    category: { code: string };
    township: { code: string; name: string };
    village: { code: string; name: string };
  };
};

export type HeadlineKpisFragment = {
  timelyAcceptance: { numerator: number; denominator: number; rate: number | null };
  onTimeClosure: { numerator: number; denominator: number; rate: number | null };
  satisfaction: { numerator: number; denominator: number; rate: number | null };
};

export type HeadlineKpisWithCompanionFragment = {
  ratingParticipation: { numerator: number; denominator: number; rate: number | null };
  timelyAcceptance: { numerator: number; denominator: number; rate: number | null };
  onTimeClosure: { numerator: number; denominator: number; rate: number | null };
  satisfaction: { numerator: number; denominator: number; rate: number | null };
};

export type KpiDefinitionsQueryVariables = Exact<{ [key: string]: never }>;

export type KpiDefinitionsQuery = {
  kpiDefinitions: Array<{
    code: KpiCode;
    field: string;
    higherIsBetter: boolean;
    companion: KpiCode | null;
    anchor: KpiAnchor;
    name: { zh: string; en: string };
    formula: { zh: string; en: string };
    numerator: { zh: string; en: string };
    denominator: { zh: string; en: string };
    excluded: { zh: string; en: string };
    anchorLabel: { zh: string; en: string };
    regulation: { zh: string; en: string };
  }>;
};

export type KpiFieldsFragment = { numerator: number; denominator: number; rate: number | null };

export type KpiTargetsQueryVariables = Exact<{ [key: string]: never }>;

export type KpiTargetsQuery = {
  kpiTargets: Array<{ code: KpiCode; direction: TargetDirection; targetPercent: number | null }>;
};

export type LeaderDetailQueryVariables = Exact<{
  id: string | number;
  filter: CaseFilter;
  kpiFilter: CaseFilter;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;

export type LeaderDetailQuery = {
  kpis: {
    leaderResolution: { numerator: number; denominator: number; rate: number | null };
    timelyAcceptance: { numerator: number; denominator: number; rate: number | null };
    onTimeClosure: { numerator: number; denominator: number; rate: number | null };
    satisfaction: { numerator: number; denominator: number; rate: number | null };
  };
  leader: {
    id: string;
    name: string;
    title: string;
    rank: LeaderRank;
    post: LeaderPost;
    unit: { name: string } | null;
    township: { name: string } | null;
    cases: {
      totalCount: number;
      edges: Array<{
        node: {
          id: string;
          code: string;
          title: string;
          status: CaseStatus;
          channel: Channel;
          matterType: MatterType;
          receivedAt: string;
          currentDueAt: string | null;
          currentDeadline: DeadlineKind | null;
          collective: boolean;
          category: { code: string };
          township: { code: string; name: string };
          village: { code: string; name: string };
          leader: { id: string; name: string } | null;
        };
      }>;
    };
    visitDays: Array<{ day: string; count: number }>;
    visits: Array<{
      id: string;
      at: string;
      visitKind: VisitKind | null;
      case: { id: string; code: string; title: string };
    }>;
    instructions: Array<{
      id: string;
      at: string;
      payload: Record<string, unknown> | null;
      case: { id: string; code: string; title: string };
    }>;
  };
};

export type LeaderWorkloadSummaryFragment = {
  owned: number;
  open: number;
  closed: number;
  overdue: number;
  leader: { id: string; name: string; title: string };
  closedOnTime: { numerator: number; denominator: number; rate: number | null };
};

export type LeaderWorkloadsQueryVariables = Exact<{
  filter: CaseFilter;
}>;

export type LeaderWorkloadsQuery = {
  leaderWorkloads: Array<{
    closedInTime: number;
    instructions: number;
    owned: number;
    open: number;
    closed: number;
    overdue: number;
    resolution: { numerator: number; denominator: number; rate: number | null };
    visits: Array<{ kind: VisitKind; count: number }>;
    leader: { id: string; name: string; title: string };
    closedOnTime: { numerator: number; denominator: number; rate: number | null };
  }>;
};

export type MapAlertsQueryVariables = Exact<{
  filter: EarlyWarningFilter;
  after?: string | null | undefined;
}>;

export type MapAlertsQuery = {
  earlyWarnings: {
    edges: Array<{
      node: {
        id: string;
        scope: EarlyWarningScope;
        month: string;
        level: EarlyWarningLevel;
        township: { code: string };
        village: { code: string } | null;
        category: { code: string };
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type MapBoundariesQueryVariables = Exact<{ [key: string]: never }>;

export type MapBoundariesQuery = {
  boundaryPack: { name: string; loadedAt: string; sha256: string; geojson: Record<string, unknown> } | null;
};

export type MapTownshipsQueryVariables = Exact<{
  filter: CaseFilter;
  monthsFilter: CaseFilter;
}>;

export type MapTownshipsQuery = {
  period: Array<{
    townshipCode: string | null;
    count: number | null;
    suppressed: boolean;
    kpis: {
      timelyAcceptance: { numerator: number; denominator: number; rate: number | null };
      onTimeClosure: { numerator: number; denominator: number; rate: number | null };
      satisfaction: { numerator: number; denominator: number; rate: number | null };
    } | null;
  }>;
  months: Array<{
    period: string | null;
    townshipCode: string | null;
    count: number | null;
    suppressed: boolean;
    kpis: {
      timelyAcceptance: { numerator: number; denominator: number; rate: number | null };
      onTimeClosure: { numerator: number; denominator: number; rate: number | null };
      satisfaction: { numerator: number; denominator: number; rate: number | null };
    } | null;
  }>;
};

export type MapVillagesQueryVariables = Exact<{
  filter: CaseFilter;
  monthsFilter: CaseFilter;
}>;

export type MapVillagesQuery = {
  period: Array<{
    villageCode: string | null;
    count: number | null;
    suppressed: boolean;
    kpis: {
      timelyAcceptance: { numerator: number; denominator: number; rate: number | null };
      onTimeClosure: { numerator: number; denominator: number; rate: number | null };
      satisfaction: { numerator: number; denominator: number; rate: number | null };
    } | null;
  }>;
  months: Array<{
    period: string | null;
    villageCode: string | null;
    count: number | null;
    suppressed: boolean;
  }>;
};

export type MarkRepeatMutationVariables = Exact<{
  id: string | number;
  version: number;
  repeatOfCode: string;
}>;

export type MarkRepeatMutation = {
  markRepeat: {
    summary: string;
    version: number;
    headcount: number;
    forwardedAt: string | null;
    acceptedAt: string | null;
    declinedAt: string | null;
    dueAt: string | null;
    leadershipDueAt: string | null;
    extendedTo: string | null;
    extensionDays: number | null;
    handlingDays: number | null;
    pausedDays: number;
    hearingStartedAt: string | null;
    repliedAt: string | null;
    deliveredAt: string | null;
    closedAt: string | null;
    ratedAt: string | null;
    reviewRequestedAt: string | null;
    reviewChanged: boolean | null;
    reviewDeliveredAt: string | null;
    rereviewRequestedAt: string | null;
    reopenedAt: string | null;
    reopenCount: number;
    outcome: Outcome | null;
    satisfaction: Satisfaction | null;
    delayReason: string | null;
    allowedSteps: Array<CaseEventType>;
    id: string;
    code: string;
    title: string;
    status: CaseStatus;
    channel: Channel;
    matterType: MatterType;
    receivedAt: string;
    currentDueAt: string | null;
    currentDeadline: DeadlineKind | null;
    collective: boolean;
    leader: { title: string; id: string; name: string } | null;
    unit: { id: string; name: string } | null;
    repeatOf: { id: string; code: string } | null;
    petitioners: Array<{
      id: string;
      name: string;
      phone: string;
      idNumber: string;
      representative: boolean;
    }>;
    deadlines: Array<{
      kind: DeadlineKind;
      startAt: string;
      dueAt: string;
      doneAt: string | null;
      state: DeadlineState;
      daysLeft: number;
      beyondCalendar: boolean;
    }>;
    events: Array<{
      id: string;
      type: CaseEventType;
      at: string;
      actor: string;
      visitKind: VisitKind | null;
      payload: Record<string, unknown> | null;
      leader: { id: string; name: string } | null;
      unit: { id: string; name: string } | null;
    }>;
    category: { code: string };
    township: { code: string; name: string };
    village: { code: string; name: string };
  };
};

export type OverviewQueryVariables = Exact<{
  filter: CaseFilter;
  lastYear: CaseFilter;
  open: CaseFilter;
  today: CaseFilter;
  trend: CaseFilter;
  warningFilter: CaseFilter;
  warningsFirst: number;
  withWarningList: boolean;
}>;

export type OverviewQuery = {
  current: {
    ratingParticipation: { numerator: number; denominator: number; rate: number | null };
    timelyAcceptance: { numerator: number; denominator: number; rate: number | null };
    onTimeClosure: { numerator: number; denominator: number; rate: number | null };
    satisfaction: { numerator: number; denominator: number; rate: number | null };
  };
  lastYear: {
    ratingParticipation: { numerator: number; denominator: number; rate: number | null };
    timelyAcceptance: { numerator: number; denominator: number; rate: number | null };
    onTimeClosure: { numerator: number; denominator: number; rate: number | null };
    satisfaction: { numerator: number; denominator: number; rate: number | null };
  };
  total: Array<{ count: number | null; suppressed: boolean }>;
  openNow: Array<{ count: number | null; suppressed: boolean }>;
  newToday: Array<{ count: number | null; suppressed: boolean }>;
  trend: Array<{
    period: string | null;
    count: number | null;
    suppressed: boolean;
    kpis: {
      timelyAcceptance: { numerator: number; denominator: number; rate: number | null };
      onTimeClosure: { numerator: number; denominator: number; rate: number | null };
      satisfaction: { numerator: number; denominator: number; rate: number | null };
    } | null;
  }>;
  byCategory: Array<{ categoryCode: string | null; count: number | null; suppressed: boolean }>;
  byTownship: Array<{
    townshipCode: string | null;
    count: number | null;
    suppressed: boolean;
    kpis: {
      timelyAcceptance: { numerator: number; denominator: number; rate: number | null };
      onTimeClosure: { numerator: number; denominator: number; rate: number | null };
      satisfaction: { numerator: number; denominator: number; rate: number | null };
    } | null;
  }>;
  warningCounts: { red: number; yellow: number };
  warnings?: Array<{
    level: WarningLevel;
    daysLeft: number;
    dueAt: string;
    deadlineKind: DeadlineKind;
    case: { id: string; code: string; title: string; township: { name: string }; village: { name: string } };
  }>;
};

export type OverviewEarlyWarningsQueryVariables = Exact<{
  filter?: EarlyWarningFilter | null | undefined;
  first: number;
}>;

export type OverviewEarlyWarningsQuery = {
  earlyWarningCounts: { red: number; yellow: number };
  earlyWarnings: {
    edges: Array<{
      node: {
        id: string;
        scope: EarlyWarningScope;
        month: string;
        provisional: boolean;
        level: EarlyWarningLevel;
        observed: number;
        expected: number;
        upperYellow: number;
        upperRed: number;
        pValue: number | null;
        trend: boolean;
        baselineYears: number;
        raisedAt: string | null;
        township: { code: string; name: string };
        village: { code: string; name: string } | null;
        category: { code: string; nameZh: string; nameEn: string };
      };
    }>;
  };
};

export type PeriodRevisionsQueryVariables = Exact<{
  from: string;
  to: string;
}>;

export type PeriodRevisionsQuery = {
  periodRevisions: Array<{
    id: number;
    month: string;
    revisedAt: string;
    revisedBy: string;
    reason: string;
    kpis: Array<{
      code: KpiCode;
      before: { numerator: number; denominator: number; rate: number | null };
      after: { numerator: number; denominator: number; rate: number | null };
    }>;
  }>;
};

export type RateSatisfactionMutationVariables = Exact<{
  id: string | number;
  version: number;
  satisfaction: Satisfaction;
}>;

export type RateSatisfactionMutation = {
  rateSatisfaction: {
    summary: string;
    version: number;
    headcount: number;
    forwardedAt: string | null;
    acceptedAt: string | null;
    declinedAt: string | null;
    dueAt: string | null;
    leadershipDueAt: string | null;
    extendedTo: string | null;
    extensionDays: number | null;
    handlingDays: number | null;
    pausedDays: number;
    hearingStartedAt: string | null;
    repliedAt: string | null;
    deliveredAt: string | null;
    closedAt: string | null;
    ratedAt: string | null;
    reviewRequestedAt: string | null;
    reviewChanged: boolean | null;
    reviewDeliveredAt: string | null;
    rereviewRequestedAt: string | null;
    reopenedAt: string | null;
    reopenCount: number;
    outcome: Outcome | null;
    satisfaction: Satisfaction | null;
    delayReason: string | null;
    allowedSteps: Array<CaseEventType>;
    id: string;
    code: string;
    title: string;
    status: CaseStatus;
    channel: Channel;
    matterType: MatterType;
    receivedAt: string;
    currentDueAt: string | null;
    currentDeadline: DeadlineKind | null;
    collective: boolean;
    leader: { title: string; id: string; name: string } | null;
    unit: { id: string; name: string } | null;
    repeatOf: { id: string; code: string } | null;
    petitioners: Array<{
      id: string;
      name: string;
      phone: string;
      idNumber: string;
      representative: boolean;
    }>;
    deadlines: Array<{
      kind: DeadlineKind;
      startAt: string;
      dueAt: string;
      doneAt: string | null;
      state: DeadlineState;
      daysLeft: number;
      beyondCalendar: boolean;
    }>;
    events: Array<{
      id: string;
      type: CaseEventType;
      at: string;
      actor: string;
      visitKind: VisitKind | null;
      payload: Record<string, unknown> | null;
      leader: { id: string; name: string } | null;
      unit: { id: string; name: string } | null;
    }>;
    category: { code: string };
    township: { code: string; name: string };
    village: { code: string; name: string };
  };
};

export type RecordCoordinationMutationVariables = Exact<{
  id: string | number;
  version: number;
  parties: Array<string> | string;
  decisions: Array<string> | string;
}>;

export type RecordCoordinationMutation = {
  recordCoordination: {
    summary: string;
    version: number;
    headcount: number;
    forwardedAt: string | null;
    acceptedAt: string | null;
    declinedAt: string | null;
    dueAt: string | null;
    leadershipDueAt: string | null;
    extendedTo: string | null;
    extensionDays: number | null;
    handlingDays: number | null;
    pausedDays: number;
    hearingStartedAt: string | null;
    repliedAt: string | null;
    deliveredAt: string | null;
    closedAt: string | null;
    ratedAt: string | null;
    reviewRequestedAt: string | null;
    reviewChanged: boolean | null;
    reviewDeliveredAt: string | null;
    rereviewRequestedAt: string | null;
    reopenedAt: string | null;
    reopenCount: number;
    outcome: Outcome | null;
    satisfaction: Satisfaction | null;
    delayReason: string | null;
    allowedSteps: Array<CaseEventType>;
    id: string;
    code: string;
    title: string;
    status: CaseStatus;
    channel: Channel;
    matterType: MatterType;
    receivedAt: string;
    currentDueAt: string | null;
    currentDeadline: DeadlineKind | null;
    collective: boolean;
    leader: { title: string; id: string; name: string } | null;
    unit: { id: string; name: string } | null;
    repeatOf: { id: string; code: string } | null;
    petitioners: Array<{
      id: string;
      name: string;
      phone: string;
      idNumber: string;
      representative: boolean;
    }>;
    deadlines: Array<{
      kind: DeadlineKind;
      startAt: string;
      dueAt: string;
      doneAt: string | null;
      state: DeadlineState;
      daysLeft: number;
      beyondCalendar: boolean;
    }>;
    events: Array<{
      id: string;
      type: CaseEventType;
      at: string;
      actor: string;
      visitKind: VisitKind | null;
      payload: Record<string, unknown> | null;
      leader: { id: string; name: string } | null;
      unit: { id: string; name: string } | null;
    }>;
    category: { code: string };
    township: { code: string; name: string };
    village: { code: string; name: string };
  };
};

export type RecordInstructionMutationVariables = Exact<{
  id: string | number;
  version: number;
  leaderId: number;
  text: string;
}>;

export type RecordInstructionMutation = {
  recordInstruction: {
    summary: string;
    version: number;
    headcount: number;
    forwardedAt: string | null;
    acceptedAt: string | null;
    declinedAt: string | null;
    dueAt: string | null;
    leadershipDueAt: string | null;
    extendedTo: string | null;
    extensionDays: number | null;
    handlingDays: number | null;
    pausedDays: number;
    hearingStartedAt: string | null;
    repliedAt: string | null;
    deliveredAt: string | null;
    closedAt: string | null;
    ratedAt: string | null;
    reviewRequestedAt: string | null;
    reviewChanged: boolean | null;
    reviewDeliveredAt: string | null;
    rereviewRequestedAt: string | null;
    reopenedAt: string | null;
    reopenCount: number;
    outcome: Outcome | null;
    satisfaction: Satisfaction | null;
    delayReason: string | null;
    allowedSteps: Array<CaseEventType>;
    id: string;
    code: string;
    title: string;
    status: CaseStatus;
    channel: Channel;
    matterType: MatterType;
    receivedAt: string;
    currentDueAt: string | null;
    currentDeadline: DeadlineKind | null;
    collective: boolean;
    leader: { title: string; id: string; name: string } | null;
    unit: { id: string; name: string } | null;
    repeatOf: { id: string; code: string } | null;
    petitioners: Array<{
      id: string;
      name: string;
      phone: string;
      idNumber: string;
      representative: boolean;
    }>;
    deadlines: Array<{
      kind: DeadlineKind;
      startAt: string;
      dueAt: string;
      doneAt: string | null;
      state: DeadlineState;
      daysLeft: number;
      beyondCalendar: boolean;
    }>;
    events: Array<{
      id: string;
      type: CaseEventType;
      at: string;
      actor: string;
      visitKind: VisitKind | null;
      payload: Record<string, unknown> | null;
      leader: { id: string; name: string } | null;
      unit: { id: string; name: string } | null;
    }>;
    category: { code: string };
    township: { code: string; name: string };
    village: { code: string; name: string };
  };
};

export type RecordVisitMutationVariables = Exact<{
  id: string | number;
  version: number;
  kind: VisitKind;
  leaderId: number;
  note?: string | null | undefined;
}>;

export type RecordVisitMutation = {
  recordVisit: {
    summary: string;
    version: number;
    headcount: number;
    forwardedAt: string | null;
    acceptedAt: string | null;
    declinedAt: string | null;
    dueAt: string | null;
    leadershipDueAt: string | null;
    extendedTo: string | null;
    extensionDays: number | null;
    handlingDays: number | null;
    pausedDays: number;
    hearingStartedAt: string | null;
    repliedAt: string | null;
    deliveredAt: string | null;
    closedAt: string | null;
    ratedAt: string | null;
    reviewRequestedAt: string | null;
    reviewChanged: boolean | null;
    reviewDeliveredAt: string | null;
    rereviewRequestedAt: string | null;
    reopenedAt: string | null;
    reopenCount: number;
    outcome: Outcome | null;
    satisfaction: Satisfaction | null;
    delayReason: string | null;
    allowedSteps: Array<CaseEventType>;
    id: string;
    code: string;
    title: string;
    status: CaseStatus;
    channel: Channel;
    matterType: MatterType;
    receivedAt: string;
    currentDueAt: string | null;
    currentDeadline: DeadlineKind | null;
    collective: boolean;
    leader: { title: string; id: string; name: string } | null;
    unit: { id: string; name: string } | null;
    repeatOf: { id: string; code: string } | null;
    petitioners: Array<{
      id: string;
      name: string;
      phone: string;
      idNumber: string;
      representative: boolean;
    }>;
    deadlines: Array<{
      kind: DeadlineKind;
      startAt: string;
      dueAt: string;
      doneAt: string | null;
      state: DeadlineState;
      daysLeft: number;
      beyondCalendar: boolean;
    }>;
    events: Array<{
      id: string;
      type: CaseEventType;
      at: string;
      actor: string;
      visitKind: VisitKind | null;
      payload: Record<string, unknown> | null;
      leader: { id: string; name: string } | null;
      unit: { id: string; name: string } | null;
    }>;
    category: { code: string };
    township: { code: string; name: string };
    village: { code: string; name: string };
  };
};

export type ReferenceQueryVariables = Exact<{ [key: string]: never }>;

export type ReferenceQuery = {
  townships: Array<{
    code: string;
    name: string;
    kind: TownshipKind;
    villages: Array<{ code: string; name: string; townshipCode: string; population: number }>;
  }>;
  categories: Array<{ code: string; nameZh: string; nameEn: string; sortOrder: number }>;
  leaders: Array<{ id: string; name: string; title: string; rank: LeaderRank }>;
  units: Array<{ id: string; name: string }>;
};

export type RemoveBoundaryPackMutationVariables = Exact<{ [key: string]: never }>;

export type RemoveBoundaryPackMutation = { removeBoundaryPack: boolean };

export type ReopenCaseMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;

export type ReopenCaseMutation = {
  reopenCase: {
    summary: string;
    version: number;
    headcount: number;
    forwardedAt: string | null;
    acceptedAt: string | null;
    declinedAt: string | null;
    dueAt: string | null;
    leadershipDueAt: string | null;
    extendedTo: string | null;
    extensionDays: number | null;
    handlingDays: number | null;
    pausedDays: number;
    hearingStartedAt: string | null;
    repliedAt: string | null;
    deliveredAt: string | null;
    closedAt: string | null;
    ratedAt: string | null;
    reviewRequestedAt: string | null;
    reviewChanged: boolean | null;
    reviewDeliveredAt: string | null;
    rereviewRequestedAt: string | null;
    reopenedAt: string | null;
    reopenCount: number;
    outcome: Outcome | null;
    satisfaction: Satisfaction | null;
    delayReason: string | null;
    allowedSteps: Array<CaseEventType>;
    id: string;
    code: string;
    title: string;
    status: CaseStatus;
    channel: Channel;
    matterType: MatterType;
    receivedAt: string;
    currentDueAt: string | null;
    currentDeadline: DeadlineKind | null;
    collective: boolean;
    leader: { title: string; id: string; name: string } | null;
    unit: { id: string; name: string } | null;
    repeatOf: { id: string; code: string } | null;
    petitioners: Array<{
      id: string;
      name: string;
      phone: string;
      idNumber: string;
      representative: boolean;
    }>;
    deadlines: Array<{
      kind: DeadlineKind;
      startAt: string;
      dueAt: string;
      doneAt: string | null;
      state: DeadlineState;
      daysLeft: number;
      beyondCalendar: boolean;
    }>;
    events: Array<{
      id: string;
      type: CaseEventType;
      at: string;
      actor: string;
      visitKind: VisitKind | null;
      payload: Record<string, unknown> | null;
      leader: { id: string; name: string } | null;
      unit: { id: string; name: string } | null;
    }>;
    category: { code: string };
    township: { code: string; name: string };
    village: { code: string; name: string };
  };
};

export type ReplyCaseMutationVariables = Exact<{
  id: string | number;
  version: number;
  outcome: Outcome;
  text: string;
  changed?: boolean | null | undefined;
}>;

export type ReplyCaseMutation = {
  replyCase: {
    summary: string;
    version: number;
    headcount: number;
    forwardedAt: string | null;
    acceptedAt: string | null;
    declinedAt: string | null;
    dueAt: string | null;
    leadershipDueAt: string | null;
    extendedTo: string | null;
    extensionDays: number | null;
    handlingDays: number | null;
    pausedDays: number;
    hearingStartedAt: string | null;
    repliedAt: string | null;
    deliveredAt: string | null;
    closedAt: string | null;
    ratedAt: string | null;
    reviewRequestedAt: string | null;
    reviewChanged: boolean | null;
    reviewDeliveredAt: string | null;
    rereviewRequestedAt: string | null;
    reopenedAt: string | null;
    reopenCount: number;
    outcome: Outcome | null;
    satisfaction: Satisfaction | null;
    delayReason: string | null;
    allowedSteps: Array<CaseEventType>;
    id: string;
    code: string;
    title: string;
    status: CaseStatus;
    channel: Channel;
    matterType: MatterType;
    receivedAt: string;
    currentDueAt: string | null;
    currentDeadline: DeadlineKind | null;
    collective: boolean;
    leader: { title: string; id: string; name: string } | null;
    unit: { id: string; name: string } | null;
    repeatOf: { id: string; code: string } | null;
    petitioners: Array<{
      id: string;
      name: string;
      phone: string;
      idNumber: string;
      representative: boolean;
    }>;
    deadlines: Array<{
      kind: DeadlineKind;
      startAt: string;
      dueAt: string;
      doneAt: string | null;
      state: DeadlineState;
      daysLeft: number;
      beyondCalendar: boolean;
    }>;
    events: Array<{
      id: string;
      type: CaseEventType;
      at: string;
      actor: string;
      visitKind: VisitKind | null;
      payload: Record<string, unknown> | null;
      leader: { id: string; name: string } | null;
      unit: { id: string; name: string } | null;
    }>;
    category: { code: string };
    township: { code: string; name: string };
    village: { code: string; name: string };
  };
};

export type RequestRereviewMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;

export type RequestRereviewMutation = {
  requestRereview: {
    summary: string;
    version: number;
    headcount: number;
    forwardedAt: string | null;
    acceptedAt: string | null;
    declinedAt: string | null;
    dueAt: string | null;
    leadershipDueAt: string | null;
    extendedTo: string | null;
    extensionDays: number | null;
    handlingDays: number | null;
    pausedDays: number;
    hearingStartedAt: string | null;
    repliedAt: string | null;
    deliveredAt: string | null;
    closedAt: string | null;
    ratedAt: string | null;
    reviewRequestedAt: string | null;
    reviewChanged: boolean | null;
    reviewDeliveredAt: string | null;
    rereviewRequestedAt: string | null;
    reopenedAt: string | null;
    reopenCount: number;
    outcome: Outcome | null;
    satisfaction: Satisfaction | null;
    delayReason: string | null;
    allowedSteps: Array<CaseEventType>;
    id: string;
    code: string;
    title: string;
    status: CaseStatus;
    channel: Channel;
    matterType: MatterType;
    receivedAt: string;
    currentDueAt: string | null;
    currentDeadline: DeadlineKind | null;
    collective: boolean;
    leader: { title: string; id: string; name: string } | null;
    unit: { id: string; name: string } | null;
    repeatOf: { id: string; code: string } | null;
    petitioners: Array<{
      id: string;
      name: string;
      phone: string;
      idNumber: string;
      representative: boolean;
    }>;
    deadlines: Array<{
      kind: DeadlineKind;
      startAt: string;
      dueAt: string;
      doneAt: string | null;
      state: DeadlineState;
      daysLeft: number;
      beyondCalendar: boolean;
    }>;
    events: Array<{
      id: string;
      type: CaseEventType;
      at: string;
      actor: string;
      visitKind: VisitKind | null;
      payload: Record<string, unknown> | null;
      leader: { id: string; name: string } | null;
      unit: { id: string; name: string } | null;
    }>;
    category: { code: string };
    township: { code: string; name: string };
    village: { code: string; name: string };
  };
};

export type RequestReviewMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;

export type RequestReviewMutation = {
  requestReview: {
    summary: string;
    version: number;
    headcount: number;
    forwardedAt: string | null;
    acceptedAt: string | null;
    declinedAt: string | null;
    dueAt: string | null;
    leadershipDueAt: string | null;
    extendedTo: string | null;
    extensionDays: number | null;
    handlingDays: number | null;
    pausedDays: number;
    hearingStartedAt: string | null;
    repliedAt: string | null;
    deliveredAt: string | null;
    closedAt: string | null;
    ratedAt: string | null;
    reviewRequestedAt: string | null;
    reviewChanged: boolean | null;
    reviewDeliveredAt: string | null;
    rereviewRequestedAt: string | null;
    reopenedAt: string | null;
    reopenCount: number;
    outcome: Outcome | null;
    satisfaction: Satisfaction | null;
    delayReason: string | null;
    allowedSteps: Array<CaseEventType>;
    id: string;
    code: string;
    title: string;
    status: CaseStatus;
    channel: Channel;
    matterType: MatterType;
    receivedAt: string;
    currentDueAt: string | null;
    currentDeadline: DeadlineKind | null;
    collective: boolean;
    leader: { title: string; id: string; name: string } | null;
    unit: { id: string; name: string } | null;
    repeatOf: { id: string; code: string } | null;
    petitioners: Array<{
      id: string;
      name: string;
      phone: string;
      idNumber: string;
      representative: boolean;
    }>;
    deadlines: Array<{
      kind: DeadlineKind;
      startAt: string;
      dueAt: string;
      doneAt: string | null;
      state: DeadlineState;
      daysLeft: number;
      beyondCalendar: boolean;
    }>;
    events: Array<{
      id: string;
      type: CaseEventType;
      at: string;
      actor: string;
      visitKind: VisitKind | null;
      payload: Record<string, unknown> | null;
      leader: { id: string; name: string } | null;
      unit: { id: string; name: string } | null;
    }>;
    category: { code: string };
    township: { code: string; name: string };
    village: { code: string; name: string };
  };
};

export type SetDeadlineMutationVariables = Exact<{
  id: string | number;
  version: number;
  days: number;
  leaderId?: number | null | undefined;
}>;

export type SetDeadlineMutation = {
  setDeadline: {
    summary: string;
    version: number;
    headcount: number;
    forwardedAt: string | null;
    acceptedAt: string | null;
    declinedAt: string | null;
    dueAt: string | null;
    leadershipDueAt: string | null;
    extendedTo: string | null;
    extensionDays: number | null;
    handlingDays: number | null;
    pausedDays: number;
    hearingStartedAt: string | null;
    repliedAt: string | null;
    deliveredAt: string | null;
    closedAt: string | null;
    ratedAt: string | null;
    reviewRequestedAt: string | null;
    reviewChanged: boolean | null;
    reviewDeliveredAt: string | null;
    rereviewRequestedAt: string | null;
    reopenedAt: string | null;
    reopenCount: number;
    outcome: Outcome | null;
    satisfaction: Satisfaction | null;
    delayReason: string | null;
    allowedSteps: Array<CaseEventType>;
    id: string;
    code: string;
    title: string;
    status: CaseStatus;
    channel: Channel;
    matterType: MatterType;
    receivedAt: string;
    currentDueAt: string | null;
    currentDeadline: DeadlineKind | null;
    collective: boolean;
    leader: { title: string; id: string; name: string } | null;
    unit: { id: string; name: string } | null;
    repeatOf: { id: string; code: string } | null;
    petitioners: Array<{
      id: string;
      name: string;
      phone: string;
      idNumber: string;
      representative: boolean;
    }>;
    deadlines: Array<{
      kind: DeadlineKind;
      startAt: string;
      dueAt: string;
      doneAt: string | null;
      state: DeadlineState;
      daysLeft: number;
      beyondCalendar: boolean;
    }>;
    events: Array<{
      id: string;
      type: CaseEventType;
      at: string;
      actor: string;
      visitKind: VisitKind | null;
      payload: Record<string, unknown> | null;
      leader: { id: string; name: string } | null;
      unit: { id: string; name: string } | null;
    }>;
    category: { code: string };
    township: { code: string; name: string };
    village: { code: string; name: string };
  };
};

export type SetKpiTargetMutationVariables = Exact<{
  kpi: KpiCode;
  targetPercent?: number | null | undefined;
}>;

export type SetKpiTargetMutation = {
  setKpiTarget: {
    code: KpiCode;
    direction: TargetDirection;
    targetPercent: number | null;
    updatedAt: string | null;
    updatedBy: string | null;
  };
};

export type StartHearingMutationVariables = Exact<{
  id: string | number;
  version: number;
  note?: string | null | undefined;
}>;

export type StartHearingMutation = {
  startHearing: {
    summary: string;
    version: number;
    headcount: number;
    forwardedAt: string | null;
    acceptedAt: string | null;
    declinedAt: string | null;
    dueAt: string | null;
    leadershipDueAt: string | null;
    extendedTo: string | null;
    extensionDays: number | null;
    handlingDays: number | null;
    pausedDays: number;
    hearingStartedAt: string | null;
    repliedAt: string | null;
    deliveredAt: string | null;
    closedAt: string | null;
    ratedAt: string | null;
    reviewRequestedAt: string | null;
    reviewChanged: boolean | null;
    reviewDeliveredAt: string | null;
    rereviewRequestedAt: string | null;
    reopenedAt: string | null;
    reopenCount: number;
    outcome: Outcome | null;
    satisfaction: Satisfaction | null;
    delayReason: string | null;
    allowedSteps: Array<CaseEventType>;
    id: string;
    code: string;
    title: string;
    status: CaseStatus;
    channel: Channel;
    matterType: MatterType;
    receivedAt: string;
    currentDueAt: string | null;
    currentDeadline: DeadlineKind | null;
    collective: boolean;
    leader: { title: string; id: string; name: string } | null;
    unit: { id: string; name: string } | null;
    repeatOf: { id: string; code: string } | null;
    petitioners: Array<{
      id: string;
      name: string;
      phone: string;
      idNumber: string;
      representative: boolean;
    }>;
    deadlines: Array<{
      kind: DeadlineKind;
      startAt: string;
      dueAt: string;
      doneAt: string | null;
      state: DeadlineState;
      daysLeft: number;
      beyondCalendar: boolean;
    }>;
    events: Array<{
      id: string;
      type: CaseEventType;
      at: string;
      actor: string;
      visitKind: VisitKind | null;
      payload: Record<string, unknown> | null;
      leader: { id: string; name: string } | null;
      unit: { id: string; name: string } | null;
    }>;
    category: { code: string };
    township: { code: string; name: string };
    village: { code: string; name: string };
  };
};

export type SuperviseCaseMutationVariables = Exact<{
  id: string | number;
  version: number;
  note: string;
  leaderId?: number | null | undefined;
  unitId?: number | null | undefined;
}>;

export type SuperviseCaseMutation = {
  superviseCase: {
    summary: string;
    version: number;
    headcount: number;
    forwardedAt: string | null;
    acceptedAt: string | null;
    declinedAt: string | null;
    dueAt: string | null;
    leadershipDueAt: string | null;
    extendedTo: string | null;
    extensionDays: number | null;
    handlingDays: number | null;
    pausedDays: number;
    hearingStartedAt: string | null;
    repliedAt: string | null;
    deliveredAt: string | null;
    closedAt: string | null;
    ratedAt: string | null;
    reviewRequestedAt: string | null;
    reviewChanged: boolean | null;
    reviewDeliveredAt: string | null;
    rereviewRequestedAt: string | null;
    reopenedAt: string | null;
    reopenCount: number;
    outcome: Outcome | null;
    satisfaction: Satisfaction | null;
    delayReason: string | null;
    allowedSteps: Array<CaseEventType>;
    id: string;
    code: string;
    title: string;
    status: CaseStatus;
    channel: Channel;
    matterType: MatterType;
    receivedAt: string;
    currentDueAt: string | null;
    currentDeadline: DeadlineKind | null;
    collective: boolean;
    leader: { title: string; id: string; name: string } | null;
    unit: { id: string; name: string } | null;
    repeatOf: { id: string; code: string } | null;
    petitioners: Array<{
      id: string;
      name: string;
      phone: string;
      idNumber: string;
      representative: boolean;
    }>;
    deadlines: Array<{
      kind: DeadlineKind;
      startAt: string;
      dueAt: string;
      doneAt: string | null;
      state: DeadlineState;
      daysLeft: number;
      beyondCalendar: boolean;
    }>;
    events: Array<{
      id: string;
      type: CaseEventType;
      at: string;
      actor: string;
      visitKind: VisitKind | null;
      payload: Record<string, unknown> | null;
      leader: { id: string; name: string } | null;
      unit: { id: string; name: string } | null;
    }>;
    category: { code: string };
    township: { code: string; name: string };
    village: { code: string; name: string };
  };
};

export type VillageTotalsQueryVariables = Exact<{
  filter: CaseFilter;
}>;

export type VillageTotalsQuery = {
  caseStats: Array<{
    villageCode: string | null;
    count: number | null;
    suppressed: boolean;
    kpis: {
      timelyAcceptance: { numerator: number; denominator: number; rate: number | null };
      onTimeClosure: { numerator: number; denominator: number; rate: number | null };
      satisfaction: { numerator: number; denominator: number; rate: number | null };
    } | null;
  }>;
};

export type WallBoundariesQueryVariables = Exact<{ [key: string]: never }>;

export type WallBoundariesQuery = {
  boundaryPack: { sha256: string; geojson: Record<string, unknown> } | null;
};

export type WallCaseChangedSubscriptionVariables = Exact<{ [key: string]: never }>;

export type WallCaseChangedSubscription = {
  caseChanged: { at: string; event: CaseEventType; township: { code: string } };
};

export type WallEarlyWarningRaisedSubscriptionVariables = Exact<{ [key: string]: never }>;

export type WallEarlyWarningRaisedSubscription = {
  earlyWarningRaised: {
    at: string;
    level: EarlyWarningLevel;
    month: string;
    provisional: boolean;
    township: { code: string };
    category: { code: string };
  };
};

export type WallEarlyWarningsQueryVariables = Exact<{
  thisMonth: EarlyWarningFilter;
  lastMonth: EarlyWarningFilter;
  monthBefore: EarlyWarningFilter;
  recent: EarlyWarningFilter;
  first: number;
}>;

export type WallEarlyWarningsQuery = {
  thisMonth: { red: number; yellow: number };
  lastMonth: { red: number; yellow: number };
  monthBefore: { red: number; yellow: number };
  earlyWarnings: {
    edges: Array<{
      node: {
        id: string;
        month: string;
        provisional: boolean;
        level: EarlyWarningLevel;
        township: { code: string };
        category: { code: string };
      };
    }>;
  };
};

export type WallLeadersQueryVariables = Exact<{
  filter: CaseFilter;
}>;

export type WallLeadersQuery = {
  leaderWorkloads: Array<{
    owned: number;
    open: number;
    closed: number;
    overdue: number;
    leader: { id: string; name: string; title: string };
    closedOnTime: { numerator: number; denominator: number; rate: number | null };
  }>;
};

export type WallOverviewQueryVariables = Exact<{
  ytd: CaseFilter;
  lastYear: CaseFilter;
  today: CaseFilter;
  month: CaseFilter;
  trend: CaseFilter;
  open: CaseFilter;
}>;

export type WallOverviewQuery = {
  current: {
    ratingParticipation: { numerator: number; denominator: number; rate: number | null };
    timelyAcceptance: { numerator: number; denominator: number; rate: number | null };
    onTimeClosure: { numerator: number; denominator: number; rate: number | null };
    satisfaction: { numerator: number; denominator: number; rate: number | null };
  };
  previous: {
    timelyAcceptance: { numerator: number; denominator: number; rate: number | null };
    onTimeClosure: { numerator: number; denominator: number; rate: number | null };
    satisfaction: { numerator: number; denominator: number; rate: number | null };
  };
  newToday: Array<{ count: number | null; suppressed: boolean }>;
  newMonth: Array<{ count: number | null; suppressed: boolean }>;
  byCategory: Array<{ categoryCode: string | null; count: number | null; suppressed: boolean }>;
  byTownship: Array<{ townshipCode: string | null; count: number | null; suppressed: boolean }>;
  trend: Array<{ period: string | null; count: number | null; suppressed: boolean }>;
  warningCounts: { red: number; yellow: number };
  kpiTargets: Array<{ code: KpiCode; direction: TargetDirection; targetPercent: number | null }>;
};

export type WallReferenceQueryVariables = Exact<{ [key: string]: never }>;

export type WallReferenceQuery = {
  townships: Array<{ code: string; name: string; villages: Array<{ code: string; name: string }> }>;
  categories: Array<{ code: string; nameZh: string; nameEn: string; sortOrder: number }>;
};

export type WallTickerQueryVariables = Exact<{
  first: number;
  filter?: CaseFilter | null | undefined;
}>;

export type WallTickerQuery = {
  caseTicker: Array<{
    receivedAt: string;
    category: { code: string };
    township: { code: string };
    village: { code: string; name: string } | null;
  }>;
};

export type WallVillagesQueryVariables = Exact<{
  filter: CaseFilter;
}>;

export type WallVillagesQuery = {
  caseStats: Array<{
    townshipCode: string | null;
    villageCode: string | null;
    count: number | null;
    suppressed: boolean;
  }>;
};

export type WarningNoticesSubscriptionVariables = Exact<{ [key: string]: never }>;

export type WarningNoticesSubscription = {
  earlyWarningRaised: {
    at: string;
    level: EarlyWarningLevel;
    scope: EarlyWarningScope;
    month: string;
    provisional: boolean;
    township: { code: string; name: string };
    village: { code: string; name: string } | null;
    category: { code: string; nameZh: string; nameEn: string };
  };
};

export const CaseListFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matterType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'collective' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'township' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'village' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseListFieldsFragment, unknown>;
export const CaseDetailFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forwardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declinedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadershipDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extendedTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hearingStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repliedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewChanged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewDeliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rereviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'satisfaction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delayReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedSteps' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'repeatOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'petitioners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'idNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'representative' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'daysLeft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'beyondCalendar' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'visitKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leader' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matterType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'collective' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'township' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'village' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseDetailFieldsFragment, unknown>;
export const EarlyWarningFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EarlyWarningFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EarlyWarning' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provisional' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'observed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expected' } },
          { kind: 'Field', name: { kind: 'Name', value: 'upperYellow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'upperRed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trend' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baselineYears' } },
          { kind: 'Field', name: { kind: 'Name', value: 'raisedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'township' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'village' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EarlyWarningFieldsFragment, unknown>;
export const KpiFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KpiFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KpiValue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'denominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rate' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<KpiFieldsFragment, unknown>;
export const HeadlineKpisFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HeadlineKpis' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KpiSet' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timelyAcceptance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'onTimeClosure' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'satisfaction' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KpiFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KpiValue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'denominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rate' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HeadlineKpisFragment, unknown>;
export const HeadlineKpisWithCompanionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HeadlineKpisWithCompanion' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KpiSet' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'HeadlineKpis' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ratingParticipation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KpiFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KpiValue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'denominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rate' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HeadlineKpis' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KpiSet' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timelyAcceptance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'onTimeClosure' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'satisfaction' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HeadlineKpisWithCompanionFragment, unknown>;
export const LeaderWorkloadSummaryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LeaderWorkloadSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LeaderWorkload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'owned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'open' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closedOnTime' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KpiFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KpiValue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'denominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rate' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LeaderWorkloadSummaryFragment, unknown>;
export const AcceptCaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptCase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptCase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matterType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'collective' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'township' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'village' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forwardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declinedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadershipDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extendedTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hearingStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repliedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewChanged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewDeliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rereviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'satisfaction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delayReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedSteps' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'repeatOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'petitioners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'idNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'representative' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'daysLeft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'beyondCalendar' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'visitKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leader' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcceptCaseMutation, AcceptCaseMutationVariables>;
export const AdminBoundaryPackDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminBoundaryPack' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'boundaryPack' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'loadedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'loadedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
                { kind: 'Field', name: { kind: 'Name', value: 'townships' } },
                { kind: 'Field', name: { kind: 'Name', value: 'villages' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminBoundaryPackQuery, AdminBoundaryPackQueryVariables>;
export const AdminKpiTargetsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminKpiTargets' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kpiTargets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetPercent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedBy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kpiTargetChanges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedBy' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminKpiTargetsQuery, AdminKpiTargetsQueryVariables>;
export const AssignLeaderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AssignLeader' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'leaderId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignLeader' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'leaderId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'leaderId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matterType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'collective' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'township' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'village' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forwardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declinedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadershipDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extendedTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hearingStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repliedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewChanged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewDeliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rereviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'satisfaction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delayReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedSteps' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'repeatOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'petitioners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'idNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'representative' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'daysLeft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'beyondCalendar' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'visitKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leader' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssignLeaderMutation, AssignLeaderMutationVariables>;
export const BriefingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Briefing' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'previous' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'lastYear' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseFilter' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'current' },
            name: { kind: 'Name', value: 'kpis' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'HeadlineKpisWithCompanion' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leaderResolution' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'numerator' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'denominator' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'previous' },
            name: { kind: 'Name', value: 'kpis' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'previous' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'HeadlineKpisWithCompanion' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'lastYear' },
            name: { kind: 'Name', value: 'kpis' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'lastYear' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'HeadlineKpisWithCompanion' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'total' },
            name: { kind: 'Name', value: 'caseStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [] },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'count' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'previousTotal' },
            name: { kind: 'Name', value: 'caseStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'previous' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [] },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'count' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'lastYearTotal' },
            name: { kind: 'Name', value: 'caseStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'lastYear' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [] },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'count' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'byCategory' },
            name: { kind: 'Name', value: 'caseStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'CATEGORY' }] },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'categoryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'byTownship' },
            name: { kind: 'Name', value: 'caseStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'TOWNSHIP' }] },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'townshipCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'byChannel' },
            name: { kind: 'Name', value: 'caseStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'CHANNEL' }] },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'byVillage' },
            name: { kind: 'Name', value: 'caseStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'VILLAGE' }] },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'villageCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'byVillageLastYear' },
            name: { kind: 'Name', value: 'caseStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'lastYear' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'VILLAGE' }] },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'villageCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'townships' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'villages' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KpiFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KpiValue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'denominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rate' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HeadlineKpis' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KpiSet' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timelyAcceptance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'onTimeClosure' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'satisfaction' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HeadlineKpisWithCompanion' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KpiSet' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'HeadlineKpis' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ratingParticipation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BriefingQuery, BriefingQueryVariables>;
export const BriefingLeadersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BriefingLeaders' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseFilter' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leaderWorkloads' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'instructions' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'visits' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BriefingLeadersQuery, BriefingLeadersQueryVariables>;
export const BriefingOverdueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BriefingOverdue' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'overdue' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'byDay' },
            name: { kind: 'Name', value: 'caseStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'overdue' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'DAY' }] },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cases' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'overdue' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'field' },
                      value: { kind: 'EnumValue', value: 'CURRENT_DUE_AT' },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'direction' },
                      value: { kind: 'EnumValue', value: 'ASC' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BriefingOverdueQuery, BriefingOverdueQueryVariables>;
export const BriefingWarningsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BriefingWarnings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EarlyWarningFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'earlyWarningCounts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'red' } },
                { kind: 'Field', name: { kind: 'Name', value: 'yellow' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'earlyWarnings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '200' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'township' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'village' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BriefingWarningsQuery, BriefingWarningsQueryVariables>;
export const CaseByCodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CaseByCode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'caseByCode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseByCodeQuery, CaseByCodeQueryVariables>;
export const CaseDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CaseDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matterType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'collective' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'township' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'village' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forwardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declinedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadershipDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extendedTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hearingStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repliedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewChanged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewDeliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rereviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'satisfaction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delayReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedSteps' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'repeatOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'petitioners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'idNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'representative' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'daysLeft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'beyondCalendar' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'visitKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leader' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseDetailQuery, CaseDetailQueryVariables>;
export const CaseStatsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CaseStats' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseDimension' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'caseStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categoryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'townshipCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'villageCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'leaderId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseStatsQuery, CaseStatsQueryVariables>;
export const CasesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Cases' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseOrder' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cases' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseListFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matterType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'collective' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'township' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'village' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CasesQuery, CasesQueryVariables>;
export const CloseCaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseCase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeCase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matterType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'collective' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'township' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'village' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forwardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declinedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadershipDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extendedTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hearingStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repliedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewChanged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewDeliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rereviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'satisfaction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delayReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedSteps' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'repeatOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'petitioners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'idNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'representative' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'daysLeft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'beyondCalendar' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'visitKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leader' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseCaseMutation, CloseCaseMutationVariables>;
export const DataChangedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'DataChanged' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'caseChanged' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'at' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DataChangedSubscription, DataChangedSubscriptionVariables>;
export const DeclineCaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeclineCase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declineCase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matterType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'collective' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'township' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'village' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forwardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declinedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadershipDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extendedTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hearingStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repliedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewChanged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewDeliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rereviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'satisfaction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delayReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedSteps' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'repeatOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'petitioners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'idNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'representative' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'daysLeft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'beyondCalendar' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'visitKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leader' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeclineCaseMutation, DeclineCaseMutationVariables>;
export const DeliverReplyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeliverReply' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'deliveredOn' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocalDate' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deliverReply' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'deliveredOn' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'deliveredOn' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matterType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'collective' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'township' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'village' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forwardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declinedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadershipDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extendedTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hearingStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repliedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewChanged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewDeliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rereviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'satisfaction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delayReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedSteps' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'repeatOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'petitioners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'idNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'representative' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'daysLeft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'beyondCalendar' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'visitKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leader' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeliverReplyMutation, DeliverReplyMutationVariables>;
export const EarlyWarningsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EarlyWarnings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'EarlyWarningFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'months' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'earlyWarningCounts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'red' } },
                { kind: 'Field', name: { kind: 'Name', value: 'yellow' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'earlyWarnings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EarlyWarningFields' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'baselineMonths' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'series' },
                              arguments: [
                                {
                                  kind: 'Argument',
                                  name: { kind: 'Name', value: 'months' },
                                  value: { kind: 'Variable', name: { kind: 'Name', value: 'months' } },
                                },
                              ],
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'observed' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'expected' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'upperYellow' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'upperRed' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EarlyWarningFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EarlyWarning' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provisional' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'observed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expected' } },
          { kind: 'Field', name: { kind: 'Name', value: 'upperYellow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'upperRed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trend' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baselineYears' } },
          { kind: 'Field', name: { kind: 'Name', value: 'raisedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'township' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'village' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EarlyWarningsQuery, EarlyWarningsQueryVariables>;
export const EndHearingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EndHearing' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'days' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endHearing' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'days' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'days' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matterType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'collective' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'township' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'village' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forwardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declinedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadershipDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extendedTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hearingStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repliedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewChanged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewDeliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rereviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'satisfaction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delayReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedSteps' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'repeatOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'petitioners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'idNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'representative' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'daysLeft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'beyondCalendar' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'visitKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leader' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EndHearingMutation, EndHearingMutationVariables>;
export const ExtendDeadlineDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ExtendDeadline' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'days' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'approverLeaderId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'extendDeadline' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'days' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'days' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'approverLeaderId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'approverLeaderId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matterType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'collective' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'township' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'village' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forwardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declinedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadershipDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extendedTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hearingStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repliedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewChanged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewDeliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rereviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'satisfaction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delayReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedSteps' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'repeatOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'petitioners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'idNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'representative' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'daysLeft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'beyondCalendar' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'visitKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leader' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExtendDeadlineMutation, ExtendDeadlineMutationVariables>;
export const ForwardCaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ForwardCase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'unitId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'forwardCase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'unitId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'unitId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matterType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'collective' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'township' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'village' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forwardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declinedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadershipDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extendedTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hearingStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repliedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewChanged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewDeliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rereviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'satisfaction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delayReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedSteps' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'repeatOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'petitioners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'idNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'representative' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'daysLeft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'beyondCalendar' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'visitKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leader' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ForwardCaseMutation, ForwardCaseMutationVariables>;
export const KpiDefinitionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'KpiDefinitions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kpiDefinitions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'higherIsBetter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'companion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'anchor' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'formula' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'numerator' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'denominator' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'excluded' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'anchorLabel' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'regulation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<KpiDefinitionsQuery, KpiDefinitionsQueryVariables>;
export const KpiTargetsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'KpiTargets' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kpiTargets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetPercent' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<KpiTargetsQuery, KpiTargetsQueryVariables>;
export const LeaderDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LeaderDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kpiFilter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocalDate' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocalDate' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kpis' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kpiFilter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'HeadlineKpis' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leaderResolution' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                { kind: 'Field', name: { kind: 'Name', value: 'post' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'township' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'cases' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'filter' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '100' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseListFields' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'visitDays' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'from' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'to' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'visits' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'from' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'to' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '20' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'visitKind' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'case' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'instructions' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'from' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'to' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '50' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'case' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KpiFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KpiValue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'denominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rate' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HeadlineKpis' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KpiSet' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timelyAcceptance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'onTimeClosure' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'satisfaction' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matterType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'collective' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'township' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'village' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LeaderDetailQuery, LeaderDetailQueryVariables>;
export const LeaderWorkloadsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LeaderWorkloads' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseFilter' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leaderWorkloads' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LeaderWorkloadSummary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closedInTime' } },
                { kind: 'Field', name: { kind: 'Name', value: 'instructions' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'resolution' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'visits' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KpiFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KpiValue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'denominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rate' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LeaderWorkloadSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LeaderWorkload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'owned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'open' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closedOnTime' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LeaderWorkloadsQuery, LeaderWorkloadsQueryVariables>;
export const MapAlertsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MapAlerts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EarlyWarningFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'earlyWarnings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '200' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'township' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'village' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'category' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MapAlertsQuery, MapAlertsQueryVariables>;
export const MapBoundariesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MapBoundaries' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'boundaryPack' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'loadedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
                { kind: 'Field', name: { kind: 'Name', value: 'geojson' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MapBoundariesQuery, MapBoundariesQueryVariables>;
export const MapTownshipsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MapTownships' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'monthsFilter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseFilter' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'period' },
            name: { kind: 'Name', value: 'caseStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'TOWNSHIP' }] },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'townshipCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'kpis' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'HeadlineKpis' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'months' },
            name: { kind: 'Name', value: 'caseStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'monthsFilter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: {
                  kind: 'ListValue',
                  values: [
                    { kind: 'EnumValue', value: 'TOWNSHIP' },
                    { kind: 'EnumValue', value: 'MONTH' },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'townshipCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'kpis' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'HeadlineKpis' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KpiFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KpiValue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'denominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rate' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HeadlineKpis' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KpiSet' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timelyAcceptance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'onTimeClosure' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'satisfaction' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MapTownshipsQuery, MapTownshipsQueryVariables>;
export const MapVillagesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MapVillages' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'monthsFilter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseFilter' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'period' },
            name: { kind: 'Name', value: 'caseStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'VILLAGE' }] },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'villageCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'kpis' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'HeadlineKpis' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'months' },
            name: { kind: 'Name', value: 'caseStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'monthsFilter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: {
                  kind: 'ListValue',
                  values: [
                    { kind: 'EnumValue', value: 'VILLAGE' },
                    { kind: 'EnumValue', value: 'MONTH' },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'villageCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KpiFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KpiValue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'denominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rate' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HeadlineKpis' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KpiSet' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timelyAcceptance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'onTimeClosure' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'satisfaction' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MapVillagesQuery, MapVillagesQueryVariables>;
export const MarkRepeatDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkRepeat' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'repeatOfCode' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markRepeat' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'repeatOfCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'repeatOfCode' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matterType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'collective' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'township' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'village' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forwardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declinedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadershipDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extendedTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hearingStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repliedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewChanged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewDeliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rereviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'satisfaction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delayReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedSteps' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'repeatOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'petitioners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'idNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'representative' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'daysLeft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'beyondCalendar' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'visitKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leader' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkRepeatMutation, MarkRepeatMutationVariables>;
export const OverviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Overview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'lastYear' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'open' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'today' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'trend' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'warningFilter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'warningsFirst' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'withWarningList' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'current' },
            name: { kind: 'Name', value: 'kpis' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'HeadlineKpisWithCompanion' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'lastYear' },
            name: { kind: 'Name', value: 'kpis' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'lastYear' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'HeadlineKpisWithCompanion' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'total' },
            name: { kind: 'Name', value: 'caseStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [] },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'openNow' },
            name: { kind: 'Name', value: 'caseStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'open' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [] },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'newToday' },
            name: { kind: 'Name', value: 'caseStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'today' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [] },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'trend' },
            name: { kind: 'Name', value: 'caseStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'trend' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'MONTH' }] },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'kpis' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'HeadlineKpis' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'byCategory' },
            name: { kind: 'Name', value: 'caseStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'CATEGORY' }] },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'categoryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'byTownship' },
            name: { kind: 'Name', value: 'caseStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'TOWNSHIP' }] },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'townshipCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'kpis' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'HeadlineKpis' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'warningCounts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'warningFilter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'red' } },
                { kind: 'Field', name: { kind: 'Name', value: 'yellow' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'warnings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'warningFilter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'warningsFirst' } },
              },
            ],
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'withWarningList' } },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'daysLeft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deadlineKind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'case' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'township' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'village' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KpiFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KpiValue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'denominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rate' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HeadlineKpis' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KpiSet' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timelyAcceptance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'onTimeClosure' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'satisfaction' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HeadlineKpisWithCompanion' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KpiSet' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'HeadlineKpis' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ratingParticipation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OverviewQuery, OverviewQueryVariables>;
export const OverviewEarlyWarningsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OverviewEarlyWarnings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'EarlyWarningFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'earlyWarningCounts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'red' } },
                { kind: 'Field', name: { kind: 'Name', value: 'yellow' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'earlyWarnings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EarlyWarningFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EarlyWarningFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EarlyWarning' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provisional' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'observed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expected' } },
          { kind: 'Field', name: { kind: 'Name', value: 'upperYellow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'upperRed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trend' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baselineYears' } },
          { kind: 'Field', name: { kind: 'Name', value: 'raisedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'township' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'village' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OverviewEarlyWarningsQuery, OverviewEarlyWarningsQueryVariables>;
export const PeriodRevisionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PeriodRevisions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'periodRevisions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revisedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revisedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'kpis' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'before' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'after' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KpiFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KpiValue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'denominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rate' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PeriodRevisionsQuery, PeriodRevisionsQueryVariables>;
export const RateSatisfactionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RateSatisfaction' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'satisfaction' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Satisfaction' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rateSatisfaction' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'satisfaction' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'satisfaction' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matterType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'collective' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'township' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'village' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forwardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declinedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadershipDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extendedTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hearingStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repliedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewChanged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewDeliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rereviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'satisfaction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delayReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedSteps' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'repeatOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'petitioners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'idNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'representative' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'daysLeft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'beyondCalendar' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'visitKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leader' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RateSatisfactionMutation, RateSatisfactionMutationVariables>;
export const RecordCoordinationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordCoordination' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'parties' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'decisions' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordCoordination' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'parties' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'parties' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'decisions' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'decisions' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matterType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'collective' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'township' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'village' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forwardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declinedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadershipDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extendedTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hearingStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repliedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewChanged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewDeliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rereviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'satisfaction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delayReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedSteps' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'repeatOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'petitioners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'idNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'representative' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'daysLeft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'beyondCalendar' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'visitKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leader' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordCoordinationMutation, RecordCoordinationMutationVariables>;
export const RecordInstructionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordInstruction' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'leaderId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordInstruction' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'leaderId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'leaderId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'text' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matterType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'collective' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'township' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'village' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forwardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declinedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadershipDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extendedTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hearingStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repliedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewChanged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewDeliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rereviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'satisfaction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delayReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedSteps' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'repeatOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'petitioners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'idNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'representative' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'daysLeft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'beyondCalendar' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'visitKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leader' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordInstructionMutation, RecordInstructionMutationVariables>;
export const RecordVisitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordVisit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'VisitKind' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'leaderId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordVisit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'leaderId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'leaderId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matterType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'collective' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'township' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'village' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forwardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declinedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadershipDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extendedTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hearingStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repliedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewChanged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewDeliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rereviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'satisfaction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delayReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedSteps' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'repeatOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'petitioners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'idNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'representative' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'daysLeft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'beyondCalendar' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'visitKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leader' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordVisitMutation, RecordVisitMutationVariables>;
export const ReferenceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Reference' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'townships' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'villages' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'townshipCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'population' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leaders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'units' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferenceQuery, ReferenceQueryVariables>;
export const RemoveBoundaryPackDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveBoundaryPack' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'removeBoundaryPack' } }],
      },
    },
  ],
} as unknown as DocumentNode<RemoveBoundaryPackMutation, RemoveBoundaryPackMutationVariables>;
export const ReopenCaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReopenCase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reopenCase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matterType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'collective' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'township' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'village' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forwardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declinedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadershipDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extendedTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hearingStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repliedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewChanged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewDeliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rereviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'satisfaction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delayReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedSteps' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'repeatOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'petitioners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'idNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'representative' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'daysLeft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'beyondCalendar' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'visitKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leader' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReopenCaseMutation, ReopenCaseMutationVariables>;
export const ReplyCaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReplyCase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'outcome' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Outcome' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'changed' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'replyCase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'outcome' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'outcome' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'text' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'changed' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'changed' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matterType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'collective' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'township' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'village' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forwardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declinedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadershipDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extendedTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hearingStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repliedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewChanged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewDeliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rereviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'satisfaction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delayReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedSteps' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'repeatOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'petitioners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'idNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'representative' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'daysLeft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'beyondCalendar' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'visitKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leader' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReplyCaseMutation, ReplyCaseMutationVariables>;
export const RequestRereviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestRereview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestRereview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matterType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'collective' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'township' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'village' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forwardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declinedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadershipDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extendedTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hearingStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repliedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewChanged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewDeliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rereviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'satisfaction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delayReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedSteps' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'repeatOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'petitioners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'idNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'representative' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'daysLeft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'beyondCalendar' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'visitKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leader' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestRereviewMutation, RequestRereviewMutationVariables>;
export const RequestReviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestReview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestReview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matterType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'collective' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'township' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'village' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forwardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declinedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadershipDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extendedTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hearingStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repliedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewChanged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewDeliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rereviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'satisfaction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delayReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedSteps' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'repeatOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'petitioners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'idNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'representative' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'daysLeft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'beyondCalendar' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'visitKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leader' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestReviewMutation, RequestReviewMutationVariables>;
export const SetDeadlineDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetDeadline' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'days' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'leaderId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setDeadline' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'days' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'days' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'leaderId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'leaderId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matterType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'collective' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'township' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'village' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forwardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declinedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadershipDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extendedTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hearingStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repliedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewChanged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewDeliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rereviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'satisfaction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delayReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedSteps' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'repeatOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'petitioners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'idNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'representative' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'daysLeft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'beyondCalendar' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'visitKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leader' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetDeadlineMutation, SetDeadlineMutationVariables>;
export const SetKpiTargetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetKpiTarget' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kpi' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'KpiCode' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'targetPercent' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Float' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setKpiTarget' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kpi' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kpi' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'targetPercent' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'targetPercent' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetPercent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedBy' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetKpiTargetMutation, SetKpiTargetMutationVariables>;
export const StartHearingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartHearing' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startHearing' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matterType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'collective' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'township' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'village' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forwardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declinedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadershipDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extendedTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hearingStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repliedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewChanged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewDeliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rereviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'satisfaction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delayReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedSteps' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'repeatOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'petitioners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'idNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'representative' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'daysLeft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'beyondCalendar' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'visitKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leader' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartHearingMutation, StartHearingMutationVariables>;
export const SuperviseCaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SuperviseCase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'leaderId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'unitId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'superviseCase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'leaderId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'leaderId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'unitId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'unitId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matterType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'collective' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'township' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'village' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forwardedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declinedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadershipDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extendedTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hearingStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repliedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewChanged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewDeliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rereviewRequestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'satisfaction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'delayReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedSteps' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'title' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'repeatOf' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'petitioners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'idNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'representative' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'daysLeft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'beyondCalendar' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'visitKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'payload' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leader' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SuperviseCaseMutation, SuperviseCaseMutationVariables>;
export const VillageTotalsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VillageTotals' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseFilter' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'caseStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'VILLAGE' }] },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'villageCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'kpis' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'HeadlineKpis' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KpiFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KpiValue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'denominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rate' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HeadlineKpis' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KpiSet' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timelyAcceptance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'onTimeClosure' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'satisfaction' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VillageTotalsQuery, VillageTotalsQueryVariables>;
export const WallBoundariesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WallBoundaries' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'boundaryPack' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
                { kind: 'Field', name: { kind: 'Name', value: 'geojson' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WallBoundariesQuery, WallBoundariesQueryVariables>;
export const WallCaseChangedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'WallCaseChanged' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'caseChanged' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'township' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WallCaseChangedSubscription, WallCaseChangedSubscriptionVariables>;
export const WallEarlyWarningRaisedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'WallEarlyWarningRaised' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'earlyWarningRaised' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                { kind: 'Field', name: { kind: 'Name', value: 'provisional' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'township' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'category' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WallEarlyWarningRaisedSubscription, WallEarlyWarningRaisedSubscriptionVariables>;
export const WallEarlyWarningsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WallEarlyWarnings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'thisMonth' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EarlyWarningFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'lastMonth' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EarlyWarningFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'monthBefore' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EarlyWarningFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'recent' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EarlyWarningFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'thisMonth' },
            name: { kind: 'Name', value: 'earlyWarningCounts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'thisMonth' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'red' } },
                { kind: 'Field', name: { kind: 'Name', value: 'yellow' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'lastMonth' },
            name: { kind: 'Name', value: 'earlyWarningCounts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'lastMonth' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'red' } },
                { kind: 'Field', name: { kind: 'Name', value: 'yellow' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'monthBefore' },
            name: { kind: 'Name', value: 'earlyWarningCounts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'monthBefore' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'red' } },
                { kind: 'Field', name: { kind: 'Name', value: 'yellow' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'earlyWarnings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'recent' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'provisional' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'township' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'category' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WallEarlyWarningsQuery, WallEarlyWarningsQueryVariables>;
export const WallLeadersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WallLeaders' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseFilter' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leaderWorkloads' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LeaderWorkloadSummary' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KpiFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KpiValue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'denominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rate' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LeaderWorkloadSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LeaderWorkload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leader' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'owned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'open' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closedOnTime' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WallLeadersQuery, WallLeadersQueryVariables>;
export const WallOverviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WallOverview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ytd' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'lastYear' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'today' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'trend' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'open' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseFilter' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'current' },
            name: { kind: 'Name', value: 'kpis' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ytd' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'HeadlineKpisWithCompanion' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'previous' },
            name: { kind: 'Name', value: 'kpis' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'lastYear' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'HeadlineKpis' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'newToday' },
            name: { kind: 'Name', value: 'caseStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'today' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [] },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'newMonth' },
            name: { kind: 'Name', value: 'caseStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [] },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'byCategory' },
            name: { kind: 'Name', value: 'caseStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ytd' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'CATEGORY' }] },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'categoryCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'byTownship' },
            name: { kind: 'Name', value: 'caseStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ytd' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'TOWNSHIP' }] },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'townshipCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'trend' },
            name: { kind: 'Name', value: 'caseStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'trend' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'MONTH' }] },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'warningCounts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'open' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'red' } },
                { kind: 'Field', name: { kind: 'Name', value: 'yellow' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kpiTargets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetPercent' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KpiFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KpiValue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'numerator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'denominator' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rate' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HeadlineKpis' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KpiSet' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timelyAcceptance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'onTimeClosure' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'satisfaction' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HeadlineKpisWithCompanion' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KpiSet' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'HeadlineKpis' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ratingParticipation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'KpiFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WallOverviewQuery, WallOverviewQueryVariables>;
export const WallReferenceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WallReference' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'townships' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'villages' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'categories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WallReferenceQuery, WallReferenceQueryVariables>;
export const WallTickerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WallTicker' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'caseTicker' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'category' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'township' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'village' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WallTickerQuery, WallTickerQueryVariables>;
export const WallVillagesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WallVillages' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseFilter' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'caseStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'VILLAGE' }] },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'townshipCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'villageCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WallVillagesQuery, WallVillagesQueryVariables>;
export const WarningNoticesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'WarningNotices' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'earlyWarningRaised' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
                { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                { kind: 'Field', name: { kind: 'Name', value: 'provisional' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'township' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'village' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'category' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WarningNoticesSubscription, WarningNoticesSubscriptionVariables>;
