import type { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { dialectSpec } from '../../db/dialect.js';
import { FactHorizon } from './fact-horizon.js';

/** A horizon over a SQLite database whose latest recorded fact took effect at `latest` (null: none). */
function horizonAt(latest: string | null): FactHorizon {
  const dataSource = { query: async () => [{ at: latest }] } as unknown as DataSource;
  return new FactHorizon(dataSource, dialectSpec('sqlite'));
}

const at = (iso: string) => new Date(iso);

describe('FactHorizon.rollupInstant', () => {
  it('answers a read at or after every recorded fact as of its own instant', async () => {
    const horizon = horizonAt('2026-12-01 08:00:00');
    const now = at('2026-12-06T10:00:00Z');
    expect(await horizon.rollupInstant(now, false)).toBe(now);
    expect(await horizon.rollupInstant(now, true)).toBe(now);
    expect(await horizonAt(null).rollupInstant(now, true)).toBe(now);
  });

  it('refuses a read before facts the database already held (a clock behind the data)', async () => {
    const horizon = horizonAt('2026-12-07 00:00:00');
    expect(await horizon.rollupInstant(at('2026-12-06T10:00:00Z'), false)).toBeNull();
    expect(await horizon.rollupInstant(at('2026-12-06T10:00:00Z'), true)).toBeNull();
  });

  it('moves a read of "now" that a write of this process overtook to that write, and refuses a read of a given instant', async () => {
    const horizon = horizonAt('2026-12-01 08:00:00');
    const started = at('2026-12-06T10:00:00.000Z');
    horizon.advance(at('2026-12-06T10:00:00.040Z'));
    expect(await horizon.rollupInstant(started, false)).toEqual(at('2026-12-06T10:00:00.040Z'));
    expect(await horizon.rollupInstant(started, true)).toBeNull();
    // A later read is not moved, nor is a read given an instant after the write.
    const later = at('2026-12-06T10:00:01Z');
    expect(await horizon.rollupInstant(later, false)).toBe(later);
    expect(await horizon.rollupInstant(later, true)).toBe(later);
  });
});
