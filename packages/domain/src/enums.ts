// Domain enums with their zh-CN and English labels. String values are the stored and GraphQL values,
// so they never change once data exists; labels may.

export type Locale = 'zh-CN' | 'en';

export interface Label {
  readonly zh: string;
  readonly en: string;
}

/** Builds the label table of an enum and checks at compile time that every member has one. */
function labels<E extends string>(table: Record<E, Label>): Readonly<Record<E, Label>> {
  return Object.freeze(table);
}

/** 信访事项类型 (《信访工作条例》 Art. 29). */
export enum MatterType {
  SUGGESTION = 'SUGGESTION',
  ACCUSATION = 'ACCUSATION',
  APPEAL = 'APPEAL',
}
export const MATTER_TYPE_LABELS = labels<MatterType>({
  [MatterType.SUGGESTION]: { zh: '建议意见', en: 'Suggestion or opinion' },
  [MatterType.ACCUSATION]: { zh: '检举控告', en: 'Report or accusation' },
  [MatterType.APPEAL]: { zh: '申诉求决', en: 'Appeal or demand' },
});

/**
 * Dispute categories. The database keeps an extensible `category` table seeded from this list; these
 * codes are the built-in ones the rules and the seed generator know.
 */
export enum CategoryCode {
  TREE_SHADING = 'TREE_SHADING',
  IRRIGATION = 'IRRIGATION',
  LAND_CONTRACT = 'LAND_CONTRACT',
  HOMESTEAD = 'HOMESTEAD',
  LAND_REQUISITION = 'LAND_REQUISITION',
  UNPAID_WAGES = 'UNPAID_WAGES',
  FAMILY = 'FAMILY',
  NEIGHBOURS = 'NEIGHBOURS',
  POLLUTION = 'POLLUTION',
  LITIGATION = 'LITIGATION',
  BENEFITS = 'BENEFITS',
  OTHER = 'OTHER',
}
export const CATEGORY_LABELS = labels<CategoryCode>({
  [CategoryCode.TREE_SHADING]: { zh: '树木遮阴', en: 'Tree shading' },
  [CategoryCode.IRRIGATION]: { zh: '灌溉用水', en: 'Irrigation water' },
  [CategoryCode.LAND_CONTRACT]: { zh: '土地承包', en: 'Land contract' },
  [CategoryCode.HOMESTEAD]: { zh: '宅基地', en: 'Homestead' },
  [CategoryCode.LAND_REQUISITION]: { zh: '征地拆迁', en: 'Land requisition and demolition' },
  [CategoryCode.UNPAID_WAGES]: { zh: '劳资欠薪', en: 'Unpaid wages' },
  [CategoryCode.FAMILY]: { zh: '婚姻家庭', en: 'Marriage and family' },
  [CategoryCode.NEIGHBOURS]: { zh: '邻里纠纷', en: 'Neighbour dispute' },
  [CategoryCode.POLLUTION]: { zh: '环境污染', en: 'Environmental pollution' },
  [CategoryCode.LITIGATION]: { zh: '涉法涉诉', en: 'Litigation-related' },
  [CategoryCode.BENEFITS]: { zh: '惠民政策', en: 'Public benefits' },
  [CategoryCode.OTHER]: { zh: '其他', en: 'Other' },
});

/** 信访渠道 (Art. 17): how the matter reached the district. */
export enum Channel {
  LETTER = 'LETTER',
  VISIT = 'VISIT',
  ONLINE = 'ONLINE',
  PHONE = 'PHONE',
  LEADER_RECEPTION = 'LEADER_RECEPTION',
  DOOR_TO_DOOR = 'DOOR_TO_DOOR',
}
export const CHANNEL_LABELS = labels<Channel>({
  [Channel.LETTER]: { zh: '来信', en: 'Letter' },
  [Channel.VISIT]: { zh: '来访', en: 'Walk-in visit' },
  [Channel.ONLINE]: { zh: '网上信访', en: 'Online' },
  [Channel.PHONE]: { zh: '电话(12345)', en: 'Phone (12345)' },
  [Channel.LEADER_RECEPTION]: { zh: '领导接访', en: 'Leader reception day' },
  [Channel.DOOR_TO_DOOR]: { zh: '下访排查', en: 'Door-to-door screening' },
});

