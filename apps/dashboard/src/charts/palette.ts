import { CATEGORY_LABELS } from '@lianxin/domain';

// Okabe–Ito: eight hues told apart with every common colour-vision deficiency; black is replaced by a
// neutral grey that works on light and dark backgrounds. Four of Paul Tol's muted hues follow for the
// 12 categories.
export const CATEGORICAL = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#D55E00',
  '#56B4E9',
  '#CC79A7',
  '#F0E442',
  '#8C8C8C',
  '#882255',
  '#44AA99',
  '#999933',
  '#AA4499',
] as const;

/** Sequential ramp (viridis, light to dark) for heat maps: ordered in lightness, safe in grey print. */
export const SEQUENTIAL = ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'] as const;

/** Warning levels: the Okabe–Ito vermillion and orange, never red/green side by side. */
export const WARNING_COLORS = { RED: '#D55E00', YELLOW: '#E69F00' } as const;

/** Grey of a suppressed (fewer than 3) heat map cell. */
export const SUPPRESSED_COLOR = '#b0b0b0';

/** The domain's categories in their order: category i always draws in CATEGORICAL[i] (12 of each). */
const CATEGORY_INDEX = new Map(Object.keys(CATEGORY_LABELS).map((code, i) => [code, i]));

/**
 * A category's one colour, the same in every chart and on the wall (by its code, not its rank in a
 * chart). A code the domain does not list falls back to the neutral grey.
 */
export function categoryColor(code: string): string {
  const i = CATEGORY_INDEX.get(code);
  return i === undefined ? '#8C8C8C' : colorAt(i);
}

function colorAt(index: number): string {
  return CATEGORICAL[((index % CATEGORICAL.length) + CATEGORICAL.length) % CATEGORICAL.length] as string;
}
