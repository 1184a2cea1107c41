// Draws by weight from the seeded PRNG, for registering a case and advancing one alike.
import type { Prng } from '@lianxin/seed';

export function weightedIndex(rng: Prng, weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = rng.next() * total;
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i] as number;
    if (x < 0) return i;
  }
  // Rounding may leave x at 0 after the last positive weight: take that one.
  for (let i = weights.length - 1; i >= 0; i--) if ((weights[i] as number) > 0) return i;
  throw new RangeError('weightedIndex: every weight is 0');
}

export function pickWeighted<T>(rng: Prng, items: readonly (readonly [T, number])[]): T {
  const i = weightedIndex(
    rng,
    items.map(([, w]) => w),
  );
  return (items[i] as readonly [T, number])[0];
}