/** Where a case stands in its statutory life (see lifecycle.ts for the moves between them). */
export enum CaseStatus {
  /** Registered, waiting for the acceptance decision (Art. 22–23). */
  REGISTERED = 'REGISTERED',
  /** Declined: not a petition matter for this body (told the petitioner why). Terminal. */
  NOT_ACCEPTED = 'NOT_ACCEPTED',
  /** Accepted; the 60-day handling clock runs. */
  ACCEPTED = 'ACCEPTED',
  /** Someone works it: leader in charge, visits, coordination. */
  IN_PROGRESS = 'IN_PROGRESS',
  /** Written reply with an outcome given; the review window runs. */
  REPLIED = 'REPLIED',
  /** Closed (办结). Review may still be requested within its window. */
  CLOSED = 'CLOSED',
  /** 复查: a higher body re-examines the reply (Art. 35). */
  UNDER_REVIEW = 'UNDER_REVIEW',
  /** 复核: the second and last re-examination (Art. 36). */
  UNDER_REREVIEW = 'UNDER_REREVIEW',
}
export const CASE_STATUS_LABELS = labels<CaseStatus>({
  [CaseStatus.REGISTERED]: { zh: '已登记', en: 'Registered' },
  [CaseStatus.NOT_ACCEPTED]: { zh: '不予受理', en: 'Not accepted' },
  [CaseStatus.ACCEPTED]: { zh: '已受理', en: 'Accepted' },
  [CaseStatus.IN_PROGRESS]: { zh: '办理中', en: 'In progress' },
  [CaseStatus.REPLIED]: { zh: '已答复', en: 'Replied' },
  [CaseStatus.CLOSED]: { zh: '已办结', en: 'Closed' },
  [CaseStatus.UNDER_REVIEW]: { zh: '复查中', en: 'Under review' },
  [CaseStatus.UNDER_REREVIEW]: { zh: '复核中', en: 'Under re-review' },
});

/** 处理意见 (Art. 32): the substance of the written reply. */
export enum Outcome {
  SUPPORTED = 'SUPPORTED',
  EXPLAINED = 'EXPLAINED',
  NOT_SUPPORTED = 'NOT_SUPPORTED',
}
export const OUTCOME_LABELS = labels<Outcome>({
  [Outcome.SUPPORTED]: { zh: '支持', en: 'Supported' },
  [Outcome.EXPLAINED]: { zh: '解释说明', en: 'Explained' },
  [Outcome.NOT_SUPPORTED]: { zh: '不予支持', en: 'Not supported' },
});

export enum Satisfaction {
  SATISFIED = 'SATISFIED',
  BASICALLY_SATISFIED = 'BASICALLY_SATISFIED',
  DISSATISFIED = 'DISSATISFIED',
}
export const SATISFACTION_LABELS = labels<Satisfaction>({
  [Satisfaction.SATISFIED]: { zh: '满意', en: 'Satisfied' },
  [Satisfaction.BASICALLY_SATISFIED]: { zh: '基本满意', en: 'Basically satisfied' },
  [Satisfaction.DISSATISFIED]: { zh: '不满意', en: 'Dissatisfied' },
});

