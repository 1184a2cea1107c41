// The case generator: one pass over the schedule in order of receipt, each case's whole timeline
// drawn first and then cut at `now` (the end of `until` by default). A case's facts are the domain's
// fold of the events it keeps (`foldStep`), so a row always says what its events say.

import {
  type CaseFacts,
  CaseEventType as E,
  CategoryCode as C,
  Channel,
  dueDayAfter,
  foldStep,
  handlingDueAt,
  initialFacts,
  LeaderPost,
  LeaderRank,
  leadershipDueAt,
  MatterType,
  Outcome,
  Satisfaction,
  VisitKind,
} from '@lianxin/domain';
import { ARTICLE_2023, WATER_MEETING_PARTIES } from './article.js';
import { dayFromYmd, dayOf, dayStart, DAY, HOUR, localDayString, MINUTE, parseLocalDay } from './days.js';
import { countyPortfolios, UNIT_SPECS } from './district.js';
import { randomGivenName, randomIdNumber, randomMobile, randomName } from './people.js';
import { cumulate, Prng } from './prng.js';
import type {
  CaseBundle,
  CaseEventRow,
  CasePetitionerRow,
  CaseRow,
  DistrictData,
  LeaderRow,
  PetitionerRow,
  VillageRow,
} from './rows.js';
import {
  arrivalSeconds,
  buildSchedule,
  CATEGORY_ORDER,
  MONTH_CATEGORY_CUMULATIVE,
  type Schedule,
  type SeedOptions,
} from './schedule.js';
import {
  COORDINATION_DECISIONS,
  DECLINE_REASONS,
  DELAY_REASONS,
  REOPEN_REASON,
  REPLY_TEXTS,
  REREVIEW_CHANGED,
  REREVIEW_KEPT,
  REREVIEW_REASONS,
  REVIEW_CHANGED,
  REVIEW_KEPT,
  REVIEW_REASONS,
  TEMPLATES,
} from './text.js';

interface YearParams {
  /** Share of decisions within 15 days (及时受理率 target). */
  timely: number;
  /** Share of replies by the due date (按期办结率 target). */
  onTime: number;
  satisfied: number;
  basically: number;
  /** Share of cases with a leader in charge, and of cases with a county-level one. */
  leaderShare: number;
  countyShare: number;
  /** Chance per case of a written instruction from the party secretary. */
  secretaryInstruction: number;
}

// The article's "持续提升": each year better than the last by several points, so the rise survives
// sampling noise at 1,000 cases a year. 2023 itself is steered by the article plan, not these shares.
const YEAR_PARAMS: readonly YearParams[] = [
  {
    timely: 0.83,
    onTime: 0.75,
    satisfied: 0.48,
    basically: 0.3,
    leaderShare: 0.24,
    countyShare: 0.03,
    secretaryInstruction: 0.008,
  },
  {
    timely: 0.91,
    onTime: 0.86,
    satisfied: 0.58,
    basically: 0.3,
    leaderShare: 0.27,
    countyShare: 0.034,
    secretaryInstruction: 0.009,
  },
  {
    timely: 0.97,
    onTime: 0.955,
    satisfied: 0.7,
    basically: 0.26,
    leaderShare: 0.3,
    countyShare: 0,
    secretaryInstruction: 0,
  },
  {
    timely: 0.975,
    onTime: 0.955,
    satisfied: 0.71,
    basically: 0.25,
    leaderShare: 0.3,
    countyShare: 0.038,
    secretaryInstruction: 0.011,
  },
];

const MATTER_TYPES = [MatterType.APPEAL, MatterType.SUGGESTION, MatterType.ACCUSATION];
const MATTER_CUM = cumulate([75, 15, 10]);
const OFFICE_CHANNELS = [
  Channel.VISIT,
  Channel.PHONE,
  Channel.ONLINE,
  Channel.LETTER,
  Channel.LEADER_RECEPTION,
  Channel.DOOR_TO_DOOR,
];
const OFFICE_CHANNEL_CUM = cumulate([30, 22, 25, 10, 5, 8]);
const OUTCOMES = [Outcome.SUPPORTED, Outcome.EXPLAINED, Outcome.NOT_SUPPORTED];
const OUTCOME_CUM = cumulate([45, 40, 15]);
const GENERIC_VISIT_KINDS = [VisitKind.DOWN_VISIT, VisitKind.APPOINTMENT, VisitKind.HOME_VISIT];
const AGRICULTURAL = new Set<C>([C.TREE_SHADING, C.IRRIGATION, C.LAND_CONTRACT]);
const REPEAT_SHARE = 0.065;
const RING = 256;

// Payloads shared by many events are built once and frozen, so millions of events cost no extra
// objects; anything case-specific is a fresh object. Keys are the step catalogue's inputs.
type Payload = Record<string, unknown>;
const REPLY_PAYLOADS: Readonly<Record<Outcome, Payload>> = {
  [Outcome.SUPPORTED]: Object.freeze({ outcome: Outcome.SUPPORTED, text: REPLY_TEXTS.SUPPORTED }),
  [Outcome.EXPLAINED]: Object.freeze({ outcome: Outcome.EXPLAINED, text: REPLY_TEXTS.EXPLAINED }),
  [Outcome.NOT_SUPPORTED]: Object.freeze({ outcome: Outcome.NOT_SUPPORTED, text: REPLY_TEXTS.NOT_SUPPORTED }),
};
// A review or re-review answer says whether it changed the answer before it (`changed`, required).
const REVIEW_ANSWERS: Readonly<Record<'kept' | 'changed', Payload>> = {
  kept: Object.freeze({ stage: 'REVIEW', outcome: Outcome.EXPLAINED, text: REVIEW_KEPT, changed: false }),
  changed: Object.freeze({
    stage: 'REVIEW',
    outcome: Outcome.SUPPORTED,
    text: REVIEW_CHANGED,
    changed: true,
  }),
};
const REREVIEW_ANSWERS: Readonly<Record<'kept' | 'changed', Payload>> = {
  kept: Object.freeze({ stage: 'REREVIEW', outcome: Outcome.EXPLAINED, text: REREVIEW_KEPT, changed: false }),
  changed: Object.freeze({
    stage: 'REREVIEW',
    outcome: Outcome.SUPPORTED,
    text: REREVIEW_CHANGED,
    changed: true,
  }),
};
const REVIEW_REQUESTS = REVIEW_REASONS.map((reason) => Object.freeze({ reason }));
const REREVIEW_REQUESTS = REREVIEW_REASONS.map((reason) => Object.freeze({ reason }));
const REOPEN_PAYLOAD = Object.freeze({ reason: REOPEN_REASON });
const DECLINE_PAYLOADS = DECLINE_REASONS.map((reason) => Object.freeze({ reason }));
const INSTRUCTION_PAYLOAD = Object.freeze({ text: '请责任单位依法依规抓紧办理，按期报告结果' });
const SECRETARY_INSTRUCTION = Object.freeze({ text: '签批：压实责任，限期化解，结果报区委' });
const SUPERVISION_PAYLOAD = Object.freeze({ note: '一案一函督办' });
const DEADLINE_30 = Object.freeze({ days: 30, source: '包案领导限期办理' });
const RATE_PAYLOADS: Readonly<Record<Satisfaction, Payload>> = {
  [Satisfaction.SATISFIED]: Object.freeze({ satisfaction: Satisfaction.SATISFIED }),
  [Satisfaction.BASICALLY_SATISFIED]: Object.freeze({ satisfaction: Satisfaction.BASICALLY_SATISFIED }),
  [Satisfaction.DISSATISFIED]: Object.freeze({ satisfaction: Satisfaction.DISSATISFIED }),
};
const HOME_VISIT_ACTIVITY = '心连心面对面，大走访大化解';
/** Statutory handling period (Art. 34) and the review windows (Art. 35–36), for planning times only. */
const HANDLING_DAYS = 60;
const REQUEST_WINDOW_DAYS = 30;

