import type { MigrationInterface, QueryRunner } from 'typeorm';

// Users and sign-in. A user's scope is one township, one village or (neither) the whole district.
// `token_version` ends every session of a user at once (password reset, disabling, role change);
// `revoked_token` ends one session (logout) until the token would have expired anyway.
export class Users1700000000004 implements MigrationInterface {
  name = 'Users1700000000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_user (
        id integer PRIMARY KEY,
        username varchar(64) NOT NULL,
        display_name varchar(64) NOT NULL,
        password_hash varchar(255) NOT NULL,
        role varchar(16) NOT NULL CHECK (role IN ('ADMIN', 'LEADER', 'ANALYST', 'CLERK', 'DISPLAY')),
        scope_township_code varchar(12) REFERENCES township(code),
        scope_village_code varchar(12) REFERENCES village(code),
        leader_id integer REFERENCES leader(id),
        unit_id integer REFERENCES unit(id),
        failed_logins integer NOT NULL DEFAULT 0,
        locked_until datetime,
        disabled boolean NOT NULL DEFAULT 0,
        token_version integer NOT NULL DEFAULT 0,
        created_at datetime NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
        CONSTRAINT chk_user_one_scope CHECK (scope_township_code IS NULL OR scope_village_code IS NULL)
      )`);
    // Usernames are compared case-insensitively, so "Chen" and "chen" cannot both exist.
    await q.query(`CREATE UNIQUE INDEX idx_user_username ON app_user (lower(username))`);
    await q.query(`
      CREATE TABLE revoked_token (
        jti varchar(64) PRIMARY KEY,
        expires_at datetime NOT NULL
      )`);
    await q.query(`CREATE INDEX idx_revoked_token_expires ON revoked_token (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE revoked_token`);
    await q.query(`DROP TABLE app_user`);
  }
}
