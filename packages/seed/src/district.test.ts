import { CategoryCode, LeaderPost, LeaderRank, TownshipKind } from '@lianxin/domain';
import { describe, expect, it } from 'vitest';
import { ARTICLE_VILLAGES } from './article.js';
import { generateDistrict } from './district.js';

const district = generateDistrict();

describe('generateDistrict', () => {
  it('has the 13 real township-level units of Litong with 640302 codes', () => {
    expect(district.townships.map((t) => t.name)).toEqual([
      '金积镇',
      '金银滩镇',
      '高闸镇',
      '扁担沟镇',
      '上桥镇',
      '古城镇',
      '金星镇',
      '胜利镇',
      '东塔寺乡',
      '板桥乡',
      '马莲渠乡',
      '郭家桥乡',
      '宁夏吴忠国家农业科技园区',
    ]);
    const kinds = district.townships.map((t) => t.kind);
    expect(kinds.filter((k) => k === TownshipKind.TOWN)).toHaveLength(8);
    expect(kinds.filter((k) => k === TownshipKind.TOWNSHIP)).toHaveLength(4);
    expect(kinds.filter((k) => k === TownshipKind.SPECIAL)).toHaveLength(1);
    for (const t of district.townships) expect(t.code).toMatch(/^640302\d{3}000$/);
  });

  it('has about 150 villages, 6–16 per township, unique names, article villages real', () => {
    expect(district.villages).toHaveLength(150);
    for (const t of district.townships) {
      const vs = district.villages.filter((v) => v.townshipCode === t.code);
      expect(vs.length).toBeGreaterThanOrEqual(t.name === '马莲渠乡' ? 10 : 6);
      expect(vs.length).toBeLessThanOrEqual(16);
      expect(new Set(vs.map((v) => v.name)).size).toBe(vs.length);
      for (const v of vs) expect(v.code.startsWith(t.code.slice(0, 9))).toBe(true);
    }
    for (const a of ARTICLE_VILLAGES) {
      const t = district.townships.find((x) => x.name === a.township);
      const v = district.villages.find((x) => x.name === a.name);
      expect(v?.townshipCode).toBe(t?.code);
      expect(v?.generated).toBe(false);
    }
    expect(district.villages.filter((v) => !v.generated)).toHaveLength(ARTICLE_VILLAGES.length);
    for (const v of district.villages) {
      expect(v.population).toBeGreaterThanOrEqual(800);
      expect(v.population).toBeLessThanOrEqual(6000);
    }
  });

  it('has one category per CategoryCode and about 60 leaders, 14 of county rank', () => {
    expect(district.categories.map((c) => c.code)).toEqual(Object.values(CategoryCode));
    expect(district.leaders.length).toBeGreaterThanOrEqual(55);
    expect(district.leaders.length).toBeLessThanOrEqual(65);
    expect(district.leaders.filter((l) => l.rank === LeaderRank.COUNTY)).toHaveLength(14);
    expect(district.leaders.filter((l) => l.post === LeaderPost.PARTY_SECRETARY)).toHaveLength(1);
    expect(new Set(district.leaders.map((l) => l.name)).size).toBe(district.leaders.length);
    for (const t of district.townships) {
      const posts = district.leaders.filter((l) => l.townshipCode === t.code).map((l) => l.post);
      expect(posts).toEqual([LeaderPost.TOWNSHIP_SECRETARY, LeaderPost.TOWNSHIP_HEAD]);
    }
    expect(district.units.some((u) => u.name === '信访局')).toBe(true);
    expect(district.units.filter((u) => u.townshipCode !== null)).toHaveLength(13);
  });

  it('ranks the petition bureau director 科级 (section level), in the bureau', () => {
    const directors = district.leaders.filter((l) => l.post === LeaderPost.PETITION_BUREAU_DIRECTOR);
    expect(directors).toHaveLength(1);
    expect(directors[0]).toMatchObject({ title: '信访局局长', rank: LeaderRank.SECTION });
    const bureau = district.units.find((u) => u.name === '信访局');
    expect(directors[0]?.unitId).toBe(bureau?.id);
  });

  it('is deterministic per seed', () => {
    expect(generateDistrict()).toEqual(district);
    expect(generateDistrict(1).villages).not.toEqual(district.villages);
  });
});
