import type { MigrationInterface, QueryRunner } from 'typeorm';

// Who read personal data in full, and who exported cases (PIPL: access to personal information is
// recorded). Append-only; user columns are copied so a row still reads after the user is gone.
export class AccessLog1700000000006 implements MigrationInterface {
  name = 'AccessLog1700000000006';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE access_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL,
        user_id integer NOT NULL,
        username varchar(64) NOT NULL,
        role varchar(16) NOT NULL,
        action varchar(16) NOT NULL CHECK (action IN ('READ', 'EXPORT')),
        case_id integer,
        fields varchar(200) NOT NULL,
        detail text
      )`);
    await q.query(`CREATE INDEX idx_access_log_at ON access_log (at)`);
    await q.query(`CREATE INDEX idx_access_log_case ON access_log (case_id)`);
    await q.query(`CREATE INDEX idx_access_log_user ON access_log (user_id, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE access_log`);
  }
}
