// The KPI dictionary (KPI_DEFINITIONS) is complete and says what it claims: every KPI has every field in
// both languages, the article it cites appears in its text, and its companion is a real, different KPI.
import { describe, expect, it } from 'vitest';
import type { Label } from './enums.js';
import { CaseStatus as S, Satisfaction } from './enums.js';
import {
  computeKpis,
  KPI_ANCHOR_LABELS,
  KPI_DEFINITIONS,
  type KpiAnchor,
  type KpiCaseFacts,
  KpiCode,
} from './kpi.js';

const CODES = Object.values(KpiCode);
const LABEL_FIELDS = ['name', 'formula', 'numerator', 'denominator', 'excluded', 'regulation'] as const;
const ANCHORS: KpiAnchor[] = ['RECEIVED', 'DUE', 'RATED', 'CLOSED', 'REVIEW_ANSWERED'];
const CHINESE = /[\u3400-\u9fff]/;
/** Chinese characters and full-width punctuation: none may slip into an English text. */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** Chinese numerals for the articles the dictionary cites (第二十三条 …). */
function chineseArticle(n: number): string {
  const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensText = tens === 0 ? '' : tens === 1 ? '十' : `${digits[tens]}十`;
  return `第${tensText}${digits[ones]}条`;
}

function checkLabel(label: Label, where: string): void {
  expect(label.zh.trim(), `${where}.zh`).not.toBe('');
  expect(label.en.trim(), `${where}.en`).not.toBe('');
  expect(label.zh, `${where}.zh is Chinese`).toMatch(CHINESE);
  expect(label.en, `${where}.en has no Chinese`).not.toMatch(CJK);
}

