// The KPI dictionary: each KPI's code, names, formula in words, what it counts and leaves out, the date
// that places a case in a period, and the article it rests on. The API serves it as `kpiDefinitions`;
// docs/kpis.md says the same for people. The formulas themselves are in kpi.ts.

import type { Label } from './enums.js';

export enum KpiCode {
  TIMELY_ACCEPTANCE = 'TIMELY_ACCEPTANCE',
  ON_TIME_CLOSURE = 'ON_TIME_CLOSURE',
  SATISFACTION = 'SATISFACTION',
  RATING_PARTICIPATION = 'RATING_PARTICIPATION',
  LEADER_RESOLUTION = 'LEADER_RESOLUTION',
  REPEAT_RATE = 'REPEAT_RATE',
  REOPEN_RATE = 'REOPEN_RATE',
  REVIEW_CHANGE_RATE = 'REVIEW_CHANGE_RATE',
}

/** The date of a case that places it in a KPI's period. */
export type KpiAnchor = 'RECEIVED' | 'DUE' | 'RATED' | 'CLOSED' | 'REVIEW_ANSWERED';

export const KPI_ANCHOR_LABELS: Readonly<Record<KpiAnchor, Label>> = Object.freeze({
  RECEIVED: { zh: '登记日期（收到信访事项之日）', en: 'Receipt date (the day the matter was received)' },
  DUE: {
    zh: '法定办理期限届满日（受理后60日，含延期与听证时间）',
    en: 'Statutory handling due date (acceptance + 60 days, extension and hearing days included)',
  },
  RATED: { zh: '首次评价日期', en: 'Date of the first rating' },
  CLOSED: { zh: '首次办结日期', en: 'Date of the first closing' },
  REVIEW_ANSWERED: { zh: '复查意见作出日期', en: 'Date the review answer was given' },
});

/**
 * One entry of the KPI dictionary: what the number counts, what it leaves out and why, which date
 * places a case in the period, and the rule it rests on. The API serves it as `kpiDefinitions`
 * (the dashboard's hover text reads it there); docs/kpis.md says the same for people.
 */
export interface KpiDefinition {
  readonly code: KpiCode;
  readonly name: Label;
  /** Numerator ÷ denominator in one sentence. */
  readonly formula: Label;
  /** Which cases of the denominator count as the numerator (always a subset of it). */
  readonly numerator: Label;
  /** Which cases are counted. */
  readonly denominator: Label;
  /** What is left out of the denominator, and why. */
  readonly excluded: Label;
  /** Which date places a case in the period (KPI_ANCHOR_LABELS says it in words). */
  readonly anchor: KpiAnchor;
  /** The article(s) of 《信访工作条例》 (2022) it rests on, or plainly that it is a management measure. */
  readonly regulation: Label;
  /** The articles `regulation` cites; empty for a management measure that no article sets. */
  readonly articles: readonly number[];
  /** False for rates where lower is better (repeat petitions), so charts colour them the right way. */
  readonly higherIsBetter: boolean;
  /** The KPI shown beside this one wherever it is shown (参评率 beside 满意率); null when none. */
  readonly companion: KpiCode | null;
}

/** Said of every KPI that no article of the regulations sets. */
const MANAGEMENT_MEASURE: Label = {
  zh: '管理性指标：《信访工作条例》（2022）没有规定此比率的条款，由本区考核办法采用。',
  en: 'A management measure: no article of the Regulations on Petition Work (2022) sets this rate; the district adopts it in its assessment.',
};