/** What describes a case rather than happens to it; everything else in the row is the fold of its events. */
type CaseDescription = Pick<
  CaseRow,
  | 'id'
  | 'code'
  | 'title'
  | 'summary'
  | 'matterType'
  | 'categoryCode'
  | 'channel'
  | 'villageCode'
  | 'townshipCode'
  | 'headcount'
>;

/** The times a written answer leaves behind: when it was delivered and when the case was closed after it. */
interface Answered {
  repliedMs: number;
  /** Local day the petitioner received it: the window for contesting it runs from this day. */
  deliveryDay: number;
  closedMs: number;
  /** The last of these events. */
  lastMs: number;
}

type Custom = 'chenmuzha' | 'wujiagou' | 'liujiawan' | 'wang';

/** What the article plan fixes about one case; everything else is drawn as usual. */
interface Plan {
  custom?: Custom;
  county?: boolean;
  fieldVisit?: VisitKind;
  instruction?: boolean;
  category?: C;
  village?: number;
}

/** Everything of the district the generator looks up per case, as arrays indexed by position. */
class Lookup {
  readonly villages: VillageRow[];
  readonly villageCum: Float64Array;
  readonly villageTownship: number[];
  readonly isCommunity: boolean[];
  readonly townshipNames: string[];
  readonly townshipUnit: number[];
  readonly townshipLeaders: number[][];
  readonly unitNames = new Map<number, string>();
  readonly unitHead = new Map<number, number>();
  readonly categoryUnits: Map<C, number[]>;
  readonly county: number[];
  readonly countyCum: Float64Array;
  readonly countyByCategory: Map<C, number[]>;
  readonly isCounty: Uint8Array;
  readonly secretary: number;
  readonly mayor: number;
  readonly director: number;
  readonly petitionBureau: number;

  constructor(d: DistrictData) {
    this.villages = d.villages;
    const townshipIndex = new Map(d.townships.map((t, i) => [t.code, i]));
    this.villageTownship = d.villages.map((v) => townshipIndex.get(v.townshipCode) as number);
    this.villageCum = cumulate(d.villages.map((v) => v.population));
    this.isCommunity = d.villages.map((v) => v.name.endsWith('社区'));
    this.townshipNames = d.townships.map((t) => t.name);
    this.townshipUnit = d.townships.map((t) => d.units.find((u) => u.townshipCode === t.code)?.id ?? 0);
    this.townshipLeaders = d.townships.map((t) =>
      d.leaders.filter((l) => l.townshipCode === t.code).map((l) => l.id),
    );
    for (const u of d.units) this.unitNames.set(u.id, u.name);
    for (const l of d.leaders) {
      if (l.post === LeaderPost.UNIT_HEAD && l.unitId !== null && !this.unitHead.has(l.unitId))
        this.unitHead.set(l.unitId, l.id);
    }
    const unitByCode = new Map(d.units.map((u) => [u.code, u.id]));
    this.categoryUnits = new Map(CATEGORY_ORDER.map((c) => [c, [] as number[]]));
    for (const [code, , cats] of UNIT_SPECS) {
      const id = unitByCode.get(code);
      if (id !== undefined) for (const c of cats) this.categoryUnits.get(c)?.push(id);
    }
    const byPost = (post: LeaderPost): number => (d.leaders.find((l) => l.post === post) as LeaderRow).id;
    this.secretary = byPost(LeaderPost.PARTY_SECRETARY);
    this.mayor = byPost(LeaderPost.DISTRICT_MAYOR);
    this.director = byPost(LeaderPost.PETITION_BUREAU_DIRECTOR);
    this.petitionBureau = unitByCode.get('XFJ') ?? 1;
    const county = d.leaders.filter((l) => l.rank === LeaderRank.COUNTY);
    this.county = county.map((l) => l.id);
    // The secretary and mayor own fewer cases than the deputies who hold the portfolios.
    this.countyCum = cumulate(
      county.map((l) =>
        l.post === LeaderPost.PARTY_SECRETARY ? 1 : l.post === LeaderPost.DISTRICT_MAYOR ? 2 : 3,
      ),
    );
    this.isCounty = new Uint8Array(d.leaders.length + 2);
    for (const l of county) this.isCounty[l.id] = 1;
    const portfolios = countyPortfolios(d);
    this.countyByCategory = new Map(
      CATEGORY_ORDER.map((c) => [c, this.county.filter((id) => portfolios.get(id)?.includes(c))]),
    );
  }

  villageIndex(township: string, name: string): number {
    const i = this.villages.findIndex(
      (v, j) => v.name === name && this.townshipNames[this.villageTownship[j] as number] === township,
    );
    if (i < 0) throw new Error(`The district has no village ${township}${name}; the article facts need it.`);
    return i;
  }

  townshipVillages(township: string): number[] {
    const out: number[] = [];
    this.villages.forEach((_, i) => {
      if (this.townshipNames[this.villageTownship[i] as number] === township) out.push(i);
    });
    return out;
  }
}

const Y2023_START = dayStart(dayFromYmd(2023, 1, 1));
const Y2024_START = dayStart(dayFromYmd(2024, 1, 1));
const YEAR_STARTS = [2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031].map((y) =>
  dayStart(dayFromYmd(y, 1, 1)),
);

function yearOfMs(ms: number): number {
  let i = 0;
  while (i + 1 < YEAR_STARTS.length && ms >= (YEAR_STARTS[i + 1] as number)) i++;
  return 2021 + i;
}

export class CaseGenerator {
  private readonly rng: Prng;
  private readonly schedule: Schedule;
  private readonly look: Lookup;
  private readonly endMs: number;
  /** Article facts are placed only when the whole of 2023 is inside the range. */
  private readonly factsActive: boolean;
  private readonly plans = new Map<number, Plan>();
  private readonly treeVillages: number[] = [];
  private readonly treeVillageSet = new Set<number>();
  private readonly malianquIndex: number;

  // Answers of domain clock functions, memoised by exactly the inputs they read: they work on date
  // strings and the holiday calendar, and calling them per case added ~15 % to the generation time.
  private readonly handlingDueMemo = new Map<number, number>();
  private readonly leadershipDueMemo = new Map<number, number>();
  private readonly dueDayMemo = new Map<number, number>();
  private readonly deliveredOnPayloads = new Map<number, Payload>();
  private readonly hearingPayloads = new Map<number, Payload>();
  private eventId = 0;
  private petitionerId = 0;
  private readonly yearSeq = new Map<number, number>();

