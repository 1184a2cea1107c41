// Where the article's 2023 facts go: the cases it names are placed on their days and villages, and
// the counts it gives (county-led cases, field visits, the secretary's instructions, the villages of
// the tree-shading cases) are given to chosen case slots of 2023, so they come out exact.

import { CategoryCode as C, VisitKind } from '@lianxin/domain';
import { ARTICLE_2023 } from './article.js';
import { dayFromYmd, dayStart } from './days.js';
import type { Lookup } from './lookup.js';
import { Prng } from './prng.js';
import type { Schedule } from './schedule.js';

/** The cases the article tells one by one. */
export type ArticleCaseKind = 'chenmuzha' | 'wujiagou' | 'liujiawan' | 'wang';

/** What the article plan fixes about one case; everything else is drawn as usual. */
export interface Plan {
  custom?: ArticleCaseKind;
  county?: boolean;
  fieldVisit?: VisitKind;
  instruction?: boolean;
  category?: C;
  village?: number;
}

const Y2023_START = dayStart(dayFromYmd(2023, 1, 1));
const Y2024_START = dayStart(dayFromYmd(2024, 1, 1));

export class ArticlePlan {
  /** Article facts are placed only when the whole of 2023 is inside the range. */
  private readonly active: boolean;
  private readonly plans = new Map<number, Plan>();
  private readonly treeVillages: number[] = [];
  private readonly treeVillageSet = new Set<number>();
  private readonly malianquIndex: number;

  constructor(
    private readonly schedule: Schedule,
    private readonly look: Lookup,
  ) {
    this.malianquIndex = look.townshipNames.indexOf(ARTICLE_2023.treeShadingTownship);
    const y2023 = schedule.years.find((y) => y.year === 2023);
    this.active = y2023 !== undefined && y2023.lastDay === dayFromYmd(2023, 12, 31);
    if (this.active) this.place();
  }

  /** Codes of the 8 villages of the 2023 tree-shading cases; none while the plan is inactive. */
  treeVillageCodes(): string[] {
    return this.treeVillages.map((v) => (this.look.villages[v] as { code: string }).code);
  }

  /** The plan of the case at `index` (0-based, in order of receipt), if the article fixes anything about it. */
  planFor(index: number): Plan | undefined {
    return this.plans.get(index);
  }

  /**
   * The 2023 article counts must come only from the plan: an unplanned field visit (约访, 走访, 回访,
   * 下访) of a county-level leader dated 2023 is made by a township leader instead, an unplanned
   * secretary instruction goes to the mayor.
   */
  in2023(ms: number): boolean {
    return this.active && ms >= Y2023_START && ms < Y2024_START;
  }

  /**
   * Fact 4 for a case drawn as usual: a 2023 tree-shading case of 马莲渠乡 outside the planned
   * villages moves to one of them (drawn from `rng`). The village it moves to, or null to stay.
   */
  treeShadingVillage(category: C, receivedMs: number, village: number, rng: Prng): number | null {
    if (
      category === C.TREE_SHADING &&
      this.in2023(receivedMs) &&
      this.look.villageTownship[village] === this.malianquIndex &&
      !this.treeVillageSet.has(village)
    )
      return this.treeVillages[rng.int(this.treeVillages.length)] as number;
    return null;
  }

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

  private place(): void {
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
    // County-led article cases: 吴家沟村 (a deputy mayor) and the secretary's two home visits; 陈木闸村
    // is led by the petition bureau's director, who is 科级. Their field visits: the deputy mayor's
    // 下访 at 吴家沟村 and the secretary's two 走访.
    const customCounty = 3;
    const customVisits = 3;
    const visitLimit = indexBefore(day(9, 16));
    const countyLimit = y.firstIndex + y.count;
    const visitKinds = [
      VisitKind.APPOINTMENT,
      VisitKind.HOME_VISIT,
      VisitKind.FOLLOW_UP,
      VisitKind.DOWN_VISIT,
    ];
    for (let k = 0; k < ARTICLE_2023.fieldVisits - customVisits; k++) {
      const i = pickFree(visitLimit, (p) => p === undefined);
      this.plans.set(i, { county: true, fieldVisit: visitKinds[k % visitKinds.length] as VisitKind });
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
}
