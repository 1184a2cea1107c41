// The 2023 facts of the article 《利通区多措并举解码"浦江经验"精髓要义》 that the seed reproduces
// exactly, so the API's database tests can assert the same numbers the newspaper printed.

/** Villages the article names (the only village names that are not invented). */
export const ARTICLE_VILLAGES = [
  { name: '陈木闸村', township: '马莲渠乡' },
  { name: '吴家沟村', township: '扁担沟镇' },
  { name: '石家窑村', township: '扁担沟镇' },
  { name: '赵家沟村', township: '扁担沟镇' },
  { name: '刘家湾村', township: '郭家桥乡' },
] as const;

/** The five parties of the water-allocation meeting, in the article's order. */
export const WATER_MEETING_PARTIES = [
  '利通区',
  '孙家滩管委会',
  '扁担沟镇',
  '水发利通公司',
  '扁担沟扬水站',
] as const;

export const ARTICLE_2023 = Object.freeze({
  year: 2023,
  /** 利通区领导干部包抓信访案件128件: cases received in 2023 whose leader is COUNTY rank. */
  countyLeaderCases: 128,
  /**
   * 通过进门约访、登门走访、上门回访等方式主动下基层走访30多次: field visits (约访/走访/回访/下访,
   * the domain's FIELD_VISIT_KINDS) by COUNTY leaders in 2023.
   */
  fieldVisitsMin: 31,
  fieldVisitsMax: 39,
  /** The number the generator places inside that range. */
  fieldVisits: 34,
  /** 先后批示重要信访问题处理情况38次: INSTRUCTION events in 2023 by the party secretary. */
  secretaryInstructions: 38,
  /** 该乡8个村部分林网都存在此类问题: distinct 马莲渠乡 villages of 2023 tree-shading cases. */
  treeShadingVillagesInMalianqu: 8,
  treeShadingTownship: '马莲渠乡',
  treeShadingVillage: '陈木闸村',
  /** 明确解决时限不超过15日. */
  treeShadingHandlingDays: 15,
  shelterbeltPlantedYear: 2009,
  shelterbeltMaxTrunkDiameterM: 0.4,
  irrigationTownship: '扁担沟镇',
  irrigationVillage: '吴家沟村',
  irrigationMonth: '2023-07',
  irrigationPetitionerSurname: '杨',
  waterMeetingParties: WATER_MEETING_PARTIES,
  /** 11月20日 the party secretary's two home visits. */
  secretaryVisitDate: '2023-11-20',
  secretaryVisits: [
    { township: '郭家桥乡', village: '刘家湾村', petitionerSurname: '马' },
    { township: '扁担沟镇', village: null, petitionerSurname: '王' },
  ],
  /** Below this many cases received in 2023 the facts cannot be placed believably. */
  minCasesIn2023: 300,
});
