import type { BriefingData, KpiSet, Part } from '../data.js';

// A month of Litong District as the API would give it (made-up numbers, real place names).
export const part = (numerator: number, denominator: number): Part => ({ numerator, denominator });
export const kpis = (a: Part, b: Part, c: Part, d: Part): KpiSet => ({
  timelyAcceptance: a,
  onTimeClosure: b,
  satisfaction: c,
  ratingParticipation: d,
});

export const NOVEMBER: BriefingData = {
  periodLabel: '2023年11月',
  areaName: '利通区',
  issuer: '利通区信访局',
  date: '2023年12月1日',
  asOf: new Date('2023-11-30T16:00:00Z'),
  received: { current: 312, previous: 300, lastYear: 340 },
  kpis: {
    current: kpis(part(300, 312), part(270, 280), part(195, 205), part(205, 250)),
    previous: null,
    lastYear: kpis(part(320, 340), part(250, 280), part(190, 200), part(200, 240)),
  },
  byCategory: [
    { name: '灌溉淌水', count: 74 },
    { name: '树木遮阴', count: 41 },
  ],
  byTownship: [
    { name: '扁担沟镇', count: 120 },
    { name: '金积镇', count: 60 },
  ],
  byChannel: [{ name: '来访', count: 200 }],
  topVillages: [
    { name: '五里坡村', count: 30 },
    { name: '关马湖村', count: 22 },
  ],
  villageRises: [{ name: '五里坡村', count: 30, lastYear: 12 }],
  warnings: { red: 2, yellow: 5, places: [{ name: '扁担沟镇', count: 4 }] },
  leaders: {
    cases: 27,
    visits: [
      { name: '接访', count: 12 },
      { name: '下访', count: 9 },
      { name: '约访', count: 0 },
    ],
    instructions: 6,
    resolved: 20,
  },
  overdue: { at: '2023年11月30日', count: 3, longStanding: 1, cases: null },
};
