// The wall's colours by theme: the chart text and accents (which must match the CSS variables of
// WallView.vue) and the village tiles' fill and text. Pure, unit-tested in colors.test.ts.
import { SEQUENTIAL } from '../charts/palette';
import type { WallTheme } from '../transforms/wallConfig';

export interface WallPalette {
  text: string;
  muted: string;
  accent: string;
  background: string;
}

export function wallPalette(theme: WallTheme): WallPalette {
  return theme === 'dark'
    ? { text: '#ffffff', muted: '#b8c0cc', accent: '#56b4e9', background: '#10141b' }
    : { text: '#0b0d10', muted: '#3c4350', accent: '#0072b2', background: '#f1f3f6' };
}

/**
 * The wall's viridis, fewest cases first: dark to light on the dark wall (the busiest village stands out
 * brightest against the dark panel), light to dark on the light one. Village tiles and the map share it.
 */
export function wallRamp(theme: WallTheme): string[] {
  return theme === 'dark' ? [...SEQUENTIAL].reverse() : [...SEQUENTIAL];
}

/** A village tile's fill: a viridis step by its share of the busiest village; none when withheld. */
export function tileColor(intensity: number, suppressed: boolean, theme: WallTheme): string {
  if (suppressed) return 'transparent';
  const ramp = wallRamp(theme);
  return ramp[Math.min(ramp.length - 1, Math.floor(intensity * ramp.length))] as string;
}

/** A village tile's text colour, readable on its fill (on the panel when withheld). */
export function tileText(intensity: number, suppressed: boolean, theme: WallTheme): string {
  if (suppressed) return wallPalette(theme).text;
  const index = Math.min(4, Math.floor(intensity * 5));
  // Light viridis steps take dark text, dark steps white.
  const lightStep = theme === 'dark' ? index >= 3 : index <= 1;
  return lightStep ? '#0b0d10' : '#ffffff';
}
