// What a generic case is about and who brings it: its category (by the month's seasonal weights),
// village, text, matter type and channel, its petitioners, and the unit responsible for it. A few
// petitions repeat a recent open case of the same petitioner.

import { CategoryCode as C, Channel, localMonth, MatterType } from '@lianxin/domain';
import type { ArticlePlan, Plan } from './article-plan.js';
import type { Lookup } from './lookup.js';
import type { OutbreakDrafter } from './outbreaks.js';
import { IdNumberIssuer, randomGivenName, randomMobile, randomName } from './people.js';
import { cumulate, type Prng } from './prng.js';
import type { CasePetitionerRow, PetitionerRow, VillageRow } from './rows.js';
import { CATEGORY_ORDER, MONTH_CATEGORY_CUMULATIVE } from './schedule.js';
import { TEMPLATES } from './text.js';
import type { CaseDescription } from './timeline.js';

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
const AGRICULTURAL = new Set<C>([C.TREE_SHADING, C.IRRIGATION, C.LAND_CONTRACT]);
const REPEAT_SHARE = 0.065;
const RING = 256;

/** The earlier case a repeat petition points back to, and what the repeat takes over from it. */
export interface RepeatTarget {
  caseId: number;
  code: string;
  petitionerId: number;
  village: number;
  category: C;
}

/** What the draw fixed about a generic case; its timeline is recorded from this. */
export interface DrawnCase {
  description: CaseDescription;
  plan: Plan | undefined;
  village: number;
  /** Index of the village's township in the lookup. */
  township: number;
  unitId: number;
  repeatOf: RepeatTarget | null;
  petitioners: PetitionerRow[];
  links: CasePetitionerRow[];
}

/** Recent single-petitioner cases that a repeat petition may point back to. */
class RepeatRing {
  private readonly ringCase = new Int32Array(RING);
  private readonly ringCode: string[] = new Array<string>(RING).fill('');
  private readonly ringPetitioner = new Int32Array(RING);
  private readonly ringVillage = new Int32Array(RING);
  private readonly ringCategory = new Int8Array(RING);
  private readonly ringClose = new Float64Array(RING);
  private ringSize = 0;
  private ringNext = 0;

  /** Draws whether a case received at `receivedMs` repeats one still open then, and which. */
  pick(rng: Prng, receivedMs: number): RepeatTarget | null {
    if (this.ringSize === 0 || !rng.chance(REPEAT_SHARE)) return null;
    const slot = rng.int(this.ringSize);
    if ((this.ringClose[slot] as number) <= receivedMs) return null;
    return {
      caseId: this.ringCase[slot] as number,
      code: this.ringCode[slot] as string,
      petitionerId: this.ringPetitioner[slot] as number,
      village: this.ringVillage[slot] as number,
      category: CATEGORY_ORDER[this.ringCategory[slot] as number] as C,
    };
  }

  /** Keeps a case as a target until it is closed, replacing the oldest once the ring is full. */
  remember(target: RepeatTarget, closedMs: number): void {
    const slot = this.ringNext;
    this.ringCase[slot] = target.caseId;
    this.ringCode[slot] = target.code;
    this.ringPetitioner[slot] = target.petitionerId;
    this.ringVillage[slot] = target.village;
    this.ringCategory[slot] = CATEGORY_ORDER.indexOf(target.category);
    this.ringClose[slot] = closedMs;
    this.ringNext = (slot + 1) % RING;
    if (this.ringSize < RING) this.ringSize++;
  }
}

/** Draws the description and the petitioners of cases; petitioner ids run on across cases. */
export class CaseDrafter {
  private petitionerId = 0;
  private readonly repeats = new RepeatRing();
  private readonly idNumbers = new IdNumberIssuer();

  constructor(
    private readonly rng: Prng,
    private readonly look: Lookup,
    private readonly article: ArticlePlan,
    private readonly outbreaks: OutbreakDrafter,
  ) {}

