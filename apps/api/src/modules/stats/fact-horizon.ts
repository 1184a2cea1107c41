// When the rollups may answer a read. The rollups count every recorded fact, which is what "as known
// at asOf" means exactly when nothing recorded lies after asOf:
// - a database may hold facts later than this process's clock (another instance's clock ahead, a test
//   that turns the clock back over seeded data): those reads count the cases as known at asOf instead;
// - this process's own writes are dated by its clock, so a read that started a moment before one of
//   them committed would see it in the rollups but not at its asOf. A read of "now" (no asOf given)
//   is then answered as of that write instead — a read concurrent with a write may see it, and every
//   part of the answer sees the same instant; a read of a given past instant counts the cases.
import type { DataSource } from 'typeorm';
import type { DialectSpec } from '../../db/dialect.js';

export class FactHorizon {
  /** The latest fact recorded when this process first looked (one index lookup), then kept. */
  private recorded: Promise<number> | null = null;
  /** The latest fact this process recorded since (a committed write's instant). */
  private own = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly dataSource: DataSource,
    private readonly dialect: DialectSpec,
  ) {}

  /**
   * The instant at which the rollups answer a read of `asOf` (`asOfGiven`: asked for, not "now"):
   * asOf itself, a moment later for a read of "now" that a write of this process overtook, or null
   * when they cannot answer it.
   */
  async rollupInstant(asOf: Date, asOfGiven: boolean): Promise<Date | null> {
    const recorded = await this.load();
    const own = this.own;
    const at = asOf.getTime();
    if (asOfGiven) return Math.max(recorded, own) <= at ? asOf : null;
    if (recorded > at) return null;
    return own > at ? new Date(own) : asOf;
  }

  /** This process recorded facts at `at` (a committed write). */
  advance(at: Date): void {
    this.own = Math.max(this.own, at.getTime());
  }

  load(): Promise<number> {
    this.recorded ??= this.dataSource
      // The latest version's start: the end of the (valid_from, valid_to) index, not a pass over the cases.
      .query('SELECT MAX(valid_from) AS at FROM case_fact_version')
      .then((rows: { at: Date | string | null }[]) => {
        const at = rows[0]?.at;
        if (at === null || at === undefined) return Number.NEGATIVE_INFINITY;
        return this.dialect.readTimestamp(at).getTime();
      })
      .catch((error: unknown) => {
        // Not kept: the next read tries again.
        this.recorded = null;
        throw error;
      });
    return this.recorded;
  }
}
