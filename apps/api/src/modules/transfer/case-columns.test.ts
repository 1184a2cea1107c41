import { describe, expect, it } from 'vitest';
import { CASE_COLUMNS, CASE_HEADERS, type DraftCase } from './case-columns.js';
import { CellError, formatLocalTime, parseLocalTime } from './cell-formats.js';
import { referenceFromDistrict } from './reference.js';
import { CaseEventType as E, STEP_CATALOGUE, TEXT_LIMITS } from '@lianxin/domain';
import { generateDistrict } from '@lianxin/seed';

const ref = referenceFromDistrict(generateDistrict());
const column = (header: string) => CASE_COLUMNS.find((c) => c.header === header)!;

describe('case columns', () => {
  it('reads and writes times as Asia/Shanghai wall time, seconds only when present', () => {
    expect(parseLocalTime('2023-06-05 09:20').toISOString()).toBe('2023-06-05T01:20:00.000Z');
    expect(parseLocalTime('2023/6/5 9:20:30').toISOString()).toBe('2023-06-05T01:20:30.000Z');
    expect(parseLocalTime('2023-06-05').toISOString()).toBe('2023-06-04T16:00:00.000Z');
    expect(formatLocalTime(new Date('2023-06-05T01:20:00Z'))).toBe('2023-06-05 09:20');
    expect(formatLocalTime(new Date('2023-06-05T01:20:30Z'))).toBe('2023-06-05 09:20:30');
    expect(() => parseLocalTime('2023-02-30 10:00')).toThrow(CellError);
    expect(() => parseLocalTime('昨天')).toThrow('not a time "昨天"');
  });

  it('takes enum labels in Chinese, without their parenthesised part, or as stored values', () => {
    const draft: DraftCase = {};
    column('信访渠道').parse('电话(12345)', draft, ref);
    expect(draft.channel).toBe('PHONE');
    column('信访渠道').parse('电话', draft, ref);
    expect(draft.channel).toBe('PHONE');
    column('事项类型').parse('APPEAL', draft, ref);
    expect(draft.matterType).toBe('APPEAL');
    column('纠纷类别').parse('灌溉用水', draft, ref);
    expect(draft.categoryCode).toBe('IRRIGATION');
    expect(() => column('处理结果').parse('同意', draft, ref)).toThrow(
      'unknown outcome "同意": allowed 支持/解释说明/不予支持',
    );
  });

  it('checks the ID number check digit', () => {
    const draft: DraftCase = {};
    column('身份证号').parse('640302197003120033、64030219650821003X', draft, ref);
    expect(draft.petitionerIds).toEqual(['640302197003120033', '64030219650821003X']);
    expect(() => column('身份证号').parse('640302197003120034', draft, ref)).toThrow('check digit');
  });

  it('takes the days and texts the steps take, by the catalogue’s limits (听证天数 sums hearings)', () => {
    const draft: DraftCase = {};
    const days = (header: string, name: string, type: E) => {
      const max = STEP_CATALOGUE[type].fields.find((f) => f.name === name)!.max!;
      column(header).parse(String(max), draft, ref);
      expect(() => column(header).parse(String(max + 1), draft, ref), header).toThrow(CellError);
      return max;
    };
    expect(days('限办天数', 'days', E.DEADLINE_SET)).toBe(60);
    // 听证天数 is the total over several hearings, each of at most the catalogue's 90 days.
    column('听证天数').parse('120', draft, ref);
    expect(draft.pausedDays).toBe(120);
    expect(days('延期天数', 'days', E.EXTENDED)).toBe(30);
    column('延期理由').parse('因'.repeat(TEXT_LIMITS.text), draft, ref);
    expect(() => column('延期理由').parse('因'.repeat(TEXT_LIMITS.text + 1), draft, ref)).toThrow(CellError);
  });

  it('has 33 columns with unique Chinese headers', () => {
    expect(CASE_HEADERS.length).toBe(33);
    expect(new Set(CASE_HEADERS).size).toBe(33);
  });
});
