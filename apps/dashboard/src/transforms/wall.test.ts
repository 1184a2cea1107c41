import { describe, expect, it } from 'vitest';
import {
  affectedByEvent,
  backoffMs,
  leaderBoard,
  shanghaiTime,
  tickerItems,
  totalOf,
  villageTiles,
  wallKpis,
  wallMapCells,
} from './wall';

const kpi = (numerator: number, denominator: number) => ({
  numerator,
  denominator,
  rate: denominator ? numerator / denominator : null,
});

describe('wallKpis', () => {
  it('gives each headline KPI its change in points and the direction of the arrow', () => {
    const current = { timelyAcceptance: kpi(95, 100), onTimeClosure: kpi(80, 100), satisfaction: kpi(0, 0) };
    const previous = {
      timelyAcceptance: kpi(90, 100),
      onTimeClosure: kpi(85, 100),
      satisfaction: kpi(9, 10),
    };
    expect(wallKpis(current, previous).map((k) => [k.field, k.deltaPoints, k.trend])).toEqual([
      ['timelyAcceptance', 5, 'up'],
      ['onTimeClosure', -5, 'down'],
      ['satisfaction', null, 'none'],
    ]);
  });
  it('shows 参评率 beside 满意率 only', () => {
    const current = {
      timelyAcceptance: kpi(95, 100),
      onTimeClosure: kpi(80, 100),
      satisfaction: kpi(9, 10),
      ratingParticipation: kpi(10, 40),
    };
    expect(wallKpis(current, null).map((k) => k.companion)).toEqual([
      null,
      null,
      { field: 'ratingParticipation', rate: 0.25 },
    ]);
  });
});

describe('shanghaiTime', () => {
  it('prints the time in Asia/Shanghai whatever the screen zone', () => {
    expect(shanghaiTime(new Date('2026-11-27T01:02:03Z'))).toBe('09:02:03');
    expect(shanghaiTime(Date.parse('2026-11-27T16:30:00Z'), false)).toBe('00:30');
  });
});

describe('tickerItems', () => {
  const entry = (at: string, township: string, village: string, category: string) => ({
    receivedAt: at,
    category: { code: category },
    township: { code: township },
    village: { code: `${township}-${village}`, name: village },
  });
  const entries = [
    entry('2026-11-27T01:00:00Z', 'T1', '红星村', 'IRRIGATION'),
    entry('2026-11-26T02:30:00Z', 'T2', '东塔村', 'LAND'),
  ];
  it('shows the time today and the day before today, nothing but category and village', () => {
    const items = tickerItems(entries, null, new Date('2026-11-27T03:00:00Z'));
    expect(items.map(({ categoryCode, village, time }) => ({ categoryCode, village, time }))).toEqual([
      { categoryCode: 'IRRIGATION', village: '红星村', time: '09:00' },
      { categoryCode: 'LAND', village: '东塔村', time: '11-26 10:30' },
    ]);
  });
  it('keeps only the wall township', () => {
    expect(tickerItems(entries, 'T2', new Date('2026-11-27T03:00:00Z')).map((i) => i.village)).toEqual([
      '东塔村',
    ]);
  });
  it('passes a withheld village on as null with its township, for the view to name the township', () => {
    const withheld = { ...entry('2026-11-27T02:00:00Z', 'T3', 'x', 'LAND'), village: null };
    const [item] = tickerItems([withheld], null, new Date('2026-11-27T03:00:00Z'));
    expect(item).toMatchObject({ village: null, townshipCode: 'T3', categoryCode: 'LAND', time: '10:00' });
  });
});

describe('totalOf', () => {
  it('adds the buckets, and is unknown when one is suppressed or nothing came', () => {
    expect(totalOf([{ count: 4, suppressed: false }])).toBe(4);
    expect(totalOf([])).toBe(0);
    expect(totalOf([{ count: null, suppressed: true }])).toBeNull();
    expect(totalOf(undefined)).toBeNull();
  });
});