  // Recent single-petitioner cases that a repeat petition may point back to.
  private readonly ringCase = new Int32Array(RING);
  private readonly ringCode: string[] = new Array<string>(RING).fill('');
  private readonly ringPetitioner = new Int32Array(RING);
  private readonly ringVillage = new Int32Array(RING);
  private readonly ringCategory = new Int8Array(RING);
  private readonly ringClose = new Float64Array(RING);
  private ringSize = 0;
  private ringNext = 0;

  // The case being built: its description, its recorded events and their fold.
  private events: CaseEventRow[] = [];
  private caseId = 0;
  private lastAt = 0;
  private row!: CaseDescription;
  private facts!: CaseFacts;

  constructor(options: SeedOptions, district: DistrictData) {
    this.schedule = buildSchedule(options);
    this.rng = new Prng(this.schedule.seed, 3);
    this.look = new Lookup(district);
    this.endMs = this.schedule.endMs;
    this.malianquIndex = this.look.townshipNames.indexOf(ARTICLE_2023.treeShadingTownship);
    const y2023 = this.schedule.years.find((y) => y.year === 2023);
    this.factsActive = y2023 !== undefined && y2023.lastDay === dayFromYmd(2023, 12, 31);
    if (this.factsActive) this.planArticle();
  }

  get total(): number {
    return this.schedule.total;
  }

  // ---------------------------------------------------------------- article plan

  /** Index of a free case slot on `day` or the first later day that has one. */
  private claimSlot(day: number, used: Map<number, number>): number {
    const s = this.schedule;
    for (let d = day; d <= s.lastDay; d++) {
      const i = d - s.firstDay;
      const taken = used.get(d) ?? 0;
      if ((s.counts[i] as number) > taken) {
        used.set(d, taken + 1);
        return (s.starts[i] as number) + taken;
      }
    }
    throw new Error(`No case slot left after day ${day} for the article plan.`);
  }

  private planArticle(): void {
    const y = this.schedule.years.find((x) => x.year === 2023) as Schedule['years'][number];
    if (y.count < ARTICLE_2023.minCasesIn2023) {
      throw new RangeError(
        `2023 gets ${y.count} cases at this volume; the article's 2023 facts need at least ${ARTICLE_2023.minCasesIn2023}. Raise casesPerYear or cases.`,
      );
    }
    const rng = new Prng(this.schedule.seed, 4);
    const look = this.look;
    const used = new Map<number, number>();
    const day = (m: number, d: number) => dayFromYmd(2023, m, d);

    // Fact 4: tree-shading cases of 马莲渠乡 in 2023 fall in exactly 8 villages, 陈木闸村 among them.
    const chenmuzha = look.villageIndex(ARTICLE_2023.treeShadingTownship, ARTICLE_2023.treeShadingVillage);
    const others = look.townshipVillages(ARTICLE_2023.treeShadingTownship).filter((v) => v !== chenmuzha);
    this.treeVillages.push(chenmuzha);
    while (this.treeVillages.length < ARTICLE_2023.treeShadingVillagesInMalianqu) {
      const v = others.splice(rng.int(others.length), 1)[0] as number;
      this.treeVillages.push(v);
    }
    for (const v of this.treeVillages) this.treeVillageSet.add(v);

    const special: [number, Plan][] = [
      [day(7, 10), { custom: 'chenmuzha' }],
      [day(7, 6), { custom: 'wujiagou' }],
      [day(10, 16), { custom: 'liujiawan' }],
      [day(10, 23), { custom: 'wang' }],
    ];
    const fillerDays = [day(6, 5), day(6, 20), day(7, 3), day(7, 25), day(8, 8), day(8, 22), day(9, 6)];
    this.treeVillages.slice(1).forEach((v, i) => {
      special.push([fillerDays[i] as number, { category: C.TREE_SHADING, village: v }]);
    });
    for (const [d, plan] of special) this.plans.set(this.claimSlot(d, used), plan);

    // Facts 1–3: the other county-led cases, field visits and the secretary's instructions are drawn
    // from the rest of 2023. Visits go to cases received by mid-September so even a follow-up after
    // a 60-day handling period falls inside 2023; instructions to cases received by November.
    const indexBefore = (d: number) => this.schedule.starts[d - this.schedule.firstDay] as number;
    const pickFree = (limit: number, ok: (p: Plan | undefined) => boolean): number => {
      for (;;) {
        const i = y.firstIndex + rng.int(limit - y.firstIndex);
        if (ok(this.plans.get(i))) return i;
      }
    };
    const customCounty = 4;
    const customVisits = 2;
    const visitLimit = indexBefore(day(9, 16));
    const countyLimit = y.firstIndex + y.count;
    const visitKinds = [VisitKind.APPOINTMENT, VisitKind.HOME_VISIT, VisitKind.FOLLOW_UP];
    for (let k = 0; k < ARTICLE_2023.fieldVisits - customVisits; k++) {
      const i = pickFree(visitLimit, (p) => p === undefined);
      this.plans.set(i, { county: true, fieldVisit: visitKinds[k % 3] as VisitKind });
    }
    for (
      let k = ARTICLE_2023.fieldVisits - customVisits;
      k < ARTICLE_2023.countyLeaderCases - customCounty;
      k++
    ) {
      // Cases received in late December still get their leader assigned by the end of January.
      const i = pickFree(countyLimit, (p) => p === undefined);
      this.plans.set(i, { county: true });
    }
    const instructionLimit = indexBefore(day(12, 1));
    for (let k = 0; k < ARTICLE_2023.secretaryInstructions; k++) {
      const i = pickFree(
        instructionLimit,
        (p) => p === undefined || (p.county === true && !p.instruction && !p.custom),
      );
      const p = this.plans.get(i);
      if (p) p.instruction = true;
      else this.plans.set(i, { instruction: true });
    }
  }

  // ---------------------------------------------------------------- driving loop

  *run(): Generator<CaseBundle> {
    const s = this.schedule;
    const nDays = s.lastDay - s.firstDay + 1;
    for (let i = 0; i < nDays; i++) {
      const n = s.counts[i] as number;
      if (n === 0) continue;
      const day = s.firstDay + i;
      const seconds = arrivalSeconds(s.seed, day, n);
      const start = s.starts[i] as number;
      for (let j = 0; j < n; j++) {
        const second = seconds[j] as number;
        const at = dayStart(day) + second * 1000;
        // Nothing exists after `now`: this case and every later one have not arrived yet.
        if (at > this.endMs) return;
        yield this.makeCase(start + j, day, at, Math.floor(second / 60), s.months[i] as number);
      }
    }
  }

  // ---------------------------------------------------------------- one case

  private begin(index: number, receivedMs: number): void {
    this.caseId = index + 1;
    this.events = [];
    this.lastAt = -Infinity;
    const year = yearOfMs(receivedMs);
    const seq = (this.yearSeq.get(year) ?? 0) + 1;
    this.yearSeq.set(year, seq);
    this.row = {
      id: this.caseId,
      code: `LT-${year}-${String(seq).padStart(6, '0')}`,
      title: '',
      summary: '',
      matterType: MatterType.APPEAL,
      categoryCode: C.OTHER,
      channel: Channel.VISIT,
      villageCode: '',
      townshipCode: '',
      headcount: 1,
    };
    // REGISTERED creates the case: its facts start here and every later event is folded in.
    this.facts = initialFacts(new Date(receivedMs));
  }

