// The written analysis of a briefing: sentences generated from the numbers only. A sentence is left out
// when its numbers are missing or do not support it (no 同比 without last year's cases, no 主要集中在
// unless one township holds at least a third of the cases), so nothing is said the data does not show.
import { kpiValue, rateDeltaPoints } from '@lianxin/domain';
import type { BriefingData, KpiSet, NamedCount, Part } from './data.js';

export type BriefingLocale = 'zh-CN' | 'en';

/** Share of a count in a total, in per cent with one decimal; null without a total. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}

/** A KPI's rate in per cent with one decimal; null without a denominator. */
export function rate(p: Part): number | null {
  return percent(p.numerator, p.denominator);
}

/** Relative change of a count in per cent, one decimal; null when the base is 0 or unknown. */
export function change(current: number, base: number | null): number | null {
  return base !== null && base > 0 ? Math.round(((current - base) / base) * 1000) / 10 : null;
}

const one = (n: number) => n.toFixed(1);
/** The KPIs a briefing states, in its order. */
export const KPI_KEYS = ['timelyAcceptance', 'onTimeClosure', 'satisfaction', 'ratingParticipation'] as const;
type KpiKey = (typeof KPI_KEYS)[number];

/** A KPI's change in points against a base: the dashboard's and the wall's rule, from the unrounded rates. */
export function pointsBetween(now: Part, base: Part): number | null {
  return rateDeltaPoints(
    kpiValue(now.numerator, now.denominator).rate,
    kpiValue(base.numerator, base.denominator).rate,
  );
}

const WORDS = {
  'zh-CN': {
    kpi: {
      timelyAcceptance: '及时受理率',
      onTimeClosure: '按期办结率',
      satisfaction: '群众满意率',
      ratingParticipation: '参评率',
    },
    up: '上升',
    down: '下降',
  },
  en: {
    kpi: {
      timelyAcceptance: 'timely acceptance',
      onTimeClosure: 'on-time closure',
      satisfaction: 'satisfaction',
      ratingParticipation: 'rating participation',
    },
    up: 'up',
    down: 'down',
  },
} as const;

/** A township holding at least this share of the cases is where they "mainly" are. */
const CONCENTRATION = 100 / 3;

