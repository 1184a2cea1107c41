import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTER,
  type DashboardFilter,
  baseFilter,
  briefingHref,
  briefingIgnoresFilter,
  exportHref,
  filterToQuery,
  hasDrillDown,
  mergeQuery,
  parseFilter,
  parsePageTrail,
  periodOf,
  toCaseFilter,
  withPageTrail,
} from './filter';

const TODAY = '2026-11-27';
const full: DashboardFilter = {
  from: '2026-01-01',
  to: '2026-06-30',
  allTime: false,
  townshipCodes: ['640302203000'],
  villageCodes: ['640302203201', '640302203200'],
  categoryCodes: ['TREE_SHADING'],
  channels: ['VISIT', 'ONLINE'],
  leaderIds: [12, 3],
  kpi: 'SATISFACTION',
  kpiPart: 'MISSED',
  statuses: ['IN_PROGRESS'],
  overdue: true,
  dueSoon: null,
  late: false,
  satisfactions: ['SATISFIED', 'DISSATISFIED'],
  rated: true,
  matterTypes: ['SUGGESTION', 'APPEAL'],
  text: '树木',
};

describe('filter ↔ URL', () => {
  it('round-trips every field through the query', () => {
    const back = parseFilter(filterToQuery(full));
    expect(back).toEqual({
      ...full,
      villageCodes: ['640302203200', '640302203201'],
      channels: ['ONLINE', 'VISIT'],
      leaderIds: [3, 12],
      satisfactions: ['DISSATISFIED', 'SATISFIED'],
      matterTypes: ['APPEAL', 'SUGGESTION'],
    });
  });

  it('round-trips through a real URL query string (encoding included)', () => {
    const search = new URLSearchParams(filterToQuery(full)).toString();
    const query = Object.fromEntries(new URLSearchParams(search));
    expect(filterToQuery(parseFilter(query))).toEqual(filterToQuery(full));
  });

  it('writes a canonical query: sorted lists, nothing for empty parts', () => {
    expect(filterToQuery(full)).toEqual({
      from: '2026-01-01',
      to: '2026-06-30',
      township: '640302203000',
      village: '640302203200,640302203201',
      category: 'TREE_SHADING',
      channel: 'ONLINE,VISIT',
      leader: '3,12',
      kpi: 'SATISFACTION',
      part: 'MISSED',
      status: 'IN_PROGRESS',
      overdue: '1',
      late: '0',
      sat: 'DISSATISFIED,SATISFIED',
      rated: '1',
      matter: 'APPEAL,SUGGESTION',
      q: '树木',
    });
    expect(filterToQuery(EMPTY_FILTER)).toEqual({});
  });

  it('reads an empty query as the empty filter', () => {
    expect(parseFilter({})).toEqual(EMPTY_FILTER);
  });

  it('drops what it cannot read instead of failing', () => {
    const f = parseFilter({
      from: '2026-13-01',
      to: '2026-01-31',
      channel: 'VISIT,CARRIER_PIGEON',
      leader: 'abc,7,-1',
      kpi: 'NOT_A_KPI',
      part: 'NUMERATOR',
      status: 'CLOSED,LOST',
      village: ['640302203200', null, "x'); drop"],
    });
    expect(f.from).toBeNull();
    expect(f.to).toBeNull();
    expect(f.channels).toEqual(['VISIT']);
    expect(f.leaderIds).toEqual([7]);
    expect(f.kpi).toBeNull();
    expect(f.kpiPart).toBeNull();
    expect(f.statuses).toEqual(['CLOSED']);
    expect(f.villageCodes).toEqual(['640302203200']);
  });

  it('reads the drill filters a leader sets: missed part, lateness, rating', () => {
    expect(parseFilter({ kpi: 'ON_TIME_CLOSURE', part: 'MISSED' })).toMatchObject({
      kpi: 'ON_TIME_CLOSURE',
      kpiPart: 'MISSED',
    });
    expect(parseFilter({ kpi: 'ON_TIME_CLOSURE', part: 'WORST' }).kpiPart).toBeNull();
    expect(parseFilter({ part: 'MISSED' }).kpiPart).toBeNull();
    const f = parseFilter({ late: 'true', sat: 'DISSATISFIED,ANGRY', rated: 'maybe' });
    expect([f.late, f.satisfactions, f.rated]).toEqual([true, ['DISSATISFIED'], null]);
    expect(parseFilter({ late: '0', rated: 'false' })).toMatchObject({ late: false, rated: false });
    // "Unrated, rated 不满意" selects nothing and the API refuses it: the rating wins.
    expect(parseFilter({ sat: 'DISSATISFIED', rated: '0' })).toMatchObject({
      satisfactions: ['DISSATISFIED'],
      rated: null,
    });
  });

  it('ignores a reversed period', () => {
    expect(parseFilter({ from: '2026-06-30', to: '2026-01-01' }).from).toBeNull();
  });

  it('keeps "all time" only without a period', () => {
    expect(parseFilter({ all: '1' }).allTime).toBe(true);
    expect(filterToQuery({ ...EMPTY_FILTER, allTime: true })).toEqual({ all: '1' });
    expect(parseFilter({ all: '1', from: '2026-01-01', to: '2026-01-31' }).allTime).toBe(false);
  });

  it('keeps non-filter parameters of the page (sort order …) when merging', () => {
    expect(
      mergeQuery(
        { sort: 'CODE', dir: 'ASC', township: 'old' },
        { ...EMPTY_FILTER, categoryCodes: ['HOMESTEAD'] },
      ),
    ).toEqual({
      sort: 'CODE',
      dir: 'ASC',
      category: 'HOMESTEAD',
    });
  });

  it('starts the list over on page 1 when the filter changes', () => {
    expect(mergeQuery({ sort: 'CODE', after: 'WyJDT0RFOkFTQyJd,WyJDT0RFOkFTQyIs' }, full)).not.toHaveProperty(
      'after',
    );
  });
});

