// What the demo feed does next, as pure functions of a seeded PRNG and what the API said: register a
// new case (who, where, what) or move one open case a plausible step. No I/O, so a seed replays.
//
// Registering is here; advancing draws from the candidate steps of simulate-steps.ts.
import {
  CaseEventType as E,
  type CaseStatus as S,
  CategoryCode,
  Channel,
  type LeaderPost,
  type LeaderRank,
  MatterType,
  type Outcome,
  type Satisfaction,
  type VisitKind,
} from '@lianxin/domain';
import {
  ARTICLE_2023,
  CATEGORY_ORDER,
  MONTH_CATEGORY_CUMULATIVE,
  randomIdNumber,
  randomMobile,
  randomName,
  TEMPLATES,
  type Prng,
} from '@lianxin/seed';
import { candidates, type Candidate } from './simulate-steps.js';
import { pickWeighted, weightedIndex } from './simulate-weights.js';

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

interface PetitionerDraft {
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
const REGISTER_SHARE = 0.25;

/** Register or advance? Always register while there is nothing open to advance. */
export function chooseAction(rng: Prng, openCases: number): 'register' | 'advance' {
  if (openCases === 0) return 'register';
  return rng.chance(REGISTER_SHARE) ? 'register' : 'advance';
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
function monthCategoryWeights(month: number): Map<string, number> {
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
function localClock(now: Date): { month: number; minute: number } {
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