describe('leaderBoard', () => {
  const row = (id: number, name: string, owned: number, open: number, overdue: number) => ({
    leader: { id: String(id), name, title: '副区长' },
    owned,
    open,
    closed: owned - open,
    overdue,
    closedOnTime: { rate: 0.5 },
  });
  it('puts the most overdue first, then the most open, and leaves out leaders without cases', () => {
    const rows = [row(1, '甲', 5, 2, 0), row(2, '乙', 3, 3, 1), row(3, '丙', 0, 0, 0), row(4, '丁', 9, 4, 0)];
    expect(leaderBoard(rows, 10).map((r) => r.name)).toEqual(['乙', '丁', '甲']);
    expect(leaderBoard(rows, 2).map((r) => r.id)).toEqual(['2', '4']);
  });
});

/** Two townships as WallReference lists them: three villages and one. */
const townships = [
  {
    code: 'T1',
    name: '金积镇',
    villages: [
      { code: 'V1', name: '一村' },
      { code: 'V2', name: '二村' },
      { code: 'V3', name: '三村' },
    ],
  },
  { code: 'T2', name: '古城镇', villages: [{ code: 'V4', name: '四村' }] },
];

describe('villageTiles', () => {
  // As caseStats(groupBy: [VILLAGE]) answers: no township code in the buckets.
  const buckets = [
    { villageCode: 'V1', count: 5, suppressed: false },
    { villageCode: 'V2', count: null, suppressed: true },
    { villageCode: 'V3', count: 10, suppressed: false },
    { villageCode: 'V4', count: 0, suppressed: false },
  ];
  it('ranks villages by cases with suppressed ones ("<3") last and their colour off the scale', () => {
    const { tiles, hidden } = villageTiles(buckets, townships, null, 10);
    expect(tiles.map((t) => [t.name, t.township, t.count, t.suppressed, t.intensity])).toEqual([
      ['三村', '金积镇', 10, false, 1],
      ['一村', '金积镇', 5, false, 0.5],
      ['二村', '金积镇', null, true, 0],
    ]);
    expect(hidden).toBe(0);
  });
  it('counts the villages left out for lack of room, and narrows to a township', () => {
    expect(villageTiles(buckets, townships, null, 1).hidden).toBe(2);
    expect(villageTiles(buckets, townships, 'T2', 10).tiles).toEqual([]);
    expect(villageTiles(buckets, townships, 'T1', 10).tiles.map((t) => t.code)).toEqual(['V3', 'V1', 'V2']);
  });
});

describe('wallMapCells', () => {
  const buckets = [
    { villageCode: 'V3', count: 10, suppressed: false },
    { villageCode: 'V2', count: null, suppressed: true },
  ];
  it('draws every village with its count, withheld ones withheld, ones the answer leaves out at 0', () => {
    const { cells, outlines } = wallMapCells(buckets, townships, null);
    expect(cells.map((c) => [c.code, c.name, c.value, c.suppressed])).toEqual([
      ['V1', '一村', 0, false],
      ['V2', '二村', null, true],
      ['V3', '三村', 10, false],
      ['V4', '四村', 0, false],
    ]);
    expect(outlines).toEqual([
      { code: 'T1', name: '金积镇' },
      { code: 'T2', name: '古城镇' },
    ]);
  });
  it("narrows to the link's township", () => {
    const { cells, outlines } = wallMapCells(buckets, townships, 'T2');
    expect(cells.map((c) => c.code)).toEqual(['V4']);
    expect(outlines).toEqual([{ code: 'T2', name: '古城镇' }]);
  });
});

describe('live updates', () => {
  it('refresh the ticker only when a case was registered', () => {
    expect(affectedByEvent('REGISTERED')).toEqual(['aggregates', 'ticker']);
    expect(affectedByEvent('ACCEPTED')).toEqual(['aggregates']);
  });
  it('reconnect after 0.5 s doubling up to 10 s', () => {
    expect([0, 1, 2, 3, 4, 5, 10].map((n) => backoffMs(n, 1))).toEqual([
      500, 1000, 2000, 4000, 8000, 10000, 10000,
    ]);
    expect(backoffMs(20, 0)).toBe(8000);
  });
});
