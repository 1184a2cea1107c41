import { describe, expect, it } from 'vitest';
import { addNotice, MAX_NOTICES, noticeLink, noticePlace, type WarningNotice } from './warningNotices';

const notice = (over: Partial<WarningNotice> = {}): WarningNotice => ({
  at: '2026-12-06T10:00:00.000Z',
  level: 'YELLOW',
  scope: 'VILLAGE',
  month: '2026-12',
  provisional: true,
  township: { code: 'T1', name: '金积镇' },
  village: { code: 'V1', name: '何家庄村' },
  category: { code: 'IRRIGATION', nameZh: '灌溉用水', nameEn: 'Irrigation water' },
  ...over,
});

describe('warning notices', () => {
  it('name the place and category in the reader’s language', () => {
    expect(noticePlace(notice(), 'zh-CN')).toBe('金积镇 · 何家庄村 · 灌溉用水');
    expect(noticePlace(notice({ scope: 'TOWNSHIP', village: null }), 'en')).toBe('金积镇 · Irrigation water');
  });

  it('lead to the 预警 page narrowed to the alert', () => {
    expect(noticeLink(notice({ level: 'RED' }))).toEqual({
      name: 'warnings',
      query: {
        level: 'RED',
        scope: 'VILLAGE',
        category: 'IRRIGATION',
        from: '2026-12',
        to: '2026-12',
        township: 'T1',
      },
    });
  });

  it('keep the newest first, replace a raised alert of the same cell and month, and keep a few', () => {
    const yellow = notice();
    const red = notice({ level: 'RED' });
    expect(addNotice([yellow], red)).toEqual([red]);
    const other = notice({ month: '2026-11' });
    expect(addNotice([yellow], other)).toEqual([other, yellow]);
    let list: WarningNotice[] = [];
    for (let i = 1; i <= 5; i++)
      list = addNotice(list, notice({ township: { code: `T${i}`, name: `镇${i}` } }));
    expect(list.map((n) => n.township.code)).toEqual(['T5', 'T4', 'T3'].slice(0, MAX_NOTICES));
  });
});
