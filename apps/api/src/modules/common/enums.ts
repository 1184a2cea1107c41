// Registers the domain's enums with the GraphQL schema, each value described by its zh-CN and
// English labels. Import this module once (schema.ts does) before building the schema.
import { registerEnumType } from 'type-graphql';
import {
  CASE_EVENT_TYPE_LABELS,
  CASE_STATUS_LABELS,
  CHANNEL_LABELS,
  CaseEventType,
  CaseStatus,
  Channel,
  DeadlineKind,
  DeadlineState,
  KPI_DEFINITIONS,
  KpiCode,
  LEADER_POST_LABELS,
  LEADER_RANK_LABELS,
  LeaderPost,
  LeaderRank,
  MATTER_TYPE_LABELS,
  MatterType,
  OUTCOME_LABELS,
  ROLE_LABELS,
  Role,
  Outcome,
  SATISFACTION_LABELS,
  Satisfaction,
  TOWNSHIP_KIND_LABELS,
  TownshipKind,
  VISIT_KIND_LABELS,
  VisitKind,
  type Label,
} from '@lianxin/domain';

function described<E extends string>(labels: Readonly<Record<E, Label>>): Record<E, { description: string }> {
  return Object.fromEntries(
    Object.entries<Label>(labels).map(([value, label]) => [
      value,
      { description: `${label.zh} — ${label.en}` },
    ]),
  ) as Record<E, { description: string }>;
}

registerEnumType(MatterType, {
  name: 'MatterType',
  description: 'Type of petition matter (Art. 29): suggestion, accusation, or appeal/demand.',
  valuesConfig: described(MATTER_TYPE_LABELS),
});
registerEnumType(Channel, {
  name: 'Channel',
  description: 'How the matter reached the district.',
  valuesConfig: described(CHANNEL_LABELS),
});
registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  description: 'Where a case stands in its statutory life.',
  valuesConfig: described(CASE_STATUS_LABELS),
});
registerEnumType(Outcome, {
  name: 'Outcome',
  description: 'Substance of the written reply (Art. 32).',
  valuesConfig: described(OUTCOME_LABELS),
});
registerEnumType(Satisfaction, {
  name: 'Satisfaction',
  description: "The petitioner's rating of the handling.",
  valuesConfig: described(SATISFACTION_LABELS),
});
registerEnumType(VisitKind, {
  name: 'VisitKind',
  description: 'Kind of leader contact with petitioners.',
  valuesConfig: described(VISIT_KIND_LABELS),
});
registerEnumType(CaseEventType, {
  name: 'CaseEventType',
  description: 'Kind of step in a case timeline.',
  valuesConfig: described(CASE_EVENT_TYPE_LABELS),
});
registerEnumType(TownshipKind, {
  name: 'TownshipKind',
  description: 'Kind of township-level unit.',
  valuesConfig: described(TOWNSHIP_KIND_LABELS),
});
registerEnumType(LeaderRank, {
  name: 'LeaderRank',
  description: 'Cadre rank: 处级 (county level) or 科级 (section level).',
  valuesConfig: described(LEADER_RANK_LABELS),
});
registerEnumType(LeaderPost, {
  name: 'LeaderPost',
  description: 'The post a leader holds.',
  valuesConfig: described(LEADER_POST_LABELS),
});
registerEnumType(DeadlineKind, {
  name: 'DeadlineKind',
  description:
    'Deadline of 《信访工作条例》 (2022), each stage with its own clock. A last day on a statutory rest day ' +
    'moves to the next working day (《民法典》 Art. 203).',
  valuesConfig: {
    REGISTRATION: { description: '登记转送交办 15 days from receipt (Art. 22).' },
    ACCEPTANCE: { description: '告知是否受理 15 days from receipt (Art. 23).' },
    HANDLING: {
      description:
        '办理 60 days from acceptance, plus the extension and first-instance hearing days (Art. 34).',
    },
    LEADERSHIP: {
      description:
        '限期办理: the shorter period leadership set, from acceptance plus first-instance hearing days; a second, ' +
        'tighter clock beside HANDLING, never a way to lengthen it.',
    },
    REOPENED: {
      description: '重新办理: 60 days from the latest reopening, plus the hearing days of that handling.',
    },
    REVIEW_REQUEST: {
      description: "申请复查: the petitioner's 30 days from receiving the written reply (Art. 35).",
    },
    REVIEW: { description: '复查: 30 days to answer a review request, plus its own hearing days (Art. 35).' },
    REREVIEW_REQUEST: {
      description: "申请复核: the petitioner's 30 days from receiving the review answer (Art. 36).",
    },
    REREVIEW: {
      description: '复核: 30 days to answer a re-review request, plus its own hearing days (Art. 36).',
    },
  },
});
registerEnumType(DeadlineState, {
  name: 'DeadlineState',
  description: 'State of a deadline at an instant.',
  valuesConfig: {
    ON_TIME: { description: 'Pending, more than 3 days left.' },
    DUE_SOON: { description: 'Pending, 3 or fewer local days left (yellow).' },
    OVERDUE: { description: 'Pending and past due (red).' },
    MET: { description: 'Done by the due date.' },
    MISSED: { description: 'Done after the due date.' },
  },
});
registerEnumType(KpiCode, {
  name: 'KpiCode',
  description: 'The KPIs the district is judged on; see `kpis` for each formula.',
  valuesConfig: Object.fromEntries(
    Object.values(KPI_DEFINITIONS).map((d) => [d.code, { description: `${d.name.zh} — ${d.formula.en}` }]),
  ) as Record<KpiCode, { description: string }>,
});
registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may do and see.',
  valuesConfig: described(ROLE_LABELS),
});