describe('page trail ↔ URL', () => {
  const a = 'WyJSRUNFSVZFRF9BVDpERVNDIiwiMjAyNi0wMS0wMSIsNDJd';
  const b = 'WyJSRUNFSVZFRF9BVDpERVNDIiwiMjAyNS0xMi0zMSIsNDFd';

  it('round-trips the cursors of the pages before, keeping sort and filter', () => {
    const query = withPageTrail({ sort: 'CODE', dir: 'ASC', township: '640302203000' }, [a, b]);
    expect(query).toEqual({ sort: 'CODE', dir: 'ASC', township: '640302203000', after: `${a},${b}` });
    expect(parsePageTrail(query)).toEqual([a, b]);
    const search = new URLSearchParams(query).toString();
    expect(parsePageTrail(Object.fromEntries(new URLSearchParams(search)))).toEqual([a, b]);
  });

  it('is page 1 without cursors, and drops the trail there', () => {
    expect(parsePageTrail({})).toEqual([]);
    expect(withPageTrail({ sort: 'CODE', after: a }, [])).toEqual({ sort: 'CODE' });
  });

  it('stops at the first thing that is no cursor', () => {
    expect(parsePageTrail({ after: `${a},<script>,${b}` })).toEqual([a]);
    expect(parsePageTrail({ after: ',' })).toEqual([]);
  });
});

describe('periodOf', () => {
  it('is the filter period, the last 12 months by default, or null for all time', () => {
    expect(periodOf(full, TODAY)).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(periodOf(EMPTY_FILTER, TODAY)).toEqual({ from: '2025-12-01', to: TODAY });
    expect(periodOf({ ...EMPTY_FILTER, allTime: true }, TODAY)).toBeNull();
  });
});