  /**
   * Appends an event to the timeline and folds it into the case's facts, unless it lies after `now`
   * (then it has not happened yet and is left out, with everything after it). Times are nudged to
   * stay strictly increasing, so the order of the rows is the order of the timeline. Returns the
   * event's instant, recorded or not: the rest of the timeline is planned from it either way, so
   * cutting at `now` never changes what the generator draws.
   */
  private emit(
    type: E,
    at: number,
    leaderId: number | null,
    visitKind: VisitKind | null,
    unitId: number | null,
    payload: Payload | null,
  ): number {
    if (at <= this.lastAt) at = this.lastAt + MINUTE;
    this.lastAt = at;
    if (at > this.endMs) return at;
    const event: CaseEventRow = {
      id: ++this.eventId,
      caseId: this.caseId,
      type,
      at: new Date(at),
      actor: 'seed',
      leaderId,
      visitKind,
      unitId,
      payload,
    };
    this.events.push(event);
    if (type !== E.REGISTERED) this.facts = foldStep(this.facts, event);
    return at;
  }

  /** The row: the description plus the folded facts, with the due dates the domain clock gives them. */
  private finish(petitioners: PetitionerRow[], links: CasePetitionerRow[]): CaseBundle {
    const d = this.row;
    const f = this.facts;
    const dueAt = this.handlingDue(f);
    const row: CaseRow = {
      id: d.id,
      code: d.code,
      title: d.title,
      summary: d.summary,
      matterType: d.matterType,
      categoryCode: d.categoryCode,
      channel: d.channel,
      villageCode: d.villageCode,
      townshipCode: d.townshipCode,
      headcount: d.headcount,
      receivedAt: f.receivedAt,
      forwardedAt: f.forwardedAt,
      acceptedAt: f.acceptedAt,
      declinedAt: f.declinedAt,
      dueAt,
      leadershipDueAt: this.leadershipDue(f),
      handlingDays: f.handlingDays,
      extensionDays: f.extensionDays,
      extendedTo: f.extensionDays ? dueAt : null,
      delayReason: f.delayReason,
      pausedDays: f.pausedDays,
      reviewPausedDays: f.reviewPausedDays,
      rereviewPausedDays: f.rereviewPausedDays,
      reopenPausedDays: f.reopenPausedDays,
      hearingStartedAt: f.hearingStartedAt,
      repliedAt: f.repliedAt,
      deliveredAt: f.deliveredAt,
      closedAt: f.closedAt,
      status: f.status,
      outcome: f.outcome,
      leaderId: f.leaderId,
      unitId: f.unitId,
      satisfaction: f.satisfaction,
      ratedAt: f.ratedAt,
      reviewRequestedAt: f.reviewRequestedAt,
      reviewRepliedAt: f.reviewRepliedAt,
      reviewChanged: f.reviewChanged,
      reviewDeliveredAt: f.reviewDeliveredAt,
      rereviewRequestedAt: f.rereviewRequestedAt,
      rereviewRepliedAt: f.rereviewRepliedAt,
      reopenedAt: f.reopenedAt,
      reopenRepliedAt: f.reopenRepliedAt,
      reopenedAfterClosingAt: f.reopenedAfterClosingAt,
      reopenCount: f.reopenCount,
      repeatOfId: f.repeatOfId,
      version: this.events.length,
    };
    return { case: row, petitioners, links, events: this.events };
  }

  // ---------------------------------------------------------------- the domain clock, memoised

  /** `handlingDueAt(f)`: it reads only the acceptance day, the extension and the first-instance hearing days. */
  private handlingDue(f: CaseFacts): Date | null {
    if (!f.acceptedAt) return null;
    const extension = f.extensionDays ?? 0;
    if (extension > 63 || f.pausedDays > 127) return handlingDueAt(f);
    const key = (dayOf(f.acceptedAt.getTime()) * 64 + extension) * 128 + f.pausedDays;
    let due = this.handlingDueMemo.get(key);
    if (due === undefined) {
      due = (handlingDueAt(f) as Date).getTime();
      this.handlingDueMemo.set(key, due);
    }
    return new Date(due);
  }

  /** `leadershipDueAt(f)`: it reads only the acceptance day, the leadership days and the hearing days. */
  private leadershipDue(f: CaseFacts): Date | null {
    if (!f.acceptedAt || f.handlingDays === null) return null;
    if (f.handlingDays > 63 || f.pausedDays > 127) return leadershipDueAt(f);
    const key = (dayOf(f.acceptedAt.getTime()) * 64 + f.handlingDays) * 128 + f.pausedDays;
    let due = this.leadershipDueMemo.get(key);
    if (due === undefined) {
      due = (leadershipDueAt(f) as Date).getTime();
      this.leadershipDueMemo.set(key, due);
    }
    return new Date(due);
  }

  /**
   * The local day a period of `n` days from `day` ends on by the domain clock (`dueDayAfter`: a
   * last day on a weekend or holiday moves to the next working day). For planning times only.
   */
  private dueDay(day: number, n: number): number {
    const key = day * 1024 + n;
    let due = this.dueDayMemo.get(key);
    if (due === undefined) {
      due = parseLocalDay(dueDayAfter(localDayString(day), n));
      this.dueDayMemo.set(key, due);
    }
    return due;
  }

  // ---------------------------------------------------------------- steps shared by every case

  /**
   * A hearing (听证) pausing the running stage's clock by `days`. It lasts `days` days, so it never
   * pauses more than it lasted; the caller starts it before the stage's due date. Returns its end.
   */
  private hearing(startMs: number, days: number): number {
    const bureau = this.look.petitionBureau;
    const started = this.emit(E.HEARING_STARTED, startMs, null, null, bureau, null);
    let payload = this.hearingPayloads.get(days);
    if (!payload) this.hearingPayloads.set(days, (payload = Object.freeze({ days })));
    return this.emit(E.HEARING_ENDED, started + days * DAY, null, null, bureau, payload);
  }

  /**
   * REPLY_DELIVERED for the answer given at `answeredMs`: handed over or signed for the same day, or
   * by post, arriving 1–7 days later and recorded when the receipt comes back.
   */
  private deliver(answeredMs: number, byPost: boolean, unitId: number): { day: number; recordedMs: number } {
    const rng = this.rng;
    const answerDay = dayOf(answeredMs);
    const day = byPost ? answerDay + rng.range(1, 7) : answerDay;
    const planned = byPost
      ? this.office(day + (rng.chance(0.6) ? 0 : rng.range(1, 3)))
      : answeredMs + rng.range(5, 60) * MINUTE;
    let payload = this.deliveredOnPayloads.get(day);
    if (!payload)
      this.deliveredOnPayloads.set(day, (payload = Object.freeze({ deliveredOn: localDayString(day) })));
    return { day, recordedMs: this.emit(E.REPLY_DELIVERED, planned, null, null, unitId, payload) };
  }

