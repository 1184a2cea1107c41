// Reference data of Litong District (利通区, 640302): the real townships, the villages named in the
// article, invented villages around them, the departments, and fictional leaders with real titles.

import { CATEGORY_LABELS, CategoryCode, LeaderPost, LeaderRank, TownshipKind } from '@lianxin/domain';
import { ARTICLE_VILLAGES } from './article.js';
import { randomName } from './people.js';
import { Prng } from './prng.js';
import type { CategoryRow, DistrictData, LeaderRow, TownshipRow, UnitRow, VillageRow } from './rows.js';

const DISTRICT_CODE = '640302';
export const DEFAULT_SEED = 20231120;

interface TownshipSpec {
  seq: string;
  name: string;
  kind: TownshipKind;
  villages: number;
  communities: number;
}

// Statistical codes: 1xx towns, 2xx townships, 4xx zones "similar to a township"; village counts are
// invented (6–16 each, about 150 in all) with 马莲渠乡 large enough for the article's 8 villages.
const TOWNSHIP_SPECS: readonly TownshipSpec[] = [
  { seq: '100', name: '金积镇', kind: TownshipKind.TOWN, villages: 13, communities: 2 },
  { seq: '101', name: '金银滩镇', kind: TownshipKind.TOWN, villages: 9, communities: 1 },
  { seq: '102', name: '高闸镇', kind: TownshipKind.TOWN, villages: 11, communities: 1 },
  { seq: '103', name: '扁担沟镇', kind: TownshipKind.TOWN, villages: 11, communities: 1 },
  { seq: '104', name: '上桥镇', kind: TownshipKind.TOWN, villages: 12, communities: 2 },
  { seq: '105', name: '古城镇', kind: TownshipKind.TOWN, villages: 9, communities: 2 },
  { seq: '106', name: '金星镇', kind: TownshipKind.TOWN, villages: 6, communities: 3 },
  { seq: '107', name: '胜利镇', kind: TownshipKind.TOWN, villages: 7, communities: 2 },
  { seq: '200', name: '东塔寺乡', kind: TownshipKind.TOWNSHIP, villages: 11, communities: 0 },
  { seq: '201', name: '板桥乡', kind: TownshipKind.TOWNSHIP, villages: 14, communities: 0 },
  { seq: '202', name: '马莲渠乡', kind: TownshipKind.TOWNSHIP, villages: 12, communities: 0 },
  { seq: '203', name: '郭家桥乡', kind: TownshipKind.TOWNSHIP, villages: 14, communities: 0 },
  { seq: '400', name: '宁夏吴忠国家农业科技园区', kind: TownshipKind.SPECIAL, villages: 7, communities: 0 },
];

const VILLAGE_PREFIXES = [
  ...'马家 杨家 王家 李家 张家 丁家 何家 田家 苏家 周家 韩家 罗家 高家 朱家 蒋家 胡家 白家 金家 余家 冯家 纳家 海家 锁家 魏家'.split(
    ' ',
  ),
  ...'红柳 沙坡 新华 团结 永丰 民乐 东风 涝河 秦渠 汉渠 唐渠 早元 塔湾 高桥 西湖 南门 中庄 新庄 四营 五里 六台 七星 八里 双渠 清水 长湖 柳树 枣园 杨桥 郝桥 罗桥 巷道 利民 富民 兴隆 红星 明珠 滨河'.split(
    ' ',
  ),
];
const VILLAGE_SUFFIXES = [
  '庄村',
  '湾村',
  '渠村',
  '滩村',
  '桥村',
  '闸村',
  '沟村',
  '堡村',
  '寨村',
  '营村',
  '湖村',
  '园村',
];
const COMMUNITY_NAMES = [
  '新华',
  '朝阳',
  '金花园',
  '滨河',
  '东方',
  '塔寺',
  '利宁',
  '裕民',
  '金鼎',
  '文苑',
  '康宁',
  '富荣',
  '明珠',
  '世纪',
];