describe('KPI_DEFINITIONS, the KPI dictionary', () => {
  it('has one entry per KPI code, keyed by its own code', () => {
    expect(Object.keys(KPI_DEFINITIONS).sort()).toEqual([...CODES].sort());
    for (const code of CODES) expect(KPI_DEFINITIONS[code].code).toBe(code);
  });

  it('gives every KPI every field, in Chinese and in English', () => {
    for (const code of CODES) {
      const d = KPI_DEFINITIONS[code];
      for (const field of LABEL_FIELDS) checkLabel(d[field], `${code}.${field}`);
      expect(ANCHORS, `${code}.anchor`).toContain(d.anchor);
      expect(typeof d.higherIsBetter, `${code}.higherIsBetter`).toBe('boolean');
      expect(Array.isArray(d.articles), `${code}.articles`).toBe(true);
    }
  });

  it('labels every anchor date in both languages', () => {
    expect(Object.keys(KPI_ANCHOR_LABELS).sort()).toEqual([...ANCHORS].sort());
    for (const anchor of ANCHORS) checkLabel(KPI_ANCHOR_LABELS[anchor]!, `anchor ${anchor}`);
  });

  it('gives every KPI a distinct name in each language', () => {
    const zh = CODES.map((c) => KPI_DEFINITIONS[c].name.zh);
    const en = CODES.map((c) => KPI_DEFINITIONS[c].name.en);
    expect(new Set(zh).size).toBe(CODES.length);
    expect(new Set(en).size).toBe(CODES.length);
  });

  it('cites in words each article it lists, and says plainly when no article sets the rate', () => {
    for (const code of CODES) {
      const d = KPI_DEFINITIONS[code];
      for (const article of d.articles) {
        expect(d.regulation.en, `${code} cites Art. ${article}`).toContain(`Art. ${article}`);
        expect(d.regulation.zh, `${code} cites ${chineseArticle(article)}`).toContain(
          chineseArticle(article),
        );
      }
      if (d.articles.length === 0) {
        expect(d.regulation.en, code).toMatch(/management measure/);
        expect(d.regulation.zh, code).toContain('管理性指标');
      }
    }
  });

  it('rests the statutory KPIs on their articles: acceptance 23, handling 34, review 35', () => {
    expect(KPI_DEFINITIONS[KpiCode.TIMELY_ACCEPTANCE].articles).toEqual([23]);
    expect(KPI_DEFINITIONS[KpiCode.ON_TIME_CLOSURE].articles).toEqual([34]);
    expect(KPI_DEFINITIONS[KpiCode.REVIEW_CHANGE_RATE].articles).toEqual([35]);
  });

  it('anchors each KPI on the date its formula reads', () => {
    const anchors = Object.fromEntries(CODES.map((c) => [c, KPI_DEFINITIONS[c].anchor]));
    expect(anchors).toEqual({
      [KpiCode.TIMELY_ACCEPTANCE]: 'RECEIVED',
      [KpiCode.ON_TIME_CLOSURE]: 'DUE',
      [KpiCode.SATISFACTION]: 'RATED',
      [KpiCode.RATING_PARTICIPATION]: 'CLOSED',
      [KpiCode.LEADER_RESOLUTION]: 'RECEIVED',
      [KpiCode.REPEAT_RATE]: 'RECEIVED',
      [KpiCode.REOPEN_RATE]: 'CLOSED',
      [KpiCode.REVIEW_CHANGE_RATE]: 'REVIEW_ANSWERED',
    });
  });

  it('shows 参评率 beside 满意率, and a companion is always another real KPI', () => {
    expect(KPI_DEFINITIONS[KpiCode.SATISFACTION].companion).toBe(KpiCode.RATING_PARTICIPATION);
    for (const code of CODES) {
      const companion = KPI_DEFINITIONS[code].companion;
      if (companion === null) continue;
      expect(CODES).toContain(companion);
      expect(companion).not.toBe(code);
    }
  });

  it('marks the rates where lower is better', () => {
    const lowerIsBetter = CODES.filter((c) => !KPI_DEFINITIONS[c].higherIsBetter).sort();
    expect(lowerIsBetter).toEqual(
      [KpiCode.REPEAT_RATE, KpiCode.REOPEN_RATE, KpiCode.REVIEW_CHANGE_RATE].sort(),
    );
  });

  it('says what it counts: an unrated closed leader case is in the denominator and not resolved', () => {
    // The words and the formula agree on the change of issue 12 (silence is not consent).
    const d = KPI_DEFINITIONS[KpiCode.LEADER_RESOLUTION];
    expect(d.numerator.en).toMatch(/nobody rated is not resolved/);
    const t = (local: string) => new Date(`${local}+08:00`);
    const closed: KpiCaseFacts = {
      receivedAt: t('2023-06-01T10:00:00'),
      acceptedAt: t('2023-06-02T10:00:00'),
      repliedAt: t('2023-06-20T10:00:00'),
      closedAt: t('2023-06-25T10:00:00'),
      status: S.CLOSED,
      leaderId: 7,
    };
    const rated: KpiCaseFacts = {
      ...closed,
      satisfaction: Satisfaction.SATISFIED,
      ratedAt: t('2023-06-26T10:00:00'),
    };
    const value = computeKpis(
      [closed, rated],
      { from: '2023-06-01', to: '2023-06-30' },
      t('2023-07-31T00:00:00'),
    )[KpiCode.LEADER_RESOLUTION];
    expect(value).toEqual({ numerator: 1, denominator: 2, rate: 0.5 });
  });
});

describe('KPI_DEFINITIONS', () => {
  it('defines every KPI with zh/en names and formulas', () => {
    for (const code of Object.values(KpiCode)) {
      const d = KPI_DEFINITIONS[code];
      expect(d.code).toBe(code);
      expect(d.name.zh.length * d.name.en.length * d.formula.zh.length * d.formula.en.length).toBeGreaterThan(
        0,
      );
    }
  });
  it('uses the official Chinese names', () => {
    expect(Object.values(KPI_DEFINITIONS).map((d) => d.name.zh)).toEqual([
      '及时受理率',
      '按期办结率',
      '群众满意率',
      '参评率',
      '包案化解率',
      '重复访率',
      '重开率',
      '复查改变率',
    ]);
  });
});