  /**
   * A written answer (first reply, review or re-review answer, reply after reopening), its delivery
   * and the closing after it: closed once the receipt is back, or, for a letter, when it is posted.
   */
  private answer(replyMs: number, unitId: number, payload: Payload, byPost: boolean): Answered {
    const rng = this.rng;
    const repliedMs = this.emit(E.REPLIED, replyMs, null, null, unitId, payload);
    if (byPost) {
      const closedMs = this.emit(E.CLOSED, repliedMs + rng.range(10, 120) * MINUTE, null, null, unitId, null);
      const delivery = this.deliver(repliedMs, true, unitId);
      return { repliedMs, deliveryDay: delivery.day, closedMs, lastMs: delivery.recordedMs };
    }
    const delivery = this.deliver(repliedMs, false, unitId);
    const closedMs = this.emit(
      E.CLOSED,
      delivery.recordedMs + rng.range(5, 60) * MINUTE,
      null,
      null,
      unitId,
      null,
    );
    return { repliedMs, deliveryDay: delivery.day, closedMs, lastMs: closedMs };
  }

  /**
   * 复查 requested on `requestDay` (inside the window from delivery), answered within its 30 days,
   * rarely after a hearing of its own. A changed answer sometimes sends the case back for handling
   * (REOPENED); an unchanged one is rarely taken further to 复核.
   */
  private review(
    requestDay: number,
    dissatisfied: boolean,
    byPost: boolean,
    unitId: number,
    townLeaders: readonly number[],
  ): void {
    const rng = this.rng;
    const bureau = this.look.petitionBureau;
    this.emit(
      E.REVIEW_REQUESTED,
      this.office(requestDay),
      null,
      null,
      bureau,
      REVIEW_REQUESTS[rng.int(REVIEW_REQUESTS.length)] as Payload,
    );
    let answerOffset = rng.range(10, 30);
    if (rng.chance(0.05)) {
      // Begun within 8 days of the request, so well before the review's due date; the answer
      // follows its end and stays within the 30 days plus the days it paused.
      const startOffset = rng.range(2, 8);
      const days = rng.range(3, 10);
      this.hearing(this.office(requestDay + startOffset), days);
      answerOffset = Math.max(answerOffset, startOffset + 1) + days;
    }
    const changed = rng.chance(dissatisfied ? 0.15 : 0.05);
    const answered = this.answer(
      this.office(requestDay + answerOffset),
      bureau,
      REVIEW_ANSWERS[changed ? 'changed' : 'kept'],
      byPost,
    );
    if (changed && rng.chance(0.35)) {
      this.reopen(answered.lastMs, unitId, townLeaders, byPost);
      return;
    }
    if (!rng.chance(0.12)) return;
    const rereviewDay = Math.max(dayOf(answered.lastMs) + 1, answered.deliveryDay + rng.range(3, 30));
    if (rereviewDay > this.dueDay(answered.deliveryDay, REQUEST_WINDOW_DAYS)) return;
    this.emit(
      E.REREVIEW_REQUESTED,
      this.office(rereviewDay),
      null,
      null,
      bureau,
      REREVIEW_REQUESTS[rng.int(REREVIEW_REQUESTS.length)] as Payload,
    );
    const changedAgain = rng.chance(0.05);
    this.answer(
      this.office(rereviewDay + rng.range(10, 30)),
      bureau,
      REREVIEW_ANSWERS[changedAgain ? 'changed' : 'kept'],
      byPost,
    );
  }

  /**
   * 重新办理 after a review changed the answer: the closed case is reopened, a township leader visits,
   * and the unit replies again — within the reopened case's own 60-day clock mostly, sometimes late.
   */
  private reopen(afterMs: number, unitId: number, townLeaders: readonly number[], byPost: boolean): void {
    const rng = this.rng;
    const reopenedMs = this.emit(
      E.REOPENED,
      this.office(dayOf(afterMs) + rng.range(1, 10)),
      null,
      null,
      unitId,
      REOPEN_PAYLOAD,
    );
    const reopenDay = dayOf(reopenedMs);
    const visitor = townLeaders[rng.int(townLeaders.length)] as number;
    this.emit(E.VISIT, this.office(reopenDay + rng.range(1, 10)), visitor, VisitKind.DOWN_VISIT, null, null);
    const replyDay = rng.chance(0.8)
      ? reopenDay + rng.range(15, HANDLING_DAYS)
      : this.dueDay(reopenDay, HANDLING_DAYS) + rng.range(1, 20);
    this.answer(
      dayStart(replyDay) + (540 + rng.int(420)) * MINUTE,
      unitId,
      REPLY_PAYLOADS[Outcome.SUPPORTED],
      byPost,
    );
  }

  /** An office-hours instant (08:30–17:30) on a local day. */
  private office(day: number): number {
    return dayStart(day) + (510 + this.rng.int(540)) * MINUTE;
  }

  private newPetitioner(
    village: number,
    male: boolean,
    surname?: string,
    givenLength?: number,
  ): PetitionerRow {
    const name =
      surname === undefined
        ? randomName(this.rng, male)
        : surname + randomGivenName(this.rng, male, givenLength ?? (this.rng.chance(0.78) ? 2 : 1));
    return {
      id: ++this.petitionerId,
      name,
      phone: randomMobile(this.rng),
      idNumber: randomIdNumber(this.rng, male),
      villageCode: (this.look.villages[village] as VillageRow).code,
    };
  }

  private setPlace(village: number): void {
    const v = this.look.villages[village] as VillageRow;
    this.row.villageCode = v.code;
    this.row.townshipCode = v.townshipCode;
  }

  private describe(category: C, village: number, repeat: boolean): void {
    const list = TEMPLATES[category];
    const t = list[this.rng.int(list.length)] as (typeof list)[number];
    const name = (this.look.villages[village] as VillageRow).name;
    this.row.categoryCode = category;
    this.row.title = t.titleBefore + name + t.titleAfter;
    this.row.summary = (repeat ? '再次反映：' : '') + t.summaryBefore + name + t.summaryAfter;
  }

  /** A county leader suited to the category: usually the one whose portfolio covers it. */
  private countyLeaderFor(category: C): number {
    const fit = this.look.countyByCategory.get(category) ?? [];
    if (fit.length > 0 && this.rng.chance(0.6)) return fit[this.rng.int(fit.length)] as number;
    return this.look.county[this.rng.weighted(this.look.countyCum)] as number;
  }

  /**
   * The 2023 article counts must come only from the plan: unplanned county-level visits in 2023
   * become down-visits (or are dropped for follow-ups), unplanned secretary instructions go to the mayor.
   */
  private in2023(ms: number): boolean {
    return this.factsActive && ms >= Y2023_START && ms < Y2024_START;
  }

