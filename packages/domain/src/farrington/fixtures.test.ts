// Every case of fixtures.json (R's farringtonFlexible, scripts/farrington-fixtures.R) against the port.
import { describe, expect, it } from 'vitest';

import fixtures from './fixtures.json' with { type: 'json' };
import { type FarringtonControl, farringtonFlexible, type FarringtonResult } from './index.js';

type FixtureNumber = number | 'Inf' | '-Inf' | null;

/** R's outputs, one array per field, aligned with `index`. */
interface FixturePoints {
  index: number[];
  upperbound: FixtureNumber[];
  expected: FixtureNumber[];
  alarm: (boolean | null)[];
  pValue: FixtureNumber[];
  score: FixtureNumber[];
  trend: boolean[];
  phi: FixtureNumber[];
}

interface FixtureCase {
  name: string;
  observed: number[];
  control: FarringtonControl;
  points?: FixturePoints;
  error?: string;
}

const RELATIVE_TOLERANCE = 1e-6;
const ABSOLUTE_TOLERANCE = 1e-9;
const NUMBER_FIELDS = ['upperbound', 'expected', 'pValue', 'score', 'phi'] as const;

function decode(value: FixtureNumber): number | null {
  if (value === 'Inf') return Infinity;
  if (value === '-Inf') return -Infinity;
  return value;
}

/** An empty string when equal within tolerance, otherwise what differs. */
function numberMismatch(actual: number | null, expected: number | null): string {
  if (actual === null || expected === null || !Number.isFinite(expected)) {
    return actual === expected ? '' : `got ${actual}, R ${expected}`;
  }
  const difference = Math.abs(actual - expected);
  const ok = difference <= ABSOLUTE_TOLERANCE || difference <= RELATIVE_TOLERANCE * Math.abs(expected);
  return ok
    ? ''
    : `got ${actual}, R ${expected} (relative error ${(difference / Math.abs(expected)).toExponential(2)})`;
}

function mismatches(name: string, actual: FarringtonResult, expected: FixturePoints, i: number): string[] {
  const out: string[] = [];
  const where = `${name} index ${expected.index[i]}`;
  if (actual.index !== expected.index[i]) out.push(`${where}: index ${actual.index}`);
  for (const field of NUMBER_FIELDS) {
    const message = numberMismatch(actual[field], decode(expected[field][i]!));
    if (message !== '') out.push(`${where} ${field}: ${message}`);
  }
  // R's NA alarm (no model) is false in the port.
  const alarm = expected.alarm[i] ?? false;
  if (actual.alarm !== alarm) out.push(`${where} alarm: got ${actual.alarm}, R ${expected.alarm[i]}`);
  if (actual.trend !== expected.trend[i])
    out.push(`${where} trend: got ${actual.trend}, R ${expected.trend[i]}`);
  return out;
}

const cases = fixtures.cases as FixtureCase[];

describe('farringtonFlexible equals R surveillance 1.20.3 (fixtures.json)', () => {
  it('has cases with points for every threshold method', () => {
    const methods = new Set(cases.filter((c) => c.points).map((c) => c.control.thresholdMethod));
    expect([...methods].sort()).toEqual(['delta', 'muan', 'nbPlugin']);
    expect(cases.reduce((sum, c) => sum + (c.points?.index.length ?? 0), 0)).toBeGreaterThan(900);
  });

  for (const fixture of cases) {
    it(fixture.name, () => {
      if (fixture.error !== undefined) {
        expect(() => farringtonFlexible(fixture.observed, fixture.control)).toThrow(fixture.error);
        return;
      }
      const points = fixture.points!;
      const results = farringtonFlexible(fixture.observed, fixture.control);
      expect(results).toHaveLength(points.index.length);
      const problems = results.flatMap((result, i) => mismatches(fixture.name, result, points, i));
      expect(problems, problems.slice(0, 20).join('\n')).toEqual([]);
    });
  }
});