export const KPI_DEFINITIONS: Readonly<Record<KpiCode, KpiDefinition>> = Object.freeze({
  [KpiCode.TIMELY_ACCEPTANCE]: {
    code: KpiCode.TIMELY_ACCEPTANCE,
    name: { zh: '及时受理率', en: 'Timely acceptance rate' },
    formula: {
      zh: '期内登记且在登记次日起15日内（第15日24时前）作出受理或不予受理决定的件数 ÷ 期内登记且已作出决定或期限已届满的件数',
      en: 'Cases received in the period whose accept-or-decline decision came by the end of local day receipt + 15 ÷ cases received in the period that are decided or whose 15 days have run out',
    },
    numerator: {
      zh: '分母中在登记次日起第15日24时前（末日为法定休息日的，顺延至其后第一个工作日）作出受理或不予受理决定的件数。',
      en: 'Of those, the cases decided (accepted or declined) by the end of the 15th local day after receipt (moved to the next working day when that day is a statutory rest day).',
    },
    denominator: {
      zh: '期内登记的信访事项中，已作出受理或不予受理决定的，以及15日期限已届满仍未决定的件数。',
      en: 'Cases received in the period that are decided, or still undecided with their 15 days run out.',
    },
    excluded: {
      zh: '仍在15日期限内且尚未决定的件数：结果尚不可知，既不算及时也不算超期，期限届满即进入分母。统计时点之后登记的件数不存在。',
      en: 'Cases still inside their 15 days and undecided: their outcome is not known yet, so they are neither timely nor late; they join the denominator when the 15 days run out. Cases received after the as-of instant do not exist yet.',
    },
    anchor: 'RECEIVED',
    regulation: {
      zh: '《信访工作条例》第二十三条：自收到信访事项之日起15日内告知信访人是否受理（登记、转送交办的15日见第二十二条）。',
      en: 'Art. 23 of the Regulations on Petition Work (2022): tell the petitioner within 15 days of receipt whether the matter is accepted (registration and forwarding within 15 days: Art. 22).',
    },
    articles: [23],
    higherIsBetter: true,
    companion: null,
  },
  [KpiCode.ON_TIME_CLOSURE]: {
    code: KpiCode.ON_TIME_CLOSURE,
    name: { zh: '按期办结率', en: 'On-time closure rate' },
    formula: {
      zh: '法定办理期限（受理后60日，含延期，听证时间不计入）届满日在期内且在期限内答复的件数 ÷ 法定办理期限届满日在期内且已答复或已逾期的件数',
      en: 'Cases whose statutory handling due date (acceptance + 60 days, extension included, hearing time not counted) falls in the period and that were replied to by it ÷ cases due in the period that are replied to or past due',
    },
    numerator: {
      zh: '分母中在法定办理期限届满前作出首次书面答复（未登记答复的，以办结时间为准）的件数。',
      en: 'Of those, the cases given their first written reply (or, without a recorded reply, closed) by the statutory due date.',
    },
    denominator: {
      zh: '已受理、法定办理期限届满日在期内，且已答复或已逾期的件数。期限 = 受理日 + 60日 + 一次延期（最多30日）+ 本阶段听证天数；末日为法定休息日的顺延。',
      en: 'Accepted cases whose statutory due date falls in the period and that are replied to or past due. Due date = acceptance + 60 days + the one extension (30 days at most) + this stage’s hearing days, moved off a statutory rest day.',
    },
    excluded: {
      zh: '未受理的件数（没有办理期限）；尚未答复且未到期的件数（结果未知）。领导限期（如15日）是并列的第二个、更紧的期限，不改变本指标的期限；复查、复核和重新办理各有其期限，不计入本指标。',
      en: 'Cases not accepted (they have no handling period); cases neither replied to nor due yet (outcome unknown). A leadership deadline (e.g. 15 days) is a second, tighter clock shown beside it and never moves this due date; review, re-review and reopened handling have clocks of their own and are not in this KPI.',
    },
    anchor: 'DUE',
    regulation: {
      zh: '《信访工作条例》第三十四条：自受理之日起60日内办结；情况复杂的，经批准可延长一次，不超过30日，并告知延期理由。听证时间不计入；末日为法定休息日的顺延依《民法典》第二百零三条。',
      en: 'Art. 34 of the Regulations on Petition Work (2022): handle and close within 60 days of acceptance; one approved extension of at most 30 days, the reason told. Hearing time does not count; a last day on a statutory rest day moves to the next working day (Civil Code Art. 203).',
    },
    articles: [34],
    higherIsBetter: true,
    companion: null,
  },
  [KpiCode.SATISFACTION]: {
    code: KpiCode.SATISFACTION,
    name: { zh: '群众满意率', en: 'Satisfaction rate' },
    formula: {
      zh: '期内首次评价为“满意”或“基本满意”的件数 ÷ 期内首次评价的件数（按评价时间）',
      en: 'Cases whose first rating, given in the period, is "satisfied" or "basically satisfied" ÷ cases first rated in the period (by rating time)',
    },
    numerator: {
      zh: '分母中首次评价为“满意”或“基本满意”的件数。',
      en: 'Of those, the cases whose first rating is "satisfied" or "basically satisfied".',
    },
    denominator: {
      zh: '信访人首次评价在期内的件数。',
      en: 'Cases whose petitioner gave the first rating in the period.',
    },
    excluded: {
      zh: '未评价的件数：评价多少由旁边的参评率说明，参评率低时满意率说明不了多少。回访复评等后续评价只是时间线事件，不改写首次评价。',
      en: 'Unrated cases: how many were rated is the participation rate shown beside it, and a satisfaction rate over few ratings says little. Later ratings (follow-up re-ratings) are timeline events and never replace the first.',
    },
    anchor: 'RATED',
    regulation: MANAGEMENT_MEASURE,
    articles: [],
    higherIsBetter: true,
    companion: KpiCode.RATING_PARTICIPATION,
  },
  [KpiCode.RATING_PARTICIPATION]: {
    code: KpiCode.RATING_PARTICIPATION,
    name: { zh: '参评率', en: 'Rating participation' },
    formula: {
      zh: '期内办结且已评价的件数 ÷ 期内办结的件数（按办结时间）',
      en: 'Cases closed in the period that have been rated ÷ cases closed in the period (by closing time)',
    },
    numerator: {
      zh: '分母中截至统计时点已有首次评价的件数。',
      en: 'Of those, the cases with a first rating by the as-of instant.',
    },
    denominator: {
      zh: '首次办结在期内的件数。',
      en: 'Cases first closed in the period.',
    },
    excluded: {
      zh: '未办结的件数。统计时点之后的评价尚未发生，不计入。',
      en: 'Cases not closed. A rating given after the as-of instant has not happened yet and does not count.',
    },
    anchor: 'CLOSED',
    regulation: MANAGEMENT_MEASURE,
    articles: [],
    higherIsBetter: true,
    companion: null,
  },
  [KpiCode.LEADER_RESOLUTION]: {
    code: KpiCode.LEADER_RESOLUTION,
    name: { zh: '包案化解率', en: 'Leader case resolution rate' },
    formula: {
      zh: '期内登记的领导包案件中已办结（不在复查、复核中）且首次评价为“满意”或“基本满意”的件数 ÷ 期内登记的领导包案件数',
      en: 'Leader-owned cases received in the period that are closed (not under review or re-review) and whose first rating is "satisfied" or "basically satisfied" ÷ leader-owned cases received in the period',
    },
    numerator: {
      zh: '分母中状态为已办结（因而不在复查、复核中）、且首次评价为“满意”或“基本满意”的件数。已办结但未评价的不算化解：沉默不等于认可。',
      en: 'Of those, the cases closed (hence not under review or re-review) whose first rating is "satisfied" or "basically satisfied". A closed case nobody rated is not resolved: silence is not consent.',
    },
    denominator: {
      zh: '期内登记、有包案领导的件数。',
      en: 'Cases received in the period with a leader in charge.',
    },
    excluded: {
      zh: '没有包案领导的件数。除此之外不剔除任何件数：未办结、未评价、不满意和复查中的件数都留在分母里，拉低比率。',
      en: 'Cases without a leader in charge. Nothing else: open, unrated, dissatisfied and under-review cases all stay in the denominator and count against the rate.',
    },
    anchor: 'RECEIVED',
    regulation: MANAGEMENT_MEASURE,
    articles: [],
    higherIsBetter: true,
    companion: null,
  },
  [KpiCode.REPEAT_RATE]: {
    code: KpiCode.REPEAT_RATE,
    name: { zh: '重复访率', en: 'Repeat petition rate' },
    formula: {
      zh: '期内登记的重复信访件数 ÷ 期内登记的件数',
      en: 'Repeat petitions received in the period ÷ cases received in the period',
    },
    numerator: {
      zh: '分母中标记为重复信访（同一信访人就同一类别的在办事项再次信访）的件数。',
      en: 'Of those, the cases marked as repeating an earlier open case of the same petitioner and category.',
    },
    denominator: {
      zh: '期内登记的件数。',
      en: 'Cases received in the period.',
    },
    excluded: {
      zh: '不剔除期内登记的任何件数；统计时点之后登记的件数不存在。',
      en: 'No case received in the period is left out; cases received after the as-of instant do not exist yet.',
    },
    anchor: 'RECEIVED',
    regulation: MANAGEMENT_MEASURE,
    articles: [],
    higherIsBetter: false,
    companion: null,
  },
  [KpiCode.REOPEN_RATE]: {
    code: KpiCode.REOPEN_RATE,
    name: { zh: '重开率', en: 'Reopen rate' },
    formula: {
      zh: '期内办结且其后被重新办理的件数 ÷ 期内办结的件数（按办结时间）',
      en: 'Cases closed in the period that were later reopened for handling ÷ cases closed in the period (by closing time)',
    },
    numerator: {
      zh: '分母中办结后截至统计时点被重新办理的件数，计入首次办结的月份，而不是重新办理的月份。',
      en: 'Of those, the cases reopened for handling after they had been closed, by the as-of instant; counted in the month of the first closing, not in the month of the reopening.',
    },
    denominator: {
      zh: '首次办结在期内的件数。',
      en: 'Cases first closed in the period.',
    },
    excluded: {
      zh: '未办结的件数。办结前的重新办理是办理中的更正，不是失败的办结，不计入分子。',
      en: 'Cases not closed. Reopening a case that was never closed is a correction during handling, not a failed closure, and is not in the numerator.',
    },
    anchor: 'CLOSED',
    regulation: MANAGEMENT_MEASURE,
    articles: [],
    higherIsBetter: false,
    companion: null,
  },
  [KpiCode.REVIEW_CHANGE_RATE]: {
    code: KpiCode.REVIEW_CHANGE_RATE,
    name: { zh: '复查改变率', en: 'Review change rate' },
    formula: {
      zh: '期内作出的复查意见中改变原处理意见的件数 ÷ 期内作出的复查意见件数（按复查答复时间）',
      en: 'Review answers given in the period that changed the first answer ÷ review answers given in the period (by answer time)',
    },
    numerator: {
      zh: '分母中改变（撤销或变更）原处理意见的复查意见件数。',
      en: 'Of those, the review answers that changed (overturned or amended) the first answer.',
    },
    denominator: {
      zh: '期内作出、且记明是否改变原处理意见的复查意见件数。',
      en: 'Review answers given in the period that record whether they changed the first answer.',
    },
    excluded: {
      zh: '未记明是否改变的复查意见（如早期导入的答复）：未知既不算改变也不算维持。复核意见是最终一级，不计入本指标。',
      en: 'Review answers that do not record whether they changed the first answer (e.g. older imported answers): unknown is neither changed nor upheld. Re-review answers, the final instance, are not in this KPI.',
    },
    anchor: 'REVIEW_ANSWERED',
    regulation: {
      zh: '依据《信访工作条例》第三十五条的复查程序（不服处理意见的，自收到书面答复之日起30日内请求复查）；比率本身是管理性指标，条例未规定。',
      en: 'Rests on the review procedure of Art. 35 of the Regulations on Petition Work (2022) (review requested within 30 days of receiving the written reply); the rate itself is a management measure no article sets.',
    },
    articles: [35],
    higherIsBetter: false,
    companion: null,
  },
});
