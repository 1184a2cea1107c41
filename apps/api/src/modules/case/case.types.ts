// How a list of cases is asked for: the filter, the order and their enums. The Case object type, its
// parts and the connection that pages it are in case-object.types.ts.
import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { CaseStatus, Channel, KpiCode, MatterType, Satisfaction } from '@lianxin/domain';
import { DateTimeScalar, LocalDateScalar } from '../common/scalars.js';

export enum KpiPart {
  NUMERATOR = 'NUMERATOR',
  DENOMINATOR = 'DENOMINATOR',
  MISSED = 'MISSED',
}
registerEnumType(KpiPart, {
  name: 'KpiPart',
  description: 'Which side of a KPI fraction to list the cases of.',
  valuesConfig: {
    NUMERATOR: { description: 'The cases counted in the numerator (a subset of the denominator).' },
    DENOMINATOR: { description: 'The cases counted in the denominator.' },
    MISSED: {
      description:
        'The cases in the denominator that are not in the numerator (denominator − numerator): for a ' +
        'higher-is-better KPI the cases that missed it (accepted late, closed late or still overdue, rated ' +
        'dissatisfied, not rated …); for a lower-is-better one (重复访率, 重开率, 复查改变率) the cases that kept it.',
    },
  },
});

export enum CaseOrderField {
  ID = 'ID',
  CODE = 'CODE',
  RECEIVED_AT = 'RECEIVED_AT',
  DUE_AT = 'DUE_AT',
  CURRENT_DUE_AT = 'CURRENT_DUE_AT',
}
registerEnumType(CaseOrderField, {
  name: 'CaseOrderField',
  description: 'What to sort cases by; ties are broken by id.',
  valuesConfig: {
    ID: { description: 'Internal id (order of registration).' },
    CODE: { description: 'Case code, LT-YYYY-NNNNNN.' },
    RECEIVED_AT: { description: 'Time of receipt.' },
    DUE_AT: { description: 'Handling deadline; cases without one sort last.' },
    CURRENT_DUE_AT: {
      description: 'Due date of the step owed now (most urgent first when ascending); none sort last.',
    },
  },
});

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Sort direction.',
  valuesConfig: {
    ASC: { description: 'Oldest, earliest or smallest first.' },
    DESC: { description: 'Newest, latest or largest first.' },
  },
});

@InputType({
  description:
    'Selects cases. All conditions combine with AND; list conditions match any of their values. `from`/`to` is the ' +
    "period: cases received in it — or, with `kpi`, the period of that KPI's own date (due date, rating date …).",
})
export class CaseFilter {
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'First day of the period (Asia/Shanghai), inclusive.',
  })
  from?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Last day of the period (Asia/Shanghai), inclusive.',
  })
  to?: string | null;

  @Field(() => [String], { nullable: true, description: 'Township codes.' })
  townshipCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Village codes.' })
  villageCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Category codes, e.g. TREE_SHADING, IRRIGATION.' })
  categoryCodes?: string[] | null;

  @Field(() => [Channel], { nullable: true, description: 'Channels of receipt.' })
  channels?: Channel[] | null;

  @Field(() => [MatterType], { nullable: true, description: 'Matter types.' })
  matterTypes?: MatterType[] | null;

  @Field(() => [CaseStatus], { nullable: true, description: 'Current statuses.' })
  statuses?: CaseStatus[] | null;

  @Field(() => [Int], { nullable: true, description: 'Leaders in charge (包案领导) by id.' })
  leaderIds?: number[] | null;

  @Field(() => [Int], { nullable: true, description: 'Responsible units by id.' })
  unitIds?: number[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'True: only cases whose pending statutory step is past due at `asOf`; false: only the others.',
  })
  overdue?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'True: only cases whose pending step is due within 3 local days of `asOf` (not yet overdue).',
  })
  dueSoon?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: only repeat petitions (重复访); false: only first petitions.',
  })
  repeat?: boolean | null;

  @Field(() => [Satisfaction], {
    nullable: true,
    description: 'First ratings (as of `asOf`): only cases rated with one of these.',
  })
  satisfactions?: Satisfaction[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'True: only cases the petitioner has rated by `asOf` (参评); false: only the unrated. ' +
      '`rated: false` with `satisfactions` is refused (BAD_USER_INPUT).',
  })
  rated?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'True: only cases that missed a statutory deadline as of `asOf` — decided after the 15 days for ' +
      'acceptance (or still undecided after them), or replied to after the handling due date (or still ' +
      'unanswered past it): the cases that count against 及时受理率 or 按期办结率. False: only the others.',
  })
  late?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Text contained in the title or the summary.' })
  text?: string | null;

  @Field(() => KpiCode, {
    nullable: true,
    description: 'Restrict to the cases behind this KPI for the period (with `kpiPart`).',
  })
  kpi?: KpiCode | null;

  @Field(() => KpiPart, {
    nullable: true,
    description:
      'Numerator, denominator or the missed cases (denominator − numerator) of `kpi` (default DENOMINATOR).',
  })
  kpiPart?: KpiPart | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'The instant the data is read at (default: now). Later facts count as not yet happened.',
  })
  asOf?: Date | null;
}

@InputType({ description: 'Sort order of a case list.' })
export class CaseOrder {
  @Field(() => CaseOrderField, { description: 'Sort key.' })
  field: CaseOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC, description: 'Direction (default DESC).' })
  direction: SortDirection;
}
