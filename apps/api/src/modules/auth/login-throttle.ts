// Sign-in throttling that no stranger can turn against the account's owner. The old rule (five failures
// lock the account for 15 minutes) let anyone lock out any user, administrators and wall screens included,
// by typing wrong passwords. Now failures are counted per *source* and username:
//
// - the source is the client address (IPv6 by /56, an attacker's usual allotment), or, when the browser
//   holds a device cookie of this username (token.ts: signed after an earlier successful sign-in), that
//   device: the owner's own browser is a source of its own, untouched by anyone else's failures;
// - a source's first FREE_FAILURES failures cost nothing; each further one holds that source back for
//   FIRST_DELAY_MS × 2^(n − FREE_FAILURES), at most MAX_DELAY_MS; while held back its attempts get 429
//   with Retry-After and no password is checked (so nothing is learned from them);
// - a success clears the source; a source quiet for FORGET_AFTER_MS starts afresh.
//
// One address can thus try about 15 passwords in the first quarter of an hour and then 4 an hour, per
// username, on top of the per-address limit of failures a minute (auth.routes.ts). The owner signs in
// from a known browser at once, and from any other address unless that very address is the one guessing.
import { LessThan, type DataSource, type Repository } from 'typeorm';
import type { DialectSpec } from '../../db/dialect.js';
import { LoginThrottleEntity, UserEntity } from './user.entity.js';

export const FREE_FAILURES = 5;
const FIRST_DELAY_MS = 1_000;
export const MAX_DELAY_MS = 15 * 60_000;
const FORGET_AFTER_MS = 24 * 3_600_000;

/** How long a source is held back after its `failures`-th consecutive failure (0: not at all). */
export function delayAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** Math.min(failures - FREE_FAILURES, 30), MAX_DELAY_MS);
}

/** This source may not try this username again yet. */
export class LoginThrottledError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(
      `Too many failed sign-ins for this username from this address or browser: try again in ${retryAfterSeconds} s.`,
    );
  }
}

/** The key a username is throttled under: lower-cased like the unique index, cut to the column. */
export function throttleName(username: string): string {
  return username.toLowerCase().slice(0, 64);
}

export class LoginThrottle {
  private readonly rows: Repository<LoginThrottleEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly dialect: DialectSpec,
  ) {
    this.rows = dataSource.getRepository(LoginThrottleEntity);
  }

  /** Throws LoginThrottledError while the source is held back. */
  async check(username: string, source: string, now: Date): Promise<void> {
    const row = await this.rows.findOneBy({ username, source });
    if (row?.blockedUntil && row.blockedUntil > now)
      throw new LoginThrottledError(Math.ceil((row.blockedUntil.getTime() - now.getTime()) / 1000));
  }

  /**
   * Counts a failure, for known and unknown usernames alike (the same statements either way, so neither
   * the answer nor its timing tells which usernames exist). One upsert counts it, so racing failures
   * all count.
   */
  async fail(username: string, source: string, now: Date): Promise<void> {
    const { dialect } = this;
    const counted: { failures: number | string }[] = await this.dataSource.query(
      `INSERT INTO login_throttle (username, source, failures, last_failure_at)
       VALUES (${dialect.placeholder(1)}, ${dialect.placeholder(2)}, 1, ${dialect.placeholder(3)})
       ON CONFLICT (username, source)
       DO UPDATE SET failures = login_throttle.failures + 1, last_failure_at = excluded.last_failure_at
       RETURNING failures`,
      [username, source, dialect.timestamp(now)],
    );
    const failures = Number(counted[0]!.failures);
    const delay = delayAfter(failures);
    const until = delay > 0 ? new Date(now.getTime() + delay) : null;
    if (until)
      await this.rows
        .createQueryBuilder()
        .update(LoginThrottleEntity)
        .set({ blockedUntil: until })
        .where('username = :username AND source = :source', { username, source })
        .execute();
    // What administrators see on the user (no row for an unknown username).
    await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder()
      .update(UserEntity)
      .set({
        failedLogins: () => 'failed_logins + 1',
        ...(until
          ? {
              lockedUntil: () =>
                'CASE WHEN locked_until IS NULL OR locked_until < :until THEN :until ELSE locked_until END',
            }
          : {}),
      })
      .where('lower(username) = :username', { username, until: until && dialect.timestamp(until) })
      .execute();
    // A new row is when the table grows: that is when rows quiet for a day go.
    if (failures === 1)
      await this.rows.delete({ lastFailureAt: LessThan(new Date(now.getTime() - FORGET_AFTER_MS)) });
  }

  /** A success clears its source (other sources stay held back: they are not the owner). */
  async succeed(user: UserEntity, username: string, source: string): Promise<void> {
    await this.rows.delete({ username, source });
    if (user.failedLogins !== 0)
      await this.dataSource.getRepository(UserEntity).update(user.id, { failedLogins: 0 });
  }

  /** Lets every source try again (an administrator's password reset). */
  async clear(username: string): Promise<void> {
    await this.rows.delete({ username: throttleName(username) });
  }
}