function joined(items: string[], locale: BriefingLocale): string {
  if (locale === 'zh-CN') return items.join('、');
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function volume(d: BriefingData, locale: BriefingLocale): string {
  const { current, lastYear, previous } = d.received;
  const zh = locale === 'zh-CN';
  const parts: string[] = [
    zh
      ? `${d.periodLabel}，${d.areaName}共受理信访事项${current}件`
      : `In ${d.periodLabel}, ${d.areaName} received ${current} petitions`,
  ];
  const yoy = change(current, lastYear);
  if (yoy !== null)
    parts.push(
      yoy === 0
        ? zh
          ? '与去年同期持平'
          : 'the same as a year earlier'
        : zh
          ? `同比${yoy > 0 ? '上升' : '下降'}${one(Math.abs(yoy))}%（去年同期${lastYear}件）`
          : `${yoy > 0 ? 'up' : 'down'} ${one(Math.abs(yoy))}% on a year earlier (${lastYear})`,
    );
  const mom = change(current, previous);
  if (mom !== null && mom !== 0)
    parts.push(
      zh
        ? `环比${mom > 0 ? '上升' : '下降'}${one(Math.abs(mom))}%`
        : `${mom > 0 ? 'up' : 'down'} ${one(Math.abs(mom))}% on the period before`,
    );
  let text = parts.join(zh ? '，' : ', ');
  const top = d.byCategory[0];
  const share = top ? percent(top.count, current) : null;
  if (top && top.count > 0 && share !== null)
    text += zh
      ? `。其中${top.name}类${top.count}件，占${one(share)}%`
      : `. The largest category was ${top.name}: ${top.count}, ${one(share)}% of all`;
  const [first, second] = d.byTownship;
  const townShare = first ? percent(first.count, current) : null;
  if (first && first.count > 0 && townShare !== null && second) {
    text +=
      townShare >= CONCENTRATION
        ? zh
          ? `，主要集中在${first.name}（${first.count}件，占${one(townShare)}%）`
          : `; cases were concentrated in ${first.name} (${first.count}, ${one(townShare)}%)`
        : zh
          ? `，受理量最多的是${first.name}（${first.count}件）`
          : `; ${first.name} received the most (${first.count})`;
  }
  return `${text}${zh ? '。' : '.'}`;
}

function kpiSentence(k: KpiSet, locale: BriefingLocale): string | null {
  const zh = locale === 'zh-CN';
  const items = KPI_KEYS.flatMap((key) => {
    const r = rate(k[key]);
    if (r === null) return [];
    const { numerator, denominator } = k[key];
    return [
      zh
        ? `${WORDS[locale].kpi[key]}${one(r)}%（${numerator}/${denominator}）`
        : `${WORDS[locale].kpi[key]} ${one(r)}% (${numerator}/${denominator})`,
    ];
  });
  if (!items.length) return null;
  return zh ? `${items.join('，')}。` : `KPIs: ${joined(items, locale)}.`;
}

function kpiChanges(current: KpiSet, base: KpiSet | null, locale: BriefingLocale): string | null {
  if (!base) return null;
  const zh = locale === 'zh-CN';
  const items = KPI_KEYS.flatMap((key: KpiKey) => {
    const diff = pointsBetween(current[key], base[key]);
    if (diff === null || diff === 0) return [];
    const dir = diff > 0 ? WORDS[locale].up : WORDS[locale].down;
    return [
      zh
        ? `${WORDS[locale].kpi[key]}${dir}${one(Math.abs(diff))}个百分点`
        : `${WORDS[locale].kpi[key]} ${dir} ${one(Math.abs(diff))} points`,
    ];
  });
  if (!items.length) return null;
  return zh ? `与去年同期相比，${items.join('，')}。` : `Against a year earlier: ${joined(items, locale)}.`;
}

function villages(d: BriefingData, locale: BriefingLocale): string | null {
  const zh = locale === 'zh-CN';
  const top = d.topVillages.filter((v) => v.count > 0).slice(0, 3);
  if (!top.length) return null;
  let text = zh
    ? `受理量最多的村居为${joined(
        top.map((v) => `${v.name}（${v.count}件）`),
        locale,
      )}`
    : `The villages with the most petitions were ${joined(
        top.map((v) => `${v.name} (${v.count})`),
        locale,
      )}`;
  const rises = d.villageRises.filter((v) => v.count > v.lastYear).slice(0, 3);
  if (rises.length)
    text += zh
      ? `；较去年同期增加最多的是${joined(
          rises.map((v) => `${v.name}（${v.count}件，去年同期${v.lastYear}件）`),
          locale,
        )}`
      : `; the sharpest rises on a year earlier were in ${joined(
          rises.map((v) => `${v.name} (${v.count}, from ${v.lastYear})`),
          locale,
        )}`;
  return `${text}${zh ? '。' : '.'}`;
}

function warnings(d: BriefingData, locale: BriefingLocale): string | null {
  if (!d.warnings) return null;
  const zh = locale === 'zh-CN';
  const { red, yellow, places } = d.warnings;
  if (red + yellow === 0)
    return zh ? '本期未产生矛盾纠纷预警。' : 'No early warning was raised in the period.';
  const where = places.slice(0, 3).map((p) => (zh ? `${p.name}（${p.count}条）` : `${p.name} (${p.count})`));
  return zh
    ? `本期产生矛盾纠纷预警${red + yellow}条，其中红色${red}条、黄色${yellow}条${where.length ? `，主要涉及${joined(where, locale)}` : ''}。`
    : `${red + yellow} early warnings were raised (${red} red, ${yellow} yellow)${where.length ? `, mainly in ${joined(where, locale)}` : ''}.`;
}

function leaders(d: BriefingData, locale: BriefingLocale): string {
  const zh = locale === 'zh-CN';
  const { cases, visits, instructions, resolved } = d.leaders;
  const kinds = visits
    .filter((v) => v.count > 0)
    .map((v) => (zh ? `${v.name}${v.count}次` : `${v.name} ${v.count}`));
  return zh
    ? `领导干部包案${cases}件${kinds.length ? `，开展${kinds.join('、')}` : ''}，作出批示${instructions}件，化解${resolved}件。`
    : `Leaders took charge of ${cases} cases${kinds.length ? `, made visits (${kinds.join(', ')})` : ''}, wrote ${instructions} instructions and resolved ${resolved} cases.`;
}

function overdue(d: BriefingData, locale: BriefingLocale): string {
  const zh = locale === 'zh-CN';
  const { at, count, longStanding } = d.overdue;
  return zh
    ? `截至${at}，超期未办结${count}件，其中受理已超过90天的${longStanding}件。`
    : `On ${at}, ${count} cases were past their deadline, ${longStanding} of them received more than 90 days earlier.`;
}

/** The analysis, section by section (a section with nothing to say is an empty list). */
export function analysis(d: BriefingData, locale: BriefingLocale) {
  const present = (...s: (string | null)[]) => s.filter((x): x is string => x !== null);
  return {
    overall: present(
      volume(d, locale),
      kpiSentence(d.kpis.current, locale),
      kpiChanges(d.kpis.current, d.kpis.lastYear, locale),
    ),
    villages: present(villages(d, locale)),
    warnings: present(warnings(d, locale)),
    leaders: [leaders(d, locale)],
    overdue: [overdue(d, locale)],
  };
}

/** Counts by name, largest first, for a table or a chart. */
export function ranked(items: readonly NamedCount[], n: number): NamedCount[] {
  return [...items].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, n);
}
