// GET /briefing: every number of a generated briefing (PDF read back with pdftotext, DOCX parsed) equals
// the API's answer for the same period, asked the way the dashboard asks; Chinese is real text drawn with
// glyphs; a township's briefing holds no other township; roles, bad input and the access log.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  CHANNEL_LABELS,
  kpiValue,
  rateDeltaPoints,
  Role,
  VISIT_KIND_LABELS,
  type Channel,
} from '@lianxin/domain';
import { SHIPPED_FONTS } from '@lianxin/briefing';
import { missingGlyphs, paragraphs } from '@lianxin/briefing/testing';
import { describeEachDatabase } from '../../test/databases.js';
import { startTestApi, type TestApi } from '../../test/api.js';

const AS_OF = '2024-06-30T23:59:59.999+08:00';
const PERIOD = { from: '2023-11-01', to: '2023-11-30', asOf: AS_OF };
const PREVIOUS = { from: '2023-10-01', to: '2023-10-31', asOf: AS_OF };
const LAST_YEAR = { from: '2022-11-01', to: '2022-11-30', asOf: AS_OF };
/** Overdue at the end of the period (it ended before asOf). */
const PERIOD_END = '2023-11-30T23:59:59.999+08:00';
const JINJI = '640302100000';

const KPI_KEYS = ['timelyAcceptance', 'onTimeClosure', 'satisfaction', 'ratingParticipation'] as const;
const KPI_NAMES = ['及时受理率', '按期办结率', '群众满意率', '参评率'];
type Parts = Record<(typeof KPI_KEYS)[number], { numerator: number; denominator: number }>;

const KPI = `timelyAcceptance { numerator denominator } onTimeClosure { numerator denominator }
  satisfaction { numerator denominator } ratingParticipation { numerator denominator }`;

/** The numbers the briefing states, asked as separate dashboard-like queries. */
const EXPECTED = `query Expected($filter: CaseFilter!, $previous: CaseFilter!, $lastYear: CaseFilter!,
    $overdue: CaseFilter!, $longStanding: CaseFilter!) {
  current: kpis(filter: $filter) { ${KPI} leaderResolution { numerator denominator } }
  previous: kpis(filter: $previous) { ${KPI} }
  lastYear: kpis(filter: $lastYear) { ${KPI} }
  total: caseStats(filter: $filter, groupBy: []) { count }
  previousTotal: caseStats(filter: $previous, groupBy: []) { count }
  lastYearTotal: caseStats(filter: $lastYear, groupBy: []) { count }
  byTownship: caseStats(filter: $filter, groupBy: [TOWNSHIP]) { count township { name } }
  byChannel: caseStats(filter: $filter, groupBy: [CHANNEL]) { count channel }
  byCategory: caseStats(filter: $filter, groupBy: [CATEGORY]) { count category { nameZh } }
  leaderWorkloads(filter: $filter) { instructions visits { kind count } }
  overdueNow: caseStats(filter: $overdue, groupBy: []) { count }
  longStanding: caseStats(filter: $longStanding, groupBy: []) { count }
  cases(filter: $overdue, first: 20, orderBy: { field: CURRENT_DUE_AT, direction: ASC }) {
    edges { node { code township { code } } }
  }
  townships { code name villages { name } }
}`;

interface Expected {
  current: Parts & { leaderResolution: { numerator: number; denominator: number } };
  previous: Parts;
  lastYear: Parts;
  total: { count: number }[];
  previousTotal: { count: number }[];
  lastYearTotal: { count: number }[];
  byTownship: { count: number; township: { name: string } }[];
  byChannel: { count: number; channel: Channel }[];
  byCategory: { count: number; category: { nameZh: string } }[];
  leaderWorkloads: {
    instructions: number;
    visits: { kind: keyof typeof VISIT_KIND_LABELS; count: number }[];
  }[];
  overdueNow: { count: number }[];
  longStanding: { count: number }[];
  cases: { edges: { node: { code: string; township: { code: string } } }[] };
  townships: { code: string; name: string; villages: { name: string }[] }[];
}

