// How the demo feed advances an open case: the plausible next steps in each status with their weights,
// the people and units they name, and the texts they write (simulate-plan.ts draws one of them).
import {
  CaseEventType as E,
  CaseStatus as S,
  type CategoryCode,
  LeaderPost,
  LeaderRank,
  Outcome,
  Satisfaction,
  VisitKind,
} from '@lianxin/domain';
import { DECLINE_REASONS, DELAY_REASONS, UNIT_SPECS, type Prng } from '@lianxin/seed';
import type { CaseSnapshot, LeaderRef, Reference, Step, StepKind, UnitRef } from './simulate-plan.js';
import { pickWeighted } from './simulate-weights.js';

const FORWARD_NOTES = ['请依法依规调查处理，按期书面答复', '请核实情况，及时化解，结果报区信访局'];
const VISIT_NOTES: Readonly<Partial<Record<VisitKind, readonly string[]>>> = {
  [VisitKind.DOWN_VISIT]: ['到村现场察看，听取群众诉求', '带相关部门下访，现场协调'],
  [VisitKind.APPOINTMENT]: ['约请信访人面谈，解释政策依据'],
  [VisitKind.HOME_VISIT]: ['入户走访了解情况，宣讲相关政策', '心连心面对面，大走访大化解'],
  [VisitKind.FOLLOW_UP]: ['回访信访人，了解处理意见落实情况'],
};
const INSTRUCTIONS = ['请责任单位依法依规抓紧办理，按期报告结果', '签批：压实责任，限期化解，结果报区委'];
const SUPERVISION_NOTES = ['一案一函督办，限期报告办理进展', '列入重点督办，十日内报送办理结果'];
const REPLIES: Readonly<Record<Outcome, readonly string[]>> = {
  [Outcome.SUPPORTED]: [
    '经调查核实，所反映问题属实，已协调责任单位落实解决。',
    '诉求合理，已责成相关单位限期整改到位。',
  ],
  [Outcome.EXPLAINED]: [
    '经调查核实，已向信访人解释相关政策规定，信访人表示理解。',
    '已就政策依据和办理情况向信访人作出说明。',
  ],
  [Outcome.NOT_SUPPORTED]: ['经调查核实，所提诉求缺乏政策依据，依法不予支持，并告知救济途径。'],
};
const REVIEW_REPLY = '经复查，原处理意见认定事实清楚、适用依据正确，予以维持。';
const OUTCOMES: readonly (readonly [Outcome, number])[] = [
  [Outcome.SUPPORTED, 45],
  [Outcome.EXPLAINED, 40],
  [Outcome.NOT_SUPPORTED, 15],
];
const SATISFACTIONS: readonly (readonly [Satisfaction, number])[] = [
  [Satisfaction.SATISFIED, 70],
  [Satisfaction.BASICALLY_SATISFIED, 25],
  [Satisfaction.DISSATISFIED, 5],
];
const FIELD_VISITS: readonly (readonly [VisitKind, number])[] = [
  [VisitKind.DOWN_VISIT, 4],
  [VisitKind.HOME_VISIT, 4],
  [VisitKind.APPOINTMENT, 2],
];
/** Work on the matter after acceptance: the more of it, the likelier a reply. */
const WORK_EVENTS = new Set<E>([E.ASSIGNED, E.VISIT, E.FORWARDED, E.COORDINATION, E.INSTRUCTION]);
const COUNTY_WEIGHT: Readonly<Partial<Record<LeaderPost, number>>> = {
  [LeaderPost.PARTY_SECRETARY]: 1,
  [LeaderPost.DISTRICT_MAYOR]: 2,
};

function townshipLeaders(ref: Reference, townshipCode: string): LeaderRef[] {
  return ref.leaders.filter((l) => l.townshipCode === townshipCode);
}

function countyLeader(rng: Prng, ref: Reference): LeaderRef | null {
  const county = ref.leaders.filter((l) => l.rank === LeaderRank.COUNTY);
  if (county.length === 0) return null;
  // The secretary and the mayor own fewer cases than the deputies who hold the portfolios.
  return pickWeighted(
    rng,
    county.map((l) => [l, COUNTY_WEIGHT[l.post] ?? 3] as const),
  );
}

/** Who takes charge (包案): mostly the township's own leaders, sometimes a county leader. */
function leaderInCharge(rng: Prng, c: CaseSnapshot, ref: Reference): LeaderRef | null {
  const local = townshipLeaders(ref, c.townshipCode);
  if (local.length > 0 && rng.chance(0.7)) return rng.pick(local);
  return countyLeader(rng, ref) ?? (local.length > 0 ? rng.pick(local) : null);
}

/** The leader in charge, else one of the township's. */
function visitor(rng: Prng, c: CaseSnapshot, ref: Reference): number | null {
  if (c.leaderId !== null) return c.leaderId;
  const local = townshipLeaders(ref, c.townshipCode);
  if (local.length > 0) return rng.pick(local).id;
  return countyLeader(rng, ref)?.id ?? null;
}