/** Kinds of leader contact with petitioners (the "Pujiang experience"). */
export enum VisitKind {
  /** 接访: receiving petitioners at the office or reception centre. */
  RECEPTION = 'RECEPTION',
  /** 下访: going down to a township or village to receive petitioners there. */
  DOWN_VISIT = 'DOWN_VISIT',
  /** 约访: an appointment made with the petitioner. */
  APPOINTMENT = 'APPOINTMENT',
  /** 走访: calling at the petitioner's home. */
  HOME_VISIT = 'HOME_VISIT',
  /** 回访: a follow-up visit after the reply. */
  FOLLOW_UP = 'FOLLOW_UP',
}
export const VISIT_KIND_LABELS = labels<VisitKind>({
  [VisitKind.RECEPTION]: { zh: '接访', en: 'Office reception' },
  [VisitKind.DOWN_VISIT]: { zh: '下访', en: 'Down-visit' },
  [VisitKind.APPOINTMENT]: { zh: '约访', en: 'Appointment' },
  [VisitKind.HOME_VISIT]: { zh: '走访', en: 'Home visit' },
  [VisitKind.FOLLOW_UP]: { zh: '回访', en: 'Follow-up visit' },
});
/**
 * Visits made in the field rather than at an office: the article's "进门约访、登门走访、上门回访等方式
 * 主动下基层走访", 下访 included — going down to a township to receive petitioners is a field visit too.
 */
export const FIELD_VISIT_KINDS: readonly VisitKind[] = [
  VisitKind.DOWN_VISIT,
  VisitKind.APPOINTMENT,
  VisitKind.HOME_VISIT,
  VisitKind.FOLLOW_UP,
];

/** Everything that can happen to a case; each is one append-only row of its timeline. */
export enum CaseEventType {
  REGISTERED = 'REGISTERED',
  FORWARDED = 'FORWARDED',
  ACCEPTED = 'ACCEPTED',
  NOT_ACCEPTED = 'NOT_ACCEPTED',
  ASSIGNED = 'ASSIGNED',
  VISIT = 'VISIT',
  INSTRUCTION = 'INSTRUCTION',
  SUPERVISED = 'SUPERVISED',
  COORDINATION = 'COORDINATION',
  DEADLINE_SET = 'DEADLINE_SET',
  HEARING_STARTED = 'HEARING_STARTED',
  HEARING_ENDED = 'HEARING_ENDED',
  EXTENDED = 'EXTENDED',
  REPLIED = 'REPLIED',
  /** The petitioner received the written answer: the review window runs from that day (Art. 35–36). */
  REPLY_DELIVERED = 'REPLY_DELIVERED',
  CLOSED = 'CLOSED',
  RATED = 'RATED',
  REVIEW_REQUESTED = 'REVIEW_REQUESTED',
  REREVIEW_REQUESTED = 'REREVIEW_REQUESTED',
  REOPENED = 'REOPENED',
  MARKED_REPEAT = 'MARKED_REPEAT',
}
export const CASE_EVENT_TYPE_LABELS = labels<CaseEventType>({
  [CaseEventType.REGISTERED]: { zh: '登记', en: 'Registered' },
  [CaseEventType.FORWARDED]: { zh: '转送交办', en: 'Forwarded to unit' },
  [CaseEventType.ACCEPTED]: { zh: '受理', en: 'Accepted' },
  [CaseEventType.NOT_ACCEPTED]: { zh: '不予受理', en: 'Not accepted' },
  [CaseEventType.ASSIGNED]: { zh: '领导包案', en: 'Leader assigned' },
  [CaseEventType.VISIT]: { zh: '领导接访', en: 'Leader visit' },
  [CaseEventType.INSTRUCTION]: { zh: '领导批示', en: 'Written instruction' },
  [CaseEventType.SUPERVISED]: { zh: '督办', en: 'Supervised' },
  [CaseEventType.COORDINATION]: { zh: '协调会商', en: 'Coordination meeting' },
  [CaseEventType.DEADLINE_SET]: { zh: '限期办理', en: 'Deadline set by leadership' },
  [CaseEventType.HEARING_STARTED]: { zh: '听证开始', en: 'Hearing started' },
  [CaseEventType.HEARING_ENDED]: { zh: '听证结束', en: 'Hearing ended' },
  [CaseEventType.EXTENDED]: { zh: '延期办理', en: 'Deadline extended' },
  [CaseEventType.REPLIED]: { zh: '出具处理意见', en: 'Replied' },
  [CaseEventType.CLOSED]: { zh: '办结', en: 'Closed' },
  [CaseEventType.RATED]: { zh: '满意度评价', en: 'Satisfaction rated' },
  [CaseEventType.REVIEW_REQUESTED]: { zh: '申请复查', en: 'Review requested' },
  [CaseEventType.REREVIEW_REQUESTED]: { zh: '申请复核', en: 'Re-review requested' },
  [CaseEventType.REOPENED]: { zh: '重新办理', en: 'Reopened' },
  [CaseEventType.REPLY_DELIVERED]: { zh: '答复送达', en: 'Reply delivered' },
  [CaseEventType.MARKED_REPEAT]: { zh: '标记重复访', en: 'Marked as repeat' },
});