  /**
   * Fills in `d` for a generic case received at `receivedMs` (`minute` of its day, `month` 0–11)
   * and draws its petitioners and responsible unit; `plan` fixes what the article plan decided.
   */
  draw(
    d: CaseDescription,
    plan: Plan | undefined,
    receivedMs: number,
    minute: number,
    month: number,
  ): DrawnCase {
    const rng = this.rng;
    const look = this.look;
    let category =
      plan?.category ?? (CATEGORY_ORDER[rng.weighted(MONTH_CATEGORY_CUMULATIVE[month] as Float64Array)] as C);

    // Repeat petition: the same petitioner about the same matter while the earlier case is open.
    let repeatOf = plan === undefined ? this.repeats.pick(rng, receivedMs) : null;
    let village: number;
    if (repeatOf) {
      village = repeatOf.village;
      category = repeatOf.category;
    } else {
      village = plan?.village ?? rng.weighted(look.villageCum);
      if (look.isCommunity[village] && AGRICULTURAL.has(category)) village = rng.weighted(look.villageCum);
      const wave = plan === undefined ? this.outbreaks.redirect(localMonth(new Date(receivedMs)), rng) : null;
      if (wave) ({ category, village } = wave);
    }
    const treeVillage = this.article.treeShadingVillage(category, receivedMs, village, rng);
    if (treeVillage !== null) {
      repeatOf = null; // an earlier case outside the 8 villages cannot repeat into 2023
      village = treeVillage;
    }
    this.place(d, village);
    this.describe(d, category, village, repeatOf !== null);
    d.matterType = MATTER_TYPES[rng.weighted(MATTER_CUM)] as MatterType;
    const officeHours = minute >= 510 && minute < 1080;
    d.channel = officeHours
      ? (OFFICE_CHANNELS[rng.weighted(OFFICE_CHANNEL_CUM)] as Channel)
      : rng.chance(0.7)
        ? Channel.ONLINE
        : Channel.PHONE;
    const { petitioners, links } = this.drawPetitioners(d, village, repeatOf);
    const township = look.villageTownship[village] as number;
    const unitId = this.responsibleUnit(category, township);
    return { description: d, plan, village, township, unitId, repeatOf, petitioners, links };
  }

  /** Petitioners: mostly one; a few groups; collective petitions send at most five representatives. */
  private drawPetitioners(
    d: CaseDescription,
    village: number,
    repeatOf: RepeatTarget | null,
  ): { petitioners: PetitionerRow[]; links: CasePetitionerRow[] } {
    const rng = this.rng;
    const petitioners: PetitionerRow[] = [];
    const links: CasePetitionerRow[] = [];
    if (repeatOf) {
      d.headcount = 1;
      links.push({ caseId: d.id, petitionerId: repeatOf.petitionerId, representative: true });
      return { petitioners, links };
    }
    const r = rng.next();
    const headcount = r < 0.8 ? 1 : r < 0.95 ? rng.range(2, 4) : 5 + Math.floor(rng.next() * rng.next() * 40);
    d.headcount = headcount;
    const linked = headcount >= 5 ? rng.range(3, 5) : headcount;
    for (let k = 0; k < linked; k++) {
      const p = this.newPetitioner(village, rng.chance(0.7));
      petitioners.push(p);
      links.push({ caseId: d.id, petitionerId: p.id, representative: headcount >= 5 || k === 0 });
    }
    return { petitioners, links };
  }

  /** The township government for local matters, otherwise the competent department. */
  private responsibleUnit(category: C, township: number): number {
    const rng = this.rng;
    const catUnits = this.look.categoryUnits.get(category) ?? [];
    return rng.chance(0.45) || catUnits.length === 0
      ? (this.look.townshipUnit[township] as number)
      : (catUnits[rng.int(catUnits.length)] as number);
  }

  /** Keeps a single-petitioner case as a target for later repeat petitions, open until `closedMs`. */
  rememberForRepeats(c: DrawnCase, closedMs: number): void {
    const d = c.description;
    if (d.headcount !== 1 || c.plan !== undefined) return;
    const petitionerId = (c.links[0] as CasePetitionerRow).petitionerId;
    this.repeats.remember(
      { caseId: d.id, code: d.code, petitionerId, village: c.village, category: d.categoryCode },
      closedMs,
    );
  }

  newPetitioner(village: number, male: boolean, surname?: string, givenLength?: number): PetitionerRow {
    const name =
      surname === undefined
        ? randomName(this.rng, male)
        : surname + randomGivenName(this.rng, male, givenLength ?? (this.rng.chance(0.78) ? 2 : 1));
    return {
      id: ++this.petitionerId,
      name,
      phone: randomMobile(this.rng),
      idNumber: this.idNumbers.draw(this.rng, male),
      villageCode: (this.look.villages[village] as VillageRow).code,
    };
  }

  place(d: CaseDescription, village: number): void {
    const v = this.look.villages[village] as VillageRow;
    d.villageCode = v.code;
    d.townshipCode = v.townshipCode;
  }

  describe(d: CaseDescription, category: C, village: number, repeat: boolean): void {
    const list = TEMPLATES[category];
    const t = list[this.rng.int(list.length)] as (typeof list)[number];
    const name = (this.look.villages[village] as VillageRow).name;
    d.categoryCode = category;
    d.title = t.titleBefore + name + t.titleAfter;
    d.summary = (repeat ? '再次反映：' : '') + t.summaryBefore + name + t.summaryAfter;
  }
}
