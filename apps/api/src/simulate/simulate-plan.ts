// What the demo feed does next, as pure functions of a seeded PRNG and what the API said: register a
// new case (who, where, what) or move one open case a plausible step. No I/O, so a seed replays.
import {
  CaseEventType as E,
  CaseStatus as S,
  CategoryCode,
  Channel,
  LeaderPost,
  LeaderRank,
  MatterType,
  Outcome,
  Satisfaction,
  VisitKind,
} from '@lianxin/domain';
import {
  ARTICLE_2023,
  CATEGORY_ORDER,
  DECLINE_REASONS,
  DELAY_REASONS,
  MONTH_CATEGORY_CUMULATIVE,
  randomIdNumber,
  randomMobile,
  randomName,
  TEMPLATES,
  UNIT_SPECS,
  type Prng,
} from '@lianxin/seed';

export interface VillageRef {
  code: string;
  name: string;
  population: number;
  townshipCode: string;
  townshipName: string;
}

export interface LeaderRef {
  id: number;
  name: string;
  title: string;
  post: LeaderPost;
  rank: LeaderRank;
  townshipCode: string | null;
}

export interface UnitRef {
  id: number;
  code: string;
  name: string;
  townshipCode: string | null;
}

/** The district as the API lists it (only what the simulator reads). */
export interface Reference {
  villages: VillageRef[];
  /** Category code → Chinese name, for the categories the API offers. */
  categories: Map<string, string>;
  leaders: LeaderRef[];
  units: UnitRef[];
}

/** A case as last read from the API. */
export interface CaseSnapshot {
  id: string;
  code: string;
  version: number;
  status: S;
  allowedSteps: E[];
  categoryCode: string;
  villageCode: string;
  townshipCode: string;
  leaderId: number | null;
  unitId: number | null;
  extensionDays: number | null;
  satisfaction: Satisfaction | null;
  /** Event types of the timeline, oldest first. */
  events: E[];
}

export interface PetitionerDraft {
  name: string;
  phone: string;
  idNumber: string;
  representative: boolean;
}

/** The `registerCase` input, without the client key (chosen per run, not per seed). */
export interface CaseDraft {
  title: string;
  summary: string;
  matterType: MatterType;
  categoryCode: string;
  channel: Channel;
  villageCode: string;
  headcount: number;
  petitioners: PetitionerDraft[];
}

export type Step =
  | { kind: 'accept' }
  | { kind: 'decline'; reason: string }
  | { kind: 'forward'; unitId: number; note: string }
  | { kind: 'assignLeader'; leaderId: number }
  | { kind: 'visit'; leaderId: number; visitKind: VisitKind; note: string }
  | { kind: 'instruction'; leaderId: number; text: string }
  | { kind: 'supervise'; unitId: number | null; leaderId: number | null; note: string }
  | { kind: 'extend'; days: number; reason: string; approverLeaderId: number }
  | { kind: 'reply'; outcome: Outcome; text: string }
  | { kind: 'close' }
  | { kind: 'rate'; satisfaction: Satisfaction };

export type StepKind = Step['kind'];

/** The timeline event each step appends: the state machine's `allowedSteps` speaks in these. */
export const STEP_EVENT: Readonly<Record<StepKind, E>> = Object.freeze({
  accept: E.ACCEPTED,
  decline: E.NOT_ACCEPTED,
  forward: E.FORWARDED,
  assignLeader: E.ASSIGNED,
  visit: E.VISIT,
  instruction: E.INSTRUCTION,
  supervise: E.SUPERVISED,
  extend: E.EXTENDED,
  reply: E.REPLIED,
  close: E.CLOSED,
  rate: E.RATED,
});

/** Share of ticks that register a new case; the rest advance one (1:3). */
export const REGISTER_SHARE = 0.25;

/** Register or advance? Always register while there is nothing open to advance. */
export function chooseAction(rng: Prng, openCases: number): 'register' | 'advance' {
  if (openCases === 0) return 'register';
  return rng.chance(REGISTER_SHARE) ? 'register' : 'advance';
}

function weightedIndex(rng: Prng, weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = rng.next() * total;
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i] as number;
    if (x < 0) return i;
  }
  // Rounding may leave x at 0 after the last positive weight: take that one.
  for (let i = weights.length - 1; i >= 0; i--) if ((weights[i] as number) > 0) return i;
  throw new RangeError('weightedIndex: every weight is 0');
}

function pickWeighted<T>(rng: Prng, items: readonly (readonly [T, number])[]): T {
  const i = weightedIndex(
    rng,
    items.map(([, w]) => w),
  );
  return (items[i] as readonly [T, number])[0];
}

// ------------------------------------------------------------------ registering

const AGRICULTURAL = new Set<string>([
  CategoryCode.TREE_SHADING,
  CategoryCode.IRRIGATION,
  CategoryCode.LAND_CONTRACT,
]);

// Where a matter is more common than the district-wide share says: the article's shelterbelts of
// 马莲渠乡 and the irrigation water of 扁担沟镇's pumping station.
const TOWNSHIP_FACTOR: Readonly<Record<string, Partial<Record<string, number>>>> = {
  [ARTICLE_2023.treeShadingTownship]: { [CategoryCode.TREE_SHADING]: 4 },
  [ARTICLE_2023.irrigationTownship]: { [CategoryCode.IRRIGATION]: 2 },
};

