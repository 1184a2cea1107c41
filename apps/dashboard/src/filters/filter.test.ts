import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTER,
  type DashboardFilter,
  baseFilter,
  exportHref,
  filterToQuery,
  hasDrillDown,
  mergeQuery,
  parseFilter,
  periodOf,
  toCaseFilter,
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
  kpiPart: 'NUMERATOR',
  statuses: ['IN_PROGRESS'],
  overdue: true,
  dueSoon: null,
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
      part: 'NUMERATOR',
      status: 'IN_PROGRESS',
      overdue: '1',
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
      kpiPart: 'NUMERATOR',
      statuses: ['IN_PROGRESS'],
      overdue: true,
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