/** Responsible departments: [code, name, categories they usually take]. */
export const UNIT_SPECS: readonly [string, string, readonly CategoryCode[]][] = [
  ['XFJ', '信访局', []],
  ['SWJ', '水务局', [CategoryCode.IRRIGATION]],
  ['ZRZYJ', '自然资源局', [CategoryCode.HOMESTEAD, CategoryCode.LAND_REQUISITION]],
  ['LCJ', '林业和草原局', [CategoryCode.TREE_SHADING]],
  ['NYNCJ', '农业农村局', [CategoryCode.LAND_CONTRACT, CategoryCode.IRRIGATION]],
  ['ZJJ', '住房和城乡建设局', [CategoryCode.LAND_REQUISITION, CategoryCode.OTHER]],
  ['RSJ', '人力资源和社会保障局', [CategoryCode.UNPAID_WAGES, CategoryCode.BENEFITS]],
  ['STHJ', '生态环境分局', [CategoryCode.POLLUTION]],
  ['GAFJ', '公安分局', [CategoryCode.LITIGATION, CategoryCode.NEIGHBOURS]],
  ['SFJ', '司法局', [CategoryCode.LITIGATION, CategoryCode.FAMILY, CategoryCode.NEIGHBOURS]],
  ['MZJ', '民政局', [CategoryCode.BENEFITS, CategoryCode.FAMILY]],
  ['JYJ', '教育局', [CategoryCode.BENEFITS]],
  ['WJJ', '卫生健康局', [CategoryCode.BENEFITS]],
  ['SCJGJ', '市场监督管理局', [CategoryCode.OTHER]],
  ['JTYSJ', '交通运输局', [CategoryCode.OTHER]],
  ['CGJ', '城市管理局', [CategoryCode.OTHER, CategoryCode.POLLUTION]],
  ['TYJRJ', '退役军人事务局', [CategoryCode.BENEFITS]],
];

/** County-level (处级) posts: [post, title, categories a deputy mayor's portfolio covers]. */
const COUNTY_POSTS: readonly [LeaderPost, string, readonly CategoryCode[]][] = [
  [LeaderPost.PARTY_SECRETARY, '区委书记', []],
  [LeaderPost.DISTRICT_MAYOR, '区委副书记、区长', []],
  [LeaderPost.DEPUTY_SECRETARY, '区委副书记', []],
  [LeaderPost.STANDING_COMMITTEE, '区委常委、常务副区长', [CategoryCode.LAND_REQUISITION]],
  [LeaderPost.STANDING_COMMITTEE, '区委常委、政法委书记', [CategoryCode.LITIGATION, CategoryCode.NEIGHBOURS]],
  [LeaderPost.STANDING_COMMITTEE, '区委常委、组织部部长', []],
  [LeaderPost.STANDING_COMMITTEE, '区委常委、宣传部部长', []],
  [LeaderPost.STANDING_COMMITTEE, '区委常委、纪委书记、监委主任', []],
  [
    LeaderPost.DEPUTY_MAYOR,
    '副区长',
    [CategoryCode.IRRIGATION, CategoryCode.TREE_SHADING, CategoryCode.LAND_CONTRACT],
  ],
  [LeaderPost.DEPUTY_MAYOR, '副区长', [CategoryCode.HOMESTEAD, CategoryCode.LAND_REQUISITION]],
  [LeaderPost.DEPUTY_MAYOR, '副区长', [CategoryCode.UNPAID_WAGES, CategoryCode.BENEFITS]],
  [LeaderPost.DEPUTY_MAYOR, '副区长', [CategoryCode.BENEFITS, CategoryCode.FAMILY]],
  [LeaderPost.DEPUTY_MAYOR, '副区长、公安分局局长', [CategoryCode.LITIGATION]],
  [LeaderPost.DEPUTY_MAYOR, '副区长', [CategoryCode.POLLUTION, CategoryCode.OTHER]],
];

/** Portfolio of each county leader by id, for matching a case's category to the right leader. */
export function countyPortfolios(district: DistrictData): Map<number, readonly CategoryCode[]> {
  const out = new Map<number, readonly CategoryCode[]>();
  let i = 0;
  for (const leader of district.leaders) {
    if (leader.rank !== LeaderRank.COUNTY) continue;
    out.set(leader.id, COUNTY_POSTS[i]?.[2] ?? []);
    i++;
  }
  return out;
}

function townshipHeadTitle(t: TownshipSpec): [string, string] {
  if (t.kind === TownshipKind.SPECIAL) return ['农业科技园区党工委书记', '农业科技园区管委会主任'];
  return [`${t.name}党委书记`, `${t.name}${t.kind === TownshipKind.TOWN ? '镇长' : '乡长'}`];
}

