import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  CaseStatus,
  Channel,
  DeadlineKind,
  KPI_ANCHOR_LABELS,
  KPI_DEFINITIONS,
  type KpiAnchor,
  KpiCode,
  MatterType,
  VisitKind,
} from '@lianxin/domain';
import { Case } from '../case/case-object.types.js';
import { DateTimeScalar, LocalDateScalar } from '../common/scalars.js';
import { Leader } from '../leader/leader.types.js';

export enum CaseDimension {
  CATEGORY = 'CATEGORY',
  TOWNSHIP = 'TOWNSHIP',
  VILLAGE = 'VILLAGE',
  CHANNEL = 'CHANNEL',
  STATUS = 'STATUS',
  LEADER = 'LEADER',
  UNIT = 'UNIT',
  MATTER_TYPE = 'MATTER_TYPE',
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}
registerEnumType(CaseDimension, {
  name: 'CaseDimension',
  description: 'What `caseStats` groups by. At most one time unit (DAY … YEAR) per request.',
  valuesConfig: {
    CATEGORY: { description: 'Dispute category.' },
    TOWNSHIP: { description: 'Township (乡镇) of the case’s village.' },
    VILLAGE: { description: 'Village or community (村/社区) the matter concerns.' },
    CHANNEL: { description: 'Channel of receipt.' },
    STATUS: { description: 'Current status.' },
    LEADER: { description: 'Leader in charge (null: none).' },
    UNIT: { description: 'Responsible unit (null: none).' },
    MATTER_TYPE: { description: 'Matter type.' },
    DAY: { description: 'Local day.' },
    WEEK: { description: 'ISO week (starting Monday).' },
    MONTH: { description: 'Calendar month.' },
    QUARTER: { description: 'Calendar quarter.' },
    YEAR: { description: 'Calendar year.' },
  },
});

export enum WarningLevel {
  RED = 'RED',
  YELLOW = 'YELLOW',
}
registerEnumType(WarningLevel, {
  name: 'WarningLevel',
  description: 'How urgent a warning is.',
  valuesConfig: {
    RED: { description: 'Overdue (红色预警).' },
    YELLOW: { description: 'Due within 3 local days (黄色预警).' },
  },
});

@ObjectType({ description: 'A KPI as an auditable fraction.' })
export class KpiValue {
  @Field(() => Int, { description: 'Cases counted as successes.' })
  numerator: number;

  @Field(() => Int, { description: 'Cases counted.' })
  denominator: number;

  @Field(() => Float, {
    nullable: true,
    description: 'numerator / denominator; null when nothing was counted.',
  })
  rate: number | null;
}

const formula = (code: KpiCode): string => {
  const d = KPI_DEFINITIONS[code];
  return `${d.name.zh} ${d.name.en}. ${d.formula.en} (${d.formula.zh}) List the cases with cases(filter: { kpi: ${code}, kpiPart: NUMERATOR | DENOMINATOR | MISSED }); MISSED lists denominator − numerator.`;
};

@ObjectType({
  description:
    'The eight KPIs for a filter and period, read as of `asOf`. Each is a numerator/denominator pair; the period ' +
    "applies to each KPI's own date (receipt, handling due date, rating, closure, review answer). The whole " +
    'definition of each (numerator, denominator, what is left out and why, the article) is `kpiDefinitions`.',
})
export class KpiSet {
  @Field(() => KpiValue, { description: formula(KpiCode.TIMELY_ACCEPTANCE) })
  timelyAcceptance: KpiValue;

  @Field(() => KpiValue, { description: formula(KpiCode.ON_TIME_CLOSURE) })
  onTimeClosure: KpiValue;

  @Field(() => KpiValue, { description: formula(KpiCode.SATISFACTION) })
  satisfaction: KpiValue;

  @Field(() => KpiValue, { description: formula(KpiCode.RATING_PARTICIPATION) })
  ratingParticipation: KpiValue;

  @Field(() => KpiValue, { description: formula(KpiCode.LEADER_RESOLUTION) })
  leaderResolution: KpiValue;

