// The cases the article tells one by one, on the days, in the villages and with the steps it gives:
// the tree shade of 陈木闸村, the maize fields of 吴家沟村 without water, and the secretary's home
// visits of 2023-11-20. Their timelines fold through the step catalogue like every other.

import {
  CaseEventType as E,
  CategoryCode as C,
  Channel,
  MatterType,
  Outcome,
  Satisfaction,
  VisitKind,
} from '@lianxin/domain';
import type { ArticleCaseKind } from './article-plan.js';
import { ARTICLE_2023, WATER_MEETING_PARTIES } from './article.js';
import { dayFromYmd, dayStart, HOUR, MINUTE } from './days.js';
import type { CaseDrafter } from './generic-case.js';
import type { Lookup } from './lookup.js';
import { type Procedure, RATE_PAYLOADS, REPLY_PAYLOADS } from './procedure.js';
import type { CaseBundle, CasePetitionerRow, PetitionerRow } from './rows.js';
import type { CaseDescription, Timeline } from './timeline.js';

const HOME_VISIT_ACTIVITY = '心连心面对面，大走访大化解';
const HOME_VISIT_DAY = dayFromYmd(2023, 11, 20);

/** One article case being told: its description, the day it was received and its petitioners. */
interface Telling {
  d: CaseDescription;
  day: number;
  receivedMs: number;
  petitioners: PetitionerRow[];
  links: CasePetitionerRow[];
}

export class ArticleCases {
  constructor(
    private readonly look: Lookup,
    private readonly drafter: CaseDrafter,
    private readonly timeline: Timeline,
    private readonly procedure: Procedure,
  ) {}

  /** Fills in `d` and records the timeline of the article case `kind`, received at `receivedMs` on `day`. */
  tell(kind: ArticleCaseKind, d: CaseDescription, day: number, receivedMs: number): CaseBundle {
    const t: Telling = { d, day, receivedMs, petitioners: [], links: [] };
    if (kind === 'chenmuzha') this.treeShading(t);
    else if (kind === 'wujiagou') this.irrigation(t);
    else this.homeVisit(t, kind === 'liujiawan');
    d.matterType = MatterType.APPEAL;
    d.headcount = 1;
    return this.timeline.bundle(d, t.petitioners, t.links);
  }

  /** `hour`:`minute` local on the `offset`-th day after the day of receipt. */
  private at(t: Telling, offset: number, hour: number, minute = 0): number {
    return dayStart(t.day + offset) + hour * HOUR + minute * MINUTE;
  }

  /** The case's one petitioner, a man of the village, with the surname the article gives if any. */
  private person(t: Telling, village: number, surname?: string, givenLength?: number): void {
    const p = this.drafter.newPetitioner(village, true, surname, givenLength);
    t.petitioners.push(p);
    t.links.push({ caseId: t.d.id, petitionerId: p.id, representative: true });
  }

  private unitByName(name: string): number {
    return [...this.look.unitNames].find(([, n]) => n === name)?.[0] ?? this.look.petitionBureau;
  }

  /** Fact 4: 陈木闸村's shelterbelt shading the fields, settled within the secretary's 15 days. */
  private treeShading(t: Telling): void {
    const look = this.look;
    const { d, receivedMs } = t;
    const timeline = this.timeline;
    const village = look.villageIndex(ARTICLE_2023.treeShadingTownship, ARTICLE_2023.treeShadingVillage);
    const unit = this.unitByName('林业和草原局');
    this.drafter.place(d, village);
    this.drafter.describe(d, C.TREE_SHADING, village, false);
    d.title = '陈木闸村农田林网树木遮阴影响庄稼生长';
    d.summary = '陈木闸村村民反映：农田林网树木长势茂盛、树冠很大，严重遮挡庄稼生长，请求解决。';
    d.channel = Channel.VISIT;
    this.person(t, village);
    timeline.emit(E.REGISTERED, receivedMs, null, null, null, null);
    timeline.emit(E.FORWARDED, receivedMs + 2 * HOUR, null, null, unit, null);
    timeline.emit(E.ACCEPTED, this.at(t, 1, 9, 30), null, null, unit, null);
    timeline.emit(E.ASSIGNED, this.at(t, 1, 10, 30), look.director, null, null, null);
    timeline.emit(E.DEADLINE_SET, this.at(t, 2, 15), look.secretary, null, null, {
      days: ARTICLE_2023.treeShadingHandlingDays,
      source: '区委专题会议',
      shelterbelt: '农田林网',
      plantedYear: ARTICLE_2023.shelterbeltPlantedYear,
      maxTrunkDiameterM: ARTICLE_2023.shelterbeltMaxTrunkDiameterM,
      affectedVillages: ARTICLE_2023.treeShadingVillagesInMalianqu,
      note: '分析问题成因，防止其他乡镇出现类似情况；明确政府部门责任分工，解决时限不超过15日',
    });
    timeline.emit(E.VISIT, this.at(t, 3, 10), look.director, VisitKind.DOWN_VISIT, null, {
      note: '实地排查林网树木遮阴情况',
    });
    timeline.emit(E.COORDINATION, this.at(t, 4, 15), look.director, null, unit, {
      parties: ['利通区信访局', '林业和草原局', '马莲渠乡', '陈木闸村'],
      decisions: ['对遮挡耕地的林网树木分批修枝、间伐', '林草局办理采伐手续', '15日内解决到位'],
    });
    // Handed over in person, closed the same day.
    this.procedure.answer(this.at(t, 9, 11), unit, REPLY_PAYLOADS[Outcome.SUPPORTED], false);
    timeline.emit(E.RATED, this.at(t, 12, 10), null, null, null, RATE_PAYLOADS[Satisfaction.SATISFIED]);
  }