/** The district's reference data; the same seed always gives the same villages, names and leaders. */
export function generateDistrict(seed: number = DEFAULT_SEED): DistrictData {
  const rng = new Prng(seed, 1);
  const townships: TownshipRow[] = TOWNSHIP_SPECS.map((t, i) => ({
    code: `${DISTRICT_CODE}${t.seq}000`,
    name: t.name,
    kind: t.kind,
    sortOrder: i + 1,
  }));

  const usedNames = new Set<string>(ARTICLE_VILLAGES.map((v) => v.name));
  const villages: VillageRow[] = [];
  TOWNSHIP_SPECS.forEach((spec, ti) => {
    const township = townships[ti] as TownshipRow;
    const base = township.code.slice(0, 9);
    for (let c = 0; c < spec.communities; c++) {
      let name: string;
      do name = `${rng.pick(COMMUNITY_NAMES)}社区`;
      while (usedNames.has(name));
      usedNames.add(name);
      villages.push({
        code: `${base}${String(c + 1).padStart(3, '0')}`,
        name,
        townshipCode: township.code,
        population: rng.range(25, 60) * 100,
        generated: true,
      });
    }
    const real = ARTICLE_VILLAGES.filter((v) => v.township === spec.name).map((v) => v.name);
    for (let v = 0; v < spec.villages; v++) {
      let name = real[v];
      const generated = name === undefined;
      if (name === undefined) {
        do name = rng.pick(VILLAGE_PREFIXES) + rng.pick(VILLAGE_SUFFIXES);
        while (usedNames.has(name));
        usedNames.add(name);
      }
      villages.push({
        code: `${base}${String(200 + v + 1)}`,
        name,
        townshipCode: township.code,
        population: rng.range(8, 45) * 100,
        generated,
      });
    }
  });

  const categories: CategoryRow[] = Object.values(CategoryCode).map((code, i) => ({
    code,
    nameZh: CATEGORY_LABELS[code].zh,
    nameEn: CATEGORY_LABELS[code].en,
    sortOrder: i + 1,
  }));

  const units: UnitRow[] = UNIT_SPECS.map(([code, name], i) => ({
    id: i + 1,
    code,
    name,
    townshipCode: null,
  }));
  for (const t of townships) {
    units.push({
      id: units.length + 1,
      code: `GOV${t.code.slice(6, 9)}`,
      name: t.kind === TownshipKind.SPECIAL ? '农业科技园区管委会' : `${t.name}人民政府`,
      townshipCode: t.code,
    });
  }

  const leaders: LeaderRow[] = [];
  const usedLeaderNames = new Set<string>();
  const addLeader = (
    title: string,
    post: LeaderPost,
    rank: LeaderRank,
    unitId: number | null,
    townshipCode: string | null,
  ) => {
    let name: string;
    do name = randomName(rng, rng.chance(0.8));
    while (usedLeaderNames.has(name));
    usedLeaderNames.add(name);
    leaders.push({ id: leaders.length + 1, name, title, post, rank, unitId, townshipCode });
  };
  const petitionBureau = units[0] as UnitRow;
  for (const [post, title] of COUNTY_POSTS) addLeader(title, post, LeaderRank.COUNTY, null, null);
  // The head of a district department is 科级 (section level), the petition bureau's too: counting
  // the director as county level put the bureau's own cases into the article's 128 county-led cases.
  // Added right after the county leaders, so every leader keeps the id it had.
  addLeader('信访局局长', LeaderPost.PETITION_BUREAU_DIRECTOR, LeaderRank.SECTION, petitionBureau.id, null);
  TOWNSHIP_SPECS.forEach((spec, ti) => {
    const township = townships[ti] as TownshipRow;
    const unit = units.find((u) => u.townshipCode === township.code) as UnitRow;
    const [secretary, head] = townshipHeadTitle(spec);
    addLeader(secretary, LeaderPost.TOWNSHIP_SECRETARY, LeaderRank.SECTION, unit.id, township.code);
    addLeader(head, LeaderPost.TOWNSHIP_HEAD, LeaderRank.SECTION, unit.id, township.code);
  });
  for (const unit of units) {
    if (unit.townshipCode !== null) continue;
    if (unit.id === petitionBureau.id) {
      addLeader('信访局副局长', LeaderPost.UNIT_HEAD, LeaderRank.SECTION, unit.id, null);
      addLeader('信访局副局长', LeaderPost.UNIT_HEAD, LeaderRank.SECTION, unit.id, null);
    } else {
      addLeader(
        `${unit.name}${unit.name.endsWith('局') ? '局长' : '负责人'}`,
        LeaderPost.UNIT_HEAD,
        LeaderRank.SECTION,
        unit.id,
        null,
      );
    }
  }

  return { townships, villages, categories, units, leaders };
}
