import { type BriefingLocale, KPI_KEYS, analysis, percent, pointsBetween, ranked, rate } from './analysis.js';
import { chartPng } from './chart-image.js';
import { type BriefingFonts, SHIPPED_FONTS } from './fonts.js';
import type { BriefingData, NamedCount, Part } from './data.js';
import type { BriefingBlock, BriefingDocument } from './document.js';

const TEXT = {
  'zh-CN': {
    title: (d: BriefingData) => `${d.areaName}信访工作简报（${d.periodLabel}）`,
    asOf: (at: string) => `数据截至 ${at}（北京时间）`,
    overall: '总体情况',
    distribution: '类别、区域与渠道',
    villages: '村居情况',
    warnings: '预警情况',
    leaders: '领导包案',
    overdue: '超期与积案',
    byCategory: '图1 各类别受理量',
    name: '名称',
    count: '件数',
    share: '占比',
    kpi: '指标',
    value: '数值',
    parts: '分子/分母',
    previous: '环比（百分点）',
    lastYear: '同比（百分点）',
    code: '案件编号',
    caseTitle: '事项',
    kpiNames: ['及时受理率', '按期办结率', '群众满意率', '参评率'],
    townships: '乡镇',
    channels: '渠道',
  },
  en: {
    title: (d: BriefingData) => `${d.areaName} petition work briefing (${d.periodLabel})`,
    asOf: (at: string) => `Data as of ${at} (Beijing time)`,
    overall: 'Overview',
    distribution: 'Categories, places and channels',
    villages: 'Villages',
    warnings: 'Early warnings',
    leaders: 'Leaders in charge',
    overdue: 'Overdue and long-standing cases',
    byCategory: 'Figure 1 Petitions by category',
    name: 'Name',
    count: 'Cases',
    share: 'Share',
    kpi: 'KPI',
    value: 'Value',
    parts: 'Numerator/denominator',
    previous: 'vs before (pts)',
    lastYear: 'vs year ago (pts)',
    code: 'Case',
    caseTitle: 'Matter',
    kpiNames: ['Timely acceptance', 'On-time closure', 'Satisfaction', 'Rating participation'],
    townships: 'Township',
    channels: 'Channel',
  },
} as const;

/** A KPI's change in points, signed (+2.0, -1.3); — without a base or a rate. */
function pointsChange(now: Part, base: Part | undefined): string {
  const diff = base ? pointsBetween(now, base) : null;
  if (diff === null) return '—';
  // ASCII signs: the shipped faces (GB 2312) have no U+2212 minus.
  return `${diff > 0 ? '+' : diff < 0 ? '-' : ''}${Math.abs(diff).toFixed(1)}`;
}

/** Beijing time to the second (yyyy-mm-dd hh:mm:ss): the asOf to generate the same numbers again. */
function beijing(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * The briefing from its numbers: the analysis in sentences, the KPI table, the category chart and the
 * tables of places and channels. Case codes and titles appear only when the data carries them (the API
 * gives them to case readers only).
 */
export function composeBriefing(
  d: BriefingData,
  locale: BriefingLocale,
  fonts: BriefingFonts = SHIPPED_FONTS,
): BriefingDocument {
  const w = TEXT[locale];
  const a = analysis(d, locale);
  const paragraphs = (texts: string[]): BriefingBlock[] => texts.map((text) => ({ kind: 'paragraph', text }));
  const shareTable = (head: string, items: readonly NamedCount[], n = 10): BriefingBlock => ({
    kind: 'table',
    header: [head, w.count, w.share],
    rows: ranked(items, n).map((c) => [
      c.name,
      String(c.count),
      percent(c.count, d.received.current)?.toFixed(1).concat('%') ?? '—',
    ]),
  });
  const kpiTable: BriefingBlock = {
    kind: 'table',
    header: [w.kpi, w.value, w.parts, w.previous, w.lastYear],
    rows: KPI_KEYS.map((key, i) => {
      const p = d.kpis.current[key];
      return [
        w.kpiNames[i]!,
        rate(p)?.toFixed(1).concat('%') ?? '—',
        `${p.numerator}/${p.denominator}`,
        pointsChange(p, d.kpis.previous?.[key]),
        pointsChange(p, d.kpis.lastYear?.[key]),
      ];
    }),
  };
  const categories = ranked(d.byCategory, 10);
  const chart: BriefingBlock[] = categories.length
    ? [
        {
          kind: 'chart',
          width: 560,
          height: 280,
          caption: w.byCategory,
          png: chartPng(
            {
              grid: { left: 48, right: 16, top: 24, bottom: 64 },
              xAxis: {
                type: 'category',
                data: categories.map((c) => c.name),
                axisLabel: { interval: 0, rotate: 30 },
              },
              yAxis: { type: 'value', minInterval: 1 },
              series: [
                { type: 'bar', data: categories.map((c) => c.count), label: { show: true, position: 'top' } },
              ],
            },
            { width: 560, height: 280, fonts },
          ),
        },
      ]
    : [];
  const sections = [
    { heading: w.overall, blocks: [...paragraphs(a.overall), kpiTable] },
    {
      heading: w.distribution,
      blocks: [
        ...chart,
        // Not in a township's own briefing: one row of 100 %.
        ...(d.byTownship.length > 1 ? [shareTable(w.townships, d.byTownship, d.byTownship.length)] : []),
        shareTable(w.channels, d.byChannel),
      ],
    },
    { heading: w.villages, blocks: paragraphs(a.villages) },
    { heading: w.warnings, blocks: paragraphs(a.warnings) },
    { heading: w.leaders, blocks: paragraphs(a.leaders) },
    {
      heading: w.overdue,
      blocks: [
        ...paragraphs(a.overdue),
        ...(d.overdue.cases?.length
          ? [
              {
                kind: 'table' as const,
                header: [w.code, w.caseTitle],
                rows: d.overdue.cases.map((c) => [c.code, c.title]),
              },
            ]
          : []),
      ],
    },
  ].filter((s) => s.blocks.length > 0);
  return {
    title: w.title(d),
    issuer: d.issuer,
    date: d.date,
    subtitle: w.asOf(beijing(d.asOf)),
    asOf: d.asOf,
    locale,
    sections,
  };
}