  /** 吴家沟村's maize without water, settled by the five-party water meeting. */
  private irrigation(t: Telling): void {
    const look = this.look;
    const { d, receivedMs } = t;
    const timeline = this.timeline;
    const deputyForWater = look.countyByCategory.get(C.IRRIGATION)?.[0] ?? look.mayor;
    const village = look.villageIndex(ARTICLE_2023.irrigationTownship, ARTICLE_2023.irrigationVillage);
    const unit = this.unitByName('水务局');
    this.drafter.place(d, village);
    this.drafter.describe(d, C.IRRIGATION, village, false);
    d.title = '吴家沟村玉米地淌不上水';
    d.summary = '吴家沟村4队村民反映：种植的玉米地淌不上水，面临较大损失，请求协调灌溉用水。';
    d.channel = Channel.PHONE;
    this.person(t, village, ARTICLE_2023.irrigationPetitionerSurname, 2);
    timeline.emit(E.REGISTERED, receivedMs, null, null, null, null);
    timeline.emit(E.FORWARDED, receivedMs + HOUR, null, null, unit, null);
    timeline.emit(E.ACCEPTED, this.at(t, 0, 16), null, null, unit, null);
    timeline.emit(E.ASSIGNED, this.at(t, 1, 9), deputyForWater, null, null, null);
    timeline.emit(E.VISIT, this.at(t, 1, 15), deputyForWater, VisitKind.DOWN_VISIT, null, {
      note: '实地察看旱情、水情',
    });
    timeline.emit(E.COORDINATION, this.at(t, 2, 10), deputyForWater, null, unit, {
      mechanism: '水资源调配五方协商机制',
      parties: [...WATER_MEETING_PARTIES],
      principle: '总量控制，定额管理',
      decisions: ['研判旱情、水情，加大水资源科学调度', '保障灌区均衡灌溉', '应对干旱，延长供水时间'],
    });
    this.procedure.answer(this.at(t, 8, 10), unit, REPLY_PAYLOADS[Outcome.SUPPORTED], false);
    timeline.emit(E.RATED, this.at(t, 15, 10), null, null, null, RATE_PAYLOADS[Satisfaction.SATISFIED]);
  }

  /** The secretary's home visits of 2023-11-20: 马某 of 刘家湾村 (land contract) and 王某 (homestead). */
  private homeVisit(t: Telling, liujiawan: boolean): void {
    const look = this.look;
    const { d, receivedMs } = t;
    const timeline = this.timeline;
    const township = liujiawan ? '郭家桥乡' : '扁担沟镇';
    const candidates = look.townshipVillages(township);
    // 王某 is a 居民 (resident), so the town's community when it has one.
    const village = liujiawan
      ? look.villageIndex(township, '刘家湾村')
      : (candidates.find((v) => look.isCommunity[v]) ?? (candidates[candidates.length - 1] as number));
    const unit = look.townshipUnit[look.villageTownship[village] as number] as number;
    this.drafter.place(d, village);
    this.drafter.describe(d, liujiawan ? C.LAND_CONTRACT : C.HOMESTEAD, village, false);
    d.channel = Channel.VISIT;
    this.person(t, village, liujiawan ? '马' : '王');
    const visitOffset = HOME_VISIT_DAY - t.day;
    timeline.emit(E.REGISTERED, receivedMs, null, null, null, null);
    timeline.emit(E.FORWARDED, this.at(t, 0, 16), null, null, unit, null);
    timeline.emit(E.ACCEPTED, this.at(t, 2, 10), null, null, unit, null);
    timeline.emit(E.ASSIGNED, this.at(t, 3, 9), look.secretary, null, null, null);
    timeline.emit(
      E.VISIT,
      this.at(t, visitOffset, liujiawan ? 10 : 15),
      look.secretary,
      VisitKind.HOME_VISIT,
      null,
      {
        activity: HOME_VISIT_ACTIVITY,
        note: liujiawan
          ? '在信访人家中询问上访缘由、家庭情况和生产生活情况，讲明讲透相关政策法规'
          : '了解信访事项来龙去脉和沟通协调过程，现场协商提出解决意见和方案',
      },
    );
    const outcome = liujiawan ? Outcome.EXPLAINED : Outcome.SUPPORTED;
    this.procedure.answer(
      this.at(t, visitOffset + (liujiawan ? 7 : 10), 10),
      unit,
      REPLY_PAYLOADS[outcome],
      false,
    );
    timeline.emit(
      E.RATED,
      this.at(t, visitOffset + 14, 10),
      null,
      null,
      null,
      RATE_PAYLOADS[Satisfaction.SATISFIED],
    );
  }
}