  @Field(() => KpiValue, { description: formula(KpiCode.REPEAT_RATE) })
  repeatRate: KpiValue;

  @Field(() => KpiValue, { description: formula(KpiCode.REOPEN_RATE) })
  reopenRate: KpiValue;

  @Field(() => KpiValue, { description: formula(KpiCode.REVIEW_CHANGE_RATE) })
  reviewChangeRate: KpiValue;
}

/** The anchor dates as an enum object, for the schema (the domain's KpiAnchor is a string union). */
const KpiAnchorEnum: { readonly [A in KpiAnchor]: A } = {
  RECEIVED: 'RECEIVED',
  DUE: 'DUE',
  RATED: 'RATED',
  CLOSED: 'CLOSED',
  REVIEW_ANSWERED: 'REVIEW_ANSWERED',
};
registerEnumType(KpiAnchorEnum, {
  name: 'KpiAnchor',
  description: "The date of a case that places it in a KPI's period.",
  valuesConfig: Object.fromEntries(
    Object.values(KpiAnchorEnum).map((a) => [
      a,
      { description: `${KPI_ANCHOR_LABELS[a].zh} — ${KPI_ANCHOR_LABELS[a].en}` },
    ]),
  ) as Record<KpiAnchor, { description: string }>,
});

@ObjectType({ description: 'A text in Chinese and in English.' })
class LocalizedText {
  @Field(() => String, { description: 'Simplified Chinese.' })
  zh: string;

  @Field(() => String, { description: 'English, for the dashboard’s English switch.' })
  en: string;
}

@ObjectType({
  description:
    'One entry of the KPI dictionary: what the KPI counts, what it leaves out and why, which date places a case ' +
    'in the period, and the article of 《信访工作条例》 (2022) it rests on. Methodology, no data: any signed-in ' +
    'role may read it. docs/kpis.md says the same for people.',
})
export class KpiDefinition {
  @Field(() => KpiCode, { description: 'The KPI.' })
  code: KpiCode;

  @Field(() => String, { description: 'The field of `KpiSet` that holds its value.' })
  field: string;

  @Field(() => LocalizedText, { description: 'Its name.' })
  name: LocalizedText;

  @Field(() => LocalizedText, { description: 'Numerator ÷ denominator in one sentence.' })
  formula: LocalizedText;

  @Field(() => LocalizedText, { description: 'Which cases of the denominator count as the numerator.' })
  numerator: LocalizedText;

  @Field(() => LocalizedText, { description: 'Which cases are counted.' })
  denominator: LocalizedText;

  @Field(() => LocalizedText, { description: 'What is left out of the denominator, and why.' })
  excluded: LocalizedText;

  @Field(() => KpiAnchorEnum, { description: 'Which date places a case in the period.' })
  anchor: KpiAnchor;

  @Field(() => LocalizedText, { description: 'The anchor date in words.' })
  anchorLabel: LocalizedText;

  @Field(() => LocalizedText, {
    description: 'The article(s) it rests on, or plainly that it is a management measure no article sets.',
  })
  regulation: LocalizedText;

  @Field(() => [Int], { description: 'The articles `regulation` cites (empty for a management measure).' })
  articles: number[];

  @Field(() => Boolean, {
    description: 'False where lower is better (repeat petitions, reopenings, changed reviews).',
  })
  higherIsBetter: boolean;

  @Field(() => KpiCode, {
    nullable: true,
    description: 'The KPI shown beside it wherever it is shown (参评率 beside 群众满意率); null when none.',
  })
  companion: KpiCode | null;
}

@ObjectType({
  description: 'One cell of a `caseStats` pivot: the key of each grouped dimension, a count and KPI parts.',
})
export class CaseStatsBucket {
  @Field(() => String, { nullable: true, description: 'CATEGORY key.' })
  categoryCode: string | null;

  @Field(() => String, { nullable: true, description: 'TOWNSHIP key.' })
  townshipCode: string | null;

  @Field(() => String, { nullable: true, description: 'VILLAGE key.' })
  villageCode: string | null;