describe('toCaseFilter', () => {
  it('sends only what is set, the default period included', () => {
    expect(toCaseFilter({ ...EMPTY_FILTER, categoryCodes: ['TREE_SHADING'] }, TODAY)).toEqual({
      from: '2025-12-01',
      to: TODAY,
      categoryCodes: ['TREE_SHADING'],
    });
  });
  it('maps every field of the API input', () => {
    expect(toCaseFilter(full, TODAY)).toEqual({
      from: '2026-01-01',
      to: '2026-06-30',
      townshipCodes: ['640302203000'],
      villageCodes: ['640302203201', '640302203200'],
      categoryCodes: ['TREE_SHADING'],
      channels: ['VISIT', 'ONLINE'],
      leaderIds: [12, 3],
      kpi: 'SATISFACTION',
      kpiPart: 'MISSED',
      statuses: ['IN_PROGRESS'],
      overdue: true,
      late: false,
      satisfactions: ['SATISFIED', 'DISSATISFIED'],
      rated: true,
      matterTypes: ['SUGGESTION', 'APPEAL'],
      text: '树木',
    });
  });
  it('takes an explicit period, or none', () => {
    expect(toCaseFilter(full, TODAY, { from: '2025-01-01', to: '2025-01-31' }).from).toBe('2025-01-01');
    expect(toCaseFilter(full, TODAY, null)).not.toHaveProperty('from');
  });
  it('defaults a KPI part to the denominator', () => {
    expect(toCaseFilter({ ...EMPTY_FILTER, kpi: 'ON_TIME_CLOSURE' }, TODAY).kpiPart).toBe('DENOMINATOR');
  });
});

describe('drill-down parts', () => {
  it('baseFilter keeps the bar filter and drops drill-downs', () => {
    const b = baseFilter(full);
    expect(hasDrillDown(full)).toBe(true);
    expect(hasDrillDown(b)).toBe(false);
    expect(b.categoryCodes).toEqual(['TREE_SHADING']);
    expect([b.late, b.satisfactions, b.rated]).toEqual([null, [], null]);
    expect(hasDrillDown({ ...EMPTY_FILTER, late: true })).toBe(true);
  });
});

describe('briefingHref', () => {
  it("links the API's briefing of the period and the one township", () => {
    const href = briefingHref('pdf', { ...EMPTY_FILTER, townshipCodes: ['640302203000'] }, TODAY, 'zh-CN')!;
    const url = new URL(href, 'http://x');
    expect(url.pathname).toBe('/briefing');
    // The default period: the last 12 months to today.
    expect(Object.fromEntries(url.searchParams)).toEqual({
      period: '2025-12-01..2026-11-27',
      format: 'pdf',
      locale: 'zh-CN',
      township: '640302203000',
    });
    const district = new URL(
      briefingHref('docx', { ...EMPTY_FILTER, from: '2026-01-01', to: '2026-06-30' }, TODAY, 'en')!,
      'http://x',
    );
    expect(district.searchParams.get('period')).toBe('2026-01-01..2026-06-30');
    expect(district.searchParams.has('township')).toBe(false);
  });

  it('has none for all time or more than a year, and says when the filter narrows more than it follows', () => {
    expect(briefingHref('pdf', { ...EMPTY_FILTER, allTime: true }, TODAY, 'zh-CN')).toBeNull();
    expect(
      briefingHref('pdf', { ...EMPTY_FILTER, from: '2024-01-01', to: '2025-06-30' }, TODAY, 'zh-CN'),
    ).toBeNull();
    expect(briefingIgnoresFilter({ ...EMPTY_FILTER, townshipCodes: ['640302203000'] })).toBe(false);
    expect(briefingIgnoresFilter(full)).toBe(true);
    expect(briefingIgnoresFilter({ ...EMPTY_FILTER, categoryCodes: ['IRRIGATION'] })).toBe(true);
  });
});

describe('exportHref', () => {
  it('links the API export with the filter as JSON', () => {
    const href = exportHref('xlsx', {
      categoryCodes: ['TREE_SHADING'],
      from: '2026-01-01',
      to: '2026-01-31',
    });
    expect(href).toBe(
      '/export/cases.xlsx?filter=%7B%22categoryCodes%22%3A%5B%22TREE_SHADING%22%5D%2C%22from%22%3A%222026-01-01%22%2C%22to%22%3A%222026-01-31%22%7D',
    );
    const url = new URL(href, 'http://x');
    expect(url.pathname).toBe('/export/cases.xlsx');
    expect(JSON.parse(url.searchParams.get('filter') ?? '')).toEqual({
      categoryCodes: ['TREE_SHADING'],
      from: '2026-01-01',
      to: '2026-01-31',
    });
    expect(exportHref('csv', {})).toBe('/export/cases.csv?filter=%7B%7D');
  });
});