/** Category weights of a local month (0 = January) as the seed uses them, before place factors. */
export function monthCategoryWeights(month: number): Map<string, number> {
  const cumulative = MONTH_CATEGORY_CUMULATIVE[month] as Float64Array;
  return new Map(
    CATEGORY_ORDER.map((code, i) => [
      code as string,
      (cumulative[i] as number) - (i === 0 ? 0 : (cumulative[i - 1] as number)),
    ]),
  );
}

/** Category weights for a village in a month: the season, the township's factor, no fields in a 社区. */
export function categoryWeights(month: number, village: VillageRef, ref: Reference): [string, number][] {
  const season = monthCategoryWeights(month);
  const community = village.name.endsWith('社区');
  const factors = TOWNSHIP_FACTOR[village.townshipName] ?? {};
  const out: [string, number][] = [];
  // Only categories with text templates: an extra category the database gained has none to write.
  for (const code of CATEGORY_ORDER) {
    if (!ref.categories.has(code)) continue;
    if (community && AGRICULTURAL.has(code)) continue;
    out.push([code, (season.get(code) ?? 0) * (factors[code] ?? 1)]);
  }
  return out;
}

// Accusations (检举控告) are left out: Art. 30 keeps them from a district-wide clerk after
// registration, so the simulator could never follow one up.
const MATTER_TYPES: readonly (readonly [MatterType, number])[] = [
  [MatterType.APPEAL, 75],
  [MatterType.SUGGESTION, 15],
];
const OFFICE_CHANNELS: readonly (readonly [Channel, number])[] = [
  [Channel.VISIT, 30],
  [Channel.PHONE, 22],
  [Channel.ONLINE, 25],
  [Channel.LETTER, 10],
  [Channel.LEADER_RECEPTION, 5],
  [Channel.DOOR_TO_DOOR, 8],
];
const SHANGHAI_MS = 8 * 3_600_000;

/** Local (UTC+8) month 0–11 and minute of the day of an instant. */
export function localClock(now: Date): { month: number; minute: number } {
  const local = new Date(now.getTime() + SHANGHAI_MS);
  return { month: local.getUTCMonth(), minute: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

/** A new case as an intake clerk would register it now: place by population, category by season. */
export function draftCase(rng: Prng, ref: Reference, now: Date): CaseDraft {
  if (ref.villages.length === 0) throw new RangeError('draftCase: the API lists no villages');
  const { month, minute } = localClock(now);
  const village = ref.villages[
    weightedIndex(
      rng,
      ref.villages.map((v) => v.population),
    )
  ] as VillageRef;
  const categoryCode = pickWeighted(rng, categoryWeights(month, village, ref));
  const template = rng.pick(TEMPLATES[categoryCode as CategoryCode]);
  const officeHours = minute >= 510 && minute < 1080;
  const channel = officeHours
    ? pickWeighted(rng, OFFICE_CHANNELS)
    : rng.chance(0.7)
      ? Channel.ONLINE
      : Channel.PHONE;
  // Mostly one person; some small groups; a collective petition (≥ 5) sends 3–5 representatives.
  const r = rng.next();
  const headcount = r < 0.8 ? 1 : r < 0.95 ? rng.range(2, 4) : 5 + Math.floor(rng.next() * rng.next() * 40);
  const linked = headcount >= 5 ? rng.range(3, 5) : headcount;
  const petitioners: PetitionerDraft[] = [];
  const ids = new Set<string>();
  while (petitioners.length < linked) {
    const male = rng.chance(0.7);
    const idNumber = randomIdNumber(rng, male);
    if (ids.has(idNumber)) continue;
    ids.add(idNumber);
    petitioners.push({
      name: randomName(rng, male),
      phone: randomMobile(rng),
      idNumber,
      representative: headcount >= 5 || petitioners.length === 0,
    });
  }
  return {
    title: template.titleBefore + village.name + template.titleAfter,
    summary: template.summaryBefore + village.name + template.summaryAfter,
    matterType: pickWeighted(rng, MATTER_TYPES),
    categoryCode,
    channel,
    villageCode: village.code,
    headcount,
    petitioners,
  };
}

// ------------------------------------------------------------------ advancing

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
type Candidate = readonly [number, StepKind, () => Step | null];

function candidates(rng: Prng, c: CaseSnapshot, ref: Reference): Candidate[] {
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

/**
 * One plausible next step for the case, among those its state machine allows now; null when the
 * simulator has nothing more to do with it (declined, or closed and rated).
 */
export function nextStep(rng: Prng, c: CaseSnapshot, ref: Reference): Step | null {
  const allowed = new Set(c.allowedSteps);
  const open = candidates(rng, c, ref).filter(
    ([weight, kind]) => weight > 0 && allowed.has(STEP_EVENT[kind]),
  );
  // A builder that finds no leader or unit to name drops out, and the draw repeats among the rest.
  while (open.length > 0) {
    const i = weightedIndex(
      rng,
      open.map(([w]) => w),
    );
    const step = (open[i] as Candidate)[2]();
    if (step) return step;
    open.splice(i, 1);
  }
  return null;
}
