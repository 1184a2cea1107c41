// The wall screen is configured by its link alone (nobody touches it): which pages rotate, how long each
// stays, the theme and the township. Anything unreadable falls back to a default rather than an error
// page, because a typo in a bookmark must still put something on the screen.
import type { LocationQuery } from 'vue-router';

const WALL_PAGES = ['overview', 'leaders', 'villages', 'map', 'alerts'] as const;
export type WallPage = (typeof WALL_PAGES)[number];
export type WallTheme = 'dark' | 'light';

export interface WallConfig {
  pages: WallPage[];
  /** Seconds each page stays before the next. */
  dwell: number;
  theme: WallTheme;
  /** Statistical code of one township, or null for the district. */
  township: string | null;
}

const DEFAULT_DWELL = 30;
const MIN_DWELL = 5;
const MAX_DWELL = 3600;

function first(value: LocationQuery[string] | undefined): string | null {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

export function parseWallConfig(query: LocationQuery): WallConfig {
  const listed = (first(query.pages) ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter((p): p is WallPage => (WALL_PAGES as readonly string[]).includes(p));
  const pages = [...new Set(listed)];
  const dwellNumber = Number(first(query.dwell));
  const dwell = Number.isFinite(dwellNumber)
    ? Math.min(MAX_DWELL, Math.max(MIN_DWELL, Math.round(dwellNumber)))
    : DEFAULT_DWELL;
  const township = first(query.township);
  return {
    pages: pages.length ? pages : [...WALL_PAGES],
    dwell: first(query.dwell) === null ? DEFAULT_DWELL : dwell,
    theme: first(query.theme) === 'light' ? 'light' : 'dark',
    // Statistical codes are digits; anything else would only make every query fail.
    township: township && /^\d{6,12}$/.test(township) ? township : null,
  };
}