/** The township government for local matters, otherwise the department competent for the category. */
function responsibleUnit(rng: Prng, c: CaseSnapshot, ref: Reference): UnitRef | null {
  const township = ref.units.find((u) => u.townshipCode === c.townshipCode);
  const competentCodes = new Set(
    UNIT_SPECS.filter(([, , cats]) => cats.includes(c.categoryCode as CategoryCode)).map(([code]) => code),
  );
  const competent = ref.units.filter((u) => competentCodes.has(u.code));
  if (township && (competent.length === 0 || rng.chance(0.45))) return township;
  if (competent.length > 0) return rng.pick(competent);
  return township ?? null;
}

const byPost = (ref: Reference, post: LeaderPost): LeaderRef | undefined =>
  ref.leaders.find((l) => l.post === post);

/** Candidate steps with weights, before the state machine's filter. Builders draw only when chosen. */
export type Candidate = readonly [number, StepKind, () => Step | null];

export function candidates(rng: Prng, c: CaseSnapshot, ref: Reference): Candidate[] {
  const forward: Candidate[2] = () => {
    const unit = responsibleUnit(rng, c, ref);
    return unit ? { kind: 'forward', unitId: unit.id, note: rng.pick(FORWARD_NOTES) } : null;
  };
  const assign: Candidate[2] = () => {
    const leader = leaderInCharge(rng, c, ref);
    return leader ? { kind: 'assignLeader', leaderId: leader.id } : null;
  };
  const visit =
    (kind?: VisitKind): Candidate[2] =>
    () => {
      const leaderId = visitor(rng, c, ref);
      const visitKind = kind ?? pickWeighted(rng, FIELD_VISITS);
      return leaderId === null
        ? null
        : { kind: 'visit', leaderId, visitKind, note: rng.pick(VISIT_NOTES[visitKind] ?? ['']) };
    };
  const instruction: Candidate[2] = () => {
    const leader = countyLeader(rng, ref);
    return leader ? { kind: 'instruction', leaderId: leader.id, text: rng.pick(INSTRUCTIONS) } : null;
  };
  const supervise: Candidate[2] = () => {
    const bureau = ref.units.find((u) => u.code === 'XFJ');
    const director = byPost(ref, LeaderPost.PETITION_BUREAU_DIRECTOR);
    const note = rng.pick(SUPERVISION_NOTES);
    if (bureau && (!director || rng.chance(0.6)))
      return { kind: 'supervise', unitId: bureau.id, leaderId: null, note };
    return director ? { kind: 'supervise', unitId: null, leaderId: director.id, note } : null;
  };
  const extend: Candidate[2] = () => {
    const approver = c.leaderId ?? byPost(ref, LeaderPost.PETITION_BUREAU_DIRECTOR)?.id;
    return approver === undefined
      ? null
      : {
          kind: 'extend',
          days: rng.range(10, 30),
          reason: rng.pick(DELAY_REASONS),
          approverLeaderId: approver,
        };
  };
  const reply: Candidate[2] = () => {
    const outcome = pickWeighted(rng, OUTCOMES);
    return { kind: 'reply', outcome, text: rng.pick(REPLIES[outcome]) };
  };
  const rate: Candidate[2] = () => ({ kind: 'rate', satisfaction: pickWeighted(rng, SATISFACTIONS) });

  const noUnit = c.unitId === null;
  const noLeader = c.leaderId === null;
  const unrated = c.satisfaction === null;
  switch (c.status) {
    case S.REGISTERED:
      // Forwarded first (Art. 22), then the decision within 15 days; about one in twenty declined.
      return [
        [noUnit ? 70 : 0, 'forward', forward],
        [noUnit ? 22 : 88, 'accept', () => ({ kind: 'accept' })],
        [noUnit ? 3 : 5, 'decline', () => ({ kind: 'decline', reason: rng.pick(DECLINE_REASONS) })],
        [3, 'supervise', supervise],
        [2, 'instruction', instruction],
      ];
    case S.ACCEPTED:
      return [
        [noLeader ? 40 : 0, 'assignLeader', assign],
        [35, 'visit', visit()],
        [noUnit ? 15 : 0, 'forward', forward],
        [3, 'supervise', supervise],
        [3, 'instruction', instruction],
        [4, 'reply', reply],
      ];
    case S.IN_PROGRESS: {
      const accepted = c.events.lastIndexOf(E.ACCEPTED);
      const work = c.events.slice(accepted + 1).filter((e) => WORK_EVENTS.has(e)).length;
      return [
        [Math.min(10 + 25 * work, 80), 'reply', reply],
        [30, 'visit', visit()],
        [noLeader ? 20 : 0, 'assignLeader', assign],
        [8, 'instruction', instruction],
        [6, 'supervise', supervise],
        [c.extensionDays === null ? 4 : 0, 'extend', extend],
      ];
    }
    case S.REPLIED:
      return [
        [60, 'close', () => ({ kind: 'close' })],
        [unrated ? 25 : 0, 'rate', rate],
        [10, 'visit', visit(VisitKind.FOLLOW_UP)],
      ];
    case S.CLOSED:
      // Rated after closing when the petitioner had not answered before; then nothing is left to do.
      return [[unrated ? 1 : 0, 'rate', rate]];
    case S.UNDER_REVIEW:
    case S.UNDER_REREVIEW:
      return [
        [60, 'reply', () => ({ kind: 'reply', outcome: Outcome.EXPLAINED, text: REVIEW_REPLY })],
        [25, 'visit', visit()],
        [10, 'instruction', instruction],
      ];
    default:
      return [];
  }
}
