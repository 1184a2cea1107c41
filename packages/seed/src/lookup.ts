// The district as the case generator reads it: built once from the reference rows, read per case.

import { type CategoryCode as C, LeaderPost, LeaderRank } from '@lianxin/domain';
import { countyPortfolios, UNIT_SPECS } from './district.js';
import { cumulate } from './prng.js';
import type { DistrictData, LeaderRow, VillageRow } from './rows.js';
import { CATEGORY_ORDER } from './schedule.js';

/** Everything of the district the generator looks up per case, as arrays indexed by position. */
export class Lookup {
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
