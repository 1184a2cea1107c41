// The reference data of one time point, as surveillance's algo.farrington.referencetimepoints,
// blocks and algo.farrington.data.glm choose it for a series without dates: the same point in each
// of the b past years with w points either side, the stretches between those windows cut into
// noPeriods - 1 blocks, and the latest pastWeeksNotIncluded + 1 points (the current one included)
// left out. Positions here are 1-based, as in R, so that the time covariate equals R's.

/** R's `from:to`: counts down when from > to, so `a:(a - 1)` is two positions, not none. */
function rColon(from: number, to: number): number[] {
  const step = from <= to ? 1 : -1;
  const out: number[] = [];
  for (let i = from; step > 0 ? i <= to : i >= to; i += step) out.push(i);
  return out;
}

/** R's `vector[from:to] <- value` on a 1-based sparse vector: position 0 is dropped, negatives mixed
 * with positives are an error, positions past the end extend the vector. */
function assignPositions(
  vector: Map<number, number | null>,
  from: number,
  to: number,
  value: number | null,
): void {
  const positions = rColon(from, to);
  if (positions.some((i) => i < 0)) {
    throw new RangeError(
      "Only 0's may be mixed with negative subscripts (the window starts before the series)",
    );
  }
  for (const i of positions) if (i > 0) vector.set(i, value);
}

/** R's `a %/% b` and `a %% b` for integers: floor division and a non-negative remainder. */
function floorDivMod(a: number, b: number): [number, number] {
  const quotient = Math.floor(a / b);
  return [quotient, a - quotient * b];
}

export interface ReferenceWindowOptions {
  frequency: number;
  b: number;
  w: number;
  noPeriods: number;
  pastWeeksNotIncluded: number;
}

export interface ReferenceData {
  /** 1-based positions in the series, ascending; also the time covariate wtime. */
  positions: number[];
  /** Block of each position: noPeriods for the windows, 1 … noPeriods - 1 between them. */
  blocks: number[];
}

/**
 * surveillance:::blocks for the 1-based time point `now` of a series of `length` points: the block of
 * every position that gets one (the rest are absent).
 */
export function referenceBlocks(
  now: number,
  length: number,
  options: ReferenceWindowOptions,
): Map<number, number | null> {
  const { frequency, b, w, noPeriods: p } = options;
  // algo.farrington.referencetimepoints: now, now - freq, …, now - b freq, all inside the series.
  const referencePoints = Array.from({ length: b + 1 }, (_, i) => now - i * frequency);
  if (referencePoints.some((point) => point < 1 || point > length)) {
    throw new RangeError("Some reference time points did not exist; decrease 'b' or postpone 'range'.");
  }
  const factors = new Map<number, number | null>();
  assignPositions(factors, now - w, now, p);
  for (let i = 1; i <= b; i += 1) {
    const refWeek = referencePoints[i]!;
    assignPositions(factors, refWeek - w, refWeek + w, p);
    if (p !== 1) {
      const period = referencePoints[i - 1]! - 2 * w - 1 - refWeek;
      if (period < p - (2 * w + 1)) throw new RangeError('Number of factors too big!');
      const [lengthOfBlocks, rest] = floorDivMod(period, p - 1);
      // The first `rest` blocks take one point more; blocks start right after the window.
      const starts = [0];
      for (let j = 1; j < p; j += 1) starts.push(starts[j - 1]! + lengthOfBlocks + (j <= rest ? 1 : 0));
      for (let j = 1; j < p; j += 1) {
        assignPositions(factors, refWeek + w + 1 + starts[j - 1]!, refWeek + w + 1 + starts[j]! - 1, j);
      }
    }
  }
  return factors;
}

/** algo.farrington.data.glm: the positions and blocks the GLM is fitted on, for 1-based `now`. */
export function referenceData(now: number, length: number, options: ReferenceWindowOptions): ReferenceData {
  const blocks = referenceBlocks(now, length, options);
  const included = new Map(blocks);
  assignPositions(included, now - options.pastWeeksNotIncluded, now, null);
  const positions = [...included.entries()]
    .filter(([, block]) => block !== null)
    .map(([position]) => position)
    .sort((x, y) => x - y);
  // A position past the series would have an NA count, which R drops.
  const inSeries = positions.filter((position) => position <= length);
  return { positions: inSeries, blocks: inSeries.map((position) => blocks.get(position)!) };
}
