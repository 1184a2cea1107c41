// The case generator: one pass over the schedule in order of receipt, each case's whole timeline
// drawn first and then cut at the end of `until`, so a row always says what its events say.

import {
  CaseEventType as E,
  CaseStatus as S,
  CategoryCode as C,
  Channel,
  LeaderPost,
  LeaderRank,
  MatterType,
  Outcome,
  handlingDueAt,
  Satisfaction,
  VisitKind,
} from '@lianxin/domain';
import { ARTICLE_2023, WATER_MEETING_PARTIES } from './article.js';
import { dayFromYmd, dayOf, dayStart, DAY, HOUR, MINUTE } from './days.js';
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
  buildSchedule,
  CATEGORY_ORDER,
  MONTH_CATEGORY_CUMULATIVE,
  type Schedule,
  type SeedOptions,
} from './schedule.js';
import { COORDINATION_DECISIONS, DECLINE_REASONS, DELAY_REASONS, TEMPLATES } from './text.js';

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
// objects; anything case-specific is a fresh object.
const REPLY_PAYLOADS: Readonly<Record<Outcome, Readonly<Record<string, unknown>>>> = {
  [Outcome.SUPPORTED]: Object.freeze({ outcome: Outcome.SUPPORTED }),
  [Outcome.EXPLAINED]: Object.freeze({ outcome: Outcome.EXPLAINED }),
  [Outcome.NOT_SUPPORTED]: Object.freeze({ outcome: Outcome.NOT_SUPPORTED }),
};
const REVIEW_REPLY = Object.freeze({
  stage: 'REVIEW',
  outcome: Outcome.EXPLAINED,
  decision: '维持原处理意见',
});
const REREVIEW_REPLY = Object.freeze({
  stage: 'REREVIEW',
  outcome: Outcome.EXPLAINED,
  decision: '维持复查意见，事项终结',
});
const DECLINE_PAYLOADS = DECLINE_REASONS.map((reason) => Object.freeze({ reason }));
const INSTRUCTION_PAYLOAD = Object.freeze({ note: '请责任单位依法依规抓紧办理，按期报告结果' });
const SECRETARY_INSTRUCTION = Object.freeze({ note: '签批：压实责任，限期化解，结果报区委' });
const SUPERVISION_PAYLOAD = Object.freeze({ note: '一案一函督办' });
const DEADLINE_30 = Object.freeze({ handlingDays: 30, source: '包案领导限期办理' });
const RATE_PAYLOADS: Readonly<Record<Satisfaction, Readonly<Record<string, unknown>>>> = {
  [Satisfaction.SATISFIED]: Object.freeze({ satisfaction: Satisfaction.SATISFIED }),
  [Satisfaction.BASICALLY_SATISFIED]: Object.freeze({ satisfaction: Satisfaction.BASICALLY_SATISFIED }),
  [Satisfaction.DISSATISFIED]: Object.freeze({ satisfaction: Satisfaction.DISSATISFIED }),
};
const HOME_VISIT_ACTIVITY = '心连心面对面，大走访大化解';

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

  private readonly dueMemo = new Map<number, number>();
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

  // The case being built.
  private events: CaseEventRow[] = [];
  private caseId = 0;
  private lastAt = 0;
  private cut = false;
  private row!: CaseRow;

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
    let maxCount = 0;
    for (let i = 0; i < nDays; i++) maxCount = Math.max(maxCount, s.counts[i] as number);
    const times = new Float64Array(maxCount);
    for (let i = 0; i < nDays; i++) {
      const n = s.counts[i] as number;
      if (n === 0) continue;
      const day = s.firstDay + i;
      // Most arrive in office hours; online and phone petitions come at any hour.
      for (let j = 0; j < n; j++) {
        const minute = this.rng.chance(0.85) ? 510 + this.rng.int(570) : this.rng.int(1440);
        times[j] = minute * 60 + this.rng.int(60);
      }
      const sorted = times.subarray(0, n).sort();
      const start = s.starts[i] as number;
      for (let j = 0; j < n; j++) {
        const second = sorted[j] as number;
        const at = dayStart(day) + second * 1000;
        yield this.makeCase(start + j, day, at, Math.floor(second / 60), s.months[i] as number);
      }
    }
  }

  // ---------------------------------------------------------------- one case

  private begin(index: number, receivedMs: number): void {
    this.caseId = index + 1;
    this.events = [];
    this.lastAt = -Infinity;
    this.cut = false;
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
      receivedAt: new Date(receivedMs),
      forwardedAt: null,
      acceptedAt: null,
      declinedAt: null,
      dueAt: null,
      handlingDays: null,
      extensionDays: null,
      extendedTo: null,
      delayReason: null,
      pausedDays: 0,
      repliedAt: null,
      closedAt: null,
      status: S.REGISTERED,
      outcome: null,
      leaderId: null,
      unitId: null,
      satisfaction: null,
      ratedAt: null,
      reviewRequestedAt: null,
      reviewRepliedAt: null,
      rereviewRequestedAt: null,
      rereviewRepliedAt: null,
      repeatOfId: null,
      version: 1,
    };
  }

  /**
   * Appends an event unless the case's timeline has passed the end of `until`. Times are nudged to
   * stay strictly increasing, so the order of the rows is the order of the timeline.
   * Returns whether the event was recorded.
   */
  private emit(
    type: E,
    at: number,
    leaderId: number | null,
    visitKind: VisitKind | null,
    unitId: number | null,
    payload: Record<string, unknown> | null,
    days = 0,
  ): boolean {
    if (this.cut) return false;
    if (at <= this.lastAt) at = this.lastAt + MINUTE;
    if (at > this.endMs) {
      this.cut = true;
      return false;
    }
    this.lastAt = at;
    const date = new Date(at);
    this.events.push({
      id: ++this.eventId,
      caseId: this.caseId,
      type,
      at: date,
      actor: 'seed',
      leaderId,
      visitKind,
      unitId,
      payload,
    });
    const r = this.row;
    switch (type) {
      case E.FORWARDED:
        r.unitId = unitId;
        if (r.forwardedAt === null) r.forwardedAt = date;
        break;
      case E.ACCEPTED:
        r.acceptedAt = date;
        r.status = S.ACCEPTED;
        break;
      case E.NOT_ACCEPTED:
        r.declinedAt = date;
        r.status = S.NOT_ACCEPTED;
        break;
      case E.ASSIGNED:
        r.leaderId = leaderId;
        if (r.status === S.ACCEPTED) r.status = S.IN_PROGRESS;
        break;
      case E.VISIT:
      case E.COORDINATION:
      case E.HEARING_STARTED:
        if (r.status === S.ACCEPTED) r.status = S.IN_PROGRESS;
        break;
      case E.HEARING_ENDED:
        r.pausedDays += days;
        break;
      case E.DEADLINE_SET:
        r.handlingDays = days;
        break;
      case E.EXTENDED:
        r.extensionDays = days;
        r.delayReason = (payload?.reason as string | undefined) ?? null;
        break;
      case E.REPLIED:
        if (r.status === S.UNDER_REVIEW) r.reviewRepliedAt = date;
        if (r.status === S.UNDER_REREVIEW) r.rereviewRepliedAt = date;
        r.status = S.REPLIED;
        if (r.repliedAt === null) {
          r.repliedAt = date;
          r.outcome = (payload?.outcome as Outcome | undefined) ?? null;
        }
        break;
      case E.CLOSED:
        r.status = S.CLOSED;
        if (r.closedAt === null) r.closedAt = date;
        break;
      case E.RATED:
        r.satisfaction = (payload?.satisfaction as Satisfaction | undefined) ?? null;
        r.ratedAt = date;
        break;
      case E.REVIEW_REQUESTED:
        r.status = S.UNDER_REVIEW;
        r.reviewRequestedAt = date;
        break;
      case E.REREVIEW_REQUESTED:
        r.status = S.UNDER_REREVIEW;
        r.rereviewRequestedAt = date;
        break;
      case E.MARKED_REPEAT:
        r.repeatOfId = (payload?.repeatOfId as number | undefined) ?? null;
        break;
      default:
        break;
    }
    return true;
  }

  /** The row as of the last recorded event; the due date follows domain's clock rule. */
  private finish(petitioners: PetitionerRow[], links: CasePetitionerRow[]): CaseBundle {
    const r = this.row;
    if (r.acceptedAt) {
      // The clock engine is the one source of the rule. Its answer depends only on the acceptance
      // day and the day counts, so it is memoised: calling it per case doubled the generation time.
      const acceptedMs = r.acceptedAt.getTime();
      const key =
        ((dayOf(acceptedMs) * 128 + (r.handlingDays ?? 127)) * 64 + (r.extensionDays ?? 0)) * 64 +
        r.pausedDays;
      let due = this.dueMemo.get(key);
      if (due === undefined) {
        due = (handlingDueAt(r) as Date).getTime();
        this.dueMemo.set(key, due);
      }
      r.dueAt = new Date(due);
      if (r.extensionDays) r.extendedTo = new Date(due);
    }
    r.version = this.events.length;
    return { case: r, petitioners, links, events: this.events };
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
      : rng.range(16, 25);
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
        DECLINE_PAYLOADS[rng.int(DECLINE_PAYLOADS.length)] as Record<string, unknown>,
      );
      return this.finish(petitioners, links);
    }
    this.emit(E.ACCEPTED, decisionMs, null, null, unitId, null);
    const acceptMs = Math.max(decisionMs, this.lastAt);
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
    const handlingDays = !strict && leaderId !== null && rng.chance(0.03) ? 30 : null;
    const pausedDays = !strict && rng.chance(0.02) ? rng.range(5, 20) : 0;
    const extensionDays = !strict && rng.chance(0.06) ? rng.range(10, 30) : 0;
    const baseDue = (handlingDays ?? 60) + pausedDays;
    const dueOffset = baseDue + extensionDays;
    const onTime = strict || rng.chance(params.onTime);
    let replyOffset: number;
    if (extensionDays > 0)
      replyOffset = onTime ? rng.range(baseDue + 1, dueOffset) : dueOffset + rng.range(1, 20);
    else if (onTime) {
      const lo = 3 + pausedDays;
      replyOffset = lo + Math.floor(((rng.next() + rng.next()) / 2) * (baseDue - lo + 1));
    } else replyOffset = baseDue + rng.range(1, 20);
    const replyMs = dayStart(acceptDay + replyOffset) + (540 + rng.int(420)) * MINUTE;
    const extendMs = extensionDays > 0 ? this.office(acceptDay + baseDue - rng.range(1, 5)) : 0;

    // ---- handling: assignment first, then the work spread evenly up to the extension or reply
    let t = acceptMs;
    if (leaderId !== null) {
      t += rng.range(30, 1400) * MINUTE;
      this.emit(E.ASSIGNED, t, leaderId, null, null, null);
    }
    if (handlingDays !== null) {
      t += rng.range(30, 600) * MINUTE;
      this.emit(E.DEADLINE_SET, t, leaderId, null, null, DEADLINE_30, handlingDays);
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
    const step = Math.max(30 * MINUTE, (bound - t - pausedDays * DAY) / (k + 1));
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
    if (pausedDays > 0) {
      t += step;
      this.emit(E.HEARING_STARTED, t, null, null, look.petitionBureau, null);
      t += pausedDays * DAY;
      this.emit(E.HEARING_ENDED, t, null, null, look.petitionBureau, { days: pausedDays }, pausedDays);
    }
    if (supervised) {
      t += step;
      this.emit(E.SUPERVISED, t, null, null, look.petitionBureau, SUPERVISION_PAYLOAD);
    }
    if (extensionDays > 0) {
      const reason = DELAY_REASONS[rng.int(DELAY_REASONS.length)] as string;
      this.emit(E.EXTENDED, extendMs, null, null, unitId, { days: extensionDays, reason }, extensionDays);
    }

    // ---- reply, close, follow-up, rating, review
    const outcome = plan?.county
      ? rng.chance(0.6)
        ? Outcome.SUPPORTED
        : Outcome.EXPLAINED
      : (OUTCOMES[rng.weighted(OUTCOME_CUM)] as Outcome);
    this.emit(E.REPLIED, replyMs, null, null, unitId, REPLY_PAYLOADS[outcome] as Record<string, unknown>);
    const replyDay = dayOf(replyMs);
    const closeMs = replyMs + rng.range(10, 120) * MINUTE;
    this.emit(E.CLOSED, closeMs, null, null, unitId, null);
    let after = closeMs;
    if (plan?.fieldVisit === VisitKind.FOLLOW_UP) {
      after = this.office(replyDay + rng.range(1, 5));
      this.emit(E.VISIT, after, leaderId, VisitKind.FOLLOW_UP, null, null);
    } else if (leaderId !== null && rng.chance(0.25)) {
      const at = this.office(replyDay + rng.range(1, 5));
      if (!(look.isCounty[leaderId] === 1 && this.in2023(at))) {
        after = at;
        this.emit(E.VISIT, at, leaderId, VisitKind.FOLLOW_UP, null, null);
      }
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
      after = this.office(dayOf(after) + rng.range(1, 10));
      this.emit(E.RATED, after, null, null, null, RATE_PAYLOADS[satisfaction] as Record<string, unknown>);
    }
    // Review within 30 days of the reply (Art. 35), answered within 30; rarely a re-review after it.
    const wantsReview = !planned && rng.chance(satisfaction === Satisfaction.DISSATISFIED ? 0.35 : 0.004);
    const reviewDay = Math.max(dayOf(after) + 1, replyDay + rng.range(5, 25));
    if (wantsReview && reviewDay <= replyDay + 30) {
      this.emit(E.REVIEW_REQUESTED, this.office(reviewDay), null, null, look.petitionBureau, null);
      const answerDay = reviewDay + rng.range(10, 30);
      const answerMs = this.office(answerDay);
      this.emit(E.REPLIED, answerMs, null, null, look.petitionBureau, REVIEW_REPLY);
      this.emit(E.CLOSED, answerMs + rng.range(10, 120) * MINUTE, null, null, look.petitionBureau, null);
      if (rng.chance(0.12)) {
        const rereviewDay = answerDay + rng.range(3, 30);
        this.emit(E.REREVIEW_REQUESTED, this.office(rereviewDay), null, null, look.petitionBureau, null);
        const finalMs = this.office(rereviewDay + rng.range(10, 30));
        this.emit(E.REPLIED, finalMs, null, null, look.petitionBureau, REREVIEW_REPLY);
        this.emit(E.CLOSED, finalMs + rng.range(10, 120) * MINUTE, null, null, look.petitionBureau, null);
      }
    }

    // Remember single-petitioner cases as targets for later repeat petitions (open until closed).
    if (row.headcount === 1 && !planned) {
      const slot = this.ringNext;
      this.ringCase[slot] = row.id;
      this.ringCode[slot] = row.code;
      this.ringPetitioner[slot] = (links[0] as CasePetitionerRow).petitionerId;
      this.ringVillage[slot] = village;
      this.ringCategory[slot] = CATEGORY_ORDER.indexOf(category);
      this.ringClose[slot] = closeMs;
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
      this.emit(
        E.DEADLINE_SET,
        at(2, 15),
        look.secretary,
        null,
        null,
        {
          handlingDays: ARTICLE_2023.treeShadingHandlingDays,
          source: '区委专题会议',
          shelterbelt: '农田林网',
          plantedYear: ARTICLE_2023.shelterbeltPlantedYear,
          maxTrunkDiameterM: ARTICLE_2023.shelterbeltMaxTrunkDiameterM,
          affectedVillages: ARTICLE_2023.treeShadingVillagesInMalianqu,
          note: '分析问题成因，防止其他乡镇出现类似情况；明确政府部门责任分工，解决时限不超过15日',
        },
        ARTICLE_2023.treeShadingHandlingDays,
      );
      this.emit(E.VISIT, at(3, 10), look.director, VisitKind.DOWN_VISIT, null, {
        note: '实地排查林网树木遮阴情况',
      });
      this.emit(E.COORDINATION, at(4, 15), look.director, null, unit, {
        parties: ['利通区信访局', '林业和草原局', '马莲渠乡', '陈木闸村'],
        decisions: ['对遮挡耕地的林网树木分批修枝、间伐', '林草局办理采伐手续', '15日内解决到位'],
      });
      this.emit(
        E.REPLIED,
        at(9, 11),
        null,
        null,
        unit,
        REPLY_PAYLOADS[Outcome.SUPPORTED] as Record<string, unknown>,
      );
      this.emit(E.CLOSED, at(9, 15), null, null, unit, null);
      this.emit(
        E.RATED,
        at(12, 10),
        null,
        null,
        null,
        RATE_PAYLOADS[Satisfaction.SATISFIED] as Record<string, unknown>,
      );
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
      this.emit(
        E.REPLIED,
        at(8, 10),
        null,
        null,
        unit,
        REPLY_PAYLOADS[Outcome.SUPPORTED] as Record<string, unknown>,
      );
      this.emit(E.CLOSED, at(8, 14), null, null, unit, null);
      this.emit(
        E.RATED,
        at(15, 10),
        null,
        null,
        null,
        RATE_PAYLOADS[Satisfaction.SATISFIED] as Record<string, unknown>,
      );
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
      this.emit(
        E.REPLIED,
        at(visitOffset + (liujiawan ? 7 : 10), 10),
        null,
        null,
        unit,
        REPLY_PAYLOADS[outcome] as Record<string, unknown>,
      );
      this.emit(E.CLOSED, at(visitOffset + (liujiawan ? 7 : 10), 15), null, null, unit, null);
      this.emit(
        E.RATED,
        at(visitOffset + 14, 10),
        null,
        null,
        null,
        RATE_PAYLOADS[Satisfaction.SATISFIED] as Record<string, unknown>,
      );
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