  private makeCase(
    index: number,
    day: number,
    receivedMs: number,
    minute: number,
    month: number,
  ): CaseBundle {
    this.begin(index, receivedMs);
    const plan = this.plans.get(index);
    if (plan?.custom) return this.customCase(plan.custom, day, receivedMs);

    const rng = this.rng;
    const look = this.look;
    const year = yearOfMs(receivedMs);
    const params = YEAR_PARAMS[Math.min(Math.max(year, 2021), 2024) - 2021] as YearParams;
    const planned = plan !== undefined;

    let category =
      plan?.category ?? (CATEGORY_ORDER[rng.weighted(MONTH_CATEGORY_CUMULATIVE[month] as Float64Array)] as C);

    // Repeat petition: the same petitioner about the same matter while the earlier case is open.
    let repeatSlot = -1;
    if (!planned && this.ringSize > 0 && rng.chance(REPEAT_SHARE)) {
      const slot = rng.int(this.ringSize);
      if ((this.ringClose[slot] as number) > receivedMs) repeatSlot = slot;
    }
    let village: number;
    if (repeatSlot >= 0) {
      village = this.ringVillage[repeatSlot] as number;
      category = CATEGORY_ORDER[this.ringCategory[repeatSlot] as number] as C;
    } else {
      village = plan?.village ?? rng.weighted(look.villageCum);
      if (look.isCommunity[village] && AGRICULTURAL.has(category)) village = rng.weighted(look.villageCum);
    }
    if (
      category === C.TREE_SHADING &&
      this.in2023(receivedMs) &&
      look.villageTownship[village] === this.malianquIndex &&
      !this.treeVillageSet.has(village)
    ) {
      if (repeatSlot >= 0) repeatSlot = -1; // an earlier case outside the 8 villages cannot repeat into 2023
      village = this.treeVillages[rng.int(this.treeVillages.length)] as number;
    }
    const repeat = repeatSlot >= 0;
    this.setPlace(village);
    this.describe(category, village, repeat);
    const row = this.row;
    row.matterType = MATTER_TYPES[rng.weighted(MATTER_CUM)] as MatterType;
    const officeHours = minute >= 510 && minute < 1080;
    row.channel = officeHours
      ? (OFFICE_CHANNELS[rng.weighted(OFFICE_CHANNEL_CUM)] as Channel)
      : rng.chance(0.7)
        ? Channel.ONLINE
        : Channel.PHONE;

    // Petitioners: mostly one; a few groups; collective petitions send at most five representatives.
    const petitioners: PetitionerRow[] = [];
    const links: CasePetitionerRow[] = [];
    if (repeat) {
      row.headcount = 1;
      links.push({
        caseId: row.id,
        petitionerId: this.ringPetitioner[repeatSlot] as number,
        representative: true,
      });
    } else {
      const r = rng.next();
      const headcount =
        r < 0.8 ? 1 : r < 0.95 ? rng.range(2, 4) : 5 + Math.floor(rng.next() * rng.next() * 40);
      row.headcount = headcount;
      const linked = headcount >= 5 ? rng.range(3, 5) : headcount;
      for (let k = 0; k < linked; k++) {
        const p = this.newPetitioner(village, rng.chance(0.7));
        petitioners.push(p);
        links.push({ caseId: row.id, petitionerId: p.id, representative: headcount >= 5 || k === 0 });
      }
    }

    // Responsible unit: the township government for local matters, otherwise the competent department.
    const townshipIdx = look.villageTownship[village] as number;
    const catUnits = look.categoryUnits.get(category) ?? [];
    const unitId =
      rng.chance(0.45) || catUnits.length === 0
        ? (look.townshipUnit[townshipIdx] as number)
        : (catUnits[rng.int(catUnits.length)] as number);

    // ---- registration and decision
    const rd = day;
    this.emit(E.REGISTERED, receivedMs, null, null, null, null);
    if (repeat) {
      this.emit(E.MARKED_REPEAT, receivedMs + rng.range(5, 60) * MINUTE, null, null, null, {
        repeatOfId: this.ringCase[repeatSlot] as number,
        repeatOfCode: this.ringCode[repeatSlot] as string,
      });
    }
    const townLeaders = look.townshipLeaders[townshipIdx] as number[];
    if (row.channel === Channel.LEADER_RECEPTION) {
      // Reception days are held by county leaders and township heads alike; RECEPTION is an office visit.
      const receiver = rng.chance(0.4)
        ? (look.county[rng.int(look.county.length)] as number)
        : (townLeaders[rng.int(townLeaders.length)] as number);
      this.emit(E.VISIT, receivedMs + rng.range(10, 90) * MINUTE, receiver, VisitKind.RECEPTION, null, null);
    }
    const strict = plan?.fieldVisit !== undefined;
    const timely = strict || rng.chance(params.timely);
    const u = rng.next();
    const decisionOffset = timely
      ? u < 0.1
        ? 0
        : u < 0.65
          ? rng.range(1, 5)
          : u < 0.9
            ? rng.range(6, 10)
            : rng.range(11, 15)
      : // Late: past the acceptance deadline as the domain clock counts it (a last day on a holiday moves on).
        this.dueDay(rd, 15) - rd + rng.range(1, 10);
    const forwardOffset = Math.min(decisionOffset, rng.int(3));
    this.emit(E.FORWARDED, this.office(rd + forwardOffset), null, null, unitId, null);
    const decisionMs = this.office(rd + decisionOffset);
    if (!planned && rng.chance(0.04)) {
      this.emit(
        E.NOT_ACCEPTED,
        decisionMs,
        null,
        null,
        unitId,
        DECLINE_PAYLOADS[rng.int(DECLINE_PAYLOADS.length)] as Payload,
      );
      return this.finish(petitioners, links);
    }
    const acceptMs = this.emit(E.ACCEPTED, decisionMs, null, null, unitId, null);
    const acceptDay = dayOf(acceptMs);

    // ---- who handles it, and the shape of its clock
    let leaderId: number | null = null;
    if (plan?.county) leaderId = this.countyLeaderFor(category);
    else if (!planned && rng.chance(params.leaderShare)) {
      const countyAllowed = !this.in2023(receivedMs);
      if (countyAllowed && rng.chance(params.countyShare / params.leaderShare))
        leaderId = this.countyLeaderFor(category);
      else {
        const head = look.unitHead.get(unitId);
        leaderId =
          head !== undefined && rng.chance(0.4) ? head : (townLeaders[rng.int(townLeaders.length)] as number);
      }
    }
    const isCounty = leaderId !== null && look.isCounty[leaderId] === 1;
    // A leadership deadline (限期办理) is a second, tighter clock; the statutory one stays 60 days
    // plus the extension and the hearing days. Late replies are late by the statutory clock.
    const handlingDays = !strict && leaderId !== null && rng.chance(0.03) ? 30 : null;
    const pausedDays = !strict && rng.chance(0.02) ? rng.range(5, 20) : 0;
    const extensionDays = !strict && rng.chance(0.06) ? rng.range(10, 30) : 0;
    const statutory = HANDLING_DAYS + pausedDays;
    const onTime = strict || rng.chance(params.onTime);
    let replyDay: number;
    if (extensionDays > 0)
      replyDay = onTime
        ? acceptDay + rng.range(statutory + 1, statutory + extensionDays)
        : this.dueDay(acceptDay, statutory + extensionDays) + rng.range(1, 20);
    else if (onTime) {
      // Most cases under a leadership deadline meet it as well; the others only the statutory one.
      const limit = handlingDays !== null && rng.chance(0.8) ? handlingDays + pausedDays : statutory;
      const lo = 3 + pausedDays;
      replyDay = acceptDay + lo + Math.floor(((rng.next() + rng.next()) / 2) * (limit - lo + 1));
    } else replyDay = this.dueDay(acceptDay, statutory) + rng.range(1, 20);
    const replyMs = dayStart(replyDay) + (540 + rng.int(420)) * MINUTE;
    // Granted 1–5 days before the original due date, once the hearing (if any) has ended.
    const extendMs = extensionDays > 0 ? this.office(acceptDay + statutory - rng.range(1, 5)) : 0;

    // ---- handling: assignment first, then the work spread evenly up to the extension or reply
    let t = acceptMs;
    if (leaderId !== null) {
      t += rng.range(30, 1400) * MINUTE;
      this.emit(E.ASSIGNED, t, leaderId, null, null, null);
    }
    if (handlingDays !== null) {
      // Set within a day of acceptance, long before the 30 days it sets run out.
      t += rng.range(30, 600) * MINUTE;
      this.emit(E.DEADLINE_SET, t, leaderId, null, null, DEADLINE_30);
    }
    if (plan?.instruction) {
      t += rng.range(20, 600) * MINUTE;
      this.emit(E.INSTRUCTION, t, look.secretary, null, null, SECRETARY_INSTRUCTION);
    }
    const nInstructions = (isCounty && rng.chance(0.3)) || rng.chance(params.secretaryInstruction) ? 1 : 0;
    const nVisits =
      leaderId !== null ? (rng.chance(0.5) ? 1 : rng.chance(0.3) ? 2 : 0) : rng.chance(0.12) ? 1 : 0;
    const plannedMidVisit = plan?.fieldVisit !== undefined && plan.fieldVisit !== VisitKind.FOLLOW_UP ? 1 : 0;
    const coordination = rng.chance(
      category === C.IRRIGATION || category === C.LAND_REQUISITION ? 0.12 : 0.04,
    )
      ? 1
      : 0;
    const supervised = rng.chance(onTime ? 0.05 : 0.35) ? 1 : 0;
    const k =
      nInstructions + nVisits + plannedMidVisit + coordination + (pausedDays > 0 ? 1 : 0) + supervised;
    const bound = extensionDays > 0 ? extendMs : replyMs;
    let step = Math.max(30 * MINUTE, (bound - t - pausedDays * DAY) / (k + 1));
    if (pausedDays > 0) {
      // A hearing cannot pause a clock that has run out: it starts and ends before the last day of
      // the 60 days (and of a leadership deadline), even when the reply itself comes late.
      const hearingStep = nInstructions + plannedMidVisit + nVisits + coordination + 1;
      const latestEnd = dayStart(acceptDay + (handlingDays ?? HANDLING_DAYS));
      step = Math.min(step, (latestEnd - pausedDays * DAY - t) / hearingStep);
    }
    if (nInstructions) {
      t += step;
      let by = isCounty ? (leaderId as number) : rng.chance(0.5) ? look.secretary : look.mayor;
      if (by === look.secretary && this.in2023(t)) by = look.mayor;
      this.emit(E.INSTRUCTION, t, by, null, null, INSTRUCTION_PAYLOAD);
    }
    if (plannedMidVisit) {
      t += step;
      this.emit(E.VISIT, t, leaderId, plan?.fieldVisit ?? null, null, null);
    }
    for (let v = 0; v < nVisits; v++) {
      t += step;
      const by = leaderId ?? (townLeaders[rng.int(townLeaders.length)] as number);
      let kind = GENERIC_VISIT_KINDS[rng.int(GENERIC_VISIT_KINDS.length)] as VisitKind;
      if (kind !== VisitKind.DOWN_VISIT && look.isCounty[by] === 1 && this.in2023(t))
        kind = VisitKind.DOWN_VISIT;
      this.emit(E.VISIT, t, by, kind, null, null);
    }
    if (coordination) {
      t += step;
      this.emit(E.COORDINATION, t, leaderId, null, unitId, {
        parties: [
          look.townshipNames[townshipIdx],
          look.unitNames.get(unitId),
          (look.villages[village] as VillageRow).name,
          '信访局',
        ],
        decisions: COORDINATION_DECISIONS[category],
      });
    }
    if (pausedDays > 0) t = this.hearing(t + step, pausedDays);
    if (supervised) {
      t += step;
      this.emit(E.SUPERVISED, t, null, null, look.petitionBureau, SUPERVISION_PAYLOAD);
    }
    if (extensionDays > 0) {
      const reason = DELAY_REASONS[rng.int(DELAY_REASONS.length)] as string;
      // Approved by the leader in charge, else the unit's head, else the petition bureau's director.
      const approver = leaderId ?? look.unitHead.get(unitId) ?? look.director;
      this.emit(E.EXTENDED, extendMs, approver, null, unitId, { days: extensionDays, reason });
    }

    // ---- reply, delivery, close, follow-up, rating, review
    const outcome = plan?.county
      ? rng.chance(0.6)
        ? Outcome.SUPPORTED
        : Outcome.EXPLAINED
      : (OUTCOMES[rng.weighted(OUTCOME_CUM)] as Outcome);
    // Letters are answered by post; a few others too (the petitioner was not reachable in person).
    const byPost = row.channel === Channel.LETTER || rng.chance(0.08);
    const first = this.answer(replyMs, unitId, REPLY_PAYLOADS[outcome], byPost);
    let after = first.lastMs;
    if (plan?.fieldVisit === VisitKind.FOLLOW_UP) {
      after = this.emit(
        E.VISIT,
        this.office(dayOf(after) + rng.range(1, 5)),
        leaderId,
        VisitKind.FOLLOW_UP,
        null,
        null,
      );
    } else if (leaderId !== null && rng.chance(0.25)) {
      const at = this.office(dayOf(after) + rng.range(1, 5));
      if (!(look.isCounty[leaderId] === 1 && this.in2023(at)))
        after = this.emit(E.VISIT, at, leaderId, VisitKind.FOLLOW_UP, null, null);
    }
    let satisfaction: Satisfaction | null = null;
    if (rng.chance(0.85)) {
      const s = rng.next();
      satisfaction = plan?.county
        ? s < 0.8
          ? Satisfaction.SATISFIED
          : Satisfaction.BASICALLY_SATISFIED
        : s < params.satisfied
          ? Satisfaction.SATISFIED
          : s < params.satisfied + params.basically
            ? Satisfaction.BASICALLY_SATISFIED
            : Satisfaction.DISSATISFIED;
      after = this.emit(
        E.RATED,
        this.office(dayOf(after) + rng.range(1, 10)),
        null,
        null,
        null,
        RATE_PAYLOADS[satisfaction],
      );
    }
    // Review within 30 days of receiving the reply (Art. 35), counted as the domain clock counts.
    const dissatisfied = satisfaction === Satisfaction.DISSATISFIED;
    const wantsReview = !planned && rng.chance(dissatisfied ? 0.35 : 0.004);
    const reviewDay = Math.max(dayOf(after) + 1, first.deliveryDay + rng.range(5, 25));
    if (wantsReview && reviewDay <= this.dueDay(first.deliveryDay, REQUEST_WINDOW_DAYS))
      this.review(reviewDay, dissatisfied, byPost, unitId, townLeaders);

    // Remember single-petitioner cases as targets for later repeat petitions (open until closed).
    if (row.headcount === 1 && !planned) {
      const slot = this.ringNext;
      this.ringCase[slot] = row.id;
      this.ringCode[slot] = row.code;
      this.ringPetitioner[slot] = (links[0] as CasePetitionerRow).petitionerId;
      this.ringVillage[slot] = village;
      this.ringCategory[slot] = CATEGORY_ORDER.indexOf(category);
      this.ringClose[slot] = first.closedMs;
      this.ringNext = (slot + 1) % RING;
      if (this.ringSize < RING) this.ringSize++;
    }
    return this.finish(petitioners, links);
  }