  @Field(() => Channel, { nullable: true, description: 'CHANNEL key.' })
  channel: Channel | null;

  @Field(() => CaseStatus, { nullable: true, description: 'STATUS key.' })
  status: CaseStatus | null;

  @Field(() => Int, { nullable: true, description: 'LEADER key (null also when the case has no leader).' })
  leaderId: number | null;

  @Field(() => Int, { nullable: true, description: 'UNIT key (null also when the case has no unit).' })
  unitId: number | null;

  @Field(() => MatterType, { nullable: true, description: 'MATTER_TYPE key.' })
  matterType: MatterType | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      "Time key: first local day of the DAY/WEEK/MONTH/QUARTER/YEAR. Counts use the receipt date; each KPI's parts use its own date.",
  })
  period: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Cases received (in the period) with these keys; null when `suppressed`.',
  })
  count: number | null;

  @Field(() => KpiSet, {
    nullable: true,
    description:
      'KPI parts of these keys; they add up across buckets to `kpis` of the same filter. Null when `suppressed`.',
  })
  kpis: KpiSet | null;

  @Field(() => Boolean, {
    description:
      'True when this village cell holds fewer than 3 cases (or a KPI of fewer than 3) and the account sees ' +
      'aggregates only (wall screen): count and KPIs are withheld so no petitioner can be singled out. Show "<3".',
  })
  suppressed: boolean;
}

@ObjectType({
  description: 'Open cases with a statutory step overdue or due soon, counted (no case details).',
})
export class WarningCounts {
  @Field(() => Int, { description: 'Pending step past due (红色预警).' })
  red: number;

  @Field(() => Int, { description: 'Pending step due within 3 local days (黄色预警).' })
  yellow: number;
}

@ObjectType({ description: 'Count of one kind of visit.' })
class VisitCount {
  @Field(() => VisitKind, { description: 'Kind of visit.' })
  kind: VisitKind;

  @Field(() => Int, { description: 'Number of visits.' })
  count: number;
}

@ObjectType({ description: "A leader's workload for a filter and period." })
export class LeaderWorkload {
  @Field(() => Leader, { description: 'The leader.' })
  leader: Leader;

  @Field(() => Int, { description: 'Cases in their charge (包案), received in the period.' })
  owned: number;

  @Field(() => Int, { description: 'Of those, still open.' })
  open: number;

  @Field(() => Int, { description: 'Of those, closed.' })
  closed: number;

  @Field(() => Int, {
    description:
      'Of the closed, those replied (or closed) by their handling due date: the same cohort as owned, open and ' +
      'closed, so closedInTime ≤ closed ≤ owned. closedOnTime is the 按期办结率 KPI, whose cohort is the cases due in the period.',
  })
  closedInTime: number;

  @Field(() => Int, { description: 'Of those, open with the pending statutory step past due.' })
  overdue: number;

  @Field(() => KpiValue, { description: '按期办结率 of their cases (by handling due date in the period).' })
  closedOnTime: KpiValue;

  @Field(() => KpiValue, { description: '包案化解率: their cases resolved / their cases.' })
  resolution: KpiValue;

  @Field(() => [VisitCount], { description: 'Visits they made in the period, by kind (every kind listed).' })
  visits: VisitCount[];

  @Field(() => Int, { description: 'Written instructions (批示) they gave in the period.' })
  instructions: number;

  leaderId: number;
}

@ObjectType({
  description: 'An open case whose pending statutory step is overdue (red) or due soon (yellow).',
})
export class Warning {
  @Field(() => WarningLevel, { description: 'RED overdue, YELLOW due within 3 local days.' })
  level: WarningLevel;

  @Field(() => DeadlineKind, { description: 'The deadline concerned.' })
  deadlineKind: DeadlineKind;

  @Field(() => DateTimeScalar, { description: 'When it is (was) due.' })
  dueAt: Date;

  @Field(() => Int, { description: 'Local days left; negative when overdue.' })
  daysLeft: number;

  @Field(() => Case, { description: 'The case.' })
  case: Case;
}
