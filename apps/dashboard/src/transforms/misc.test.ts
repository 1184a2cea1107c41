import { CASE_STATUS_LABELS } from '@lianxin/domain';
import { describe, expect, it } from 'vitest';
import { eventDetails } from './caseDetail';
import { parseSort } from './cases';
import { categoryName, enumLabel } from './labels';

describe('labels', () => {
  it('takes enum labels from the domain in both languages', () => {
    expect(enumLabel(CASE_STATUS_LABELS, 'IN_PROGRESS', 'zh-CN')).toBe('办理中');
    expect(enumLabel(CASE_STATUS_LABELS, 'IN_PROGRESS', 'en')).toBe('In progress');
  });
  it('shows a value the domain does not know as itself', () => {
    expect(enumLabel(CASE_STATUS_LABELS, 'ARCHIVED', 'zh-CN')).toBe('ARCHIVED');
    expect(enumLabel(CASE_STATUS_LABELS, null, 'zh-CN')).toBe('');
  });
  it('names categories from the API list', () => {
    const cats = [{ code: 'TREE_SHADING', nameZh: '树木遮阴', nameEn: 'Tree shading' }];
    expect(categoryName(cats, 'TREE_SHADING', 'zh-CN')).toBe('树木遮阴');
    expect(categoryName(cats, 'TREE_SHADING', 'en')).toBe('Tree shading');
    expect(categoryName(cats, 'NEW_ONE', 'en')).toBe('NEW_ONE');
  });
});

describe('eventDetails', () => {
  const words = {
    key: (name: string) => ({ outcome: '处理结果', changed: '改变原处理意见', days: '天数' })[name] ?? null,
    yesNo: (v: boolean) => (v ? '是' : '否'),
    days: (n: number) => `${n} 天`,
  };
  it('lists the event’s own words first, then every other part named and in words, never a code', () => {
    expect(
      eventDetails(
        {
          decisions: ['按时放水', '修渠'],
          parties: ['水务局', '村委会'],
          reason: '延期',
          outcome: 'EXPLAINED',
          changed: false,
          days: 30,
          stage: 'REVIEW',
          repeatOfId: 20461,
          extra: 3,
        },
        words,
        'zh-CN',
      ),
    ).toEqual([
      '延期',
      '水务局、村委会',
      '按时放水、修渠',
      '处理结果: 解释说明',
      '改变原处理意见: 否',
      '天数: 30 天',
      'stage: 复查',
      'extra: 3',
    ]);
    expect(eventDetails({ outcome: 'EXPLAINED' }, words, 'en')).toEqual(['处理结果: Explained']);
    expect(eventDetails(null, words, 'zh-CN')).toEqual([]);
  });
});

describe('parseSort', () => {
  it('reads a known order and defaults to newest received first', () => {
    expect(parseSort({ sort: 'CODE', dir: 'ASC' })).toEqual({ field: 'CODE', direction: 'ASC' });
    expect(parseSort({})).toEqual({ field: 'RECEIVED_AT', direction: 'DESC' });
    expect(parseSort({ sort: 'DROP', dir: 'x' })).toEqual({ field: 'RECEIVED_AT', direction: 'DESC' });
  });
});