const one = (n: number) => n.toFixed(1);
const share = (part: number, whole: number) => one(Math.round((part / whole) * 1000) / 10);
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** The dashboard's rule for a KPI's change in points, as the briefing prints it (+2.0, -1.3). */
function points(
  now: { numerator: number; denominator: number },
  base: { numerator: number; denominator: number },
) {
  const diff = rateDeltaPoints(
    kpiValue(now.numerator, now.denominator).rate,
    kpiValue(base.numerator, base.denominator).rate,
  );
  return diff === null ? '—' : `${diff > 0 ? '+' : diff < 0 ? '-' : ''}${one(Math.abs(diff))}`;
}

describeEachDatabase('briefings', (dialect) => {
  let api: TestApi;
  let dir: string;
  const get = (query: string, headers: Record<string, string> = api.authHeaders) =>
    fetch(`${api.url}/briefing?${query}`, { headers });
  async function pdfText(response: Response, layout = true): Promise<{ text: string; file: string }> {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const file = path.join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
    fs.writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    const args = ['-enc', 'UTF-8', ...(layout ? ['-layout'] : []), file, '-'];
    return { text: execFileSync('pdftotext', args).toString(), file };
  }
  async function expected(filter: Record<string, unknown> = {}, headers = api.authHeaders) {
    const response = await api.graphqlAs<Expected>(headers, EXPECTED, {
      filter: { ...PERIOD, ...filter },
      previous: { ...PREVIOUS, ...filter },
      lastYear: { ...LAST_YEAR, ...filter },
      overdue: { asOf: PERIOD_END, overdue: true, ...filter },
      longStanding: { asOf: PERIOD_END, overdue: true, to: '2023-08-31', ...filter },
    });
    expect(response.errors).toBeUndefined();
    return response.data!;
  }

  beforeAll(async () => {
    // Early warnings computed at the seed: the briefing reports the period's.
    api = await startTestApi(dialect, { until: '2024-06-30' }, { earlyWarningDebounceMs: 0 });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-'));
  });
  afterAll(async () => {
    await api?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('states in the PDF exactly the numbers the API answers for the period, and no other', async () => {
    const e = await expected();
    const { text } = await pdfText(await get(`period=2023-11&format=pdf&asOf=${encodeURIComponent(AS_OF)}`));
    const flat = squeeze(text);
    const total = e.total[0]!.count;
    expect(total).toBeGreaterThan(0);
    expect(flat).toContain(`2023年11月，利通区共受理信访事项${total}件`);
    const lastYear = e.lastYearTotal[0]!.count;
    const yoy = Math.round(((total - lastYear) / lastYear) * 1000) / 10;
    expect(flat).toContain(
      yoy === 0
        ? '与去年同期持平'
        : `同比${yoy > 0 ? '上升' : '下降'}${one(Math.abs(yoy))}%（去年同期${lastYear}件）`,
    );
    // The KPI table: rate, numerator/denominator, change against the month before and a year before.
    const lines = text.split('\n').map((l) => l.trim().split(/\s+/));
    KPI_KEYS.forEach((key, i) => {
      const p = e.current[key];
      const row = lines.find((cells) => cells[0] === KPI_NAMES[i] && cells.length === 5);
      expect(row, KPI_NAMES[i]).toEqual([
        KPI_NAMES[i],
        `${one(Math.round((p.numerator / p.denominator) * 1000) / 10)}%`,
        `${p.numerator}/${p.denominator}`,
        points(p, e.previous[key]),
        points(p, e.lastYear[key]),
      ]);
    });
    // Every township, every channel: its count and share of the period's cases.
    for (const t of e.byTownship)
      expect(lines, t.township.name).toContainEqual([
        t.township.name,
        String(t.count),
        `${share(t.count, total)}%`,
      ]);
    for (const c of e.byChannel) {
      const name = CHANNEL_LABELS[c.channel].zh;
      expect(lines, name).toContainEqual([name, String(c.count), `${share(c.count, total)}%`]);
    }
    // The largest category, in the analysis.
    const top = [...e.byCategory].sort((a, b) => b.count - a.count)[0]!;
    expect(flat).toContain(`其中${top.category.nameZh}类${top.count}件，占${share(top.count, total)}%`);
    // The leaders' cases and resolved cases: 包案化解率's parts; visits and instructions summed over the
    // leaders as the leader table lists them.
    const sum = (f: (w: Expected['leaderWorkloads'][number]) => number) =>
      e.leaderWorkloads.reduce((n, w) => n + f(w), 0);
    const { leaderResolution } = e.current;
    expect(flat).toContain(`领导干部包案${leaderResolution.denominator}件`);
    for (const kind of Object.keys(VISIT_KIND_LABELS) as (keyof typeof VISIT_KIND_LABELS)[]) {
      const n = sum((w) => w.visits.find((v) => v.kind === kind)?.count ?? 0);
      if (n > 0) expect(flat).toContain(`${VISIT_KIND_LABELS[kind].zh}${n}次`);
    }
    expect(flat).toContain(`作出批示${sum((w) => w.instructions)}件，化解${leaderResolution.numerator}件`);
    // Overdue at the period's end, with the cases a reader of cases may see, most overdue first.
    expect(flat).toContain(
      `截至2023年11月30日，超期未办结${e.overdueNow[0]!.count}件，其中受理已超过90天的${e.longStanding[0]!.count}件`,
    );
    const codes = [...text.matchAll(/LT-\d{4}-\d{6}/g)].map((m) => m[0]);
    expect(codes).toEqual(e.cases.edges.map((edge) => edge.node.code));

    // No number the answers above do not give: dates, case codes, page numbers and names aside.
    const allowed = new Set<string>(['90']);
    const add = (...values: (number | string)[]) => values.forEach((v) => allowed.add(String(v)));
    for (const parts of [e.current, e.previous, e.lastYear])
      for (const key of KPI_KEYS) {
        const p = parts[key];
        add(p.numerator, p.denominator, one(Math.round((p.numerator / p.denominator) * 1000) / 10));
        for (const base of [e.previous, e.lastYear]) add(points(p, base[key]).replace(/^[+-]/, ''));
      }
    const previousTotal = e.previousTotal[0]!.count;
    add(total, lastYear, previousTotal, one(Math.abs(yoy)));
    add(one(Math.abs(Math.round(((total - previousTotal) / previousTotal) * 1000) / 10)));
    for (const b of [...e.byTownship, ...e.byChannel, ...e.byCategory]) add(b.count, share(b.count, total));
    add(
      leaderResolution.denominator,
      sum((w) => w.instructions),
      leaderResolution.numerator,
    );
    for (const kind of Object.keys(VISIT_KIND_LABELS) as (keyof typeof VISIT_KIND_LABELS)[])
      add(sum((w) => w.visits.find((v) => v.kind === kind)?.count ?? 0));
    add(e.overdueNow[0]!.count, e.longStanding[0]!.count);
    // Villages and early warnings: asked below in their own shapes.
    const villages = await api.graphql<{ caseStats: { count: number }[] }>(
      `query($f: CaseFilter!) { caseStats(filter: $f, groupBy: [VILLAGE]) { count } }`,
      { f: PERIOD },
    );
    const lastYearVillages = await api.graphql<{ caseStats: { count: number }[] }>(
      `query($f: CaseFilter!) { caseStats(filter: $f, groupBy: [VILLAGE]) { count } }`,
      { f: LAST_YEAR },
    );
    for (const b of [...villages.data!.caseStats, ...lastYearVillages.data!.caseStats]) add(b.count);
    const warnings = await api.graphql<{ earlyWarningCounts: { red: number; yellow: number } }>(
      `{ earlyWarningCounts(filter: { from: "2023-11", to: "2023-11", scope: TOWNSHIP }) { red yellow } }`,
    );
    const { red, yellow } = warnings.data!.earlyWarningCounts;
    add(red, yellow, red + yellow);
    const stated = text
      .replace(/\d{4}年\d{1,2}月(\d{1,2}日)?/g, '')
      .replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/g, '')
      .replace(/LT-\d{4}-\d{6}/g, '')
      .replace(/—\s*\d+\s*—/g, '')
      .replace(/图\d+/g, '')
      .replace(/\(12345\)/g, '')
      .replace(/（[^）]*条）/g, '');
    for (const n of stated.match(/\d+(?:\.\d+)?/g) ?? []) expect(allowed, n).toContain(n);
  });

  it('says the same in the DOCX as in the PDF, and draws every character of it with a glyph', async () => {
    const query = `period=2023-11&asOf=${encodeURIComponent(AS_OF)}`;
    const docx = await get(`${query}&format=docx`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(docx.headers.get('content-disposition')).toBe(
      `attachment; filename="lianxin-briefing-2023-11.docx"; filename*=UTF-8''${encodeURIComponent('利通区信访工作简报-2023-11.docx')}`,
    );
    const texts = await paragraphs(Buffer.from(await docx.arrayBuffer()));
    const { text, file } = await pdfText(await get(`${query}&format=pdf`), false);
    const flat = squeeze(text);
    // Every paragraph and table cell of the DOCX is in the PDF (the PDF puts table cells apart).
    expect(texts.length).toBeGreaterThan(40);
    for (const t of texts) expect(flat, t).toContain(squeeze(t));
    // Real text in the shipped faces: pdffonts lists them embedded with a Unicode map, and each
    // character pdftotext reads back has a glyph in them (no tofu boxes).
    const fonts = execFileSync('pdffonts', [file]).toString();
    expect(fonts).toMatch(/NotoSansCJK/);
    expect(new Set([...flat].filter((c) => c.codePointAt(0)! > 0x7f)).size).toBeGreaterThan(150);
    expect(missingGlyphs(SHIPPED_FONTS.regular.file, flat)).toEqual([]);
    // Pages drawn: page 1 has ink in its title band (pdftoppm to PGM: a header, then a byte per pixel).
    execFileSync('pdftoppm', ['-r', '20', '-f', '1', '-l', '1', '-gray', file, path.join(dir, 'page')]);
    const pgm = fs.readFileSync(
      path.join(
        dir,
        fs.readdirSync(dir).find((f) => f.endsWith('.pgm'))!,
      ),
    );
    const [magic, columns, rows, max] = pgm.subarray(0, 20).toString('latin1').split(/\s+/);
    expect([magic, max]).toEqual(['P5', '255']);
    const pixels = pgm.subarray(pgm.length - Number(columns) * Number(rows));
    expect(pixels.filter((v) => v < 128).length).toBeGreaterThan(200);
  });

  it('gives the same file for the same asOf, and logs each generation as its reader', async () => {
    const query = `period=2023-Q4&format=pdf&asOf=${encodeURIComponent(AS_OF)}`;
    const a = Buffer.from(await (await get(query)).arrayBuffer());
    const b = Buffer.from(await (await get(query)).arrayBuffer());
    expect(a.equals(b)).toBe(true);
    const [entry] = await api.dataSource.query(
      `SELECT username, role, action, detail FROM access_log ORDER BY id DESC LIMIT 1`,
    );
    expect(entry).toMatchObject({ username: 'tester', role: 'ADMIN', action: 'EXPORT' });
    expect(JSON.parse(entry.detail)).toMatchObject({
      briefing: { from: '2023-10-01', to: '2023-12-31', township: null, formats: ['pdf'] },
    });
  });

  it("holds a township's own numbers and none of another township's, for its user and an administrator", async () => {
    await api.auth.createUser({
      username: 'jinji-clerk',
      role: Role.CLERK,
      townshipCode: JINJI,
    });
    const clerk = await api.headersOf('jinji-clerk');
    const query = `period=2023-11&format=pdf&asOf=${encodeURIComponent(AS_OF)}`;
    const others = (await expected()).townships.filter((t) => t.code !== JINJI);
    expect(others).toHaveLength(12);
    // Each reads their own numbers: the clerk is not cleared for accusations (检举控告), so theirs are fewer.
    const readers = [
      { headers: clerk, query },
      { headers: api.authHeaders, query: `${query}&township=${JINJI}` },
    ];
    const totals: number[] = [];
    for (const reader of readers) {
      const e = await expected({ townshipCodes: [JINJI] }, reader.headers);
      const jinji = e.townships.find((t) => t.code === JINJI)!;
      const { text } = await pdfText(await get(reader.query, reader.headers));
      const flat = squeeze(text);
      expect(flat).toContain(`${jinji.name}信访工作简报`);
      expect(flat).toContain(`共受理信访事项${e.total[0]!.count}件`);
      totals.push(e.total[0]!.count);
      for (const t of others) expect(flat, t.name).not.toContain(t.name);
      const ours = new Set(jinji.villages.map((v) => v.name));
      const theirVillages = others.flatMap((t) => t.villages.map((v) => v.name)).filter((v) => !ours.has(v));
      for (const v of theirVillages) expect(flat, v).not.toContain(v);
      const codes = [...text.matchAll(/LT-\d{4}-\d{6}/g)].map((m) => m[0]);
      expect(codes).toEqual(e.cases.edges.map((edge) => edge.node.code));
      for (const edge of e.cases.edges) expect(edge.node.township.code).toBe(JINJI);
    }
    expect(totals[0]).toBeLessThanOrEqual(totals[1]!);
    // Another township's briefing is not the clerk's to ask.
    const other = await get(`${query}&township=${others[0]!.code}`, clerk);
    expect(other.status).toBe(403);
    expect(
      ((await other.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
    ).toBe('FORBIDDEN');
  });

  it('answers bad asks and other roles with a typed error, never a file', async () => {
    await api.auth.createUser({ username: 'wall', role: Role.DISPLAY });
    await api.auth.createUser({ username: 'analyst', role: Role.ANALYST });
    const cases: [string, Record<string, string> | null, number, string, string?][] = [
      ['period=2023-11', null, 401, 'UNAUTHENTICATED'],
      ['period=2023-11', await api.headersOf('wall'), 403, 'FORBIDDEN'],
      ['', api.authHeaders, 400, 'BAD_USER_INPUT', 'period'],
      ['period=2023-13', api.authHeaders, 400, 'BAD_USER_INPUT', 'period'],
      ['period=2020-01-01..2023-01-01', api.authHeaders, 400, 'BAD_USER_INPUT', 'period'],
      ['period=2023-11&period=2023-12', api.authHeaders, 400, 'BAD_USER_INPUT', 'period'],
      ['period=2023-11&format=exe', api.authHeaders, 400, 'BAD_USER_INPUT', 'format'],
      ['period=2023-11&locale=fr', api.authHeaders, 400, 'BAD_USER_INPUT', 'locale'],
      ['period=2023-11&asOf=yesterday', api.authHeaders, 400, 'BAD_USER_INPUT', 'asOf'],
      ['period=2023-11&asOf=2999-01-01T00:00Z', api.authHeaders, 400, 'BAD_USER_INPUT', 'asOf'],
      ['period=2099-01', api.authHeaders, 400, 'BAD_USER_INPUT', 'period'],
      ['period=2023-11&township=x%27--', api.authHeaders, 400, 'BAD_USER_INPUT', 'township'],
      ['period=2023-11&township=640302999000', api.authHeaders, 404, 'TOWNSHIP_NOT_FOUND'],
    ];
    for (const [query, headers, status, code, field] of cases) {
      const response = await fetch(`${api.url}/briefing?${query}`, { headers: headers ?? {} });
      expect(response.status, query).toBe(status);
      const body = (await response.json()) as { errors: { extensions: { code: string; field?: string } }[] };
      expect(body.errors[0]!.extensions.code, query).toBe(code);
      if (field) expect(body.errors[0]!.extensions.field, query).toBe(field);
    }
    // An analyst gets the briefing (it holds no personal data), in English too.
    const english = await get(
      `period=2023-11&format=pdf&locale=en&asOf=${encodeURIComponent(AS_OF)}`,
      await api.headersOf('analyst'),
    );
    const { text } = await pdfText(english);
    expect(squeeze(text)).toContain(squeeze('Litong District petition work briefing (November 2023)'));
  });
});
