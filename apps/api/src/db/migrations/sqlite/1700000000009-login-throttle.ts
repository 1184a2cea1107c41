import type { MigrationInterface, QueryRunner } from 'typeorm';

// Sign-in throttling per source (an address, or a known browser) and username instead of locking the
// account: five wrong passwords from anyone locked the owner out for 15 minutes. `app_user.failed_logins`
// and `locked_until` stay, as what administrators see (failures since the last success; until when some
// source is held back). Locks set under the old rule end here.
export class LoginThrottle1700000000009 implements MigrationInterface {
  name = 'LoginThrottle1700000000009';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_throttle (
        username varchar(64) NOT NULL,
        source varchar(64) NOT NULL,
        failures integer NOT NULL,
        blocked_until datetime,
        last_failure_at datetime NOT NULL,
        PRIMARY KEY (username, source)
      )`);
    await q.query(`CREATE INDEX idx_login_throttle_last_failure ON login_throttle (last_failure_at)`);
    await q.query(`UPDATE app_user SET failed_logins = 0, locked_until = NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_throttle`);
  }
}