  // ---------------------------------------------------------------- the article's own cases

  private customCase(kind: Custom, day: number, receivedMs: number): CaseBundle {
    const look = this.look;
    const row = this.row;
    const at = (offset: number, hour: number, minute = 0) =>
      dayStart(day + offset) + hour * HOUR + minute * MINUTE;
    const unitByName = (name: string) =>
      [...look.unitNames].find(([, n]) => n === name)?.[0] ?? look.petitionBureau;
    const petitioners: PetitionerRow[] = [];
    const links: CasePetitionerRow[] = [];
    const person = (village: number, surname?: string, givenLength?: number) => {
      const p = this.newPetitioner(village, true, surname, givenLength);
      petitioners.push(p);
      links.push({ caseId: row.id, petitionerId: p.id, representative: true });
    };
    const visitDay = dayFromYmd(2023, 11, 20);
    const deputyForWater = look.countyByCategory.get(C.IRRIGATION)?.[0] ?? look.mayor;

    if (kind === 'chenmuzha') {
      const village = look.villageIndex(ARTICLE_2023.treeShadingTownship, ARTICLE_2023.treeShadingVillage);
      const unit = unitByName('林业和草原局');
      this.setPlace(village);
      this.describe(C.TREE_SHADING, village, false);
      row.title = '陈木闸村农田林网树木遮阴影响庄稼生长';
      row.summary = '陈木闸村村民反映：农田林网树木长势茂盛、树冠很大，严重遮挡庄稼生长，请求解决。';
      row.channel = Channel.VISIT;
      person(village);
      this.emit(E.REGISTERED, receivedMs, null, null, null, null);
      this.emit(E.FORWARDED, receivedMs + 2 * HOUR, null, null, unit, null);
      this.emit(E.ACCEPTED, at(1, 9, 30), null, null, unit, null);
      this.emit(E.ASSIGNED, at(1, 10, 30), look.director, null, null, null);
      this.emit(E.DEADLINE_SET, at(2, 15), look.secretary, null, null, {
        days: ARTICLE_2023.treeShadingHandlingDays,
        source: '区委专题会议',
        shelterbelt: '农田林网',
        plantedYear: ARTICLE_2023.shelterbeltPlantedYear,
        maxTrunkDiameterM: ARTICLE_2023.shelterbeltMaxTrunkDiameterM,
        affectedVillages: ARTICLE_2023.treeShadingVillagesInMalianqu,
        note: '分析问题成因，防止其他乡镇出现类似情况；明确政府部门责任分工，解决时限不超过15日',
      });
      this.emit(E.VISIT, at(3, 10), look.director, VisitKind.DOWN_VISIT, null, {
        note: '实地排查林网树木遮阴情况',
      });
      this.emit(E.COORDINATION, at(4, 15), look.director, null, unit, {
        parties: ['利通区信访局', '林业和草原局', '马莲渠乡', '陈木闸村'],
        decisions: ['对遮挡耕地的林网树木分批修枝、间伐', '林草局办理采伐手续', '15日内解决到位'],
      });
      // Handed over in person, closed the same day.
      this.answer(at(9, 11), unit, REPLY_PAYLOADS[Outcome.SUPPORTED], false);
      this.emit(E.RATED, at(12, 10), null, null, null, RATE_PAYLOADS[Satisfaction.SATISFIED]);
    } else if (kind === 'wujiagou') {
      const village = look.villageIndex(ARTICLE_2023.irrigationTownship, ARTICLE_2023.irrigationVillage);
      const unit = unitByName('水务局');
      this.setPlace(village);
      this.describe(C.IRRIGATION, village, false);
      row.title = '吴家沟村玉米地淌不上水';
      row.summary = '吴家沟村4队村民反映：种植的玉米地淌不上水，面临较大损失，请求协调灌溉用水。';
      row.channel = Channel.PHONE;
      person(village, ARTICLE_2023.irrigationPetitionerSurname, 2);
      this.emit(E.REGISTERED, receivedMs, null, null, null, null);
      this.emit(E.FORWARDED, receivedMs + HOUR, null, null, unit, null);
      this.emit(E.ACCEPTED, at(0, 16), null, null, unit, null);
      this.emit(E.ASSIGNED, at(1, 9), deputyForWater, null, null, null);
      this.emit(E.VISIT, at(1, 15), deputyForWater, VisitKind.DOWN_VISIT, null, {
        note: '实地察看旱情、水情',
      });
      this.emit(E.COORDINATION, at(2, 10), deputyForWater, null, unit, {
        mechanism: '水资源调配五方协商机制',
        parties: [...WATER_MEETING_PARTIES],
        principle: '总量控制，定额管理',
        decisions: ['研判旱情、水情，加大水资源科学调度', '保障灌区均衡灌溉', '应对干旱，延长供水时间'],
      });
      this.answer(at(8, 10), unit, REPLY_PAYLOADS[Outcome.SUPPORTED], false);
      this.emit(E.RATED, at(15, 10), null, null, null, RATE_PAYLOADS[Satisfaction.SATISFIED]);
    } else {
      const liujiawan = kind === 'liujiawan';
      const township = liujiawan ? '郭家桥乡' : '扁担沟镇';
      const candidates = look.townshipVillages(township);
      // 王某 is a 居民 (resident), so the town's community when it has one.
      const village = liujiawan
        ? look.villageIndex(township, '刘家湾村')
        : (candidates.find((v) => look.isCommunity[v]) ?? (candidates[candidates.length - 1] as number));
      const unit = look.townshipUnit[look.villageTownship[village] as number] as number;
      this.setPlace(village);
      this.describe(liujiawan ? C.LAND_CONTRACT : C.HOMESTEAD, village, false);
      row.channel = Channel.VISIT;
      person(village, liujiawan ? '马' : '王');
      const visitOffset = visitDay - day;
      this.emit(E.REGISTERED, receivedMs, null, null, null, null);
      this.emit(E.FORWARDED, at(0, 16), null, null, unit, null);
      this.emit(E.ACCEPTED, at(2, 10), null, null, unit, null);
      this.emit(E.ASSIGNED, at(3, 9), look.secretary, null, null, null);
      this.emit(E.VISIT, at(visitOffset, liujiawan ? 10 : 15), look.secretary, VisitKind.HOME_VISIT, null, {
        activity: HOME_VISIT_ACTIVITY,
        note: liujiawan
          ? '在信访人家中询问上访缘由、家庭情况和生产生活情况，讲明讲透相关政策法规'
          : '了解信访事项来龙去脉和沟通协调过程，现场协商提出解决意见和方案',
      });
      const outcome = liujiawan ? Outcome.EXPLAINED : Outcome.SUPPORTED;
      this.answer(at(visitOffset + (liujiawan ? 7 : 10), 10), unit, REPLY_PAYLOADS[outcome], false);
      this.emit(E.RATED, at(visitOffset + 14, 10), null, null, null, RATE_PAYLOADS[Satisfaction.SATISFIED]);
    }
    row.matterType = MatterType.APPEAL;
    row.headcount = 1;
    return this.finish(petitioners, links);
  }
}

/** Yields every case with its petitioners, links and events, in order of receipt; ids run 1..N. */
export function* generateCases(options: SeedOptions, district: DistrictData): Generator<CaseBundle> {
  yield* new CaseGenerator(options, district).run();
}
