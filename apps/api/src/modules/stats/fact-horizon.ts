// The latest instant a recorded fact took effect. The rollups count every recorded fact, which is
// what "as known now" means exactly when nothing recorded lies after now — true of every write (steps
// are dated by the clock that reads), but not of a database holding later facts than this process's
// clock (another instance's clock ahead, a test that turns the clock back over seeded data). Then the
// stats count the cases as known at now instead.
import type { DataSource } from 'typeorm';

export class FactHorizon {
  private latest: Promise<number> | null = null;

  constructor(private readonly dataSource: DataSource) {}

  /** Whether every recorded fact is known at `instant`. Read once (one index lookup), then kept. */
  async covers(instant: Date): Promise<boolean> {
    return (await this.load()) <= instant.getTime();
  }

  /** This process recorded facts at `at` (a committed write). */
  advance(at: Date): void {
    this.latest = this.load().then((t) => Math.max(t, at.getTime()));
  }

  load(): Promise<number> {
    this.latest ??= this.dataSource
      // The latest version's start: the end of the (valid_from, valid_to) index, not a pass over the cases.
      .query('SELECT MAX(valid_from) AS at FROM case_fact_version')
      .then((rows: { at: Date | string | null }[]) => {
        const at = rows[0]?.at;
        if (at === null || at === undefined) return Number.NEGATIVE_INFINITY;
        return (at instanceof Date ? at : new Date(`${at.replace(' ', 'T')}Z`)).getTime();
      })
      .catch((error: unknown) => {
        // Not kept: the next read tries again.
        this.latest = null;
        throw error;
      });
    return this.latest;
  }
}