export enum TownshipKind {
  TOWN = 'TOWN',
  TOWNSHIP = 'TOWNSHIP',
  SPECIAL = 'SPECIAL',
}
export const TOWNSHIP_KIND_LABELS = labels<TownshipKind>({
  [TownshipKind.TOWN]: { zh: '镇', en: 'Town' },
  [TownshipKind.TOWNSHIP]: { zh: '乡', en: 'Township' },
  [TownshipKind.SPECIAL]: { zh: '园区/管委会', en: 'Special zone' },
});

/** Cadre rank: 处级 leaders are the "county-level" leaders the article counts. */
export enum LeaderRank {
  COUNTY = 'COUNTY',
  SECTION = 'SECTION',
}
export const LEADER_RANK_LABELS = labels<LeaderRank>({
  [LeaderRank.COUNTY]: { zh: '处级', en: 'County level' },
  [LeaderRank.SECTION]: { zh: '科级', en: 'Section level' },
});

/** Roles a leader may hold that the rules or the article single out. */
export enum LeaderPost {
  PARTY_SECRETARY = 'PARTY_SECRETARY',
  DISTRICT_MAYOR = 'DISTRICT_MAYOR',
  DEPUTY_SECRETARY = 'DEPUTY_SECRETARY',
  STANDING_COMMITTEE = 'STANDING_COMMITTEE',
  DEPUTY_MAYOR = 'DEPUTY_MAYOR',
  PETITION_BUREAU_DIRECTOR = 'PETITION_BUREAU_DIRECTOR',
  UNIT_HEAD = 'UNIT_HEAD',
  TOWNSHIP_SECRETARY = 'TOWNSHIP_SECRETARY',
  TOWNSHIP_HEAD = 'TOWNSHIP_HEAD',
}
export const LEADER_POST_LABELS = labels<LeaderPost>({
  [LeaderPost.PARTY_SECRETARY]: { zh: '区委书记', en: 'District Party Secretary' },
  [LeaderPost.DISTRICT_MAYOR]: { zh: '区长', en: 'District Mayor' },
  [LeaderPost.DEPUTY_SECRETARY]: { zh: '区委副书记', en: 'Deputy Party Secretary' },
  [LeaderPost.STANDING_COMMITTEE]: { zh: '区委常委', en: 'Standing Committee Member' },
  [LeaderPost.DEPUTY_MAYOR]: { zh: '副区长', en: 'Deputy District Mayor' },
  [LeaderPost.PETITION_BUREAU_DIRECTOR]: { zh: '信访局局长', en: 'Director, Petition Bureau' },
  [LeaderPost.UNIT_HEAD]: { zh: '部门负责人', en: 'Head of department' },
  [LeaderPost.TOWNSHIP_SECRETARY]: { zh: '乡镇党委书记', en: 'Township Party Secretary' },
  [LeaderPost.TOWNSHIP_HEAD]: { zh: '乡镇长', en: 'Township Head' },
});

/** Headcount from which a petition counts as collective (集体访, Art. 18: at most 5 representatives). */
export const COLLECTIVE_HEADCOUNT = 5;
export const MAX_REPRESENTATIVES = 5;
